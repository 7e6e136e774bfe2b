"""A real `mkdocs build --strict` of the tests' own organisation (tests/fixtures/data) into a
temp folder, checked through the HTML a reader gets."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
import yaml
from test_organisation_data import (
    assert_every_role_has_its_pages,
    assert_internal_links_resolve,
    assert_nothing_loaded_from_outside,
    parse_links,
)

from helpers import (
    FIXTURE_DATA_DIR,
    copy_fixture_data,
    edit,
    fixture_config,
    run_mkdocs_build,
)

REPO_EDIT_URL = "https://git.intranet.example/rollguiden/rollguiden/edit/main/"
NBSP = "\u00a0"
FIXTURE_ROLE_IDS = sorted(path.stem for path in (FIXTURE_DATA_DIR / "roles").glob("*.yml"))
"""Every role of the tests' own organisation."""


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text("utf-8")


def article_text(site: Path, path: str) -> str:
    """The page's article as a reader sees it: tags gone, references decoded, one space."""
    article = page(site, path).split("<article", 1)[1].split(">", 1)[1]
    article = article.split("</article>", 1)[0]
    article = re.sub(r'<a class="headerlink".*?</a>', "", article)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", article)).replace(NBSP, " ").split())


YEAR_HEADING = "Ett år vid 100 % av planen"
YEAR_HEADINGS = (YEAR_HEADING, "Ett år med fyra typiska affärer i månaden")  # without a plan
YEAR_END = "Räkna med egna affärer i provisionskalkylatorn"


def role_marks(text: str) -> int:
    """The "Exempel att granska" marks of the role's own facts: the example year is left
    out, since its marks belong to the organisation's pay rules (the pension example)."""
    for heading in YEAR_HEADINGS:
        if heading in text:
            before, rest = text.split(heading, 1)
            text = before + rest.split(YEAR_END, 1)[1]
    return text.count("Exempel att granska")


def role_yaml(role_id: str) -> dict:
    return yaml.safe_load((FIXTURE_DATA_DIR / "roles" / f"{role_id}.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def project_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tests' own organisation with its data folder inside the project, where data/ lies
    in a checkout (so its pages get edit links), with the kundansvarig's reporting line and
    authorities marked as examples besides its pay, and the teamledare (an example role)
    naming its pay as an example field too."""
    project = tmp_path_factory.mktemp("projekt")
    config = fixture_config(project)
    data = copy_fixture_data(project)
    edit(
        data / "roles" / "kundansvarig.yml",
        "example_fields: [pay]",
        "example_fields: [reporting, rights, pay]",
    )
    # an example role that also names example fields: still one notice, on top
    edit(
        data / "roles" / "teamledare.yml",
        "  basis: example",
        "  basis: example\n  example_fields: [pay]",
    )
    result = run_mkdocs_build(project / "site", data, config)
    assert result.returncode == 0, result.stderr
    return project / "site"


def test_every_role_has_its_pages_under_its_title(fixture_site: Path) -> None:
    assert len(FIXTURE_ROLE_IDS) >= 4
    assert_every_role_has_its_pages(fixture_site, FIXTURE_DATA_DIR)
    assert "<title>Kundansvarig - Rollguiden</title>" in page(fixture_site, "roller/kundansvarig")


@pytest.mark.parametrize(
    ("role_id", "duties", "rights", "goals"),
    [
        ("kundansvarig", 8, 3, 2),
        ("innesaljare", 2, 1, 0),
    ],
)
def test_duties_authorities_and_goals_are_numbered_by_section(
    fixture_site: Path, role_id: str, duties: int, rights: int, goals: int
) -> None:
    html = page(fixture_site, f"roller/{role_id}")
    numbers = re.findall(r'<span class="rg-num">(\d+\.\d+)</span>', html)
    for n in range(1, duties + 1):
        assert f"2.{n}" in numbers, f"2.{n}"
    assert f"2.{duties + 1}" not in numbers
    assert [n for n in numbers if n.startswith("3.")] == [f"3.{n}" for n in range(1, rights + 1)]
    assert [n for n in numbers if n.startswith("4.")] == [f"4.{n}" for n in range(1, goals + 1)]


def test_every_duty_number_of_every_role_is_on_its_page(fixture_site: Path) -> None:
    for role_id in FIXTURE_ROLE_IDS:
        html = page(fixture_site, f"roller/{role_id}")
        for duty in role_yaml(role_id)["duties"]:
            # once grouped by area and once in number order
            number = duty["number"]
            assert html.count(f'<span class="rg-num">2.{number}</span>') == 2, (role_id, number)


def test_the_profile_shows_the_role_data_and_the_organisations_framework(
    fixture_site: Path,
) -> None:
    text = article_text(fixture_site, "roller/kundansvarig")
    assert "2.2 Bedömer kundernas kreditvärdighet." in text
    # the key clients' shares as ranges
    assert "Andel av intäkterna per nyckelkund 10–20 %" in text
    assert "Nyckelkundernas andel av vinsten 70–80 %" in text
    # an authority with its limit in figures, the goals with their follow-up, the conditions
    assert "3.1 Beviljar rabatter inom fastställda ramar (upp till 10 %)." in text
    assert (
        "Mål och uppföljning 4.1 Försäljning mot plan – Månadens försäljning delad med planen. "
        "4.2 Kundernas lönsamhet Försäljningen följs upp varje månad med teamledaren." in text
    )
    assert (
        "Särskilda villkor Arbetsplats Kontoret i Malmö och hos kunderna. Resor Kundbesök i "
        "Skåne några dagar i veckan. Körkort (B)." in text
    )
    assert "I arbetet gäller: Företagets försäljningspolicy. Denna arbetsbeskrivning." in text
    # the bare title as a subject ("Kundansvarig har rätt att") is not Swedish; the profile
    # speaks of the role, and has no Russian liability section
    for intro in ("I rollen ingår följande arbetsuppgifter:", "Rollen har följande befogenheter:"):
        assert intro in text
    for russian in ("har rätt att", "ansvarar för:", "Ansvar 4.", "skadeståndslagen"):
        assert russian not in text, russian
    # nothing for the editors: no file name, no word of the data
    for editor_text in ("Källfil", "data/roles", "kommer från en enda fil", "rolldatan"):
        assert editor_text not in text, editor_text


def test_the_profile_follows_the_job_descriptions_order_with_one_list_per_concern(
    fixture_site: Path,
) -> None:
    html = page(fixture_site, "roller/kundansvarig")
    headings = [
        (int(level), unescape(re.sub(r"<[^>]+>", "", text)).replace("¶", "").strip())
        for level, text in re.findall(r"<h([23])[^>]*>(.*?)</h\1>", html, re.S)
    ]
    h2 = [text for level, text in headings if level == 2]
    # the arbetsbeskrivning's order: the work, what it answers for and decides, the goals,
    # the kravprofil; then the pay in one section
    order = ["Arbetsuppgifter", "Ansvar och befogenheter", "Mål och uppföljning", "Kravprofil"]
    assert [text for text in h2 if text in order] == order
    assert h2.index("Kravprofil") < h2.index("Lön och ersättning") < h2.index("Karriär")

    def under(parent: str) -> list[str]:
        start = headings.index((2, parent)) + 1
        following = [i for i in range(start, len(headings)) if headings[i][0] == 2]
        return [text for _, text in headings[start : following[0]]]

    # the main tasks in brief and every duty: one section, not two lists side by side
    assert under("Arbetsuppgifter") == ["I korthet", "Alla arbetsuppgifter"]
    assert under("Ansvar och befogenheter") == ["Resultatansvar", "Befogenheter"]
    assert "Lönemodell" in under("Lön och ersättning")
    for gone in ("Huvuduppgifter", "Kompetenser"):
        assert gone not in [text for _, text in headings]
    # the competences read with the skills, under one heading
    text = article_text(fixture_site, "roller/kundansvarig")
    skills = text.split("Färdigheter", 1)[1].split("Språk", 1)[0]
    assert "I rollen ska man dessutom kunna: Strategiskt tänkande. Kunskap om kundens bransch." in (
        skills
    )
    pay = text.split("Lön och ersättning", 1)[1].split("Lönemodell", 1)[0]
    assert "Fast grundlön och provision på affärerna." in pay


def test_all_internal_links_resolve(fixture_site: Path) -> None:
    assert_internal_links_resolve(fixture_site)


def test_role_pages_link_to_each_other(fixture_site: Path) -> None:
    def role_links(role_id: str) -> set[str]:
        html = page(fixture_site, f"roller/{role_id}")
        article = html.split("<article", 1)[1].split("</article>", 1)[0]
        return set(re.findall(r'href="\.\./([a-z-]+)/"', article))

    # the kundansvarig reports to the teamledare and leads the innesäljare
    assert role_links("kundansvarig") == {"teamledare", "innesaljare"}
    # the teamledare reports to no role, and leads the kundansvarig and the kundrådgivare
    assert role_links("teamledare") == {"kundansvarig", "kundradgivare"}
    assert role_links("innesaljare") == {"kundansvarig"}


def test_edit_link_opens_the_roles_yaml(project_site: Path) -> None:
    for role_id in FIXTURE_ROLE_IDS:
        links = parse_links(page(project_site, f"roller/{role_id}")).links
        edit_links = [link for link in links if "/edit/" in link]
        assert edit_links == [f"{REPO_EDIT_URL}data/roles/{role_id}.yml"], role_id


def test_nothing_is_loaded_from_outside_the_site(fixture_site: Path) -> None:
    assert_nothing_loaded_from_outside(fixture_site)


def test_theme_is_swedish_and_search_is_swedish(fixture_site: Path) -> None:
    assert '<html lang="sv"' in page(fixture_site, "")
    index = json.loads((fixture_site / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == ["sv"]
    docs = [doc for doc in index["docs"] if doc["location"].startswith("roller/kundansvarig/")]
    assert any("kreditvärdighet" in doc["text"] for doc in docs)


def test_start_page_has_a_card_per_role_and_the_overview_lists_them(fixture_site: Path) -> None:
    home = page(fixture_site, "")
    overview = page(fixture_site, "roller")
    for role_id in FIXTURE_ROLE_IDS:
        assert f'href="roller/{role_id}/"' in home
        assert f'href="{role_id}/"' in overview
    assert home.count('class="grid cards rg-role-cards"') == 1
    # a role that is an example as a whole says so on its card and in the overview, and the
    # overview gives each job description's status
    home_text = article_text(fixture_site, "")
    cards = home_text.split("Roller", 1)[1]
    assert "Kundrådgivaren" in cards  # its summary
    example_roles = [
        role_id
        for role_id in FIXTURE_ROLE_IDS
        if role_yaml(role_id)["provenance"]["basis"] == "example"
    ]
    assert cards.count("Exempel att granska") == len(example_roles) == 3
    listing = article_text(fixture_site, "roller")
    # under each title, its job description's status
    assert "Kundansvarig (KA) Arbetsbeskrivning: fastställd Specialist" in listing
    assert "Teamledare Exempel att granska Arbetsbeskrivning: utkast" in listing
    assert "Innesäljare Exempel att granska Arbetsbeskrivning: under granskning" in listing


def test_start_page_leads_to_the_four_tools(fixture_site: Path) -> None:
    home = page(fixture_site, "")
    tools = home.split('class="grid cards rg-tool-cards"', 1)[1].split("</div>", 1)[0]
    assert re.findall(r'<a href="([^"]+)">', tools) == [
        "jamfor/",
        "passar-jag/",
        "provisionskalkylator/",
        "nyckelkundsanalys/",
    ]


def test_an_example_role_is_flagged_once_and_a_source_role_per_example_section(
    fixture_site: Path, project_site: Path
) -> None:
    # roles written as examples: one notice on top for the whole role, none per section
    for role_id in ("teamledare", "kundradgivare", "innesaljare"):
        assert role_yaml(role_id)["provenance"]["basis"] == "example"
        text = article_text(fixture_site, f"roller/{role_id}")
        assert role_marks(text) == 1, role_id
        assert text.index("Exempel att granska") < text.index(role_yaml(role_id)["summary"])
    assert role_marks(article_text(project_site, "roller/teamledare")) == 1
    # the kundansvarig builds on the source; only its pay model is an example
    text = article_text(fixture_site, "roller/kundansvarig")
    assert role_marks(text) == 1
    pay_section = text.split("Lönemodell", 1)[1].split("Exempelmånader", 1)[0]
    assert "Exempel att granska" in pay_section
    # the year at plan marks the fixture's pension rule, an example, on its row and its source
    year = text.split(YEAR_HEADING, 1)[1].split(YEAR_END, 1)[0]
    assert year.count("Exempel att granska") == 2
    # with its reporting line and authorities marked too: a notice over the authorities and
    # the pay model, the pill on the fact card "Rapporterar till" and on the two rows of the
    # reporting line (reports to, deputy)
    flagged = article_text(project_site, "roller/kundansvarig")
    assert role_marks(flagged) == 5
    cards = flagged.split("Kategori", 1)[1].split("Rollen i organisationen", 1)[0]
    assert cards.count("Exempel att granska") == 1
    assert (
        "Exempel att granska"
        in flagged.split("Rollen i organisationen", 1)[1].split("Styrande dokument", 1)[0]
    )
    authorities = flagged.split("Befogenheter ", 1)[1].split("Mål och uppföljning", 1)[0]
    assert "Exempel att granska" in authorities


def test_an_address_that_leads_nowhere_gets_a_swedish_page_with_a_way_on(
    fixture_site: Path,
) -> None:
    html = (fixture_site / "404.html").read_text("utf-8")
    assert "<h1>Sidan finns inte</h1>" in html and "Not found" not in html
    # absolute links: the page is served for any missing address, at any depth
    assert '<a href="/">Till startsidan</a>' in html
    assert '<a href="/roller/">Alla roller</a>' in html
    assert '<html lang="sv"' in html


def test_the_theme_speaks_as_we_do_in_the_header_and_search(fixture_site: Path) -> None:
    html = (fixture_site / "index.html").read_text("utf-8")
    # the theme's own Swedish for these reads as machine words ("Initialiserar sök",
    # a repository called a "datakatalog"): hooks/theme/partials/languages/custom.html
    assert "Initialiserar" not in html and "datakatalog" not in html
    assert "Sökningen förbereds …" in html
    assert 'title="Filerna bakom Rollguiden på företagets Git-server (för redaktörer)"' in html
    assert '<html lang="sv"' in html
    # the strings the theme's script reads at search time come from the same file
    config = json.loads(re.search(r'id="__config"[^>]*>(.*?)</script>', html, re.S).group(1))
    assert config["translations"]["search.result.placeholder"] == "Skriv vad du söker"
    assert config["translations"]["search.result.none"] == "Inga sökresultat"
