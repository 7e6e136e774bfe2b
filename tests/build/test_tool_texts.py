"""Each browser tool gets, in its page's data, exactly the texts its scripts show: none
missing (a reader would see "undefined"), none carried for nothing (the form's own labels
are in the page's HTML already). Checked on the site of the tests' own organisation."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from helpers import PROJECT_DIR

SCRIPTS = PROJECT_DIR / "docs" / "assets" / "javascripts"

# page, the attribute holding the tool's data, the scripts that read its texts
TOOLS = [
    (
        "provisionskalkylator",
        "data-rg-calculator",
        [
            "calculator.js",
            "calculator-result.js",
            "calculator-charts.js",
            "calculator-year.js",
            "calculator-plan.js",
        ],
    ),
    ("jamfor", "data-rg-compare", ["compare.js", "comparison.js"]),
    ("passar-jag", "data-rg-fit", ["fitcheck.js"]),
    ("roller/kundansvarig/platsannons", "data-rg-jobad", ["jobad.js"]),
    (
        "nyckelkundsanalys",
        "data-rg-key-clients",
        ["keyclients-page.js", "keyclients-view.js", "keyclients-input.js"],
    ),
]

# every script names its texts `t` (or `this.t`; an engine's parameter `texts`) and reads
# them as t.key
TEXT_READ = re.compile(r"\b(?:t|texts)\.([a-z_]+)\b")


@pytest.mark.parametrize(("page", "attribute", "scripts"), TOOLS, ids=[t[0] for t in TOOLS])
def test_a_tool_gets_the_texts_its_scripts_show(
    fixture_site: Path, page: str, attribute: str, scripts: list[str]
) -> None:
    html = (fixture_site / page / "index.html").read_text("utf-8")
    data = json.loads(unescape(re.search(f'{attribute}="([^"]*)"', html).group(1)))
    read = {key for script in scripts for key in TEXT_READ.findall((SCRIPTS / script).read_text())}
    assert read, "the pattern found no texts: has the scripts' naming changed?"
    assert sorted(read - data["texts"].keys()) == [], "missing"
    assert sorted(data["texts"].keys() - read) == [], "carried but never shown"
