"""The shared pay vectors against the Python engine (tests/js/pay.test.mjs runs them against
pay.js; test_pay_js.py runs that from pytest)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from rollguiden.engines.pay import compute_pay

VECTORS = json.loads(
    (Path(__file__).resolve().parents[1] / "vectors" / "pay.json").read_text("utf-8")
)["cases"]
MONEY = ("base", "gross_variable", "variable", "total")
RATIOS = ("factor", "effective_rate")


def close(actual: float, expected: float, tolerance: float) -> bool:
    return math.isfinite(actual) and abs(actual - expected) <= tolerance


def test_there_are_enough_vectors() -> None:
    computed = [case for case in VECTORS if "expected" in case]
    assert len(computed) >= 40
    assert len(VECTORS) - len(computed) >= 20  # invalid inputs


@pytest.mark.parametrize("case", VECTORS, ids=[case["name"] for case in VECTORS])
def test_vector(case: dict) -> None:
    if "error" in case:
        with pytest.raises(ValueError) as caught:
            compute_pay(case["model"], case["scenario"])
        assert str(caught.value).startswith(case["error"] + ":"), str(caught.value)
        return
    result = compute_pay(case["model"], case["scenario"])
    expected = case["expected"]
    assert set(result) == set(expected)
    for key in MONEY:
        assert close(result[key], expected[key], 0.01), key
    for key in RATIOS:
        assert close(result[key], expected[key], 1e-9), key
    if expected["attainment"] is None:
        assert result["attainment"] is None
    else:
        assert close(result["attainment"], expected["attainment"], 1e-9)
    assert len(result["deals"]) == len(expected["deals"])
    for got, want in zip(result["deals"], expected["deals"], strict=True):
        for key in ("amount", "basis", "commission"):
            assert close(got[key], want[key], 0.01), key
        assert close(got["rate"], want["rate"], 1e-9)
    assert result["warnings"] == expected["warnings"]
    assert result["variable"] >= 0 and result["total"] >= result["base"] >= 0
