"""The key-client analysis page as the build writes it, on the tests' own organisation:
reached from the start page, the navigation and the key account manager's profile, with
each role's key-client figures and the organisation's key clients per manager in its data,
a message for readers without JavaScript, and no list of anyone's customers in it."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

from helpers import copy_fixture_data, edit, fixture_config, run_mkdocs_build

PAGE = "nyckelkundsanalys/index.html"


def page_data(site: Path) -> dict:
    html = (site / PAGE).read_text("utf-8")
    return json.loads(unescape(re.search(r'data-rg-key-clients="([^"]*)"', html).group(1)))


def test_the_page_carries_each_roles_figures(fixture_site: Path) -> None:
    data = page_data(fixture_site)
    # only the kundansvarig says what a key client is (10–20 % each, 70–80 % together)
    assert data["roles"] == [
        {
            "id": "kundansvarig",
            "title": "Kundansvarig",
            "name": "kundansvarig",
            "link": "../roller/kundansvarig/",
            "key_income_share": 0.1,
            "income_share_each": [10, 20],
            "key_share_target": 0.7,
            "profit_share_together": [70, 80],
        }
    ]
    assert data["capacity"] == {"per_manager": 3, "source": "Testvärde.", "example": True}
    assert (data["currency"], data["csv_file"]) == ("SEK", "nyckelkundsanalys.csv")
    html = (fixture_site / PAGE).read_text("utf-8")
    assert '<noscript><p class="rg-noscript">' in html
    # one role: no choice of role to make
    assert 'id="rg-kc-role"' not in html


def test_the_page_is_linked_where_key_clients_are_explained(fixture_site: Path) -> None:
    home = (fixture_site / "index.html").read_text("utf-8")
    assert 'href="nyckelkundsanalys/"' in home
    profile = (fixture_site / "roller" / "kundansvarig" / "index.html").read_text("utf-8")
    assert re.search(r'href="../../nyckelkundsanalys/"[^>]*>Analysera er kundlista', profile)
    # a role that says nothing of key clients has no such link
    adviser = (fixture_site / "roller" / "kundradgivare" / "index.html").read_text("utf-8")
    assert (
        "nyckelkundsanalys" not in adviser.split('class="md-content"', 1)[1].split("</article>")[0]
    )


def test_without_figures_in_the_data_the_page_uses_the_sources(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    edit(data / "roles" / "kundansvarig.yml", "  income_share_each: {min: 10, max: 20}\n", "")
    text = (data / "organisation.yml").read_text("utf-8")
    start = text.index("# Key clients per key account manager")
    end = text.index("# The tests' own rules")
    (data / "organisation.yml").write_text(text[:start] + text[end:], "utf-8")
    result = run_mkdocs_build(tmp_path / "site", data, fixture_config(tmp_path))
    assert result.returncode == 0, result.stderr
    page = page_data(tmp_path / "site")
    assert page["roles"] == [] and page["capacity"] is None
