"""The tools under Material's instant navigation (off in mkdocs.yml, because it needs the
site's final address in site_url): the tests' own organisation built here with it on, the
tools start on every visit without a page reload, the calculator only once per visit, and
a page left behind leaves the next one's address alone."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator

import pytest
import yaml
from playwright.sync_api import Page, expect

from helpers import FIXTURE_DATA_DIR, PROJECT_DIR, fixture_config, free_port, run_mkdocs_build

pytestmark = pytest.mark.browser

# kundansvarig, kundradgivare and teamledare have a pay model, innesaljare none
ROLES_WITH_PAY = 3
FIRST_ROLES_DEALS = 4  # kundansvarig's typical month: the plan of 400 000 in deals of 100 000


def project_theme_features() -> list[str]:
    class Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml names Python objects (!!python/name:…): irrelevant here, read as None
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
    config = yaml.load((PROJECT_DIR / "mkdocs.yml").read_text("utf-8"), Loader=Loader)
    return list(config["theme"].get("features", []))


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def instant_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The tests' own organisation built with instant navigation, served at the address
    the build was told (instant navigation needs it in site_url)."""
    port = free_port()
    url = f"http://127.0.0.1:{port}/"
    folder = tmp_path_factory.mktemp("instant")
    config_path = fixture_config(folder)
    config = yaml.safe_load(config_path.read_text("utf-8"))
    config["site_url"] = url
    # the project's own features and instant navigation (the list replaces the inherited one)
    config["theme"]["features"] = [*project_theme_features(), "navigation.instant"]
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    result = run_mkdocs_build(folder / "site", FIXTURE_DATA_DIR, config_path)
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(_Quiet, directory=str(folder / "site"))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield url.rstrip("/")
    server.shutdown()


def test_calculator_starts_after_instant_navigation(page: Page, watch, instant_url: str) -> None:
    page.goto(instant_url + "/")
    page.evaluate("window.__sameDocument = true")
    nav = page.locator(".md-nav--primary")
    nav.get_by_role("link", name="Provisionskalkylator").click()
    expect(page).to_have_url(instant_url + "/provisionskalkylator/")
    expect(page.locator(".rg-summary__total")).to_be_visible()
    assert page.evaluate("window.__sameDocument") is True  # no full page load happened

    nav.get_by_role("link", name="Roller", exact=True).click()
    expect(page).to_have_url(instant_url + "/roller/")
    nav.get_by_role("link", name="Provisionskalkylator").click()
    expect(page.locator(".rg-summary__total")).to_be_visible()
    assert page.evaluate("window.__sameDocument") is True
    # started once on this visit: one option per role with pay plus "Egen modell", not
    # twice that; one deal added to the first role's month, not two
    expect(page.locator("#rg-role option")).to_have_count(ROLES_WITH_PAY + 1)
    page.get_by_role("button", name="Lägg till affär").click()
    expect(page.locator("#rg-deals tr")).to_have_count(FIRST_ROLES_DEALS + 1)


def test_leaving_the_calculator_leaves_the_next_address_alone(
    page: Page, watch, instant_url: str
) -> None:
    # The calculator writes its state to the address a moment after each edit. A reader who
    # edits and moves on within that moment must land on the next page's own address, not
    # on one carrying the calculator's query.
    page.goto(instant_url + "/provisionskalkylator/")
    expect(page.locator(".rg-summary__total")).to_be_visible()
    page.locator("#rg-base").press_sequentially("1")
    page.locator(".md-nav--primary").get_by_role("link", name="Roller", exact=True).click()
    expect(page.get_by_role("heading", name="Kundavdelningen")).to_be_visible()  # kundradgivare
    # outlast the calculator's delay before the address write (250 ms) several times over
    page.evaluate("new Promise((done) => setTimeout(done, 1000))")
    assert page.url == instant_url + "/roller/"


@pytest.mark.parametrize(
    ("link", "started"),
    [("Passar jag?", ".rg-fit-summary"), ("Jämför roller", ".rg-picker-status")],
)
def test_the_other_tools_start_after_instant_navigation(
    page: Page, watch, instant_url: str, link: str, started: str
) -> None:
    page.goto(instant_url + "/")
    page.evaluate("window.__sameDocument = true")
    page.locator(".md-nav--primary").get_by_role("link", name=link).click()
    # the tool un-hid itself and wrote its first status: its script ran on this visit
    expect(page.locator(started)).to_be_visible()
    expect(page.locator(started)).not_to_be_empty()
    assert page.evaluate("window.__sameDocument") is True


def test_a_pending_address_write_leaves_the_next_pages_address_alone(
    page: Page, watch, instant_url: str
) -> None:
    page.goto(instant_url + "/provisionskalkylator/")
    expect(page.locator(".rg-summary__total")).to_be_visible()
    page.locator("#rg-base").fill("41000")  # the form writes its address after a delay
    # the moment instant navigation has set the next page's address, before it swaps the
    # page: the delayed write must not put the calculator's query on that address
    page.evaluate("history.pushState(null, '', '/roller/')")
    page.wait_for_timeout(1000)  # four times the calculator's delay
    assert page.evaluate("location.pathname + location.search") == "/roller/"
