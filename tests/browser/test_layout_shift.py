"""Nothing moves when a tool starts: on the comparison page, the calculator, the self-check
and the key-client analysis, at a desktop's and a phone's width, the layout shifts Chromium
reports while the page loads, its tool starts and draws its first answer add up to less
than 0.05 (the sum of every shift: stricter than the cumulative layout shift, which counts
the worst window of shifts only). Before, the picker appeared after its script ran and
pushed the matrix down (0.07 on a desktop, 0.10 on a phone), and each tool, shown only
once it answered, pushed the footer (0.03)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

pytestmark = pytest.mark.browser

BUDGET = 0.05
VIEWPORTS = {"desktop": {"width": 1280, "height": 800}, "phone": {"width": 390, "height": 844}}

# Every shift not caused by the reader (hadRecentInput), from the first paint on.
RECORD_SHIFTS = """
window.rgShifts = [];
new PerformanceObserver((entries) => {
  for (const entry of entries.getEntries()) {
    if (entry.hadRecentInput) continue;
    const moved = entry.sources.map((source) => source.node?.className || source.node?.nodeName);
    window.rgShifts.push({ value: entry.value, moved });
  }
}).observe({ type: "layout-shift", buffered: true });
"""

# page, and what shows that its tool has drawn its first answer
TOOLS = {
    "jamfor/": "[data-rg-mounted]",
    "provisionskalkylator/": "#rg-compare table",  # the comparison of every role, drawn last
    "passar-jag/": ".rg-fit-result",
    "nyckelkundsanalys/": "[data-rg-mounted]",
}


def shifts(browser: Browser, url: str, ready: str, viewport: dict) -> list[dict]:
    context = browser.new_context(viewport=viewport)
    try:
        page = context.new_page()
        page.add_init_script(RECORD_SHIFTS)
        page.goto(url)
        page.locator(ready).first.wait_for()
        # two frames after the answer: every layout it caused has been reported
        page.evaluate(
            "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"
        )
        return page.evaluate("window.rgShifts")
    finally:
        context.close()


@pytest.mark.parametrize("viewport", VIEWPORTS)
@pytest.mark.parametrize("path", TOOLS)
def test_nothing_moves_when_a_tool_starts(
    browser: Browser, fixture_url: str, path: str, viewport: str
) -> None:
    seen = shifts(browser, f"{fixture_url}/{path}", TOOLS[path], VIEWPORTS[viewport])
    assert sum(shift["value"] for shift in seen) < BUDGET, seen


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_nothing_moves_on_the_comparison_page_past_the_limit(
    browser: Browser, many_roles_url: str, viewport: str
) -> None:
    # thirty roles: the departments' tables, with the picker above them
    seen = shifts(browser, f"{many_roles_url}/jamfor/", "[data-rg-mounted]", VIEWPORTS[viewport])
    assert sum(shift["value"] for shift in seen) < BUDGET, seen
