"""The editors' style guide (docs/om-rollguiden/skrivregler.md) holds for every page the
templates and labels make: no phrase it rejects, headings in sentence case, role titles in
lower case inside a sentence. Checked on the tests' own organisation, whose roles reach
every template."""

from __future__ import annotations

from pathlib import Path

from rollguiden.reading.catalog import Catalog
from style_rules import (
    article_blocks,
    heading_problems,
    phrase_problems,
    phrases_to_avoid,
    site_pages,
    site_problems,
    title_problems,
)


def test_the_guide_names_each_phrase_to_avoid_with_its_replacement() -> None:
    phrases = phrases_to_avoid()
    # the Russian calques the HR review found in the first version of the content
    for phrase in ("tillsätts och entledigas", "materiell skada", "tjänsteuppdrag"):
        assert phrase in phrases, phrase
    assert all(instead for instead in phrases.values())


def test_the_checks_find_what_the_guide_rejects() -> None:
    # a page written against the guide, with one of each fault and one quoted phrase
    page = (
        "<html><nav><h2>Meny För Alla</h2></nav><article>"
        "<h1>Arbetsbeskrivning för Kundrådgivare</h1>"
        "<h2>1. Allmänna bestämmelser</h2>"
        '<h2>Lön <span class="rg-example-badge">Exempel att granska</span></h2>'
        "<p>Den anställda tillsätts och entledigas av vd.</p>"
        "<p>Vi söker en Kundrådgivare. Kundrådgivare är ett bra jobb.</p>"
        '<p>Källan skriver "materiell skada", vilket Rollguiden inte gör.</p>'
        "</article></html>"
    )
    blocks, headings = article_blocks(page)
    assert headings == [
        "Arbetsbeskrivning för Kundrådgivare",
        "1. Allmänna bestämmelser",
        "Lön",
    ]
    assert heading_problems(headings, set()) == [
        "'Kundrådgivare' i rubriken 'Arbetsbeskrivning för Kundrådgivare'"
    ]
    phrases = phrase_problems(blocks, phrases_to_avoid())
    assert len(phrases) == 1 and phrases[0].startswith("'tillsätts och entledigas'")
    titles = title_problems(blocks + headings, ["Kundrådgivare"])
    # inside a sentence and in the heading; not where the sentence starts
    assert titles == [
        "'Kundrådgivare' i: Vi söker en Kundrådgivare. Kundrådgivare är ett bra jobb.",
        "'Kundrådgivare' i: Arbetsbeskrivning för Kundrådgivare",
    ]
    assert title_problems([], ["Key Account Manager"]) == [
        "titeln 'Key Account Manager' ska skrivas 'Key account manager'"
    ]


def test_generated_pages_follow_the_style_guide(
    fixture_site: Path, fixture_catalog: Catalog
) -> None:
    # profiles, documents, ads, comparisons, registers and tools of the tests' own roles
    assert len(site_pages(fixture_site)) > 20
    titles = [role.title for role in fixture_catalog.roles]
    proper_nouns = {"Rollguiden", *fixture_catalog.organisation.name.split()}
    assert site_problems(fixture_site, titles, proper_nouns) == []
