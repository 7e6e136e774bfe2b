"""Loading a data folder: one case per bad input, each edited into a copy of the tests' own
organisation, asserting that the one-line message names the file, the line and the field,
and that every problem of a build is reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import FIXTURE_DATA_DIR, copy_fixture_data, edit, line_of
from rollguiden.reading.errors import DataError, Issue, format_path
from rollguiden.reading.load import load_catalog


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return copy_fixture_data(tmp_path)


@pytest.fixture
def role(data: Path) -> Path:
    """The fixture's fullest role, kundansvarig."""
    return data / "roles" / "kundansvarig.yml"


def load_issues(data: Path) -> list[Issue]:
    with pytest.raises(DataError) as caught:
        load_catalog(data)
    return list(caught.value.issues)


def find(issues: list[Issue], path: Path, field: str) -> Issue:
    matches = [
        issue
        for issue in issues
        if issue.file.endswith(path.relative_to(path.parents[1]).as_posix())
        and format_path(issue.path) == field
    ]
    assert matches, f"no issue for {field} in {path.name}: {[str(i) for i in issues]}"
    return matches[0]


def test_the_tests_own_organisation_loads() -> None:
    catalog = load_catalog(FIXTURE_DATA_DIR)
    assert [role.id for role in catalog.roles] == [
        "innesaljare",
        "kundansvarig",
        "kundradgivare",
        "teamledare",
    ]
    assert catalog.role("kundansvarig").abbreviation == "KA"


def test_one_line_message_names_file_line_field(role: Path, data: Path) -> None:
    edit(role, "min_years: 2", "min_years: -3")
    issue = find(load_issues(data), role, "requirements.experience.min_years")
    assert issue.line == line_of(role, "min_years: -3")
    text = str(issue)
    assert "\n" not in text
    assert text.startswith(f"{issue.file}:{issue.line}: requirements.experience.min_years: ")
    assert text.endswith("ska vara minst 0, men är -3")


def test_absurd_years_of_experience(role: Path, data: Path) -> None:
    edit(role, "min_years: 2", "min_years: 200")
    issue = find(load_issues(data), role, "requirements.experience.min_years")
    assert "högst 40" in issue.message


def test_years_must_be_a_whole_number(role: Path, data: Path) -> None:
    edit(role, "min_years: 2", "min_years: två")
    issue = find(load_issues(data), role, "requirements.experience.min_years")
    assert issue.message == 'ska vara ett heltal, men är texten "två"'


def test_missing_required_field(role: Path, data: Path) -> None:
    edit(role, "    field: försäljning\n", "")
    issue = find(load_issues(data), role, "requirements.experience.field")
    assert issue.line == line_of(role, "  experience:")  # where the field belongs
    assert "saknas" in issue.message


def test_unknown_field_suggests_the_right_name(role: Path, data: Path) -> None:
    edit(role, "\nsummary: >-", "\nsumary: >-")
    issues = load_issues(data)
    typo = find(issues, role, "sumary")
    assert typo.line == line_of(role, "sumary:")
    assert typo.message == "okänt fält – menade du 'summary'?"
    assert "saknas" in find(issues, role, "summary").message


def test_wrong_type(role: Path, data: Path) -> None:
    edit(role, "title: Kundansvarig", "title: 2024")
    issue = find(load_issues(data), role, "title")
    assert issue.line == line_of(role, "title: 2024")
    assert "ska vara text, men är talet 2024" in issue.message
    assert "citattecken" in issue.message


def test_list_where_a_mapping_belongs(role: Path, data: Path) -> None:
    edit(role, "income_share_each: {min: 10, max: 20}", "income_share_each: [10, 20]")
    issue = find(load_issues(data), role, "key_clients.income_share_each")
    assert issue.line == line_of(role, "income_share_each: [10, 20]")
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


def test_yaml_syntax_error(role: Path, data: Path) -> None:
    edit(role, "title: Kundansvarig", "title: Kund: ansvarig")
    issues = load_issues(data)
    issue = next(i for i in issues if i.file.endswith("kundansvarig.yml"))
    assert issue.line == line_of(role, "title: Kund: ansvarig")
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


def test_duplicate_role_id(data: Path, role: Path) -> None:
    twin = data / "roles" / "kundansvarig.yaml"
    twin.write_text(role.read_text("utf-8"), "utf-8")
    duplicates = [i for i in load_issues(data) if "finns redan i" in i.message]
    assert len(duplicates) == 1
    # one of the two files is reported, naming the other one
    named = {Path(duplicates[0].file).name, duplicates[0].message.split("finns redan i ")[1][:17]}
    assert named == {"kundansvarig.yml", "kundansvarig.yaml"}
    assert "rollen 'kundansvarig'" in duplicates[0].message


def test_duplicate_title(data: Path, role: Path) -> None:
    twin = data / "roles" / "kundansvarig2.yml"  # sorts after the original
    twin.write_text(role.read_text("utf-8"), "utf-8")
    issue = find(load_issues(data), twin, "title")
    assert issue.line == line_of(twin, "title: Kundansvarig")
    assert "används redan av rollen 'kundansvarig'" in issue.message


def test_file_name_that_cannot_be_an_id(data: Path, role: Path) -> None:
    (data / "roles" / "Kund Ansvarig.yml").write_text(role.read_text("utf-8"), "utf-8")
    issue = next(i for i in load_issues(data) if i.file.endswith("roles/Kund Ansvarig.yml"))
    assert "filnamnet blir rollens id" in issue.message


def test_duplicate_duty_number(role: Path, data: Path) -> None:
    edit(role, "  - number: 5\n", "  - number: 4\n")
    issue = find(load_issues(data), role, "duties[5].number")
    assert issue.line == line_of(role, "  - number: 4", occurrence=2)
    assert issue.message == "nummer 4 (2.4) står redan på duties[4]"


def test_duty_numbers_out_of_order(role: Path, data: Path) -> None:
    edit(role, "  - number: 2\n", "  - number: 24\n")
    issue = find(load_issues(data), role, "duties[3].number")
    assert "kommer efter 24" in issue.message


def test_unknown_skill_suggests_a_known_one(role: Path, data: Path) -> None:
    edit(role, "skills: [forhandling,", "skills: [forhandlingar,")
    issue = find(load_issues(data), role, "requirements.skills[1]")
    assert issue.line == line_of(role, "skills: [forhandlingar,")
    assert issue.message == "okänd färdighet 'forhandlingar' – menade du 'forhandling'?"


def test_unknown_duty_area(role: Path, data: Path) -> None:
    edit(role, "    area: rapportering\n", "    area: xyz\n")
    issue = find(load_issues(data), role, "duties[6].area")
    assert issue.line == line_of(role, "area: xyz")
    assert (
        issue.message == "okänt ansvarsområde 'xyz' – finns inte i vocabulary.yml under duty_areas"
    )


def test_unknown_reports_to_role(role: Path, data: Path) -> None:
    edit(role, "reports_to_role: teamledare", "reports_to_role: teamledar")
    issue = find(load_issues(data), role, "reporting.reports_to_role")
    assert issue.message == "okänd roll 'teamledar' – menade du 'teamledare'?"


def test_unknown_department_and_quality(role: Path, data: Path) -> None:
    edit(role, "department: salj", "department: forsaljning")
    edit(role, "lyhord, analytisk,", "lyhord, analytiskk,")
    issues = load_issues(data)
    assert find(issues, role, "department").message.startswith("okänd avdelning 'forsaljning'")
    assert find(issues, role, "requirements.qualities[3]").message == (
        "okänd egenskap 'analytiskk' – menade du 'analytisk'?"
    )


def test_reporting_cycle(data: Path) -> None:
    # innesäljare → kundansvarig → teamledare, and now teamledare → innesäljare
    boss = data / "roles" / "teamledare.yml"
    edit(
        boss,
        "  reports_to: verkställande",
        "  reports_to_role: innesaljare\n  reports_to: verkställande",
    )
    issues = load_issues(data)
    issue = find(issues, boss, "reporting.reports_to_role")
    assert "rapportvägen går i cirkel" in issue.message


def test_duplicate_vocabulary_id(data: Path) -> None:
    vocabulary = data / "vocabulary.yml"
    edit(vocabulary, "  - id: lyhord\n", "  - id: driven\n")
    issue = find(load_issues(data), vocabulary, "qualities[2].id")
    assert issue.message == "'driven' står redan på plats 1"


def test_every_problem_of_a_build_is_reported_together(role: Path, data: Path) -> None:
    edit(role, "\nsummary: >-", "\nsumary: >-")  # model error
    edit(role, "skills: [forhandling,", "skills: [forhandlingar,")  # reference error, same file
    (data / "roles" / "tom.yml").write_text("", "utf-8")  # another file
    edit(data / "organisation.yml", "currency: SEK", "currency: kronor")  # a third file
    issues = load_issues(data)
    fields = {(Path(i.file).name, format_path(i.path)) for i in issues}
    assert ("kundansvarig.yml", "sumary") in fields
    assert ("kundansvarig.yml", "requirements.skills[1]") in fields
    assert ("organisation.yml", "currency") in fields
    assert any(i.file.endswith("tom.yml") for i in issues)


def test_approved_document_needs_an_effective_date(data: Path) -> None:
    on_review = data / "roles" / "innesaljare.yml"
    edit(on_review, "  status: review", "  status: approved")
    issue = find(load_issues(data), on_review, "document")
    assert "effective_date" in issue.message


def test_status_must_be_one_of_the_three(data: Path) -> None:
    on_review = data / "roles" / "innesaljare.yml"
    edit(on_review, "  status: review", "  status: klar")
    issue = find(load_issues(data), on_review, "document.status")
    assert (
        issue.message
        == "ska vara ett av 'draft', 'review' eller 'approved', men är texten \"klar\""
    )
