"""Page weight as a reader's browser receives it, on the tests' own organisation's site: on
every page, our JavaScript (rollguiden.js and the module graph of the tools the page holds)
at most 20 KB gzipped, and our CSS at most 6 KB. Growth fails here when it happens, not in
a reader's browser months later. See tests/page_weight.py for how a page is measured."""

from __future__ import annotations

from pathlib import Path

from page_weight import CSS_BUDGET, JS_BUDGET, page_weight


def test_every_page_stays_within_the_budget(fixture_site: Path) -> None:
    over = []
    for page in sorted(fixture_site.rglob("*.html")):
        weight = page_weight(fixture_site, page)
        if weight.javascript > JS_BUDGET or weight.css > CSS_BUDGET:
            over.append(f"{page.relative_to(fixture_site)}: {weight}")
    assert over == []


def test_a_tool_page_is_measured_with_all_it_loads(fixture_site: Path) -> None:
    calculator = page_weight(fixture_site, fixture_site / "provisionskalkylator" / "index.html")
    # the tool and what it imports at once, through to the pay engine and the shared helpers
    for module in ("rollguiden.js", "calculator.js", "calculator-result.js", "pay.js", "dom.js"):
        assert module in calculator.scripts
    # the script in the head that marks the page as one that runs JavaScript
    assert "js-class.js" in calculator.scripts
    # the year's tables come when the reader asks for a year, the charts once typing
    # pauses: neither with the page
    assert "calculator-year.js" not in calculator.scripts
    assert "calculator-charts.js" not in calculator.scripts
    # a page without a tool loads rollguiden.js alone
    home = page_weight(fixture_site, fixture_site / "index.html")
    assert "calculator.js" not in home.scripts
    assert home.javascript < calculator.javascript
    assert "rollguiden.css" in calculator.stylesheets
    assert not any(sheet.endswith(".min.css") for sheet in calculator.stylesheets)


def test_our_scripts_and_style_sheets_are_served_minified(fixture_site: Path) -> None:
    source = Path(__file__).resolve().parents[2] / "docs" / "assets"
    for kind, comment in (("javascripts/calculator.js", "//"), ("stylesheets/tools.css", "/*")):
        assert comment in (source / kind).read_text("utf-8")
        served = (fixture_site / "assets" / kind).read_text("utf-8")
        assert comment not in served
        assert len(served) < len((source / kind).read_text("utf-8")) * 0.8


def test_no_page_weighs_more_with_more_roles(fixture_site: Path, many_roles_site: Path) -> None:
    # what every page loads is the same at 4 roles and at 30: nothing of ours grows with
    # the roles (each job description's printed marks are in a sheet of its own)
    for page in ("index.html", "roller/kundansvarig/index.html", "arbetsvardering/index.html"):
        few, many = (
            page_weight(fixture_site, fixture_site / page),
            page_weight(many_roles_site, many_roles_site / page),
        )
        assert (many.css, many.stylesheets) == (few.css, few.stylesheets), page
    document = "roller/kundansvarig/arbetsbeskrivning/index.html"
    sheets = page_weight(many_roles_site, many_roles_site / document).stylesheets
    home = page_weight(many_roles_site, many_roles_site / "index.html").stylesheets
    assert set(sheets) - set(home) == {"kundansvarig.css"}  # its own marks, no other role's
