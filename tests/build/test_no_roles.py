"""Before the organisation writes its first role (after `rollguiden init`): the data
validates, the site builds with --strict, and the start page, the roles overview, the API's
page and the worklist say there are no roles yet and how the first is written."""

from __future__ import annotations

import re
import shutil
from html import unescape
from pathlib import Path

from helpers import copy_fixture_data, fixture_config, run_cli, run_mkdocs_build

FIRST_ROLE = (
    'Skriv den första rollen: uv run python -m rollguiden new-role <id> --title "<titel>", '
    'till exempel new-role saljare --title "Säljare"'
)


def _text(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def test_a_site_without_roles_builds_and_says_what_to_do(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    shutil.rmtree(data / "roles")
    (data / "roles").mkdir()
    (data / "comparisons.yml").write_text("comparisons: []\n", "utf-8")

    validated = run_cli("--data", str(data), "validate")
    assert validated.returncode == 0, validated.stderr
    assert validated.stdout.splitlines() == [
        f"Rolldatan i {data} är giltig: 0 roller.",
        'Skriv den första rollen: uv run python -m rollguiden new-role <id> --title "<titel>", '
        'till exempel new-role saljare --title "Säljare".',
    ]

    site = tmp_path / "site"
    result = run_mkdocs_build(site, data, fixture_config(tmp_path))
    assert result.returncode == 0, result.stderr
    for page in ("index.html", "roller/index.html"):
        html = (site / page).read_text("utf-8")
        assert "Inga roller är beskrivna än." in _text(html), page
        assert re.search(r'<a href="(\.\./)?om-rollguiden/att-granska/">', html), page
    criteria = (site / "lonekriterier" / "index.html").read_text("utf-8")
    assert "Inga roller är beskrivna än." in _text(criteria)
    api = (site / "api" / "index.html").read_text("utf-8")
    assert "<code>roles/&lt;id&gt;.json</code>" in api
    assert "till exempel" not in _text(api).split("roles/<id>.json")[1][:40]
    review = _text((site / "om-rollguiden" / "att-granska" / "index.html").read_text("utf-8"))
    assert "Roller att skriva" in review
    assert FIRST_ROLE in review
    # before the first role every term is unused: no list of them
    assert "Begrepp som ingen roll använder" not in review
