"""The shared job-evaluation vectors against the Python engine (tests/js/job-evaluation.test.mjs
runs them against job-evaluation.js)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rollguiden.engines.job_evaluation import evaluate_roles

VECTORS = json.loads(
    (Path(__file__).resolve().parents[1] / "vectors" / "job_evaluation.json").read_text("utf-8")
)
CASES = VECTORS["cases"]
VALID = [case for case in CASES if "error" not in case]
INVALID = [case for case in CASES if "error" in case]


def plan_of(case: dict) -> list[dict]:
    plan = case["plan"]
    return VECTORS["plans"][plan] if isinstance(plan, str) else plan


def test_there_are_enough_vectors() -> None:
    assert len(VALID) >= 30
    assert len(INVALID) >= 15


@pytest.mark.parametrize(
    "case", [case for case in CASES if "error" not in case], ids=lambda c: c["name"]
)
def test_evaluation_matches_the_vector(case: dict) -> None:
    result = evaluate_roles(plan_of(case), case["roles"], case.get("options"))
    assert result == case["expected"]


@pytest.mark.parametrize(
    "case", [case for case in CASES if "error" in case], ids=lambda c: c["name"]
)
def test_invalid_input_names_the_field(case: dict) -> None:
    with pytest.raises(ValueError) as raised:
        evaluate_roles(plan_of(case), case["roles"], case.get("options"))
    assert str(raised.value).startswith(case["error"] + ":"), str(raised.value)
