"""The shared pay vectors against the Python engine (tests/js/pay.test.mjs runs them against
pay.js; test_pay_js.py runs that from pytest)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from rollguiden.engines.pay import compute_pay, compute_year

VECTORS = json.loads(
    (Path(__file__).resolve().parents[1] / "vectors" / "pay.json").read_text("utf-8")
)["cases"]
MONEY = ("base", "gross_variable", "variable", "total", "clawback", "carry_out")
RATIOS = ("factor", "effective_rate")
YEAR_MONEY = ("paid_variable", "guarantee_topup", "recovered", "pension")
TOTALS = (
    "base", "variable", "guarantee_topup", "recovered", "paid_variable", "holiday_deduction",
    "holiday_pay", "gross", "pension", "pension_tax", "employer_contributions", "employer_cost",
)  # fmt: skip


def close(actual: float, expected: float, tolerance: float) -> bool:
    return math.isfinite(actual) and abs(actual - expected) <= tolerance


def test_there_are_enough_vectors() -> None:
    computed = [case for case in VECTORS if "expected" in case]
    assert len(computed) >= 40
    assert len(VECTORS) - len(computed) >= 20  # invalid inputs
    years = [case for case in computed if "year" in case]
    assert len(years) >= 15
    # each holiday rule is worked out on both sides of the threshold
    assert {case["expected"]["totals"]["holiday_rule"] for case in years} == {
        "percentage", "same_salary",
    }  # fmt: skip


def run(case: dict) -> dict:
    if "year" in case:
        return compute_year(case["model"], case["year"])
    return compute_pay(case["model"], case["scenario"])


def assert_month(result: dict, expected: dict) -> None:
    assert set(result) == set(expected)
    for key in MONEY + tuple(key for key in YEAR_MONEY if key in expected):
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
        for key in ("rate", "multiplier"):
            assert close(got[key], want[key], 1e-9), key
        assert got["clawback"] is want["clawback"]
    assert result["warnings"] == expected["warnings"]
    assert result["variable"] >= 0 and result["total"] >= result["base"] >= 0


@pytest.mark.parametrize("case", VECTORS, ids=[case["name"] for case in VECTORS])
def test_vector(case: dict) -> None:
    if "error" in case:
        with pytest.raises(ValueError) as caught:
            run(case)
        assert str(caught.value).startswith(case["error"] + ":"), str(caught.value)
        return
    result = run(case)
    expected = case["expected"]
    if "year" not in case:
        assert_month(result, expected)
        return
    assert set(result) == {"months", "totals"}
    assert len(result["months"]) == len(expected["months"])
    for got, want in zip(result["months"], expected["months"], strict=True):
        assert_month(got, want)
    assert set(result["totals"]) == set(expected["totals"])
    for key in TOTALS:
        assert close(result["totals"][key], expected["totals"][key], 0.01), key
    assert close(result["totals"]["variable_share"], expected["totals"]["variable_share"], 1e-9)
    assert result["totals"]["holiday_rule"] == expected["totals"]["holiday_rule"]
    if expected["totals"]["attainment"] is None:
        assert result["totals"]["attainment"] is None
    else:
        assert close(result["totals"]["attainment"], expected["totals"]["attainment"], 1e-9)
