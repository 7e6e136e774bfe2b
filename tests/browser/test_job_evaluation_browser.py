"""The page /arbetsvardering/ in Chromium, built from the tests' own organisation with a
factor plan (tests/helpers.py with_evaluation): it loads cleanly with every request on
127.0.0.1, axe-core finds nothing wrong with our markup, and it fits a phone's width."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect
from test_pages import axe_violations, sideways_overflow_on_a_phone

from helpers import copy_fixture_data, fixture_config, run_mkdocs_build, serve, with_evaluation

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def evaluation_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("evaluation-browser")
    data = with_evaluation(copy_fixture_data(folder))
    built = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert built.returncode == 0, built.stderr
    yield from serve(folder / "site")


def test_the_page_loads_cleanly_and_passes_axe(page: Page, watch, evaluation_url: str) -> None:
    page.goto(evaluation_url + "/arbetsvardering/")
    expect(page.get_by_role("heading", name="Arbetsvärdering", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="Kundrådgivare").first).to_be_visible()
    assert axe_violations(page) == []


def test_the_page_fits_a_phone(page: Page, watch, evaluation_url: str) -> None:
    # the tables scroll inside their box; the page itself does not scroll sideways
    assert sideways_overflow_on_a_phone(page, evaluation_url + "/arbetsvardering/") <= 0
