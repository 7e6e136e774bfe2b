"""The checkable parts of the editors' style guide (docs/om-rollguiden/skrivregler.md), applied
to built pages: the phrases to avoid (read from the guide's own table), sentence-case
headings, and each role title spelled as the guide says.

Used by tests/build (the fixture organisation, which exercises every template and label)
and tests/content (the shipped roles)."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from helpers import PROJECT_DIR

STYLE_GUIDE = PROJECT_DIR / "docs" / "om-rollguiden" / "skrivregler.md"
STYLE_GUIDE_PAGE = Path("om-rollguiden") / "skrivregler" / "index.html"
AVOID_HEADING = "## Ord och uttryck att undvika"

BLOCKS = {
    *(f"h{n}" for n in range(1, 7)),
    *("p", "li", "td", "th", "dt", "dd", "caption", "figcaption", "summary", "div"),
    *("section", "details", "ul", "ol", "table", "tr", "br", "label", "legend", "option"),
}
HEADINGS = {f"h{n}" for n in range(1, 5)}
# Text a checker never reads: code, the permalink mark, the example pill (its words are a
# label of their own, with a capital like any label), and the source's own claims on the
# page about the source (quoted: what the guide says not to write is what they say)
SKIPPED_CLASSES = ("headerlink", "rg-example-badge", "rg-visually-hidden", "rg-source-claim")
SKIPPED_TAGS = {"script", "style", "code", "pre", "svg", "template"}


def phrases_to_avoid(guide: Path = STYLE_GUIDE) -> dict[str, str]:
    """The table under "Ord och uttryck att undvika": phrase → what to write instead."""
    text = guide.read_text("utf-8")
    section = text.split(AVOID_HEADING, 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("|")]
    phrases = {}
    for row in rows[2:]:  # after the header and the |---| line
        cells = [cell.strip() for cell in row.strip("|").split("|")]
        phrases[cells[0]] = cells[1]
    return phrases


class _Blocks(HTMLParser):
    """The text of a page's article, block by block (a paragraph, a list item, a cell …),
    with the headings kept apart."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self.headings: list[str] = []
        self._current: list[str] = []
        self._open: list[str] = []  # the block tags whose text is being collected
        self._skip_depth = 0
        self._stack: list[tuple[str, bool]] = []

    def handle_starttag(self, tag, attrs) -> None:
        classes = dict(attrs).get("class") or ""
        skipped = tag in SKIPPED_TAGS or any(name in classes.split() for name in SKIPPED_CLASSES)
        if tag not in {"br", "img", "input", "meta", "link", "hr", "col", "wbr"}:
            self._stack.append((tag, skipped))
        if skipped:
            self._skip_depth += 1
        if tag in BLOCKS:
            self._flush()
            self._open.append(tag)

    def handle_endtag(self, tag) -> None:
        while self._stack:
            open_tag, skipped = self._stack.pop()
            if skipped:
                self._skip_depth -= 1
            if open_tag == tag:
                break
        if tag in BLOCKS:
            self._flush(heading=tag in HEADINGS)
            if self._open and self._open[-1] == tag:
                self._open.pop()

    def handle_data(self, data) -> None:
        if not self._skip_depth:
            self._current.append(data)

    def _flush(self, heading: bool = False) -> None:
        text = " ".join("".join(self._current).replace("\u00a0", " ").split())
        self._current = []
        if text:
            (self.headings if heading else self.blocks).append(text)


def article_blocks(html: str) -> tuple[list[str], list[str]]:
    """(text blocks, headings) of the page's article – what a reader reads as the page."""
    if "<article" in html:
        html = html.split("<article", 1)[1].split(">", 1)[1].rsplit("</article>", 1)[0]
    parser = _Blocks()
    parser.feed(html)
    parser.close()
    return parser.blocks, parser.headings


def _unquoted(text: str) -> str:
    """The text without what it quotes: a quoted phrase is mentioned, not used."""
    return re.sub(r'"[^"]*"|”[^”]*”|“[^”]*”|«[^»]*»', " ", text)


def phrase_problems(texts: list[str], phrases: dict[str, str]) -> list[str]:
    problems = []
    for text in texts:
        plain = _unquoted(unescape(text)).lower()
        for phrase, instead in phrases.items():
            if re.search(rf"(?<!\w){re.escape(phrase.lower())}", plain):
                problems.append(f"{phrase!r} (skriv: {instead}) i: {text[:120]}")
    return problems


def heading_problems(headings: list[str], proper_nouns: set[str]) -> list[str]:
    """Headings with a capital beyond their first word, unless the word is an abbreviation
    (all capitals), a proper noun the guide names, or starts a new sentence."""
    problems = []
    for heading in headings:
        words = re.findall(r"[^\W\d_][\w-]*|[.!?]", heading)
        first = True
        for word in words:
            if word in ".!?":
                first = True
                continue
            if first:
                first = False
                continue
            capital = word[:1].isupper()
            abbreviation = word.split("-")[0].isupper() and len(word.split("-")[0]) > 1
            if capital and not abbreviation and word not in proper_nouns:
                problems.append(f"{word!r} i rubriken {heading!r}")
    return problems


def in_sentence(title: str) -> str:
    """A title inside a sentence, by the guide's rule (the site's own function is what the
    test checks, so the rule is written out here): lower case but for abbreviations."""
    return " ".join(
        word if word[1:] != word[1:].lower() else word.lower() for word in title.split()
    )


def title_problems(texts: list[str], titles: list[str]) -> list[str]:
    """Each title spelled as the data has it where a sentence or block starts, and in lower
    case inside a sentence; the data's title itself in sentence case."""
    problems = []
    for title in titles:
        written = title[:1] + in_sentence(title)[1:]
        if title != written:
            problems.append(f"titeln {title!r} ska skrivas {written!r}")
        pattern = re.compile(rf"(?<!\w){re.escape(title)}(?!\w)", re.IGNORECASE)
        for text in texts:
            for match in pattern.finditer(text):
                found = match.group(0)
                before = text[: match.start()].rstrip()
                starts = not before or before[-1] in '.!?–(|"”“' or before.endswith("»")
                allowed = {in_sentence(title), written} if starts else {in_sentence(title)}
                if found not in allowed:
                    problems.append(f"{found!r} i: {text[:120]}")
    return problems


def site_problems(site: Path, titles: list[str], proper_nouns: set[str]) -> list[str]:
    """Every page of a built site held to the guide: phrases, headings and role titles."""
    phrases = phrases_to_avoid()
    problems = []
    for path in site_pages(site):
        blocks, headings = article_blocks(path.read_text("utf-8"))
        found = (
            phrase_problems(blocks + headings, phrases)
            + heading_problems(headings, proper_nouns)
            + title_problems(blocks + headings, titles)
        )
        problems += [f"{path.relative_to(site)}: {problem}" for problem in found]
    return problems


def site_pages(site: Path) -> list[Path]:
    """Every built page a reader can open, but the style guide (it lists what to avoid)."""
    return [
        path
        for path in sorted(site.rglob("*.html"))
        if path.relative_to(site) != STYLE_GUIDE_PAGE and path.name != "404.html"
    ]
