"""`mkdocs serve` survives a broken edit: the error shows on the page, the server keeps
running with the last good pages, and fixing the file recovers."""

from __future__ import annotations

import html
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from helpers import PROJECT_DIR, copy_data, edit

PAGE = "/roller/key-account-manager/"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Path, subprocess.Popen]]:
    data = copy_data(tmp_path)
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=PROJECT_DIR,
        env={**os.environ, "ROLLGUIDEN_DATA": str(data), "NO_MKDOCS_2_WARNING": "1"},
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for(lambda: (fetch(url + PAGE) or "").count("rg-num") > 0, "the first build")
        yield url, data, process
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def test_a_broken_edit_shows_the_error_and_fixing_it_recovers(served, tmp_path: Path) -> None:
    url, data, process = served
    kam = data / "roles" / "key-account-manager.yml"

    edit(kam, "min_years: 2", "min_years: -3")
    wait_for(lambda: "Datafel" in (fetch(url + PAGE) or ""), "the error notice")
    page = fetch(url + PAGE) or ""
    assert "requirements.experience.min_years: ska vara minst 0, men är -3" in page
    assert "2.23" in page  # the last good page is still there under the notice
    assert "Datafel" in (fetch(url + "/") or "")  # and the notice is on every page
    assert process.poll() is None

    edit(kam, "min_years: -3", "min_years: 3")
    wait_for(lambda: "Datafel" not in (fetch(url + PAGE) or "Datafel"), "the recovery")
    assert "Minst 3 år inom försäljning" in (fetch(url + PAGE) or "")
    assert process.poll() is None
    log = (tmp_path / "serve.log").read_text("utf-8")
    assert "Traceback" not in log
    assert "key-account-manager.yml" in log  # the error was also printed for the terminal
