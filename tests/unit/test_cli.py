"""The command line: validate lists every error and exits non-zero; generate writes pages."""

from __future__ import annotations

from pathlib import Path

from helpers import FIXTURE_DATA_DIR, copy_fixture_data, edit, run_cli
from rollguiden.site import generate_site

FIXTURE_ROLES = ("innesaljare", "kundansvarig", "kundradgivare", "teamledare")


def test_validate_passes_and_counts_the_roles() -> None:
    result = run_cli("--data", str(FIXTURE_DATA_DIR), "validate")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Rolldatan i {FIXTURE_DATA_DIR} är giltig: 4 roller."


def test_validate_lists_every_error_without_a_traceback(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    role = data / "roles" / "kundansvarig.yml"
    edit(role, "min_years: 2", "min_years: -1")
    edit(role, "skills: [forhandling,", "skills: [forhandlingar,")
    result = run_cli("--data", str(data), "validate")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3  # two errors, one line each, and the count
    assert "requirements.experience.min_years" in lines[0]
    assert "requirements.skills[1]" in lines[1]
    assert lines[-1] == "2 fel i rolldatan."
    assert "Traceback" not in result.stderr


def test_generate_writes_the_pages(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("--data", str(FIXTURE_DATA_DIR), "generate", "--out", str(out))
    assert result.returncode == 0, result.stderr
    written = {path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()}
    # the same pages and files the site is built from
    site = generate_site(FIXTURE_DATA_DIR)
    made = {path for job in site.jobs for path in job.paths}
    assert written == {page.src_uri for page in site.pages} | made
    for role in FIXTURE_ROLES:
        assert f"roller/{role}/index.md" in written
    assert "roller/kundansvarig/arbetsbeskrivning-kundansvarig-v1.1.docx" in written
    assert "roller/teamledare/arbetsbeskrivning-teamledare-v1.0.docx" in written
    assert "2.8" in (out / "roller/kundansvarig/index.md").read_text("utf-8")


def test_generate_writes_nothing_when_the_data_is_bad(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    (data / "roles" / "tom.yml").write_text("", "utf-8")
    out = tmp_path / "out"
    result = run_cli("--data", str(data), "generate", "--out", str(out))
    assert result.returncode == 1
    assert not out.exists()


def test_schema_check() -> None:
    assert run_cli("schema", "--check").returncode == 0
