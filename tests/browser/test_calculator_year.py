"""The calculator's year view, driven in Chromium on the tests' own organisation: twelve
months under the organisation's rules, the employer's cost apart, cancelled deals, a
guarantee, accelerators, deals read from a CSV file by date, and a copied link that brings
the same year back. Every expected figure is worked out by hand in the comments, from the
fixture data: the key account manager (kundansvarig) has a base of 40 000 kr, a plan of
400 000 kr a month (below it the commission falls in proportion), 10 % on deals up to
100 000 kr, 15 % up to 500 000 kr, 5 % above; the example month is four deals of 100 000.
The organisation's test rules: holiday pay 12 % for 25 days, by the percentage rule on the
whole pay once the variable pay is at least 10 % of it (then 4,6 % of the monthly base is
deducted a holiday day), else by the same-salary rule (0,43 % of the monthly base a holiday
day, and 12 % of the variable pay); pension 5 % of monthly pay up to 50 000 kr and 30 %
above, its payroll tax 25 %; contributions 30 %. A year's figures are in whole kronor."""

from __future__ import annotations

import contextlib

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from helpers import copy_fixture_data, fixture_config, run_mkdocs_build, serve
from rollguiden.text.labels import load_labels

pytestmark = pytest.mark.browser

TEXTS = load_labels()["calculator"]["texts"]
TEXTS_SET_OFF = load_labels()["pay"]["set_off"]
PAGE = "/provisionskalkylator/"
NBSP = "\u00a0"


def kr(amount: str) -> str:
    """'80 000' → '80 000 kr' as the page writes it, with no-break spaces; a minus as '−'."""
    return f"{amount} kr".replace(" ", NBSP).replace("-", "\u2212")


def open_year(page: Page, url: str) -> None:
    page.goto(url)
    page.locator("[data-rg-mounted]").wait_for()
    page.get_by_label("Räkna på").select_option("ar")


def year_line(page: Page, label: str):
    """The amount of a line of the year's two parts (employee, employer)."""
    row = page.locator(".rg-year__lines tr").filter(has=page.locator(f'th:text-is("{label}")'))
    return row.locator("td").first


def month_row(page: Page, month: str):
    return page.locator(".rg-year__months tbody tr").filter(
        has=page.get_by_role("button", name=month)
    )


def cells(row) -> list[str]:
    """A month row's figures: sales, cancelled, variable, guarantee, advance back, pay."""
    return [cell.inner_text() for cell in row.locator("td").all()]


def test_a_year_of_example_months_with_the_employer_cost_apart(
    page: Page, watch, fixture_url: str
) -> None:
    open_year(page, fixture_url + PAGE + "?roll=kundansvarig")
    # a month: 4 × 10 % of 100 000 = 40 000 kr variable, 80 000 kr in all
    # the year: base 12 × 40 000 = 480 000; variable 480 000, half the pay: the percentage
    # rule. Deducted 25 × 4,6 % × 40 000 = 46 000; holiday pay 12 % of the pay without it,
    # 914 000: 109 680; gross 960 000 − 46 000 + 109 680 = 1 023 680
    expect(page.locator(".rg-year__reason")).to_have_text(
        f"Den rörliga lönen är 50{NBSP}% av den sammanlagda lönen, alltså minst 10{NBSP}%. "
        f"Därför gäller procentregeln för hela lönen: semesterlönen är 12{NBSP}% av årets lön "
        f"utom semesterlönen, och för varje semesterdag dras 4,6{NBSP}% av månadslönen."
    )
    expect(year_line(page, "Grundlön")).to_have_text(kr("480 000"))
    expect(year_line(page, "Rörlig lön")).to_have_text(kr("480 000"))
    expect(year_line(page, "Semesteravdrag")).to_have_text(kr("-46 000"))
    expect(year_line(page, "Semesterlön")).to_have_text(kr("109 680"))
    expect(year_line(page, "Bruttolön")).to_have_text(kr("1 023 680"))
    # pension a month: 5 % of 50 000 + 30 % of 30 000 = 11 500; the year 138 000, its tax
    # 25 % = 34 500; contributions 30 % of 1 023 680 = 307 104; the cost 1 023 680 +
    # 138 000 + 34 500 + 307 104 = 1 503 284
    expect(year_line(page, "Tjänstepension")).to_have_text(kr("138 000"))
    expect(year_line(page, "Särskild löneskatt på pensionskostnader")).to_have_text(kr("34 500"))
    expect(year_line(page, "Arbetsgivaravgifter")).to_have_text(kr("307 104"))
    expect(year_line(page, "Arbetsgivarens totala kostnad")).to_have_text(kr("1 503 284"))
    # the employer's part is a table of its own, after the employee's
    expect(page.locator(".rg-year__lines caption")).to_have_text(
        ["Lön som tjänas in under året", "Arbetsgivarens kostnader utöver lönen"]
    )
    # each line says its rule; the pension is the organisation's example, marked so
    holiday = page.locator(".rg-year__lines tr").filter(
        has=page.locator('th:text-is("Semesterlön")')
    )
    expect(holiday.locator("td").nth(1)).to_have_text(
        f"12{NBSP}% av årets lön utom semesterlönen, det vill säga grundlönen efter "
        "semesteravdraget och den rörliga lönen (procentregeln); betalas ut med semestern"
    )
    deduction = page.locator(".rg-year__lines tr").filter(
        has=page.locator('th:text-is("Semesteravdrag")')
    )
    expect(deduction.locator("td").nth(1)).to_have_text(
        f"4,6{NBSP}% av månadslönen per semesterdag × 25 dagar; de dagarna ersätts lönen av "
        "semesterlönen"
    )
    pension = page.locator(".rg-year__lines tr").filter(has_text="Tjänstepension")
    expect(pension.locator(".rg-example-badge")).to_be_visible()
    expect(page.locator(".rg-year__sources li")).to_have_count(4)
    # nothing taken back from the pay: nothing said of set-off
    expect(page.locator(".rg-year__set-off")).to_have_count(0)
    # twelve months and the year's row
    expect(page.locator(".rg-year__months tbody tr")).to_have_count(12)
    assert cells(month_row(page, "Visa och ändra affärerna för juli")) == [
        kr("400 000"), "–", kr("40 000"), "–", "–", kr("80 000"),
    ]  # fmt: skip
    expect(page.locator(".rg-year__months tfoot td").first).to_have_text(kr("4 800 000"))
    expect(page.locator(".rg-year__lead")).to_have_text(
        f"Årets försäljning: {kr('4 800 000')}, 100{NBSP}% av årets plan."
    )
    # the chart: a bar of base and variable pay for each month, the table's figures
    expect(page.locator(".rg-year__chart svg")).to_have_attribute("role", "img")
    expect(page.locator(".rg-year__chart rect.rg-bar--base")).to_have_count(12)
    # the month view's pictures are for one month: hidden in the year
    expect(page.locator("#rg-chart")).to_be_hidden()
    results = Axe().run(page, context={"include": [[".rg-calculator"]]})
    assert results.response["violations"] == []


def test_a_cancelled_deal_a_guarantee_and_a_link_that_brings_the_year_back(
    page: Page, watch, fixture_url: str
) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_year(page, fixture_url + PAGE + "?roll=kundansvarig")
    # 45 000 kr guaranteed for two months, paid back later: January and February each
    # get 5 000 kr on top of their 40 000 kr
    page.get_by_label("Garanterad rörlig lön per månad (kr)").fill("45 000")
    page.get_by_label("Antal månader med garanti").fill("2")
    page.get_by_label("Garantin är ett förskott", exact=False).check()
    # January's four deals, scaled to the plan, earn 40 000 kr: below the guarantee
    warning = TEXTS["guarantee_above_plan"].format(amount=kr("45 000"), variable=kr("40 000"))
    expect(page.locator("#rg-result .rg-warning").filter(has_text="Garantin på")).to_have_text(
        f"{TEXTS['warning']} {warning}."
    )
    # March: deal 1 was cancelled. Three deals are 300 000 kr, 75 % of plan: 3 × 10 000 ×
    # 0,75 = 22 500; the cancelled deal takes back 10 % of 100 000 = 10 000 → 12 500. The
    # guarantee's 10 000 kr are paid back from it: 2 500 kr is paid out.
    page.get_by_label("Månad", exact=True).select_option("3")
    expect(page.locator("#rg-result-heading")).to_have_text("Lönen för mars")
    page.get_by_label("Annullerad, affär 1").check()
    march = month_row(page, "Visa och ändra affärerna för mars")
    expect(march.locator("td")).to_have_text(
        [kr("300 000"), kr("-10 000"), kr("12 500"), "–", kr("-10 000"), kr("42 500")]
    )  # fmt: skip
    # January's guarantee adds 5 000
    expect(
        month_row(page, "Visa och ändra affärerna för januari").locator("td").nth(3)
    ).to_have_text(kr("5 000"))
    # pension on each month's pay: January and February 85 000 → 5 % of 50 000 + 30 % of
    # 35 000 = 13 000; March 42 500 → 2 125; nine months of 80 000 → 9 × 11 500 = 103 500;
    # 26 000 + 2 125 + 103 500 = 131 625
    expect(year_line(page, "Tjänstepension")).to_have_text(kr("131 625"))
    # the year: variable paid 45 000 + 45 000 + 2 500 + 9 × 40 000 = 452 500 of 932 500
    # (48,53 %): the percentage rule. Deducted 46 000; holiday pay 12 % of 886 500 =
    # 106 380; gross 932 500 − 46 000 + 106 380 = 992 880. Pension tax 25 % of 131 625 =
    # 32 906,25; contributions 297 864; cost 992 880 + 131 625 + 32 906,25 + 297 864 =
    # 1 455 275,25
    expect(year_line(page, "Rörlig lön")).to_have_text(kr("452 500"))
    expect(year_line(page, "Bruttolön")).to_have_text(kr("992 880"))
    expect(year_line(page, "Särskild löneskatt på pensionskostnader")).to_have_text(kr("32 906"))
    expect(year_line(page, "Arbetsgivarens totala kostnad")).to_have_text(kr("1 455 275"))
    # an advance and a cancelled deal's commission taken back: what the law allows is said,
    # in the year and in March's own result
    set_off = TEXTS_SET_OFF
    expect(page.locator(".rg-year__set-off")).to_have_text(set_off)
    expect(page.locator("#rg-result .rg-result__set-off")).to_have_text(set_off)
    # the month's breakdown shows the cancelled deal and the advance paid back
    breakdown = page.locator(".rg-breakdown")
    expect(breakdown.locator("tbody tr").first).to_contain_text("1 (annullerad)")
    expect(breakdown.locator("tfoot")).to_contain_text(TEXTS["guarantee_recovered"])

    page.get_by_role("button", name="Kopiera länk").click()
    expect(page.locator("#rg-copy-status")).to_have_text(TEXTS["copied"])
    link = page.evaluate("navigator.clipboard.readText()")
    again = page.context.new_page()
    again.goto(link)
    again.locator("[data-rg-mounted]").wait_for()
    expect(again.get_by_label("Räkna på")).to_have_value("ar")
    expect(again.get_by_label("Månad", exact=True)).to_have_value("3")
    expect(again.get_by_label("Annullerad, affär 1")).to_be_checked()
    expect(year_line(again, "Bruttolön")).to_have_text(kr("992 880"))
    expect(again.get_by_label("Garantin är ett förskott", exact=False)).to_be_checked()


def test_deals_read_from_a_csv_file_go_to_their_months(
    page: Page, watch, fixture_url: str, tmp_path
) -> None:
    open_year(page, fixture_url + PAGE + "?roll=kundansvarig")
    # as Excel saves a CSV in Sweden: semicolons, Windows-1252, a header, a no-break space
    csv = tmp_path / "affarer.csv"
    csv.write_bytes(
        "datum;belopp;marginal\r\n2026-01-15;100\xa0000;\r\n2026-01-20;100 000\r\n"
        "2026-02-03;250 000 kr\r\n2026-02-28;-100 000\r\n2026-13-01;5\r\n".encode("cp1252")
    )
    page.get_by_label("Eller läs in affärerna från en CSV-fil", exact=False).set_input_files(csv)
    expect(page.locator("#rg-paste-status")).to_have_text(
        "4 affärer lades till. " + TEXTS["import_replaced"] + " Rad 6 kunde inte läsas."
    )
    # January: 200 000 kr is 50 % of plan: 2 × 10 000 × 0,5 = 10 000
    january = month_row(page, "Visa och ändra affärerna för januari")
    expect(january.locator("td").nth(2)).to_have_text(kr("10 000"))
    # February: 250 000 at 15 % = 37 500, × 0,625 = 23 437,50; less the cancelled
    # 100 000 at 10 % = 10 000: 13 437,50
    february = month_row(page, "Visa och ändra affärerna för februari")
    expect(february.locator("td").nth(1)).to_have_text(kr("-10 000"))
    expect(february.locator("td").nth(2)).to_have_text(kr("13 437,50"))
    # no deals from March on: no variable pay
    expect(month_row(page, "Visa och ändra affärerna för mars").locator("td").nth(2)).to_have_text(
        "–"
    )
    # the year: variable 23 437,50 of 503 437,50 (4,66 %): the same-salary rule. Holiday pay
    # 25 × 0,43 % × 40 000 + 12 % × 23 437,50 = 4 300 + 2 812,50 = 7 112,50, nothing
    # deducted; gross 503 437,50 + 7 112,50 = 510 550. Pension: January 5 % of 50 000 =
    # 2 500; February 2 500 + 30 % of 3 437,50 = 3 531,25; ten months of 2 000: 26 031,25,
    # shown as 26 031; its tax 6 507,81. Contributions 30 % of 510 550 = 153 165. The cost
    # 510 550 + 26 031,25 + 6 507,8125 + 153 165 = 696 254,06, shown as 696 254.
    expect(page.locator(".rg-year__reason")).to_contain_text(
        f"Den rörliga lönen är 4,66{NBSP}% av den sammanlagda lönen, alltså under 10{NBSP}%. "
        "Därför gäller sammalöneregeln"
    )
    # the same-salary rule deducts nothing: no such line
    expect(page.locator('.rg-year__lines th:text-is("Semesteravdrag")')).to_have_count(0)
    expect(year_line(page, "Semestertillägg och semesterlön på rörlig lön")).to_have_text(
        kr("7 113")
    )
    expect(year_line(page, "Bruttolön")).to_have_text(kr("510 550"))
    expect(year_line(page, "Tjänstepension")).to_have_text(kr("26 031"))
    expect(year_line(page, "Arbetsgivarens totala kostnad")).to_have_text(kr("696 254"))
    # the year's sums in the month table in whole kronor too: 480 000 + 23 437,50
    expect(page.locator(".rg-year__months tfoot td").last).to_have_text(kr("503 438"))
    # 450 000 kr of sales against 12 × 400 000: 9,375 %
    expect(page.locator(".rg-year__lead")).to_contain_text(f"9,38{NBSP}%")
    # a month's name in the table opens its deals in the form
    february.get_by_role("button").click()
    expect(page.get_by_label("Månad", exact=True)).to_be_focused()
    expect(page.get_by_label("Månad", exact=True)).to_have_value("2")
    expect(page.get_by_label("Annullerad, affär 2")).to_be_checked()
    expect(page.get_by_label("Belopp, affär 2", exact=True)).to_have_value("100 000")


def test_dated_lines_pasted_in_the_month_view_open_the_year(
    page: Page, watch, fixture_url: str
) -> None:
    page.goto(fixture_url + PAGE + "?roll=kundansvarig")
    page.locator("[data-rg-mounted]").wait_for()
    page.get_by_label("Klistra in en affär per rad", exact=False).fill(
        "2026-06-01\t100 000\n2026-06-02\t100 000"
    )
    page.get_by_role("button", name="Läs in raderna").click()
    expect(page.get_by_label("Räkna på")).to_have_value("ar")
    expect(page.locator("#rg-paste-status")).to_contain_text(TEXTS["import_opened_year"])
    # June alone has deals: 20 000 at 50 % of plan = 10 000 kr
    june = month_row(page, "Visa och ändra affärerna för juni")
    expect(june.locator("td").nth(2)).to_have_text(kr("10 000"))
    expect(year_line(page, "Rörlig lön")).to_have_text(kr("10 000"))


def test_accelerators_in_the_form_and_a_cap_that_comes_first(
    page: Page, watch, fixture_url: str
) -> None:
    page.goto(fixture_url + PAGE + "?roll=kundansvarig")
    page.locator("[data-rg-mounted]").wait_for()
    page.get_by_role("button", name="Lägg till förhöjd sats").click()
    page.get_by_label("Över andel av planen i procent, förhöjd sats 1").fill("100")
    page.get_by_label("Faktor, förhöjd sats 1").fill("2")
    page.get_by_role("button", name="Lägg till affär").click()
    page.get_by_label("Belopp, affär 5", exact=True).fill("100 000")
    # the fifth deal runs from 400 000 to 500 000 kr, all above 100 % of the plan: 10 % ×
    # 2 = 20 000; with the four others 60 000 kr variable, 100 000 kr in all
    expect(page.locator(".rg-summary__total")).to_have_text(kr("100 000"))
    rows = page.locator(".rg-breakdown tbody tr")
    expect(rows.nth(4).locator("td")).to_have_text(
        ["5", kr("100 000"), f"10{NBSP}%", "2", kr("20 000")]
    )
    expect(rows.nth(3).locator("td").nth(3)).to_have_text("1")
    # a cap of 30 000 is reached by 400 000 kr of sales (40 000 earned): the accelerator
    # never pays
    page.get_by_label("Tak för rörlig lön per månad (kr)").fill("30 000")
    # 40 000 earned at the threshold of 400 000 kr
    warning = TEXTS["cap_before_accelerator"].format(cap=kr("30 000"), share=f"100{NBSP}%")
    expect(page.locator("#rg-result .rg-warning").filter(has_text="Taket på")).to_have_text(
        f"{TEXTS['warning']} {warning}."
    )
    # an accelerator below the one before it, or without a plan, is marked at its field
    page.get_by_role("button", name="Lägg till förhöjd sats").click()
    page.get_by_label("Över andel av planen i procent, förhöjd sats 2").fill("90")
    page.get_by_label("Faktor, förhöjd sats 2").fill("3")
    expect(page.locator("#rg-accelerators tr").nth(1).locator(".rg-error").first).to_have_text(
        TEXTS["errors"]["accelerator_ascending"]
    )


def test_switching_role_in_the_year_keeps_every_month_of_your_own(
    page: Page, watch, fixture_url: str
) -> None:
    open_year(page, fixture_url + PAGE + "?roll=kundansvarig")
    # a deal of your own in May: the year is yours now
    page.get_by_label("Månad", exact=True).select_option("5")
    page.get_by_label("Belopp, affär 1", exact=True).fill("200 000")
    page.get_by_label("Utgå från rollen").select_option("kundradgivare")
    expect(page.locator("#rg-notice")).to_have_text(
        TEXTS["kept_deals"].format(role="kundrådgivare")
    )
    # May keeps its 200 000 + 3 × 100 000; under the adviser's 5 % up to 50 000 and 8 %
    # above, per deal: 8 % of 500 000 = 40 000; the other months keep the four deals of
    # 100 000 each: 8 % of 400 000 = 32 000
    may = month_row(page, "Visa och ändra affärerna för maj")
    expect(may.locator("td").nth(2)).to_have_text(kr("40 000"))
    expect(month_row(page, "Visa och ändra affärerna för juni").locator("td").nth(2)).to_have_text(
        kr("32 000")
    )


def test_a_year_without_the_organisations_rules_says_so(page: Page, watch, tmp_path) -> None:
    data = copy_fixture_data(tmp_path)
    text = (data / "organisation.yml").read_text("utf-8")
    (data / "organisation.yml").write_text(text[: text.index("\n# The tests' own rules")] + "\n")
    result = run_mkdocs_build(tmp_path / "site", data, fixture_config(tmp_path))
    assert result.returncode == 0, result.stderr
    with contextlib.contextmanager(serve)(tmp_path / "site") as url:
        open_year(page, url + PAGE + "?roll=kundansvarig")
        # twelve months of 40 000 + 40 000: 960 000 kr, with nothing added
        expect(year_line(page, "Bruttolön")).to_have_text(kr("960 000"))
        expect(page.locator(".rg-year .rg-warning")).to_have_text(TEXTS["year_no_rules"])
        expect(page.locator(".rg-year__lines")).to_have_count(1)  # no employer's part
        expect(page.locator(".rg-year__sources")).to_have_count(0)


def test_a_guarantee_without_its_months_is_marked_at_once(
    page: Page, watch, fixture_url: str
) -> None:
    page.goto(fixture_url + PAGE + "?roll=kundansvarig")
    page.locator("[data-rg-mounted]").wait_for()
    page.get_by_label("Garanterad rörlig lön per månad (kr)").fill("20 000")
    months = page.get_by_label("Antal månader med garanti")
    expect(months).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#rg-result")).to_have_text(TEXTS["fix_fields"])
    months.fill("2,5")
    expect(months).to_have_attribute("aria-invalid", "true")
    months.fill("13")
    expect(page.locator("#rg-result")).to_have_text(TEXTS["fix_fields"])
    months.fill("3")
    expect(months).to_have_attribute("aria-invalid", "false")
    expect(page.locator(".rg-summary__total")).to_be_visible()


def test_a_year_of_fewer_months_says_so(page: Page, watch, fixture_url: str) -> None:
    """The year view as the page draws it, for six months: the calculator's form always has
    twelve, so the page's own modules draw a shorter year from the page's own data."""
    open_year(page, fixture_url + PAGE + "?roll=kundradgivare")
    shown = page.evaluate(
        """async () => {
          const folder = new URL("../assets/javascripts/", location.href);
          const { computeYear } = await import(new URL("pay.js", folder).href);
          const { drawYear } = await import(new URL("calculator-year.js", folder).href);
          const root = document.querySelector("[data-rg-calculator]");
          const data = JSON.parse(root.dataset.rgCalculator);
          const role = data.roles.find((candidate) => candidate.id === "kundradgivare");
          const months = Array.from({ length: 6 }, () => ({ deals: role.deals }));
          const year = computeYear(role.model, { months, rules: data.year.rules });
          const box = document.createElement("div");
          drawYear(box, {
            year, rules: data.year, texts: data.texts, currency: data.currency, current: 0,
            base: role.model.base_salary.typical, target: null,
          });
          const rows = [...box.querySelectorAll(".rg-year__lines tbody tr")];
          return {
            reason: box.querySelector(".rg-year__reason").textContent,
            rows: rows.map((row) => [...row.cells].map((cell) => cell.textContent)),
          };
        }"""
    )
    # Six months of four deals of 20 000 at 5 %: V = 6 × 4 000 = 24 000 of 6 × 30 000 +
    # 24 000 = 204 000, 11,76 %: the percentage rule. Half the year's 25 holiday days are
    # earned in them: 12,5. Deducted 12,5 × 4,6 % × 30 000 = 17 250; holiday pay 12 % of
    # 204 000 − 17 250 = 186 750: 22 410; gross 204 000 − 17 250 + 22 410 = 209 160.
    assert shown["reason"] == (
        f"Den rörliga lönen är 11,76{NBSP}% av den sammanlagda lönen, alltså minst 10{NBSP}%. "
        f"Därför gäller procentregeln för hela lönen: semesterlönen är 12{NBSP}% av årets lön "
        f"utom semesterlönen, och för varje semesterdag dras 4,6{NBSP}% av månadslönen. Året "
        "räknas på 6 månader; under dem tjänas 12,5 av årets 25 betalda semesterdagar in."
    )
    rows = {row[0]: row[1:] for row in shown["rows"]}
    assert rows["Semesteravdrag"] == [
        kr("-17 250"),
        f"4,6{NBSP}% av månadslönen per semesterdag × 12,5 dagar; de dagarna ersätts lönen av "
        "semesterlönen",
    ]
    assert rows["Semesterlön"][0] == kr("22 410")
    assert rows["Bruttolön"][0] == kr("209 160")
