"""The candidate self-check's page (/passar-jag/) and the data its script gets: each role's
requirements, the names of terms as they read inside its sentences, the address's names."""

from __future__ import annotations

from typing import Any

from rollguiden.engines.fit import fit_roles
from rollguiden.pages.page import Page
from rollguiden.pages.paths import FIT_PAGE, QUERY, role_page, url_link
from rollguiden.reading.catalog import Catalog
from rollguiden.text.swedish import in_sentence


def fit_page(catalog: Catalog, labels: dict[str, Any]) -> list[Page]:
    return [
        Page(
            FIT_PAGE,
            "fit.md.j2",
            {"data": fit_data(catalog, labels), "vocabulary": catalog.vocabulary},
        )
    ]


def fit_data(catalog: Catalog, labels: dict[str, Any]) -> dict[str, Any]:
    """What the self-check's script needs: each role's requirements, and the names of terms
    as they read inside its sentences ("Utbildning: rollen kräver högskoleexamen")."""
    vocabulary = catalog.vocabulary

    def names(kind: str) -> dict[str, str]:
        return {term.id: in_sentence(term.label) for term in getattr(vocabulary, kind)}

    roles = fit_roles(catalog)
    for entry, role in zip(roles, catalog.roles, strict=True):
        entry["title"] = role.title
        entry["url"] = url_link(FIT_PAGE, role_page(role.id))
    return {
        "roles": roles,
        "native_language": vocabulary.languages[0].id,
        "education_levels": [in_sentence(level.label) for level in vocabulary.education_levels],
        "names": {
            "experience_fields": names("experience_fields"),
            "languages": names("languages"),
            "skills": names("skills"),
            "qualities": names("qualities"),
        },
        "query": QUERY["fit"],
        "texts": labels["fit"]["texts"],
    }
