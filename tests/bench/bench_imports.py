"""Benchmark of the two imports at their limits (run by hand, not by pytest):

    uv run python tests/bench/bench_imports.py [--runs 3] [--project DIR]

Builds the site from the shipped roles and, in Chromium, gives the key-client analysis and
the calculator files at and past the limits of docs/assets/javascripts/import-limits.js
(5 MB, 100 columns), keyclients-input.js (20 000 lines) and calculator-import.js (12 000
lines, 1 000 deals in a month). For each file it reports the time from choosing the file to
the tool's answer drawn (the median of --runs), what the tool said, and any error the page
threw. Writes tests/bench/results/imports.md. Target: every file within the limits answered
in under a second; every file past them refused with the limit in words, as fast.

--project measures another checkout (a `git worktree` of an older commit): before the
limits, a file past them failed with "RangeError: Maximum call stack size exceeded", or
froze the tab.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from playwright.sync_api import sync_playwright
from scale import CHROMIUM, CHROMIUM_ARGS, build, command_line, served

TIMEOUT_MS = 180_000  # a file that freezes the tab is reported, not waited for forever


def clients(count: int, columns: int = 3) -> str:
    """A customer list with a header: name, income, profit, and padding columns of "x"."""
    padding = ";x" * (columns - 3)
    header = "Kund;Intäkt;Vinst" + "".join(f";Fält {n}" for n in range(4, columns + 1))
    rows = "".join(f"Kund {i};{1000 + i};{100 + i}{padding}\n" for i in range(count))
    return f"{header}\n{rows}"


def deals(count: int, *, dated: bool, columns: int = 1) -> str:
    """Deal lines: amounts, dated through the year's months when `dated`."""
    padding = ";0" * (columns - 1)
    return "".join(
        (f"2026-{1 + i % 12:02d}-15;" if dated else "") + f"{1000 + i}{padding}\n"
        for i in range(count)
    )


# (tool, what the file is, its text); key clients count their header as a line
CASES: list[tuple[str, str, Callable[[], str]]] = [
    ("kc", "1 000 kunder", lambda: clients(1_000)),
    ("kc", "19 999 kunder och rubrik: 20 000 rader, gränsen", lambda: clients(19_999)),
    ("kc", "20 000 rader × 100 kolumner", lambda: clients(19_999, columns=100)),
    ("kc", "20 001 rader", lambda: clients(20_000)),
    ("kc", "130 000 rader", lambda: clients(129_999)),
    ("kc", "1 rad × 300 000 kolumner", lambda: "Kund;" + ";".join(["1"] * 300_000) + "\n"),
    ("calc", "1 000 affärer utan datum, en månad: gränsen", lambda: deals(1_000, dated=False)),
    (
        "calc",
        "12 000 daterade affärer, 1 000 i månaden: gränsen",
        lambda: deals(12_000, dated=True),
    ),
    (
        "calc",
        "12 000 daterade affärer × 100 kolumner",
        lambda: deals(12_000, dated=True, columns=99),
    ),
    ("calc", "1 001 affärer utan datum", lambda: deals(1_001, dated=False)),
    ("calc", "12 001 daterade affärer", lambda: deals(12_001, dated=True)),
    ("calc", "120 000 affärer utan datum", lambda: deals(120_000, dated=False)),
]

TOOLS = {
    # page, what shows it is ready, the file field, and the element holding its answer
    "kc": ("nyckelkundsanalys/", "[data-rg-mounted]", "#rg-kc-file", "#rg-kc-result"),
    # an empty list of deals (the link of a model without its deals), so the limit is the file's
    "calc": (
        "provisionskalkylator/?affarer=",
        "#rg-compare table",
        "#rg-import",
        "#rg-paste-status",
    ),
}
ANSWERED = {
    "kc": "() => document.querySelector('#rg-kc-file-status').textContent !== ''",
    "calc": "() => document.querySelector('#rg-paste-status').textContent !== ''",
}


def measure(browser, url: str, tool: str, file: Path) -> tuple[float | None, str, list[str]]:
    path, ready, field, answer = TOOLS[tool]
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error).splitlines()[0][:80]))
    page.goto(url + path)
    page.locator(ready).first.wait_for(timeout=60_000)
    started = time.perf_counter()
    page.locator(field).set_input_files(file)
    try:
        page.wait_for_function(ANSWERED[tool], timeout=TIMEOUT_MS)
        # the answer is drawn: the next frame after the work the file set off
        page.evaluate("() => new Promise((done) => requestAnimationFrame(() => setTimeout(done)))")
        took: float | None = time.perf_counter() - started
        said = " ".join(page.locator(answer).inner_text().split())[:110]
    except Exception:  # a tab that never answers is the finding itself
        took, said = None, "(inget svar)"
    page.close()
    return took, said, errors


def main() -> None:
    arguments = command_line(__doc__, runs=3)
    project = arguments.project
    rows = []
    with tempfile.TemporaryDirectory(prefix="rollguiden-imports-") as folder:
        work = Path(folder)
        site = work / "site"
        build(project, project / "data", site)
        with served(site) as url, sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            for number, (tool, what, text) in enumerate(CASES):
                file = work / f"lista-{number}.csv"
                file.write_text(text(), "utf-8")
                times, said, errors = [], "", []
                for _ in range(arguments.runs):
                    took, said, errors = measure(browser, url, tool, file)
                    if took is None:
                        break
                    times.append(took)
                shown = f"{statistics.median(times):.2f} s" if len(times) == arguments.runs else "—"
                size = file.stat().st_size / 1e6
                name = "Nyckelkundsanalys" if tool == "kc" else "Kalkylator"
                rows.append(
                    f"| {name} | {what} | {size:.1f} MB | {shown} | {said} | "
                    f"{'; '.join(errors) or '–'} |"
                )
                print(rows[-1], flush=True)
            browser.close()
    lines = [
        "| Tool | File | Size | Time to answer | What the tool said | Page errors |",
        "| --- | --- | ---: | ---: | --- | --- |",
        *rows,
        "",
        f"Median of {arguments.runs} runs in Chromium, from choosing the file to the answer "
        "drawn; — where the tab gave no answer within 180 s.",
    ]
    arguments.results.mkdir(parents=True, exist_ok=True)
    (arguments.results / "imports.md").write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
