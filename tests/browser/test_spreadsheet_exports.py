"""Every export a spreadsheet opens keeps a cell from starting a formula (issue 27, §3): the
comparison's CSV file and its table on the clipboard (as text and as HTML), and the
calculator's deals file, whose fields hold whatever a link put there."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from urllib.parse import quote

import pytest
from playwright.sync_api import Page, expect

from helpers import copy_fixture_data, edit, fixture_config, run_mkdocs_build, serve

pytestmark = pytest.mark.browser

FOCUS = "=1+1 och de största kunderna"
"""The kundansvarig's purpose, as an editor could write it, and as a spreadsheet would run
it: the comparison shows it in the row Syfte och fokus."""


@pytest.fixture(scope="module")
def site_url(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("formula")
    data = copy_fixture_data(folder)
    edit(
        data / "roles" / "kundansvarig.yml",
        "focus: Långsiktiga och lönsamma relationer med de största kunderna.",
        f'focus: "{FOCUS}"',
    )
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    yield from serve(folder / "site")


def open_picker(page: Page, url: str) -> None:
    page.goto(url + "/jamfor/?roller=kundansvarig,kundradgivare")
    page.locator("[data-rg-mounted]").wait_for()


def test_the_comparisons_csv_keeps_the_cell_text(page: Page, watch, site_url: str) -> None:
    open_picker(page, site_url)
    with page.expect_download() as caught:
        page.get_by_role("button", name="Ladda ner som CSV").click()
    rows = list(
        csv.reader(io.StringIO(Path(caught.value.path()).read_text("utf-8-sig")), delimiter=";")
    )
    assert [row[1] for row in rows if row[0] == "Syfte och fokus"] == [f"'{FOCUS}"]


def test_the_copied_table_keeps_the_cell_text(page: Page, watch, site_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_picker(page, site_url)
    page.get_by_role("button", name="Kopiera som tabell").click()
    expect(page.get_by_text("Tabellen är kopierad")).to_be_visible()
    text = page.evaluate("navigator.clipboard.readText()")
    rows = [line.split("\t") for line in text.split("\n")]
    assert [row[1] for row in rows if row[0] == "Syfte och fokus"] == [f"'{FOCUS}"]
    html = page.evaluate(
        """async () => {
          const [item] = await navigator.clipboard.read();
          return await (await item.getType("text/html")).text();
        }"""
    )
    assert f"<td>'{FOCUS}</td>" in html and f"<td>{FOCUS}</td>" not in html


def test_the_calculators_deals_file_keeps_the_fields_text(page: Page, watch, site_url: str) -> None:
    hostile = "=cmd|' /C calc'!A0"
    page.goto(site_url + "/provisionskalkylator/?roll=kundansvarig&affarer=" + quote(hostile))
    page.locator("[data-rg-mounted]").wait_for()
    # the button shows when the deals outgrow a link; the file is the same either way
    with page.expect_download() as caught:
        page.evaluate("document.getElementById('rg-download-deals').click()")
    lines = Path(caught.value.path()).read_text("utf-8-sig").splitlines()
    assert lines == [f"'{hostile}"]
