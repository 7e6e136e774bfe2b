"""The comparison matrix: one row per dimension, one cell per role, each cell with the text
a reader sees and a key that tells whether two roles differ on that row."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from rollguiden.engines.compare import role_typical_pay, term_ids
from rollguiden.pages.evaluation import Evaluation, placement
from rollguiden.pages.publication import range_text
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog
from rollguiden.text.swedish import format_money, format_number, upper_first

DIMENSIONS = (
    "focus",
    "clients",
    "reporting",
    "classification",
    "education",
    "experience",
    "qualities",
    "skills",
    "languages",
    "duty_areas",
    "kpis",
    "job_evaluation",
    "pay_structure",
    "typical_pay",
    "base_range",
    "employer_cost",
    "entry_paths",
)


@dataclass(frozen=True)
class Cell:
    """What one role shows on one row: a line of text, or a list of items."""

    text: str = ""
    items: tuple[str, ...] = ()
    key: str = ""
    """Equal keys mean equal values: the row is marked when the keys differ."""
    example: bool = False
    """The value is an example to review, not from the source."""


@dataclass(frozen=True)
class Row:
    dimension: str
    label: str
    cells: tuple[Cell, ...]

    @property
    def differs(self) -> bool:
        return len({cell.key for cell in self.cells}) > 1

    @property
    def groups(self) -> tuple[int, ...]:
        """Per cell, the first cell with an equal key: a short stand-in for the key, so
        the page can tell which of any chosen roles differ without holding the keys."""
        keys = [cell.key for cell in self.cells]
        return tuple(keys.index(key) for key in keys)


def role_cells(
    catalog: Catalog,
    view: RoleView,
    labels: dict[str, Any],
    evaluated: Evaluation | None = None,
) -> dict[str, Cell]:
    """Every dimension's cell for one role; its points in the job evaluation only where the
    organisation has a factor plan (`evaluated`)."""
    role = view.role
    vocabulary = catalog.vocabulary

    def terms(dimension: str, kind: str) -> Cell:
        held = set(term_ids(role, dimension))
        ordered = [term for term in getattr(vocabulary, kind) if term.id in held]
        return Cell(
            items=tuple(term.label for term in ordered),
            key=",".join(sorted(term.id for term in ordered)),
        )

    def listing(items: list[str] | tuple[str, ...]) -> Cell:
        return Cell(items=tuple(items), key="\n".join(items))

    languages = list(view.languages)
    manager = view.manager.title if view.manager else role.reporting.reports_to
    typical = role_typical_pay(role, catalog.organisation.currency)
    pay_lines: tuple[str, ...] = ()
    if view.pay is not None:
        pay = view.pay
        pay_lines = (pay.base, pay.commission, *pay.bands, pay.cap, pay.plan)
    none = labels["compare"]["none"]
    cells = {
        "focus": Cell(text=role.focus, key=role.focus),
        "clients": Cell(text=role.clients, key=role.clients),
        "reporting": Cell(text=upper_first(manager), key=manager),
        "classification": Cell(text=view.classification.label, key=role.classification),
        "education": Cell(text=view.education_text, key=view.education_text),
        "experience": Cell(text=upper_first(view.experience_text), key=view.experience_text),
        "qualities": terms("qualities", "qualities"),
        "skills": terms("skills", "skills"),
        "languages": listing(languages) if languages else Cell(text=none, key=""),
        "duty_areas": terms("duty_areas", "duty_areas"),
        "kpis": listing([kpi.name for kpi in role.kpis]) if role.kpis else Cell(text=none),
        "pay_structure": listing(pay_lines) if pay_lines else Cell(text=none),
        "typical_pay": Cell(
            text=format_money(typical, catalog.organisation.currency)
            if typical is not None
            else none,  # 0 kr is a month's pay too; only a role without a model has none
            key=str(typical),
        ),
        "entry_paths": listing(role.career.entry_paths),
    }
    place = placement(evaluated, role.id)
    if place is not None:
        texts = labels["compare"]
        cells["job_evaluation"] = (
            Cell(
                text=texts["evaluation_cell"].format(
                    points=format_number(place.points), group=place.group
                ),
                key=str(place.points),
            )
            if place.points is not None
            else Cell(text=texts["evaluation_none"], key="")
        )
    level = catalog.organisation.pay_publication
    if level != "all":
        # organisation.yml publishes the base salary's range, or no figure: no row of figures
        # the roles' models would have given (pages/publication.py)
        del cells["pay_structure"], cells["typical_pay"]
        if level == "ranges":
            pay_range = catalog.withheld_pay.get(role.id)
            text = range_text(pay_range) if pay_range is not None else none
            cells["base_range"] = Cell(text=text, key=text)
    elif catalog.organisation.pay_rules is not None:
        # a year at plan under the organisation's rules: a row only where there are rules
        year = view.pay.year if view.pay is not None else None
        cells["employer_cost"] = Cell(
            text=format_money(year.employer_cost, catalog.organisation.currency)
            if year is not None
            else none,
            key=str(year.employer_cost if year is not None else None),
        )
    # a role that is an example as a whole is marked once, in its column's heading
    return {
        dimension: dataclasses.replace(cell, example=view.example(DIMENSION_FIELDS[dimension]))
        for dimension, cell in cells.items()
    }


DIMENSION_FIELDS = {
    "focus": "focus",
    "clients": "clients",
    "reporting": "reporting",
    "classification": "classification",
    "education": "requirements",
    "experience": "requirements",
    "qualities": "requirements",
    "skills": "requirements",
    "languages": "requirements",
    "duty_areas": "duties",
    "kpis": "kpis",
    "job_evaluation": "job_evaluation",
    "pay_structure": "pay",
    "typical_pay": "pay",
    "base_range": "pay",
    "employer_cost": "pay",
    "entry_paths": "career",
}
"""The role field each row of the matrix shows."""


def matrix_rows(cells_by_role: list[dict[str, Cell]], labels: dict[str, Any]) -> tuple[Row, ...]:
    names = labels["compare"]["dimensions"]
    shown = [d for d in DIMENSIONS if not cells_by_role or d in cells_by_role[0]]
    return tuple(
        Row(dimension, names[dimension], tuple(cells[dimension] for cells in cells_by_role))
        for dimension in shown
    )
