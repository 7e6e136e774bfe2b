"""Benchmark of the site build at scale (run by hand, not by pytest):

    uv run python tests/bench/bench_build.py [--runs 3] [--sizes 50 150 300]

For each size N it writes N synthetic roles (python -m rollguiden synth) and builds
  (a) the site from that data through the hook, as `mkdocs build` does, and
  (b) the same pages, pre-rendered with `python -m rollguiden generate --out`, as plain
      Markdown with no hook: MkDocs' own floor,
alternating a and b, several runs each. It prints the median wall time, the ratio a/b,
pages per second and peak memory, and writes the table to tests/bench/results/build.md.
Targets on a 2-core machine: a/b ≤ 1.10 at N = 300, time(300)/time(150) ≤ 2.2, and the
N = 300 site in under 60 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
RESULTS = PROJECT / "tests" / "bench" / "results"

# Runs MkDocs in this interpreter and reports its peak memory (ru_maxrss, in kB on Linux).
MEASURED = """
import resource, runpy, sys
sys.argv = ["mkdocs", *sys.argv[2:]]
try:
    runpy.run_module("mkdocs", run_name="__main__")
except SystemExit as exit:
    code = exit.code
else:
    code = 0
with open(__import__("os").environ["PEAK_FILE"], "w") as f:
    f.write(str(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss))
sys.exit(code)
"""


def run_build(
    arguments: list[str], environment: dict[str, str], peak_file: Path
) -> tuple[float, int]:
    """Wall seconds and peak memory in MB of one `mkdocs build`."""
    env = {**os.environ, **environment, "NO_MKDOCS_2_WARNING": "1", "PEAK_FILE": str(peak_file)}
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", MEASURED, "mkdocs", "build", "--strict", *arguments],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"build failed:\n{result.stderr[-2000:]}")
    return elapsed, int(peak_file.read_text()) // 1024


def prepare(size: int, work: Path) -> tuple[Path, Path]:
    """Synthetic data for (a) and a docs folder plus config for (b)."""
    data = work / f"data-{size}"
    subprocess.run(
        [sys.executable, "-m", "rollguiden", "synth", "--roles", str(size), "--out", str(data)],
        cwd=PROJECT,
        check=True,
        capture_output=True,
    )
    docs = work / f"docs-{size}"
    shutil.copytree(PROJECT / "docs", docs)
    subprocess.run(
        [sys.executable, "-m", "rollguiden", "--data", str(data), "generate", "--out", str(docs)],
        cwd=PROJECT,
        check=True,
        capture_output=True,
    )
    config = work / f"plain-{size}.yml"
    config.write_text(
        f"INHERIT: {PROJECT / 'mkdocs.yml'}\ndocs_dir: {docs}\nhooks: []\nwatch: []\n", "utf-8"
    )
    return data, config


def own_assets() -> tuple[int, int]:
    """Bytes of our own JavaScript and CSS (not the theme's), unminified."""
    assets = PROJECT / "docs" / "assets"
    js = sum(path.stat().st_size for path in assets.rglob("*.js"))
    css = sum(path.stat().st_size for path in assets.rglob("*.css"))
    return js, css


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 150, 300])
    arguments = parser.parse_args()

    rows = []
    medians: dict[int, float] = {}
    role_page_bytes = 0
    with tempfile.TemporaryDirectory(prefix="rollguiden-bench-") as folder:
        work = Path(folder)
        for size in arguments.sizes:
            data, config = prepare(size, work)
            times_a, times_b, peaks_a, peaks_b = [], [], [], []
            site_a, site_b = work / f"site-a-{size}", work / f"site-b-{size}"
            for _ in range(arguments.runs):  # alternate, so both see the same machine
                seconds, peak = run_build(
                    ["--site-dir", str(site_a)], {"ROLLGUIDEN_DATA": str(data)}, work / "peak"
                )
                times_a.append(seconds)
                peaks_a.append(peak)
                seconds, peak = run_build(
                    ["--config-file", str(config), "--site-dir", str(site_b)], {}, work / "peak"
                )
                times_b.append(seconds)
                peaks_b.append(peak)
            pages = len(list(site_a.rglob("*.html")))
            a, b = statistics.median(times_a), statistics.median(times_b)
            medians[size] = a
            role_page_bytes = (
                (site_a / "roller" / "key-account-manager" / "index.html").stat().st_size
            )
            rows.append(
                f"| {size} | {pages} | {a:.1f} s | {b:.1f} s | {a / b:.2f} | {pages / a:.0f} "
                f"| {max(peaks_a)} MB | {max(peaks_b)} MB |"
            )
            print(rows[-1], flush=True)

    js, css = own_assets()
    lines = [
        "| Roles | Pages | (a) with the hook | (b) plain Markdown | a/b | Pages/s (a) "
        "| Peak memory (a) | Peak memory (b) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *rows,
        "",
    ]
    if 150 in medians and 300 in medians:
        lines.append(f"Growth: time(300) / time(150) = {medians[300] / medians[150]:.2f}.")
    lines += [
        f"Median of {arguments.runs} alternating runs each, on {os.cpu_count()} cores.",
        f"Page weight: the KAM role page is {role_page_bytes / 1024:.0f} KB of HTML; our own "
        f"JavaScript is {js / 1024:.1f} KB and our own CSS {css / 1024:.1f} KB, unminified.",
    ]
    table = "\n".join(lines)
    print("\n" + table)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "build.md").write_text(table + "\n", "utf-8")


if __name__ == "__main__":
    main()
