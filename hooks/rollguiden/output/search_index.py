"""The theme's search index made small: each section's text plain, the file written as UTF-8.

Material writes every section's text with its HTML tags (`<ul> <li> <p>`) and every å, ä
and ö as a six-character escape. The reader's browser downloads the whole file on the first
search, and the results show the text as a short plain excerpt, so neither is worth sending:
at 300 roles they are a fifth of the file.
"""

from __future__ import annotations

import json
import re

SEARCH_INDEX_PATH = "search/search_index.json"

_TAG = re.compile(r"<[^>]*>")
_SPACE = re.compile(r"\s+")


def plain_text(html: str) -> str:
    """The words of a section's HTML, tags dropped and spaces collapsed; entities stay, as
    the theme shows the text as HTML."""
    return _SPACE.sub(" ", _TAG.sub(" ", html)).strip()


def compact_search_index(index_json: str) -> str:
    """The same index, each document's text plain, in compact UTF-8 JSON."""
    index = json.loads(index_json)
    for document in index["docs"]:
        document["text"] = plain_text(document["text"])
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))
