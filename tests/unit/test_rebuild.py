"""What a rebuild under `mkdocs serve` renders again and the search index it writes
(rollguiden.output.rebuild), on small made-up builds."""

from __future__ import annotations

import json

from rollguiden.output.rebuild import (
    RebuildMemory,
    merged_search_index,
    page_address,
    pages_to_render,
)

PAGES = {"index.md": "a", "roller/x/index.md": "b", "om.md": None}


def remembered() -> RebuildMemory:
    memory = RebuildMemory()
    memory.remember("site-1", {"index.md": "a", "roller/x/index.md": "b"}, ["index.html"])
    return memory


def test_a_first_build_renders_every_page() -> None:
    assert pages_to_render(RebuildMemory(), "site-1", PAGES, rebuilding=False) == set(PAGES)


def test_a_save_renders_the_pages_whose_markdown_changed() -> None:
    changed = {**PAGES, "roller/x/index.md": "b2"}
    assert pages_to_render(remembered(), "site-1", changed, rebuilding=True) == {
        "roller/x/index.md"
    }
    # nothing changed: nothing rendered, the hand-written page neither
    assert pages_to_render(remembered(), "site-1", PAGES, rebuilding=True) == set()
    # a page new since the last build
    added = {**PAGES, "roller/y/index.md": "c"}
    assert pages_to_render(remembered(), "site-1", added, rebuilding=True) == {"roller/y/index.md"}


def test_a_change_every_page_shows_renders_every_page() -> None:
    assert pages_to_render(remembered(), "site-2", PAGES, rebuilding=True) == set(PAGES)


def test_remember_names_the_files_a_build_no_longer_writes() -> None:
    memory = RebuildMemory()
    assert memory.remember("s", {}, ["a/index.html", "b/index.html"]) == set()
    assert memory.remember("s", {}, ["a/index.html"]) == {"b/index.html"}


def index(*locations: str) -> str:
    docs = [{"location": location, "title": location, "text": ""} for location in locations]
    return json.dumps({"config": {"lang": ["sv"]}, "docs": docs})


def test_the_index_keeps_the_pages_not_rendered_in_build_order() -> None:
    memory = RebuildMemory()
    pages = ["", "roller/x/", "roller/y/"]
    # the first build: every page rendered
    merged_search_index(index("", "#roller", "roller/x/", "roller/y/"), pages, set(pages), memory)
    # a save renders roller/x/ only: its sections now, the others' from before, in order
    written = index("roller/x/", "roller/x/#krav")
    merged = json.loads(merged_search_index(written, pages, {"roller/x/"}, memory))
    assert [doc["location"] for doc in merged["docs"]] == [
        "",
        "#roller",
        "roller/x/",
        "roller/x/#krav",
        "roller/y/",
    ]
    # a rendered page with no section left loses its old ones; a page gone goes
    merged = json.loads(merged_search_index(index(), ["", "roller/x/"], {"roller/x/"}, memory))
    assert [doc["location"] for doc in merged["docs"]] == ["", "#roller"]


def test_the_start_page_is_addressed_as_the_index_writes_it() -> None:
    assert page_address("./") == ""
    assert page_address("roller/x/") == "roller/x/"
