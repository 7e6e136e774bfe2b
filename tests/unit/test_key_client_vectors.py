"""The shared key-client vectors against the Python engine (tests/js/keyclients.test.mjs runs
them against keyclients.js; test_pay_js.py runs that from pytest)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from rollguiden.engines.key_clients import analyse_clients

VECTORS = json.loads(
    (Path(__file__).resolve().parents[1] / "vectors" / "key_clients.json").read_text("utf-8")
)["cases"]
SHARES = ("income_share", "profit_share", "cumulative_share")
TOTALS = (
    "key_income_share", "key_profit_share", "hhi", "top_share", "total_income", "total_profit",
)  # fmt: skip


def same(actual: float | None, expected: float | None) -> bool:
    """Equal within 1e-9 of the larger (an HHI is in the thousands), or both none."""
    if expected is None or actual is None:
        return actual is expected
    return math.isfinite(actual) and abs(actual - expected) <= 1e-9 * max(1.0, abs(expected))


def rows_of(case: dict) -> list[dict]:
    """The case's rows; a generated case's by its rule: "Kund i" brings i kr."""
    if "generate" in case:
        return [{"name": f"Kund {i}", "income": i} for i in range(1, case["generate"]["count"] + 1)]
    return case["rows"]


def assert_client(got: dict, want: dict) -> None:
    assert set(got) == set(want)
    assert (got["name"], got["income"], got["class"], got["key"]) == (
        want["name"], want["income"], want["class"], want["key"],
    )  # fmt: skip
    assert same(got["profit"], want["profit"])
    for key in SHARES:
        assert same(got[key], want[key]), (want["name"], key, got[key], want[key])


def assert_warnings(got: list[dict], want: list[dict]) -> None:
    assert [warning["code"] for warning in got] == [warning["code"] for warning in want]
    for got_one, want_one in zip(got, want, strict=True):
        assert set(got_one) == set(want_one)
        assert got_one.get("name") == want_one.get("name")
        assert got_one.get("measure") == want_one.get("measure")
        assert same(got_one.get("share"), want_one.get("share"))


def test_there_are_enough_vectors() -> None:
    assert len([case for case in VECTORS if "error" not in case]) >= 15
    assert len([case for case in VECTORS if "error" in case]) >= 10
    assert len(VECTORS) >= 25


@pytest.mark.parametrize("case", VECTORS, ids=[case["name"] for case in VECTORS])
def test_vector(case: dict) -> None:
    if "error" in case:
        with pytest.raises(ValueError) as caught:
            analyse_clients(case["rows"], case.get("options"))
        assert str(caught.value).startswith(case["error"] + ":"), str(caught.value)
        return
    result = analyse_clients(rows_of(case), case.get("options"))
    want = case.get("expected") or case["expected_summary"]
    assert (result["measure"], result["key_count"]) == (want["measure"], want["key_count"])
    for key in TOTALS:
        assert same(result[key], want[key]), key
    assert_warnings(result["warnings"], want["warnings"])
    if "expected" in case:
        assert len(result["clients"]) == len(want["clients"])
        for got, expected in zip(result["clients"], want["clients"], strict=True):
            assert_client(got, expected)
        return
    counts = {grade: 0 for grade in "ABC"}
    for client in result["clients"]:
        counts[client["class"]] += 1
    assert counts == want["class_counts"]
    for position, expected in want["clients_at"].items():
        assert_client(result["clients"][int(position) - 1], expected)


def test_the_options_default_to_the_sources_figures() -> None:
    rows = [{"name": "A", "income": 10}, {"name": "B", "income": 90}]
    assert analyse_clients(rows) == analyse_clients(
        rows, {"key_income_share": 0.10, "abc": [0.8, 0.95]}
    )
