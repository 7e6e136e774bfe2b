"""The pay model in the role data: every rule gives a clear error naming file, line and
field; the engine refuses the same models with a ValueError naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import copy_data, edit
from rollguiden.errors import DataError, format_path
from rollguiden.load import load_catalog
from rollguiden.pay import compute_pay


@pytest.fixture
def kam(tmp_path: Path) -> Path:
    return copy_data(tmp_path) / "roles" / "key-account-manager.yml"


def issue_for(kam: Path, field: str):
    with pytest.raises(DataError) as caught:
        load_catalog(kam.parents[1])
    matches = [issue for issue in caught.value.issues if format_path(issue.path) == field]
    assert matches, [str(issue) for issue in caught.value.issues]
    return matches[0]


def line_of(path: Path, text: str) -> int:
    lines = path.read_text("utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


def test_rate_above_one(kam: Path) -> None:
    edit(kam, "{up_to: 50000, rate: 0.10}", "{up_to: 50000, rate: 10}")
    issue = issue_for(kam, "pay.commission.bands[1].rate")
    assert issue.line == line_of(kam, "rate: 10}")
    assert issue.message == "ska vara högst 1, men är 10"


def test_bands_must_ascend(kam: Path) -> None:
    edit(kam, "{up_to: 500000, rate: 0.15}", "{up_to: 40000, rate: 0.15}")
    issue = issue_for(kam, "pay.commission")
    assert issue.line == line_of(kam, "  commission:")
    assert issue.message == "bands[2].up_to ska vara större än bands[1].up_to"


def test_exactly_one_open_band_and_it_is_last(kam: Path) -> None:
    edit(kam, "      - {rate: 0.05}\n", "")
    issue = issue_for(kam, "pay.commission")
    assert "exakt ett band ska sakna up_to" in issue.message


def test_base_salary_in_order(kam: Path) -> None:
    edit(
        kam, "{min: 32000, typical: 38000, max: 45000}", "{min: 40000, typical: 38000, max: 45000}"
    )
    issue = issue_for(kam, "pay.base_salary")
    assert issue.message == "ska uppfylla min ≤ typical ≤ max"


def test_threshold_only_with_its_rule(kam: Path) -> None:
    edit(kam, "    threshold: null\n", "    threshold: 0.8\n")
    issue = issue_for(kam, "pay.plan")
    assert issue.message == "threshold används bara när below_plan är threshold"


def test_monthly_target_must_be_positive(kam: Path) -> None:
    edit(kam, "monthly_target: 300000", "monthly_target: 0")
    assert issue_for(kam, "pay.plan.monthly_target").message == "ska vara större än 0, men är 0"


def test_negative_cap(kam: Path) -> None:
    edit(kam, "    cap: null\n", "    cap: -1\n")
    assert issue_for(kam, "pay.commission.cap").message == "ska vara minst 0, men är -1"


def test_currency_code(kam: Path) -> None:
    edit(kam, "  currency: SEK", "  currency: kronor")
    issue = issue_for(kam, "pay.currency")
    assert "valutakod" in issue.message


def test_rate_written_as_text_is_refused(kam: Path) -> None:
    edit(kam, "{up_to: 50000, rate: 0.10}", "{up_to: 50000, rate: '10 %'}")
    assert issue_for(kam, "pay.commission.bands[1].rate").message.startswith("ska vara ett tal")


def test_engine_names_the_field() -> None:
    model = {
        "base_salary": {"min": 1, "typical": 1, "max": 1},
        "commission": {"basis": "revenue", "band_mode": "per_deal", "bands": [{"rate": 0.1}]},
    }
    with pytest.raises(ValueError, match=r"^deals\[2\]\.amount: får inte vara negativt$"):
        compute_pay(model, {"deals": [{"amount": 5}, {"amount": -5}]})
    with pytest.raises(ValueError, match=r"^commission\.band_mode: "):
        compute_pay(
            {**model, "commission": {**model["commission"], "band_mode": "x"}}, {"deals": []}
        )
