"""Job ads and registers in the built site: the ad lists the highlighted duties only; every
skill, quality and duty area lists its roles, and the role pages link back to them."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import yaml

from helpers import DATA_DIR

NBSP = "\u00a0"


def text(site: Path, page: str) -> str:
    html = (site / page / "index.html").read_text("utf-8")
    article = html.split("<article", 1)[1].split(">", 1)[1].split("</article>", 1)[0]
    article = re.sub(r'<a class="headerlink".*?</a>', "", article)
    words = " ".join(unescape(re.sub(r"<[^>]+>", " ", article)).replace(NBSP, " ").split())
    return re.sub(r" ([.,)])", r"\1", words).replace("( ", "(")


def role_yaml(role_id: str) -> dict:
    return yaml.safe_load((DATA_DIR / "roles" / f"{role_id}.yml").read_text("utf-8"))


def test_job_ad_lists_the_highlighted_duties_only(built_site: Path) -> None:
    ad = text(built_site, "roller/key-account-manager/platsannons")
    duties = role_yaml("key-account-manager")["duties"]
    highlighted = [duty for duty in duties if duty.get("highlight")]
    assert 3 <= len(highlighted) <= 7
    for duty in duties:
        shown = " ".join(duty["text"].split()) in ad
        assert shown == bool(duty.get("highlight")), duty["number"]
    assert "Exempelbolaget AB söker en key account manager till försäljningsavdelningen." in ad
    assert "Har minst 2 års erfarenhet av försäljning" in ad
    assert "Grundlön 38 000 kr i månaden" in ad
    assert "Talar engelska eller annat främmande språk (goda kunskaper)" in ad


def test_job_ad_requirements_read_as_swedish_sentences(built_site: Path) -> None:
    # each line completes "Vi söker dig som …": skills read after "har goda kunskaper i",
    # qualities after "är", so every quality must be an adjective
    manager = text(built_site, "roller/forsaljningschef/platsannons")
    assert (
        "Har goda kunskaper i ledarskap, budget och prognos, rekrytering, förhandlingsteknik, "
        "säljteknik, affärsanalys och affärskommunikation" in manager
    )
    assert (
        "Är motiverande, driven, beslutsför, övertygande, stresstålig och affärsmässig" in manager
    )
    service = text(built_site, "roller/kundtjanstchef/platsannons")
    assert (
        "Har goda kunskaper i förhandlingsteknik, affärskommunikation och kontorsteknik" in service
    )


def test_job_ad_nests_the_commission_bands(built_site: Path) -> None:
    html = (built_site / "roller" / "kundtjanstchef" / "platsannons" / "index.html").read_text(
        "utf-8"
    )
    # the bands are a list inside the commission's item
    commission = re.search(r"<li>Provision på affärens belopp\.[^<]*<ul>(.*?)</ul>", html, re.S)
    assert commission, "no list under the commission line"
    bands = re.findall(r"<li>(.*?)</li>", commission.group(1))
    assert [unescape(band).replace(NBSP, " ") for band in bands] == [
        "3 % på de första 20 000 kr",
        "6 % på det som överstiger 20 000 kr",
    ]
    # the plain text to copy indents them the same way
    data = json.loads(unescape(re.search(r'data-rg-jobad="([^"]*)"', html).group(1)))
    assert (
        "• Provision på affärens belopp. "
        "Varje del av affären får satsen för det band delen hamnar i, som skattesteg.\n"
        "  – 3 % på de första 20 000 kr\n"
        "  – 6 % på det som överstiger 20 000 kr\n"
    ) in data["text"].replace(NBSP, " ")


def test_registers_list_the_roles_that_need_each_term(built_site: Path) -> None:
    skills = text(built_site, "register/fardigheter")
    # only the sales manager recruits; every role negotiates
    assert (
        "Rekrytering Tar fram kravprofiler, intervjuar och väljer medarbetare. "
        "Roller som kräver det: Försäljningschef." in skills
    )
    assert "Roller som kräver det: Försäljningschef, Key Account Manager, Kundtjänstchef." in skills
    areas = text(built_site, "register/ansvarsomraden")
    # KAM 2.5 and 2.13, kundtjänstchef 2.2 (reliability and solvency), sales manager 2.9
    assert (
        "Roller med uppgifter här: Försäljningschef (2.9), Key Account Manager (2.5, 2.13), "
        "Kundtjänstchef (2.2)." in areas
    )


def test_the_registers_have_a_front_page(built_site: Path) -> None:
    html = (built_site / "register" / "index.html").read_text("utf-8")
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    links = re.findall(r'<a href="([^"#]+)">', article)
    assert links == ["fardigheter/", "egenskaper/", "ansvarsomraden/", "ordlista/"]
    vocabulary = yaml.safe_load((DATA_DIR / "vocabulary.yml").read_text("utf-8"))
    glossary = yaml.safe_load((DATA_DIR / "glossary.yml").read_text("utf-8"))
    counts = [len(vocabulary[kind]) for kind in ("skills", "qualities", "duty_areas")]
    counts.append(len(glossary["terms"]))
    assert re.findall(r"(\d+) poster", text(built_site, "register")) == [str(n) for n in counts]
    # the section "Register" in the navigation opens this page
    start = (built_site / "index.html").read_text("utf-8")
    assert re.search(r'<a href="register/" class="md-nav__link', start)


def test_role_pages_link_to_the_registers_and_back(built_site: Path) -> None:
    html = (built_site / "roller" / "kundtjanstchef" / "index.html").read_text("utf-8")
    assert 'href="../../register/fardigheter/#kontorsvana"' in html
    assert 'href="../../register/egenskaper/#sallskaplig"' in html
    assert 'href="../../register/ansvarsomraden/#kredit"' in html
    register = (built_site / "register" / "fardigheter" / "index.html").read_text("utf-8")
    assert 'id="kontorsvana"' in register
    assert 'href="../../roller/kundtjanstchef/"' in register


def test_glossary_terms_are_explained_on_hover_everywhere(built_site: Path) -> None:
    glossary = yaml.safe_load((DATA_DIR / "glossary.yml").read_text("utf-8"))["terms"]
    kam = next(term for term in glossary if term["term"] == "KAM")
    for page in ("roller/key-account-manager", "jamfor/key-account-manager-vs-forsaljningschef"):
        html = (built_site / page / "index.html").read_text("utf-8")
        assert f'<abbr title="{kam["expansion"]}">KAM</abbr>' in html
    listing = text(built_site, "register/ordlista")
    for term in glossary:
        assert term["term"] in listing and term["expansion"] in listing


def test_job_ad_markdown_reads_as_written(built_site: Path) -> None:
    # the downloaded Markdown escapes the placeholder's brackets as a person would, and
    # the page shows the same text without the backslashes
    closing = (
        "Välkommen med din ansökan! "
        "[Skriv in kontaktperson, sista ansökningsdag och hur man söker.]"
    )
    page = "roller/kundtjanstchef/platsannons"
    html = (built_site / page / "index.html").read_text("utf-8")
    data = json.loads(unescape(re.search(r'data-rg-jobad="([^"]*)"', html).group(1)))
    assert closing.replace("[", "\\[").replace("]", "\\]") in data["markdown"]
    assert "&#" not in data["markdown"]
    assert closing in text(built_site, page)
