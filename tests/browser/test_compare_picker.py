"""The role picker in Chromium, on the tests' own organisation: choose roles, share the
address, reload, export as CSV and as a table. What the page shows is written out by hand
from the role files in tests/fixtures/data and the labels; the comparison's definition is
held to the Python one by the shared vectors (tests/vectors/compare.json)."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from rollguiden.text.labels import load_labels

pytestmark = pytest.mark.browser

LABELS = load_labels()
COMPARE = LABELS["compare"]
DIMENSION = COMPARE["dimensions"]
PAGE = "/jamfor/"
# by title; a role that is an example as a whole says so in its column's heading
ALL_ROLES = [
    "Innesäljare Exempel att granska",
    "Kundansvarig",
    "Kundrådgivare Exempel att granska",
    "Teamledare Exempel att granska",
]
NBSP = "\u00a0"


def nb(text: str) -> str:
    """Amounts and percentages as the pages write them: no-break spaces inside."""
    return text.replace("_", NBSP)


NO_CAP = LABELS["pay"]["no_cap"]

# Each role's column, worked out from its file: vocabulary terms in the vocabulary's order,
# lists joined with "; ", "–" for what a role lacks, the typical month at 100 % of the plan
# (four typical deals without a plan).
COLUMNS = {
    "teamledare": {
        "focus": "Att leda teamet så att det når sin plan.",
        "clients": "Alla kunder, genom teamet.",
        "reporting": "Verkställande direktören",  # no role above it: the text, capitalised
        "classification": "Chef",
        "education": "Högskoleexamen",
        "experience": "Minst 3 år inom försäljning",
        "qualities": "Driven; Lyhörd",
        "skills": "Förhandling; Ledarskap",
        "languages": "Engelska: goda kunskaper",
        "duty_areas": "Försäljning; Ledning",
        "kpis": "Teamets måluppfyllelse",
        "pay_structure": "; ".join(
            [
                nb("Grundlön 50_000_kr i månaden (lönespann 45_000–60_000_kr)."),
                # one band: the whole margin has one rate, so how bands apply goes unsaid
                "Provision på täckningsbidraget i avdelningens affärer.",
                nb("2_% på hela täckningsbidraget"),
                NO_CAP,
                nb(
                    "Försäljningsplan 1_000_000_kr i månaden. Provision betalas bara de "
                    "månader då minst 80_% av planen nås."
                ),
            ]
        ),
        # ten deals of 100 000 with 25 000 margin at 2 %: 50 000 + 10 × 500
        "typical_pay": nb("55_000_kr"),
        # a year of such months under the fixture's rules (holiday pay 12 % for 25 days,
        # 0,43 % a day by the same-salary rule, 4,6 % a day deducted by the percentage rule
        # from 10 % variable pay; pension 5 % up to 50 000 a month, 30 % above, taxed 25 %;
        # contributions 30 %): 60 000 of 660 000 is 9,09 %, the same-salary rule: holiday
        # pay 25 × 0,43 % × 50 000 + 12 % × 60 000 = 12 575; gross 672 575; pension
        # 12 × (2 500 + 1 500) = 48 000, its tax 12 000; contributions 201 772,50; the cost
        # 934 347,50 in whole kronor
        "employer_cost": nb("934_348_kr"),
        "entry_paths": "Säljare med några års erfarenhet.",
    },
    "innesaljare": {
        "focus": "Nya kunder via telefon och mejl.",
        "clients": "Små och medelstora företag.",
        "reporting": "Kundansvarig",  # the title of the role it reports to
        "classification": "Specialist",
        "education": "Gymnasieutbildning",
        "experience": "Minst 1 år inom försäljning eller kundservice",
        "qualities": "Driven; Stresstålig",
        "skills": "Säljteknik; Kundsystem",
        "languages": COMPARE["none"],
        "duty_areas": "Försäljning",
        "kpis": COMPARE["none"],
        "pay_structure": COMPARE["none"],
        "typical_pay": COMPARE["none"],
        "employer_cost": COMPARE["none"],
        "entry_paths": "Direkt efter gymnasiet.",
    },
    "kundansvarig": {
        "focus": "Långsiktiga och lönsamma relationer med de största kunderna.",
        "clients": "De tio största kunderna.",
        "reporting": "Teamledare",
        "classification": "Specialist",
        "education": "Högskoleexamen, gärna inom ekonomi eller marknadsföring",
        "experience": "Minst 2 år inom försäljning",
        "qualities": "Driven; Lyhörd; Analytisk; Stresstålig",
        "skills": "Förhandling; Kundservice; Säljteknik; Kundsystem",
        "languages": "Engelska eller ett annat språk: goda kunskaper; "
        "Tyska: samtalsnivå (meriterande)",
        "duty_areas": "Försäljning; Service; Analys; Rapportering",
        "kpis": "Försäljning mot plan; Kundernas lönsamhet",
        "pay_structure": "; ".join(
            [
                nb("Grundlön 40_000_kr i månaden (lönespann 35_000–50_000_kr)."),
                "Provision på affärens belopp. "
                "Hela affären får satsen för det intervall den hamnar i.",
                nb("10_% för affärer upp till 100_000_kr"),
                nb("15_% för affärer över 100_000_kr upp till 500_000_kr"),
                nb("5_% för affärer över 500_000_kr"),
                NO_CAP,
                nb(
                    "Försäljningsplan 400_000_kr i månaden. Under planen multipliceras "
                    "provisionen med måluppfyllelsen: vid halva planen ger affärerna hälften så "
                    "mycket provision, och den halveras en gång till, så att den blir en "
                    "fjärdedel av provisionen vid planen."
                ),
            ]
        ),
        # four deals of 100 000 at 10 %: 40 000 + 40 000
        # its pay model is an example field: the cell carries the pill's words
        "typical_pay": nb("80_000_kr") + " Exempel att granska",
        # 480 000 of 960 000 is variable (50 %): the percentage rule; 25 × 4,6 % × 40 000 =
        # 46 000 deducted, 12 % of 914 000 = 109 680 holiday pay: 1 023 680 gross; pension
        # 12 × 11 500 = 138 000, its tax 34 500; contributions 307 104
        "employer_cost": nb("1_503_284_kr") + " Exempel att granska",
        "entry_paths": "Säljare.; Kundrådgivare.",
    },
    "kundradgivare": {
        "focus": "Att kunderna får hjälp och stannar kvar.",
        "clients": "Företagets befintliga kunder.",
        "reporting": "Teamledare",
        "classification": "Specialist",
        "education": "Gymnasieutbildning",
        "experience": LABELS["profile"]["no_experience"],
        "qualities": "Lyhörd; Noggrann",
        "skills": "Kundservice",
        "languages": COMPARE["none"],
        "duty_areas": "Försäljning; Service",
        "kpis": COMPARE["none"],
        "pay_structure": "; ".join(
            [
                nb("Grundlön 30_000_kr i månaden (lönespann 28_000–34_000_kr)."),
                "Provision på affärens belopp. "
                "Hela affären får satsen för det intervall den hamnar i.",
                nb("5_% för affärer upp till 50_000_kr"),
                nb("8_% för affärer över 50_000_kr"),
                NO_CAP,
                LABELS["pay"]["plan"]["no_plan"],
            ]
        ),
        # no plan: four typical deals of 20 000 at 5 %: 30 000 + 4 000
        "typical_pay": nb("34_000_kr"),
        # 48 000 of 408 000 is variable (11,76 %): the percentage rule; 25 × 4,6 % × 30 000
        # = 34 500 deducted, 12 % of 373 500 = 44 820 holiday pay: 418 320 gross; pension
        # 12 × 1 700 = 20 400, its tax 5 100; contributions 125 496
        "employer_cost": nb("569_316_kr"),
        "entry_paths": "Direkt efter gymnasiet.",
    },
}
TITLES = {
    "teamledare": "Teamledare",
    "innesaljare": "Innesäljare",
    "kundansvarig": "Kundansvarig",
    "kundradgivare": "Kundrådgivare",
}
# a column's heading: the title, and the pill's words for the roles that are examples as a
# whole (all but the kundansvarig, whose pay alone is an example)
HEADINGS = {
    role_id: title if role_id == "kundansvarig" else f"{title} Exempel att granska"
    for role_id, title in TITLES.items()
}


# The rows on which the pairs the tests pick are the same, read off COLUMNS by hand: every
# other row differs.
SAME_ROWS = {
    ("teamledare", "innesaljare"): set(),  # every row differs
    ("kundansvarig", "kundradgivare"): {"reporting", "classification"},  # specialists, same boss
}


def expected_rows(role_ids: list[str]) -> list[list[str]]:
    """The export as the page must give it: header, then a row per dimension, 'ja' where
    the roles differ."""
    texts = COMPARE["texts"]
    rows = [
        [
            COMPARE["dimension"],
            *(HEADINGS[role_id] for role_id in role_ids),
            texts["differs_column"],
        ]
    ]
    for key in COLUMNS["teamledare"]:
        values = [COLUMNS[role_id][key] for role_id in role_ids]
        same = key in SAME_ROWS[tuple(role_ids)]
        rows.append([DIMENSION[key], *values, "" if same else texts["yes_word"]])
    return rows


def open_picker(page: Page, url: str) -> None:
    page.goto(url)
    page.locator("[data-rg-mounted]").wait_for()


def test_pick_roles_share_the_address_and_reload(page: Page, watch, fixture_url: str) -> None:
    open_picker(page, fixture_url + PAGE)
    head = page.locator(".rg-matrix thead th")
    expect(head).to_have_count(5)  # every role until two are chosen
    page.get_by_label("Kundrådgivare", exact=True).check()
    page.get_by_label("Kundansvarig", exact=True).check()
    expect(page).to_have_url(fixture_url + PAGE + "?roller=kundradgivare%2Ckundansvarig")
    expect(head).to_have_text(["Jämförs", HEADINGS["kundradgivare"], "Kundansvarig"])

    page.reload()
    page.locator("[data-rg-mounted]").wait_for()
    expect(page.get_by_label("Kundrådgivare", exact=True)).to_be_checked()
    expect(page.get_by_label("Kundansvarig", exact=True)).to_be_checked()
    expect(head).to_have_text(["Jämförs", HEADINGS["kundradgivare"], "Kundansvarig"])
    heading = page.locator("th", has_text=re.compile(f"^{DIMENSION['education']}"))
    row = page.locator(".rg-matrix tbody tr").filter(has=heading)
    expect(row.locator("td")).to_have_text(  # the two files' education
        [COLUMNS["kundradgivare"]["education"], COLUMNS["kundansvarig"]["education"]]
    )
    expect(row).to_have_class("rg-differs")
    expect(row.locator("th")).to_have_text(f"{DIMENSION['education']} ≠ (skiljer sig)")
    # among all four the team leader is a chef; the two chosen are both specialists
    same = page.locator(".rg-matrix tbody tr", has_text=DIMENSION["classification"])
    expect(same).not_to_have_class("rg-differs")
    expect(same.locator("th")).to_have_text(DIMENSION["classification"])

    page.get_by_label("Kundansvarig", exact=True).uncheck()
    expect(head).to_have_text(["Jämförs", *ALL_ROLES])  # one left: every role, by title
    expect(same).to_have_class("rg-differs")
    expect(page.locator(".rg-pairs")).to_have_count(0)


def test_differences_point_by_point(page: Page, watch, fixture_url: str) -> None:
    open_picker(page, fixture_url + PAGE + "?roller=kundansvarig,teamledare")
    details = page.locator(".rg-pair")
    expect(details).to_have_count(1)
    expect(details.locator("summary")).to_have_text(
        COMPARE["texts"]["vs"].format(a="Kundansvarig", b="Teamledare")
    )
    # skills in the vocabulary's order: shared, only the KA's, only the team leader's
    skills = details.locator(".rg-diff").first.locator("> div")
    expect(skills.nth(0).locator("li")).to_have_text(["Förhandling"])
    expect(skills.nth(1).locator("li")).to_have_text(["Kundservice", "Säljteknik", "Kundsystem"])
    expect(skills.nth(2).locator("li")).to_have_text(["Ledarskap"])
    # the kinds of rights say nothing of what a role may decide: neither the matrix nor the
    # differences compare them
    expect(page.locator(".rg-matrix tbody th", has_text="Befogenheter")).to_have_count(0)
    expect(details.locator("h4", has_text="Befogenheter")).to_have_count(0)
    expect(details).to_contain_text("Utbildning: högskoleexamen för båda.")
    expect(details).to_contain_text(
        "Erfarenhet: minst 2 år jämfört med minst 3 år. Kravet är högre i rollen som teamledare."
    )
    # the typical months: 80 000 and 55 000 (see COLUMNS)
    expect(details).to_contain_text(nb("Rollen som kundansvarig ger 25_000_kr mer i månaden."))
    # a year's cost to the employer: 1 503 284 and 934 348 (see COLUMNS), each year by the
    # holiday rule its variable share gives; the KA's pay is an example, so the sentence
    # carries the mark
    cost = details.locator("p", has_text="Arbetsgivarens kostnad")
    expect(cost).to_have_text(
        nb(
            "Arbetsgivarens kostnad för ett år vid 100 % av planen: 1_503_284_kr jämfört med "
            "934_348_kr. Rollen som kundansvarig kostar arbetsgivaren 568_936_kr mer per år. "
            "Semesterlönen beräknas enligt procentregeln för kundansvarig och enligt "
            "sammalöneregeln för teamledare: den rörliga lönen är 50_% respektive 9,09_% av "
            "den sammanlagda lönen, och vid minst 10_% gäller procentregeln. Exempel att granska"
        )
    )


def test_a_stricter_education_and_nothing_shared(page: Page, watch, fixture_url: str) -> None:
    open_picker(page, fixture_url + PAGE + "?roller=kundradgivare,teamledare")
    details = page.locator(".rg-pair")
    skills = details.locator(".rg-diff").first.locator("> div")
    expect(skills.nth(0)).to_contain_text(COMPARE["nothing"])
    expect(skills.nth(0).locator("li")).to_have_count(0)
    expect(skills.nth(1).locator("li")).to_have_text(["Kundservice"])
    expect(skills.nth(2).locator("li")).to_have_text(["Förhandling", "Ledarskap"])
    expect(details).to_contain_text(
        "Utbildning: gymnasieutbildning jämfört med högskoleexamen. "
        "Kravet är högre i rollen som teamledare."
    )
    expect(details).to_contain_text(
        "Erfarenhet: inget krav jämfört med minst 3 år. Kravet är högre i rollen som teamledare."
    )
    # 34 000 against 55 000 (see COLUMNS)
    expect(details).to_contain_text(nb("Rollen som teamledare ger 21_000_kr mer i månaden."))


def test_download_csv_and_parse_it(page: Page, watch, fixture_url: str) -> None:
    open_picker(page, fixture_url + PAGE + "?roller=teamledare,innesaljare")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Ladda ner som CSV").click()
    download = download_info.value
    assert download.suggested_filename == "rolljamforelse.csv"  # paths.DOWNLOADS
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM that makes Excel read UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows == expected_rows(["teamledare", "innesaljare"])


def test_copy_as_a_table(page: Page, watch, fixture_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_picker(page, fixture_url + PAGE + "?roller=kundansvarig,kundradgivare")
    page.get_by_role("button", name="Kopiera som tabell").click()
    expect(page.get_by_text(COMPARE["texts"]["copied"])).to_be_visible()
    text = page.evaluate("navigator.clipboard.readText()")
    rows = [line.split("\t") for line in text.split("\n")]
    expected = expected_rows(["kundansvarig", "kundradgivare"])
    assert rows == expected
    # the same manager and category: the two rows where these roles do not differ
    assert [row[0] for row in expected if row[-1] == ""] == [
        DIMENSION["reporting"],
        DIMENSION["classification"],
    ]


def test_without_a_choice_every_role_is_shown(page: Page, watch, fixture_url: str) -> None:
    open_picker(page, fixture_url + PAGE + "?roller=kundradgivare")
    expect(page.locator(".rg-matrix thead th")).to_have_text(["Jämförs", *ALL_ROLES])
    expect(page.locator(".rg-picker-status")).to_contain_text(COMPARE["texts"]["pick_more"])


def test_hostile_addresses_render_as_text(page: Page, watch, fixture_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hostile = "<img src=x onerror=alert(1)>,<script>alert(2)</script>," + "x" * 3000
    open_picker(
        page,
        fixture_url
        + PAGE
        + "?roller="
        + hostile.replace("<", "%3C").replace(">", "%3E")
        + ",kundradgivare,kundradgivare,okand-roll,teamledare",
    )
    status = page.locator(".rg-picker-status")
    expect(status).to_contain_text("<img src=x onerror=alert(1)>")
    expect(status).to_contain_text("okand-roll")
    assert page.locator(".rg-compare-tool img, .rg-compare-tool script").count() == 0
    assert dialogs == []
    # the duplicate is dropped, the two known roles compared
    expect(page.locator(".rg-matrix thead th")).to_have_text(
        ["Jämförs", HEADINGS["kundradgivare"], HEADINGS["teamledare"]]
    )


def test_without_javascript_the_full_matrix_is_there(
    page_without_javascript: Page, fixture_url: str
) -> None:
    page = page_without_javascript
    page.goto(fixture_url + PAGE)
    expect(page.locator(".rg-matrix thead th")).to_have_text(["Jämförs", *ALL_ROLES])
    expect(page.locator(".rg-picker")).to_be_hidden()  # its boxes would do nothing


def test_picked_comparison_is_axe_clean(page: Page, watch, fixture_url: str) -> None:
    open_picker(page, fixture_url + PAGE + "?roller=kundradgivare,kundansvarig,teamledare")
    expect(page.locator(".rg-pair")).to_have_count(3)
    results = Axe().run(page, context={"include": [[".rg-compare-tool"]]})
    assert results.response["violations"] == []


def test_past_the_limit_the_picker_fetches_the_roles_it_compares(
    page: Page, watch, many_roles_url: str
) -> None:
    # thirty roles, past the limit of twenty side by side: the page holds the departments'
    # tables, and the picker fetches a file for each role it is asked to compare
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url))
    open_picker(page, many_roles_url + PAGE)
    expect(page.locator(".rg-picker-status")).to_have_text(COMPARE["pick_more_grouped"])
    expect(page.locator(".rg-compare-matrix table")).to_have_count(0)
    expect(page.locator("table.rg-summary-table").first).to_be_visible()
    # nothing to save or copy yet
    expect(page.get_by_role("button", name="Ladda ner som CSV")).to_be_disabled()
    expect(page.get_by_role("button", name="Kopiera som tabell")).to_be_disabled()
    assert [url for url in fetched if "/jamfor/roller/" in url] == []

    page.get_by_label("Kundansvarig", exact=True).check()
    page.get_by_label("Kundrådgivare", exact=True).check()
    expect(page.locator(".rg-compare-matrix thead th")).to_have_text(
        ["Jämförs", "Kundansvarig", HEADINGS["kundradgivare"]]
    )
    assert sorted(url.rsplit("/", 1)[1] for url in fetched if "/jamfor/roller/" in url) == [
        "kundansvarig.json",
        "kundradgivare.json",
    ]
    # the same matrix as on a page that draws every role: the files hold the same cells
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Ladda ner som CSV").click()
    raw = Path(download_info.value.path()).read_bytes()
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows == expected_rows(["kundansvarig", "kundradgivare"])
    expect(page.locator(".rg-pair")).to_have_count(1)

    # back to one role: the departments' tables are what the page shows again
    page.get_by_label("Kundrådgivare", exact=True).uncheck()
    expect(page.locator(".rg-compare-matrix table")).to_have_count(0)
    expect(page.locator(".rg-pair")).to_have_count(0)
    expect(page.get_by_role("button", name="Ladda ner som CSV")).to_be_disabled()
    results = Axe().run(page, context={"include": [[".rg-compare-tool"]]})
    assert results.response["violations"] == []


def test_past_the_limit_without_javascript_the_departments_are_there(
    page_without_javascript: Page, many_roles_url: str
) -> None:
    page = page_without_javascript
    page.goto(many_roles_url + PAGE)
    expect(page.locator(".rg-picker")).to_be_hidden()
    tables = page.locator("table.rg-summary-table")
    expect(tables.first).to_be_visible()
    # each of the thirty roles once, in its department's table
    expect(tables.locator("tbody th")).to_have_count(30)
