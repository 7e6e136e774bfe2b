"""The organisation's job evaluation as the site shows it: the factor plan and the roles put
into the engine's terms (engines/job_evaluation.py), and its result with each role's points
by criterion. What the page, the profiles, the comparison matrix and the API all read."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rollguiden.engines.compare import role_typical_pay
from rollguiden.engines.job_evaluation import evaluate_roles
from rollguiden.model.job_evaluation import CRITERIA
from rollguiden.reading.catalog import Catalog


@dataclass(frozen=True)
class Evaluation:
    """The engine's inputs and result for the organisation's plan."""

    plan: list[dict[str, Any]]
    roles: list[dict[str, Any]]
    tolerance: float
    result: dict[str, Any]
    criterion_points: dict[str, dict[str, float]]
    """Role id → criterion → the points the role has from that criterion's sub-criteria
    (unrounded: their sum rounds to the role's points)."""


def engine_plan(catalog: Catalog) -> list[dict[str, Any]]:
    """The factor plan as the engine takes it: weights as shares, the number of levels."""
    assert catalog.job_evaluation is not None
    return [
        {
            "id": sub.id,
            "criterion": sub.criterion,
            "weight": sub.weight / 100,
            "max_level": len(sub.levels),
        }
        for sub in catalog.job_evaluation.sub_criteria
    ]


def engine_roles(catalog: Catalog) -> list[dict[str, Any]]:
    """Each role's levels, dominance and typical monthly pay (None where the catalog has no
    pay model for it: none, or one that pay_publication keeps off the site)."""
    currency = catalog.organisation.currency
    roles = []
    for role in catalog.roles:
        evaluation = role.job_evaluation
        roles.append(
            {
                "id": role.id,
                "levels": {key: choice.level for key, choice in evaluation.levels.items()}
                if evaluation
                else {},
                "dominance": evaluation.dominance if evaluation else None,
                "typical_pay": role_typical_pay(role, currency),
            }
        )
    return roles


def evaluation(catalog: Catalog, tolerance: float | None = None) -> Evaluation | None:
    """The job evaluation of the catalog's roles, or None without a factor plan; `tolerance`
    in place of the plan's own."""
    if catalog.job_evaluation is None:
        return None
    plan, roles = engine_plan(catalog), engine_roles(catalog)
    used = catalog.job_evaluation.tolerance if tolerance is None else tolerance
    result = evaluate_roles(plan, roles, {"tolerance": used})
    scored = {entry["id"] for entry in result["ranking"]}
    by_criterion = {
        role["id"]: {
            criterion: sum(
                sub["weight"] * role["levels"][sub["id"]] / sub["max_level"] * 1000
                for sub in plan
                if sub["criterion"] == criterion
            )
            for criterion in CRITERIA
        }
        for role in roles
        if role["id"] in scored
    }
    return Evaluation(plan, roles, used, result, by_criterion)


@dataclass(frozen=True)
class Placement:
    """A role's place in the job evaluation: its points and group (None until it has a
    level on every sub-criterion), the number of groups, and the other roles in its group."""

    points: int | None
    group: int | None
    groups: int
    equal_value: tuple[str, ...]


def placement(found: Evaluation | None, role_id: str) -> Placement | None:
    """Where `role_id` stands in `found`; None without a job evaluation."""
    if found is None:
        return None
    groups = found.result["groups"]
    points = {entry["id"]: entry["points"] for entry in found.result["ranking"]}
    for number, group in enumerate(groups, start=1):
        if role_id in group:
            others = tuple(other for other in group if other != role_id)
            return Placement(points[role_id], number, len(groups), others)
    return Placement(None, None, len(groups), ())
