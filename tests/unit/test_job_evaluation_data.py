"""The factor plan (data/job_evaluation.yml) and the roles' levels on it, read and checked
like the rest of the data: one Swedish line per problem, with the file, the line and the
field; a role without every level is no error (it is work for the worklist)."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

from helpers import copy_fixture_data, edit, line_of
from rollguiden.pages.review import worklist
from rollguiden.reading.load import read_data
from rollguiden.text.labels import load_labels

PLAN = """\
tolerance: 40
sub_criteria:
  - id: utbildning
    criterion: kunskaper
    name: Utbildning och erfarenhet
    weight: 40
    levels: [Kort upplärning, Gymnasieutbildning, Högskoleutbildning]
  - id: ansvar-for-resultat
    criterion: ansvar
    name: Ansvar för ekonomi och resultat
    weight: 30
    levels: [Eget arbete, Egen budget, Enhetens resultat, Företagets resultat]
  - id: psykisk-anstrangning
    criterion: anstrangning
    name: Psykisk och emotionell ansträngning
    weight: 20
    levels: [Låg, Måttlig, Hög]
  - id: arbetstider
    criterion: arbetsforhallanden
    name: Arbetstider och resor
    weight: 10
    levels: [Dagtid, Resor ibland]
"""

LEVELS = """\
job_evaluation:
  dominance: women
  levels:
    utbildning: {level: 2, motivation: Gymnasieutbildning och två års erfarenhet}
    ansvar-for-resultat: {level: 3, motivation: Ansvarar för de största kundernas resultat}
    psykisk-anstrangning: {level: 2, motivation: Förhandlar med kunder under tidspress}
    arbetstider: {level: 2, motivation: Reser till kunderna några dagar i månaden}
"""


@pytest.fixture
def data(tmp_path: Path) -> Path:
    folder = copy_fixture_data(tmp_path)
    (folder / "job_evaluation.yml").write_text(PLAN, "utf-8")
    role = folder / "roles" / "kundansvarig.yml"
    role.write_text(role.read_text("utf-8") + LEVELS, "utf-8")
    return folder


def messages(data: Path) -> list[str]:
    """Each issue as the terminal shows it, the file by its name."""
    return [
        f"{Path(issue.file).name}{str(issue).removeprefix(issue.file)}"
        for issue in read_data(data).issues
    ]


def test_a_plan_and_a_roles_levels_are_read(data: Path) -> None:
    reading = read_data(data)
    assert reading.issues == ()
    plan = reading.catalog.job_evaluation
    assert [sub.id for sub in plan.sub_criteria] == [
        "utbildning", "ansvar-for-resultat", "psykisk-anstrangning", "arbetstider",
    ]  # fmt: skip
    assert plan.tolerance == 40
    evaluation = reading.catalog.role("kundansvarig").job_evaluation
    assert evaluation.dominance == "women"
    assert evaluation.levels["ansvar-for-resultat"].level == 3
    # a role without levels is read too: it is not valued yet
    assert reading.catalog.role("teamledare").job_evaluation is None


def test_weights_that_do_not_make_100_are_an_error(data: Path) -> None:
    edit(data / "job_evaluation.yml", "weight: 10", "weight: 5")
    line = line_of(data / "job_evaluation.yml", "sub_criteria:")
    assert messages(data) == [
        f"job_evaluation.yml:{line}: sub_criteria: vikterna är tillsammans 95 %, men ska vara "
        "100 % – ändra vikterna så att de går jämnt upp"
    ]


def test_a_criterion_without_a_sub_criterion_is_an_error(data: Path) -> None:
    edit(data / "job_evaluation.yml", "criterion: arbetsforhallanden", "criterion: anstrangning")
    assert messages(data) == [
        f"job_evaluation.yml:{line_of(data / 'job_evaluation.yml', 'sub_criteria:')}: "
        "sub_criteria: inget delkriterium under arbetsförhållanden – lagen nämner fyra "
        "kriterier, och varje kriterium behöver minst ett delkriterium"
    ]


def test_an_id_twice_names_the_second_and_the_first_place(data: Path) -> None:
    edit(data / "job_evaluation.yml", "id: arbetstider", "id: utbildning")
    line = line_of(data / "job_evaluation.yml", "id: utbildning", occurrence=2)
    found = messages(data)
    assert (
        f"job_evaluation.yml:{line}: sub_criteria[4].id: 'utbildning' står redan på plats 1 – "
        "varje delkriterium behöver ett eget id"
    ) in found


def test_a_sub_criterion_needs_two_to_seven_levels(data: Path) -> None:
    edit(data / "job_evaluation.yml", "levels: [Dagtid, Resor ibland]", "levels: [Dagtid]")
    found = messages(data)
    assert len(found) == 1
    assert found[0].startswith(
        f"job_evaluation.yml:{line_of(data / 'job_evaluation.yml', 'levels: [Dagtid]')}: "
        "sub_criteria[4].levels:"
    )


def test_a_level_past_the_sub_criterions_levels_is_an_error(data: Path) -> None:
    role = data / "roles" / "kundansvarig.yml"
    edit(role, "arbetstider: {level: 2", "arbetstider: {level: 3")
    assert messages(data) == [
        f"kundansvarig.yml:{line_of(role, 'arbetstider: {level: 3')}: "
        "job_evaluation.levels.arbetstider.level: nivå 3 finns inte – delkriteriet har "
        "nivåerna 1–2"
    ]


def test_a_level_for_a_sub_criterion_the_plan_lacks_names_those_it_has(data: Path) -> None:
    role = data / "roles" / "kundansvarig.yml"
    edit(role, "    arbetstider:", "    arbetstid:")
    assert messages(data) == [
        f"kundansvarig.yml:{line_of(role, 'arbetstid:')}: job_evaluation.levels.arbetstid: "
        "'arbetstid' är inget delkriterium i faktorplanen (den har: utbildning, "
        "ansvar-for-resultat, psykisk-anstrangning, arbetstider)"
    ]


def test_levels_without_a_plan_say_where_the_plan_belongs(data: Path) -> None:
    (data / "job_evaluation.yml").unlink()
    role = data / "roles" / "kundansvarig.yml"
    assert messages(data) == [
        f"kundansvarig.yml:{line_of(role, '  levels:')}: job_evaluation.levels: det finns ingen "
        "faktorplan att ange nivåer på – skriv den i data/job_evaluation.yml, eller ta bort "
        "job_evaluation ur rollen"
    ]


def test_a_dominance_other_than_women_or_men_is_an_error(data: Path) -> None:
    role = data / "roles" / "kundansvarig.yml"
    edit(role, "dominance: women", "dominance: kvinnor")
    found = messages(data)
    assert len(found) == 1
    assert found[0].startswith(
        f"kundansvarig.yml:{line_of(role, 'dominance: kvinnor')}: job_evaluation.dominance:"
    )


def test_a_motivation_is_required(data: Path) -> None:
    role = data / "roles" / "kundansvarig.yml"
    edit(role, "{level: 2, motivation: Gymnasieutbildning och två års erfarenhet}", "{level: 2}")
    found = messages(data)
    assert len(found) == 1
    assert "job_evaluation.levels.utbildning.motivation" in found[0]


def worklist_texts(data: Path) -> list[str]:
    labels = load_labels()
    groups = worklist(read_data(data).catalog, (), labels, datetime.date(2026, 12, 7))
    found = [group for group in groups if group.key == "job_evaluation"]
    return [task.text for group in found for task in group.tasks]


def test_the_worklist_names_the_roles_without_every_level(data: Path) -> None:
    # kundansvarig has all four; the other three roles have none
    edit(data / "job_evaluation.yml", "tolerance: 40", "tolerance: 40\nexample: true")
    assert worklist_texts(data) == [
        "Faktorplanen är ett exempel: granska delkriterierna, vikterna och nivåerna, gör dem "
        "till företagets egna i samverkan med arbetstagarnas representanter och ändra sedan "
        "till example: false i job_evaluation.yml",
        *(
            f"{title}: saknar nivå på delkriterierna Utbildning och erfarenhet, Ansvar för "
            "ekonomi och resultat, Psykisk och emotionell ansträngning och Arbetstider och resor"
            for title in ("Innesäljare", "Kundrådgivare", "Teamledare")
        ),
    ]


def test_the_worklist_names_a_sub_criterion_no_role_has_a_level_on(data: Path) -> None:
    role = data / "roles" / "kundansvarig.yml"
    edit(
        role,
        "    arbetstider: {level: 2, motivation: Reser till kunderna några dagar i månaden}\n",
        "",
    )
    texts = worklist_texts(data)
    assert "Kundansvarig: saknar nivå på delkriteriet Arbetstider och resor" in texts
    assert texts[-1] == "Ingen roll har en nivå på delkriteriet Arbetstider och resor (arbetstider)"


def test_without_a_plan_the_worklist_says_nothing_of_it(data: Path) -> None:
    (data / "job_evaluation.yml").unlink()
    role = data / "roles" / "kundansvarig.yml"
    role.write_text(role.read_text("utf-8").split("job_evaluation:")[0], "utf-8")
    assert worklist_texts(data) == []
