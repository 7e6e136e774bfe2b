"""Job ads and registers in the site of the tests' own organisation: the ad lists the
highlighted duties only; every skill, quality and duty area lists its roles, and the role
pages link back to them."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import yaml

from helpers import (
    FIXTURE_DATA_DIR,
    copy_fixture_data,
    edit,
    fixture_config,
    run_mkdocs_build,
)

NBSP = "\u00a0"


def text(site: Path, page: str) -> str:
    html = (site / page / "index.html").read_text("utf-8")
    article = html.split("<article", 1)[1].split(">", 1)[1].split("</article>", 1)[0]
    article = re.sub(r'<a class="headerlink".*?</a>', "", article)
    words = " ".join(unescape(re.sub(r"<[^>]+>", " ", article)).replace(NBSP, " ").split())
    return re.sub(r" ([.,)])", r"\1", words).replace("( ", "(")


def fixture_yaml(name: str) -> dict:
    return yaml.safe_load((FIXTURE_DATA_DIR / name).read_text("utf-8"))


def job_ad_data(site: Path, role_id: str) -> dict:
    html = (site / "roller" / role_id / "platsannons" / "index.html").read_text("utf-8")
    return json.loads(unescape(re.search(r'data-rg-jobad="([^"]*)"', html).group(1)))


def test_job_ad_lists_the_highlighted_duties_only(fixture_site: Path) -> None:
    ad = text(fixture_site, "roller/kundansvarig/platsannons")
    duties = fixture_yaml("roles/kundansvarig.yml")["duties"]
    highlighted = [duty["number"] for duty in duties if duty.get("highlight")]
    assert highlighted == [1, 3, 4, 7]
    for duty in duties:
        shown = " ".join(duty["text"].split()) in ad
        assert shown == bool(duty.get("highlight")), duty["number"]
    assert "Provbolaget AB söker nu en kundansvarig till säljavdelningen." in ad
    assert "Har minst 2 års erfarenhet av försäljning" in ad
    assert "Grundlön 40 000 kr i månaden" in ad
    # an optional language is a merit, not a requirement
    assert "eller annat främmande språk (goda kunskaper) Meriterande Kurs i förhandling." in ad
    assert "Tyska (samtalsnivå) Så byggs din lön upp" in ad
    # without highlighted duties, the ad lists the role's first duties
    other = text(fixture_site, "roller/innesaljare/platsannons")
    assert "Dina arbetsuppgifter Ringer upp nya kunder. Bokar möten åt den kundansvariga." in other


def test_job_ad_requirements_read_as_swedish_sentences(fixture_site: Path) -> None:
    # each line completes "Vi söker dig som …": skills read after "har goda kunskaper i",
    # qualities after "är", so their labels are written in lower case
    ad = text(fixture_site, "roller/kundansvarig/platsannons")
    assert "Har högskoleexamen, gärna inom ekonomi eller marknadsföring" in ad
    assert "Har goda kunskaper i förhandling, säljteknik, kundsystem och kundservice" in ad
    assert "Är driven, lyhörd, analytisk och stresstålig" in ad
    leader = text(fixture_site, "roller/teamledare/platsannons")
    assert "Har goda kunskaper i ledarskap och förhandling Är driven och lyhörd" in leader
    # the kundrådgivare asks no experience (min_years: 0)
    adviser = text(fixture_site, "roller/kundradgivare/platsannons")
    assert "Har gymnasieutbildning Kan börja utan tidigare erfarenhet" in adviser


def test_job_ad_names_a_language_in_lower_case_inside_the_sentence(fixture_site: Path) -> None:
    # the vocabulary's label is "Engelska"; inside "Vi söker dig som behärskar …" it is lower case
    ad = text(fixture_site, "roller/kundansvarig/platsannons")
    assert "Behärskar engelska eller annat främmande språk (goda kunskaper)" in ad
    leader = text(fixture_site, "roller/teamledare/platsannons")
    assert "Behärskar engelska (goda kunskaper)" in leader


def test_job_ad_nests_the_commission_bands(fixture_site: Path) -> None:
    html = (fixture_site / "roller" / "kundansvarig" / "platsannons" / "index.html").read_text(
        "utf-8"
    )
    # the bands are a list inside the commission's item
    commission = re.search(r"<li>Provision på affärens belopp\.[^<]*<ul>(.*?)</ul>", html, re.S)
    assert commission, "no list under the commission line"
    bands = re.findall(r"<li>(.*?)</li>", commission.group(1))
    assert [unescape(band).replace(NBSP, " ") for band in bands] == [
        "10 % för affärer upp till 100 000 kr",
        "15 % för affärer över 100 000 kr upp till 500 000 kr",
        "5 % för affärer över 500 000 kr",
    ]
    # the plain text to copy indents them the same way
    assert (
        "• Provision på affärens belopp. Hela affären får satsen för det band den hamnar i.\n"
        "  – 10 % för affärer upp till 100 000 kr\n"
        "  – 15 % för affärer över 100 000 kr upp till 500 000 kr\n"
        "  – 5 % för affärer över 500 000 kr\n"
        "• Den rörliga lönen har inget tak.\n"
    ) in job_ad_data(fixture_site, "kundansvarig")["text"].replace(NBSP, " ")
    # a role without a pay model has no pay section
    assert "Så byggs din lön upp" not in text(fixture_site, "roller/innesaljare/platsannons")


def test_registers_list_the_roles_that_need_each_term(fixture_site: Path) -> None:
    skills = text(fixture_site, "register/fardigheter")
    # only the teamledare leads; the kundansvarig and the teamledare negotiate; no one budgets
    assert "Ledarskap Att leda och utveckla ett team. Roller som kräver det: teamledare." in skills
    assert "Förhandling Att nå avtal som båda parter kan leva med. " in skills
    assert "Roller som kräver det: kundansvarig, teamledare. Ledarskap" in skills
    assert "Budget Att planera och följa upp pengar. Ingen roll kräver det ännu." in skills
    qualities = text(fixture_site, "register/egenskaper")
    assert (
        "Driven Tar initiativ. Roller som kräver det: innesäljare, kundansvarig, teamledare."
        in qualities
    )
    areas = text(fixture_site, "register/ansvarsomraden")
    # every role has sales duties, under its own numbers
    assert (
        "Roller med uppgifter här: innesäljare (2.1, 2.2), kundansvarig (2.1, 2.3, 2.8), "
        "kundrådgivare (2.2), teamledare (2.2)." in areas
    )
    assert (
        "Service Att hjälpa befintliga kunder. "
        "Roller med uppgifter här: kundansvarig (2.4, 2.7), kundrådgivare (2.1)." in areas
    )


def test_the_registers_have_a_front_page(fixture_site: Path) -> None:
    html = (fixture_site / "register" / "index.html").read_text("utf-8")
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    links = re.findall(r'<a href="([^"#]+)">', article)
    assert links == ["fardigheter/", "egenskaper/", "ansvarsomraden/", "ordlista/"]
    vocabulary = fixture_yaml("vocabulary.yml")
    glossary = fixture_yaml("glossary.yml")
    counts = [len(vocabulary[kind]) for kind in ("skills", "qualities", "duty_areas")]
    counts.append(len(glossary["terms"]))
    assert counts == [6, 5, 5, 3]
    assert re.findall(r"(\d+) poster", text(fixture_site, "register")) == [str(n) for n in counts]
    # the section "Register" in the navigation opens this page
    start = (fixture_site / "index.html").read_text("utf-8")
    assert re.search(r'<a href="register/" class="md-nav__link', start)


def test_role_pages_link_to_the_registers_and_back(fixture_site: Path) -> None:
    html = (fixture_site / "roller" / "kundansvarig" / "index.html").read_text("utf-8")
    assert 'href="../../register/fardigheter/#kundsystem"' in html
    assert 'href="../../register/egenskaper/#analytisk"' in html
    assert 'href="../../register/ansvarsomraden/#rapportering"' in html
    register = (fixture_site / "register" / "fardigheter" / "index.html").read_text("utf-8")
    assert 'id="kundsystem"' in register
    assert 'href="../../roller/kundansvarig/"' in register


def test_glossary_terms_are_explained_on_hover_everywhere(fixture_site: Path) -> None:
    glossary = {term["term"]: term for term in fixture_yaml("glossary.yml")["terms"]}
    # KPI in a duty, B2B in the summary, CRM in a merit
    for page, terms in (
        ("roller/kundansvarig", ("KPI", "B2B", "CRM")),
        ("roller/kundansvarig/platsannons", ("B2B", "CRM")),
        ("roller/kundansvarig/arbetsbeskrivning", ("KPI",)),
    ):
        html = (fixture_site / page / "index.html").read_text("utf-8")
        for term in terms:
            assert f'<abbr title="{glossary[term]["expansion"]}">{term}</abbr>' in html, (
                page,
                term,
            )
    listing = text(fixture_site, "register/ordlista")
    for term in glossary.values():
        assert term["term"] in listing and term["expansion"] in listing
        assert term.get("description", "") in listing
    # in Swedish alphabetical order
    assert listing.index("B2B") < listing.index("CRM") < listing.index("KPI")


def test_job_ad_markdown_reads_as_written(fixture_site: Path) -> None:
    # the downloaded Markdown escapes the placeholder's brackets as a person would, and
    # the page shows the same text without the backslashes
    closing = (
        "Välkommen med din ansökan! "
        "[Skriv in kontaktperson, sista ansökningsdag och hur man söker.]"
    )
    data = job_ad_data(fixture_site, "kundradgivare")
    assert closing.replace("[", "\\[").replace("]", "\\]") in data["markdown"]
    assert "&#" not in data["markdown"]
    assert closing in text(fixture_site, "roller/kundradgivare/platsannons")


def test_an_ad_in_the_roles_own_words_speaks_to_the_reader(tmp_path: Path) -> None:
    # the kundrådgivare with a job_ad of its own: its pitch replaces the summary, and its
    # duties continue the heading "Som kundrådgivare kommer du att"
    data = copy_fixture_data(tmp_path)
    edit(
        data / "roles" / "kundradgivare.yml",
        "provenance:\n",
        "job_ad:\n"
        "  pitch: Som kundrådgivare hjälper du våra kunder varje dag.\n"
        "  duties:\n"
        "    - svara på kundernas frågor i telefon och mejl\n"
        "    - följa upp att kunden fick hjälp\n"
        "provenance:\n",
    )
    site = tmp_path / "site"
    result = run_mkdocs_build(site, data, fixture_config(tmp_path))
    assert result.returncode == 0, result.stderr
    ad = text(site, "roller/kundradgivare/platsannons")
    assert (
        "Provbolaget AB söker nu en kundrådgivare till kundavdelningen. "
        "Som kundrådgivare hjälper du våra kunder varje dag. "
        "Som kundrådgivare kommer du att "
        "Svara på kundernas frågor i telefon och mejl "
        "Följa upp att kunden fick hjälp "
        "Vi söker dig som" in ad
    )
    summary = fixture_yaml("roles/kundradgivare.yml")["summary"]
    assert " ".join(summary.split()) not in ad
    copied = job_ad_data(site, "kundradgivare")["text"]
    assert "Som kundrådgivare kommer du att\n• Svara på kundernas frågor" in copied
