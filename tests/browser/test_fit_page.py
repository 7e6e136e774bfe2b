"""'Passar jag?' in Chromium: three candidate profiles and their expected ranking, worked
out by hand from the role files (see the comments); nothing typed leaves the page, and the
answers reach an address only when the user copies the link."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from helpers import DATA_DIR

pytestmark = pytest.mark.browser

PAGE = "/passar-jag/"
VOCABULARY = yaml.safe_load((DATA_DIR / "vocabulary.yml").read_text("utf-8"))


def requirements(role_id: str) -> dict:
    role = yaml.safe_load((DATA_DIR / "roles" / f"{role_id}.yml").read_text("utf-8"))
    return role["requirements"]


def label(kind: str, term_id: str) -> str:
    return next(term["label"] for term in VOCABULARY[kind] if term["id"] == term_id)


def open_check(page: Page, url: str) -> None:
    page.goto(url)
    page.locator("[data-rg-mounted]").wait_for()


def fill(page: Page, education: str, years: dict[str, str], languages, skills, qualities) -> None:
    page.get_by_label("Högsta avslutade utbildning").select_option(label=education)
    for field, value in years.items():
        page.get_by_label(f"År inom {field}").press_sequentially(value)
    for kind, chosen in (("languages", languages), ("skills", skills), ("qualities", qualities)):
        for term_id in chosen:
            page.locator(f'input[name="{kind}"][value="{term_id}"]').check()


def ranking(page: Page) -> list[tuple[str, str]]:
    results = page.locator(".rg-fit-result")
    return [
        (item.locator(".rg-fit-badge").inner_text(), item.locator("a").inner_text())
        for item in results.all()
    ]


def test_a_key_account_profile(page: Page, watch, site_url: str) -> None:
    open_check(page, site_url + PAGE)
    kam = requirements("key-account-manager")
    fill(
        page,
        "Högskoleexamen",
        {"försäljning": "3"},
        ["svenska", "engelska"],
        kam["skills"],
        kam["qualities"],
    )
    # KAM: every requirement and all 19 skills and qualities. Sales manager: 3 < 5 years
    # and 7 of 13 (0.54) – not yet. Kundtjänstchef: no hard gap but 4 of 9 (0.44) – not yet.
    assert ranking(page) == [
        ("Uppfyller", "Key Account Manager"),
        ("Inte än", "Försäljningschef"),
        ("Inte än", "Kundtjänstchef"),
    ]
    # one role, so "roll" in the singular
    expect(page.locator(".rg-fit-summary")).to_have_text(
        "1 roll där du uppfyller kraven, 0 där du nästan gör det."
    )
    sales_manager = page.locator(".rg-fit-result").nth(1)
    expect(sales_manager).to_contain_text("Erfarenhet: 2 år till inom försäljning")
    expect(sales_manager).to_contain_text("7 av 13 färdigheter och egenskaper")


def test_a_service_minded_beginner(page: Page, watch, site_url: str) -> None:
    open_check(page, site_url + PAGE)
    service = requirements("kundtjanstchef")
    fill(page, "Gymnasieutbildning", {}, ["svenska"], service["skills"], service["qualities"])
    # Kundtjänstchef: all 9. Sales manager 5 of 13, KAM 4 of 19; both lack education,
    # years and a foreign language.
    assert ranking(page) == [
        ("Uppfyller", "Kundtjänstchef"),
        ("Inte än", "Försäljningschef"),
        ("Inte än", "Key Account Manager"),
    ]
    kam = page.locator(".rg-fit-result").nth(2)
    expect(kam).to_contain_text("Utbildning: rollen kräver högskoleexamen")
    expect(kam).to_contain_text("Språk: engelska eller annat främmande språk")


def test_a_sales_leader_and_a_shared_link(page: Page, watch, site_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_check(page, site_url + PAGE)
    leader = requirements("forsaljningschef")
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    fill(
        page,
        "Högskoleexamen",
        {"försäljning": "6", "arbetsledning": "2"},
        ["svenska", "engelska"],
        leader["skills"],
        leader["qualities"],
    )
    # Sales manager: all 13. Kundtjänstchef: no hard gap, 5 of 9 (0.56) – nearly.
    # KAM: no hard gap but 7 of 19 (0.37) – not yet.
    expected = [
        ("Uppfyller", "Försäljningschef"),
        ("Nästan", "Kundtjänstchef"),
        ("Inte än", "Key Account Manager"),
    ]
    assert ranking(page) == expected
    assert requests == []  # answering sends nothing anywhere
    assert urlsplit(page.url).query == ""  # and writes nothing into the address

    page.get_by_role("button", name="Kopiera länk").click()
    link = page.evaluate("navigator.clipboard.readText()")
    assert "utb=hogskola" in link and "erf=forsaljning%3A6%2Carbetsledning%3A2" in link
    again = page.context.new_page()
    open_check(again, link)
    assert ranking(again) == expected
    expect(again.get_by_label("År inom försäljning")).to_have_value("6")


def test_years_that_are_not_a_number(page: Page, watch, site_url: str) -> None:
    open_check(page, site_url + PAGE)
    field = page.get_by_label("År inom försäljning")
    field.press_sequentially("två")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#rg-fit-years-forsaljning-error")).to_have_text(
        "Skriv antal år som ett tal, till exempel 2 eller 1,5."
    )
    assert "NaN" not in page.locator(".rg-fit").inner_text()


def test_self_check_is_axe_clean(page: Page, watch, site_url: str) -> None:
    open_check(page, site_url + PAGE + "?utb=gymnasium&fard=forhandling")
    results = Axe().run(page, context={"include": [[".rg-fit"]]})
    assert results.response["violations"] == []


def test_a_label_for_every_term(page: Page, watch, site_url: str) -> None:
    open_check(page, site_url + PAGE)
    for kind in ("skills", "qualities", "languages"):
        for term in VOCABULARY[kind]:
            expect(page.locator(f'input[name="{kind}"][value="{term["id"]}"]')).to_be_attached()
    assert label("skills", "kontorsvana") == "Kontorsteknik"


def test_job_ad_copy_and_download(page: Page, watch, site_url: str, tmp_path: Path) -> None:
    from rollguiden.job_ad import job_ad
    from rollguiden.labels import load_labels
    from rollguiden.load import load_catalog
    from rollguiden.views import role_view

    catalog = load_catalog(DATA_DIR)
    labels = load_labels()
    ad = job_ad(catalog, role_view(catalog, catalog.role("kundtjanstchef"), labels), labels)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(site_url + "/roller/kundtjanstchef/platsannons/")
    page.locator("[data-rg-mounted]").wait_for()
    page.get_by_role("button", name="Kopiera texten").click()
    expect(page.get_by_text("Texten är kopierad.")).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == ad.text()
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Ladda ner som Markdown").click()
    download = download_info.value
    assert download.suggested_filename == "platsannons-kundtjanstchef.md"
    assert Path(download.path()).read_text("utf-8") == ad.markdown()
