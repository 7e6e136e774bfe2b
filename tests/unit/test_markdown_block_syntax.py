"""Every block syntax of the Markdown extensions in mkdocs.yml (and the Zensical project's
snippets), as a value's first characters, stays text under both escapers, wherever a
template puts the value: alone, on the line after a paragraph's (a definition, a setext
underline), in a list item, in a heading. Rendered with the extensions of the project's own
mkdocs.yml, so an extension added there is tested here too."""

from __future__ import annotations

import html
import re
from pathlib import Path

import markdown
import pytest
from mkdocs.utils.yaml import yaml_load

from helpers import PROJECT_DIR
from rollguiden.output.standalone import ABBREVIATIONS_FILE
from rollguiden.text.markup import markdown_text, readable_markdown_text

# What each extension makes of a line that starts with its syntax, and the syntax
BLOCK_SYNTAX = {
    "admonition": '!!! danger "Varning: lönen sänks"',
    "details": '??? note "Fråga"',
    "details, open": '???+ note "Öppen fråga"',
    "tabbed": '=== "Flik"',
    "def_list": ": en definition",
    "fence, backticks": "```python",
    "fence, tildes": "~~~",
    "abbr": "*[KAM]: Key Account Manager",
    "attr_list": '{: .klass #id onclick="x" }',
    "md_in_html": '<div markdown="1">**fet**</div>',
    "table": "| a | b |",
    "table rule": "---|---",
    "toc": "[TOC]",
    "snippet": f'--8<-- "{ABBREVIATIONS_FILE}"',
    "snippet, escaped": f'; --8<-- "{ABBREVIATIONS_FILE}"',
    "setext, =": "===",
    "setext or rule, -": "---",
    "rule, *": "***",
    "rule, _": "___",
    "heading": "# Rubrik",
    "quote": "> citat",
    "list, -": "- punkt",
    "list, +": "+ punkt",
    "list, *": "* punkt",
    "numbered list": "1. punkt",
    "numbered list, )": "2) punkt",
    "html comment": "<!-- kommentar -->",
    "emoji": ":smile: leende",
    "indented code": "    kod",
}

# where a template may put a value: {v} is the escaped value
PLACES = {
    "alone": "{v}",
    "after a paragraph line": "Första raden\n{v}",
    "list item": "- {v}",
    "heading": "## {v}",
    "after a blank line": "Stycke\n\n{v}\n",
}

# the elements a place makes by itself; anything else came from the value
OWN_ELEMENTS = {"p", "ul", "li", "h2", "a"}
SNIPPET_TEXT = "DETTA FÅR INTE SYNAS"


def extensions(snippets_folder: Path | None) -> tuple[list, dict]:
    """mkdocs.yml's extensions and settings; with the Zensical project's snippets too."""
    config = yaml_load((PROJECT_DIR / "mkdocs.yml").read_text("utf-8"))
    names, settings = [], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, {})
        names.append(name)
        settings[name] = {**(options or {})}
    settings["toc"].pop("permalink", None)  # its ¶ link would be one more element
    if snippets_folder is not None:
        names.append("pymdownx.snippets")
        settings["pymdownx.snippets"] = {
            "base_path": [str(snippets_folder)],
            "check_paths": True,
        }
    return names, settings


@pytest.fixture(scope="module", params=["mkdocs", "zensical"])
def render(request, tmp_path_factory: pytest.TempPathFactory):
    folder = None
    if request.param == "zensical":
        folder = tmp_path_factory.mktemp("snippets")
        (folder / ABBREVIATIONS_FILE).write_text(SNIPPET_TEXT + "\n", "utf-8")
    names, settings = extensions(folder)

    def rendered(source: str) -> str:
        return markdown.Markdown(extensions=names, extension_configs=settings).convert(source)

    return rendered


def elements(page: str) -> set[str]:
    return set(re.findall(r"<([a-z][a-z0-9]*)\b", page))


def shown_text(page: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


@pytest.mark.parametrize("escape", [markdown_text, readable_markdown_text])
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("syntax", BLOCK_SYNTAX)
def test_block_syntax_in_a_value_stays_text(render, escape, place: str, syntax: str) -> None:
    value = BLOCK_SYNTAX[syntax]
    source = PLACES[place].format(v=escape(value))
    page = render(source)
    made = elements(page) - OWN_ELEMENTS
    assert made == set(), f"{syntax} {place}: {page}"
    own = {"p", "ul", "li", "h2"} & elements(render(PLACES[place].format(v="ord")))
    assert elements(page) - {"a"} == own, f"{syntax} {place}: {page}"
    # the reader sees the value as typed (whitespace folded, as the escapers fold it)
    assert " ".join(value.split()) in shown_text(page), page
    assert SNIPPET_TEXT not in page
