"""The command line refuses what it cannot do well in one Swedish line and a non-zero exit:
an output folder that is a file, not empty, or the data itself; a role count that is no
count; a command that does not exist. No traceback, and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import FIXTURE_DATA_DIR, copy_fixture_data, run_cli

PROG = "python -m rollguiden"


def one_line(result) -> str:
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def listing(folder: Path) -> list[str]:
    return sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*"))


def test_generate_into_a_file_is_refused(tmp_path: Path) -> None:
    file = tmp_path / "sidor.txt"
    file.write_text("", "utf-8")
    result = run_cli("--data", str(FIXTURE_DATA_DIR), "generate", "--out", str(file))
    assert one_line(result) == f"{PROG}: --out: '{file}' är en fil – ange en mapp"


def test_generate_into_a_folder_that_is_not_empty_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "docs"
    out.mkdir()
    (out / "index.md").write_text("# Vår egen startsida\n", "utf-8")
    result = run_cli("--data", str(FIXTURE_DATA_DIR), "generate", "--out", str(out))
    assert one_line(result) == (
        f"{PROG}: --out: mappen '{out}' är inte tom – välj en tom mapp eller lägg till --force "
        "för att skriva över filer med samma namn (andra filer lämnas kvar)"
    )
    assert listing(out) == ["index.md"]

    forced = run_cli("--data", str(FIXTURE_DATA_DIR), "generate", "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    assert (out / "roller" / "teamledare" / "index.md").exists()


def test_generate_into_the_data_folder_is_refused(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    before = listing(data)
    result = run_cli("--data", str(data), "generate", "--out", str(data / "sidor"), "--force")
    assert one_line(result) == (
        f"{PROG}: --out: '{data / 'sidor'}' ligger i datamappen – välj en mapp utanför den"
    )
    assert listing(data) == before


def test_generate_into_the_projects_docs_or_the_project_itself_is_refused(
    tmp_path: Path,
) -> None:
    # the project beside the data: the next build would publish docs/genererat as a second,
    # stale copy of the site; --project --out . would write over the project's own files
    data = copy_fixture_data(tmp_path)
    (tmp_path / "docs").mkdir()
    before = listing(tmp_path)
    inside_docs = tmp_path / "docs" / "genererat"
    result = run_cli("--data", str(data), "generate", "--out", str(inside_docs))
    assert one_line(result) == (
        f"{PROG}: --out: '{inside_docs}' ligger i mappen docs, som byggs till webbplatsen – "
        "välj en mapp utanför projektet"
    )
    itself = run_cli(
        "--data", str(data), "generate", "--project", "--out", str(tmp_path), "--force"
    )
    assert one_line(itself) == (
        f"{PROG}: --out: '{tmp_path}' är projektets egen mapp – välj en tom mapp utanför projektet"
    )
    assert listing(tmp_path) == before


def test_a_path_through_a_file_is_named_in_swedish(tmp_path: Path) -> None:
    file = tmp_path / "fil"
    file.write_text("", "utf-8")
    result = run_cli("--data", str(FIXTURE_DATA_DIR), "generate", "--out", str(file / "under"))
    assert one_line(result) == (
        f"{PROG}: kunde inte använda '{file / 'under'}' – en del av sökvägen är en fil, "
        "inte en mapp"
    )


def test_synth_into_its_own_data_folder_is_refused(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    before = listing(data)
    result = run_cli("--data", str(data), "synth", "--roles", "5", "--out", str(data))
    assert one_line(result) == (
        f"{PROG}: --out: '{data}' är datamappen som rollerna kopieras från – välj en annan mapp"
    )
    assert listing(data) == before


@pytest.mark.parametrize("count", ["-5", "0", "tre", "10001"])
def test_synth_takes_only_a_count_of_roles(tmp_path: Path, count: str) -> None:
    result = run_cli("synth", "--roles", count, "--out", str(tmp_path / "ut"))
    assert one_line(result) == (
        f"{PROG} synth: --roles: ska vara ett heltal från 1 till 10 000, men är '{count}'"
    )
    assert not (tmp_path / "ut").exists()


def test_synth_again_with_force_holds_exactly_the_roles_asked_for(tmp_path: Path) -> None:
    out = tmp_path / "syntetisk"
    data = str(FIXTURE_DATA_DIR)
    first = run_cli("--data", data, "synth", "--roles", "20", "--out", str(out))
    assert first.returncode == 0, first.stderr
    assert len(list((out / "roles").glob("*.yml"))) == 20

    again = run_cli("--data", data, "synth", "--roles", "10", "--out", str(out))
    assert one_line(again).startswith(f"{PROG}: --out: mappen '{out}' är inte tom")

    forced = run_cli("--data", data, "synth", "--roles", "10", "--out", str(out), "--force")
    assert forced.returncode == 0, forced.stderr
    # the fixture's own four roles are copied, and six synthetic ones join them
    assert forced.stdout.strip() == (
        f"10 roller har skrivits till mappen '{out}': 4 kopierade från mappen '{data}' och 6 "
        "syntetiska."
    )
    assert len(list((out / "roles").glob("*.yml"))) == 10


def test_synth_never_mixes_into_another_organisations_roles(tmp_path: Path) -> None:
    other = copy_fixture_data(tmp_path / "annan")
    (other / "roles" / "teamledare.yml").rename(other / "roles" / "var-egen-roll.yml")
    result = run_cli(
        "--data", str(FIXTURE_DATA_DIR), "synth", "--roles", "5", "--out", str(other), "--force"
    )
    assert one_line(result) == (
        f"{PROG}: --out: mappen '{other}' innehåller roller som inte har skapats av synth "
        "(var-egen-roll.yml) – välj en tom mapp"
    )
    assert (other / "roles" / "var-egen-roll.yml").exists()


@pytest.mark.parametrize(
    ("arguments", "line"),
    [
        (
            ["frobnicate"],
            f"{PROG}: okänt kommando 'frobnicate' – välj 'init', 'validate', 'review', "
            "'new-role', 'generate', 'schema' eller 'synth'",
        ),
        (["generate"], f"{PROG} generate: måste anges: --out"),
        (["validate", "--extra"], f"{PROG} validate: okänt argument: --extra"),
        (["validate", "--extra", "--mer"], f"{PROG} validate: okända argument: --extra --mer"),
        # the mistyped option first, not what is missing because of it ("måste anges: id")
        (["new-role", "-a"], f"{PROG} new-role: okänt argument: -a"),
        (["new-role", "saljare", "-t", "Säljare"], f"{PROG} new-role: okänt argument: -t"),
        (["new-role", "x"], f"{PROG} new-role: måste anges: --title"),
        # an unambiguous start of an option is the option, as argparse reads it
        (["generate", "--ou"], f"{PROG} generate: --out behöver ett värde"),
        (
            ["new-role", "x", "--title", "X", "--data", "annan"],
            f"{PROG} new-role: --data ska stå före kommandot, till exempel: "
            f"{PROG} --data MAPP new-role …",
        ),
    ],
)
def test_a_mistyped_command_gets_one_swedish_line(arguments: list[str], line: str) -> None:
    assert one_line(run_cli(*arguments)) == line
