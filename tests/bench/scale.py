"""What the benchmarks at scale share: the data to measure (the shipped roles and N
synthetic ones), a site built from it by this or another checkout, and that site served on
127.0.0.1 the way a static web server serves it."""

from __future__ import annotations

import argparse
import contextlib
import functools
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
RESULTS = PROJECT / "tests" / "bench" / "results"
sys.path.insert(0, str(PROJECT / "tests"))

from helpers import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from page_weight import page_weight  # noqa: E402

__all__ = [
    "CHROMIUM",
    "CHROMIUM_ARGS",
    "PROJECT",
    "RESULTS",
    "build",
    "checkout_environment",
    "command_line",
    "data_cases",
    "page_weight",
    "role_count",
    "served",
]


def command_line(doc: str, runs: int | None = None) -> argparse.Namespace:
    """The benchmarks' shared options: --sizes, --project (another checkout, to measure
    before and after in one run), --results, and --runs where it repeats a measure."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    if runs is not None:
        parser.add_argument("--runs", type=int, default=runs)
    parser.add_argument("--sizes", type=int, nargs="+", default=[150, 300])
    parser.add_argument("--project", type=Path, default=PROJECT)
    parser.add_argument("--results", type=Path, default=RESULTS)
    arguments = parser.parse_args()
    arguments.project = arguments.project.resolve()
    return arguments


def data_cases(project: Path, sizes: list[int], work: Path) -> list[Path]:
    """The shipped roles of `project`, then N synthetic roles for each size. The synthetic
    data starts from that checkout's own data: its models may not know this one's settings."""
    cases = [project / "data"]
    for size in sizes:
        data = work / f"roles-{size}"
        synth = ["--data", str(project / "data"), "synth", "--roles", str(size)]
        subprocess.run(
            [sys.executable, "-m", "rollguiden", *synth, "--out", str(data)],
            cwd=PROJECT,
            check=True,
            capture_output=True,
        )
        cases.append(data)
    return cases


def role_count(data: Path) -> int:
    return len(list((data / "roles").glob("*.yml")))


def checkout_environment(project: Path, data: Path) -> dict[str, str]:
    """What MkDocs runs with for `project` (a checkout, maybe a `git worktree` of an older
    commit) and `data`: that checkout's core package, not the one installed from this one."""
    return {
        **os.environ,
        "ROLLGUIDEN_DATA": str(data),
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONPATH": str(project / "hooks"),
    }


def build(project: Path, data: Path, site: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=project,
        env=checkout_environment(project, data),
        check=True,
        capture_output=True,
    )


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def served(site: Path) -> Iterator[str]:
    """`site` on 127.0.0.1; yields its address, ending in /."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()
