"""The registers: every skill, quality and duty area with the roles that need it, and the
glossary; role pages link to these entries and the entries back to the roles."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rollguiden.model import Term
from rollguiden.pages.numbering import point_number
from rollguiden.pages.page import Page
from rollguiden.pages.paths import (
    DUTY_AREAS_PAGE,
    GLOSSARY_PAGE,
    QUALITIES_PAGE,
    REGISTERS_PAGE,
    SKILLS_PAGE,
    relative_link,
    role_page,
)
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog
from rollguiden.text.markup import attribute
from rollguiden.text.swedish import sort_key


def register_pages(catalog: Catalog, views: list[RoleView], labels: dict[str, Any]) -> list[Page]:
    """The glossary, the registers' overview, and the skills, qualities and duty areas."""
    registers = labels["registers"]
    vocabulary = catalog.vocabulary
    pages = [
        Page(GLOSSARY_PAGE, "glossary.md.j2", {"terms": catalog.glossary}),
        Page(
            REGISTERS_PAGE,
            "register_index.md.j2",
            {
                "registers": [
                    (SKILLS_PAGE, registers["skills"], len(vocabulary.skills)),
                    (QUALITIES_PAGE, registers["qualities"], len(vocabulary.qualities)),
                    (DUTY_AREAS_PAGE, registers["duty_areas"], len(vocabulary.duty_areas)),
                    (GLOSSARY_PAGE, registers["glossary"], len(catalog.glossary)),
                ]
            },
        ),
    ]
    for page, kind in ((SKILLS_PAGE, "skills"), (QUALITIES_PAGE, "qualities")):
        pages.append(
            Page(
                page,
                "register_terms.md.j2",
                {
                    "R": registers[kind],
                    "entries": term_entries(catalog, views, kind, page),
                    "areas": False,
                },
            )
        )
    pages.append(
        Page(
            DUTY_AREAS_PAGE,
            "register_terms.md.j2",
            {
                "R": registers["duty_areas"],
                "entries": duty_area_entries(catalog, views, DUTY_AREAS_PAGE),
                "areas": True,
            },
        )
    )
    return pages


@dataclass(frozen=True)
class RegisterEntry:
    term: Term
    roles: tuple[tuple[str, str, str], ...]
    """(title, link from the register page, detail such as the duty numbers)."""


def term_entries(
    catalog: Catalog, views: list[RoleView], kind: str, page: str
) -> tuple[RegisterEntry, ...]:
    """Skills or qualities: each term and the roles whose requirements name it, the terms in
    alphabetical order, as a register is read."""
    entries = []
    for term in sorted(getattr(catalog.vocabulary, kind), key=lambda term: sort_key(term.label)):
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
    """Duty areas: each area and the roles with duties in it, with the duties' numbers, the
    areas in alphabetical order."""
    entries = []
    for area in sorted(catalog.vocabulary.duty_areas, key=lambda area: sort_key(area.label)):
        roles = []
        for view in views:
            numbers = [
                point_number("duties", duty.number)
                for duty in view.role.duties
                if duty.area == area.id
            ]
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
