"""The page about the sources (/om-rollguiden/kallan/): for each role, where its content comes
from, and what a source says of it that the organisation does not make its own – the
source's claims, each beside what applies in Sweden. The one place provenance is told; the
role pages speak as the organisation."""

from __future__ import annotations

from dataclasses import dataclass

from rollguiden.model.role import SourceNote
from rollguiden.pages.page import Page
from rollguiden.pages.paths import SOURCE_PAGE
from rollguiden.pages.views import RoleView


@dataclass(frozen=True)
class SourceEntry:
    """One role on the page: where its content comes from, and the source's claims under
    their topics, in the order the topics first come."""

    title: str
    page: str
    note: str | None
    topics: tuple[tuple[str, tuple[SourceNote, ...]], ...]


def source_page(views: list[RoleView]) -> list[Page]:
    """The page, listing the roles that have a provenance note or source notes."""
    entries = [
        _entry(view) for view in views if view.role.provenance.note or view.role.source_notes
    ]
    # without a source (after `rollguiden init`), the menu need not list it: MkDocs is not
    # to ask for it there
    return [Page(SOURCE_PAGE, "source.md.j2", {"entries": entries}, in_navigation=bool(entries))]


def _entry(view: RoleView) -> SourceEntry:
    topics: dict[str, list[SourceNote]] = {}
    for note in view.role.source_notes:
        topics.setdefault(note.topic, []).append(note)
    return SourceEntry(
        title=view.role.title,
        page=view.page,
        note=view.role.provenance.note,
        topics=tuple((topic, tuple(notes)) for topic, notes in topics.items()),
    )
