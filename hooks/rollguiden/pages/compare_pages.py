"""The comparison pages: every role side by side with the picker on /jamfor/, and one page
per featured pair with its introduction above the computed differences."""

from __future__ import annotations

from typing import Any

from rollguiden.engines.compare import SET_DIMENSIONS, compare_pair, role_typical_pay, term_ids
from rollguiden.pages.matrix import matrix_rows, role_cells
from rollguiden.pages.page import Page
from rollguiden.pages.paths import (
    COMPARE_PAGE,
    QUERY,
    compare_link,
    comparison_page,
    relative_link,
    url_link,
)
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog
from rollguiden.text.swedish import format_money, in_sentence


def compare_pages(catalog: Catalog, views: list[RoleView], labels: dict[str, Any]) -> list[Page]:
    """/jamfor/ with every role and the picker, and a page per featured comparison."""
    cells = {view.role.id: role_cells(catalog, view, labels) for view in views}
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
                "data": picker_data(catalog, views, labels),
            },
        )
    ]
    currency = catalog.organisation.currency
    for featured in catalog.comparisons:
        page = comparison_page(featured.slug)
        a, b = (by_id[role_id] for role_id in featured.roles)
        pair = compare_pair(catalog, a.role, b.role)
        difference = pair.pay.difference
        more_role = None
        if difference:
            more_role = a.role.title if difference > 0 else b.role.title
        pages.append(
            Page(
                page,
                "compare_pair.md.j2",
                {
                    "featured": featured,
                    "pair": pair,
                    "pay_a": _money(pair.pay.typical_a, currency),
                    "pay_b": _money(pair.pay.typical_b, currency),
                    "pay_more_role": more_role,
                    "pay_example": _pay_is_example(a) or _pay_is_example(b),
                    "pay_difference": _money(abs(difference or 0), currency),
                    "rows": matrix_rows([cells[a.role.id], cells[b.role.id]], labels),
                    "columns": columns(page, [a, b]),
                    "picker_link": compare_link(page, [a.role.id, b.role.id]),
                },
                in_navigation=False,
            )
        )
    return pages


def picker_data(catalog: Catalog, views: list[RoleView], labels: dict[str, Any]) -> dict[str, Any]:
    """What the picker needs to spell out the differences between chosen roles. The matrix
    itself is drawn at build time: the picker only shows and orders its columns."""
    vocabulary = catalog.vocabulary
    compare = labels["compare"]
    return {
        "terms": {
            dimension: [{"id": term.id, "label": term.label} for term in getattr(vocabulary, kind)]
            for dimension, kind in SET_DIMENSIONS
        },
        "roles": [
            {
                "id": view.role.id,
                "title": view.role.title,
                "name": in_sentence(view.role.title),  # as it reads inside a sentence
                "sets": {
                    dimension: term_ids(view.role, dimension) for dimension, _ in SET_DIMENSIONS
                },
                "education": {
                    "rank": vocabulary.education_rank(view.role.requirements.education.level),
                    "label": in_sentence(view.education.label),
                },
                "experience": view.role.requirements.experience.min_years,
                "typical_pay": role_typical_pay(view.role, catalog.organisation.currency),
                "pay_example": _pay_is_example(view),
            }
            for view in views
        ],
        "currency": catalog.organisation.currency,
        "query": QUERY["compare"],
        "texts": {
            **compare["texts"],
            **{key: compare[key] for key in _SHARED_TEXTS},
            "sets": compare["sets"],
            "differs": compare["differs"],
            "example_badge": labels["provenance"]["badge"],
        },
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
)


def _pay_is_example(view: RoleView) -> bool:
    """Whether a role's pay figures are an example: its pay model, or the whole role."""
    role = view.role
    return role.provenance.basis == "example" or "pay" in role.provenance.example_fields


def _money(value: float | None, currency: str) -> str:
    return format_money(value, currency) if value is not None else ""
