"""The commission calculator in Chromium, on the tests' own organisation: Swedish input, rows
added and removed, roles switched, a copied link reloaded, bad input in every field.

Every total is worked out by hand from the role files in tests/fixtures/data (see the
comments); where the Python engine prices the same deals too, it must agree as well.

The roles with a pay model, in the order the form lists them:
- kundansvarig: base 40 000; per deal 10 % up to 100 000, 15 % up to 500 000, 5 % above
  (a cliff); plan 400 000, proportional below it; typical deal 100 000, so four a month.
- kundradgivare: base 30 000; per deal 5 % up to 50 000, 8 % above; no plan; typical deal
  20 000, four a month without a plan.
- teamledare: base 50 000; 2 % of the margin; plan 1 000 000, nothing paid below 80 % of it;
  typical deal 100 000 with 25 000 margin, ten a month.
"""

from __future__ import annotations

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from rollguiden.engines.pay import compute_pay
from rollguiden.engines.typical_month import engine_model
from rollguiden.reading.catalog import Catalog
from rollguiden.text.labels import load_labels

pytestmark = pytest.mark.browser

LABELS = load_labels()
TEXTS = LABELS["calculator"]["texts"]
ERRORS = TEXTS["errors"]
PAGE = "/provisionskalkylator/"
NBSP = "\u00a0"


def kr(amount: str) -> str:
    """'80 000' → '80 000 kr' as the page writes it, with no-break spaces."""
    return f"{amount} kr".replace(" ", NBSP)


def python_total(catalog: Catalog, role_id: str, deals: list[dict]) -> float:
    """The Python engine's total for the role's own model: a cross-check, never the
    expected value itself."""
    model = engine_model(catalog.role(role_id).pay, catalog.organisation.currency)
    return compute_pay(model, {"deals": deals})["total"]


def shown_money(text: str) -> float:
    """'1 250 000,50 kr' as the page shows it → 1250000.5."""
    cleaned = re.sub(r"[\s\u00a0\u202f]|kr", "", text).replace(",", ".").replace("\u2212", "-")
    return float(cleaned)


def open_calculator(page: Page, url: str) -> None:
    """Go to the calculator and wait until its script has filled the form (it loads on
    demand, after the page)."""
    page.goto(url)
    page.locator("[data-rg-mounted]").wait_for()


def total(page: Page) -> float:
    return shown_money(page.locator(".rg-summary__total").inner_text())


def type_into(page: Page, label: str, text: str) -> None:
    field = page.get_by_label(label, exact=True)
    field.fill("")
    field.press_sequentially(text)
    field.blur()


def deal_amounts(page: Page) -> list[str]:
    return [field.input_value() for field in page.locator("#rg-deals input[name=amount]").all()]


def no_nan(page: Page) -> None:
    assert "NaN" not in page.locator(".rg-calculator").inner_text()


def test_role_page_link_presets_the_calculator(
    page: Page, watch, fixture_url: str, fixture_catalog: Catalog
) -> None:
    page.goto(fixture_url + "/roller/kundansvarig/")
    page.get_by_role("link", name=LABELS["pay"]["calculator_link"]).click()
    page.locator("[data-rg-mounted]").wait_for()
    expect(page.get_by_label("Utgå från rollen")).to_have_value("kundansvarig")
    expect(page.get_by_label("Grundlön per månad (kr)", exact=True)).to_have_value("40\u00a0000")
    # the typical month: the plan of 400 000 in deals of 100 000, so four deals, each at
    # 10 % (a band's upper limit belongs to it): 40 000 + 4 × 10 000
    assert deal_amounts(page) == ["100\u00a0000"] * 4
    expect(page.locator(".rg-summary__total")).to_have_text(kr("80 000"))
    assert python_total(fixture_catalog, "kundansvarig", [{"amount": 100000}] * 4) == 80000
    # the cliff: 500 000 at 15 % is 75 000, 500 001 at 5 % is 25 000,05 – 50 000 less
    expect(page.locator(".rg-warning")).to_have_text(
        f"{TEXTS['warning']} En affär på {kr('500 001')} ger {kr('50 000')} mindre i "
        f"provision än en på {kr('500 000')}."
    )


def test_swedish_numbers_in_and_out(page: Page, watch, fixture_url: str) -> None:
    open_calculator(page, fixture_url + PAGE + "?roll=kundansvarig")
    type_into(page, "Grundlön per månad (kr)", "40 000")
    type_into(page, "Sats i procent, intervall 2", "12,5 %")
    type_into(page, "Belopp, affär 1", "250 000")
    type_into(page, "Belopp, affär 2", "1250000.50")
    type_into(page, "Belopp, affär 3", "45 000,5")
    page.get_by_role("button", name="Ta bort affär 4").click()
    assert len(deal_amounts(page)) == 3
    # by hand: 250 000 × 12,5 % + 1 250 000,50 × 5 % + 45 000,50 × 10 %
    #        = 31 250 + 62 500,025 + 4 500,05 = 98 250,075, sales 1 545 001 over the plan
    #          of 400 000 (factor 1), plus the base of 40 000
    assert abs(total(page) - 138_250.075) < 0.011
    breakdown = page.locator(".rg-breakdown tbody tr").nth(1).inner_text()
    assert "1\u00a0250\u00a0000,50\u00a0kr" in breakdown and "5\u00a0%" in breakdown
    no_nan(page)


def test_add_and_remove_deals(
    page: Page, watch, fixture_url: str, fixture_catalog: Catalog
) -> None:
    open_calculator(page, fixture_url + PAGE + "?roll=kundradgivare")
    assert len(deal_amounts(page)) == 4  # no plan: four typical deals
    page.get_by_role("button", name="Lägg till affär").click()
    expect(page.get_by_label("Belopp, affär 5", exact=True)).to_be_focused()
    page.keyboard.type("100 000")
    page.get_by_role("button", name="Ta bort affär 2").click()
    page.get_by_role("button", name="Ta bort affär 1").click()
    amounts = deal_amounts(page)
    assert len(amounts) == 3 and amounts[-1] == "100 000"
    expect(page.locator("#rg-deals th").first).to_have_text("1")
    # two deals of 20 000 at 5 % and one of 100 000 at 8 %: 30 000 + 2 000 + 8 000
    expect(page.locator(".rg-summary__total")).to_have_text(kr("40 000"))
    deals = [{"amount": 20000}] * 2 + [{"amount": 100000}]
    assert python_total(fixture_catalog, "kundradgivare", deals) == 40000


def test_switching_roles_brings_the_new_roles_example_month(
    page: Page, watch, fixture_url: str
) -> None:
    open_calculator(page, fixture_url + PAGE + "?roll=kundansvarig")
    assert deal_amounts(page) == ["100\u00a0000"] * 4  # its plan of 400 000
    page.get_by_label("Utgå från rollen").select_option("kundradgivare")
    expect(page.get_by_label("Grundlön per månad (kr)", exact=True)).to_have_value("30\u00a0000")
    # no plan: four of its typical deals of 20 000, at 5 % each: 30 000 + 4 × 1 000
    expect(page.locator("#rg-deals tr")).to_have_count(4)
    assert deal_amounts(page) == ["20\u00a0000"] * 4
    expect(page.locator(".rg-summary__total")).to_have_text(kr("34 000"))
    expect(page.locator("#rg-notice")).to_be_hidden()
    # to a margin-based role: its ten deals of 100 000 with 25 000 margin, at 2 %, at plan
    page.get_by_label("Utgå från rollen").select_option("teamledare")
    expect(page.locator("#rg-deals tr")).to_have_count(10)
    expect(page.get_by_label("Täckningsbidrag, affär 10", exact=True)).to_have_value("25\u00a0000")
    expect(page.locator(".rg-summary__total")).to_have_text(kr("55 000"))


def test_switching_roles_keeps_deals_of_your_own(
    page: Page, watch, fixture_url: str, fixture_catalog: Catalog
) -> None:
    open_calculator(page, fixture_url + PAGE + "?roll=kundansvarig")
    type_into(page, "Belopp, affär 1", "120 000")
    base = page.get_by_label("Grundlön per månad (kr)", exact=True)
    page.get_by_label("Utgå från rollen").select_option("kundradgivare")
    expect(base).to_have_value("30\u00a0000")
    expect(page.get_by_label("Affärer upp till, intervall 1", exact=True)).to_have_value(
        "50\u00a0000"
    )
    expect(page.get_by_label("Försäljningsplan per månad (kr)")).to_have_value("")
    notice = page.locator("#rg-notice")
    expect(notice).to_have_text(
        "Affärerna du har lagt in finns kvar och räknas nu efter lönemodellen för rollen som "
        "kundrådgivare."
    )
    # the deals stay as typed, now at 8 % each (all above 50 000): 30 000 + 420 000 × 8 %
    assert deal_amounts(page) == ["120 000", *["100\u00a0000"] * 3]
    expect(page.locator(".rg-summary__total")).to_have_text(kr("63 600"))
    deals = [{"amount": 120000}, *[{"amount": 100000}] * 3]
    assert python_total(fixture_catalog, "kundradgivare", deals) == 63600

    # to a margin-based role: the margins are filled from its typical deal (25 %)
    page.get_by_label("Utgå från rollen").select_option("teamledare")
    expect(base).to_have_value("50\u00a0000")
    expect(page.get_by_label("Provision räknas på")).to_have_value("margin")
    expect(page.get_by_label("Satsen gäller")).to_have_value("marginal")
    expect(page.get_by_label("Täckningsbidrag, affär 1", exact=True)).to_have_value("30\u00a0000")
    expect(page.locator("#rg-deals tr")).to_have_count(4)  # not the role's own ten
    expect(notice).to_contain_text("rollen som teamledare")
    # 105 000 of margin × 2 % = 2 100 before the plan; 420 000 is 42 % of the plan of
    # 1 000 000, under the threshold of 80 %: nothing is paid, only the base of 50 000
    footer = page.locator(".rg-breakdown tfoot")
    expect(footer.locator("tr", has_text=TEXTS["gross"]).locator("td")).to_have_text(kr("2 100"))
    expect(page.locator(".rg-summary dd").nth(4)).to_have_text(
        TEXTS["factor_rule"].format(share="42\u00a0%", factor="0")
    )
    expect(page.locator(".rg-summary__total")).to_have_text(kr("50 000"))


def test_a_copied_link_reproduces_the_scenario(page: Page, watch, fixture_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_calculator(page, fixture_url + PAGE + "?roll=kundansvarig")
    type_into(page, "Belopp, affär 2", "600 000")
    page.get_by_label("Under planen").select_option("threshold")
    type_into(page, "Tröskel (% av planen)", "90")
    # 100 000 + 600 000 + 100 000 + 100 000 = 900 000, over 90 % of the plan: three deals
    # at 10 % and one past the cliff at 5 %: 40 000 + 3 × 10 000 + 30 000
    expect(page.locator(".rg-summary__total")).to_have_text(kr("100 000"))
    page.get_by_role("button", name="Kopiera länk").click()
    expect(page.locator("#rg-copy-status")).to_have_text(TEXTS["copied"])
    link = page.evaluate("navigator.clipboard.readText()")
    assert link.startswith(fixture_url + PAGE + "?")

    again = page.context.new_page()
    open_calculator(again, link)
    # the address writes numbers without spaces; the form shows them as the pages do
    expect(again.get_by_label("Belopp, affär 2", exact=True)).to_have_value("600\u00a0000")
    expect(again.get_by_label("Under planen")).to_have_value("threshold")
    expect(again.get_by_label("Tröskel (% av planen)")).to_have_value("90")
    expect(again.locator(".rg-summary__total")).to_have_text(kr("100 000"))


@pytest.mark.parametrize(
    ("label", "setup"),
    [
        ("Grundlön per månad (kr)", None),
        ("Affärer upp till, intervall 1", None),
        ("Sats i procent, intervall 1", None),
        ("Tak för rörlig lön per månad (kr)", None),
        ("Försäljningsplan per månad (kr)", None),
        ("Tröskel (% av planen)", ("Under planen", "threshold")),
        ("Belopp, affär 1", None),
        ("Täckningsbidrag, affär 1", ("Provision räknas på", "margin")),
    ],
)
def test_bad_input_shows_a_message_and_never_nan(
    page: Page, watch, fixture_url: str, label: str, setup: tuple[str, str] | None
) -> None:
    open_calculator(page, fixture_url + PAGE + "?roll=kundansvarig")
    if setup:
        page.get_by_label(setup[0]).select_option(setup[1])
    field = page.get_by_label(label, exact=True)
    for text, message in [
        ("abc", ERRORS["format"]),
        ("-5", ERRORS["negative"]),
        ("", ERRORS["empty"]),
    ]:
        if text == "" and label.startswith(("Tak", "Försäljningsplan")):
            continue  # optional: empty means no cap, no plan
        type_into(page, label, text)
        expect(field).to_have_attribute("aria-invalid", "true")
        described = field.get_attribute("aria-describedby")
        expect(page.locator(f"#{described}")).to_have_text(message)
        expect(page.locator("#rg-result")).to_have_text(TEXTS["fix_fields"])
        no_nan(page)
    type_into(page, label, "10")
    expect(field).to_have_attribute("aria-invalid", "false")


def test_paste_a_column_of_amounts(page: Page, watch, fixture_url: str) -> None:
    open_calculator(page, fixture_url + PAGE + "?roll=kundansvarig")
    paste_box = page.get_by_label("Klistra in en affär per rad", exact=False)
    paste_box.fill("10 000\n20 000,50\nfel\n")
    page.get_by_role("button", name="Läs in raderna").click()
    # the lines are read once the reader of pasted lines is fetched: the status says when
    expect(page.locator("#rg-paste-status")).to_have_text(
        "2 affärer lades till. Rad 3 kunde inte läsas."
    )
    assert deal_amounts(page)[-2:] == ["10 000", "20 000,50"]
    paste_box.fill("fel\n5 000\nx\ny")
    page.get_by_role("button", name="Läs in raderna").click()
    expect(page.locator("#rg-paste-status")).to_have_text(
        "1 affär lades till. Raderna 1, 3 och 4 kunde inte läsas."
    )


def test_hostile_url_values_stay_text(page: Page, watch, fixture_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hostile = "<img src=x onerror=alert(1)>"
    open_calculator(
        page,
        fixture_url
        + PAGE
        + "?roll=%3Cscript%3Ealert(1)%3C/script%3E"
        + "&grundlon=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
        + "&affarer="
        + "9" * 5000,
    )
    expect(page.locator("#rg-notice")).to_have_text(
        TEXTS["unknown_role"].format(id="<script>alert(1)</script>")
    )
    expect(page.get_by_label("Utgå från rollen")).to_have_value("egen")
    expect(page.get_by_label("Grundlön per månad (kr)", exact=True)).to_have_value(hostile)
    assert page.locator(".rg-calculator img, .rg-calculator script:not([type])").count() == 0
    assert dialogs == []
    no_nan(page)


def test_calculator_is_axe_clean_with_errors_showing(page: Page, watch, fixture_url: str) -> None:
    # the team leader is paid on margin: the margin column shows too
    open_calculator(page, fixture_url + PAGE + "?roll=teamledare")
    type_into(page, "Belopp, affär 1", "abc")
    results = Axe().run(page, context={"include": [[".rg-calculator"]]})
    assert results.response["violations"] == []


def test_same_deals_under_every_roles_model(
    page: Page, watch, fixture_url: str, fixture_catalog: Catalog
) -> None:
    open_calculator(page, fixture_url + PAGE + "?roll=kundansvarig")
    rows = page.locator(".rg-compare tbody tr")
    # the form's model, then each role with a pay model, the best paid first; the team
    # leader is paid on the margin, which these deals do not have: last
    expect(rows.locator("th")).to_have_text(
        [TEXTS["your_model"], "Kundansvarig", "Kundrådgivare", "Teamledare"]
    )
    by_name = {row.locator("th").inner_text(): row.locator("td").inner_text() for row in rows.all()}
    # four deals of 100 000: 40 000 + 4 × 10 000 under the form's (the KA's) model
    assert shown_money(by_name[TEXTS["your_model"]]) == 80000
    assert shown_money(by_name["Kundansvarig"]) == 80000
    # and 30 000 + 4 × 8 000 under the customer adviser's
    assert shown_money(by_name["Kundrådgivare"]) == 62000
    deals = [{"amount": 100000}] * 4
    assert python_total(fixture_catalog, "kundradgivare", deals) == 62000
    assert by_name["Teamledare"] == TEXTS["needs_margin"]
    chart = page.locator("#rg-chart svg")
    expect(chart).to_have_attribute("role", "img")
    expect(page.locator("#rg-chart-title")).to_contain_text(kr("80 000"))


def test_long_months_show_the_first_rows_and_all_on_request(
    page: Page, watch, fixture_url: str
) -> None:
    amounts = ";".join(["1000"] * 150)
    open_calculator(page, fixture_url + PAGE + f"?roll=kundansvarig&affarer={amounts}")
    expect(page.locator(".rg-breakdown tbody tr")).to_have_count(101)  # 100 deals + the button
    page.get_by_role("button", name="Visa alla 150 affärer").click()
    expect(page.locator(".rg-breakdown tbody tr")).to_have_count(150)
    # 150 deals of 1 000 at 10 %: 15 000 × (150 000 / 400 000) = 5 625, plus 40 000
    expect(page.locator(".rg-summary__total")).to_have_text(kr("45 625"))


def test_keyboard_alone(page: Page, watch, fixture_url: str) -> None:
    open_calculator(page, fixture_url + PAGE + "?roll=teamledare")
    role = page.get_by_label("Utgå från rollen")
    role.focus()
    page.keyboard.press("ArrowUp")  # Teamledare → Kundrådgivare
    expect(role).to_have_value("kundradgivare")
    expect(page.get_by_label("Grundlön per månad (kr)", exact=True)).to_have_value("30\u00a0000")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Grundlön per månad (kr)", exact=True)).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("40 000")
    page.keyboard.press("Enter")  # a form must not submit and reload the page
    expect(page).to_have_url(re.compile(r"/provisionskalkylator/\?"))
    # the customer adviser's own example month replaced the team leader's: four deals of
    # 20 000 at 5 %, 4 × 1 000 + 40 000
    expect(page.locator(".rg-summary__total")).to_have_text(kr("44 000"))

    page.get_by_role("button", name="Lägg till affär").focus()
    page.keyboard.press("Enter")
    new_amount = page.get_by_label("Belopp, affär 5", exact=True)
    expect(new_amount).to_be_focused()
    page.keyboard.type("5 000")
    page.keyboard.press("Tab")  # the margin column went with the switch to a revenue basis
    expect(page.get_by_label("Annullerad, affär 5")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.get_by_role("button", name="Ta bort affär 5")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#rg-deals tr")).to_have_count(4)
    expect(page.get_by_label("Belopp, affär 4", exact=True)).to_be_focused()
