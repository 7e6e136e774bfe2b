"""The calculator where no role's pay model reaches the page (organisation.yml's
pay_publication none, or before the first role is written): it starts on a blank model of
the reader's own, without an error, says why, and counts what the reader fills in."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from helpers import copy_fixture_data, edit, fixture_config, run_mkdocs_build, serve

pytestmark = pytest.mark.browser

NBSP = "\u00a0"


@pytest.fixture(scope="module")
def withheld_url(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("withheld")
    data = copy_fixture_data(folder)
    edit(data / "organisation.yml", "currency: SEK", "currency: SEK\npay_publication: none")
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    yield from serve(folder / "site")


def test_the_calculator_starts_blank_and_counts_the_readers_model(
    page: Page, watch, withheld_url: str
) -> None:
    page.goto(withheld_url + "/provisionskalkylator/")
    page.locator("[data-rg-mounted]").wait_for()
    expect(page.get_by_text("Rollernas lönemodeller visas inte i Rollguiden.")).to_be_visible()
    role = page.get_by_label("Utgå från rollen")
    expect(role).to_have_value("egen")
    assert role.locator("option").all_inner_texts() == ["Egen modell"]
    for label, text in (
        ("Grundlön per månad (kr)", "30 000"),
        ("Sats i procent, intervall 1", "10"),
        ("Belopp, affär 1", "50 000"),
    ):
        field = page.get_by_label(label, exact=True)
        field.press_sequentially(text)
        field.blur()
    # by hand: 30 000 + 10 % of 50 000 = 35 000
    expect(page.locator(".rg-summary__total")).to_have_text(f"35{NBSP}000{NBSP}kr")
