"""Data text is shown exactly as typed: it never becomes Markdown, HTML or an icon."""

from __future__ import annotations

import html
import json
import re

import markdown
import pytest

from rollguiden.text.markup import (
    attribute,
    css_string,
    front_matter_value,
    json_attribute,
    markdown_text,
    readable_markdown_text,
)

EXTENSIONS = ["tables", "attr_list", "md_in_html", "def_list", "admonition", "abbr"]


def rendered(text: str) -> str:
    return markdown.markdown(markdown_text(text), extensions=EXTENSIONS)


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("<script>alert(1)</script>", "&#60;script&#62;alert(1)&#60;/script&#62;"),
        ("*fet* och _kursiv_", "&#42;fet&#42; och &#95;kursiv&#95;"),
        ("[länk](javascript:alert(1))", "&#91;länk&#93;(javascript:alert(1))"),
        ("1. Inte en lista", "1. Inte en lista"),
        ("# Inte en rubrik", "# Inte en rubrik"),
        ("- Inte en punkt", "- Inte en punkt"),
        ("KAM:s lön", "KAM:s lön"),
        ("10–20 % av intäkterna", "10–20 % av intäkterna"),
    ],
)
def test_text_renders_literally(text: str, shown: str) -> None:
    assert rendered(text) == f"<p>{shown}</p>"


def test_icon_shortcodes_stay_text() -> None:
    assert markdown_text(":material-account: :smile:") == "&#58;material-account: &#58;smile:"


def test_pipes_cannot_break_a_table() -> None:
    source = "| a | b |\n| --- | --- |\n| " + markdown_text("x | y") + " | z |\n"
    html = markdown.markdown(source, extensions=["tables"])
    assert html.count("<td>") == 2


def test_line_breaks_are_folded_so_indentation_cannot_start_a_block() -> None:
    assert markdown_text("rad ett\n\n    rad två") == "rad ett rad två"


def test_attribute_and_front_matter() -> None:
    assert attribute('"x" <y> & z') == "&quot;x&quot; &lt;y&gt; &amp; z"
    assert front_matter_value('Säljare "A": <B>') == '"Säljare &quot;A&quot;: &lt;B&gt;"'


@pytest.mark.parametrize("escape", [markdown_text, attribute])
def test_no_break_spaces_survive(escape) -> None:
    # "65 000 kr" must not break across lines; "*" makes markdown_text do its full work
    amount = "65\u00a0000\u00a0kr *"
    assert "65\u00a0000\u00a0kr" in escape(amount)


@pytest.mark.parametrize("block", [" markdown", ""], ids=["md_in_html", "raw HTML"])
def test_json_in_an_attribute_keeps_every_character(block: str) -> None:
    # the job ad's plain text indents the commission bands with two spaces; its Markdown
    # holds character references such as "&#33;", which Python-Markdown's md_in_html must
    # not turn back into characters when it writes the attribute out again
    data = {"text": '• Provision\n  – 3 % på "allt" <över> & mer', "md": "ansökan&#33; &amp;"}
    page = markdown.markdown(
        f'<div data-x="{json_attribute(data)}"{block}>\n\nText\n\n</div>', extensions=EXTENSIONS
    )
    written = re.search(r'data-x="([^"]*)"', page).group(1)
    assert json.loads(html.unescape(written)) == data


TRICKY_TEXTS = [
    "<script>alert(1)</script>",
    "*fet* och _kursiv_ och `kod`",
    "[länk](javascript:alert(1)) och ![bild](x.png)",
    "1. Inte en lista",
    "# Inte en rubrik",
    "- Inte en punkt",
    "+ Inte heller",
    "> Inget citat",
    "*[KAM]: ingen förkortning",
    "R&D, &amp; och &#33;",
    "a \\* b {: .klass}",
    ":smile: KAM:s lön",
    "x | y",
]


@pytest.mark.parametrize("text", TRICKY_TEXTS)
def test_readable_source_renders_literally(text: str) -> None:
    page = markdown.markdown(readable_markdown_text(text), extensions=EXTENSIONS)
    assert page.startswith("<p>") and page.endswith("</p>"), page
    assert html.unescape(page.removeprefix("<p>").removesuffix("</p>")) == text


def test_readable_source_is_written_as_a_person_would() -> None:
    # the job ad's closing, as it reads in the downloaded Markdown file
    closing = "Välkommen med din ansökan! [Skriv in kontaktperson.]"
    assert readable_markdown_text(closing) == (
        "Välkommen med din ansökan! \\[Skriv in kontaktperson.\\]"
    )
    assert readable_markdown_text("R&D och KAM:s lön, 10–20 %") == "R&D och KAM:s lön, 10–20 %"


def read_css_string(quoted: str) -> str:
    """A CSS string's text as CSS Syntax Level 3 reads it (4.3.7, consume an escaped code
    point): a backslash, up to six hex digits, then one whitespace that belongs to the
    escape."""
    assert quoted[0] == quoted[-1] == '"'
    body, text, i = quoted[1:-1], [], 0
    while i < len(body):
        if body[i] != "\\":
            text.append(body[i])
            i += 1
            continue
        digits = re.match(r"[0-9a-fA-F]{1,6}", body[i + 1 :])
        assert digits, body[i:]
        text.append(chr(int(digits.group(0), 16)))
        i += 1 + len(digits.group(0))
        if i < len(body) and body[i] in " \t\n":
            i += 1
    return "".join(text)


@pytest.mark.parametrize(
    "words",
    [
        "Arbetsbeskrivning för säljare · version 1.0",  # the space after the dot stays
        'Citat "så här" och \\ ett snedstreck',
        "UNDER GRANSKNING",
        "a}b;c{d",
    ],
)
def test_a_css_string_reads_back_as_the_words(words: str) -> None:
    quoted = css_string(words)
    assert read_css_string(quoted) == words
    # nothing in it can end the string or the rule
    assert not re.search(r'[";{}]', quoted[1:-1])
