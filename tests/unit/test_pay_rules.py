"""The organisation's rules of a year's pay (pay_rules in organisation.yml): read with their
sources, handed to the engines as they are written, and every mistake named by line."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import copy_fixture_data, edit, issue_for, line_of
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.errors import DataError
from rollguiden.reading.load import load_catalog


def test_the_rules_reach_the_engines_as_written(fixture_catalog: Catalog) -> None:
    rules = fixture_catalog.organisation.pay_rules
    assert rules is not None
    # "12 %", "0,43 %" and "4,6 %" in the file are shares; the open band has no upper limit
    assert rules.engine_rules() == {
        "holiday_pay": {
            "rate": 0.12,
            "days": 25,
            "supplement_per_day": 0.0043,
            "deduction_per_day": 0.046,
            "threshold": 0.1,
        },
        "pension_tax_rate": 0.25,
        "employer_contribution_rate": 0.3,
        "pension": [{"up_to": 50000, "rate": 0.05}, {"up_to": None, "rate": 0.3}],
    }
    assert rules.pension.example and not rules.holiday_pay.example
    assert rules.employer_contributions.source == "Testvärde, inte den verkliga avgiften."
    assert rules.pension_tax.source == "Testvärde, inte den verkliga skatten."


def test_a_file_in_the_old_shape_gets_one_line_saying_what_to_write(tmp_path: Path) -> None:
    # before the two holiday rules: holiday_pay held a rate alone, and no pension_tax
    data = copy_fixture_data(tmp_path)
    organisation = data / "organisation.yml"
    edit(
        organisation,
        "    days: 25\n    supplement_per_day: 0,43 %\n    deduction_per_day: 4,6 %\n"
        "    threshold: 10 %\n",
        "",
    )
    edit(organisation, "  pension_tax:\n    rate: 25 %\n    year: 2026\n"
         "    source: Testvärde, inte den verkliga skatten.\n", "")  # fmt: skip
    with pytest.raises(DataError) as caught:
        load_catalog(data)
    issues = caught.value.issues
    assert len(issues) == 1
    assert issues[0].line == line_of(organisation, "pay_rules:")
    message = issues[0].message
    assert "days: 25" in message and "deduction_per_day: 0.046" in message
    assert "pension_tax" in message and "\n" not in message


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        ("days: 25", "days: 24", "days", "ska vara minst 25, men är 24"),
        ("deduction_per_day: 4,6 %", "deduction_per_day: -0.046", "deduction_per_day",
         "ska vara minst 0, men är -0.046"),
        ("threshold: 10 %", "threshold: 10", "threshold", "är en andel mellan 0 och 1"),
        ("supplement_per_day: 0,43 %", "supplement_per_day: 0,0043", "supplement_per_day",
         "skriv decimaler med punkt: 0.0043"),
        # 0.43 meant as 0,43 %: the message says how to write it
        ("supplement_per_day: 0,43 %", "supplement_per_day: 0.43", "supplement_per_day",
         "högst 0.1, men är 0.43 – skriv 0.43 % som 0.0043 eller '0.43 %'"),
    ],
)  # fmt: skip
def test_a_holiday_rule_out_of_range_is_named_with_its_line(
    tmp_path: Path, old: str, new: str, field: str, message: str
) -> None:
    data = copy_fixture_data(tmp_path)
    organisation = data / "organisation.yml"
    edit(organisation, old, new)
    issue = issue_for(data, f"pay_rules.holiday_pay.{field}")
    assert issue.line == line_of(organisation, new)
    assert message in issue.message


def test_the_pension_tax_is_required(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    edit(data / "organisation.yml", "  pension_tax:\n    rate: 25 %\n    year: 2026\n"
         "    source: Testvärde, inte den verkliga skatten.\n", "")  # fmt: skip
    issue = issue_for(data, "pay_rules.pension_tax")
    assert issue.message == "fältet saknas men är obligatoriskt"


def test_a_rate_above_100_percent_is_named_with_its_line(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    organisation = data / "organisation.yml"
    edit(organisation, "rate: 12 %", "rate: 112 %")
    issue = issue_for(data, "pay_rules.holiday_pay.rate")
    assert issue.line == line_of(organisation, "rate: 112 %")


def test_pension_bands_need_one_open_band_last(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    edit(
        data / "organisation.yml",
        "      - rate: 0.3\n",
        "      - up_to: 90000\n        rate: 0.3\n",
    )
    issue = issue_for(data, "pay_rules.pension")
    assert issue.message.startswith("bands: exakt ett band ska sakna up_to")


def test_a_rule_without_its_source_is_refused(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    edit(data / "organisation.yml", "    source: Testvärde – semesterlagens två regler.\n", "")
    issue = issue_for(data, "pay_rules.holiday_pay.source")
    assert issue.message == "fältet saknas men är obligatoriskt"


def test_an_organisation_without_rules_is_valid(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    text = (data / "organisation.yml").read_text("utf-8")
    (data / "organisation.yml").write_text(text[: text.index("\n# The tests' own rules")] + "\n")
    assert load_catalog(data).organisation.pay_rules is None
