"""The shipped pages follow the editors' style guide (docs/om-rollguiden/skrivregler.md), and
name the source text only where readers look for it: the page about Rollguiden and each
role's "Om uppgifterna".

Part of the example content's tests: see tests/content/test_source_coverage.py."""

from __future__ import annotations

import re
from pathlib import Path

from rollguiden.reading.catalog import Catalog
from style_rules import article_blocks, site_pages, site_problems

SOURCE_WORDS = re.compile(r"\bkäll(?:a|an|ans|text\w*)\b|maskinöversätt", re.IGNORECASE)
# Where the source is named on purpose: the pages about Rollguiden itself (the page about
# the source among them), and the procedure page's section on the source's own procedure
ABOUT_PAGES = ("om-rollguiden/", "arbetsbeskrivningar/")
ABOUT_THE_DATA = "Om uppgifterna"


def test_every_page_follows_the_style_guide(
    organisation_site: Path, organisation_catalog: Catalog, only_example_roles: None
) -> None:
    catalog = organisation_catalog
    titles = [role.title for role in catalog.roles]
    proper_nouns = {"Rollguiden", *catalog.organisation.name.split()}
    assert site_problems(organisation_site, titles, proper_nouns) == []


def test_the_source_is_named_only_where_readers_look_for_it(
    organisation_site: Path, only_example_roles: None
) -> None:
    problems = []
    for path in site_pages(organisation_site):
        relative = path.relative_to(organisation_site).as_posix()
        if relative.startswith(ABOUT_PAGES) or relative.startswith("api/"):
            continue  # the API carries each role's provenance note as data
        html = path.read_text("utf-8")
        # a profile's "Om uppgifterna" closes it: read what comes before
        about = re.search(rf"<h2[^>]*>{ABOUT_THE_DATA}", html)
        if about:
            html = html[: about.start()] + "</article>"
        blocks, headings = article_blocks(html)
        problems += [
            f"{relative}: {text[:100]}" for text in blocks + headings if SOURCE_WORDS.search(text)
        ]
    assert problems == []
