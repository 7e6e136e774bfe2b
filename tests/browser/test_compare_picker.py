"""The role picker in Chromium: choose roles, share the address, reload, export as CSV and
as a table – and the page agrees with the Python comparison of the same roles."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from helpers import DATA_DIR
from rollguiden.compare import compare_pair
from rollguiden.labels import load_labels
from rollguiden.load import load_catalog
from rollguiden.matrix import DIMENSIONS, role_cells
from rollguiden.views import role_view

pytestmark = pytest.mark.browser

CATALOG = load_catalog(Path(DATA_DIR))
LABELS = load_labels()
PAGE = "/jamfor/"


def open_picker(page: Page, url: str) -> None:
    page.goto(url)
    page.locator("[data-rg-mounted]").wait_for()


def expected_rows(role_ids: list[str]) -> list[list[str]]:
    """The export as the Python side computes it: header, then a row per dimension."""
    roles = [CATALOG.role(role_id) for role_id in role_ids]
    cells = [role_cells(CATALOG, role_view(CATALOG, role, LABELS), LABELS) for role in roles]
    names = LABELS["compare"]["dimensions"]
    rows = [["Jämförs", *(role.title for role in roles), "Skiljer sig"]]
    for key in DIMENSIONS:
        values = [cell[key] for cell in cells]
        shown = ["; ".join(value.items) if value.items else value.text for value in values]
        differs = "ja" if len({value.key for value in values}) > 1 else ""
        rows.append([names[key], *shown, differs])
    return rows


def test_pick_roles_share_the_address_and_reload(page: Page, watch, site_url: str) -> None:
    open_picker(page, site_url + PAGE)
    head = page.locator(".rg-matrix thead th")
    expect(head).to_have_count(4)  # every role until two are chosen
    page.get_by_label("Kundtjänstchef").check()
    page.get_by_label("Key Account Manager").check()
    expect(page).to_have_url(site_url + PAGE + "?roller=kundtjanstchef%2Ckey-account-manager")
    expect(head).to_have_text(["Jämförs", "Kundtjänstchef", "Key Account Manager"])

    page.reload()
    page.locator("[data-rg-mounted]").wait_for()
    expect(page.get_by_label("Kundtjänstchef")).to_be_checked()
    expect(head).to_have_text(["Jämförs", "Kundtjänstchef", "Key Account Manager"])
    row = page.locator(".rg-matrix tbody tr", has_text="Antal arbetsuppgifter")
    expect(row.locator("td")).to_have_text(["7", "23"])  # the source: seven duties, 2.1–2.23
    expect(row).to_have_class("rg-differs")
    expect(row.locator("th")).to_have_text("Antal arbetsuppgifter ≠ (skiljer sig)")
    # all three roles differ here (a chef among them); the two chosen are both specialists
    same = page.locator(".rg-matrix tbody tr", has_text="Befattningskategori")
    expect(same).not_to_have_class("rg-differs")
    expect(same.locator("th")).to_have_text("Befattningskategori")

    page.get_by_label("Key Account Manager").uncheck()
    expect(head).to_have_count(4)  # one role left: every role again, in catalogue order
    expect(same).to_have_class("rg-differs")
    expect(page.locator(".rg-pairs")).to_have_count(0)


def test_differences_agree_with_the_python_comparison(page: Page, watch, site_url: str) -> None:
    open_picker(page, site_url + PAGE + "?roller=kundtjanstchef,forsaljningschef")
    pair = compare_pair(CATALOG, CATALOG.role("kundtjanstchef"), CATALOG.role("forsaljningschef"))
    details = page.locator(".rg-pair")
    expect(details).to_have_count(1)
    skills = details.locator(".rg-diff").first.locator("> div")
    expect(skills.nth(0).locator("li")).to_have_text([t.label for t in pair.sets["skills"].shared])
    expect(skills.nth(1).locator("li")).to_have_text([t.label for t in pair.sets["skills"].only_a])
    expect(skills.nth(2).locator("li")).to_have_text([t.label for t in pair.sets["skills"].only_b])
    expect(details).to_contain_text(
        "Utbildning: gymnasieutbildning jämfört med högskoleexamen. "
        "Kravet är högre i rollen som försäljningschef."
    )
    expect(details).to_contain_text(
        "Erfarenhet: inget krav jämfört med minst 5 år. "
        "Kravet är högre i rollen som försäljningschef."
    )
    expect(details).to_contain_text(
        "Rollen som försäljningschef ger 40\u00a0800\u00a0kr mer i månaden."
    )


def test_download_csv_and_parse_it(page: Page, watch, site_url: str) -> None:
    open_picker(page, site_url + PAGE + "?roller=forsaljningschef,key-account-manager")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Ladda ner som CSV").click()
    download = download_info.value
    assert download.suggested_filename == "rolljamforelse.csv"
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows == expected_rows(["forsaljningschef", "key-account-manager"])


def test_copy_as_a_table(page: Page, watch, site_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_picker(page, site_url + PAGE + "?roller=key-account-manager,kundtjanstchef")
    page.get_by_role("button", name="Kopiera som tabell").click()
    expect(page.get_by_text("Tabellen är kopierad.")).to_be_visible()
    text = page.evaluate("navigator.clipboard.readText()")
    rows = [line.split("\t") for line in text.split("\n")]
    assert rows == expected_rows(["key-account-manager", "kundtjanstchef"])


def test_without_a_choice_every_role_is_shown(page: Page, watch, site_url: str) -> None:
    open_picker(page, site_url + PAGE + "?roller=kundtjanstchef")
    expect(page.locator(".rg-matrix thead th")).to_have_count(4)
    expect(page.locator(".rg-picker-status")).to_contain_text("Välj minst två roller")


def test_hostile_addresses_render_as_text(page: Page, watch, site_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hostile = "<img src=x onerror=alert(1)>,<script>alert(2)</script>," + "x" * 3000
    open_picker(
        page,
        site_url
        + PAGE
        + "?roller="
        + hostile.replace("<", "%3C").replace(">", "%3E")
        + ",kundtjanstchef,kundtjanstchef,okand-roll,forsaljningschef",
    )
    status = page.locator(".rg-picker-status")
    expect(status).to_contain_text("<img src=x onerror=alert(1)>")
    expect(status).to_contain_text("okand-roll")
    assert page.locator(".rg-compare-tool img, .rg-compare-tool script").count() == 0
    assert dialogs == []
    # the duplicate is dropped, the two known roles compared
    expect(page.locator(".rg-matrix thead th")).to_have_text(
        ["Jämförs", "Kundtjänstchef", "Försäljningschef"]
    )


def test_without_javascript_the_full_matrix_is_there(
    page_without_javascript: Page, site_url: str
) -> None:
    page = page_without_javascript
    page.goto(site_url + PAGE)
    expect(page.locator(".rg-matrix thead th")).to_have_text(
        ["Jämförs", "Försäljningschef", "Key Account Manager", "Kundtjänstchef"]
    )
    expect(page.locator(".rg-picker")).to_be_hidden()  # its boxes would do nothing


def test_picked_comparison_is_axe_clean(page: Page, watch, site_url: str) -> None:
    open_picker(
        page, site_url + PAGE + "?roller=kundtjanstchef,key-account-manager,forsaljningschef"
    )
    expect(page.locator(".rg-pair")).to_have_count(3)
    results = Axe().run(page, context={"include": [[".rg-compare-tool"]]})
    assert results.response["violations"] == []
