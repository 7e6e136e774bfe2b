"""Browser tests: Playwright driving Debian's Chromium against the built site on 127.0.0.1.

Without /usr/bin/chromium the tests skip and say how to install it; with
ROLLGUIDEN_REQUIRE_BROWSER=1 (set by .ci/run) a missing browser fails them instead.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Page

from helpers import CHROMIUM, CHROMIUM_ARGS

MISSING_CHROMIUM = (
    "Chromium saknas: installera Debians paket med `sudo apt-get install -y chromium` "
    "(Playwrights egen nedladdning fungerar inte här)."
)


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict) -> dict:
    if not CHROMIUM.exists():
        if os.environ.get("ROLLGUIDEN_REQUIRE_BROWSER") == "1":
            pytest.fail(MISSING_CHROMIUM)
        pytest.skip(MISSING_CHROMIUM)
    return {
        **browser_type_launch_args,
        "executable_path": str(CHROMIUM),
        "args": CHROMIUM_ARGS,
        "headless": True,
    }


@dataclass
class Watch:
    """What a page did that a reader would not want: errors, and requests leaving the site."""

    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)

    def assert_clean(self) -> None:
        assert self.console_errors == []
        assert self.outside_requests == []


@pytest.fixture
def watch(page: Page) -> Iterator[Watch]:
    """Records console errors, uncaught exceptions and every request not to 127.0.0.1."""
    seen = Watch()

    def on_console(message) -> None:
        if message.type == "error":
            seen.console_errors.append(message.text)

    def on_request(request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return
        if parts.hostname != "127.0.0.1":
            seen.outside_requests.append(request.url)

    page.on("console", on_console)
    page.on("pageerror", lambda error: seen.console_errors.append(str(error)))
    page.on("request", on_request)
    yield seen
    seen.assert_clean()


# Listens before any script of the page runs: what the Content-Security-Policy blocked.
RECORD_VIOLATIONS = """
window.__violations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def violations(page: Page) -> Callable[[], list[str]]:
    """What the Content-Security-Policy has blocked on the page so far ('directive what')."""
    page.add_init_script(RECORD_VIOLATIONS)
    return lambda: page.evaluate("window.__violations ?? []")


@pytest.fixture
def page_without_javascript(browser) -> Iterator[Page]:
    """A page in a browser context with JavaScript switched off: what the build alone shows."""
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()
