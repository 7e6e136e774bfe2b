"""The style sheet that prints a document's marks (UTKAST, PÅ REMISS, EXEMPEL ATT GRANSKA)
at the top of every printed page, written by the build from the labels."""

from __future__ import annotations

from rollguiden.output.generated_page import GeneratedFile
from rollguiden.pages.paths import DOCUMENT_MARKS_STYLESHEET
from rollguiden.text.markup import css_string


def document_marks_stylesheet(marks: dict[str, str], example_mark: str) -> list[GeneratedFile]:
    """The style sheet that prints a document's mark (UTKAST …) at the top of every page.

    A page's margin box can only show text from a style sheet, and the words are labels: so
    the build writes the rules, one page name per status, into a file of their own (the
    Content-Security-Policy allows no <style> in the page).
    """
    rules = [
        "/* Made by the build from the labels (document.marks); edit those, not this file. */",
        "@media print {",
    ]
    for status, word in marks.items():
        # on the body, not the document: a page name that changes forces a page break
        rules += [
            f"  body:has(.rg-document--{status}) {{ page: rg-mark-{status}; }}",
            f"  @page rg-mark-{status} {{ @top-right {{ content: {css_string(word)}; "
            "color: #b71c1c; font: 700 12pt sans-serif; letter-spacing: 0.15em; } }",
        ]
    # a role that is an example says so at the top left of every page, beside the status;
    # without the status's letter-spacing, which would spread its long words apart in a PDF
    rules += [
        "  body:has(.rg-document--example) { page: rg-mark-example; }",
        f"  @page rg-mark-example {{ @top-left {{ content: {css_string(example_mark)}; "
        "color: #5e35b1; font: 700 12pt sans-serif; } }",
    ]
    for status, word in marks.items():
        rules += [
            f"  body:has(.rg-document--{status}.rg-document--example) {{ "
            f"page: rg-mark-{status}-example; }}",
            f"  @page rg-mark-{status}-example {{ "
            f"@top-left {{ content: {css_string(example_mark)}; color: #5e35b1; "
            "font: 700 12pt sans-serif; } "
            f"@top-right {{ content: {css_string(word)}; color: #b71c1c; "
            "font: 700 12pt sans-serif; letter-spacing: 0.15em; } }",
        ]
    rules.append("}")
    return [GeneratedFile(DOCUMENT_MARKS_STYLESHEET, ("\n".join(rules) + "\n").encode())]
