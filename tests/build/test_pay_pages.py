"""Each role page shows its pay model in words and example months computed at build time;
expected figures are worked out by hand from the role's YAML."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

NBSP = "\u00a0"


def text_of(site: Path, path: str) -> str:
    html = (site / path / "index.html").read_text("utf-8")
    return unescape(re.sub(r"<[^>]+>", " ", html)).replace(NBSP, " ")


def example_rows(site: Path, role: str) -> list[list[str]]:
    html = (site / "roller" / role / "index.html").read_text("utf-8")
    table = html.split('id="exempelmanader"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)[1:]
    return [
        [
            unescape(re.sub(r"<[^>]+>", "", cell)).replace(NBSP, " ").strip()
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        ]
        for row in rows
    ]


@pytest.mark.parametrize(
    ("role", "months"),
    [
        # KAM: 38 000 base; deals of 100 000 at 15 % (50 000 and below: 10 %); proportional plan
        # 300 000. 50 %: 100 000 + 50 000 → 15 000 + 5 000 = 20 000 × 0.5 = 10 000.
        # 100 %: 3 × 15 000 = 45 000. 150 %: 4 × 15 000 + 5 000 = 65 000.
        (
            "key-account-manager",
            [
                ["50 % av planen", "150 000 kr", "2", "10 000 kr", "48 000 kr", "6,67 %"],
                ["100 % av planen", "300 000 kr", "3", "45 000 kr", "83 000 kr", "15 %"],
                ["150 % av planen", "450 000 kr", "5", "65 000 kr", "103 000 kr", "14,44 %"],
            ],
        ),
        # Kundtjänstchef: 27 000 base; deals of 25 000, marginal 3 % on 20 000 and 6 % above:
        # 600 + 300 = 900 a deal; the plan of 200 000 does not change the commission.
        (
            "kundtjanstchef",
            [
                ["50 % av planen", "100 000 kr", "4", "3 600 kr", "30 600 kr", "3,6 %"],
                ["100 % av planen", "200 000 kr", "8", "7 200 kr", "34 200 kr", "3,6 %"],
                ["150 % av planen", "300 000 kr", "12", "10 800 kr", "37 800 kr", "3,6 %"],
            ],
        ),
        # Försäljningschef: 65 000 base; 2 % of the margin (62 500 a deal of 250 000), only
        # at 80 % of the plan of 2 000 000 or more; cap 30 000 not reached.
        (
            "forsaljningschef",
            [
                ["50 % av planen", "1 000 000 kr", "4", "0 kr", "65 000 kr", "0 %"],
                ["100 % av planen", "2 000 000 kr", "8", "10 000 kr", "75 000 kr", "2 %"],
                ["150 % av planen", "3 000 000 kr", "12", "15 000 kr", "80 000 kr", "2 %"],
            ],
        ),
    ],
)
def test_example_months(built_site: Path, role: str, months: list[list[str]]) -> None:
    assert example_rows(built_site, role) == months


def test_pay_model_in_words(built_site: Path) -> None:
    text = text_of(built_site, "roller/key-account-manager")
    assert "Grundlön 38 000 kr i månaden (lönespann 32 000–45 000 kr)." in text
    assert "15 % för affärer över 50 000 kr upp till 500 000 kr" in text
    assert "Den rörliga lönen har inget tak." in text
    assert "Grundlönen minskar aldrig" in text
    # the cliff of the per-deal schedule: 500 000 × 15 % − 500 001 × 5 % ≈ 50 000
    assert "En affär på 500 001 kr ger 50 000 kr mindre i provision än en på 500 000 kr" in text
    ktc = text_of(built_site, "roller/kundtjanstchef")
    assert "6 % på det som överstiger 20 000 kr" in ktc
    assert "mindre i provision" not in ktc  # marginal bands have no cliff


def test_role_page_links_to_the_calculator_preset(built_site: Path) -> None:
    html = (built_site / "roller" / "kundtjanstchef" / "index.html").read_text("utf-8")
    assert 'href="../../provisionskalkylator/?roll=kundtjanstchef"' in html


def test_calculator_page_embeds_every_model_safely(built_site: Path) -> None:
    html = (built_site / "provisionskalkylator" / "index.html").read_text("utf-8")
    raw = html.split('data-rg-calculator="', 1)[1].split('"', 1)[0]
    data = json.loads(unescape(raw))
    assert [role["id"] for role in data["roles"]] == [
        "forsaljningschef",
        "key-account-manager",
        "kundtjanstchef",
    ]
    kam = data["roles"][1]
    assert kam["model"]["commission"]["bands"][1] == {"up_to": 500000, "rate": 0.15}
    assert [deal["amount"] for deal in kam["deals"]] == [100000, 100000, 100000]
    assert data["currency"] == "SEK"
