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
    # five deals of 80 000 make the plan of 400 000; in steps, 2 % of the first 50 000 and
    # 3 % above: 1 000 + 900 = 1 900 a deal, 9 500 a month. V = 114 000 of 510 000 =
    # 22,35 %. Deducted 25 × 4,6 % × 33 000 = 37 950; holiday pay 12 % of 510 000 − 37 950 =
    # 472 050: 56 646; gross 510 000 − 37 950 + 56 646 = 528 696. Pension 4,5 % of 42 500 =
    # 1 912,50 a month, 22 950 a year; its tax 5 567,67; contributions 31,42 % of 528 696 =
    # 166 116,28; cost 528 696 + 22 950 + 5 567,67 + 166 116,28 = 723 329,95.
    "saljare": {
        "share": "22,35 %",
        "rows": {
            "Grundlön": "396 000 kr",
            "Rörlig lön": "114 000 kr",
            "Semesteravdrag": "−37 950 kr",
            "Semesterlön": "56 646 kr",
            "Bruttolön": "528 696 kr",
            "Tjänstepension": "22 950 kr",
            "Särskild löneskatt på pensionskostnader": "5 568 kr",
            "Arbetsgivaravgifter": "166 116 kr",
            "Arbetsgivarens totala kostnad": "723 330 kr",
        },
    },
    # eight deals of 150 000 make the plan of 1 200 000, each 4 % of its 37 500 in
    # täckningsbidrag: 1 500 a deal, 12 000 a month. V = 144 000 of 744 000 = 19,35 %.
    # Deducted 25 × 4,6 % × 50 000 = 57 500; holiday pay 12 % of 686 500 = 82 380; gross
    # 744 000 − 57 500 + 82 380 = 768 880. Pension on 62 000 a month: 4,5 % of 52 125 =
    # 2 345,625 and 30 % of 9 875 = 2 962,50, 5 308,125 a month, 63 697,50 a year (shown
    # 63 698); its tax 15 453,01; contributions 31,42 % of 768 880 = 241 582,10; cost
    # 1 089 612,61.
    "key-account-manager": {
        "share": "19,35 %",
        "rows": {
            "Grundlön": "600 000 kr",
            "Rörlig lön": "144 000 kr",
            "Semesteravdrag": "−57 500 kr",
            "Semesterlön": "82 380 kr",
            "Bruttolön": "768 880 kr",
            "Tjänstepension": "63 698 kr",
            "Särskild löneskatt på pensionskostnader": "15 453 kr",
            "Arbetsgivaravgifter": "241 582 kr",
            "Arbetsgivarens totala kostnad": "1 089 613 kr",
        },
    },
    # eight deals of 25 000 make the plan of 200 000; 3 % of the first 20 000 and 4 % of
    # the rest: 800 a deal, 6 400 a month. V = 76 800 of 508 800 = 15,09 %. Deducted
    # 25 × 4,6 % × 36 000 = 41 400; holiday pay 12 % of 467 400 = 56 088; gross 523 488.
    # Pension 4,5 % of 42 400 = 1 908 a month, 22 896 a year; its tax 5 554,57;
    # contributions 31,42 % of 523 488 = 164 479,93 (each in kronor and öre, as a payroll
    # has them); cost 523 488 + 22 896 + 5 554,57 + 164 479,93 = 716 418,50, shown 716 419
    # (halves away from zero).
    "kundtjanstchef": {
        "share": "15,09 %",
        "rows": {
            "Grundlön": "432 000 kr",
            "Rörlig lön": "76 800 kr",
            "Semesteravdrag": "−41 400 kr",
            "Semesterlön": "56 088 kr",
            "Bruttolön": "523 488 kr",
            "Tjänstepension": "22 896 kr",
            "Särskild löneskatt på pensionskostnader": "5 555 kr",
            "Arbetsgivaravgifter": "164 480 kr",
            "Arbetsgivarens totala kostnad": "716 419 kr",
        },
    },
    # twenty deals of 200 000 with 50 000 in täckningsbidrag make the plan of 4 000 000; 1 %
    # of the täckningsbidrag: 10 000 a month, under the cap of 20 000. V = 120 000 of
    # 936 000 = 12,82 %. Deducted 25 × 4,6 % × 68 000 = 78 200; holiday pay 12 % of
    # 857 800 = 102 936; gross 960 736. Pension on 78 000: 2 345,625 + 30 % of 25 875 =
    # 10 108,125 a month, 121 297,50 a year; its tax 29 426,77; contributions 31,42 % of
    # 960 736 = 301 863,25; cost 1 413 323,52.
    "forsaljningschef": {
        "share": "12,82 %",
        "rows": {
            "Grundlön": "816 000 kr",
            "Rörlig lön": "120 000 kr",
            "Semesteravdrag": "−78 200 kr",
            "Semesterlön": "102 936 kr",
            "Bruttolön": "960 736 kr",
            "Tjänstepension": "121 298 kr",
            "Särskild löneskatt på pensionskostnader": "29 427 kr",
            "Arbetsgivaravgifter": "301 863 kr",
            "Arbetsgivarens totala kostnad": "1 413 324 kr",
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
