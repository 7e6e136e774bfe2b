"""The shipped example roles' years under the shipped pay rules, worked out by hand: each
role page's year by the holiday rule its variable share gives (every shipped role's variable
pay is at least 10 % of its pay, so the percentage rule), and the calculator's year for the
key account manager in Chromium.

The shipped rules (data/organisation.yml): holiday pay 12 % for 25 days; from 10 % variable
pay the percentage rule on the year's pay but the holiday pay, with 4,6 % of the monthly
base deducted for each holiday day; pension (ITP 1, an example) 4,5 % of monthly pay up to
52 125 kr and 30 % up to 208 500 kr; its payroll tax 24,26 %; contributions 31,42 %. A year
is shown in whole kronor, halves away from zero.

Like the rest of tests/content/, this guards the example content in data/; an organisation
that replaces the example roles or its rules changes the figures below or deletes this
file."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

NBSP = "\u00a0"

# Per role: its base, the variable pay of its typical month at plan, and the year worked out
# from them. V is 12 × the month's variable pay, B the base, T = 12·B + V.
YEARS = {
    # five deals of 80 000 make the plan of 400 000; in steps, 3 % of the first 50 000 and
    # 5 % above: 1 500 + 1 500 = 3 000 a deal, 15 000 a month. V = 180 000 of 552 000 =
    # 32,61 %. Deducted 25 × 4,6 % × 31 000 = 35 650; holiday pay 12 % of 552 000 − 35 650 =
    # 516 350: 61 962; gross 552 000 − 35 650 + 61 962 = 578 312. Pension 4,5 % of 46 000 =
    # 2 070 a month, 24 840 a year; its tax 6 026,18; contributions 31,42 % of 578 312 =
    # 181 705,63; cost 578 312 + 24 840 + 6 026,18 + 181 705,63 = 790 883,81.
    "saljare": {
        "share": "32,61 %",
        "rows": {
            "Grundlön": "372 000 kr",
            "Rörlig lön": "180 000 kr",
            "Semesteravdrag": "−35 650 kr",
            "Semesterlön": "61 962 kr",
            "Bruttolön": "578 312 kr",
            "Tjänstepension": "24 840 kr",
            "Särskild löneskatt på pensionskostnader": "6 026 kr",
            "Arbetsgivaravgifter": "181 706 kr",
            "Arbetsgivarens totala kostnad": "790 884 kr",
        },
    },
    # three deals of 100 000 make the plan of 300 000, each 15 % (below 500 000): 45 000 a
    # month. V = 540 000 of 996 000 = 54,22 %. Deducted 25 × 4,6 % × 38 000 = 43 700;
    # holiday pay 12 % of 952 300 = 114 276; gross 996 000 − 43 700 + 114 276 = 1 066 576.
    # Pension on 83 000 a month: 4,5 % of 52 125 = 2 345,625 and 30 % of 30 875 = 9 262,50,
    # 11 608,125 a month, 139 297,50 a year (shown 139 298); its tax 33 793,57;
    # contributions 31,42 % of 1 066 576 = 335 118,18; cost 1 574 785,25.
    "key-account-manager": {
        "share": "54,22 %",
        "rows": {
            "Grundlön": "456 000 kr",
            "Rörlig lön": "540 000 kr",
            "Semesteravdrag": "−43 700 kr",
            "Semesterlön": "114 276 kr",
            "Bruttolön": "1 066 576 kr",
            "Tjänstepension": "139 298 kr",
            "Särskild löneskatt på pensionskostnader": "33 794 kr",
            "Arbetsgivaravgifter": "335 118 kr",
            "Arbetsgivarens totala kostnad": "1 574 785 kr",
        },
    },
    # eight deals of 25 000 make the plan of 200 000; 10 % of the first 20 000 and 12 % of
    # the rest: 2 600 a deal, 20 800 a month. V = 249 600 of 489 600 = 50,98 %. Deducted
    # 25 × 4,6 % × 20 000 = 23 000; holiday pay 12 % of 466 600 = 55 992; gross 522 592.
    # Pension 4,5 % of 40 800 = 1 836 a month, 22 032 a year; its tax 5 344,96;
    # contributions 31,42 % of 522 592 = 164 198,41; cost 714 167,37.
    "kundtjanstchef": {
        "share": "50,98 %",
        "rows": {
            "Grundlön": "240 000 kr",
            "Rörlig lön": "249 600 kr",
            "Semesteravdrag": "−23 000 kr",
            "Semesterlön": "55 992 kr",
            "Bruttolön": "522 592 kr",
            "Tjänstepension": "22 032 kr",
            "Särskild löneskatt på pensionskostnader": "5 345 kr",
            "Arbetsgivaravgifter": "164 198 kr",
            "Arbetsgivarens totala kostnad": "714 167 kr",
        },
    },
    # eight deals of 250 000 with 62 500 margin make the plan of 2 000 000; 2 % of the
    # margin: 10 000 a month, under the cap of 30 000. V = 120 000 of 1 020 000 = 11,76 %,
    # just above 10 %. Deducted 25 × 4,6 % × 75 000 = 86 250; holiday pay 12 % of 933 750 =
    # 112 050; gross 1 045 800. Pension on 85 000: 2 345,625 + 30 % of 32 875 =
    # 12 208,125 a month, 146 497,50 a year; its tax 35 540,29; contributions 31,42 % of
    # 1 045 800 = 328 590,36; cost 1 556 428,15.
    "forsaljningschef": {
        "share": "11,76 %",
        "rows": {
            "Grundlön": "900 000 kr",
            "Rörlig lön": "120 000 kr",
            "Semesteravdrag": "−86 250 kr",
            "Semesterlön": "112 050 kr",
            "Bruttolön": "1 045 800 kr",
            "Tjänstepension": "146 498 kr",
            "Särskild löneskatt på pensionskostnader": "35 540 kr",
            "Arbetsgivaravgifter": "328 590 kr",
            "Arbetsgivarens totala kostnad": "1 556 428 kr",
        },
    },
}
REASON = (
    "Den rörliga lönen är {share} av den sammanlagda lönen, alltså minst 10 %. Därför gäller "
    "procentregeln för hela lönen: semesterlönen är 12 % av årets lön utom semesterlönen, och "
    "för varje semesterdag dras 4,6 % av månadslönen."
)


def plain(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace(NBSP, " ").split())


def year_of(site: Path, role_id: str) -> tuple[str, dict[str, str]]:
    """The text before the year's table (its lead and reason) and its rows: label → amount."""
    html = (site / "roller" / role_id / "index.html").read_text("utf-8")
    section = html.split('id="ett-ar-vid-100-av-planen"', 1)[1]
    before, table = section.split("<table", 1)
    rows = {}
    for row in re.findall(r"<tr>(.*?)</tr>", table.split("</table>", 1)[0], flags=re.S)[1:]:
        cells = [plain(cell) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)]
        if cells[1]:
            rows[cells[0]] = cells[1]
    return plain(before), rows


@pytest.mark.parametrize("role_id", sorted(YEARS))
def test_each_shipped_roles_year_by_the_rule_its_share_gives(
    organisation_site: Path, role_id: str
) -> None:
    expected = YEARS[role_id]
    before, rows = year_of(organisation_site, role_id)
    assert REASON.format(share=expected["share"]) in before
    assert rows == expected["rows"]


def test_the_pension_example_names_its_plan(organisation_site: Path) -> None:
    text = plain((organisation_site / "roller" / "saljare" / "index.html").read_text("utf-8"))
    assert "ITP 1 – på grundlön och rörlig lön varje månad" in text
    assert "Den som är född 1978 eller tidigare har i stället ITP 2" in text


@pytest.mark.browser
def test_the_calculators_year_for_the_key_account_manager(
    page: Page, watch, organisation_url: str
) -> None:
    page.goto(organisation_url + "/provisionskalkylator/?roll=key-account-manager")
    page.locator("[data-rg-mounted]").wait_for()
    page.get_by_label("Räkna på").select_option("ar")
    expected = YEARS["key-account-manager"]
    expect(page.locator(".rg-year__reason")).to_have_text(
        REASON.format(share=expected["share"]).replace(" %", f"{NBSP}%")
    )
    for label, amount in expected["rows"].items():
        row = page.locator(".rg-year__lines tr").filter(has=page.locator(f'th:text-is("{label}")'))
        expect(row.locator("td").first).to_have_text(amount.replace(" ", NBSP))
