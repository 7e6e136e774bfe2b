"""Search on the shipped example roles, in Chromium: the words of a role's duty find the
role's profile first, not a job description, a job ad or the comparison matrix that repeat
it (those are left out of the index).

Like the rest of tests/content/, this guards the example content in data/; an organisation
that replaces the example roles changes the duties' words below or deletes this file."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

pytestmark = pytest.mark.browser


@pytest.mark.parametrize(
    ("words", "role_id"),
    [
        ("veckoschema kunderna", "key-account-manager"),  # duty: a weekly plan of visits
        ("produktblad demoversioner", "kundtjanstchef"),  # duty: lets clients try the offer
        ("kundsegment kontakten", "saljare"),  # duty: finds clients in a segment
    ],
)
def test_a_dutys_words_find_the_profile_first(
    page: Page, watch, organisation_url: str, words: str, role_id: str, only_example_roles: None
) -> None:
    page.goto(organisation_url + "/")
    search = page.get_by_role("textbox", name="Sök")
    search.click()
    # Material's search listens to key events, so type key by key
    search.press_sequentially(words, delay=20)
    first = page.locator(".md-search-result__item").first
    expect(first).to_be_visible(timeout=15_000)
    # the profile itself, not a section's anchor or a page under it (?h= marks the words)
    expect(first.locator("a").first).to_have_attribute(
        "href", re.compile(rf"^{re.escape(organisation_url)}/roller/{role_id}/(\?h=.*)?$")
    )
