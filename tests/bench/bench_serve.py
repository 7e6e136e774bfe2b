"""Benchmark of live reload (run by hand, not by pytest):

    uv run python tests/bench/bench_serve.py [--runs 3]

Starts `mkdocs serve` on the real data and on 150 synthetic roles, then saves a change to
a role's YAML file and times how long until the served page shows it: what an editor waits
between saving and seeing. Prints the medians and writes tests/bench/results/serve.md.
"""

from __future__ import annotations

import argparse
import os
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

PROJECT = Path(__file__).resolve().parents[2]
RESULTS = PROJECT / "tests" / "bench" / "results"
PAGE = "/roller/key-account-manager/"
ROLE_FILE = Path("roles") / "key-account-manager.yml"


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


def measure(data: Path, runs: int) -> tuple[float, list[float]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=PROJECT,
        env={**os.environ, "ROLLGUIDEN_DATA": str(data), "NO_MKDOCS_2_WARNING": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}{PAGE}"
    try:
        first = wait_for(lambda: "rg-num" in fetch(url))
        reloads = []
        role_file = data / ROLE_FILE
        original = role_file.read_text("utf-8")
        for run in range(runs):
            marker = f"Ändrad{run}x{time.time_ns()}"
            time.sleep(1.0)  # let the watcher settle after the previous build
            role_file.write_text(original.replace("title: Key Account Manager", f"title: {marker}"))
            reloads.append(wait_for(lambda marker=marker: marker in fetch(url)))
        role_file.write_text(original, "utf-8")
        return first, reloads
    finally:
        server.terminate()
        server.wait(timeout=30)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="rollguiden-serve-") as folder:
        real = Path(folder) / "real"
        shutil.copytree(PROJECT / "data", real)
        synthetic = Path(folder) / "synthetic"
        subprocess.run(
            [
                sys.executable,
                "-m",
                "rollguiden",
                "synth",
                "--roles",
                "150",
                "--out",
                str(synthetic),
            ],
            cwd=PROJECT,
            check=True,
            capture_output=True,
        )
        for label, data in (("the real data (3 roles)", real), ("150 synthetic roles", synthetic)):
            first, reloads = measure(data, arguments.runs)
            rows.append(
                f"| {label} | {first:.1f} s | {statistics.median(reloads):.1f} s "
                f"| {min(reloads):.1f}–{max(reloads):.1f} s |"
            )
            print(rows[-1], flush=True)
    table = "\n".join(
        [
            "| Data | First build | Save → reloaded page (median) | Range |",
            "| --- | ---: | ---: | ---: |",
            *rows,
            "",
            f"Median of {arguments.runs} saves each; the time includes MkDocs' wait for the "
            "file to settle and a full rebuild (MkDocs rebuilds every page on a change).",
        ]
    )
    print("\n" + table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "serve.md").write_text(table + "\n", "utf-8")


if __name__ == "__main__":
    main()
