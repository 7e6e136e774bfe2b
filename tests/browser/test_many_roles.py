"""The browser tools with an organisation's worth of roles (the real three and synthetic
ones): the self-check and the calculator's comparison show the first few and the rest on
request, instead of answering with a card or a bar per role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from helpers import MANY_ROLES
from rollguiden.fit import MEETS, NEARLY, compute_fit, fit_roles
from rollguiden.load import load_catalog
from rollguiden.pay import compute_pay

pytestmark = pytest.mark.browser

SHOWN_AT_FIRST = 10  # the rule on both pages: the first ten, then "Visa alla …"
EMPTY_PROFILE = {
    "education_rank": None,
    "experience": {},
    "languages": [],
    "skills": [],
    "qualities": [],
}


def open_tool(page: Page, url: str) -> None:
    page.goto(url)
    page.locator("[data-rg-mounted]").wait_for()


def test_self_check_shows_the_closest_roles_then_all(
    page: Page, watch, many_roles_url: str, many_roles_data: Path
) -> None:
    catalog = load_catalog(many_roles_data)
    results = compute_fit(fit_roles(catalog), EMPTY_PROFILE, catalog.vocabulary.languages[0].id)
    fitting = sum(result["status"] in (MEETS, NEARLY) for result in results)
    assert fitting < SHOWN_AT_FIRST  # an empty profile fits few roles, or the test says nothing
    titles = {role.id: role.title for role in catalog.roles}

    open_tool(page, many_roles_url + "/passar-jag/")
    cards = page.locator(".rg-fit-result")
    expect(cards).to_have_count(SHOWN_AT_FIRST)
    expect(cards.locator("a")).to_have_text([titles[r["id"]] for r in results[:SHOWN_AT_FIRST]])
    page.get_by_role("button", name=f"Visa alla {MANY_ROLES} roller").click()
    expect(cards).to_have_count(MANY_ROLES)
    expect(cards.nth(SHOWN_AT_FIRST).locator("a")).to_be_focused()  # reading goes on there
    expect(page.get_by_role("button", name=f"Visa alla {MANY_ROLES} roller")).to_be_hidden()


def test_self_check_shows_every_role_that_fits(
    page: Page, watch, many_roles_url: str, many_roles_data: Path
) -> None:
    """A candidate with everything: every role fits, so every role is shown at once."""
    vocabulary = load_catalog(many_roles_data).vocabulary
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
    page: Page, watch, many_roles_url: str, many_roles_data: Path
) -> None:
    open_tool(page, many_roles_url + "/provisionskalkylator/")
    data = json.loads(page.locator("[data-rg-calculator]").get_attribute("data-rg-calculator"))
    deals = data["roles"][0]["deals"]  # the form starts from the first role's month

    def total(model: dict) -> float:
        try:
            return compute_pay(model, {"deals": deals})["total"]
        except ValueError:
            return -1.0  # a margin-based model cannot price deals without margins: last

    # the best paid first; equal pay keeps the data's order (Python's sort is stable too)
    ranked = sorted(data["roles"], key=lambda role: -total(role["model"]))
    assert len(ranked) > SHOWN_AT_FIRST

    rows = page.locator(".rg-compare tbody tr")
    names = rows.locator("th")
    expect(names).to_have_count(1 + SHOWN_AT_FIRST)  # the form's model, then ten roles
    expect(names).to_have_text(
        ["Din modell (formuläret)", *(role["title"] for role in ranked[:SHOWN_AT_FIRST])]
    )
    button = page.get_by_role("button", name=f"Visa alla {len(ranked)} roller")
    button.focus()
    page.keyboard.press("Enter")
    expect(names).to_have_count(1 + len(ranked))
    expect(names).to_have_text(["Din modell (formuläret)", *(role["title"] for role in ranked)])
    expect(page.locator(".rg-compare")).to_be_focused()  # the button is gone; the place kept
