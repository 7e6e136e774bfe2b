"""Each role page shows its pay model in words and example months computed at build time;
expected figures are worked out by hand from the role's YAML in the tests' own organisation
(tests/fixtures/data) and from the rule: the months at 50, 100 and 150 % of the plan, or of
2, 4 and 6 typical deals without a plan, each month's sales split into typical deals and
one smaller deal for the rest."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest

from helpers import copy_fixture_data, edit, fixture_config, run_mkdocs_build

NBSP = "\u00a0"


def text_of(site: Path, path: str) -> str:
    html = (site / path / "index.html").read_text("utf-8")
    html = re.sub(r'<a class="headerlink".*?</a>', "", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace(NBSP, " ").split())


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


@pytest.fixture(scope="module")
def other_pay_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tests' own organisation with two pay models changed: the kundansvarig's typical
    deal is 120 000 (so the months hold a smaller deal for the rest, in a lower band), and
    the kundrådgivare's bands are marginal, its typical deal 100 000 and its variable pay
    capped at 20 000 a month."""
    folder = tmp_path_factory.mktemp("annan-lon")
    data = copy_fixture_data(folder)
    edit(
        data / "roles" / "kundansvarig.yml",
        "typical_deal: {amount: 100000}",
        "typical_deal: {amount: 120000}",
    )
    adviser = data / "roles" / "kundradgivare.yml"
    edit(adviser, "band_mode: per_deal", "band_mode: marginal\n    cap: 20000")
    edit(adviser, "typical_deal: {amount: 20000}", "typical_deal: {amount: 100000}")
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    return folder / "site"


@pytest.mark.parametrize(
    ("role", "months"),
    [
        # Kundansvarig: 40 000 base; deals of 100 000, each at 10 % (up to 100 000 the rate
        # is 10 %, the whole deal at its band's rate); proportional plan 400 000.
        # 50 %: 2 deals → 20 000 × 0.5 = 10 000. 100 %: 4 → 40 000. 150 %: 6 → 60 000
        # (above the plan the factor stays 1).
        (
            "kundansvarig",
            [
                ["50 % av planen", "200 000 kr", "2", "10 000 kr", "50 000 kr", "5 %"],
                ["100 % av planen", "400 000 kr", "4", "40 000 kr", "80 000 kr", "10 %"],
                ["150 % av planen", "600 000 kr", "6", "60 000 kr", "100 000 kr", "10 %"],
            ],
        ),
        # Teamledare: 50 000 base; 2 % of the margin, 25 000 on a deal of 100 000 (500 a
        # deal), paid only in months at 80 % of the plan of 1 000 000 or more.
        (
            "teamledare",
            [
                ["50 % av planen", "500 000 kr", "5", "0 kr", "50 000 kr", "0 %"],
                ["100 % av planen", "1 000 000 kr", "10", "5 000 kr", "55 000 kr", "2 %"],
                ["150 % av planen", "1 500 000 kr", "15", "7 500 kr", "57 500 kr", "2 %"],
            ],
        ),
        # Kundrådgivare: 30 000 base, no plan: months of 2, 4 and 6 typical deals of 20 000,
        # each at 5 % (up to 50 000): 1 000 a deal.
        (
            "kundradgivare",
            [
                ["2 affärer", "40 000 kr", "2", "2 000 kr", "32 000 kr", "5 %"],
                ["4 affärer", "80 000 kr", "4", "4 000 kr", "34 000 kr", "5 %"],
                ["6 affärer", "120 000 kr", "6", "6 000 kr", "36 000 kr", "5 %"],
            ],
        ),
    ],
)
def test_example_months(fixture_site: Path, role: str, months: list[list[str]]) -> None:
    assert example_rows(fixture_site, role) == months


@pytest.mark.parametrize(
    ("role", "months"),
    [
        # Kundansvarig with deals of 120 000 (15 %: 18 000 a deal) and the rest at 10 %:
        # 50 %: 120 000 + 80 000 → 18 000 + 8 000 = 26 000 × 0.5 = 13 000.
        # 100 %: 3 × 120 000 + 40 000 → 54 000 + 4 000 = 58 000. 150 %: 5 × 18 000 = 90 000.
        (
            "kundansvarig",
            [
                ["50 % av planen", "200 000 kr", "2", "13 000 kr", "53 000 kr", "6,5 %"],
                ["100 % av planen", "400 000 kr", "4", "58 000 kr", "98 000 kr", "14,5 %"],
                ["150 % av planen", "600 000 kr", "5", "90 000 kr", "130 000 kr", "15 %"],
            ],
        ),
        # Kundrådgivare, marginal: a deal of 100 000 earns 5 % on 50 000 and 8 % on the
        # other 50 000, 2 500 + 4 000 = 6 500; at most 20 000 a month.
        # 2 deals: 13 000. 4 deals: 26 000 → 20 000. 6 deals: 39 000 → 20 000 of 600 000.
        (
            "kundradgivare",
            [
                ["2 affärer", "200 000 kr", "2", "13 000 kr", "43 000 kr", "6,5 %"],
                ["4 affärer", "400 000 kr", "4", "20 000 kr", "50 000 kr", "5 %"],
                ["6 affärer", "600 000 kr", "6", "20 000 kr", "50 000 kr", "3,33 %"],
            ],
        ),
    ],
)
def test_example_months_with_a_smaller_deal_marginal_bands_and_a_cap(
    other_pay_site: Path, role: str, months: list[list[str]]
) -> None:
    assert example_rows(other_pay_site, role) == months


def test_pay_model_in_words(fixture_site: Path) -> None:
    text = text_of(fixture_site, "roller/kundansvarig")
    assert "Grundlön 40 000 kr i månaden (lönespann 35 000–50 000 kr)." in text
    assert (
        "Provision på affärens belopp. Hela affären får satsen för det intervall den hamnar i."
        in text
    )
    assert "10 % för affärer upp till 100 000 kr" in text
    assert "15 % för affärer över 100 000 kr upp till 500 000 kr" in text
    assert "5 % för affärer över 500 000 kr" in text
    assert "Den rörliga lönen har inget tak." in text
    assert (
        "Försäljningsplan 400 000 kr i månaden. Under planen multipliceras provisionen med "
        "måluppfyllelsen: vid halva planen ger affärerna hälften så mycket provision, och den "
        "halveras en gång till, så att den blir en fjärdedel av provisionen vid planen." in text
    )
    assert "Grundlönen minskar aldrig" in text
    assert (
        "Exempelmånaderna räknar med affärer på 100 000 kr (och en mindre affär för resten)."
        in text
    )
    # the cliff of the per-deal schedule: 500 000 × 15 % − 500 001 × 5 % ≈ 50 000
    assert "En affär på 500 001 kr ger 50 000 kr mindre i provision än en på 500 000 kr" in text
    leader = text_of(fixture_site, "roller/teamledare")
    # a manager's commission on the department's deals (commission.deals: department)
    assert "Provision på täckningsbidraget i avdelningens affärer." in leader
    assert "2 % på hela täckningsbidraget" in leader  # a single band
    assert (
        "Försäljningsplan 1 000 000 kr i månaden. Provision betalas bara de månader då minst "
        "80 % av planen nås." in leader
    )
    assert (
        "Exempelmånaderna räknar med affärer på 100 000 kr med 25 % i täckningsbidrag (och en "
        "mindre affär för resten)." in leader
    )
    assert "mindre i provision" not in leader  # marginal bands have no cliff
    adviser = text_of(fixture_site, "roller/kundradgivare")
    assert "Ingen försäljningsplan påverkar provisionen." in adviser
    assert "mindre i provision" not in adviser  # the rate rises with the deal: no cliff


def test_marginal_bands_and_a_cap_in_words(other_pay_site: Path) -> None:
    text = text_of(other_pay_site, "roller/kundradgivare")
    assert (
        "Provisionen räknas trappstegsvis, där varje del av affären får satsen för sitt "
        "intervall." in text
    )
    assert "5 % på de första 50 000 kr" in text
    assert "8 % på det som överstiger 50 000 kr" in text
    assert "Den rörliga lönen är högst 20 000 kr i månaden." in text
    assert "mindre i provision" not in text  # marginal bands have no cliff


def test_a_role_without_a_pay_model_shows_none(fixture_site: Path) -> None:
    html = (fixture_site / "roller" / "innesaljare" / "index.html").read_text("utf-8")
    assert 'id="exempelmanader"' not in html
    assert "Grundlön" not in html
    assert "?roll=innesaljare" not in html


def test_role_page_links_to_the_calculator_preset(fixture_site: Path) -> None:
    html = (fixture_site / "roller" / "kundradgivare" / "index.html").read_text("utf-8")
    assert 'href="../../provisionskalkylator/?roll=kundradgivare"' in html


def calculator_data(site: Path) -> dict:
    html = (site / "provisionskalkylator" / "index.html").read_text("utf-8")
    raw = html.split('data-rg-calculator="', 1)[1].split('"', 1)[0]
    return json.loads(unescape(raw))


def test_calculator_page_embeds_every_model_safely(fixture_site: Path) -> None:
    data = calculator_data(fixture_site)
    # every role with a pay model; the innesäljare has none
    assert [role["id"] for role in data["roles"]] == ["kundansvarig", "kundradgivare", "teamledare"]
    roles = {role["id"]: role for role in data["roles"]}
    kundansvarig = roles["kundansvarig"]
    assert kundansvarig["model"]["commission"]["bands"][1] == {"up_to": 500000, "rate": 0.15}
    # the preset month: the plan of 400 000 in typical deals of 100 000
    assert [deal["amount"] for deal in kundansvarig["deals"]] == [100000] * 4
    # without a plan: four typical deals
    assert [deal["amount"] for deal in roles["kundradgivare"]["deals"]] == [20000] * 4
    # on margin: each deal with its margin, 25 % of 100 000
    assert roles["teamledare"]["deals"] == [{"amount": 100000, "margin": 25000}] * 10
    assert data["currency"] == "SEK"


def test_calculator_gets_the_organisations_rules_for_a_year(fixture_site: Path) -> None:
    year = calculator_data(fixture_site)["year"]
    # the rates as the fixture's organisation.yml gives them ("12 %" read as a share)
    assert year["rules"] == {
        "holiday_pay": {
            "rate": 0.12,
            "days": 25,
            "supplement_per_day": 0.0043,
            "deduction_per_day": 0.046,
            "threshold": 0.1,
        },
        "pension_tax_rate": 0.25,
        "employer_contribution_rate": 0.3,
        "pension": [{"up_to": 50000, "rate": 0.05}, {"up_to": None, "rate": 0.3}],
    }
    # each line of the year as the role page words it; the pension marked as an example
    lines = {line["key"]: line for line in year["employee"] + year["employer"]}
    assert [line["key"] for line in year["employee"]] == [
        "base", "paid_variable", "holiday_deduction", "holiday_pay", "gross",
    ]  # fmt: skip
    assert [line["key"] for line in year["employer"]] == [
        "pension", "pension_tax", "employer_contributions", "employer_cost",
    ]  # fmt: skip
    # the deduction belongs to the percentage rule alone; holiday pay is worded per rule,
    # with the year's own figures ({days}, {share}) left for the script to fill
    assert lines["holiday_deduction"]["only"] == "percentage"
    assert lines["holiday_pay"]["label"] == {
        "percentage": "Semesterlön",
        "same_salary": "Semestertillägg och semesterlön på rörlig lön",
    }
    assert lines["holiday_pay"]["rule"]["same_salary"] == (
        "semestertillägg 0,43\u00a0% av månadslönen per semesterdag × {days} dagar, och "
        "12\u00a0% av den rörliga lönen (sammalöneregeln); tillägget betalas ut med semestern, "
        "den rörliga delen senast en månad efter semesterårets slut"
    )
    assert year["reasons"]["same_salary"].startswith(
        "Den rörliga lönen är {share} av den sammanlagda lönen, alltså under 10\u00a0%. Därför "
        "gäller sammalöneregeln"
    )
    assert year["days"] == 25
    assert lines["pension"]["example"] is True and lines["holiday_pay"]["example"] is False
    assert lines["base"]["rule"] == "12 × {amount}"  # the form's base salary goes in
    assert [source["name"] for source in year["sources"]] == [
        "Semesterlön", "Särskild löneskatt", "Arbetsgivaravgifter", "Tjänstepension",
    ]  # fmt: skip
    assert year["sources"][0] == {
        "name": "Semesterlön", "year": "2026", "source": "Testvärde – semesterlagens två regler.",
        "example": False,
    }  # fmt: skip
    # what the law says of pay taken back reaches the month and the year
    assert calculator_data(fixture_site)["texts"]["set_off"].startswith(
        "Att dra av ett förskott från garantin"
    )


def year_rows(site: Path, role: str) -> list[list[str]]:
    html = (site / "roller" / role / "index.html").read_text("utf-8")
    table = html.split('id="ett-ar-vid-100-av-planen"', 1)[1].split("</table>", 1)[0]
    rows = re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)[1:]
    return [
        [
            " ".join(unescape(re.sub(r"<[^>]+>", " ", cell)).replace(NBSP, " ").split())
            for cell in re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        ]
        for row in rows
    ]


PERCENTAGE_RULE = (
    "12 % av årets lön utom semesterlönen, det vill säga grundlönen efter semesteravdraget och "
    "den rörliga lönen (procentregeln); betalas ut med semestern"
)
GROSS_RULE = "grundlön och rörlig lön plus semesterlön, minus semesteravdrag"
COST_RULE = "bruttolön, tjänstepension, särskild löneskatt och arbetsgivaravgifter"
PENSION_RULE = (
    "på grundlön och rörlig lön varje månad: 5 % på de första 50 000 kr, 30 % på det som "
    "överstiger 50 000 kr Exempel att granska"
)


def test_a_year_at_plan_under_the_organisations_rules(fixture_site: Path) -> None:
    # The kundansvarig: 40 000 a month, and at its plan four deals of 100 000 at 10 %, so
    # 40 000 of commission a month: V = 480 000 of 960 000, 50 % ≥ 10 %, the percentage rule.
    # The fixture's rules: 12 % for 25 days, 4,6 % of the month deducted a holiday day,
    # pension 5 % up to 50 000 a month and 30 % above (an example), its tax 25 %,
    # contributions 30 %.
    # Deduction 25 × 4,6 % × 40 000 = 46 000; holiday pay 12 % of the year's pay without
    # it, 960 000 − 46 000 = 914 000: 109 680; gross 960 000 − 46 000 + 109 680 = 1 023 680.
    # Pension a month on 80 000: 2 500 + 9 000 = 11 500, a year 138 000, its tax 34 500;
    # contributions 30 % of 1 023 680 = 307 104; cost 1 023 680 + 138 000 + 34 500 +
    # 307 104 = 1 503 284.
    assert year_rows(fixture_site, "kundansvarig") == [
        ["Lön som tjänas in under året", "", ""],
        ["Grundlön", "480 000 kr", "12 × 40 000 kr"],
        ["Rörlig lön", "480 000 kr",
         "provisionen på årets affärer, inklusive eventuell garanterad provision"],
        ["Semesteravdrag", "\u221246 000 kr", "4,6 % av månadslönen per semesterdag × 25 "
         "dagar; de dagarna ersätts lönen av semesterlönen"],
        ["Semesterlön", "109 680 kr", PERCENTAGE_RULE],
        ["Bruttolön", "1 023 680 kr", GROSS_RULE],
        ["Arbetsgivarens kostnader utöver lönen", "", ""],
        ["Tjänstepension", "138 000 kr", PENSION_RULE],
        ["Särskild löneskatt på pensionskostnader", "34 500 kr", "25 % av pensionskostnaden"],
        ["Arbetsgivaravgifter", "307 104 kr", "30 % av bruttolönen"],
        ["Arbetsgivarens totala kostnad", "1 503 284 kr", COST_RULE],
    ]  # fmt: skip
    text = text_of(fixture_site, "roller/kundansvarig")
    assert (
        "Den rörliga lönen är 50 % av den sammanlagda lönen, alltså minst 10 %. Därför gäller "
        "procentregeln för hela lönen: semesterlönen är 12 % av årets lön utom semesterlönen, "
        "och för varje semesterdag dras 4,6 % av månadslönen." in text
    )
    # every rule with its year and source, the example marked
    assert "Semesterlön (2026): Testvärde – semesterlagens två regler." in text
    assert "Särskild löneskatt (2026): Testvärde, inte den verkliga skatten." in text
    assert "Tjänstepension (2026): Testvärde i två intervall. Exempel att granska" in text
    # no guarantee paid back and no deal taken back on the page: nothing said of set-off
    assert "kvittning" not in text


def test_a_year_under_the_same_salary_rule(fixture_site: Path) -> None:
    # The teamledare: 50 000 a month, and at plan ten deals with 25 000 of margin at 2 %:
    # 5 000 a month, V = 60 000 of 660 000 = 9,09 % < 10 %, the same-salary rule.
    # Holiday supplement and pay 25 × 0,43 % × 50 000 + 12 % × 60 000 = 5 375 + 7 200 =
    # 12 575; no deduction; gross 672 575. Pension a month on 55 000: 2 500 + 1 500 = 4 000,
    # a year 48 000, its tax 12 000; contributions 30 % of 672 575 = 201 772,50, shown as
    # 201 773 (whole kronor, halves away from zero); cost 672 575 + 48 000 + 12 000 +
    # 201 772,50 = 934 347,50, shown as 934 348.
    assert year_rows(fixture_site, "teamledare") == [
        ["Lön som tjänas in under året", "", ""],
        ["Grundlön", "600 000 kr", "12 × 50 000 kr"],
        ["Rörlig lön", "60 000 kr",
         "provisionen på årets affärer, inklusive eventuell garanterad provision"],
        ["Semestertillägg och semesterlön på rörlig lön", "12 575 kr", "semestertillägg 0,43 % "
         "av månadslönen per semesterdag × 25 dagar, och 12 % av den rörliga lönen "
         "(sammalöneregeln); tillägget betalas ut med semestern, den rörliga delen senast en "
         "månad efter semesterårets slut"],
        ["Bruttolön", "672 575 kr", GROSS_RULE],
        ["Arbetsgivarens kostnader utöver lönen", "", ""],
        ["Tjänstepension", "48 000 kr", PENSION_RULE],
        ["Särskild löneskatt på pensionskostnader", "12 000 kr", "25 % av pensionskostnaden"],
        ["Arbetsgivaravgifter", "201 773 kr", "30 % av bruttolönen"],
        ["Arbetsgivarens totala kostnad", "934 348 kr", COST_RULE],
    ]  # fmt: skip
    assert (
        "Den rörliga lönen är 9,09 % av den sammanlagda lönen, alltså under 10 %. Därför "
        "gäller sammalöneregeln: månadslönen betalas som vanligt under semestern, med ett "
        "semestertillägg på 0,43 % av månadslönen per semesterdag, och på den rörliga lönen "
        "betalas 12 % i semesterlön." in text_of(fixture_site, "roller/teamledare")
    )


def test_without_the_organisations_rules_there_is_no_year(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    text = (data / "organisation.yml").read_text("utf-8")
    (data / "organisation.yml").write_text(text[: text.index("\n# The tests' own rules")] + "\n")
    result = run_mkdocs_build(tmp_path / "site", data, fixture_config(tmp_path))
    assert result.returncode == 0, result.stderr
    page = text_of(tmp_path / "site", "roller/kundansvarig")
    assert "Exempelmånader" in page and "Ett år vid 100 % av planen" not in page
    # the calculator's year runs without them, and says so at its gross pay
    year = calculator_data(tmp_path / "site")["year"]
    assert year["rules"] is None and year["employer"] == [] and year["sources"] == []
    assert [line["key"] for line in year["employee"]] == ["base", "paid_variable", "gross"]
    assert "företaget inte har angett" in year["employee"][-1]["rule"]


@pytest.fixture(scope="module")
def accelerated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The kundansvarig with an accelerator (1,5 times above 100 % of the plan) and a
    recoverable guarantee of 20 000 for three months."""
    folder = tmp_path_factory.mktemp("accelerator")
    data = copy_fixture_data(folder)
    edit(
        data / "roles" / "kundansvarig.yml",
        "    below_plan: proportional\n",
        "    below_plan: proportional\n    accelerators:\n      - above: 100 %\n"
        "        multiplier: 1.5\n  guarantee:\n    months: 3\n    monthly_amount: 20000\n"
        "    recoverable: true\n",
    )
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    return folder / "site"


def test_accelerators_and_a_guarantee_in_words_and_in_the_example_months(
    accelerated_site: Path,
) -> None:
    text = text_of(accelerated_site, "roller/kundansvarig")
    assert "På försäljning över 100 % av planen blir provisionen 1,5 gånger så hög." in text
    assert (
        "Under årets första 3 månader garanteras en rörlig lön på minst 20 000 kr i månaden. "
        "Det garantin betalar utöver intjänad provision är ett förskott som dras av från den "
        "rörliga lönen senare under året." in text
    )
    # taking the advance back: what lagen om arbetsgivares kvittningsrätt allows
    assert (
        "Att dra av ett förskott från garantin eller provisionen för en annullerad affär från "
        "senare lön kräver stöd i provisionsavtalet, och kvittning mot lön får arbetsgivaren "
        "bara göra med den anställdas medgivande (som kan återkallas innan lönen ska betalas "
        "ut) eller när 3 § lagen (1970:215) om arbetsgivares kvittningsrätt eller ett "
        "kollektivavtal medger det." in text
    )
    # 150 %: six deals of 100 000 at 10 %; the fifth and sixth lie above the plan of
    # 400 000 and get 1,5: 4 × 10 000 + 2 × 15 000 = 70 000, 11,67 % of 600 000
    assert example_rows(accelerated_site, "kundansvarig") == [
        ["50 % av planen", "200 000 kr", "2", "10 000 kr", "50 000 kr", "5 %"],
        ["100 % av planen", "400 000 kr", "4", "40 000 kr", "80 000 kr", "10 %"],
        ["150 % av planen", "600 000 kr", "6", "70 000 kr", "110 000 kr", "11,67 %"],
    ]
    # the calculator's form gets them with the role's model
    model = {role["id"]: role for role in calculator_data(accelerated_site)["roles"]}[
        "kundansvarig"
    ]["model"]
    assert model["plan"]["accelerators"] == [{"above": 1.0, "multiplier": 1.5}]
    assert model["guarantee"] == {"months": 3, "monthly_amount": 20000, "recoverable": True}
    # the job ad gives the pay in one sentence: the range, the rates, and the month at plan
    # (the accelerator pays only above it: four deals of 100 000 at 10 % on 40 000)
    ad = text_of(accelerated_site, "roller/kundansvarig/platsannons")
    assert (
        "Lön: grundlön 35 000–50 000 kr i månaden och provision på dina affärers belopp, "
        "5–15 % beroende på affärens storlek, utan tak; under planen multipliceras provisionen "
        "med måluppfyllelsen, så att den vid halva planen blir en fjärdedel av provisionen vid "
        "planen; vid 100 % av planen blir lönen i vårt exempel 80 000 kr i "
        "månaden." in ad
    )
