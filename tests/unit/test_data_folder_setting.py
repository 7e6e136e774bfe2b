"""ROLLGUIDEN_DATA means the same folder to the command line and to the build: empty is
unset (./data), and a relative path is taken from the current folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from rollguiden.cli import _parser
from rollguiden.reading.load import DATA_DIR_VARIABLE, data_folder


def folders(project: Path) -> tuple[Path, Path]:
    """The folder the build reads, and the one `python -m rollguiden validate` reads."""
    command_line = _parser().parse_args(["validate"]).data
    return data_folder(project), command_line.resolve()


@pytest.mark.parametrize("value", ["", "  "])
def test_an_empty_setting_is_the_projects_data_folder(
    value: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(DATA_DIR_VARIABLE, value)
    # before: the command line read Path("") – the current folder – and the build ./data
    assert folders(tmp_path) == (tmp_path / "data", tmp_path / "data")


def test_a_relative_setting_is_taken_from_the_current_folder_by_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = tmp_path / "project"
    project.mkdir()
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(DATA_DIR_VARIABLE, "rolldata")
    # before: the build took it from the project (mkdocs.yml's folder), the command line
    # from the current folder
    assert folders(project) == (tmp_path / "rolldata", tmp_path / "rolldata")


def test_an_absolute_setting_is_itself(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(tmp_path / "a" / "b"))
    assert folders(tmp_path / "project") == (tmp_path / "a" / "b", tmp_path / "a" / "b")


def test_unset_is_the_projects_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    assert folders(tmp_path) == (tmp_path / "data", tmp_path / "data")
