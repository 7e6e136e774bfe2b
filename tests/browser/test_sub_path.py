"""The site served under a sub-path (/rollguiden/), as an intranet's web server often
serves it: with `site_url` set to that address (DEPLOYMENT.md), every page and the 404
page load their style sheets and scripts from the site, and the 404 page's links lead into
it. The server answers a missing address with the site's 404.html, as nginx's `error_page`,
Apache's `ErrorDocument` and IIS's custom errors do."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml
from playwright.sync_api import Page, expect

from helpers import FIXTURE_DATA_DIR, fixture_config, free_port, run_mkdocs_build

pytestmark = pytest.mark.browser

SUB_PATH = "/rollguiden/"


class _SubPathServer(http.server.SimpleHTTPRequestHandler):
    """A static server whose missing addresses get the site's 404 page, with status 404."""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None):
        if code != 404:
            return super().send_error(code, message, explain)
        body = (Path(self.directory) / SUB_PATH.strip("/") / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def sub_path_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("sub-path")
    port = free_port()
    config_path = fixture_config(folder)
    config = yaml.safe_load(config_path.read_text("utf-8"))
    config["site_url"] = f"http://127.0.0.1:{port}{SUB_PATH}"
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), "utf-8")
    www = folder / "www"
    result = run_mkdocs_build(www / SUB_PATH.strip("/"), FIXTURE_DATA_DIR, config_path)
    assert result.returncode == 0, result.stderr
    assert "site_url saknas" not in result.stderr  # said only where it is missing
    handler = functools.partial(_SubPathServer, directory=str(www))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{port}{SUB_PATH}"
    server.shutdown()


def failed_responses(page: Page) -> list[str]:
    failed: list[str] = []
    page.on(
        "response",
        lambda response: (
            failed.append(f"{response.status} {response.url}")
            if response.status >= 400 and response.request.resource_type != "document"
            else None
        ),
    )
    return failed


def test_a_missing_address_deep_under_the_sub_path_gets_a_whole_404_page(
    page: Page, sub_path_url: str
) -> None:
    failed = failed_responses(page)
    response = page.goto(sub_path_url + "roller/finns-inte/alls/")
    assert response is not None and response.status == 404
    expect(page.locator("h1")).to_have_text("Sidan finns inte")
    # the theme's style sheets applied: the header is the theme's, not unstyled text
    expect(page.locator(".md-header")).to_have_css("position", "sticky")
    page.wait_for_load_state("networkidle")
    assert failed == []
    # its links lead into the site, not to the server's root
    page.get_by_role("link", name="Alla roller").click()
    expect(page).to_have_url(sub_path_url + "roller/")
    expect(page.locator("h1")).to_contain_text("Roller")


def test_pages_and_their_tools_work_under_the_sub_path(page: Page, sub_path_url: str) -> None:
    failed = failed_responses(page)
    page.goto(sub_path_url + "provisionskalkylator/")
    expect(page.locator(".rg-summary__total")).to_be_visible()
    page.goto(sub_path_url + "roller/kundansvarig/")
    expect(page.locator("h1")).to_contain_text("Kundansvarig")
    page.wait_for_load_state("networkidle")
    assert failed == []
