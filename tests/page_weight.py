"""What a page of a built site makes the reader's browser download of our own code, measured
as it is served: each file gzipped (level 6, a web server's usual setting) and summed.

A page's JavaScript is each script of ours it names (rollguiden.js, js-class.js; not the
theme's bundle, nor the theme's own inline code that docs/assets/javascripts/theme holds
for the Content-Security-Policy), the module of each tool whose element the page holds
(rollguiden.js names them), the glossary's module where the page has abbreviations, and
every module those import statically. What a tool fetches later with import(), on the
reader's action, is not counted: the page does not load it until then. Our CSS is every
style sheet of ours that the page links (the theme's are the `.min.css` ones).
"""

from __future__ import annotations

import gzip
import re
from dataclasses import dataclass
from pathlib import Path

SCRIPTS = Path("assets") / "javascripts"
ENTRY = "rollguiden.js"
JS_BUDGET = 20 * 1024
CSS_BUDGET = 6 * 1024

# ["[data-rg-calculator]", "./calculator.js"] in rollguiden.js, minified or not
_TOOL = re.compile(r"""\[\s*["']\[(data-rg-[\w-]+)\]["']\s*,\s*["']\./([\w.-]+)["']\s*\]""")
_GLOSSARY = re.compile(r"""\[\s*["'][^"']*abbr\[title\]["']\s*,\s*["']\./([\w.-]+)["']\s*\]""")
# import { a } from "./x.js" / import"./x.js" / export { a } from "./x.js"; not import("./x.js")
_STATIC_IMPORT = re.compile(
    r"""\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\./[\w.-]+)["']"""
)
_SCRIPT = re.compile(r'<script[^>]+src="([^"]+)"')
_THEMES = ("theme/", "bundle.", "lunr/", "workers/")
_STYLESHEET = re.compile(r"""<link[^>]+rel="stylesheet"[^>]+href="([^"]+)\"""")


def served_size(content: bytes) -> int:
    return len(gzip.compress(content, compresslevel=6))


def static_graph(scripts: Path, entries: list[str]) -> list[str]:
    """The modules `entries` load at once: themselves and what they import, transitively."""
    seen: list[str] = []
    waiting = list(entries)
    while waiting:
        name = waiting.pop(0)
        if name in seen:
            continue
        seen.append(name)
        text = (scripts / name).read_text("utf-8")
        waiting += [found.removeprefix("./") for found in _STATIC_IMPORT.findall(text)]
    return seen


@dataclass(frozen=True)
class PageWeight:
    scripts: tuple[str, ...]
    javascript: int
    """Bytes gzipped, summed over `scripts`."""
    stylesheets: tuple[str, ...]
    css: int


def page_weight(site: Path, page: Path) -> PageWeight:
    """What `page` (an HTML file in `site`) loads of our own JavaScript and CSS."""
    html = page.read_text("utf-8")
    scripts = site / SCRIPTS
    entry = (scripts / ENTRY).read_text("utf-8")
    entries = []
    for src in _SCRIPT.findall(html):
        path = src.split("?")[0]
        if "assets/javascripts/" in path:
            name = path[path.index("assets/javascripts/") + len("assets/javascripts/") :]
            if not name.startswith(_THEMES):
                entries.append(name)
    entries += [module for attribute, module in _TOOL.findall(entry) if f"{attribute}=" in html]
    if "<abbr title=" in html:
        entries += _GLOSSARY.findall(entry)
    graph = static_graph(scripts, entries)
    javascript = sum(served_size((scripts / name).read_bytes()) for name in graph)
    sheets = []
    for href in _STYLESHEET.findall(html):
        path = href.split("?")[0]
        if "assets/stylesheets/" in path and not path.endswith(".min.css"):
            # relative, or from the site's root (the 404 page): the same file either way
            sheets.append(site / path[path.index("assets/stylesheets/") :])
    css = sum(served_size(sheet.read_bytes()) for sheet in sheets)
    return PageWeight(tuple(graph), javascript, tuple(sheet.name for sheet in sheets), css)
