"""Checks of the factor plan (data/job_evaluation.yml) and of each role's levels on it,
beyond what one field's type says: ids once, weights that make 100 %, every criterion
covered, a role's level within its sub-criterion's levels. Findings are (path, message), as
crossref's, on the raw YAML values, so that every message has its line."""

from __future__ import annotations

import math
from typing import Any

from rollguiden.model.job_evaluation import CRITERIA, MIN_LEVELS
from rollguiden.reading.crossref import Finding, values_at
from rollguiden.reading.messages import quoted
from rollguiden.text.swedish import format_number

WEIGHT_TOLERANCE = 1e-7
"""Percent: weights such as 33.33 + 33.33 + 33.34 make 100 to this."""
CRITERION_NAMES = {
    "kunskaper": "kunskaper och färdigheter",
    "ansvar": "ansvar",
    "anstrangning": "ansträngning",
    "arbetsforhallanden": "arbetsförhållanden",
}


def check_plan(data: Any) -> list[Finding]:
    """Each sub-criterion's id once, the weights 100 % together, the four criteria covered."""
    subs = [sub for _, sub in values_at(data, ("sub_criteria", "*")) if isinstance(sub, dict)]
    findings: list[Finding] = []
    first: dict[str, int] = {}
    for index, sub in enumerate(subs):
        sub_id = sub.get("id")
        if isinstance(sub_id, str) and sub_id in first:
            findings.append(
                (
                    ("sub_criteria", index, "id"),
                    f"'{quoted(sub_id)}' står redan på plats {first[sub_id] + 1} – varje "
                    "delkriterium behöver ett eget id",
                )
            )
        elif isinstance(sub_id, str):
            first[sub_id] = index
    weights = [sub.get("weight") for sub in subs]
    if subs and all(_number(weight) for weight in weights):
        total = sum(weights)
        if abs(total - 100) > WEIGHT_TOLERANCE:
            findings.append(
                (
                    ("sub_criteria",),
                    f"vikterna är tillsammans {_percent(total)} %, men ska vara 100 % – "
                    "ändra vikterna så att de går jämnt upp",
                )
            )
    covered = {sub.get("criterion") for sub in subs}
    missing = [CRITERION_NAMES[criterion] for criterion in CRITERIA if criterion not in covered]
    if subs and missing:
        findings.append(
            (
                ("sub_criteria",),
                f"inget delkriterium under {', '.join(missing)} – lagen nämner fyra kriterier, "
                "och varje kriterium behöver minst ett delkriterium",
            )
        )
    return findings


def plan_levels(data: Any) -> dict[str, int]:
    """Sub-criterion id → how many levels it has, from a plan's raw values (valid or not)."""
    found = {}
    for _, sub in values_at(data, ("sub_criteria", "*")):
        if isinstance(sub, dict) and isinstance(sub.get("id"), str):
            levels = sub.get("levels")
            found[sub["id"]] = len(levels) if isinstance(levels, list) else 0
    return found


def check_role_levels(data: Any, levels_of: dict[str, int] | None) -> list[Finding]:
    """A role's levels name sub-criteria of the plan, each within its levels; without a plan
    (None), a role that gives levels is told where the plan belongs."""
    findings: list[Finding] = []
    given = data.get("job_evaluation") if isinstance(data, dict) else None
    if not isinstance(given, dict) or not isinstance(given.get("levels"), dict):
        return findings
    if levels_of is None:
        if given["levels"]:
            findings.append(
                (
                    ("job_evaluation", "levels"),
                    "det finns ingen faktorplan att ange nivåer på – skriv den i "
                    "data/job_evaluation.yml, eller ta bort job_evaluation ur rollen",
                )
            )
        return findings
    for sub_id, choice in given["levels"].items():
        path = ("job_evaluation", "levels", sub_id)
        if sub_id not in levels_of:
            known = ", ".join(levels_of) or "inga"
            findings.append(
                (
                    path,
                    f"'{quoted(sub_id)}' är inget delkriterium i faktorplanen (den har: {known})",
                )
            )
            continue
        level = choice.get("level") if isinstance(choice, dict) else None
        highest = levels_of[sub_id]
        # a plan's sub-criterion with too few levels is the plan's error, said there
        valid_plan = highest >= MIN_LEVELS
        if (
            isinstance(level, int)
            and not isinstance(level, bool)
            and valid_plan
            and level > highest
        ):
            findings.append(
                (
                    (*path, "level"),
                    f"nivå {level} finns inte – delkriteriet har nivåerna 1–{highest}",
                )
            )
    return findings


def _percent(total: float) -> str:
    """95 → "95", 99.5 → "99,5": the weights as the editor wrote them."""
    return format_number(total, 0 if float(total).is_integer() else 2).rstrip("0").rstrip(",")


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
