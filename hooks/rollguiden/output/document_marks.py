"""The style sheets that print each job description's page frame: its marks (UTKAST, UNDER
GRANSKNING, EXEMPEL ATT GRANSKA) at the top of every printed page, and at the foot the role, the
version and the page number. Written by the build from the documents and the labels."""

from __future__ import annotations

from rollguiden.output.generated_page import GeneratedFile
from rollguiden.pages.job_description import JobDescription
from rollguiden.pages.paths import document_marks_stylesheet as stylesheet_path
from rollguiden.text.markup import css_string

_MARK = "color: #b71c1c; font: 700 12pt sans-serif; letter-spacing: 0.15em;"
# without the status's letter-spacing, which would spread its long words apart in a PDF
_EXAMPLE = "color: #5e35b1; font: 700 12pt sans-serif;"
_FOOT = "color: #555; font: 9pt sans-serif;"


def document_marks_stylesheets(documents: tuple[JobDescription, ...]) -> list[GeneratedFile]:
    """A style sheet per document, with a named page: its marks and its footer in the page's
    margin boxes.

    A page's margin box can only show text from a style sheet, and the words are the
    document's: so the build writes the rules into a file of their own (the
    Content-Security-Policy allows no <style> in the page), one per document, linked from
    its page alone. The page is named on the body, not the document: a page name that
    changes forces a page break.
    """
    return [
        GeneratedFile(stylesheet_path(doc.role_id), _stylesheet(doc).encode()) for doc in documents
    ]


def document_marks_paths(documents: tuple[JobDescription, ...]) -> tuple[str, ...]:
    return tuple(stylesheet_path(doc.role_id) for doc in documents)


def _stylesheet(doc: JobDescription) -> str:
    name = f"rg-doc-{doc.role_id}"  # a role id is a slug: safe as a name and a value
    page, of = (css_string(word) for word in doc.page_words)
    boxes = [
        f"@bottom-left {{ content: {css_string(doc.footer)}; {_FOOT} }}",
        f"@bottom-right {{ content: {page} ' ' counter(page) ' ' {of} ' ' counter(pages); "
        f"{_FOOT} }}",
    ]
    if doc.example_mark:
        boxes.append(f"@top-left {{ content: {css_string(doc.example_mark)}; {_EXAMPLE} }}")
    if doc.draft_mark:
        boxes.append(f"@top-right {{ content: {css_string(doc.draft_mark)}; {_MARK} }}")
    rules = [
        "/* Made by the build from the document and the labels; edit those, not this file. */",
        "@media print {",
        f'  body:has([data-rg-doc="{doc.role_id}"]) {{ page: {name}; }}',
        f"  @page {name} {{ {' '.join(boxes)} }}",
        "}",
    ]
    return "\n".join(rules) + "\n"
