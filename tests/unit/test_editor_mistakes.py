"""The mistakes HR editors really make, each with the one line they get: written from what
the person did wrong and what they should do instead, not copied from the code's output.

Each case edits a copy of the tests' own organisation; the role is kundrådgivare unless
said otherwise."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import copy_fixture_data, edit, line_of, run_cli
from rollguiden.reading.errors import DataError
from rollguiden.reading.load import load_catalog, read_data

ROLE = "roles/kundradgivare.yml"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    return copy_fixture_data(tmp_path)


def problems(data: Path) -> list[str]:
    with pytest.raises(DataError) as caught:
        load_catalog(data)
    return [str(issue).split(f"{data.name}/", 1)[1] for issue in caught.value.issues]


def test_a_key_indented_too_little_is_told_where_it_belongs(data: Path) -> None:
    # `notes` typed at the top, where it belongs under requirements
    role = data / ROLE
    edit(role, "duties:\n", "notes:\n  - Körkort krävs.\nduties:\n")
    assert problems(data) == [
        f"{ROLE}:{line_of(role, 'notes:')}: notes: står på fel nivå: notes hör hemma under "
        "requirements – dra in raden"
    ]


def test_a_block_indented_too_far_is_told_to_move_out(data: Path) -> None:
    # the experience block typed inside education: one line, not a second one saying that
    # requirements.experience is missing
    role = data / ROLE
    edit(
        role,
        "    level: gymnasium\n  experience:\n    min_years: 0\n    field: kundservice\n"
        "    accepted_fields: [kundservice, forsaljning]\n",
        "    level: gymnasium\n    experience:\n      min_years: 0\n      field: kundservice\n"
        "      accepted_fields: [kundservice, forsaljning]\n",
    )
    assert problems(data) == [
        f"{ROLE}:{line_of(role, '    experience:')}: requirements.education.experience: står "
        "på fel nivå: experience hör hemma under requirements – minska indraget"
    ]


def test_a_department_given_by_its_name_is_told_the_id(data: Path) -> None:
    role = data / ROLE
    edit(role, "department: kund", "department: Kundavdelningen")
    assert problems(data) == [
        f"{ROLE}:{line_of(role, 'department:')}: department: okänd avdelning "
        "'Kundavdelningen' – skriv id:t 'kund', inte namnet"
    ]


def test_a_manager_given_by_title_or_alias_is_told_the_id(data: Path) -> None:
    role = data / "roles" / "innesaljare.yml"
    edit(role, "reports_to_role: kundansvarig", "reports_to_role: Kundchef")  # an alias
    assert problems(data) == [
        f"roles/innesaljare.yml:{line_of(role, 'reports_to_role:')}: reporting.reports_to_role: "
        "okänd roll 'Kundchef' – skriv id:t 'kundansvarig', inte namnet"
    ]


def test_a_skill_typed_as_its_label_is_told_the_id(data: Path) -> None:
    role = data / ROLE
    edit(role, "skills: [kundservice]", "skills: [Kundservice]")
    assert problems(data) == [
        f"{ROLE}:{line_of(role, 'skills:')}: requirements.skills[1]: okänd färdighet "
        "'Kundservice' – skriv id:t 'kundservice', inte namnet"
    ]


def test_an_id_with_swedish_letters_is_told_the_id_to_write(data: Path) -> None:
    # the example in the message is the id the editor meant, not some other kind of id
    vocabulary = data / "vocabulary.yml"
    edit(vocabulary, "  - id: saljteknik\n", "  - id: säljteknik\n")
    assert problems(data)[0] == (
        f"vocabulary.yml:{line_of(vocabulary, 'säljteknik')}: skills[4].id: ska vara ett id med "
        "små bokstäver a–z, siffror och bindestreck – skriv 'saljteknik'"
    )


def test_a_role_file_named_with_swedish_letters_is_told_the_name_to_use(data: Path) -> None:
    (data / "roles" / "säljare.yml").write_text("title: Säljare\n", "utf-8")
    assert problems(data) == [
        "roles/säljare.yml: filnamnet blir rollens id och får bara innehålla små bokstäver "
        "a–z, siffror och bindestreck – döp om filen till saljare.yml"
    ]


def test_a_gap_in_the_duty_numbers_is_a_warning(data: Path) -> None:
    role = data / "roles" / "kundansvarig.yml"
    text = role.read_text("utf-8")
    for old in range(8, 2, -1):  # 3–8 become 5–10: 2.3 and 2.4 are missing
        text = text.replace(f"  - number: {old}\n", f"  - number: {old + 2}\n")
    role.write_text(text, "utf-8")
    reading = read_data(data)
    assert reading.issues == ()  # a gap may be on purpose: no error
    assert [str(notice).split(f"{data.name}/", 1)[1] for notice in reading.notices] == [
        f"roles/kundansvarig.yml:{line_of(role, '  - number: 5')}: duties[3].number: numren "
        "hoppar från 2.2 till 2.5 (2.3 och 2.4 saknas) – numrera om, om luckan inte är avsiktlig"
    ]
    result = run_cli("--data", str(data), "validate")
    assert result.returncode == 0
    assert result.stderr.startswith("Varning: ")
    assert "numren hoppar från 2.2 till 2.5 (2.3 och 2.4 saknas)" in result.stderr
