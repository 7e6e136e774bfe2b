"""Occupation codes in the role data: an SSYK 2012 code has four digits and an ESCO occupation
is its URI; a wrong one gets a one-line error naming file, line and field."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import copy_fixture_data, edit, issue_for, line_of
from rollguiden.reading.load import load_catalog


@pytest.fixture
def role(tmp_path: Path) -> Path:
    """The fixture's kundansvarig, with SSYK 3322 and an ESCO occupation."""
    return copy_fixture_data(tmp_path) / "roles" / "kundansvarig.yml"


@pytest.mark.parametrize("code", ['"332"', '"33220"', '"33a2"', "0110"])
def test_an_ssyk_code_has_four_digits(role: Path, code: str) -> None:
    edit(role, '    code: "3322"\n', f"    code: {code}\n")
    issue = issue_for(role.parents[1], "occupation_codes.ssyk.code")
    assert issue.line == line_of(role, f"code: {code}")
    assert issue.message.startswith("ska vara en yrkeskod med fyra siffror, till exempel 3322")
    assert issue.file.endswith("kundansvarig.yml")


def test_a_code_written_without_quotes_is_the_same_code(role: Path) -> None:
    edit(role, '    code: "3322"\n', "    code: 3322\n")
    codes = load_catalog(role.parents[1]).role("kundansvarig").occupation_codes
    assert codes.ssyk.code == "3322"


@pytest.mark.parametrize(
    "uri",
    [
        "https://esco.ec.europa.eu/en/classification/occupation?uri=x",
        "http://data.europa.eu/esco/skill/2eac08c2-a81a-46fc-8d75-eb0e0f3e0f6d",
        "http://data.europa.eu/esco/occupation/2eac08c2",
    ],
)
def test_an_esco_occupation_is_its_uri(role: Path, uri: str) -> None:
    edit(
        role,
        "    uri: http://data.europa.eu/esco/occupation/2eac08c2-a81a-46fc-8d75-eb0e0f3e0f6d\n",
        f"    uri: {uri}\n",
    )
    issue = issue_for(role.parents[1], "occupation_codes.esco.uri")
    assert issue.message.startswith("ska vara ett ESCO-yrkes adress")


def test_a_code_needs_its_source(role: Path) -> None:
    edit(role, "    source: Testets egen uppgift, som om en källa visade koden för rollen.\n", "")
    issue_for(role.parents[1], "occupation_codes.ssyk.source")
