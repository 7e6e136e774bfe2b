"""The comparison pages in the built site: the matrix holds every role's values, the
featured pages their introduction and the computed differences."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import yaml

from helpers import DATA_DIR, ROLE_IDS

NBSP = "\u00a0"


def html_of(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text("utf-8")


def matrix_rows(html: str) -> dict[str, list[str]]:
    """Dimension label → the text of each role's cell, from the first matrix on the page."""
    table = html.split('<table class="rg-matrix">', 1)[1].split("</table>", 1)[0]
    body = table.split("<tbody>", 1)[1]
    rows = {}
    for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, flags=re.S):
        header = re.search(r"<th[^>]*>(.*?)</th>", row, flags=re.S).group(1)
        label = unescape(re.sub(r"<span.*", "", header)).strip()
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, flags=re.S)
        rows[label] = [
            unescape(re.sub(r"<[^>]+>", " ", cell)).replace(NBSP, " ").split() for cell in cells
        ]
        rows[label] = [" ".join(words) for words in rows[label]]
    return rows


def role_yaml(role_id: str) -> dict:
    return yaml.safe_load((DATA_DIR / "roles" / f"{role_id}.yml").read_text("utf-8"))


def test_matrix_has_every_role_and_its_values(built_site: Path) -> None:
    html = html_of(built_site, "jamfor")
    titles = [role_yaml(role_id)["title"] for role_id in sorted(ROLE_IDS)]
    head = html.split("<thead>", 1)[1].split("</thead>", 1)[0]
    assert re.findall(r'<a href="[^"]+">([^<]+)</a>', head) == titles
    rows = matrix_rows(html)
    # roles in Swedish order: Försäljningschef, Key Account Manager, Kundtjänstchef
    assert rows["Antal arbetsuppgifter"] == ["12", "23", "7"]
    assert rows["Typisk månadslön vid 100 % av planen"] == ["75 000 kr", "83 000 kr", "34 200 kr"]
    assert rows["Befattningskategori"] == ["Chef", "Specialist", "Specialist"]
    for role_id, cell in zip(sorted(ROLE_IDS), rows["Syfte och fokus"], strict=True):
        assert cell == " ".join(role_yaml(role_id)["focus"].split())
    assert rows["Rapporterar till"][1:] == ["Försäljningschef", "Försäljningschef"]


def test_rows_that_differ_are_marked_in_words_too(built_site: Path) -> None:
    html = html_of(built_site, "jamfor/key-account-manager-vs-forsaljningschef")
    marked = re.findall(r'<tr class="rg-differs"><th scope="row">([^<]+)', html)
    assert "Befattningskategori" in marked  # specialist against chef
    assert html.count("(skiljer sig)") == len(marked)


def test_featured_pages_hold_their_introduction_and_the_differences(built_site: Path) -> None:
    comparisons = yaml.safe_load((DATA_DIR / "comparisons.yml").read_text("utf-8"))["comparisons"]
    assert len(comparisons) >= 2
    for featured in comparisons:
        page = "jamfor/" + "-vs-".join(featured["roles"])
        html = html_of(built_site, page)
        text = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace(NBSP, " ").split())
        assert "<h1 id=" in html and featured["title"] in text
        for paragraph in featured["intro"]:
            assert " ".join(paragraph.split()) in text
        assert "Skillnader punkt för punkt" in text
        assert f'href="../?roller={",".join(featured["roles"])}"' in html


def test_the_sources_question_is_answered(built_site: Path) -> None:
    html = html_of(built_site, "jamfor/kundtjanstchef-vs-forsaljningschef")
    text = " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace(NBSP, " ").split())
    assert "Vad skiljer en kundtjänstchef från en försäljningschef?" in text
    assert (
        "Utbildning: gymnasieutbildning jämfört med högskoleexamen. "
        "Kravet är högre i rollen som försäljningschef." in text
    )
    # the kundtjänstchef asks no experience (min_years: 0), the försäljningschef five years
    assert (
        "Erfarenhet: inget krav jämfört med minst 5 år. "
        "Kravet är högre i rollen som försäljningschef." in text
    )
    assert (
        "34 200 kr jämfört med 75 000 kr. Rollen som försäljningschef ger 40 800 kr mer i månaden."
        in text
    )
    kam = html_of(built_site, "jamfor/key-account-manager-vs-forsaljningschef")
    assert "arbetar med huvudet" in kam and "benen" in kam


def test_role_pages_link_to_their_comparisons(built_site: Path) -> None:
    html = html_of(built_site, "roller/kundtjanstchef")
    assert 'href="../../jamfor/kundtjanstchef-vs-forsaljningschef/"' in html
    assert 'href="../../jamfor/?roller=kundtjanstchef"' in html
    boss = html_of(built_site, "roller/forsaljningschef")
    section = boss.split('id="jamfor-rollen"', 1)[1].split("<h2", 1)[0]
    assert re.findall(r'href="(\.\./\.\./jamfor/[^"]*)"', section) == [
        "../../jamfor/kundtjanstchef-vs-forsaljningschef/",
        "../../jamfor/key-account-manager-vs-forsaljningschef/",
        "../../jamfor/?roller=forsaljningschef",
    ]
