"""Helpers the tests share: copying the data, editing a role file, building the real site."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
ROLE_IDS = ("forsaljningschef", "key-account-manager", "kundtjanstchef")
MANY_ROLES = 30
"""Roles in the synthetic site the browser tests use to see the tools at scale."""

# Debian's Chromium, launched the same way by the browser tests and the benchmarks
CHROMIUM = Path(os.environ.get("ROLLGUIDEN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def copy_data(target: Path) -> Path:
    """A private copy of data/ that a test may break."""
    destination = target / "data"
    shutil.copytree(DATA_DIR, destination)
    return destination


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace `old` in a data file; fails loudly if the fixture text has moved."""
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), "utf-8")


def run_mkdocs_build(site_dir: Path, data_dir: Path | None = None) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` of the real project into `site_dir` (never -q: it hides warnings)."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if data_dir is not None:
        environment["ROLLGUIDEN_DATA"] = str(data_dir)
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )


def run_cli(*arguments: str, cwd: Path = PROJECT_DIR) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "rollguiden", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )
