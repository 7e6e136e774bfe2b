"""Text from the data reaches a tooltip only as text, and the Content-Security-Policy is
the second wall: the pages break none of it, and it blocks an injected handler.

The hostile site is the tests' own organisation with markup in a glossary expansion and at
the end of a long role title, the two places where the theme's tooltips once read a title
back as HTML."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect

from helpers import copy_fixture_data, fixture_config, run_mkdocs_build, serve
from rollguiden.output.content_policy import meta_policy

pytestmark = pytest.mark.browser

PAYLOAD = "<img src=x onerror=alert(document.domain)>"
EXPANSION = f'Nyckeltal {PAYLOAD} &amp; "citat" R&D'
LONG_TITLE = (
    "Kundrådgivare för de allra största och viktigaste kunderna i norra regionen " + PAYLOAD
)
COMPARISON_TITLE = "Vad skiljer rollerna åt när titeln är mycket lång och slutar med " + PAYLOAD


@pytest.fixture(scope="module")
def hostile_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("hostile")
    data = copy_fixture_data(folder)
    glossary = data / "glossary.yml"
    terms = yaml.safe_load(glossary.read_text("utf-8"))
    terms["terms"][0]["expansion"] = EXPANSION
    glossary.write_text(yaml.safe_dump(terms, allow_unicode=True), "utf-8")
    role_file = data / "roles" / "kundradgivare.yml"
    role = yaml.safe_load(role_file.read_text("utf-8"))
    role["title"] = LONG_TITLE
    role["duties"][0]["text"] = "Följer upp sina KPI varje vecka."
    role_file.write_text(yaml.safe_dump(role, allow_unicode=True), "utf-8")
    comparisons_file = data / "comparisons.yml"
    comparisons = yaml.safe_load(comparisons_file.read_text("utf-8"))
    comparisons["comparisons"][0]["title"] = COMPARISON_TITLE
    comparisons_file.write_text(yaml.safe_dump(comparisons, allow_unicode=True), "utf-8")
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    yield from serve(folder / "site")


@pytest.fixture
def guarded(page: Page, violations: Callable[[], list[str]]) -> Iterator[Page]:
    """The page, failing the test if a dialog opens or the policy blocks anything."""
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    assert dialogs == []
    assert violations() == []


def assert_no_injected_element(page: Page) -> None:
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("document.querySelectorAll('[onerror]').length") == 0


def test_glossary_tooltip_shows_the_expansion_as_text(guarded: Page, watch, hostile_url) -> None:
    guarded.goto(f"{hostile_url}/roller/kundradgivare/")
    # glossary.js is fetched after the page loads: hover once it listens
    expect(guarded.locator("html")).to_have_attribute("data-rg-glossary", "ready")
    term = guarded.locator(".md-content abbr", has_text="KPI").first
    expect(term).to_have_attribute("title", EXPANSION)
    term.hover()
    tooltip = guarded.get_by_role("tooltip")
    expect(tooltip).to_have_text(EXPANSION)  # every character as typed, "&amp;" included
    expect(term).to_have_attribute("aria-describedby", "rg-glossary-tooltip")
    guarded.wait_for_timeout(300)
    assert_no_injected_element(guarded)
    guarded.mouse.move(0, 0)
    expect(tooltip).to_have_count(0)
    expect(term).to_have_attribute("title", EXPANSION)  # back for the next hover


@pytest.mark.parametrize(
    ("path", "title"),
    [
        ("/roller/kundradgivare/", LONG_TITLE),
        ("/jamfor/kundradgivare-vs-teamledare/", COMPARISON_TITLE),
    ],
)
def test_long_title_in_the_header_stays_text(
    guarded: Page, watch, hostile_url: str, path: str, title: str
) -> None:
    guarded.set_viewport_size({"width": 900, "height": 700})
    guarded.goto(hostile_url + path)
    guarded.mouse.wheel(0, 1500)  # the header swaps the site's name for the page's title
    header_title = guarded.locator(".md-header__topic[data-md-component=header-topic] .md-ellipsis")
    expect(header_title).to_have_text(title)
    assert header_title.evaluate("element => element.scrollWidth > element.offsetWidth")
    header_title.hover()
    guarded.wait_for_timeout(600)
    assert_no_injected_element(guarded)
    expect(guarded.get_by_role("tooltip")).to_have_count(0)


def test_the_policy_blocks_an_injected_handler_and_script(
    page: Page, violations: Callable[[], list[str]], fixture_url: str
) -> None:
    page.goto(f"{fixture_url}/roller/teamledare/")
    page.evaluate(
        """() => {
          const html = '<img src="data:," onerror="window.__ran = 1">';
          document.body.insertAdjacentHTML("beforeend", html);
          const script = document.createElement("script");
          script.textContent = "window.__ran_script = 1";
          document.body.append(script);
        }"""
    )
    page.wait_for_timeout(300)
    assert page.evaluate("window.__ran") is None
    assert page.evaluate("window.__ran_script") is None
    blocked = violations()
    assert any(v.startswith("script-src-attr inline") for v in blocked), blocked
    assert any(v.startswith("script-src-elem inline") for v in blocked), blocked


PAGE_TYPES = [
    "/",
    "/roller/",
    "/roller/teamledare/",
    "/roller/teamledare/arbetsbeskrivning/",
    "/roller/teamledare/platsannons/",
    "/jamfor/",
    "/jamfor/kundradgivare-vs-teamledare/",
    "/jamfor/?roller=kundradgivare,teamledare",
    "/passar-jag/",
    "/provisionskalkylator/",
    "/register/",
    "/register/fardigheter/",
    "/register/ordlista/",
    "/api/",
    "/404.html",
]


@pytest.mark.parametrize("path", PAGE_TYPES)
def test_every_kind_of_page_keeps_within_the_policy(
    guarded: Page, watch, fixture_url: str, path: str
) -> None:
    guarded.goto(fixture_url + path)
    guarded.wait_for_load_state("networkidle")
    policy = guarded.locator("meta[http-equiv='Content-Security-Policy']")
    expect(policy).to_have_attribute("content", meta_policy())
    # the tools started: their scripts ran under the policy
    for tool in guarded.locator("[data-rg-calculator], [data-rg-compare], [data-rg-fit]").all():
        expect(tool).to_have_attribute("data-rg-mounted", "true")


def test_search_keeps_within_the_policy(guarded: Page, watch, fixture_url: str) -> None:
    guarded.goto(fixture_url + "/")
    guarded.keyboard.press("s")
    field = guarded.get_by_placeholder("Sök")
    field.press_sequentially("kunder")
    expect(guarded.locator(".md-search-result__item").first).to_be_visible()


def test_the_built_pages_carry_the_policy_and_no_inline_code(fixture_site: Path) -> None:
    pages = sorted(fixture_site.rglob("*.html"))
    assert len(pages) > 10
    for path in pages:
        html = path.read_text("utf-8")
        # first in the head: a policy in a meta element covers only what follows it, and the
        # description after it carries data text
        head = html.split("<head>", 1)[1].lstrip()
        assert head.startswith('<meta http-equiv="Content-Security-Policy"'), path
        assert "<style" not in html, path
        assert ' style="' not in html, path
        for script in html.split("<script")[1:]:
            opening = script.split(">", 1)[0]
            assert " src=" in opening or 'type="application/json"' in opening, (path, opening)


@pytest.mark.parametrize(
    "path", ["/", "/roller/", "/roller/teamledare/arbetsbeskrivning/", "/404.html"]
)
def test_the_themes_moved_script_scopes_storage_to_the_site(
    page: Page, watch, fixture_url: str, path: str
) -> None:
    # the theme keeps the reader's colour scheme and chosen tabs under the site's root
    page.goto(fixture_url + path)
    assert page.evaluate("__md_scope.href") == fixture_url + "/"
    page.locator("label[title='Byt till mörkt läge']").click()
    page.goto(f"{fixture_url}/roller/kundradgivare/")
    expect(page.locator("body")).to_have_attribute("data-md-color-scheme", "slate")
