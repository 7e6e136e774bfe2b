"""The browser tools with an organisation's worth of roles (the tests' own four and
synthetic ones): the self-check and the calculator's comparison show the first few and the
rest on request, instead of answering with a card or a bar per role."""

from __future__ import annotations

import json
import re

import pytest
from playwright.sync_api import Page, expect

from helpers import MANY_ROLES
from rollguiden.engines.fit import compute_fit, fit_roles
from rollguiden.engines.pay import compute_pay
from rollguiden.reading.catalog import Catalog

pytestmark = pytest.mark.browser

SHOWN_AT_FIRST = 10  # the rule on both pages: the first ten, then "Visa alla …"
EMPTY_PROFILE = {
    "education_rank": None,
    "experience": {},
    "languages": [],
    "skills": [],
    "qualities": [],
}
YOUR_MODEL = "Din modell (formuläret)"
NEEDS_MARGIN = (
    "räknas på täckningsbidrag – välj ”affärens täckningsbidrag” och fyll i täckningsbidragen"
)


def open_tool(page: Page, url: str) -> None:
    page.goto(url)
    page.locator("[data-rg-mounted]").wait_for()


def shown_money(text: str) -> float:
    return float(re.sub(r"[\s\u00a0\u202f]|kr", "", text).replace(",", "."))


def test_self_check_shows_the_closest_roles_then_all(
    page: Page, watch, many_roles_url: str, many_roles_catalog: Catalog
) -> None:
    roles = many_roles_catalog.roles
    assert len(roles) == MANY_ROLES
    # By the rule, for a candidate who has filled in nothing: without an education every
    # role has that gap, and with nothing ticked every role with skills or qualities (all
    # of these) is covered to 0 – so every role is "Inte än", ranked by its hard gaps (the
    # education, any years it asks for, each required language), then in the catalogue's
    # order (by title).
    assert all(role.requirements.skills or role.requirements.qualities for role in roles)

    def hard_gaps(role) -> int:
        requirements = role.requirements
        required = [language for language in requirements.languages if language.required]
        return 1 + (requirements.experience.min_years > 0) + len(required)

    ranked = sorted(roles, key=lambda role: (hard_gaps(role), roles.index(role)))
    titles = [role.title for role in ranked]
    # the Python engine ranks them the same way
    python = compute_fit(fit_roles(many_roles_catalog), EMPTY_PROFILE, "svenska")
    assert [result["id"] for result in python] == [role.id for role in ranked]

    open_tool(page, many_roles_url + "/passar-jag/")
    cards = page.locator(".rg-fit-result")
    expect(cards).to_have_count(SHOWN_AT_FIRST)
    expect(cards.locator("a")).to_have_text(titles[:SHOWN_AT_FIRST])
    expect(cards.locator(".rg-fit-badge")).to_have_text(["Inte än"] * SHOWN_AT_FIRST)
    expect(page.locator(".rg-fit-summary")).to_have_text(
        "0 roller där du uppfyller kraven, 0 där du nästan gör det."
    )
    page.get_by_role("button", name=f"Visa alla {MANY_ROLES} roller").click()
    expect(cards).to_have_count(MANY_ROLES)
    expect(cards.locator("a")).to_have_text(titles)
    expect(cards.nth(SHOWN_AT_FIRST).locator("a")).to_be_focused()  # reading goes on there
    expect(page.get_by_role("button", name=f"Visa alla {MANY_ROLES} roller")).to_be_hidden()


def test_self_check_shows_every_role_that_fits(
    page: Page, watch, many_roles_url: str, many_roles_catalog: Catalog
) -> None:
    """A candidate with everything: every role fits, so every role is shown at once."""
    vocabulary = many_roles_catalog.vocabulary
    ids = {kind: ",".join(term.id for term in getattr(vocabulary, kind)) for kind in
           ("languages", "skills", "qualities")}  # fmt: skip
    years = ",".join(f"{field.id}:40" for field in vocabulary.experience_fields)
    open_tool(
        page,
        many_roles_url
        + f"/passar-jag/?utb={vocabulary.education_levels[-1].id}&erf={years}"
        + f"&sprak={ids['languages']}&fard={ids['skills']}&egen={ids['qualities']}",
    )
    expect(page.locator(".rg-fit-result--uppfyller")).to_have_count(MANY_ROLES)
    expect(page.locator("[data-action=show-all]")).to_be_hidden()


def test_calculator_compares_the_best_paid_roles_then_all(
    page: Page, watch, many_roles_url: str
) -> None:
    open_tool(page, many_roles_url + "/provisionskalkylator/?roll=kundansvarig")
    data = json.loads(page.locator("[data-rg-calculator]").get_attribute("data-rg-calculator"))
    # the KA's month: its plan of 400 000 in its typical deals of 100 000
    deals = [{"amount": 100000}] * 4
    amounts = page.locator("#rg-deals input[name=amount]")
    assert [field.input_value() for field in amounts.all()] == ["100\u00a0000"] * 4
    with_pay = len(data["roles"])
    assert with_pay > SHOWN_AT_FIRST

    rows = page.locator(".rg-compare tbody tr")
    names = rows.locator("th")
    expect(names).to_have_count(1 + SHOWN_AT_FIRST)  # the form's model, then ten roles
    expect(names.first).to_have_text(YOUR_MODEL)
    first_ten = names.all_inner_texts()[1:]
    button = page.get_by_role("button", name=f"Visa alla {with_pay} roller")
    button.focus()
    page.keyboard.press("Enter")
    expect(names).to_have_count(1 + with_pay)
    expect(page.locator(".rg-compare")).to_be_focused()  # the button is gone; the place kept

    shown = [(row.locator("th").inner_text(), row.locator("td").inner_text()) for row in
             rows.all()][1:]  # fmt: skip
    assert sorted(name for name, _ in shown) == sorted(role["title"] for role in data["roles"])
    assert [name for name, _ in shown[:SHOWN_AT_FIRST]] == first_ten  # the same ten, first
    by_name = dict(shown)
    # worked out by hand: 40 000 + 4 × 10 000, and 30 000 + 4 × 8 000; the team leader is
    # paid on margin, which these deals lack
    assert shown_money(by_name["Kundansvarig"]) == 80000
    assert shown_money(by_name["Kundrådgivare"]) == 62000
    assert by_name["Teamledare"] == NEEDS_MARGIN
    # the best paid first, the roles that cannot price these deals last
    priced = [shown_money(total) for _, total in shown if total != NEEDS_MARGIN]
    assert priced == sorted(priced, reverse=True)
    assert all(total == NEEDS_MARGIN for _, total in shown[len(priced) :])

    # the Python engine ranks them the same way; equal pay keeps the data's order (Python's
    # sort is stable too)
    def total(model: dict) -> float:
        try:
            return compute_pay(model, {"deals": deals})["total"]
        except ValueError:
            return -1.0  # a margin-based model cannot price deals without margins: last

    ranked = sorted(data["roles"], key=lambda role: -total(role["model"]))
    assert [name for name, _ in shown] == [role["title"] for role in ranked]
