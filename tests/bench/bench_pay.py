"""Benchmark of the pay engines (run by hand, not by pytest):

    uv run python tests/bench/bench_pay.py

Times compute_pay (Python), computePay in Node, and computePay in Chromium (the browser the
calculator runs in), for 1 000 and 10 000 deals, and in Chromium also a full calculator
update at 1 000 deals (the result plus the 25-point chart); a keystroke in the month view
with 1 000 deals and in the year view with 12 × 100; and the length of the address for a
year of 12 × 10 deals as long as they come. Prints the figures and writes them to
tests/bench/results/pay.md. Targets: 1 000 deals recomputed in the browser, and a keystroke
in the year view with 1 200 deals, in under 16 ms, so the page answers every keystroke at
once; the year's address within what a link can carry (8 000 characters).
"""

from __future__ import annotations

import functools
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(PROJECT / "hooks"))
sys.path.insert(0, str(PROJECT / "tests"))

from helpers import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from rollguiden.engines.pay import compute_pay, compute_year  # noqa: E402
from rollguiden.engines.typical_month import engine_model  # noqa: E402
from rollguiden.reading.load import load_catalog  # noqa: E402

SIZES = (1_000, 10_000)
CHART_DELAY_MS = 60  # as in calculator.js
RUNS = 31


def deals(size: int) -> list[dict[str, float]]:
    return [{"amount": 1000 + (i * 7919) % 900000} for i in range(size)]


def python_medians(model: dict) -> dict[int, float]:
    medians = {}
    for size in SIZES:
        scenario = {"deals": deals(size)}
        compute_pay(model, scenario)
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            compute_pay(model, scenario)
            times.append((time.perf_counter() - start) * 1000)
        medians[size] = statistics.median(times)
    return medians


def node_medians(model: dict) -> dict[int, float]:
    script = PROJECT / "tests" / "bench" / "bench_pay.mjs"
    output = subprocess.run(
        ["node", str(script), json.dumps([model, SIZES, RUNS])],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return {int(size): value for size, value in json.loads(output).items()}


BROWSER_SCRIPT = """
async ([model, sizes, runs, yearModel, year]) => {
  const { computePay, computeYear } = await import('/assets/javascripts/pay.js');
  const median = (times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
  const make = (size) =>
    Array.from({ length: size }, (_, i) => ({ amount: 1000 + ((i * 7919) % 900000) }));
  const out = {};
  for (const size of sizes) {
    const deals = make(size);
    for (let i = 0; i < 20; i += 1) computePay(model, { deals });
    const times = [];
    for (let i = 0; i < runs; i += 1) {
      const start = performance.now();
      computePay(model, { deals });
      times.push(performance.now() - start);
    }
    out[size] = median(times);
  }
  // a full update at 1 000 deals: the result and the chart's 25 scaled months
  const deals = make(1000);
  const sales = deals.reduce((sum, deal) => sum + deal.amount, 0);
  const times = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    computePay(model, { deals });
    for (let i = 0; i < 25; i += 1) {
      const factor = i / 24 * 1.5;
      computePay(model, { deals: deals.map((deal) => ({ amount: deal.amount * factor })) });
    }
    times.push(performance.now() - start);
  }
  out.update = median(times);
  // a year: twelve months of 100 deals each, with accelerators and clawbacks
  for (let i = 0; i < 20; i += 1) computeYear(yearModel, year);
  const yearTimes = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    computeYear(yearModel, year);
    yearTimes.push(performance.now() - start);
  }
  out.year = median(yearTimes);
  return out;
}
"""


def year_case(model: dict, rules: dict) -> tuple[dict, dict]:
    """The model with two accelerators, and twelve months of 100 deals, every tenth a
    clawback: the year the benchmark times."""
    accelerated = {
        **model,
        "plan": {**model["plan"], "accelerators": [
            {"above": 1.0, "multiplier": 1.5}, {"above": 1.5, "multiplier": 2},
        ]},
    }  # fmt: skip
    months = [
        {"deals": [{**deal, "clawback": index % 10 == 9} for index, deal in enumerate(deals(100))]}
        for _ in range(12)
    ]
    return accelerated, {"months": months, "rules": rules}


def python_year_median(model: dict, year: dict) -> float:
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        compute_year(model, year)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


KEYSTROKE_SCRIPT = """
(runs) => {
  const field = document.querySelector('#rg-base');
  const times = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    field.value = String(38000 + i);
    field.dispatchEvent(new Event('input', { bubbles: true }));
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def browser_medians(model: dict, year_model: dict, year: dict) -> dict[str, float]:
    from playwright.sync_api import sync_playwright

    site = Path(tempfile.mkdtemp(prefix="rollguiden-bench-"))
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site)],
        cwd=PROJECT,
        check=True,
        capture_output=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    handler = functools.partial(_Quiet, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
            page = browser.new_page()
            base = f"http://127.0.0.1:{server.server_address[1]}"
            page.goto(f"{base}/om-rollguiden/")
            result = page.evaluate(BROWSER_SCRIPT, [model, list(SIZES), RUNS, year_model, year])
            # the real page: one keystroke with 1 000 deals entered, from the input event
            # to the result, chart and comparison drawn (all synchronous)
            amounts = ";".join(str(deal["amount"]) for deal in deals(1000))
            page.goto(f"{base}/provisionskalkylator/?roll=key-account-manager&affarer={amounts}")
            page.wait_for_selector(".rg-summary__total")
            result["keystroke"] = page.evaluate(KEYSTROKE_SCRIPT, RUNS)
            # the year view: twelve months of 100 deals, every tenth cancelled; a keystroke
            # reads the form and the kept months, computes the year and draws it all
            month = ";".join(
                f"{'-' if index % 10 == 9 else ''}{deal['amount']}"
                for index, deal in enumerate(deals(100))
            )
            page.goto(
                f"{base}/provisionskalkylator/?roll=key-account-manager&vy=ar&affarer="
                + "_".join([month] * 12)
            )
            page.wait_for_selector(".rg-year__months")
            result["year_keystroke"] = page.evaluate(KEYSTROKE_SCRIPT, RUNS)
            # the longest address of a year of 12 × 10 deals: amounts in the millions
            # with öre, margins too (pay on margin), every fifth deal cancelled
            deal = "1250000,50:312500,25"
            long_month = ";".join(f"{'-' if i % 5 == 4 else ''}{deal}" for i in range(10))
            page.goto(
                f"{base}/provisionskalkylator/?roll=forsaljningschef&vy=ar&affarer="
                + "_".join([long_month] * 12)
            )
            page.wait_for_selector(".rg-year__months")
            page.wait_for_timeout(600)  # the address is written 250 ms after the last change
            result["year_link"] = page.evaluate("window.location.href.length")
            browser.close()
    finally:
        server.shutdown()
        shutil.rmtree(site, ignore_errors=True)
    return result


def main() -> None:
    catalog = load_catalog(PROJECT / "data")
    role = catalog.role("key-account-manager")
    model = engine_model(role.pay, catalog.organisation.currency)
    assert catalog.organisation.pay_rules is not None, "data/organisation.yml has no pay_rules"
    year_model, year = year_case(model, catalog.organisation.pay_rules.engine_rules())
    python = python_medians(model)
    python_year = python_year_median(year_model, year)
    node = node_medians(model)
    browser = browser_medians(model, year_model, year)
    rows = [
        "| Motor | 1 000 affärer | 10 000 affärer |",
        "| --- | ---: | ---: |",
        f"| Python `compute_pay` | {python[1000]:.2f} ms | {python[10000]:.2f} ms |",
        f"| Node `computePay` | {node[1000]:.2f} ms | {node[10000]:.2f} ms |",
        f"| Chromium `computePay` | {browser['1000']:.2f} ms | {browser['10000']:.2f} ms |",
        "",
        f"Chromium, engine work of one calculator update at 1 000 deals (result + 25-point "
        f"chart): {browser['update']:.1f} ms.",
        f"Chromium, one keystroke on the calculator page with 1 000 deals entered (read the "
        f"form, check every field, compute, draw the result): {browser['keystroke']:.1f} ms; "
        f"the chart and comparison follow {CHART_DELAY_MS} ms after typing pauses.",
        "Target: 1 000 deals recomputed in the browser in under 16 ms.",
        "",
        f"A year of 12 × 100 deals (two accelerators, every tenth deal a clawback, the "
        f"organisation's pay rules): Chromium `computeYear` {browser['year']:.2f} ms, Python "
        f"`compute_year` {python_year:.2f} ms. Target: under 2 ms in Chromium.",
        f"Chromium, one keystroke in the calculator's year view with 12 × 100 deals entered "
        f"(read the form and the kept months, compute the year, draw the month and the "
        f"year): {browser['year_keystroke']:.1f} ms. Target: under 16 ms.",
        f"The longest address of a year of 12 × 10 deals (amounts and margins in the "
        f"millions with öre, every fifth deal cancelled): {browser['year_link']} characters; "
        f"a link may hold 8 000.",
    ]
    table = "\n".join(rows)
    print(table)
    results = PROJECT / "tests" / "bench" / "results"
    results.mkdir(exist_ok=True)
    (results / "pay.md").write_text(table + "\n", "utf-8")


if __name__ == "__main__":
    main()
