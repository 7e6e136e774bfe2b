"""`uv run pytest` collects every test folder (pytest skips folders named "build" unless
told otherwise, which once left the real-build tests out of CI)."""

from __future__ import annotations

import subprocess
import sys

from helpers import PROJECT_DIR


def test_every_test_folder_is_collected() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--collect-only", "-q", "-p", "no:cacheprovider"],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )
    collected = {
        line.split("/")[1] for line in result.stdout.splitlines() if line.startswith("tests/")
    }
    expected = {
        path.name for path in (PROJECT_DIR / "tests").iterdir() if any(path.glob("test_*.py"))
    }
    assert expected == {"unit", "build", "browser", "content"}
    assert collected == expected
