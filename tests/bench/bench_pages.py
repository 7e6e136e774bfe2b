"""Benchmark of the tool pages at scale (run by hand, not by pytest):

    uv run python tests/bench/bench_pages.py [--sizes 150 300] [--project DIR]

Builds the site from the shipped roles and from N synthetic roles (python -m rollguiden
synth) and reports, for each:
- the comparison page /jamfor/: its HTML as written and gzipped, and the picker's files
  (jamfor/roller/<id>.json), the largest and all together;
- each tool page's own JavaScript and CSS, gzipped as a server sends them and summed over
  what the page loads (tests/page_weight.py has the definition);
- the layout shift while each tool page loads and its tool draws its first answer, in
  Chromium at a desktop's width (1 280 × 800) and a phone's (390 × 844): the sum of every
  shift not caused by the reader, as tests/browser/test_layout_shift.py measures it.
Writes tests/bench/results/pages.md. Targets: /jamfor/ at most 300 KB at 300 roles; each
page's JavaScript at most 20 KB and its CSS 6 KB; layout shift under 0.05.

--project builds another checkout of Rollguiden (a `git worktree` of an older commit), to
measure before and after in one run.
"""

from __future__ import annotations

import gzip
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright
from scale import (
    CHROMIUM,
    CHROMIUM_ARGS,
    build,
    command_line,
    data_cases,
    page_weight,
    role_count,
    served,
)

VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}
# page, and what shows that its tool has drawn its first answer
TOOLS = {
    "jamfor/": "[data-rg-mounted]",
    "provisionskalkylator/": "#rg-compare table",
    "passar-jag/": ".rg-fit-result",
    "nyckelkundsanalys/": "[data-rg-mounted]",
    "arbetsvardering/": "[data-rg-mounted]",
}
RECORD_SHIFTS = """
window.rgShifts = 0;
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) {
    if (!entry.hadRecentInput) window.rgShifts += entry.value;
  }
}).observe({ type: "layout-shift", buffered: true });
"""


def layout_shifts(site: Path) -> dict[tuple[str, str], float]:
    found = {}
    with served(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for name, viewport in VIEWPORTS.items():
            for path, ready in TOOLS.items():
                context = browser.new_context(viewport=viewport)
                page = context.new_page()
                page.add_init_script(RECORD_SHIFTS)
                page.goto(url + path)
                page.locator(ready).first.wait_for(timeout=60_000)
                page.evaluate(
                    "() => new Promise((done) => "
                    "requestAnimationFrame(() => requestAnimationFrame(done)))"
                )
                found[(path, name)] = page.evaluate("window.rgShifts")
                context.close()
        browser.close()
    return found


def main() -> None:
    arguments = command_line(__doc__)
    project = arguments.project
    sizes, weights, shifts = [], [], []
    with tempfile.TemporaryDirectory(prefix="rollguiden-pages-") as folder:
        work = Path(folder)
        for number, data in enumerate(data_cases(project, arguments.sizes, work)):
            roles = role_count(data)
            site = work / f"site-{number}"
            build(project, data, site)
            html = (site / "jamfor" / "index.html").read_bytes()
            files = [path.stat().st_size for path in (site / "jamfor" / "roller").glob("*.json")]
            sizes.append(
                f"| {roles} | {len(html) / 1e3:.0f} KB | {len(gzip.compress(html)) / 1e3:.0f} KB "
                f"| {max(files, default=0) / 1e3:.1f} KB | {sum(files) / 1e3:.0f} KB |"
            )
            for path in TOOLS:
                weight = page_weight(site, site / path / "index.html")
                weights.append(
                    f"| {roles} | /{path} | {weight.javascript / 1024:.1f} KB "
                    f"| {weight.css / 1024:.1f} KB |"
                )
            found = layout_shifts(site)
            for path in TOOLS:
                shifts.append(
                    f"| {roles} | /{path} | {found[(path, 'desktop')]:.3f} "
                    f"| {found[(path, 'phone')]:.3f} |"
                )
            print(f"{roles} roles measured", flush=True)
    lines = [
        "| Roles | /jamfor/ HTML | Gzipped | Largest picker file | All picker files |",
        "| ---: | ---: | ---: | ---: | ---: |",
        *sizes,
        "",
        "| Roles | Page | Own JavaScript (gzipped) | Own CSS (gzipped) |",
        "| ---: | --- | ---: | ---: |",
        *weights,
        "",
        "| Roles | Page | Layout shift, desktop | Layout shift, phone |",
        "| ---: | --- | ---: | ---: |",
        *shifts,
        "",
        "Sizes in KB of 1 000 bytes for the HTML and the files, of 1 024 for the page weight; "
        "layout shift is the sum of every shift until the tool's first answer.",
    ]
    arguments.results.mkdir(parents=True, exist_ok=True)
    (arguments.results / "pages.md").write_text("\n".join(lines) + "\n", "utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
