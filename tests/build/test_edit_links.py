"""The edit button opens a role's YAML file on the organisation's Git server; a data folder
outside the project (ROLLGUIDEN_DATA=/elsewhere) has no place there, so its pages get no edit
button, rather than one that spells out the build machine's folders."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import copy_fixture_data, fixture_config, run_mkdocs_build

REPO_EDIT_URL = "https://git.intranet.example/rollguiden/rollguiden/edit/main/"


def edit_links(html: str) -> list[str]:
    return re.findall(r'href="(https://git\.intranet\.example/[^"]*/edit/[^"]*)"', html)


def test_data_inside_the_project_gets_an_edit_link_to_its_file(tmp_path: Path) -> None:
    project = tmp_path / "projekt"
    config = fixture_config(project)
    result = run_mkdocs_build(tmp_path / "site", copy_fixture_data(project), config)
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "site" / "roller" / "teamledare" / "index.html").read_text("utf-8")
    assert edit_links(html) == [f"{REPO_EDIT_URL}data/roles/teamledare.yml"]


def test_data_outside_the_project_gets_no_edit_link(tmp_path: Path) -> None:
    config = fixture_config(tmp_path / "projekt")
    data = copy_fixture_data(tmp_path / "hemlig-mapp" / "någon-annanstans")
    result = run_mkdocs_build(tmp_path / "site", data, config)
    assert result.returncode == 0, result.stderr
    for page in (tmp_path / "site").rglob("*.html"):
        html = page.read_text("utf-8")
        assert "hemlig-mapp" not in html, page
        if "/roller/" in page.as_posix():
            assert edit_links(html) == [], page
