"""The comparison pages in the site of the tests' own organisation: the matrix holds every
role's values, the featured pages their introduction and the computed differences."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
import yaml

from helpers import (
    FIXTURE_DATA_DIR,
    copy_fixture_data,
    fixture_config,
    run_mkdocs_build,
)

NBSP = "\u00a0"


def html_of(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text("utf-8")


def text_of(html: str) -> str:
    """What a reader sees of `html`: tags and heading anchors gone, references decoded."""
    html = re.sub(r'<a class="headerlink".*?</a>', "", html)
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace(NBSP, " ").split())


def matrix_rows(html: str) -> dict[str, list[str]]:
    """Dimension label → the text of each role's cell, from the first matrix on the page."""
    table = html.split('<table class="rg-matrix">', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    rows = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, flags=re.S):
        header = re.search(r"<th[^>]*>(.*?)</th>", row, flags=re.S).group(1)
        label = unescape(re.sub(r"<span.*", "", header)).strip()
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        rows[label] = [text_of(cell) for cell in cells]
    return rows


def role_yaml(role_id: str) -> dict:
    return yaml.safe_load((FIXTURE_DATA_DIR / "roles" / f"{role_id}.yml").read_text("utf-8"))


@pytest.fixture(scope="module")
def three_comparisons_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tests' own organisation with a third featured comparison, teamledare against
    kundansvarig, so that the teamledare takes part in two."""
    folder = tmp_path_factory.mktemp("tre-jamforelser")
    data = copy_fixture_data(folder)
    path = data / "comparisons.yml"
    comparisons = yaml.safe_load(path.read_text("utf-8"))
    comparisons["comparisons"].append(
        {
            "roles": ["teamledare", "kundansvarig"],
            "title": "Teamledare eller kundansvarig?",
            "intro": ["Båda följs upp på sina KPI varje månad."],
        }
    )
    path.write_text(yaml.safe_dump(comparisons, allow_unicode=True), "utf-8")
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    return folder / "site"


def test_matrix_has_every_role_and_its_values(fixture_site: Path) -> None:
    html = html_of(fixture_site, "jamfor")
    head = html.split("<thead>", 1)[1].split("</thead>", 1)[0]
    # roles in Swedish alphabetical order of their titles
    titles = ["Innesäljare", "Kundansvarig", "Kundrådgivare", "Teamledare"]
    assert re.findall(r'<a href="[^"]+">([^<]+)</a>', head) == titles
    rows = matrix_rows(html)
    assert "Antal arbetsuppgifter" not in rows  # a count of duties says nothing of a role
    # 100 % of plan: kundansvarig 4 deals of 100 000 at 10 % = 40 000 + 40 000 base;
    # kundrådgivare (no plan: four typical deals) 4 × 20 000 at 5 % = 4 000 + 30 000 base;
    # teamledare 10 deals with 25 000 margin at 2 % = 5 000 + 50 000 base; innesäljare none.
    # The kundansvarig's pay model is an example field: its cell says so (the other two are
    # examples as whole roles, marked once in their column's heading)
    assert rows["Månadslön vid 100 % av planen"] == [
        "–",
        "80 000 kr Exempel att granska",
        "34 000 kr",
        "55 000 kr",
    ]
    assert rows["Kategori"] == ["Specialist", "Specialist", "Specialist", "Chef"]
    order = ["innesaljare", "kundansvarig", "kundradgivare", "teamledare"]
    for role_id, cell in zip(order, rows["Syfte och fokus"], strict=True):
        assert cell == " ".join(role_yaml(role_id)["focus"].split())
    # a manager that is a role by its title; one that is not, as the role file words it
    assert rows["Rapporterar till"] == [
        "Kundansvarig",
        "Teamledare",
        "Teamledare",
        "Verkställande direktören",
    ]
    assert rows["Erfarenhet"][2] == "Ingen erfarenhet krävs"


def test_rows_that_differ_are_marked_in_words_too(fixture_site: Path) -> None:
    html = html_of(fixture_site, "jamfor/kundradgivare-vs-teamledare")
    marked = re.findall(r'<tr class="rg-differs"><th scope="row">([^<]+)', html)
    assert "Kategori" in marked  # specialist against chef
    assert "Ansvarsområden" in marked  # försäljning and service against försäljning, ledning
    assert html.count("(skiljer sig)") == len(marked)


def test_featured_pages_hold_their_introduction_and_the_differences(fixture_site: Path) -> None:
    comparisons = yaml.safe_load((FIXTURE_DATA_DIR / "comparisons.yml").read_text("utf-8"))
    assert len(comparisons["comparisons"]) >= 2
    for featured in comparisons["comparisons"]:
        page = "jamfor/" + "-vs-".join(featured["roles"])
        html = html_of(fixture_site, page)
        text = text_of(html)
        assert "<h1 id=" in html and featured["title"] in text
        for paragraph in featured["intro"]:
            assert " ".join(paragraph.split()) in text
        assert "Skillnader punkt för punkt" in text
        assert f'href="../?roller={",".join(featured["roles"])}"' in html


def test_the_differences_are_worked_out_from_the_roles(fixture_site: Path) -> None:
    text = text_of(html_of(fixture_site, "jamfor/kundradgivare-vs-teamledare"))
    assert "Vad skiljer en kundrådgivare från en teamledare?" in text
    assert (
        "Utbildning: gymnasieutbildning jämfört med högskoleexamen. "
        "Kravet är högre i rollen som teamledare." in text
    )
    # the kundrådgivare asks no experience (min_years: 0), the teamledare three years
    assert (
        "Erfarenhet: inget krav jämfört med minst 3 år. Kravet är högre i rollen som teamledare."
        in text
    )
    assert "Färdigheter Gemensamt inga Bara kundrådgivare Kundservice" in text
    assert "Personliga egenskaper Gemensamt Lyhörd Bara kundrådgivare Noggrann" in text
    assert (
        "Månadslön vid 100 % av planen: 34 000 kr jämfört med 55 000 kr. "
        "Rollen som teamledare ger 21 000 kr mer i månaden." in text
    )
    # a year of typical months under the fixture's rules: 569 316 and 934 348, the
    # kundrådgivare's by the percentage rule (4 000 of 34 000 a month is variable: 11,76 %),
    # the teamledare's by the same-salary rule (5 000 of 55 000: 9,09 %), worked out in
    # tests/browser/test_compare_picker.py, COLUMNS
    assert (
        "Arbetsgivarens kostnad för ett år vid 100 % av planen: 569 316 kr jämfört med "
        "934 348 kr. Rollen som teamledare kostar arbetsgivaren 365 032 kr mer per år. "
        "Semesterlönen beräknas enligt procentregeln för kundrådgivare och enligt "
        "sammalöneregeln för teamledare: den rörliga lönen är 11,76 % respektive 9,09 % av den "
        "sammanlagda lönen, och vid minst 10 % gäller procentregeln." in text
    )
    # the innesäljare has no pay model: no figure to compare, and no cost either
    other = text_of(html_of(fixture_site, "jamfor/kundansvarig-vs-innesaljare"))
    assert "Lön En av rollerna saknar lönemodell." in other
    assert "Arbetsgivarens kostnad för ett år" not in other
    assert (
        "Erfarenhet: minst 2 år jämfört med minst 1 år. Kravet är högre i rollen som kundansvarig."
        in other
    )


def test_role_pages_link_to_their_comparisons(fixture_site: Path) -> None:
    html = html_of(fixture_site, "roller/kundradgivare")
    assert 'href="../../jamfor/kundradgivare-vs-teamledare/"' in html
    assert 'href="../../jamfor/?roller=kundradgivare"' in html


def test_a_role_in_two_featured_comparisons_links_both_in_their_order(
    three_comparisons_site: Path,
) -> None:
    html = html_of(three_comparisons_site, "roller/teamledare")
    section = html.split('id="jamfor-rollen"', 1)[1].split("<h2", 1)[0]
    assert re.findall(r'href="(\.\./\.\./jamfor/[^"]*)"', section) == [
        "../../jamfor/kundradgivare-vs-teamledare/",
        "../../jamfor/teamledare-vs-kundansvarig/",
        "../../jamfor/?roller=teamledare",
    ]
    # a glossary term in a comparison's introduction is explained on hover there too
    page = html_of(three_comparisons_site, "jamfor/teamledare-vs-kundansvarig")
    assert '<abbr title="Nyckeltal (key performance indicator)">KPI</abbr>' in page


# ---- past the organisation's limit of roles side by side -------------------------------

# The department tables' columns, and each fixture role's row worked out from its file (as
# tests/browser/test_compare_picker.py's COLUMNS): classification, education, experience,
# number of duties, the typical month at 100 % of the plan.
EXAMPLE = "Exempel att granska"
SUMMARY_ROWS = {
    "Säljavdelningen": [
        [f"Innesäljare {EXAMPLE}", "Specialist", "Gymnasieutbildning",
         "Minst 1 år inom försäljning eller kundservice", "–"],
        ["Kundansvarig", "Specialist", "Högskoleexamen, gärna inom ekonomi eller marknadsföring",
         "Minst 2 år inom försäljning", f"80 000 kr {EXAMPLE}"],
        [f"Teamledare {EXAMPLE}", "Chef", "Högskoleexamen", "Minst 3 år inom försäljning",
         "55 000 kr"],
    ],
    "Kundavdelningen": [
        [f"Kundrådgivare {EXAMPLE}", "Specialist", "Gymnasieutbildning",
         "Ingen erfarenhet krävs", "34 000 kr"],
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def grouped_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The tests' own four roles, with the organisation's limit of roles side by side at 3."""
    folder = tmp_path_factory.mktemp("per-avdelning")
    data = copy_fixture_data(folder)
    with (data / "organisation.yml").open("a", encoding="utf-8") as organisation:
        organisation.write("\ncomparison_matrix_max_roles: 3\n")
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    return folder / "site"


def summary_tables(html: str) -> dict[str, list[list[str]]]:
    """Each department's table, by its heading: the rows, as a reader sees their cells."""
    tables = {}
    for heading, table in re.findall(
        r"<h3[^>]*>(.*?)</h3>\s*<div[^>]*>\s*<table class=\"rg-matrix rg-summary-table\">"
        r"(.*?)</table>",
        html,
        flags=re.S,
    ):
        body = table.split("<tbody>", 1)[1]
        tables[text_of(heading)] = [
            [text_of(cell) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", body, flags=re.S)
        ]
    return tables


def test_past_the_limit_the_roles_stand_by_department(grouped_site: Path) -> None:
    html = html_of(grouped_site, "jamfor")
    # no matrix of every role: a table per department that has roles, in the file's order
    assert '<table class="rg-matrix">' not in html
    assert summary_tables(html) == SUMMARY_ROWS
    header = re.search(r"<table class=\"rg-matrix rg-summary-table\">.*?</thead>", html, re.S)
    assert text_of(header.group(0)).endswith(
        "Roll Kategori Utbildning Erfarenhet Månadslön vid 100 % av planen"
    )
    text = text_of(html)
    assert "Företaget har fler roller än de 3 som får plats sida vid sida: 4 stycken." in text
    # the picker's first words say what it shows until two roles are chosen
    assert "Välj minst två roller, så visas jämförelsen här." in text
    assert "Till dess ser du alla roller" not in text


def test_within_the_limit_every_role_stands_side_by_side(fixture_site: Path) -> None:
    html = html_of(fixture_site, "jamfor")
    assert '<table class="rg-matrix">' in html
    assert "rg-summary-table" not in html


def picker_data(html: str) -> dict:
    found = re.search(r'data-rg-compare="([^"]*)"', html)
    return json.loads(unescape(found.group(1)))


def test_the_page_carries_no_role_and_the_picker_fetches_each(fixture_site: Path) -> None:
    data = picker_data(html_of(fixture_site, "jamfor"))
    # the page's data does not grow with the roles: it names the rows and the folder
    assert "roles" not in data
    assert data["role_files"] == "roller/"
    rows = [row["dimension"] for row in data["rows"]]
    assert rows[:4] == ["focus", "clients", "reporting", "classification"]
    # the kundansvarig's file: its column in the page's row order, and its comparison entry
    role = json.loads((fixture_site / "jamfor" / "roller" / "kundansvarig.json").read_text())
    assert role["title"] == "Kundansvarig"
    assert role["href"] == "../roller/kundansvarig/"
    assert role["example"] is False  # only its pay is an example
    cells = dict(zip(rows, role["cells"], strict=True))
    assert cells["classification"] == {"text": "Specialist", "key": "specialist"}
    assert cells["education"]["text"] == "Högskoleexamen, gärna inom ekonomi eller marknadsföring"
    assert cells["typical_pay"]["text"] == f"80{NBSP}000{NBSP}kr"
    assert cells["typical_pay"]["example"] is True
    assert cells["qualities"]["items"] == ["Driven", "Lyhörd", "Analytisk", "Stresstålig"]
    assert role["entry"]["experience"] == 2
    for role_id in ("innesaljare", "kundradgivare", "teamledare"):
        assert (fixture_site / "jamfor" / "roller" / f"{role_id}.json").exists()


def test_rights_are_not_compared(fixture_site: Path) -> None:
    # a right's kind (Information, Beslut …) says nothing of what the role may decide: two
    # roles compared by kind read wrong, so the profiles list the rights and no comparison
    # has a row or a heading for them
    html = html_of(fixture_site, "jamfor")
    assert "Befogenheter" not in matrix_rows(html)
    data = picker_data(html)
    assert "rights" not in [row["dimension"] for row in data["rows"]]
    assert "rights" not in data["terms"] and "rights" not in data["texts"]["sets"]
    assert "Befogenheter" not in json.dumps(data, ensure_ascii=False)
    role = json.loads((fixture_site / "jamfor" / "roller" / "kundansvarig.json").read_text())
    assert "rights" not in role["entry"]["sets"]
    comparisons = yaml.safe_load((FIXTURE_DATA_DIR / "comparisons.yml").read_text("utf-8"))
    for featured in comparisons["comparisons"]:
        page = html_of(fixture_site, "jamfor/" + "-vs-".join(featured["roles"]))
        assert "Befogenheter" not in matrix_rows(page)
        headings = [text_of(h) for h in re.findall(r"<h[2-4][^>]*>(.*?)</h[2-4]>", page, re.S)]
        assert "Färdigheter" in headings and "Befogenheter" not in headings
