"""What a rebuild under `mkdocs serve` must render again after a save, and the search index
it then writes: the pages whose inputs changed, the rest kept from the build before.

MkDocs renders every page on every save, which takes most of a minute for a large
organisation. Under `serve` the hook rebuilds "dirty" (MkDocs' own mode, which skips a page
whose file says it is unchanged) and answers for each page from what this module remembers
of the last build: a generated page is unchanged when its Markdown is the same; every page
is rendered again when something all pages show has changed (the navigation, the glossary,
the data's error notice, the theme or mkdocs.yml). The search index of a dirty build holds
only the pages rendered in it; `merged_search_index` adds the others' sections back.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path


def fingerprint(*parts: str | bytes) -> str:
    """A short digest of `parts`, in order."""
    digest = hashlib.blake2b(digest_size=16)
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


@dataclass
class RebuildMemory:
    """What the last build under `serve` rendered, to tell what the next one must."""

    site: str | None = None
    """The fingerprint of what every page shows (navigation, glossary, notices, theme)."""
    pages: dict[str, str] = field(default_factory=dict)
    """Each generated page's Markdown fingerprint, by its source path."""
    search: dict[str, list[dict]] = field(default_factory=dict)
    """Each page's sections in the search index, by the page's address."""
    outputs: set[str] = field(default_factory=set)
    """Every file the build wrote for a page or beside the pages, relative to the site."""

    def remember(self, site: str, pages: dict[str, str], outputs: Iterable[str]) -> set[str]:
        """Keep this build's fingerprints; returns the files the last build wrote that this
        one did not (a deleted role's pages), which the site must lose."""
        current = set(outputs)
        gone = self.outputs - current
        self.site, self.pages, self.outputs = site, dict(pages), current
        return gone


def file_stamps(sources: Iterable[Path]) -> list[str]:
    """Each file's path and modification time, a folder's templates (*.html) each: what
    tells that a theme template, mkdocs.yml or a hand-written page was saved."""
    stamps = []
    for source in sources:
        paths = [source] if source.is_file() else sorted(source.rglob("*.html"))
        stamps += [f"{path}:{path.stat().st_mtime_ns}" for path in paths]
    return stamps


def pages_to_render(
    memory: RebuildMemory, site: str, pages: dict[str, str | None], *, rebuilding: bool
) -> set[str]:
    """The source paths of the pages this build renders, of `pages` (each generated page's
    Markdown fingerprint, None for a hand-written page): all of them in a first build or
    when what every page shows (`site`, which holds each hand-written page's time) changed;
    after a save otherwise, the generated pages whose Markdown changed."""
    if not rebuilding or memory.site != site:
        return set(pages)
    return {
        src_uri
        for src_uri, markdown in pages.items()
        if markdown is not None and memory.pages.get(src_uri) != markdown
    }


def page_address(url: str) -> str:
    """A page's address as the search index writes it: the start page's "./" is ""."""
    return "" if url == "./" else url


def page_of(location: str) -> str:
    """The page a search section belongs to: its address without the anchor."""
    return location.split("#", 1)[0]


def merged_search_index(
    written: str, pages: list[str], rendered: set[str], memory: RebuildMemory
) -> str:
    """The whole index after a build: `written` holds the sections of the pages `rendered`
    in it (under a dirty build, only those); every other page of the site, `pages` in the
    order the build takes them, keeps its sections from the last build, so the index reads
    as a clean build's. `memory.search` is brought up to date."""
    index = json.loads(written)
    fresh: dict[str, list[dict]] = {}
    for document in index["docs"]:
        fresh.setdefault(page_of(document["location"]), []).append(document)
    memory.search = {
        page: fresh.get(page, []) if page in rendered else memory.search.get(page, [])
        for page in pages
    }
    index["docs"] = [document for documents in memory.search.values() for document in documents]
    return json.dumps(index, ensure_ascii=False, separators=(",", ":"))
