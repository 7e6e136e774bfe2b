"""How well a candidate fits each role: the hard requirements (education on the ordered
scale, years of experience in the fields that count, required languages) and the share of
the role's skills and qualities the candidate has. Roles come out ranked.

The candidate self-check runs the same definition in the browser (fit.js); one set of JSON
vectors (tests/vectors/fit.json) holds the two together.
"""

from __future__ import annotations

import math
from typing import Any

from rollguiden.reading.catalog import Catalog

MEETS, NEARLY, NOT_YET = "uppfyller", "nastan", "inte_an"
STATUS_ORDER = {MEETS: 0, NEARLY: 1, NOT_YET: 2}
FULL_COVERAGE = 0.75
"""The share of skills and qualities that, with every hard requirement met, fits a role."""
HALF_COVERAGE = 0.5

PROFILE_FIELDS = {"education_rank", "experience", "languages", "skills", "qualities"}


def fit_roles(catalog: Catalog) -> list[dict[str, Any]]:
    """Each role's requirements in the shape the fit engines take."""
    vocabulary = catalog.vocabulary
    return [
        {
            "id": role.id,
            "education_rank": vocabulary.education_rank(role.requirements.education.level),
            "min_years": role.requirements.experience.min_years,
            "experience_fields": list(role.requirements.experience.accepted_fields),
            "languages": [
                {
                    "language": language.language,
                    "or_other_foreign": language.or_other_foreign,
                    "required": language.required,
                }
                for language in role.requirements.languages
            ],
            "skills": list(role.requirements.skills),
            "qualities": list(role.requirements.qualities),
        }
        for role in catalog.roles
    ]


def compute_fit(
    roles: list[dict[str, Any]], profile: dict[str, Any], native_language: str
) -> list[dict[str, Any]]:
    """Every role's fit for the profile, best first; ValueError names a bad profile field."""
    candidate = _parse_profile(profile)
    results = [_fit(role, candidate, native_language) for role in roles]
    order = {role["id"]: index for index, role in enumerate(roles)}
    return sorted(
        results,
        key=lambda result: (
            STATUS_ORDER[result["status"]],
            -result["coverage"],
            result["hard_gaps"],
            order[result["id"]],
        ),
    )


def _fit(role: dict[str, Any], candidate: dict[str, Any], native: str) -> dict[str, Any]:
    rank = candidate["education_rank"]
    education_gap = rank is None or rank < role["education_rank"]
    years = sum(candidate["experience"].get(field, 0) for field in role["experience_fields"])
    years_short = max(0, role["min_years"] - years)
    spoken = set(candidate["languages"])
    speaks_foreign = any(language != native for language in spoken)
    language_gaps = [
        need["language"]
        for need in role["languages"]
        if need["required"]
        and need["language"] not in spoken
        and not (need["or_other_foreign"] and speaks_foreign)
    ]
    skills_missing = [skill for skill in role["skills"] if skill not in candidate["skills"]]
    qualities_missing = [
        quality for quality in role["qualities"] if quality not in candidate["qualities"]
    ]
    total = len(role["skills"]) + len(role["qualities"])
    covered = total - len(skills_missing) - len(qualities_missing)
    coverage = covered / total if total else 1.0
    hard_gaps = int(education_gap) + int(years_short > 0) + len(language_gaps)
    if hard_gaps == 0 and coverage >= FULL_COVERAGE:
        status = MEETS
    elif (hard_gaps == 0 and coverage >= HALF_COVERAGE) or (
        hard_gaps == 1 and coverage >= FULL_COVERAGE
    ):
        status = NEARLY
    else:
        status = NOT_YET
    return {
        "id": role["id"],
        "status": status,
        "coverage": coverage,
        "hard_gaps": hard_gaps,
        "missing": {
            "education": education_gap,
            "years": years_short,
            "languages": language_gaps,
            "skills": skills_missing,
            "qualities": qualities_missing,
        },
    }


def _parse_profile(profile: object) -> dict[str, Any]:
    if not isinstance(profile, dict):
        raise ValueError("profil: ska vara ett objekt")
    for key in profile:
        if key not in PROFILE_FIELDS:
            raise ValueError(f"{key}: okänt fält")
    rank = profile.get("education_rank")
    if rank is not None and not _is_number(rank):
        raise ValueError("education_rank: ska vara ett tal eller null")
    experience = profile.get("experience", {})
    if not isinstance(experience, dict):
        raise ValueError("experience: ska vara ett objekt")
    for field, years in experience.items():
        if not _is_number(years) or years < 0:
            raise ValueError(f"experience.{field}: ska vara ett tal, minst 0")
    lists = {}
    for key in ("languages", "skills", "qualities"):
        value = profile.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise ValueError(f"{key}: ska vara en lista med id")
        lists[key] = set(value)
    return {"education_rank": rank, "experience": experience, **lists}


def _is_number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
