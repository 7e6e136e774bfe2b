"""Without Chromium the browser tests skip and say how to install it; in CI
(ROLLGUIDEN_REQUIRE_BROWSER=1) the same situation fails instead of passing quietly."""

from __future__ import annotations

import os
import subprocess
import sys

from helpers import PROJECT_DIR

ONE_BROWSER_TEST = "tests/browser/test_pages.py::test_duty_tabs_work_by_keyboard"


def run_browser_test(**environment: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-rs", "-p", "no:cacheprovider", ONE_BROWSER_TEST],
        cwd=PROJECT_DIR,
        env={**os.environ, "ROLLGUIDEN_CHROMIUM": "/nonexistent/chromium", **environment},
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_missing_chromium_skips_with_install_advice() -> None:
    result = run_browser_test(ROLLGUIDEN_REQUIRE_BROWSER="0")
    assert result.returncode == 0, result.stdout
    assert "1 skipped" in result.stdout
    assert "apt-get install -y chromium" in result.stdout


def test_missing_chromium_fails_when_ci_requires_the_browser() -> None:
    result = run_browser_test(ROLLGUIDEN_REQUIRE_BROWSER="1")
    assert result.returncode != 0
    assert "Chromium saknas" in result.stdout
