"""A build that cannot finish stops with one line saying why, before it writes anything, and
without a traceback from the second process that makes the Word files and the API."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from helpers import (
    PROJECT_DIR,
    copy_fixture_data,
    edit,
    fixture_config,
    run_mkdocs_build,
)

NO_TRACEBACK = ("Traceback", "Exception ignored")


def test_text_a_word_file_cannot_hold_stops_the_build_before_anything_is_written(
    tmp_path: Path,
) -> None:
    data = copy_fixture_data(tmp_path)
    role = data / "roles" / "teamledare.yml"
    edit(role, "text: Leder och coachar teamet.", 'text: "Leder och coachar\\uFFFE teamet."')
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("den förra versionen", "utf-8")

    result = run_mkdocs_build(site, data, fixture_config(tmp_path))

    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 2, errors  # the problem, then the summary
    assert errors[0].endswith(
        "roles/teamledare.yml:29: duties[1].text: innehåller U+FFFE (osynligt: inget tecken "
        'utan ett reserverat kodvärde) efter "Leder och coachar" – ta bort det'
    )
    assert "1 fel i rolldatan – bygget avbröts innan något skrevs." in errors[1]
    assert [path.name for path in site.iterdir()] == ["index.html"]
    for marker in NO_TRACEBACK:
        assert marker not in result.stderr


def test_files_that_cannot_be_made_stop_the_build_before_a_page_is_written(
    tmp_path: Path,
) -> None:
    # a fault in making the Word files (a bug, not the data): the build stops when MkDocs
    # has read every page but written none, and leaves no empty file behind
    site = tmp_path / "site"
    config = fixture_config(tmp_path)
    broken = (
        "import rollguiden.output.files\n"
        "def refuse(*arguments):\n"
        "    raise RuntimeError('python-docx sa nej')\n"
        "rollguiden.output.files.docx_files = refuse\n"
        "from mkdocs.__main__ import cli\n"
        "cli()\n"
    )
    result = subprocess.run(
        [
            sys.executable, "-c", broken,
            "build", "--strict", "--site-dir", str(site), "--config-file", str(config),
        ],
        cwd=PROJECT_DIR,
        env={
            **os.environ,
            "NO_MKDOCS_2_WARNING": "1",
            "ROLLGUIDEN_DATA": str(copy_fixture_data(tmp_path)),
        },
        capture_output=True,
        text=True,
        timeout=300,
    )  # fmt: skip
    assert result.returncode == 1
    assert (
        "filerna att ladda ner (Word, API) kunde inte skapas på grund av ett fel i programmet "
        "(RuntimeError: python-docx sa nej) – inget har sparats; meddela den som sköter "
        "Rollguiden" in result.stderr
    )
    written = [path for path in site.rglob("*") if path.is_file()] if site.exists() else []
    assert written == []
    for marker in NO_TRACEBACK:
        assert marker not in result.stderr


def test_a_build_stopped_by_a_page_conflict_ends_without_the_workers_traceback(
    tmp_path: Path,
) -> None:
    config = fixture_config(tmp_path)
    (tmp_path / "docs" / "roller").mkdir()
    (tmp_path / "docs" / "roller" / "index.md").write_text("# Roller\n", "utf-8")
    result = run_mkdocs_build(tmp_path / "site", copy_fixture_data(tmp_path), config)
    assert result.returncode == 1
    assert "docs/roller/index.md krockar med en sida som Rollguiden genererar" in result.stderr
    for marker in NO_TRACEBACK:
        assert marker not in result.stderr
