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
    # every folder that holds tests, whichever an organisation keeps (no list to keep true)
    expected = {
        path.name
        for path in (PROJECT_DIR / "tests").iterdir()
        if path.is_dir() and any(path.glob("test_*.py"))
    }
    assert "unit" in expected  # this file's own: the search looked in the right place
    assert collected == expected
