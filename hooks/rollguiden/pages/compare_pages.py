"""The comparison pages: every role side by side with the picker on /jamfor/, and one page
per featured pair with its introduction above the computed differences."""

from __future__ import annotations

from typing import Any

from rollguiden.engines.compare import SET_DIMENSIONS, compare_roles, comparison_entry
from rollguiden.pages.matrix import matrix_rows, role_cells
from rollguiden.pages.page import Page
from rollguiden.pages.paths import (
    COMPARE_PAGE,
    DOWNLOADS,
    QUERY,
    compare_link,
    comparison_page,
    relative_link,
    url_link,
)
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog


def compare_pages(catalog: Catalog, views: list[RoleView], labels: dict[str, Any]) -> list[Page]:
    """/jamfor/ with every role and the picker, and a page per featured comparison."""
    cells = {view.role.id: role_cells(catalog, view, labels) for view in views}
    entries = _comparison_entries(catalog, views)
    by_id = {view.role.id: view for view in views}

    def columns(page: str, chosen: list[RoleView]) -> list[tuple[str, str, str, bool]]:
        """(title, link, id, whether the whole role is an example) per column."""
        return [
            (
                view.role.title,
                url_link(page, view.page),
                view.role.id,
                view.role.provenance.basis == "example",
            )
            for view in chosen
        ]

    pages = [
        Page(
            COMPARE_PAGE,
            "compare_index.md.j2",
            {
                "featured": [
                    (item.slug, item.title, relative_link(COMPARE_PAGE, comparison_page(item.slug)))
                    for item in catalog.comparisons
                ],
                "rows": matrix_rows([cells[view.role.id] for view in views], labels),
                "columns": columns(COMPARE_PAGE, views),
                "data": picker_data(catalog, list(entries.values()), labels),
            },
        )
    ]
    terms = _set_terms(catalog)
    for featured in catalog.comparisons:
        page = comparison_page(featured.slug)
        a, b = (by_id[role_id] for role_id in featured.roles)
        compared = compare_roles(
            entries[a.role.id],
            entries[b.role.id],
            terms,
            labels["compare"],
            catalog.organisation.currency,
        )
        labels_by_id = {
            dimension: {term["id"]: term for term in vocabulary}
            for dimension, vocabulary in terms.items()
        }
        pages.append(
            Page(
                page,
                "compare_pair.md.j2",
                {
                    "featured": featured,
                    "a": entries[a.role.id],
                    "b": entries[b.role.id],
                    "compared": compared,
                    # the terms of each set, for the template's lists
                    "sets": {
                        dimension: {
                            side: [labels_by_id[dimension][term] for term in ids]
                            for side, ids in difference.items()
                        }
                        for dimension, difference in compared["sets"].items()
                    },
                    "rows": matrix_rows([cells[a.role.id], cells[b.role.id]], labels),
                    "columns": columns(page, [a, b]),
                    "picker_link": compare_link(page, [a.role.id, b.role.id]),
                },
                in_navigation=False,
            )
        )
    return pages


def picker_data(
    catalog: Catalog, entries: list[dict[str, Any]], labels: dict[str, Any]
) -> dict[str, Any]:
    """What the picker needs to spell out the differences between chosen roles (with
    comparison.js, the twin of engines/compare.py). The matrix itself is drawn at build
    time: the picker only shows and orders its columns."""
    compare = labels["compare"]
    return {
        "terms": _set_terms(catalog),
        "roles": entries,
        "currency": catalog.organisation.currency,
        "query": QUERY["compare"],
        "csv_file": DOWNLOADS["comparison"],
        "texts": {
            **compare["texts"],
            **{key: compare[key] for key in _SHARED_TEXTS},
            "sets": compare["sets"],
            "differs": compare["differs"],
            "example_badge": labels["provenance"]["badge"],
        },
    }


def _comparison_entries(catalog: Catalog, views: list[RoleView]) -> dict[str, dict[str, Any]]:
    def cost(view: RoleView) -> float | None:
        year = view.pay.year if view.pay is not None else None
        return year.employer_cost if year is not None else None

    return {
        view.role.id: comparison_entry(catalog, view.role, _pay_is_example(view), cost(view))
        for view in views
    }


def _set_terms(catalog: Catalog) -> dict[str, list[dict[str, str]]]:
    """Each set dimension's vocabulary, in its order: what the comparison orders terms by."""
    vocabulary = catalog.vocabulary
    return {
        dimension: [{"id": term.id, "label": term.label} for term in getattr(vocabulary, kind)]
        for dimension, kind in SET_DIMENSIONS
    }


_SHARED_TEXTS = (
    "requirements_heading",
    "education_line",
    "experience_line",
    "experience",
    "no_experience",
    "stricter",
    "equal",
    "shared",
    "only",
    "nothing",
    "pay_heading",
    "pay_line",
    "pay_more",
    "pay_same",
    "pay_missing",
    "cost_line",
    "cost_more",
    "cost_same",
)


def _pay_is_example(view: RoleView) -> bool:
    """Whether a role's pay figures are an example: its pay model, or the whole role."""
    role = view.role
    return role.provenance.basis == "example" or "pay" in role.provenance.example_fields
