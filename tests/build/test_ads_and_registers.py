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
    # without highlighted duties, the ad lists the role's first duties
    other = text(fixture_site, "roller/innesaljare/platsannons")
    assert "Dina arbetsuppgifter Ringer upp nya kunder. Bokar möten åt den kundansvariga." in other


def test_job_ad_has_every_part_of_a_swedish_ad_in_order(fixture_site: Path) -> None:
    ad = text(fixture_site, "roller/kundansvarig/platsannons")
    headings = [
        "Kundansvarig till Provbolaget AB", "Om oss", "Om rollen", "Dina arbetsuppgifter",
        "Vi söker dig som", "Meriterande", "Personliga egenskaper", "Vi erbjuder",
        "Anställningsvillkor", "Ansökan",
    ]  # fmt: skip
    positions = [ad.index(heading) for heading in headings]
    assert positions == sorted(positions)
    assert "Om oss Provbolaget AB säljer kontorsmaterial till företag." in ad
    assert "Om rollen Provbolaget AB söker nu en kundansvarig till säljavdelningen." in ad


def test_job_ad_facts_come_from_the_organisation_the_role_or_a_placeholder(
    fixture_site: Path,
) -> None:
    # the fixture's organisation gives about us, the employment, the place, the start and how
    # to apply; the kundansvarig gives its own place, last day and contact; nobody gives
    # what we offer, the agreement, the selection or the union contacts
    ad = text(fixture_site, "roller/kundansvarig/platsannons")
    assert (
        "Vi erbjuder [Fyll i: vad vi erbjuder] Kollektivavtal: [Fyll i: kollektivavtal] "
        "Anställningsvillkor"
    ) in ad
    assert (
        "Anställningsform: Tillsvidareanställning som inleds med sex månaders provanställning "
        "Omfattning: Heltid Ort: Malmö Resor: Kundbesök i Skåne några dagar i veckan. "
        "Tillträde: Enligt överenskommelse Lön:"
    ) in ad
    assert (
        "Ansökan Sök via vår webbplats med cv och personligt brev. Sista ansökningsdag: "
        "2027-01-31. [Fyll i: hur urvalet går till] Vi frågar inte om din nuvarande eller "
        "tidigare lön. Lönen för tjänsten står under Anställningsvillkor. Frågor om tjänsten: "
        "Försäljningschefen, telefon 031-10 00 00. Fackliga kontaktpersoner: "
        "[Fyll i: fackliga kontaktpersoner]"
    ) in ad
    # the teamledare keeps the organisation's place, and has no last day or contact
    leader = text(fixture_site, "roller/teamledare/platsannons")
    assert "Ort: Göteborg" in leader
    assert "Resor:" not in leader  # the role names no travel
    assert "Sista ansökningsdag: [Fyll i: sista ansökningsdag]." in leader
    assert "Frågor om tjänsten: [Fyll i: kontaktperson]" in leader
    # and each missing fact is on the worklist, with the ad it belongs to
    worklist = (fixture_site / "om-rollguiden" / "att-granska" / "index.html").read_text("utf-8")
    worklist_text = " ".join(unescape(re.sub(r"<[^>]+>", " ", worklist)).split())
    assert (
        "Platsannonser att komplettera" in worklist_text
        and "Kundansvarig: platsannonsen saknar vad vi erbjuder, kollektivavtal, hur urvalet "
        "går till och fackliga kontaktpersoner"
        in worklist_text
    )
    assert (
        "Teamledare: platsannonsen saknar varför arbetet kräver språket, vad vi erbjuder, "
        "kollektivavtal, sista ansökningsdag, hur urvalet går till, kontaktperson och "
        "fackliga kontaktpersoner" in worklist_text
    )
    assert 'href="../../roller/kundansvarig/platsannons/"' in worklist


def test_job_ad_requirements_are_few_and_checkable(fixture_site: Path) -> None:
    # education, experience, each required language with its level and why the work needs
    # it, and the first skills, at most five; then the merits, and three qualities as
    # behaviour
    ad = text(fixture_site, "roller/kundansvarig/platsannons")
    assert (
        "Vi söker dig som Har högskoleexamen, gärna inom ekonomi eller marknadsföring "
        "(erfarenhet kan väga upp för utbildning) "
        "Har minst 2 års erfarenhet av försäljning "
        "Har goda kunskaper i engelska eller ett annat språk, eftersom kunderna "
        "finns i hela Norden "
        # a skill the vocabulary phrases for ads (in_ad), then the others by name
        "Är van att förhandla villkor med kunder Har goda kunskaper i säljteknik "
        "Meriterande Kurs i förhandling Erfarenhet av CRM"
    ) in ad
    # (the glossary's term CRM stands in a tag of its own: the words resume after it)
    assert (
        "Tyska (samtalsnivå) Personliga egenskaper Driven: tar initiativ. Lyhörd: förstår hur "
        "andra tänker. Analytisk: ser mönster i siffror. Vi erbjuder"
    ) in ad
    # a required language without its reason: the draft asks for it
    leader = text(fixture_site, "roller/teamledare/platsannons")
    # a manager's commission is on the department's deals, not "dina affärer"
    assert "provision på täckningsbidraget i avdelningens affärer, 2 %" in leader
    assert (
        "Har goda kunskaper i engelska, eftersom [Fyll i: varför arbetet kräver språket]" in leader
    )
    # the kundrådgivare asks no experience (min_years: 0)
    adviser = text(fixture_site, "roller/kundradgivare/platsannons")
    assert "Har gymnasieutbildning Kan börja utan tidigare erfarenhet" in adviser


def test_job_ad_gives_the_pay_in_one_sentence_with_the_range(fixture_site: Path) -> None:
    # the kundansvarig: 35 000–50 000 a month, 10 %, 15 % and 5 % by the deal's band, no
    # cap, the commission falling with attainment below the plan (its below_plan rule); at
    # plan four deals of 100 000 at 10 % on 40 000: 80 000 a month
    ad = text(fixture_site, "roller/kundansvarig/platsannons")
    assert (
        "Lön: grundlön 35 000–50 000 kr i månaden och provision på dina affärers belopp, "
        "5–15 % beroende på affärens storlek, utan tak; under planen multipliceras provisionen "
        "med måluppfyllelsen, så att den vid halva planen blir en fjärdedel av provisionen vid "
        "planen; vid 100 % av planen blir lönen i vårt exempel 80 000 kr i "
        "månaden."
    ) in ad
    # a role without a pay model: the pay is a fact to give
    assert "Lön: [Fyll i: lön]" in text(fixture_site, "roller/innesaljare/platsannons")


def test_no_job_ad_asks_for_the_applicants_pay_history(fixture_site: Path) -> None:
    # the pay transparency directive (2023/970, art. 5): every ad says it does not ask, and
    # nothing in it asks for a pay slip or the present pay
    for role in ("kundansvarig", "kundradgivare", "teamledare", "innesaljare"):
        ad = text(fixture_site, f"roller/{role}/platsannons")
        application = ad.split("Ansökan", 1)[1]
        assert "Vi frågar inte om din nuvarande eller tidigare lön." in application
        assert ad.count("nuvarande") == 1 and "lönespecifikation" not in ad
        assert "lönehistorik" not in ad


def test_job_ad_example_marks_stand_under_headings_not_in_them(fixture_site: Path) -> None:
    # the kundansvarig's pay model is an example: the terms carry the mark, on a line of its
    # own, and the table of contents shows the heading's words alone
    html = (fixture_site / "roller" / "kundansvarig" / "platsannons" / "index.html").read_text(
        "utf-8"
    )
    heading = re.search(r"<h2[^>]*>Anställningsvillkor.*?</h2>\s*(<p>.*?</p>)", html, re.S)
    assert heading, "no terms heading"
    assert "rg-example-badge" not in heading.group(0).split("</h2>")[0]
    assert 'class="rg-example-badge"' in heading.group(1)
    contents = html.split('<nav class="md-nav md-nav--secondary"', 1)[1].split("</nav>", 1)[0]
    assert "Anställningsvillkor" in contents and "rg-example-badge" not in contents
    assert (
        "Anställningsvillkor [Exempel att granska]"
        in job_ad_data(fixture_site, "kundansvarig")["text"]
    )


def test_registers_list_the_roles_that_need_each_term(fixture_site: Path) -> None:
    skills = text(fixture_site, "register/fardigheter")
    # only the teamledare leads; the kundansvarig and the teamledare negotiate; no one budgets
    assert "Ledarskap Att leda och utveckla ett team. Roller som kräver den: teamledare." in skills
    assert "Förhandling Att nå avtal som båda parter kan leva med. " in skills
    assert "Roller som kräver den: kundansvarig, teamledare. Kundservice" in skills
    assert "Budget Att planera och följa upp pengar. Ingen roll kräver den ännu." in skills
    # a register is read alphabetically, not in the vocabulary file's order
    html = (fixture_site / "register" / "fardigheter" / "index.html").read_text("utf-8")
    headings = re.findall(r'<h2 id="[^"]+">([^<]+)<', html)
    assert headings == [
        "Budget",
        "Förhandling",
        "Kundservice",
        "Kundsystem",
        "Ledarskap",
        "Säljteknik",
    ]
    qualities = text(fixture_site, "register/egenskaper")
    assert (
        "Driven Tar initiativ. Roller som kräver den: innesäljare, kundansvarig, teamledare."
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
    # the downloaded Markdown escapes a placeholder's brackets as a person would, and the
    # page shows the same text without the backslashes
    placeholder = "Sista ansökningsdag: [Fyll i: sista ansökningsdag]."
    data = job_ad_data(fixture_site, "kundradgivare")
    assert placeholder.replace("[", "\\[").replace("]", "\\]") in data["markdown"]
    assert "&#" not in data["markdown"]
    assert placeholder in text(fixture_site, "roller/kundradgivare/platsannons")


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
