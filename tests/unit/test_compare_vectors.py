"""The comparison vectors (tests/vectors/compare.json) against the Python engine; the same
vectors run against comparison.js in tests/js/comparison.test.mjs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from rollguiden.engines.compare import compare_roles

VECTORS = json.loads(
    (Path(__file__).resolve().parents[1] / "vectors" / "compare.json").read_text("utf-8")
)


@pytest.mark.parametrize("case", VECTORS["cases"], ids=lambda case: case["name"])
def test_vector(case: dict) -> None:
    texts = {**VECTORS["texts"], **case.get("texts", {})}
    result = compare_roles(case["a"], case["b"], VECTORS["terms"], texts, VECTORS["currency"])
    assert result == case["expected"]


def test_there_are_enough_cases_to_hold_the_twins_together() -> None:
    assert len(VECTORS["cases"]) >= 12
