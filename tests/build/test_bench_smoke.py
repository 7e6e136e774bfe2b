"""The build benchmark still runs (it is run by hand, so nothing else would notice it rot):
one round at five roles, with the table written to a temp folder, not over the last one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from helpers import PROJECT_DIR


def test_build_benchmark_runs_and_writes_its_table(tmp_path: Path) -> None:
    command = ["tests/bench/bench_build.py", "--runs", "1", "--sizes", "5", "--results"]
    result = subprocess.run(
        [sys.executable, *command, str(tmp_path)],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    table = (tmp_path / "build.md").read_text("utf-8")
    row = next(line for line in table.splitlines() if line.startswith("| 5 |"))
    cells = [cell.strip() for cell in row.strip("|").split("|")]
    # roles, pages, (a) and (b) times in seconds, a/b
    assert cells[0] == "5" and int(cells[1]) > 5
    assert cells[2].endswith(" s") and cells[3].endswith(" s")
    assert float(cells[4]) > 0
