"""The acceptance of "make it ours" (issue 26), on a copy of the whole project: `init` with
the organisation's name, two roles of its own written with `new-role` and filled in, one job
description approved, a shipped role removed by hand, and the featured comparisons and the
hand-written page that named it changed as `validate`'s messages say. Then the strict build
is green, and the tests that read the project's data pass on it (tests/content/ stepping
aside with its one line). Without --keep-examples, init leaves a site without roles that
builds too."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from helpers import PROJECT_DIR, run_cli
from unit.test_new_role import FILLED, TEXTS, fill_in

ORGANISATION = "Nordvik Teknikhandel AB"
# the organisation's own roles, filled in with the shipped vocabulary's ids
OWN_ROLES = {"butikssaljare": "Butikssäljare", "orderhandlaggare": "Orderhandläggare"}
FILLED_HERE = {
    **FILLED,
    "department": "forsaljning",
    "reports_to": "försäljningschefen",
    "area": "kundanskaffning",
    "accepted_fields": "[forsaljning]",
    "qualities": "[driven, uthallig]",
    "skills": "[saljteknik, produktkunskap]",
}
APPROVED = """  status: approved
  effective_date: 2026-12-01
  approved_by: Försäljningschefen
  approved_on: 2026-12-01
"""
# the data tests that read the project's own data/ (tests/conftest.py: organisation_*)
DATA_TESTS = (
    "tests/content",
    "tests/build/test_organisation_data.py",
    "tests/build/test_organisation_can_change.py",
    "tests/unit/test_schema.py",
)


def _project_copy(folder: Path) -> Path:
    project = folder / "projekt"
    ignore = shutil.ignore_patterns(
        "__pycache__", ".pytest_cache", "node_modules", "site", ".ruff_cache"
    )
    for name in ("data", "docs", "hooks", "tests"):
        shutil.copytree(PROJECT_DIR / name, project / name, ignore=ignore)
    for name in ("mkdocs.yml", "pyproject.toml"):
        shutil.copy2(PROJECT_DIR / name, project / name)
    return project


def _environment() -> dict[str, str]:
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    environment.pop("ROLLGUIDEN_DATA", None)
    return environment


def _build(project: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"],
        cwd=project,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=600,
    )


def test_an_organisation_makes_the_example_its_own(tmp_path: Path) -> None:
    project = _project_copy(tmp_path)
    init = run_cli("init", "--organisation", ORGANISATION, "--keep-examples", cwd=project)
    assert init.returncode == 0, init.stderr

    for role_id, title in OWN_ROLES.items():
        written = run_cli("new-role", role_id, "--title", title, cwd=project)
        assert written.returncode == 0, written.stderr
        path = project / "data" / "roles" / f"{role_id}.yml"
        path.write_text(fill_in(path.read_text("utf-8"), FILLED_HERE, TEXTS), "utf-8")
    approved = project / "data" / "roles" / "butikssaljare.yml"
    text = approved.read_text("utf-8")
    assert "  status: draft\n" in text
    approved.write_text(text.replace("  status: draft\n", APPROVED), "utf-8")

    # a shipped role removed by hand: validate names every place that refers to it
    (project / "data" / "roles" / "saljare.yml").unlink()
    checked = run_cli("validate", cwd=project)
    assert checked.returncode == 1
    named = [line.split(": ")[0] for line in checked.stderr.splitlines()[:-1]]
    comparisons_file = project / "data" / "comparisons.yml"
    pages = sorted(
        page
        for page in (project / "docs").rglob("*.md")
        if "](roll:saljare)" in page.read_text("utf-8")
    )
    assert pages, "the shipped hand-written pages link to the säljare by id"
    assert named == [
        f"data/comparisons.yml:{_line(comparisons_file, 'saljare]', 1)}",
        f"data/comparisons.yml:{_line(comparisons_file, 'saljare]', 2)}",
        *(
            f"{page.relative_to(project).as_posix()}:{_line(page, '](roll:saljare)')}"
            for page in pages
        ),
    ]
    assert "ta bort posten" in checked.stderr and "menade du" not in checked.stderr

    # … and the editor does what they say: the comparisons go, the page names no link
    comparisons = yaml.safe_load(comparisons_file.read_text("utf-8"))
    comparisons["comparisons"] = [
        item for item in comparisons["comparisons"] if "saljare" not in item["roles"]
    ]
    comparisons_file.write_text(yaml.safe_dump(comparisons, allow_unicode=True), "utf-8")
    for page in pages:  # the link's words stay, as plain text
        text = re.sub(r"\[([^\]]*)\]\(roll:saljare\)", r"\1", page.read_text("utf-8"))
        page.write_text(text, "utf-8")
    checked = run_cli("validate", cwd=project)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout == "Rolldatan i data är giltig: 5 roller.\n"

    built = _build(project)
    assert built.returncode == 0, built.stderr
    site = project / "site"
    for role_id, title in OWN_ROLES.items():
        assert title in (site / "roller" / role_id / "index.html").read_text("utf-8")
    assert not (site / "roller" / "saljare").exists()
    # the approved job description carries no draft mark; the other one does
    approved_page = (site / "roller/butikssaljare/arbetsbeskrivning/index.html").read_text()
    draft_page = (site / "roller/orderhandlaggare/arbetsbeskrivning/index.html").read_text()
    assert "rg-draft-mark" not in approved_page and "rg-document--draft" not in approved_page
    assert '<p class="rg-draft-mark">UTKAST</p>' in draft_page
    # the organisation's own roles are no examples: no example mark on them
    assert "rg-example-mark" not in approved_page
    assert ORGANISATION in (site / "roller/butikssaljare/platsannons/index.html").read_text()

    tests = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", *DATA_TESTS],
        cwd=project,
        env=_environment(),
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert tests.returncode == 0, tests.stdout[-3000:]
    assert re.search(r"\b[1-9]\d* passed", tests.stdout), tests.stdout[-3000:]
    assert (
        f"tests/content/ hoppas över: data/organisation.yml gäller '{ORGANISATION}', inte "
        "exemplet 'Exempelbolaget AB'" in tests.stdout
    )


def test_init_without_the_example_leaves_a_site_that_builds(tmp_path: Path) -> None:
    project = _project_copy(tmp_path)
    init = run_cli("init", "--organisation", ORGANISATION, cwd=project)
    assert init.returncode == 0, init.stderr
    assert list((project / "data" / "roles").iterdir()) == []
    checked = run_cli("validate", cwd=project)
    assert checked.returncode == 0, checked.stderr
    built = _build(project)
    assert built.returncode == 0, built.stderr
    about = (project / "site" / "om-rollguiden" / "index.html").read_text("utf-8")
    assert "Källtexten" not in about and "roller/saljare" not in about
    review = (project / "site" / "om-rollguiden" / "att-granska" / "index.html").read_text()
    assert "Roller att skriva" in review


def _line(path: Path, text: str, occurrence: int = 1) -> int:
    lines = path.read_text("utf-8").splitlines()
    found = [number for number, line in enumerate(lines, 1) if text in line]
    return found[occurrence - 1]
