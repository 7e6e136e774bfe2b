"""Job evaluation (arbetsvärdering): each role's points on a factor plan of the four
criteria of diskrimineringslagen 3 kap. 8 § (knowledge and skills, responsibility, effort,
working conditions), the roles ranked, grouped as of equal value within a tolerance, and
the pay differences a lönekartläggning must analyse, flagged.

The /arbetsvardering/ page runs the same definition in the browser (job-evaluation.js) when
a reader changes the weights; one set of JSON vectors (tests/vectors/job_evaluation.json)
holds the two together. README.md's "Arbetsvärdering" gives the definition in words.
"""

from __future__ import annotations

import math
from typing import Any

CRITERIA = ("kunskaper", "ansvar", "anstrangning", "arbetsforhallanden")
"""The law's four criteria, in its order: kunskaper och färdigheter, ansvar, ansträngning,
arbetsförhållanden."""
DOMINANCE = ("women", "men")
"""A role dominated by women or by men (60 % or more, the law's rule); None: neither."""
DEFAULT_TOLERANCE = 50
"""Points within which two roles are taken as of equal value, unless the organisation says."""
MIN_LEVEL, MAX_LEVELS = 2, 7
"""A sub-criterion's highest level is 2 to 7."""
WEIGHT_SUM_TOLERANCE = 1e-9
HALF_TOLERANCE = 1e-9
"""Points within this of a half round up: 0.25 × 3 ÷ 5 × 1 000 is 150 in arithmetic and
a hair over or under in floating point; both engines add it, in the same order."""
SUB_CRITERION_FIELDS = {"id", "criterion", "weight", "max_level"}
ROLE_FIELDS = {"id", "levels", "dominance", "typical_pay"}
OPTION_FIELDS = {"tolerance"}


def evaluate_roles(
    plan: list[dict[str, Any]],
    roles: list[dict[str, Any]],
    options: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Points, ranking, equal-value groups and flags; ValueError names the field that is wrong."""
    sub_criteria = _parse_plan(plan)
    parsed = _parse_roles(roles, sub_criteria)
    tolerance = _parse_options(options or {})

    scored, unscored = [], []
    for role in parsed:
        if all(sub["id"] in role["levels"] for sub in sub_criteria):
            scored.append({**role, "points": _points(sub_criteria, role["levels"])})
        else:
            unscored.append(role["id"])
    # highest first; sorted() is stable, so ties keep the input order
    ranking = sorted(scored, key=lambda role: -role["points"])

    groups: list[list[dict[str, Any]]] = []
    for role in ranking:
        # a group is measured from its first role, so groups never chain
        if groups and role["points"] >= groups[-1][0]["points"] - tolerance:
            groups[-1].append(role)
        else:
            groups.append([role])
    group_of = {role["id"]: index for index, group in enumerate(groups) for role in group}

    flags = []
    for women in ranking:
        if women["dominance"] != "women" or women["typical_pay"] is None:
            continue
        for other in ranking:
            if other["dominance"] == "women" or other["typical_pay"] is None:
                continue
            if women["typical_pay"] >= other["typical_pay"]:
                continue
            if group_of[other["id"]] == group_of[women["id"]]:
                flags.append({"kind": "within", "women": women["id"], "other": other["id"]})
            elif group_of[other["id"]] > group_of[women["id"]]:
                flags.append({"kind": "across", "women": women["id"], "other": other["id"]})
    return {
        "ranking": [{"id": role["id"], "points": role["points"]} for role in ranking],
        "unscored": unscored,
        "groups": [[role["id"] for role in group] for group in groups],
        "flags": flags,
    }


def _points(sub_criteria: list[dict[str, Any]], levels: dict[str, int]) -> int:
    """Σ weight × level ÷ max_level, × 1 000, rounded half up at the end."""
    total = 0.0
    for sub in sub_criteria:
        total += sub["weight"] * levels[sub["id"]] / sub["max_level"]
    return math.floor(total * 1000 + 0.5 + HALF_TOLERANCE)


def _parse_plan(plan: object) -> list[dict[str, Any]]:
    if not isinstance(plan, list) or not plan:
        raise ValueError("plan: ska vara en lista med minst ett delkriterium")
    seen: dict[str, int] = {}
    for number, sub in enumerate(plan, start=1):
        where = _identified_entry(sub, "plan", number, SUB_CRITERION_FIELDS, seen)
        if sub.get("criterion") not in CRITERIA:
            raise ValueError(f"{where}.criterion: ska vara ett av {', '.join(CRITERIA)}")
        weight = sub.get("weight")
        if not _number(weight) or not 0 <= weight <= 1:
            raise ValueError(f"{where}.weight: ska vara en andel från 0 till 1")
        max_level = sub.get("max_level")
        if not _integer(max_level) or not MIN_LEVEL <= max_level <= MAX_LEVELS:
            raise ValueError(f"{where}.max_level: ska vara ett heltal från 2 till 7")
    total = sum(sub["weight"] for sub in plan)
    if abs(total - 1) > WEIGHT_SUM_TOLERANCE:
        raise ValueError(f"plan.weight: vikterna ska tillsammans vara 1 (100 %), men är {total:g}")
    for criterion in CRITERIA:
        if not any(sub["criterion"] == criterion for sub in plan):
            raise ValueError(f"plan.criterion: kriteriet {criterion} har inget delkriterium")
    return [{**sub, "max_level": int(sub["max_level"])} for sub in plan]


def _parse_roles(roles: object, sub_criteria: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not isinstance(roles, list):
        raise ValueError("roles: ska vara en lista")
    max_levels = {sub["id"]: sub["max_level"] for sub in sub_criteria}
    parsed = []
    seen: dict[str, int] = {}
    for number, role in enumerate(roles, start=1):
        where = _identified_entry(role, "roles", number, ROLE_FIELDS, seen)
        role_id = role["id"]
        levels = role.get("levels")
        if levels is None:  # no levels yet: the role is listed as not scored
            levels = {}
        if not isinstance(levels, dict):
            raise ValueError(f"{where}.levels: ska vara ett objekt")
        for sub_id, level in levels.items():
            if sub_id not in max_levels:
                raise ValueError(f"{where}.levels.{sub_id}: inget delkriterium i planen")
            if not _integer(level) or not 1 <= level <= max_levels[sub_id]:
                raise ValueError(
                    f"{where}.levels.{sub_id}: ska vara ett heltal från 1 till {max_levels[sub_id]}"
                )
        dominance = role.get("dominance")
        if dominance is not None and dominance not in DOMINANCE:
            raise ValueError(f"{where}.dominance: ska vara women, men eller null")
        pay = role.get("typical_pay")
        if pay is not None and (not _number(pay) or pay < 0):
            raise ValueError(f"{where}.typical_pay: ska vara ett belopp som är 0 eller större")
        parsed.append(
            {
                "id": role_id,
                "levels": {sub_id: int(level) for sub_id, level in levels.items()},
                "dominance": dominance,
                "typical_pay": pay,
            }
        )
    return parsed


def _identified_entry(
    entry: object, name: str, number: int, fields: set[str], seen: dict[str, int]
) -> str:
    """Check the `number`th entry of the list `name`: an object of known fields with an id
    of its own (recorded in `seen`); returns where it is, as messages name it."""
    where = f"{name}[{number}]"
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: ska vara ett objekt")
    for key in entry:
        if key not in fields:
            raise ValueError(f"{where}.{key}: okänt fält")
    entry_id = entry.get("id")
    if not isinstance(entry_id, str) or not entry_id:
        raise ValueError(f"{where}.id: ska vara ett id, inte tomt")
    if entry_id in seen:
        raise ValueError(f"{where}.id: samma id som {name}[{seen[entry_id]}]")
    seen[entry_id] = number
    return where


def _parse_options(options: object) -> float:
    if not isinstance(options, dict):
        raise ValueError("options: ska vara ett objekt")
    for key in options:
        if key not in OPTION_FIELDS:
            raise ValueError(f"options.{key}: okänt fält")
    tolerance = options.get("tolerance")
    if tolerance is None:
        tolerance = DEFAULT_TOLERANCE
    if not _number(tolerance) or tolerance < 0:
        raise ValueError("options.tolerance: ska vara ett antal poäng, 0 eller fler")
    return tolerance


def _number(value: object) -> bool:
    """A finite number; a boolean is not one, though Python counts it as an int."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _integer(value: object) -> bool:
    """A whole number: 5 or 5.0 (JSON does not tell them apart in the browser), not 2.5."""
    return _number(value) and float(value).is_integer()
