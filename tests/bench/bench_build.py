"""Benchmark of the site build at scale (run by hand, not by pytest):

    uv run python tests/bench/bench_build.py [--runs 5] [--sizes 50 150 300] [--results DIR]

For the shipped roles and each size N (N synthetic roles, python -m rollguiden synth) it
builds
  (a) the site from that data through the hook, as `mkdocs build` does,
  (b) the same pages, pre-rendered with `python -m rollguiden generate --out`, as plain
      Markdown with no hook: MkDocs' own floor, and
  (c) the same site with Zensical, from the project `generate --project` writes, cold
      (`zensical build --clean`), if Zensical is installed (the dev group has it),
round after round over all sizes, a, b then c. It prints the median wall time, the ratio
a/b, pages per second and peak memory, and the time `generate --project` took once, and
writes the table to tests/bench/results/build.md.
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
ZENSICAL = shutil.which("zensical", path=str(Path(sys.executable).parent)) or shutil.which(
    "zensical"
)

# Runs MkDocs in this interpreter and reports its peak memory and that of its largest child
# process, the worker that writes the Word files (ru_maxrss, in kB on Linux).
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
    who = (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)
    usage = [resource.getrusage(each).ru_maxrss for each in who]
    f.write(" ".join(map(str, usage)))
sys.exit(code)
"""


def run_build(
    arguments: list[str], environment: dict[str, str], peak_file: Path
) -> tuple[float, str]:
    """Wall seconds and peak memory of one `mkdocs build` (the main process + its worker)."""
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
    main, worker = (int(kb) // 1024 for kb in peak_file.read_text().split())
    return elapsed, f"{main} MB" + (f" + {worker} MB" if worker > 10 else "")


def prepare(size: int, work: Path) -> tuple[Path, Path, Path, float]:
    """Data for (a) (size 0: the shipped roles), a docs folder plus config for (b), and the
    hook-free project for (c) with the seconds `generate --project` took."""
    data = work / f"data-{size}"
    if size == 0:
        shutil.copytree(PROJECT / "data", data)
    else:
        synth = ["synth", "--roles", str(size), "--out", str(data)]
        subprocess.run(
            [sys.executable, "-m", "rollguiden", *synth],
            cwd=PROJECT,
            check=True,
            capture_output=True,
        )
    docs = work / f"docs-{size}"
    shutil.copytree(PROJECT / "docs", docs)
    subprocess.run(
        # into a copy of docs/, beside the hand-written pages: hence --force
        [
            sys.executable,
            "-m",
            "rollguiden",
            "--data",
            str(data),
            "generate",
            "--out",
            str(docs),
            "--force",
        ],
        cwd=PROJECT,
        check=True,
        capture_output=True,
    )
    # The plain build is MkDocs and Material alone: no hook, and none of our theme
    # overrides either (the Swedish 404 page takes its words from the hook; the theme's own
    # Swedish in place of our custom language, which lives in the overrides).
    no_overrides = work / "no-theme-overrides"
    no_overrides.mkdir(exist_ok=True)
    config = work / f"plain-{size}.yml"
    config.write_text(
        f"INHERIT: {PROJECT / 'mkdocs.yml'}\ndocs_dir: {docs}\nhooks: []\nwatch: []\n"
        f"theme:\n  custom_dir: {no_overrides}\n  language: sv\n",
        "utf-8",
    )
    project = work / f"zensical-{size}"
    started = time.perf_counter()
    generate = ["--data", str(data), "generate", "--project", "--out", str(project)]
    subprocess.run(
        [sys.executable, "-m", "rollguiden", *generate],
        cwd=PROJECT,
        check=True,
        capture_output=True,
    )
    return data, config, project, time.perf_counter() - started


def run_zensical(project: Path) -> float:
    """Wall seconds of a cold Zensical build of `project` (--clean empties its cache)."""
    started = time.perf_counter()
    result = subprocess.run(
        [ZENSICAL, "build", "--clean"], cwd=project, capture_output=True, text=True
    )
    if result.returncode != 0:
        raise SystemExit(f"zensical build failed:\n{result.stdout[-2000:]}{result.stderr[-2000:]}")
    return time.perf_counter() - started


def own_assets() -> tuple[int, int]:
    """Bytes of our own JavaScript and CSS (not the theme's), unminified."""
    assets = PROJECT / "docs" / "assets"
    js = sum(path.stat().st_size for path in assets.rglob("*.js"))
    css = sum(path.stat().st_size for path in assets.rglob("*.css"))
    return js, css


def paired_ratio(numerators: list[float], denominators: list[float]) -> float:
    """The median of the ratios round by round: builds of one round ran side by side, so
    their ratio holds even when the shared machine was slower in some rounds than others."""
    return statistics.median(n / d for n, d in zip(numerators, denominators, strict=True))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--sizes", type=int, nargs="+", default=[50, 150, 300])
    parser.add_argument("--results", type=Path, default=RESULTS, help="where build.md goes")
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rollguiden-bench-") as folder:
        work = Path(folder)
        sizes = [0, *arguments.sizes]  # 0: the shipped roles
        prepared = {size: prepare(size, work) for size in sizes}
        times = {(size, kind): [] for size in sizes for kind in "abc"}
        peaks = {(size, kind): [] for size in sizes for kind in "ab"}
        # Round after round over every size, a then b: a slow spell on this shared machine
        # then touches every size and both builds alike, not one size's whole series.
        for run in range(arguments.runs):
            for size, (data, config, project, _) in prepared.items():
                for kind, build_arguments, environment in (
                    ("a", [], {"ROLLGUIDEN_DATA": str(data)}),
                    ("b", ["--config-file", str(config)], {}),
                ):
                    site = work / f"site-{kind}-{size}"
                    seconds, peak = run_build(
                        [*build_arguments, "--site-dir", str(site)], environment, work / "peak"
                    )
                    times[size, kind].append(seconds)
                    peaks[size, kind].append(peak)
                if ZENSICAL:
                    times[size, "c"].append(run_zensical(project))
                print(
                    f"run {run + 1}, {size or 'shipped'} roles: a {times[size, 'a'][-1]:.1f} s, "
                    f"b {times[size, 'b'][-1]:.1f} s"
                    + (f", c {times[size, 'c'][-1]:.1f} s" if ZENSICAL else ""),
                    flush=True,
                )
        rows = []
        medians = {key: statistics.median(values) for key, values in times.items() if values}
        zensical_rows = []
        for size in sizes:
            roles = len(list((prepared[size][0] / "roles").glob("*.yml")))
            pages = len(list((work / f"site-a-{size}").rglob("*.html")))
            a, b = medians[size, "a"], medians[size, "b"]
            ratio = paired_ratio(times[size, "a"], times[size, "b"])
            rows.append(
                f"| {roles} | {pages} | {a:.1f} s | {b:.1f} s | {ratio:.2f} | {pages / a:.0f} "
                f"| {peaks[size, 'a'][-1]} | {peaks[size, 'b'][-1]} |"
            )
            if ZENSICAL:
                generate, c = prepared[size][3], medians[size, "c"]
                zensical_rows.append(
                    f"| {roles} | {a:.1f} s | {generate:.1f} s | {c:.1f} s | {generate + c:.1f} s |"
                )
        role_page = work / f"site-a-{arguments.sizes[-1]}" / "roller" / "key-account-manager"
        role_page_bytes = (role_page / "index.html").stat().st_size

    js, css = own_assets()
    lines = [
        "| Roles | Pages | (a) with the hook | (b) plain Markdown | a/b | Pages/s (a) "
        "| Peak memory (a), main + worker | Peak memory (b) |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *rows,
        "",
    ]
    if zensical_rows:
        lines += [
            "| Roles | MkDocs with the hook (a) | `generate --project` | Zensical, cold (c) "
            "| Zensical route in all |",
            "| ---: | ---: | ---: | ---: | ---: |",
            *zensical_rows,
            "",
        ]
    if 150 in arguments.sizes and 300 in arguments.sizes:
        growth_a = paired_ratio(times[300, "a"], times[150, "a"])
        growth_b = paired_ratio(times[300, "b"], times[150, "b"])
        lines.append(
            f"Growth, time(300) / time(150): {growth_a:.2f} with the hook, "
            f"{growth_b:.2f} for plain Markdown."
        )
    lines += [
        f"Times are medians of {arguments.runs} rounds on {os.cpu_count()} cores; a/b and the "
        "growth are medians of the ratios within each round.",
        f"Page weight: the KAM role page is {role_page_bytes / 1024:.0f} KB of HTML; our own "
        f"JavaScript is {js / 1024:.1f} KB and our own CSS {css / 1024:.1f} KB, unminified.",
    ]
    table = "\n".join(lines)
    print("\n" + table)
    arguments.results.mkdir(parents=True, exist_ok=True)
    (arguments.results / "build.md").write_text(table + "\n", "utf-8")


if __name__ == "__main__":
    main()
