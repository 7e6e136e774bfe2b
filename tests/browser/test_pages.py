"""The built site in Chromium: pages load cleanly, Swedish search finds roles by their duties,
and axe-core finds nothing wrong with our own markup."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from helpers import ROLE_IDS

pytestmark = pytest.mark.browser

# Violations in the theme's own markup that CSS cannot fix, allowed with the reason.
THEME_VIOLATIONS_ALLOWED = {
    # Material's search dialog <div class="md-search" role="dialog"> has no accessible
    # name. The search field inside it is labelled ("Sök"), so screen readers announce the
    # search; fixing the dialog itself would mean forking the theme's search partial.
    ("aria-dialog-name", ".md-search"),
}

PAGES = [
    "/",
    "/roller/",
    "/jamfor/",
    "/jamfor/kundtjanstchef-vs-forsaljningschef/",
    "/provisionskalkylator/",
    "/passar-jag/",
    "/register/",
    "/register/fardigheter/",
    "/register/ansvarsomraden/",
    "/register/ordlista/",
    "/api/",
    "/roller/key-account-manager/arbetsbeskrivning/",
    "/roller/key-account-manager/platsannons/",
    "/om-rollguiden/",
    "/arbetsbeskrivningar/",
    "/404.html",
    *(f"/roller/{role}/" for role in ROLE_IDS),
]


@pytest.mark.parametrize("path", PAGES)
def test_page_loads_without_errors_or_outside_requests(
    page: Page, watch, site_url: str, path: str
) -> None:
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    expect(page.locator("article h1")).to_be_visible()


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("kreditvärdighet", "key-account-manager"),  # duty 2.5
        ("kundfordringar", "key-account-manager"),  # duty 2.13
        ("representation", "kundtjanstchef"),  # right 2
        ("rekryterar", "forsaljningschef"),  # duty 4
        ("förhandla", "kundtjanstchef"),  # duty 3: förhandlar med kunderna
        ("provision", "key-account-manager"),  # the pay model
    ],
)
def test_swedish_search_finds_a_role_by_a_word_from_its_duties(
    page: Page, watch, site_url: str, word: str, role: str
) -> None:
    page.goto(site_url + "/")
    page.get_by_role("textbox", name="Sök").click()
    # Material's search listens to key events, so type key by key
    page.get_by_role("textbox", name="Sök").press_sequentially(word, delay=20)
    results = page.locator(".md-search-result__item")
    expect(results.first).to_be_visible(timeout=15_000)
    expect(page.locator(f'.md-search-result a[href*="roller/{role}/"]').first).to_be_attached()


def test_duty_tabs_work_by_keyboard(page: Page, watch, site_url: str) -> None:
    page.goto(site_url + "/roller/key-account-manager/")
    by_number = page.get_by_text("I nummerordning", exact=True)
    by_number.focus()
    page.keyboard.press("Enter")
    panel = page.locator(".tabbed-block").nth(1)
    expect(panel).to_be_visible()
    expect(panel.locator(".rg-num").first).to_have_text("2.1")


@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_no_violations(page: Page, watch, site_url: str, path: str) -> None:
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    results = Axe().run(page)
    violations = [
        (violation["id"], " ".join(node["target"]), node["html"][:120])
        for violation in results.response["violations"]
        for node in violation["nodes"]
        if (violation["id"], " ".join(node["target"])) not in THEME_VIOLATIONS_ALLOWED
    ]
    assert violations == []


@pytest.mark.parametrize("path", PAGES)
def test_no_sideways_scrolling_on_a_phone(page: Page, watch, site_url: str, path: str) -> None:
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site_url + path)
    page.wait_for_load_state("networkidle")
    overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0


@pytest.mark.parametrize(
    ("path", "tool"), [("/provisionskalkylator/", ".rg-calculator"), ("/passar-jag/", ".rg-fit")]
)
def test_without_javascript_a_tool_shows_only_its_notice(
    page_without_javascript: Page, site_url: str, path: str, tool: str
) -> None:
    page = page_without_javascript
    page.goto(site_url + path)
    expect(page.locator(".rg-noscript")).to_contain_text("behöver JavaScript")
    expect(page.locator(tool)).to_be_hidden()  # a form that would answer nothing
