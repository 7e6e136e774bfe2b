"""Escaping data text for where it lands: Markdown, HTML attributes, YAML front matter.

Data text is plain text (see the README): whatever characters an editor types are shown as
typed, never interpreted as Markdown, HTML or icon shortcodes. Templates therefore escape
every value by default (see `output/render.py`); markup that a template builds itself is marked
safe with `Markup`.
"""

from __future__ import annotations

import functools
import html
import json
import re

from jinja2.utils import htmlsafe_json_dumps
from markupsafe import Markup

# Characters that start Markdown or HTML syntax anywhere in a line. Replacing them with
# numeric character references keeps them literal in Python-Markdown, in tables and inside
# admonition titles alike, and the browser shows the original character.
_INLINE_SPECIAL = re.compile(r"""[&<>"'*_`\[\]\\|~^={}!]""")
# An icon or emoji shortcode such as :material-account: needs a colon on both sides.
_SHORTCODE_COLON = re.compile(r":(?=[\w+\-]+:)")
# Line breaks and runs of spaces from folded YAML, but not the no-break spaces that keep
# "65 000 kr" and "15 %" on one line (\s would match those too).
_WHITESPACE = re.compile(r"[ \t\n\r\f\v]+")
_NUMBERED_LIST_MARKER = re.compile(r"^(\d+)(?=[.)]\s)")
# The first characters of the block syntax of mkdocs.yml's extensions that no inline rule
# above escapes: a heading (#), a list, a rule or a setext underline (- +), a snippet
# (--8<--, in the Zensical project), a collapsible block (??? note) and a definition (: ).
# A value is one line, so only its first character can start a block; templates put some
# values at the start of a line (the job ad's paragraphs, list items), and every value is
# escaped as if it were.
_BLOCK_START = frozenset("#+-?:")


_NEEDS_WORK = re.compile(r"""[&<>"'*_`\[\]\\|~^={}!:\t\n\r\f\v]|  |^[\s#+\-\d?]|\s$""")
"""Anything one of the steps below would change; most printed values have none of it."""


def markdown_text(value: object) -> Markup:
    """Plain text → Markdown that renders exactly that text, on one line."""
    return _escaped(str(value))


@functools.lru_cache(maxsize=65536)
def _escaped(text: str) -> Markup:
    # cached: labels, vocabulary terms and numbers repeat on every page
    if not _NEEDS_WORK.search(text):
        return Markup(text)  # the common case, kept cheap: it runs for every printed value
    text = _WHITESPACE.sub(" ", text).strip()
    text = _INLINE_SPECIAL.sub(lambda match: f"&#{ord(match.group())};", text)
    text = _SHORTCODE_COLON.sub("&#58;", text)
    return Markup(_escape_block_start(text))


# For Markdown that people read and edit as source (the downloaded job ad): the characters
# Markdown would act on get a backslash, as a person would write it, wherever both
# Python-Markdown and CommonMark honour one; "&" and "<" (which Python-Markdown does not
# let a backslash escape) become references only where they would start an entity or a tag.
_BACKSLASHED = re.compile(r"[\\`*_{}\[\]|]")
_ENTITY_START = re.compile(r"&(?=#?\w+;)")
_TAG_START = re.compile(r"<(?=[A-Za-z/!?])")


def readable_markdown_text(value: object) -> Markup:
    """Plain text → Markdown that renders exactly that text and reads well as source."""
    text = _WHITESPACE.sub(" ", str(value)).strip()
    text = _BACKSLASHED.sub(lambda match: "\\" + match.group(), text)
    text = _TAG_START.sub("&lt;", _ENTITY_START.sub("&amp;", text))  # "&" first: "&lt;" stays
    text = _SHORTCODE_COLON.sub("&#58;", text)
    return Markup(_readable_block_start(text))


# The first characters of block syntax that a backslash escapes in Python-Markdown and in
# CommonMark alike (a quote, a heading, a list, a rule, an admonition's !!!, a snippet's
# --8<--), and those it escapes in CommonMark only (= ? : ~), which become a character
# reference: "\?" would show its backslash on the page.
_READABLE_BACKSLASHED_START = frozenset(">#+-!")
_READABLE_REFERENCE_START = frozenset("=?:~")


def _readable_block_start(text: str) -> str:
    """`_escape_block_start` for Markdown written to be read: a backslash where it works."""
    first = text[:1]
    if first in _READABLE_BACKSLASHED_START:
        return "\\" + text
    if first in _READABLE_REFERENCE_START:
        return f"&#{ord(first)};{text[1:]}"
    return _NUMBERED_LIST_MARKER.sub(lambda match: match.group(1) + "\\", text, count=1)


def _escape_block_start(text: str) -> str:
    """A block marker at the very start (see _BLOCK_START), or a number that would start a
    numbered list, stays literal text."""
    first = text[:1]
    if first in _BLOCK_START:
        # a backslash where Python-Markdown takes one (the page's text is unchanged)
        return "\\" + text if first in "#+-" else f"&#{ord(first)};{text[1:]}"
    return _NUMBERED_LIST_MARKER.sub(lambda match: match.group(1) + "\\", text, count=1)


def attribute(value: object) -> Markup:
    """Text for an HTML attribute value written between double quotes."""
    return Markup(html.escape(_WHITESPACE.sub(" ", str(value)).strip(), quote=True))


def json_attribute(value: object) -> Markup:
    """Data as JSON for an HTML attribute written between double quotes, every character
    kept: unlike `attribute`, runs of spaces inside the strings are data, not layout."""
    # & < > ' become JSON escapes (\u0026 …), so no character reference is left for
    # md_in_html to decode when it writes the attribute out again; only quotes need HTML.
    return Markup(str(htmlsafe_json_dumps(value, ensure_ascii=False)).replace('"', "&quot;"))


def code(value: object) -> Markup:
    """Text shown as inline code, as HTML so that no Markdown rule touches it."""
    return Markup(f"<code>{html.escape(str(value), quote=True)}</code>")


def front_matter_value(value: object) -> Markup:
    """A front-matter value (page title, description) as a YAML scalar.

    MkDocs and the theme print these into HTML without escaping (the theme's Jinja has no
    autoescape): into <title>, into the description meta tag's attribute, into the header.
    So the text is HTML-escaped first; a JSON string is valid YAML and escapes the rest.
    """
    escaped = html.escape(_WHITESPACE.sub(" ", str(value)).strip(), quote=True)
    return Markup(json.dumps(escaped, ensure_ascii=False))


def css_string(value: object) -> Markup:
    """Text as a quoted CSS string, for `content:`; nothing in it can end the rule."""
    # an escape ends with one space, which CSS reads as part of it: without it, a space
    # that follows in the text would be taken as the end of the escape and vanish
    escaped = "".join(
        char if char.isalnum() or char in " -_.,:" else f"\\{ord(char):06x} " for char in str(value)
    )
    return Markup(f'"{escaped}"')
