"""The shipped example's job evaluation (data/job_evaluation.yml and the four roles' levels)
as /arbetsvardering/ shows it, against figures worked out by hand.

A sub-criterion gives weight × level ÷ its number of levels × 10 points (weights in per
cent, 1 000 points in all), so, from the plan's weights and the roles' levels:

| Sub-criterion (weight, levels) | Försäljningschef | KAM | Kundtjänstchef | Säljare |
| --- | ---: | ---: | ---: | ---: |
| utbildning och erfarenhet (15, 5) | 5: 150 | 4: 120 | 3: 90 | 2: 60 |
| problemlösning (12, 5) | 5: 120 | 4: 96 | 3: 72 | 3: 72 |
| kommunikation (11, 5) | 5: 110 | 4: 88 | 4: 88 | 3: 66 |
| **kunskaper** | 380 | 304 | 250 | 198 |
| ekonomi och resultat (10, 5) | 5: 100 | 4: 80 | 3: 60 | 3: 60 |
| ledning och personal (8, 5) | 4: 64 | 2: 32 | 1: 16 | 1: 16 |
| människor (9, 5) | 2: 36 | 3: 54 | 3: 54 | 2: 36 |
| information och regler (5, 4) | 4: 50 | 3: 37,5 | 2: 25 | 2: 25 |
| **ansvar** | 250 | 203,5 | 155 | 137 |
| psykisk (7, 5) | 4: 56 | 4: 56 | 3: 42 | 4: 56 |
| emotionell (7, 5) | 3: 42 | 4: 56 | 4: 56 | 3: 42 |
| fysisk (4, 4) | 2: 20 | 2: 20 | 2: 20 | 2: 20 |
| **ansträngning** | 118 | 132 | 118 | 118 |
| arbetsmiljö och risker (6, 4) | 2: 30 | 2: 30 | 2: 30 | 3: 45 |
| arbetstider och resor (6, 4) | 2: 30 | 2: 30 | 1: 15 | 2: 30 |
| **arbetsförhållanden** | 60 | 60 | 45 | 75 |
| **points** | 808 | 699,5 → 700 | 568 | 528 |

With the plan's tolerance of 50: 700 < 808 − 50 and 568 < 700 − 50 start new groups, and
528 ≥ 568 − 50 joins the kundtjänstchef's. The head of sales ranks above the salesperson."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import Page
from test_shipped_pages import page as page_html
from test_shipped_pages import text_of


def ranking_rows(html: str) -> list[str]:
    ranking = html.split('id="rollerna-efter-poang"')[1].split("<h2")[0]
    return [text_of(row) for row in re.findall(r"<tr>(.*?)</tr>", ranking, re.DOTALL)][1:]


def test_the_shipped_roles_points_and_places(organisation_site: Path) -> None:
    rows = ranking_rows(page_html(organisation_site, "arbetsvardering"))
    # place, role, points, then the parts from kunskaper, ansvar, ansträngning and
    # arbetsförhållanden (the key account manager's ansvar, 203,5, is left out: a half)
    assert rows[0] == "1 Försäljningschef 808 380 250 118 60 1 –"
    assert re.fullmatch(r"2 Key account manager 700 304 20[34] 132 60 2 –", rows[1])
    assert rows[2] == "3 Kundtjänstchef 568 250 155 118 45 3 –"
    assert rows[3] == "4 Säljare 528 198 137 118 75 3 –"


def test_the_shipped_groups_and_what_the_page_says_without_dominance(
    organisation_site: Path,
) -> None:
    html = page_html(organisation_site, "arbetsvardering")
    group_3 = text_of(html.split('id="grupp-3"')[1].split("<h2")[0])
    assert "Kundtjänstchef 568" in group_3 and "Säljare 528" in group_3
    # the base salary ranges, from the roles' pay models
    assert "32 000 kr–40 000 kr" in group_3 and "28 000 kr–38 000 kr" in group_3
    group_2 = text_of(html.split('id="grupp-2"')[1].split('id="grupp-3"')[0])
    assert "Key account manager 700" in group_2 and "Försäljningschef" not in group_2
    # no shipped role says whether it is women- or men-dominated: that is the organisation's
    assert "Ingen roll anger om den är kvinno- eller mansdominerad" in text_of(html)
    # and the evaluation is marked as an example to review
    assert "Faktorplanen och rollernas nivåer är ett exempel att granska" in text_of(html)


def test_each_shipped_profile_gives_its_points(organisation_site: Path) -> None:
    for role_id, points, group in (
        ("forsaljningschef", "808", 1),
        ("key-account-manager", "700", 2),
        ("kundtjanstchef", "568", 3),
        ("saljare", "528", 3),
    ):
        text = text_of(page_html(organisation_site, f"roller/{role_id}"))
        assert f"Rollen har {points} av 1 000 poäng" in text, role_id
        assert f"hör till grupp {group} av 3" in text, role_id


@pytest.mark.browser
def test_the_shipped_csv_says_the_plan_is_an_example(
    page: Page, watch, organisation_url: str
) -> None:
    page.goto(organisation_url + "/arbetsvardering/")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Ladda ner som CSV").click()
    raw = Path(download_info.value.path()).read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(raw), delimiter=";"))
    assert [row[:3] for row in rows[1:5]] == [
        ["1", "Försäljningschef", "808"],
        ["2", "Key account manager", "700"],
        ["3", "Kundtjänstchef", "568"],
        ["4", "Säljare", "528"],
    ]
    assert ["Vikterna är faktorplanens."] in rows
    assert [
        "Faktorplanen och rollernas nivåer är ett exempel att granska och är inte fastställda."
    ] in rows
