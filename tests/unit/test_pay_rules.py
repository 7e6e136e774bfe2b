"""The organisation's rules of a year's pay (pay_rules in organisation.yml): read with their
sources, handed to the engines as they are written, and every mistake named by line."""

from __future__ import annotations

from pathlib import Path

from helpers import copy_fixture_data, edit, issue_for, line_of
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.load import load_catalog


def test_the_rules_reach_the_engines_as_written(fixture_catalog: Catalog) -> None:
    rules = fixture_catalog.organisation.pay_rules
    assert rules is not None
    # "12 %" in the file is the share 0.12; the open band has no upper limit
    assert rules.engine_rules() == {
        "holiday_pay_rate": 0.12,
        "employer_contribution_rate": 0.3,
        "pension": [{"up_to": 50000, "rate": 0.05}, {"up_to": None, "rate": 0.3}],
    }
    assert rules.pension.example and not rules.holiday_pay.example
    assert rules.employer_contributions.source == "Testvärde, inte den verkliga avgiften."


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
    edit(data / "organisation.yml", "    source: Testvärde – procentregeln.\n", "")
    issue = issue_for(data, "pay_rules.holiday_pay.source")
    assert issue.message == "fältet saknas men är obligatoriskt"


def test_an_organisation_without_rules_is_valid(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    text = (data / "organisation.yml").read_text("utf-8")
    (data / "organisation.yml").write_text(text[: text.index("\n# The tests' own rules")] + "\n")
    assert load_catalog(data).organisation.pay_rules is None
