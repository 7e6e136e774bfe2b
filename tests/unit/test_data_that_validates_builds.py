"""Data that validates must build: amounts a pay plan can mean, text that every output can
hold, files that stay inside the data folder, and YAML tags refused in Swedish.

Each case edits the tests' own organisation the way an editor (or an attacker) could and
checks the one line the editor gets; the expected messages are written from the rules."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers import copy_fixture_data, edit, line_of
from rollguiden.reading.errors import DataError
from rollguiden.reading.load import load_catalog

ROLE = "roles/teamledare.yml"


def problems(data: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_catalog(data)
    return [str(issue) for issue in caught.value.issues]


def only_problem(data: Path) -> str:
    found = problems(data)
    assert len(found) == 1, found
    return found[0]


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return copy_fixture_data(tmp_path)


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        (
            "base_salary: {min: 45000, typical: 50000, max: 60000}",
            "base_salary: {min: 1.0e+308, typical: 1.0e+308, max: 1.0e+308}",
            "pay.base_salary.min",
            "ska vara högst 10 000 000 000, men är 1e+308",
        ),
        (
            "typical_deal: {amount: 100000, margin: 25000}",
            "typical_deal: {amount: 5.0e-324, margin: 0}",
            "pay.typical_deal.amount",
            "ska vara minst 1, men är 5e-324",
        ),
        (
            "monthly_target: 1000000",
            "monthly_target: 1.0e+308",
            "pay.plan.monthly_target",
            "ska vara högst 10 000 000 000, men är 1e+308",
        ),
    ],
)
def test_amounts_beyond_any_pay_plan_are_refused(
    data: Path, old: str, new: str, field: str, message: str
) -> None:
    role = data / ROLE
    edit(role, old, new)
    expected = f"{ROLE}:{line_of(role, new)}: {field}: {message}"
    assert any(problem.endswith(expected) for problem in problems(data))


def test_a_typical_deal_too_small_for_the_plan_is_refused(data: Path) -> None:
    # a plan of 1 000 000 a month in deals of 10 would be 100 000 rows on the role page and
    # in the calculator; 250 is the most that fit, so the deal must be at least 4 000
    role = data / ROLE
    edit(
        role,
        "typical_deal: {amount: 100000, margin: 25000}",
        "typical_deal: {amount: 10, margin: 2}",
    )
    assert only_problem(data).endswith(
        f"{ROLE}:{line_of(role, 'pay:')}: pay: typical_deal.amount: att nå planen "
        "(1\u00a0000\u00a0000) en månad kräver 100\u00a0000 typiska affärer, men "
        "exempelmånaderna rymmer högst 250 – ange en typisk affär på minst 4\u00a0000"
    )


@pytest.mark.parametrize(
    ("old", "new", "field", "message"),
    [
        (
            "text: Leder och coachar teamet.",
            'text: "Leder och coachar\\uFFFE teamet."',
            "duties[1].text",
            "innehåller U+FFFE (osynligt: inget tecken utan ett reserverat kodvärde) efter "
            '"Leder och coachar" – ta bort det',
        ),
        (
            "title: Teamledare",
            'title: Teamledare\nabbreviation: "\\0TL"',
            "abbreviation",
            "innehåller U+0000 (ett osynligt styrtecken) i början av texten – ta bort det",
        ),
        (
            "focus: Att leda teamet så att det når sin plan.",
            'focus: "Att leda teamet \\u202Enalp nis"',
            "focus",
            "innehåller U+202E (osynligt: ett tecken som vänder läsriktningen) efter "
            '"Att leda teamet" – ta bort det',
        ),
        (
            "focus: Att leda teamet så att det når sin plan.",
            'focus: "Att leda \\x85teamet"',
            "focus",
            'innehåller U+0085 (ett osynligt styrtecken) efter "Att leda" – ta bort det',
        ),
        (
            "focus: Att leda teamet så att det når sin plan.",
            'focus: "Att leda \\uD800teamet"',
            "YAML-syntaxfel (kolumn 20)",
            "en \\u-kod mellan citattecken anger ett tecken som inte finns – ta bort den",
        ),
    ],
)
def test_characters_no_output_can_hold_are_refused(
    data: Path, old: str, new: str, field: str, message: str
) -> None:
    role = data / ROLE
    edit(role, old, new)
    line = line_of(role, new.splitlines()[-1])
    assert only_problem(data).endswith(f"{ROLE}:{line}: {field}: {message}")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("!!python/object/apply:os.system [echo hej]", "taggen '!!python/object/apply:os.system'"),
        ("!!python/name:os.system", "taggen '!!python/name:os.system'"),
        ("!!binary aGVq", "taggen '!!binary'"),
        ("!lokal Teamledare", "taggen '!lokal'"),
    ],
)
def test_yaml_tags_are_refused_in_one_swedish_line(data: Path, value: str, message: str) -> None:
    role = data / ROLE
    edit(role, "focus: Att leda teamet så att det når sin plan.", f"focus: {value}")
    # one line, and no second one claiming the field is empty
    assert only_problem(data).endswith(
        f"{ROLE}:3: focus: {message} stöds inte – ta bort den och skriv värdet utan tagg"
    )


def test_a_date_that_does_not_exist_is_named(data: Path) -> None:
    role = data / ROLE
    edit(role, 'version: "1.0"', 'version: "1.0"\n  effective_date: 2026-13-45')
    line = line_of(role, "effective_date")
    assert only_problem(data).endswith(
        f"{ROLE}:{line}: document.effective_date: datumet 2026-13-45 finns inte – skriv ett "
        "giltigt datum i formen ÅÅÅÅ-MM-DD"
    )


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_role_file_linked_from_outside_the_data_folder_is_refused(
    data: Path, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere.yml"
    outside.write_text((data / ROLE).read_text("utf-8").replace("Teamledare", "Länkad"), "utf-8")
    (data / "roles" / "lankad.yml").symlink_to(outside)
    (data / "roles" / "inuti.yml").symlink_to(data / ROLE)  # a link within the folder is fine
    edit(data / "roles" / "teamledare.yml", "title: Teamledare", "title: Teamledare")
    found = problems(data)
    assert [line for line in found if "lankad.yml" in line] == [
        f"{data / 'roles' / 'lankad.yml'}: filen är en länk till en plats utanför datamappen "
        "– lägg själva filen i datamappen i stället"
    ]
    assert not [line for line in found if "inuti.yml" in line and "länk" in line]


def test_a_lone_surrogate_is_named_when_a_parser_lets_one_through(data: Path) -> None:
    # libyaml refuses "\uD800" itself (above); a value built another way still gets a line
    from pydantic import ValidationError

    from rollguiden.model import Glossary
    from rollguiden.reading.messages import describe

    with pytest.raises(ValidationError) as caught:
        Glossary.model_validate({"terms": [{"term": "KPI", "expansion": "Nyckel\ud800tal"}]})
    (detail,) = caught.value.errors()
    assert describe(detail, Glossary) == (
        "innehåller ett trasigt tecken (en ensam kod mellan \\uD800 och \\uDFFF) – ta bort det"
    )
