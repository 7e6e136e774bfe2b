"""The tools under Material's instant navigation (off in mkdocs.yml, because it needs the
site's final address in site_url): built here with it on, the tools start on every visit
without a page reload, the calculator only once per visit, and a page left behind leaves
the next one's address alone."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import sys
import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from helpers import PROJECT_DIR

pytestmark = pytest.mark.browser


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture(scope="module")
def instant_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    url = f"http://127.0.0.1:{port}/"
    # INHERIT resolves paths from the child file, so it sits beside mkdocs.yml for the build
    config = PROJECT_DIR / f".mkdocs-instant-{os.getpid()}.yml"
    config.write_text(
        "INHERIT: mkdocs.yml\n"
        f"site_url: {url}\n"
        "theme:\n  features: [navigation.instant, content.action.edit, search.suggest]\n",
        "utf-8",
    )
    site = tmp_path_factory.mktemp("instant") / "site"
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "mkdocs",
                "build",
                "--strict",
                "-f",
                str(config),
                "-d",
                str(site),
            ],
            cwd=PROJECT_DIR,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        )
    finally:
        config.unlink()
    assert result.returncode == 0, result.stderr
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", port), functools.partial(_Quiet, directory=str(site))
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
    # started once on this visit: one option per role plus "Egen modell", not twice that
    expect(page.locator("#rg-role option")).to_have_count(4)
    page.get_by_role("button", name="Lägg till affär").click()
    expect(page.locator("#rg-deals tr")).to_have_count(9)


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
    expect(page.get_by_role("heading", name="Kundavdelningen")).to_be_visible()
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
