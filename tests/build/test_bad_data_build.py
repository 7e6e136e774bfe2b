"""Bad and hostile data through the real build of the tests' own organisation: a clean stop,
and text that stays text."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

import yaml

from helpers import copy_fixture_data, edit, fixture_config, line_of, run_mkdocs_build

HOSTILE_TITLE = "<script>alert('titel')</script> *KA* | :smile: \"citat\""
HOSTILE_SUMMARY = '"> <b onmouseover="alert(3)">sammanfattning</b>'
HOSTILE_DUTY = "[klicka](javascript:alert(1)) <img src=x onerror=alert(2)> & 1. `kod` {: .x}"


class _Markup(HTMLParser):
    """The event handlers, links and script text of a page's elements."""

    def __init__(self) -> None:
        super().__init__()
        self.handlers: list[str] = []
        self.links: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handlers += [name for name, _ in attrs if name.startswith("on")]
        self.links += [value or "" for name, value in attrs if name in ("href", "src")]
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def assert_no_markup_from_the_data(html: str, page: str) -> None:
    """The hostile text made no element: no event handler, no javascript: link, no script
    of its own; quoted as text (`&lt;b onmouseover=…`), it is harmless."""
    markup = _Markup()
    markup.feed(html)
    assert markup.handlers == [], page
    assert not [link for link in markup.links if link.lower().startswith("javascript:")], page
    assert not [script for script in markup.scripts if "alert(" in script], page
    assert "<script>alert" not in html and "<img src=x" not in html, page


def test_broken_data_stops_the_build_before_anything_is_written(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    role = data / "roles" / "kundansvarig.yml"
    edit(role, "min_years: 2", "min_years: -3")
    edit(role, "skills: [forhandling, saljteknik,", "skills: [saljteknik, forhandlingar,")
    (data / "roles" / "tom.yml").write_text("", "utf-8")
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("den förra versionen", "utf-8")

    result = run_mkdocs_build(site, data, fixture_config(tmp_path))

    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    # one line per problem, each naming file, line and field; then the summary
    assert errors[0].endswith(
        f"roles/kundansvarig.yml:{line_of(role, 'min_years: -3')}: "
        "requirements.experience.min_years: ska vara minst 0, men är -3"
    )
    skills_line = line_of(role, "forhandlingar")
    assert any(
        f"roles/kundansvarig.yml:{skills_line}: requirements.skills[2]: okänd färdighet "
        "'forhandlingar'" in e
        for e in errors
    ), errors
    assert any(
        e.endswith("roles/tom.yml: filen är tom – den ska innehålla en mappning") for e in errors
    )
    assert len(errors) == 4, errors
    assert "3 fel i rolldatan – bygget avbröts innan något skrevs." in errors[-1]
    # the site that was there is untouched: nothing half-built replaced it
    assert [p.name for p in site.iterdir()] == ["index.html"]
    assert (site / "index.html").read_text("utf-8") == "den förra versionen"


def test_hostile_text_is_shown_as_text(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    path = data / "roles" / "kundansvarig.yml"
    role = yaml.safe_load(path.read_text("utf-8"))
    role["title"] = HOSTILE_TITLE
    role["summary"] = HOSTILE_SUMMARY
    assert role["duties"][4]["number"] == 5
    role["duties"][4]["text"] = HOSTILE_DUTY
    path.write_text(yaml.safe_dump(role, allow_unicode=True), "utf-8")
    site = tmp_path / "site"

    result = run_mkdocs_build(site, data, fixture_config(tmp_path))
    assert result.returncode == 0, result.stderr

    html = (site / "roller" / "kundansvarig" / "index.html").read_text("utf-8")
    assert "<script>alert" not in html
    assert "<img src=x" not in html and "onerror=alert" not in html.replace("&", "")
    assert 'href="javascript:' not in html
    assert '<span class="twemoji">' not in html.split("rg-facts")[0]  # :smile: stayed text
    # the reader sees exactly what the editor typed
    text = unescape(re.sub(r"<[^>]+>", "", html))
    assert HOSTILE_TITLE in text
    assert HOSTILE_DUTY in text
    assert HOSTILE_SUMMARY in text
    # the title in <title>, in the start page's card, the roles overview, the calculator
    # (the role has a pay model) and the pages that quote it stays text too
    assert "<title>&lt;script&gt;" in html
    assert 'onmouseover="alert(3)"' not in html
    for other in (
        "roller/kundansvarig/index.html",
        "index.html",
        "roller/index.html",
        "provisionskalkylator/index.html",
        "jamfor/index.html",
        "jamfor/kundansvarig-vs-innesaljare/index.html",
        "roller/kundansvarig/platsannons/index.html",
        "roller/kundansvarig/arbetsbeskrivning/index.html",
        "roller/innesaljare/index.html",
    ):
        assert_no_markup_from_the_data((site / other).read_text("utf-8"), other)
