"""Benchmark of search at scale (run by hand, not by pytest):

    uv run python tests/bench/bench_search.py [--runs 5] [--sizes 150 300] [--project DIR]

Builds the site from the shipped roles and from N synthetic roles (python -m rollguiden
synth), serves each on 127.0.0.1 and opens the start page in Chromium, cold (a new browser
context each run: nothing cached). As soon as the page has loaded, it types a word from a
duty key by key, as a reader does (60 ms a key), and measures from the first keystroke to
the first result shown: that includes whatever is left of downloading the index and
building it in the browser. Prints the index's size (as written and gzipped) and the median
time, and writes tests/bench/results/search.md. Target at 300 roles: the index ≤ 2 MB.

--project builds another checkout of Rollguiden (e.g. a `git worktree` of an older commit)
with this script, to measure before and after in one run.
"""

from __future__ import annotations

import gzip
import statistics
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright
from scale import (
    CHROMIUM,
    CHROMIUM_ARGS,
    build,
    command_line,
    data_cases,
    role_count,
    served,
)

# In a duty of every role the synthetic organisation copies from the shipped ones.
QUERY = "kundbasen"

# Kept in the page: when the first key went down, and when the first result appeared.
PROBE = """
window.__searchTimes = {};
addEventListener("keydown", () => {
  window.__searchTimes.key ??= performance.now();
}, true);
new MutationObserver(() => {
  if (document.querySelector(".md-search-result__item")) {
    window.__searchTimes.result ??= performance.now();
  }
}).observe(document, { childList: true, subtree: true });
"""


def first_result_times(site: Path, runs: int) -> list[float]:
    times = []
    with served(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for _ in range(runs):
            context = browser.new_context()  # cold: an empty cache each run
            page = context.new_page()
            page.add_init_script(PROBE)
            page.goto(url, wait_until="load")
            search = page.get_by_role("textbox", name="Sök")
            search.click()
            search.press_sequentially(QUERY, delay=60)
            page.locator(".md-search-result__item").first.wait_for(timeout=60_000)
            marks = page.evaluate("window.__searchTimes")
            times.append(marks["result"] - marks["key"])
            context.close()
        browser.close()
    return times


def main() -> None:
    arguments = command_line(__doc__, runs=5)
    project = arguments.project
    rows = []
    with tempfile.TemporaryDirectory(prefix="rollguiden-search-") as folder:
        work = Path(folder)
        for number, data in enumerate(data_cases(project, arguments.sizes, work)):
            roles = role_count(data)
            site = work / f"site-{number}"
            build(project, data, site)
            index = (site / "search" / "search_index.json").read_bytes()
            times = first_result_times(site, arguments.runs)
            row = (roles, len(index), len(gzip.compress(index)), statistics.median(times))
            rows.append(row)
            print(
                f"{roles} roles: index {row[1] / 1e6:.2f} MB ({row[2] / 1e3:.0f} KB gzipped), "
                f"first keystroke to first result {row[3]:.0f} ms "
                f"(runs: {', '.join(f'{t:.0f}' for t in times)})",
                flush=True,
            )
    lines = [
        "| Roles | Search index | Gzipped | First keystroke → first result (cold page) |",
        "| ---: | ---: | ---: | ---: |",
        *(
            f"| {roles} | {size / 1e6:.2f} MB | {packed / 1e3:.0f} KB | {ms:.0f} ms |"
            for roles, size, packed, ms in rows
        ),
        "",
        f"Medians of {arguments.runs} runs in Chromium on 2 cores; the page is served without "
        f"compression, and the query ({QUERY!r}) is typed at 60 ms a key as soon as the page "
        "has loaded.",
    ]
    arguments.results.mkdir(parents=True, exist_ok=True)
    (arguments.results / "search.md").write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
