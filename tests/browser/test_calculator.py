"""The commission calculator in Chromium: Swedish input, rows added and removed, roles
switched, a copied link reloaded, bad input in every field – and the totals it shows
agree with the Python engine."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from helpers import DATA_DIR
from rollguiden.load import load_catalog
from rollguiden.pay import compute_pay
from rollguiden.pay_view import engine_model

pytestmark = pytest.mark.browser

CATALOG = load_catalog(Path(DATA_DIR))
MODELS = {
    role.id: engine_model(role.pay, CATALOG.organisation.currency)
    for role in CATALOG.roles
    if role.pay
}
PAGE = "/provisionskalkylator/"
FIX_FIELDS = "Rätta de markerade fälten, så räknas lönen ut."


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


def test_role_page_link_presets_the_calculator(page: Page, watch, site_url: str) -> None:
    page.goto(site_url + "/roller/key-account-manager/")
    page.get_by_role("link", name="Räkna med egna affärer i provisionskalkylatorn").click()
    page.locator("[data-rg-mounted]").wait_for()
    expect(page.get_by_label("Utgå från rollen")).to_have_value("key-account-manager")
    expect(page.get_by_label("Grundlön per månad (kr)", exact=True)).to_have_value("38\u00a0000")
    # three deals of 100 000 at 15 %: 38 000 + 45 000, worked out by hand
    expect(page.locator(".rg-summary__total")).to_have_text("83\u00a0000\u00a0kr")
    expected = compute_pay(MODELS["key-account-manager"], {"deals": [{"amount": 100000}] * 3})
    assert total(page) == expected["total"] == 83000


def test_swedish_numbers_in_and_out(page: Page, watch, site_url: str) -> None:
    open_calculator(page, site_url + PAGE + "?roll=key-account-manager")
    type_into(page, "Grundlön per månad (kr)", "40 000")
    type_into(page, "Sats i procent, band 2", "12,5 %")
    type_into(page, "Belopp, affär 1", "250 000")
    type_into(page, "Belopp, affär 2", "1250000.50")
    type_into(page, "Belopp, affär 3", "45 000,5")
    model = {**MODELS["key-account-manager"]}
    model["commission"] = {
        **model["commission"],
        "bands": [{"up_to": 50000, "rate": 0.10}, {"up_to": 500000, "rate": 0.125}, {"rate": 0.05}],
    }
    deals = [{"amount": 250000}, {"amount": 1250000.5}, {"amount": 45000.5}]
    expected = compute_pay(model, {"base_salary": 40000, "deals": deals})
    # by hand: 31 250 + 62 500,03 + 4 500,05 = 98 250,08 (sales over plan: factor 1)
    assert abs(expected["variable"] - 98250.08) < 0.011
    assert abs(total(page) - expected["total"]) < 0.011
    breakdown = page.locator(".rg-breakdown tbody tr").nth(1).inner_text()
    assert "1\u00a0250\u00a0000,50\u00a0kr" in breakdown and "5\u00a0%" in breakdown
    no_nan(page)


def test_add_and_remove_deals(page: Page, watch, site_url: str) -> None:
    open_calculator(page, site_url + PAGE + "?roll=kundtjanstchef")
    assert len(deal_amounts(page)) == 8
    page.get_by_role("button", name="Lägg till affär").click()
    expect(page.get_by_label("Belopp, affär 9", exact=True)).to_be_focused()
    page.keyboard.type("100 000")
    page.get_by_role("button", name="Ta bort affär 2").click()
    page.get_by_role("button", name="Ta bort affär 1").click()
    amounts = deal_amounts(page)
    assert len(amounts) == 7 and amounts[-1] == "100 000"
    expect(page.locator("#rg-deals th").first).to_have_text("1")
    deals = [{"amount": 25000}] * 6 + [{"amount": 100000}]
    assert total(page) == compute_pay(MODELS["kundtjanstchef"], {"deals": deals})["total"]


def test_switching_roles_keeps_the_deals(page: Page, watch, site_url: str) -> None:
    open_calculator(page, site_url + PAGE + "?roll=key-account-manager")
    page.get_by_label("Utgå från rollen").select_option("kundtjanstchef")
    expect(page.get_by_label("Grundlön per månad (kr)", exact=True)).to_have_value("27\u00a0000")
    expect(page.get_by_label("Satsen gäller")).to_have_value("marginal")
    deals = [{"amount": 100000}] * 3
    assert total(page) == compute_pay(MODELS["kundtjanstchef"], {"deals": deals})["total"]
    # to a margin-based role: the margins are filled from its typical deal (25 %)
    page.get_by_label("Utgå från rollen").select_option("forsaljningschef")
    expect(page.get_by_label("Marginal, affär 1", exact=True)).to_have_value("25\u00a0000")
    margin_deals = [{"amount": 100000, "margin": 25000}] * 3
    assert total(page) == compute_pay(MODELS["forsaljningschef"], {"deals": margin_deals})["total"]


def test_a_copied_link_reproduces_the_scenario(page: Page, watch, site_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_calculator(page, site_url + PAGE + "?roll=key-account-manager")
    type_into(page, "Belopp, affär 2", "600 000")
    page.get_by_label("Under planen").select_option("threshold")
    type_into(page, "Tröskel (% av planen)", "90")
    shown = total(page)
    page.get_by_role("button", name="Kopiera länk").click()
    expect(page.locator("#rg-copy-status")).to_have_text("Länken är kopierad.")
    link = page.evaluate("navigator.clipboard.readText()")
    assert link.startswith(site_url + PAGE + "?")

    again = page.context.new_page()
    open_calculator(again, link)
    expect(again.get_by_label("Belopp, affär 2", exact=True)).to_have_value("600 000")
    expect(again.get_by_label("Tröskel (% av planen)")).to_have_value("90")
    assert total(again) == shown
    plan = {"monthly_target": 300000, "below_plan": "threshold", "threshold": 0.9}
    model = {**MODELS["key-account-manager"], "plan": plan}
    deals = [{"amount": 100000}, {"amount": 600000}, {"amount": 100000}]
    assert shown == compute_pay(model, {"deals": deals})["total"]


@pytest.mark.parametrize(
    ("label", "setup"),
    [
        ("Grundlön per månad (kr)", None),
        ("Affärer upp till, band 1", None),
        ("Sats i procent, band 1", None),
        ("Tak för rörlig lön per månad (kr)", None),
        ("Försäljningsplan per månad (kr)", None),
        ("Tröskel (% av planen)", ("Under planen", "threshold")),
        ("Belopp, affär 1", None),
        ("Marginal, affär 1", ("Provision räknas på", "margin")),
    ],
)
def test_bad_input_shows_a_message_and_never_nan(
    page: Page, watch, site_url: str, label: str, setup: tuple[str, str] | None
) -> None:
    open_calculator(page, site_url + PAGE + "?roll=key-account-manager")
    if setup:
        page.get_by_label(setup[0]).select_option(setup[1])
    field = page.get_by_label(label, exact=True)
    for text, message in [
        ("abc", "Skriv ett tal"),
        ("-5", "Får inte vara negativt."),
        ("", "Fyll i ett värde."),
    ]:
        if text == "" and label.startswith(("Tak", "Försäljningsplan")):
            continue  # optional: empty means no cap, no plan
        type_into(page, label, text)
        expect(field).to_have_attribute("aria-invalid", "true")
        described = field.get_attribute("aria-describedby")
        expect(page.locator(f"#{described}")).to_contain_text(message)
        expect(page.locator("#rg-result")).to_have_text(
            "Rätta de markerade fälten, så räknas lönen ut."
        )
        no_nan(page)
    type_into(page, label, "10")
    expect(field).to_have_attribute("aria-invalid", "false")


def test_paste_a_column_of_amounts(page: Page, watch, site_url: str) -> None:
    open_calculator(page, site_url + PAGE + "?roll=key-account-manager")
    page.get_by_label("Klistra in ett belopp per rad", exact=False).fill("10 000\n20 000,50\nfel\n")
    page.get_by_role("button", name="Lägg till beloppen").click()
    assert deal_amounts(page)[-2:] == ["10 000", "20 000,50"]
    expect(page.locator("#rg-paste-status")).to_have_text(
        "2 affärer lades till. Rad 3 kunde inte läsas som belopp."
    )
    page.get_by_label("Klistra in ett belopp per rad", exact=False).fill("fel\n5 000\nx\ny")
    page.get_by_role("button", name="Lägg till beloppen").click()
    expect(page.locator("#rg-paste-status")).to_have_text(
        "1 affär lades till. Raderna 1, 3 och 4 kunde inte läsas som belopp."
    )


def test_hostile_url_values_stay_text(page: Page, watch, site_url: str) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    hostile = "<img src=x onerror=alert(1)>"
    open_calculator(
        page,
        site_url
        + PAGE
        + "?roll=%3Cscript%3Ealert(1)%3C/script%3E"
        + "&grundlon=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E"
        + "&affarer="
        + "9" * 5000,
    )
    expect(page.locator("#rg-notice")).to_contain_text("<script>alert(1)</script>")
    expect(page.get_by_label("Utgå från rollen")).to_have_value("egen")
    expect(page.get_by_label("Grundlön per månad (kr)", exact=True)).to_have_value(hostile)
    assert page.locator(".rg-calculator img, .rg-calculator script:not([type])").count() == 0
    assert dialogs == []
    no_nan(page)


def test_calculator_is_axe_clean_with_errors_showing(page: Page, watch, site_url: str) -> None:
    open_calculator(page, site_url + PAGE + "?roll=forsaljningschef")
    type_into(page, "Belopp, affär 1", "abc")
    results = Axe().run(page, context={"include": [[".rg-calculator"]]})
    assert results.response["violations"] == []


def test_same_deals_under_every_roles_model(page: Page, watch, site_url: str) -> None:
    open_calculator(page, site_url + PAGE + "?roll=key-account-manager")
    rows = page.locator(".rg-compare tbody tr")
    expect(rows).to_have_count(4)
    deals = [{"amount": 100000}] * 3
    by_name = {row.locator("th").inner_text(): row.locator("td").inner_text() for row in rows.all()}
    assert shown_money(by_name["Din modell (formuläret)"]) == 83000
    assert (
        shown_money(by_name["Kundtjänstchef"])
        == compute_pay(MODELS["kundtjanstchef"], {"deals": deals})["total"]
    )
    # the sales manager is paid on the margin, which these deals do not have
    assert "räknas på marginal" in by_name["Försäljningschef"]
    chart = page.locator("#rg-chart svg")
    expect(chart).to_have_attribute("role", "img")
    expect(page.locator("#rg-chart-title")).to_contain_text("83\u00a0000\u00a0kr")


def test_long_months_show_the_first_rows_and_all_on_request(
    page: Page, watch, site_url: str
) -> None:
    amounts = ";".join(["1000"] * 150)
    open_calculator(page, site_url + PAGE + f"?roll=key-account-manager&affarer={amounts}")
    expect(page.locator(".rg-breakdown tbody tr")).to_have_count(101)  # 100 deals + the button
    page.get_by_role("button", name="Visa alla 150 affärer").click()
    expect(page.locator(".rg-breakdown tbody tr")).to_have_count(150)
    # 150 deals of 1 000 at 10 %: 15 000 × (150 000 / 300 000) = 7 500, plus 38 000
    expect(page.locator(".rg-summary__total")).to_have_text("45\u00a0500\u00a0kr")


def test_keyboard_alone(page: Page, watch, site_url: str) -> None:
    open_calculator(page, site_url + PAGE + "?roll=forsaljningschef")
    role = page.get_by_label("Utgå från rollen")
    role.focus()
    page.keyboard.press("ArrowDown")  # Försäljningschef → Key Account Manager
    expect(role).to_have_value("key-account-manager")
    expect(page.get_by_label("Grundlön per månad (kr)", exact=True)).to_have_value("38\u00a0000")
    page.keyboard.press("Tab")
    expect(page.get_by_label("Grundlön per månad (kr)", exact=True)).to_be_focused()
    page.keyboard.press("Control+A")
    page.keyboard.type("40 000")
    page.keyboard.press("Enter")  # a form must not submit and reload the page
    expect(page).to_have_url(re.compile(r"/provisionskalkylator/\?"))
    # the sales manager's eight deals of 250 000 under the KAM model: 8 × 37 500 + 40 000
    expect(page.locator(".rg-summary__total")).to_have_text("340\u00a0000\u00a0kr")

    page.get_by_role("button", name="Lägg till affär").focus()
    page.keyboard.press("Enter")
    new_amount = page.get_by_label("Belopp, affär 9", exact=True)
    expect(new_amount).to_be_focused()
    page.keyboard.type("5 000")
    page.keyboard.press("Tab")  # the margin column is hidden on a revenue basis
    expect(page.get_by_role("button", name="Ta bort affär 9")).to_be_focused()
    page.keyboard.press("Enter")
    expect(page.locator("#rg-deals tr")).to_have_count(8)
    expect(page.get_by_label("Belopp, affär 8", exact=True)).to_be_focused()
