"""The command line: validate lists every error and exits non-zero; generate writes pages."""

from __future__ import annotations

from pathlib import Path

from helpers import DATA_DIR, ROLE_IDS, copy_data, edit, run_cli
from rollguiden.site import generate_site


def test_validate_passes_on_the_real_data() -> None:
    result = run_cli("validate")
    assert result.returncode == 0, result.stderr
    assert "3 roller" in result.stdout


def test_validate_lists_every_error_without_a_traceback(tmp_path: Path) -> None:
    data = copy_data(tmp_path)
    kam = data / "roles" / "key-account-manager.yml"
    edit(kam, "min_years: 2", "min_years: -1")
    edit(kam, "    - forhandling\n", "    - forhandlingar\n")
    result = run_cli("--data", str(data), "validate")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 3  # two errors, one line each, and the count
    assert "requirements.experience.min_years" in lines[0]
    assert "requirements.skills[4]" in lines[1]
    assert lines[-1] == "2 fel i rolldatan."
    assert "Traceback" not in result.stderr


def test_generate_writes_the_pages(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli("generate", "--out", str(out))
    assert result.returncode == 0, result.stderr
    written = {path.relative_to(out).as_posix() for path in out.rglob("*") if path.is_file()}
    # the same pages and files the site is built from
    site = generate_site(DATA_DIR)
    made = {path for job in site.jobs for path in job.paths}
    assert written == {page.src_uri for page in site.pages} | made
    for role in ROLE_IDS:
        assert f"roller/{role}/index.md" in written
        assert f"roller/{role}/arbetsbeskrivning-{role}-v1.0.docx" in written
    assert "2.23" in (out / "roller/key-account-manager/index.md").read_text("utf-8")


def test_generate_writes_nothing_when_the_data_is_bad(tmp_path: Path) -> None:
    data = copy_data(tmp_path)
    (data / "roles" / "tom.yml").write_text("", "utf-8")
    out = tmp_path / "out"
    result = run_cli("--data", str(data), "generate", "--out", str(out))
    assert result.returncode == 1
    assert not out.exists()


def test_schema_check() -> None:
    assert run_cli("schema", "--check").returncode == 0
