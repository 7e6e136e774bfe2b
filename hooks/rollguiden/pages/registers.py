"""The registers: every skill, quality and duty area with the roles that need it, and the
glossary; role pages link to these entries and the entries back to the roles."""

from __future__ import annotations

from dataclasses import dataclass

from rollguiden.model import Term
from rollguiden.pages.views import RoleView, relative_link, role_page
from rollguiden.reading.catalog import Catalog
from rollguiden.text.markup import attribute

REGISTERS_PAGE = "register/index.md"
SKILLS_PAGE = "register/fardigheter/index.md"
QUALITIES_PAGE = "register/egenskaper/index.md"
DUTY_AREAS_PAGE = "register/ansvarsomraden/index.md"
GLOSSARY_PAGE = "register/ordlista/index.md"


@dataclass(frozen=True)
class RegisterEntry:
    term: Term
    roles: tuple[tuple[str, str, str], ...]
    """(title, link from the register page, detail such as the duty numbers)."""


def term_entries(
    catalog: Catalog, views: list[RoleView], kind: str, page: str
) -> tuple[RegisterEntry, ...]:
    """Skills or qualities: each term and the roles whose requirements name it."""
    entries = []
    for term in getattr(catalog.vocabulary, kind):
        roles = tuple(
            (view.role.title, relative_link(page, role_page(view.role.id)), "")
            for view in views
            if term.id in getattr(view.role.requirements, kind)
        )
        entries.append(RegisterEntry(term, roles))
    return tuple(entries)


def duty_area_entries(
    catalog: Catalog, views: list[RoleView], page: str
) -> tuple[RegisterEntry, ...]:
    """Duty areas: each area and the roles with duties in it, with the duties' numbers."""
    entries = []
    for area in catalog.vocabulary.duty_areas:
        roles = []
        for view in views:
            numbers = [f"2.{duty.number}" for duty in view.role.duties if duty.area == area.id]
            if numbers:
                roles.append(
                    (
                        view.role.title,
                        relative_link(page, role_page(view.role.id)),
                        ", ".join(numbers),
                    )
                )
        entries.append(RegisterEntry(area, tuple(roles)))
    return tuple(entries)


def abbreviations(catalog: Catalog) -> str:
    """Markdown abbreviation definitions for every page (the abbr extension shows them on
    hover). Glossary terms are validated as single words; expansions as one line.

    Python-Markdown copies an expansion into a `title` attribute, escaping `&` only where it
    does not already start a character reference ("R&amp;D" would show as "R&D"), so the
    expansion goes in as attribute text already: every special character a reference.
    """
    return "\n".join(f"*[{term.term}]: {attribute(term.expansion)}" for term in catalog.glossary)
