"""Bad and hostile data through the real build: a clean stop, and text that stays text."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import yaml

from helpers import copy_data, edit, run_mkdocs_build

HOSTILE_TITLE = "<script>alert('titel')</script> *KAM* | :smile: \"citat\""
HOSTILE_SUMMARY = '"> <b onmouseover="alert(3)">sammanfattning</b>'
HOSTILE_DUTY = "[klicka](javascript:alert(1)) <img src=x onerror=alert(2)> & 1. `kod` {: .x}"


def test_broken_data_stops_the_build_before_anything_is_written(tmp_path: Path) -> None:
    data = copy_data(tmp_path)
    kam = data / "roles" / "key-account-manager.yml"
    edit(kam, "min_years: 2", "min_years: -3")
    edit(kam, "    - forhandling\n", "    - forhandlingar\n")
    (data / "roles" / "tom.yml").write_text("", "utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("den förra versionen", "utf-8")

    result = run_mkdocs_build(site, data)

    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    # one line per problem, each naming file, line and field; then the summary
    assert re.search(
        r"key-account-manager\.yml:\d+: requirements\.experience\.min_years: ", errors[0]
    )
    assert any("requirements.skills[4]: okänd färdighet 'forhandlingar'" in e for e in errors)
    assert any(
        e.endswith("roles/tom.yml: filen är tom – den ska innehålla en mappning") for e in errors
    )
    assert "3 fel i rolldatan – bygget avbröts innan något skrevs." in result.stderr
    # the site that was there is untouched: nothing half-built replaced it
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text("utf-8") == "den förra versionen"


def test_hostile_text_is_shown_as_text(tmp_path: Path) -> None:
    data = copy_data(tmp_path)
    kam = data / "roles" / "key-account-manager.yml"
    role = yaml.safe_load(kam.read_text("utf-8"))
    role["title"] = HOSTILE_TITLE
    role["summary"] = HOSTILE_SUMMARY
    role["duties"][18]["text"] = HOSTILE_DUTY
    kam.write_text(yaml.safe_dump(role, allow_unicode=True), "utf-8")
    site = tmp_path / "site"

    result = run_mkdocs_build(site, data)
    assert result.returncode == 0, result.stderr

    html = (site / "roller" / "key-account-manager" / "index.html").read_text("utf-8")
    assert "<script>alert" not in html
    assert "<img src=x" not in html and "onerror=alert" not in html.replace("&", "")
    assert 'href="javascript:' not in html
    assert '<span class="twemoji">' not in html.split("rg-facts")[0]  # :smile: stayed text
    # the reader sees exactly what the editor typed
    text = unescape(re.sub(r"<[^>]+>", "", html))
    assert HOSTILE_TITLE in text
    assert HOSTILE_DUTY in text
    assert HOSTILE_SUMMARY in text
    # the title in <title>, in the start page's card and the roles overview stays text too
    assert "<title>&lt;script&gt;" in html
    assert 'onmouseover="alert(3)"' not in html
    for other in ("index.html", "roller/index.html", "provisionskalkylator/index.html"):
        assert "<script>alert" not in (site / other).read_text("utf-8")
