"""The pay model in the role data: every rule gives a clear error naming file, line and
field; the engine refuses the same models with a ValueError naming the field."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import copy_fixture_data, edit, issue_for, line_of
from rollguiden.engines.pay import compute_pay
from rollguiden.reading.load import load_catalog


@pytest.fixture
def role(tmp_path: Path) -> Path:
    """The fixture's kundansvarig, whose pay model has three bands, a plan and no cap."""
    return copy_fixture_data(tmp_path) / "roles" / "kundansvarig.yml"


def test_a_rate_written_as_a_bare_percentage_is_explained(role: Path) -> None:
    # 10 meant as 10 %: a rate is a share, written 0.10 or '10 %'
    edit(role, "        rate: 0.10\n", "        rate: 10\n")
    issue = issue_for(role.parents[1], "pay.commission.bands[1].rate")
    assert issue.line == line_of(role, "rate: 10")
    assert (
        issue.message == "är en andel mellan 0 och 1, men är 10 – skriv 10 % som 0.1 eller '10 %'"
    )


def test_a_rate_with_a_decimal_comma_is_explained(role: Path) -> None:
    edit(role, "        rate: 0.10\n", "        rate: 0,10\n")
    issue = issue_for(role.parents[1], "pay.commission.bands[1].rate")
    assert (
        issue.message == 'ska vara ett tal, men är texten "0,10" – skriv decimaler med punkt: 0.10'
    )


def test_a_decimal_comma_inside_braces_is_explained(role: Path) -> None:
    # flow style, as people copy it: YAML splits {up_to: 100000, rate: 0,04} at the comma
    # into "rate: 0" and a field named "04", which alone reads as a misspelt field
    edit(
        role,
        "      - up_to: 100000\n        rate: 0.10\n",
        "      - {up_to: 100000, rate: 0,04}\n",
    )
    issue = issue_for(role.parents[1], "pay.commission.bands[1].04")
    assert issue.line == line_of(role, "rate: 0,04")
    assert issue.message == (
        "okänt fält '04' – det ser ut som decimalerna i ett tal skrivet med decimalkomma inom "
        "{…}: skriv decimaler med punkt (0.04, inte 0,04) eller skriv raden utan klamrar"
    )


def test_rates_may_be_written_as_percentages(role: Path) -> None:
    edit(role, "        rate: 0.10\n", "        rate: 10 %\n")
    edit(role, "        rate: 0.15\n", "        rate: '12,5 %'\n")
    edit(role, "    below_plan: proportional\n", "    below_plan: threshold\n    threshold: 80 %\n")
    pay = load_catalog(role.parents[1]).role("kundansvarig").pay
    assert [band.rate for band in pay.commission.bands] == [0.10, 0.125, 0.05]
    assert pay.plan.threshold == 0.8


def test_bands_must_ascend(role: Path) -> None:
    edit(role, "      - up_to: 500000\n", "      - up_to: 40000\n")
    issue = issue_for(role.parents[1], "pay.commission")
    assert issue.line == line_of(role, "  commission:")
    assert issue.message == "bands[2].up_to ska vara större än bands[1].up_to"


def test_exactly_one_open_band_and_it_is_last(role: Path) -> None:
    edit(role, "      - rate: 0.05\n", "")
    issue = issue_for(role.parents[1], "pay.commission")
    assert "exakt ett band ska sakna up_to" in issue.message


def test_base_salary_in_order(role: Path) -> None:
    edit(
        role, "{min: 35000, typical: 40000, max: 50000}", "{min: 45000, typical: 40000, max: 50000}"
    )
    issue = issue_for(role.parents[1], "pay.base_salary")
    assert issue.message == "ska uppfylla min ≤ typical ≤ max"


def test_threshold_only_with_its_rule(role: Path) -> None:
    edit(
        role, "    below_plan: proportional\n", "    below_plan: proportional\n    threshold: 0.8\n"
    )
    issue = issue_for(role.parents[1], "pay.plan")
    assert issue.message == "threshold används bara när below_plan är threshold"


def test_monthly_target_must_be_positive(role: Path) -> None:
    edit(role, "monthly_target: 400000", "monthly_target: 0")
    assert (
        issue_for(role.parents[1], "pay.plan.monthly_target").message
        == "ska vara större än 0, men är 0"
    )


def test_negative_cap(role: Path) -> None:
    edit(role, "    band_mode: per_deal\n", "    band_mode: per_deal\n    cap: -1\n")
    assert issue_for(role.parents[1], "pay.commission.cap").message == "ska vara minst 0, men är -1"


def test_currency_code(role: Path) -> None:
    edit(role, "pay:\n", "pay:\n  currency: kronor\n")
    issue = issue_for(role.parents[1], "pay.currency")
    assert "valutakod" in issue.message


def test_rate_written_as_other_text_is_refused(role: Path) -> None:
    edit(role, "        rate: 0.10\n", "        rate: tio procent\n")
    assert issue_for(role.parents[1], "pay.commission.bands[1].rate").message.startswith(
        "ska vara ett tal"
    )


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
