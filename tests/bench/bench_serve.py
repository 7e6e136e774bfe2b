"""Benchmark of live reload (run by hand, not by pytest):

    uv run python tests/bench/bench_serve.py [--runs 3] [--sizes 150 300] [--project DIR]

Starts `mkdocs serve` on the shipped roles and on N synthetic roles (which include the
shipped ones), then saves a change to the Key Account Manager's YAML file and times how
long until the served page shows it: what an editor waits between saving and seeing. Two
kinds of change: a duty's words (on the role's own pages) and the role's title (on every
page that lists the roles too). Prints the medians and writes tests/bench/results/serve.md.
Target: at most 5 s at 150 roles.

--project serves another checkout of Rollguiden (a `git worktree` of an older commit), to
measure before and after in one run.
"""

from __future__ import annotations

import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from scale import checkout_environment, command_line, data_cases, role_count

PAGE = "/roller/key-account-manager/"
ROLE_FILE = Path("roles") / "key-account-manager.yml"
DUTY = "Lägger upp ett veckoschema för besök hos och samtal med kunderna."
TITLE = "title: Key account manager"
CHANGES = {
    "a duty": lambda text, marker: text.replace(DUTY, f"Lägger upp {marker}."),
    "the title": lambda text, marker: text.replace(TITLE, f"title: {marker}"),
}


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return ""


def wait_for(condition, timeout: float = 600) -> float:
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        if condition():
            return time.perf_counter() - started
        time.sleep(0.05)
    raise SystemExit("timed out")


def measure(project: Path, data: Path, runs: int) -> tuple[float, dict[str, list[float]]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=checkout_environment(project, data),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}{PAGE}"
    try:
        started = time.perf_counter()
        wait_for(lambda: "rg-num" in fetch(url))
        first = time.perf_counter() - started
        reloads: dict[str, list[float]] = {name: [] for name in CHANGES}
        role_file = data / ROLE_FILE
        original = role_file.read_text("utf-8")
        for run in range(runs):
            for name, change in CHANGES.items():
                marker = f"Ändrad{run}x{time.time_ns()}"
                time.sleep(1.0)  # let the watcher settle after the previous build
                role_file.write_text(change(original, marker), "utf-8")
                reloads[name].append(wait_for(lambda marker=marker: marker in fetch(url)))
        role_file.write_text(original, "utf-8")
        return first, reloads
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    arguments = command_line(__doc__, runs=3)
    project = arguments.project
    rows = []
    with tempfile.TemporaryDirectory(prefix="rollguiden-serve-") as folder:
        cases = data_cases(project, arguments.sizes, Path(folder))
        # the benchmark saves changes: to a copy of the shipped roles, not to the project's
        shipped = Path(folder) / "shipped"
        shutil.copytree(cases[0], shipped)
        cases[0] = shipped
        for data in cases:
            roles = role_count(data)
            first, reloads = measure(project, data, arguments.runs)
            cells = [
                f"{statistics.median(times):.1f} s ({min(times):.1f}–{max(times):.1f})"
                for times in reloads.values()
            ]
            rows.append(f"| {roles} | {first:.1f} s | {' | '.join(cells)} |")
            print(rows[-1], flush=True)
    table = "\n".join(
        [
            "| Roles | First build | A duty saved → reloaded | The title saved → reloaded |",
            "| ---: | ---: | ---: | ---: |",
            *rows,
            "",
            f"Medians (and range) of {arguments.runs} saves each, on 2 cores; the time "
            "includes MkDocs' wait for the file to settle.",
        ]
    )
    print("\n" + table)
    arguments.results.mkdir(parents=True, exist_ok=True)
    (arguments.results / "serve.md").write_text(table + "\n", "utf-8")


if __name__ == "__main__":
    main()
