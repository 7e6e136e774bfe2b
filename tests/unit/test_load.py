"""Loading data/: one fixture per bad-input case, each asserting that the one-line message
names the file, the line and the field, and that every problem of a build is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import ROLE_IDS, copy_data, edit
from rollguiden.errors import DataError, Issue, format_path
from rollguiden.load import load_catalog


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return copy_data(tmp_path)


@pytest.fixture
def kam(data: Path) -> Path:
    return data / "roles" / "key-account-manager.yml"


def load_issues(data: Path) -> list[Issue]:
    with pytest.raises(DataError) as caught:
        load_catalog(data)
    return list(caught.value.issues)


def line_of(path: Path, text: str, occurrence: int = 1) -> int:
    """The 1-based line where `text` occurs (the expected line, read off the file itself)."""
    found = 0
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if text in line:
            found += 1
            if found == occurrence:
                return number
    raise AssertionError(f"{text!r} not in {path}")


def find(issues: list[Issue], path: Path, field: str) -> Issue:
    matches = [
        issue
        for issue in issues
        if issue.file.endswith(path.relative_to(path.parents[1]).as_posix())
        and format_path(issue.path) == field
    ]
    assert matches, f"no issue for {field} in {path.name}: {[str(i) for i in issues]}"
    return matches[0]


def test_the_real_data_loads() -> None:
    catalog = load_catalog(Path(__file__).resolve().parents[2] / "data")
    assert sorted(role.id for role in catalog.roles) == sorted(ROLE_IDS)
    assert catalog.role("key-account-manager").abbreviation == "KAM"


def test_one_line_message_names_file_line_field(kam: Path, data: Path) -> None:
    edit(kam, "min_years: 2", "min_years: -3")
    issue = find(load_issues(data), kam, "requirements.experience.min_years")
    assert issue.line == line_of(kam, "min_years: -3")
    text = str(issue)
    assert "\n" not in text
    assert text.startswith(f"{issue.file}:{issue.line}: requirements.experience.min_years: ")
    assert text.endswith("ska vara minst 0, men är -3")


def test_absurd_years_of_experience(kam: Path, data: Path) -> None:
    edit(kam, "min_years: 2", "min_years: 200")
    issue = find(load_issues(data), kam, "requirements.experience.min_years")
    assert "högst 40" in issue.message


def test_years_must_be_a_whole_number(kam: Path, data: Path) -> None:
    edit(kam, "min_years: 2", "min_years: två")
    issue = find(load_issues(data), kam, "requirements.experience.min_years")
    assert issue.message == 'ska vara ett heltal, men är texten "två"'


def test_missing_required_field(kam: Path, data: Path) -> None:
    edit(kam, "    field: försäljning\n", "")
    issue = find(load_issues(data), kam, "requirements.experience.field")
    assert issue.line == line_of(kam, "  experience:")  # where the field belongs
    assert "saknas" in issue.message


def test_unknown_field_suggests_the_right_name(kam: Path, data: Path) -> None:
    edit(kam, "\nsummary: >-", "\nsumary: >-")
    issues = load_issues(data)
    typo = find(issues, kam, "sumary")
    assert typo.line == line_of(kam, "sumary:")
    assert typo.message == "okänt fält – menade du 'summary'?"
    assert "saknas" in find(issues, kam, "summary").message


def test_wrong_type(kam: Path, data: Path) -> None:
    edit(kam, "title: Key Account Manager", "title: 2024")
    issue = find(load_issues(data), kam, "title")
    assert issue.line == 6 == line_of(kam, "title: 2024")
    assert "ska vara text, men är talet 2024" in issue.message
    assert "citattecken" in issue.message


def test_list_where_a_mapping_belongs(kam: Path, data: Path) -> None:
    edit(kam, "income_share_each: {min: 10, max: 20}", "income_share_each: [10, 20]")
    issue = find(load_issues(data), kam, "key_clients.income_share_each")
    assert issue.line == line_of(kam, "income_share_each: [10, 20]")
    assert "ska vara en mappning (nyckel: värde), men är en lista" in issue.message


def test_file_that_is_a_list(data: Path) -> None:
    path = data / "roles" / "lista.yml"
    path.write_text("- title: a\n- title: b\n", "utf-8")
    issue = next(i for i in load_issues(data) if i.file.endswith("roles/lista.yml"))
    assert issue.line == 1
    assert "ska innehålla en mappning" in issue.message
    assert "en lista" in issue.message


def test_empty_file(data: Path) -> None:
    (data / "roles" / "tom.yml").write_text("", "utf-8")
    issue = next(i for i in load_issues(data) if i.file.endswith("roles/tom.yml"))
    assert str(issue).endswith("roles/tom.yml: filen är tom – den ska innehålla en mappning")


def test_yaml_syntax_error(kam: Path, data: Path) -> None:
    edit(kam, "title: Key Account Manager", "title: Key Account: Manager")
    issues = load_issues(data)
    issue = next(i for i in issues if i.file.endswith("key-account-manager.yml"))
    assert issue.line == line_of(kam, "title: Key Account: Manager")
    assert issue.message.startswith("YAML-syntaxfel")


def test_not_utf8(data: Path) -> None:
    path = data / "roles" / "saljare.yml"
    path.write_bytes("title: Säljare\n".encode("latin-1"))
    issue = next(i for i in load_issues(data) if i.file.endswith("roles/saljare.yml"))
    assert issue.line == 1
    assert "inte UTF-8-kodad" in issue.message


def test_alias_bomb_in_a_role_file(data: Path) -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for name, previous in zip("bcdefgh", "abcdefg", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    (data / "roles" / "bomb.yml").write_text("\n".join(lines) + "\n", "utf-8")
    issue = next(i for i in load_issues(data) if i.file.endswith("roles/bomb.yml"))
    assert "alias" in issue.message


def test_huge_file(data: Path) -> None:
    (data / "roles" / "stor.yml").write_text("title: x\n" + "#" * 1_200_000 + "\n", "utf-8")
    issue = next(i for i in load_issues(data) if i.file.endswith("roles/stor.yml"))
    assert "för stor" in issue.message


def test_duplicate_role_id(data: Path, kam: Path) -> None:
    twin = data / "roles" / "key-account-manager.yaml"
    twin.write_text(kam.read_text("utf-8"), "utf-8")
    duplicates = [i for i in load_issues(data) if "finns redan i" in i.message]
    assert len(duplicates) == 1
    # one of the two files is reported, naming the other one
    named = {Path(duplicates[0].file).name, duplicates[0].message.split("finns redan i ")[1][:24]}
    assert named == {"key-account-manager.yml", "key-account-manager.yaml"}
    assert "rollen 'key-account-manager'" in duplicates[0].message


def test_duplicate_title(data: Path, kam: Path) -> None:
    twin = data / "roles" / "nyckelkund-kam.yml"  # sorts after the original
    twin.write_text(kam.read_text("utf-8"), "utf-8")
    issue = find(load_issues(data), twin, "title")
    assert issue.line == line_of(twin, "title: Key Account Manager")
    assert "används redan av rollen 'key-account-manager'" in issue.message


def test_file_name_that_cannot_be_an_id(data: Path, kam: Path) -> None:
    (data / "roles" / "Key Account.yml").write_text(kam.read_text("utf-8"), "utf-8")
    issue = next(i for i in load_issues(data) if i.file.endswith("roles/Key Account.yml"))
    assert "filnamnet blir rollens id" in issue.message


def test_duplicate_duty_number(kam: Path, data: Path) -> None:
    edit(kam, "  - number: 5\n", "  - number: 4\n")
    issue = find(load_issues(data), kam, "duties[5].number")
    assert issue.line == line_of(kam, "  - number: 4", occurrence=2)
    assert issue.message == "nummer 4 (2.4) står redan på duties[4]"


def test_duty_numbers_out_of_order(kam: Path, data: Path) -> None:
    edit(kam, "  - number: 2\n", "  - number: 24\n")
    issue = find(load_issues(data), kam, "duties[3].number")
    assert "kommer efter 24" in issue.message


def test_unknown_skill_suggests_a_known_one(kam: Path, data: Path) -> None:
    edit(kam, "    - forhandling\n", "    - forhandlingar\n")
    issue = find(load_issues(data), kam, "requirements.skills[4]")
    assert issue.line == line_of(kam, "- forhandlingar")
    assert issue.message == "okänd färdighet 'forhandlingar' – menade du 'forhandling'?"


def test_unknown_duty_area(kam: Path, data: Path) -> None:
    edit(kam, "    area: kompetensutveckling\n", "    area: xyz\n")
    issue = find(load_issues(data), kam, "duties[19].area")
    assert issue.line == line_of(kam, "area: xyz")
    assert (
        issue.message == "okänt ansvarsområde 'xyz' – finns inte i vocabulary.yml under duty_areas"
    )


def test_unknown_reports_to_role(kam: Path, data: Path) -> None:
    edit(kam, "reports_to_role: forsaljningschef", "reports_to_role: saljchef")
    issue = find(load_issues(data), kam, "reporting.reports_to_role")
    assert issue.message == "okänd roll 'saljchef' – menade du 'forsaljningschef'?"


def test_unknown_department_and_quality(kam: Path, data: Path) -> None:
    edit(kam, "department: forsaljning", "department: salj")
    edit(kam, "    - vardad\n", "    - valvardad\n")
    issues = load_issues(data)
    assert find(issues, kam, "department").message.startswith("okänd avdelning 'salj'")
    assert find(issues, kam, "requirements.qualities[9]").message.startswith(
        "okänd egenskap 'valvardad'"
    )


def test_reporting_cycle(data: Path) -> None:
    boss = data / "roles" / "forsaljningschef.yml"
    edit(
        boss,
        "  reports_to: verkställande",
        "  reports_to_role: kundtjanstchef\n  reports_to: verkställande",
    )
    issues = load_issues(data)
    issue = find(issues, boss, "reporting.reports_to_role")
    assert "rapportvägen går i cirkel" in issue.message


def test_duplicate_vocabulary_id(data: Path) -> None:
    vocabulary = data / "vocabulary.yml"
    edit(vocabulary, "  - id: intuitiv\n", "  - id: taktfull\n")
    issue = find(load_issues(data), vocabulary, "qualities[3].id")
    assert issue.message == "'taktfull' står redan på plats 2"


def test_every_problem_of_a_build_is_reported_together(kam: Path, data: Path) -> None:
    edit(kam, "\nsummary: >-", "\nsumary: >-")  # model error
    edit(kam, "    - forhandling\n", "    - forhandlingar\n")  # reference error, same file
    (data / "roles" / "tom.yml").write_text("", "utf-8")  # another file
    edit(data / "organisation.yml", "currency: SEK", "currency: kronor")  # a third file
    issues = load_issues(data)
    fields = {(Path(i.file).name, format_path(i.path)) for i in issues}
    assert ("key-account-manager.yml", "sumary") in fields
    assert ("key-account-manager.yml", "requirements.skills[4]") in fields
    assert ("organisation.yml", "currency") in fields
    assert any(i.file.endswith("tom.yml") for i in issues)


def test_approved_document_needs_an_effective_date(kam: Path, data: Path) -> None:
    edit(kam, "  status: draft", "  status: approved")
    issue = find(load_issues(data), kam, "document")
    assert "effective_date" in issue.message


def test_status_must_be_one_of_the_three(kam: Path, data: Path) -> None:
    edit(kam, "  status: draft", "  status: klar")
    issue = find(load_issues(data), kam, "document.status")
    assert (
        issue.message
        == "ska vara ett av 'draft', 'review' eller 'approved', men är texten \"klar\""
    )
