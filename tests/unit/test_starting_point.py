"""`rollguiden init` on a project of the tests' own, dressed as the shipped example: what it
writes, what it removes, what it keeps, and what it refuses."""

from __future__ import annotations

from pathlib import Path

import yaml

from helpers import copy_fixture_data, edit, run_cli
from rollguiden.starting_point import EXAMPLE_ORGANISATION

PAGE = """# Om oss

Det här gäller alla.

<!-- Exemplet börjar: kommandot rollguiden init tar bort allt fram till "Exemplet slutar". -->
Rollen [kundansvarig](roll:kundansvarig) är ett exempel.
<!-- Exemplet slutar. -->

Det här gäller också alla.
"""
PAGE_AFTER = """# Om oss

Det här gäller alla.

Det här gäller också alla.
"""
CONFIG = """site_name: Rollguiden
nav:
  - Start: index.md
  - Om:
      - om/index.md
      # Exemplet börjar: kommandot rollguiden init tar bort raderna fram till "Exemplet slutar".
      - Källtexten: om/kallan/index.md
      # Exemplet slutar.


# two blank lines above, kept as they were
"""
CONFIG_AFTER = """site_name: Rollguiden
nav:
  - Start: index.md
  - Om:
      - om/index.md


# two blank lines above, kept as they were
"""


def _example_project(tmp_path: Path) -> Path:
    """The tests' organisation under the example's name, its teamledare and kundrådgivare
    the organisation's own, a hand-written page and an mkdocs.yml with marked passages."""
    data = copy_fixture_data(tmp_path)
    edit(data / "organisation.yml", "name: Provbolaget AB", f"name: {EXAMPLE_ORGANISATION}")
    edit(data / "organisation.yml", "about_us: Provbolaget AB", f"about_us: {EXAMPLE_ORGANISATION}")
    for role in ("teamledare", "kundradgivare"):
        edit(data / "roles" / f"{role}.yml", "basis: example", "basis: own")
    page = tmp_path / "docs" / "om" / "index.md"
    page.parent.mkdir(parents=True)
    page.write_text(PAGE, "utf-8")
    (tmp_path / "docs" / "plain.md").write_text("# Utan exempel\n\n\n\nText.\n", "utf-8")
    (tmp_path / "mkdocs.yml").write_text(CONFIG, "utf-8")
    return data


def test_init_writes_the_name_and_removes_the_example(tmp_path: Path) -> None:
    data = _example_project(tmp_path)
    result = run_cli("--data", str(data), "init", "--organisation", "Nordvik: Teknik & Co AB")
    assert result.returncode == 0, result.stderr
    organisation = yaml.safe_load((data / "organisation.yml").read_text("utf-8"))
    # a colon and a space would end a plain YAML value: the name is written quoted
    assert organisation["name"] == "Nordvik: Teknik & Co AB"
    assert organisation["job_ads"]["about_us"].startswith("Nordvik: Teknik & Co AB säljer")
    # the roles whose basis is the source or an example go; the organisation's own stay
    assert sorted(path.stem for path in (data / "roles").iterdir()) == [
        "kundradgivare",
        "teamledare",
    ]
    # the comparison of two kept roles stays; the one with a removed role goes
    comparisons = yaml.safe_load((data / "comparisons.yml").read_text("utf-8"))
    assert [item["roles"] for item in comparisons["comparisons"]] == [
        ["kundradgivare", "teamledare"]
    ]
    assert (tmp_path / "docs" / "om" / "index.md").read_text("utf-8") == PAGE_AFTER
    assert (tmp_path / "mkdocs.yml").read_text("utf-8") == CONFIG_AFTER
    # a page without a marked passage is not touched, not even its blank lines
    assert (tmp_path / "docs" / "plain.md").read_text("utf-8") == "# Utan exempel\n\n\n\nText.\n"
    assert result.stdout.splitlines()[:2] == [
        "Företaget heter nu Nordvik: Teknik & Co AB. Ändrade filer: data/organisation.yml, "
        "data/comparisons.yml, docs/om/index.md, mkdocs.yml.",
        "Borttagna exempelroller: innesaljare, kundansvarig.",
    ]
    after = run_cli("--data", str(data), "validate")
    assert after.returncode == 0, after.stderr


def test_init_keeps_the_example_when_asked(tmp_path: Path) -> None:
    data = _example_project(tmp_path)
    comparisons_before = (data / "comparisons.yml").read_text("utf-8")
    result = run_cli("--data", str(data), "init", "--organisation", "Nordvik AB", "--keep-examples")
    assert result.returncode == 0, result.stderr
    assert yaml.safe_load((data / "organisation.yml").read_text("utf-8"))["name"] == "Nordvik AB"
    assert len(list((data / "roles").iterdir())) == 4
    assert (data / "comparisons.yml").read_text("utf-8") == comparisons_before
    assert (tmp_path / "docs" / "om" / "index.md").read_text("utf-8") == PAGE
    assert (tmp_path / "mkdocs.yml").read_text("utf-8") == CONFIG


def test_init_runs_once_and_says_why_not_again(tmp_path: Path) -> None:
    data = _example_project(tmp_path)
    assert run_cli("--data", str(data), "init", "--organisation", "Nordvik AB").returncode == 0
    again = run_cli("--data", str(data), "init", "--organisation", "Annat AB")
    assert again.returncode == 2
    assert again.stderr == (
        "python -m rollguiden: rolldatan är redan företagets egen ('Nordvik AB' i "
        "organisation.yml): init gör om exemplet en gång – ändra i filerna direkt i stället\n"
    )
    assert yaml.safe_load((data / "organisation.yml").read_text("utf-8"))["name"] == "Nordvik AB"


def test_init_refuses_a_name_that_cannot_be_one(tmp_path: Path) -> None:
    data = _example_project(tmp_path)
    for name, reason in (
        ("  ", 'skriv organisationens namn, till exempel "Nordvik AB"'),
        ("Nordvik\nAB", "namnet ska stå på en rad, utan tabbar eller andra styrtecken"),
        ("N" * 121, "namnet får vara högst 120 tecken långt"),
    ):
        result = run_cli("--data", str(data), "init", "--organisation", name)
        assert result.returncode == 2
        assert result.stderr == f"python -m rollguiden: --organisation: {reason}\n"
    organisation = (data / "organisation.yml").read_text("utf-8")
    assert f"name: {EXAMPLE_ORGANISATION}" in organisation
