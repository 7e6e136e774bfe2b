"""The comparison pages: /jamfor/ with the picker and every role side by side (or, past the
organisation's limit, a table per department), one page per featured pair with its
introduction above the computed differences, and a small file per role that the picker
fetches when it is asked to compare that role."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rollguiden.engines.compare import SET_DIMENSIONS, compare_roles, comparison_entry
from rollguiden.pages.evaluation import Evaluation
from rollguiden.pages.matrix import Cell, matrix_rows, role_cells
from rollguiden.pages.page import Page
from rollguiden.pages.paths import (
    COMPARE_PAGE,
    COMPARE_ROLES_FOLDER,
    DOWNLOADS,
    QUERY,
    compare_link,
    compare_role_file,
    comparison_page,
    relative_link,
    url_link,
)
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog

SUMMARY_DIMENSIONS = ("classification", "education", "experience", "typical_pay", "base_range")
"""The short facts a department's table compares, when the roles are too many to stand
side by side: each fits in a cell. The pay's is the one organisation.yml publishes."""


@dataclass(frozen=True)
class ComparePages:
    pages: list[Page]
    role_files: dict[str, dict[str, Any]]
    """Per role, the JSON document the picker fetches (compare_role_file)."""


@dataclass(frozen=True)
class DepartmentTable:
    """One department's roles, a row each, on the short facts of SUMMARY_DIMENSIONS."""

    department: str
    rows: list[tuple[str, str, bool, list[Cell]]]
    """Per role: title, link, whether the whole role is an example, its cells."""


def compare_pages(
    catalog: Catalog,
    views: list[RoleView],
    labels: dict[str, Any],
    evaluated: Evaluation | None = None,
) -> ComparePages:
    """/jamfor/, a page per featured comparison, and the picker's file per role; each role's
    points in the job evaluation, where there is one (`evaluated`), a row of the matrix."""
    cells = {view.role.id: role_cells(catalog, view, labels, evaluated) for view in views}
    entries = _comparison_entries(catalog, views)
    by_id = {view.role.id: view for view in views}
    # past the limit, a matrix of every role would be megabytes of HTML no one reads
    side_by_side = len(views) <= catalog.organisation.comparison_matrix_max_roles

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

    rows = matrix_rows([cells[view.role.id] for view in views], labels)
    pages = [
        Page(
            COMPARE_PAGE,
            "compare_index.md.j2",
            {
                "featured": [
                    (item.slug, item.title, relative_link(COMPARE_PAGE, comparison_page(item.slug)))
                    for item in catalog.comparisons
                ],
                "side_by_side": side_by_side,
                "rows": rows if side_by_side else (),
                "columns": columns(COMPARE_PAGE, views),
                "departments": ()
                if side_by_side
                else _department_tables(catalog, views, cells, columns(COMPARE_PAGE, views)),
                "summary_dimensions": _summary_dimensions(cells),
                "max_roles": catalog.organisation.comparison_matrix_max_roles,
                "data": picker_data(
                    catalog, [(row.dimension, row.label) for row in rows], labels, side_by_side
                ),
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
    role_files = {
        compare_role_file(view.role.id): _role_file(
            view, entries[view.role.id], [cells[view.role.id][row.dimension] for row in rows]
        )
        for view in views
    }
    return ComparePages(pages, role_files)


def _role_file(view: RoleView, entry: dict[str, Any], cells: list[Cell]) -> dict[str, Any]:
    """What the picker needs of one role: its column of the matrix, in the page's row order
    (a cell's text or items, its key, whether it is an example), and its comparison entry
    for the differences (comparison.js)."""
    return {
        "id": view.role.id,
        "title": view.role.title,
        "href": str(url_link(COMPARE_PAGE, view.page)),
        "example": view.role.provenance.basis == "example",
        "cells": [_cell(cell) for cell in cells],
        "entry": entry,
    }


def _cell(cell: Cell) -> dict[str, Any]:
    """A cell for the picker: its text or items, and its key where the shown value is not
    already the key (compare.js: `keyOf`)."""
    shown = {"items": list(cell.items)} if cell.items else {"text": cell.text}
    same = cell.key == ("\n".join(cell.items) if cell.items else cell.text)
    return {
        **shown,
        **({} if same else {"key": cell.key}),
        **({"example": True} if cell.example else {}),
    }


def _department_tables(
    catalog: Catalog,
    views: list[RoleView],
    cells: dict[str, dict[str, Cell]],
    columns: list[tuple[str, str, str, bool]],
) -> list[DepartmentTable]:
    """The roles by department, in the order organisation.yml lists the departments."""
    column_of = {role_id: (title, href, example) for title, href, role_id, example in columns}
    tables = []
    for department in catalog.organisation.departments:
        members = [view for view in views if view.role.department == department.id]
        if members:
            rows = [
                (
                    *column_of[view.role.id],
                    [cells[view.role.id][dimension] for dimension in _summary_dimensions(cells)],
                )
                for view in members
            ]
            tables.append(DepartmentTable(department.name, rows))
    return tables


def _summary_dimensions(cells: dict[str, dict[str, Cell]]) -> tuple[str, ...]:
    """SUMMARY_DIMENSIONS that the roles' cells have (pay_publication decides the pay's)."""
    first = next(iter(cells.values()), None)
    return tuple(d for d in SUMMARY_DIMENSIONS if first is None or d in first)


def picker_data(
    catalog: Catalog, rows: list[tuple[str, str]], labels: dict[str, Any], side_by_side: bool
) -> dict[str, Any]:
    """What the picker needs besides the chosen roles' own files: the matrix's rows (each
    dimension and its label), the vocabularies the differences name (with comparison.js,
    the twin of engines/compare.py), the texts, and where the roles' files are."""
    compare = labels["compare"]
    return {
        "rows": [{"dimension": dimension, "label": label} for dimension, label in rows],
        "role_files": f"{relative_link(COMPARE_PAGE, COMPARE_ROLES_FOLDER)}/",
        "terms": _set_terms(catalog),
        "currency": catalog.organisation.currency,
        "query": QUERY["compare"],
        "csv_file": DOWNLOADS["comparison"],
        "texts": {
            **compare["texts"],
            **{key: compare[key] for key in _SHARED_TEXTS},
            # the headings of the sets compared, not every set the labels name
            "sets": {dimension: compare["sets"][dimension] for dimension, _ in SET_DIMENSIONS},
            "differs": compare["differs"],
            "example_badge": labels["provenance"]["badge"],
            # until two roles are chosen the page shows every role, or the departments
            "pick_more": compare["texts"]["pick_more"]
            if side_by_side
            else compare["pick_more_grouped"],
        },
    }


def _comparison_entries(catalog: Catalog, views: list[RoleView]) -> dict[str, dict[str, Any]]:
    rules = catalog.organisation.pay_rules

    def entry(view: RoleView) -> dict[str, Any]:
        example = _pay_is_example(view)
        year = view.pay.year if view.pay is not None else None
        if year is None or rules is None:
            return comparison_entry(catalog, view.role, example)
        holiday = {
            "rule": year.holiday_rule,
            "share": year.variable_share,
            "threshold": rules.holiday_pay.threshold,
        }
        return comparison_entry(catalog, view.role, example, year.employer_cost, holiday)

    return {view.role.id: entry(view) for view in views}


def _set_terms(catalog: Catalog) -> dict[str, list[dict[str, str]]]:
    """Each set dimension's vocabulary, in its order: what the comparison orders terms by."""
    vocabulary = catalog.vocabulary
    return {
        dimension: [{"id": term.id, "label": term.label} for term in getattr(vocabulary, kind)]
        for dimension, kind in SET_DIMENSIONS
    }


_SHARED_TEXTS = (
    "matrix_caption",
    "dimension",
    "differs_legend",
    "requirements_heading",
    "education_line",
    "experience_line",
    "experience",
    "no_experience",
    "stricter",
    "education_same",
    "experience_same",
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
    "holiday_rules",
    "holiday_same",
    "holiday_differ",
)


def _pay_is_example(view: RoleView) -> bool:
    """Whether a role's pay figures are an example: its pay model, or the whole role."""
    role = view.role
    return role.provenance.basis == "example" or "pay" in role.provenance.example_fields
