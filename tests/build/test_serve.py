"""`mkdocs serve` of the tests' own organisation survives a broken edit: the error shows on
the page, the server keeps answering with the last good pages, and fixing the file
recovers."""

from __future__ import annotations

import html
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from helpers import copy_fixture_data, edit, fixture_config, mkdocs_serve

PAGE = "/roller/kundansvarig/"


def fetch(url: str) -> str | None:
    """The page's HTML with character references decoded, as the reader's browser shows it."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return html.unescape(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def test_a_broken_edit_shows_the_error_and_fixing_it_recovers(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path / "data-copy")
    config = fixture_config(tmp_path / "project")
    log = tmp_path / "serve.log"
    role = data / "roles" / "kundansvarig.yml"
    with mkdocs_serve(data, config, log) as url:
        wait_for(lambda: (fetch(url + PAGE) or "").count("rg-num") > 0, "the first build")
        assert "Minst 2 år inom försäljning" in (fetch(url + PAGE) or "")

        edit(role, "min_years: 2", "min_years: -3")
        wait_for(lambda: "Datafel" in (fetch(url + PAGE) or ""), "the error notice")
        page = fetch(url + PAGE) or ""
        assert "requirements.experience.min_years: ska vara minst 0, men är -3" in page
        # the last good page is still there under the notice: its last duty, its old years
        assert "2.8" in page and "Minst 2 år inom försäljning" in page
        assert "Datafel" in (fetch(url + "/") or "")  # and the notice is on every page
        assert "Datafel" in (fetch(url + "/roller/teamledare/") or "")

        edit(role, "min_years: -3", "min_years: 3")
        wait_for(lambda: "Datafel" not in (fetch(url + PAGE) or "Datafel"), "the recovery")
        assert "Minst 3 år inom försäljning" in (fetch(url + PAGE) or "")
        # the server kept answering throughout
        assert fetch(url + "/") is not None
    output = log.read_text("utf-8")
    assert "Traceback" not in output
    assert "kundansvarig.yml" in output  # the error was also printed for the terminal
