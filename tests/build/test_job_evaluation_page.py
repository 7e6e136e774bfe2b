"""The page /arbetsvardering/ built from the tests' own organisation with tests/helpers.py's
EVALUATION_PLAN and EVALUATED_ROLES (a level is worth 133,33 on utbildning, 75 on ansvar
för människor, 100 on emotionell ansträngning and 50 on arbetstider). Every figure is
worked out by hand:
- Kundrådgivare 3, 4, 2, 2: 400 + 300 + 200 + 100 = 1 000, women-dominated;
- Teamledare 3, 4, 2, 1: 400 + 300 + 200 + 50 = 950, men-dominated;
- Kundansvarig 2, 2, 1, 2: 266,67 + 150 + 100 + 100 = 616,67 → 617;
- Innesäljare lacks arbetstider: not scored.
With the tolerance of 50, Kundrådgivare and Teamledare (950 ≥ 1 000 − 50) are one group and
Kundansvarig the next. The flags follow from the pay models without working out a typical
month: Kundrådgivare's is at most its base 30 000 plus 8 % of four deals of 20 000 (36 400),
below Teamledare's base of 50 000 and Kundansvarig's of 40 000."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
from test_organisation_data import assert_api_matches_its_schema

from helpers import (
    EVALUATION_PLAN,
    copy_fixture_data,
    fixture_config,
    run_mkdocs_build,
    with_evaluation,
)
from page_weight import CSS_BUDGET, JS_BUDGET, page_weight

PAGE = "arbetsvardering/index.html"


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The site, and the data it was built from."""
    folder = tmp_path_factory.mktemp("evaluation")
    data = with_evaluation(copy_fixture_data(folder))
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    return folder / "site", data


@pytest.fixture(scope="module")
def site(built: tuple[Path, Path]) -> Path:
    return built[0]


def test_the_roles_ranked_by_points_with_each_criterions_part(site: Path) -> None:
    html = (site / PAGE).read_text("utf-8")
    ranking = html.split('id="rollerna-efter-poang"')[1].split("<h2")[0]
    rows = [text_of(row) for row in re.findall(r"<tr>(.*?)</tr>", ranking, re.DOTALL)][1:]
    assert rows == [
        # place, role, points, the four criteria's parts, group, dominance
        "1 Kundrådgivare 1 000 400 300 200 100 1 kvinnodominerad",
        "2 Teamledare 950 400 300 200 50 1 mansdominerad",
        "3 Kundansvarig 617 267 150 100 100 2 –",
    ]
    text = text_of(html)
    assert "saknar nivå på något delkriterium: innesäljare." in text


def test_the_groups_of_equal_value_and_what_to_analyse(site: Path) -> None:
    html = (site / PAGE).read_text("utf-8")
    text = text_of(html)
    assert "högst 50 poäng under gruppens högst värderade roll" in text
    group_1 = text_of(html.split('id="grupp-1"')[1].split('id="grupp-2"')[0])
    assert "Kundrådgivare 1 000" in group_1 and "Teamledare 950" in group_1
    assert "Kundansvarig" not in group_1
    assert "Grundlön" in group_1 and "28 000 kr–34 000 kr" in group_1
    assert (
        "Kundrådgivare (kvinnodominerad) har lägre typisk månadslön än den likvärdiga rollen "
        "teamledare (inte kvinnodominerad)." in text
    )
    assert (
        "Kundrådgivare (kvinnodominerad) har fler poäng men lägre typisk månadslön än "
        "kundansvarig (inte kvinnodominerad)." in text
    )
    assert "diskriminering" in text  # said to be no finding of it


def test_the_factor_plan_with_its_weights_and_levels(site: Path) -> None:
    text = text_of((site / PAGE).read_text("utf-8"))
    assert "Kunskaper och färdigheter (40 %)" in text
    assert "Ansvar för människor – Vikt: 30 %" in text
    assert "Nivå 4: D" in text.split("Ansvar för människor – Vikt")[1]
    # the plan at a glance: each criterion's share, its sub-criteria, weights and levels
    html = (site / PAGE).read_text("utf-8")
    plan = html.split('id="faktorplanen"')[1].split("<h3")[0]
    rows = [text_of(row) for row in re.findall(r"<tr>(.*?)</tr>", plan, re.DOTALL)]
    assert rows == [
        "Kriterium Delkriterium Vikt Antal nivåer",
        "Kunskaper och färdigheter (40 %) Utbildning 40 % 3",
        "Ansvar (30 %) Ansvar för människor 30 % 4",
        "Ansträngning (20 %) Emotionell ansträngning 20 % 2",
        "Arbetsförhållanden (10 %) Arbetstider 10 % 2",
    ]
    # the chart comes after the groups, with what to analyse under it
    order = [html.index(f'id="{anchor}"') for anchor in (
        "likvardiga-roller", "poang-och-typisk-manadslon", "att-analysera", "faktorplanen",
    )]  # fmt: skip
    assert order == sorted(order)


def test_the_page_is_in_the_menu(site: Path) -> None:
    home = (site / "index.html").read_text("utf-8")
    assert re.search(r'href="arbetsvardering/"[^>]*>\s*<span[^>]*>\s*Arbetsvärdering', home)


def test_without_a_plan_the_page_says_where_it_goes_and_the_menu_leaves_it_out(
    tmp_path: Path,
) -> None:
    data = copy_fixture_data(tmp_path)
    built = run_mkdocs_build(tmp_path / "site", data, fixture_config(tmp_path))
    assert built.returncode == 0, built.stderr
    text = text_of((tmp_path / "site" / PAGE).read_text("utf-8"))
    assert "Det finns ingen faktorplan ännu. När den finns i data/job_evaluation.yml" in text
    assert 'href="arbetsvardering/"' not in (tmp_path / "site" / "index.html").read_text("utf-8")
    profile = (tmp_path / "site" / "roller" / "teamledare" / "index.html").read_text("utf-8")
    assert 'id="arbetsvardering"' not in profile
    assert "Poäng i arbetsvärderingen" not in (
        tmp_path / "site" / "jamfor" / "index.html"
    ).read_text("utf-8")


def test_a_plan_before_any_role_has_levels_says_so(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    (data / "job_evaluation.yml").write_text(EVALUATION_PLAN, "utf-8")
    built = run_mkdocs_build(tmp_path / "site", data, fixture_config(tmp_path))
    assert built.returncode == 0, built.stderr
    html = (tmp_path / "site" / PAGE).read_text("utf-8")
    text = text_of(html)
    assert "Ingen roll har poäng ännu." in text
    assert "<table" not in html.split('id="rollerna-efter-poang"')[1].split("<h2")[0]
    assert (
        "saknar nivå på något delkriterium: innesäljare, kundansvarig, kundrådgivare och "
        "teamledare." in text
    )


def test_the_api_carries_the_plan_and_each_roles_points(built: tuple[Path, Path]) -> None:
    site, data = built
    assert_api_matches_its_schema(site, data)
    roles = json.loads((site / "api/v1/roles.json").read_text("utf-8"))
    evaluation = roles["job_evaluation"]
    assert [sub["id"] for sub in evaluation["plan"]["sub_criteria"]] == [
        "utbildning", "ansvar-for-manniskor", "emotionell", "arbetstider",
    ]  # fmt: skip
    assert evaluation["tolerance"] == 50
    assert evaluation["ranking"] == [
        {"id": "kundradgivare", "points": 1000},
        {"id": "teamledare", "points": 950},
        {"id": "kundansvarig", "points": 617},
    ]
    assert evaluation["unscored"] == ["innesaljare"]
    assert evaluation["groups"] == [["kundradgivare", "teamledare"], ["kundansvarig"]]
    assert evaluation["flags"] == [
        {"kind": "within", "women": "kundradgivare", "other": "teamledare"},
        {"kind": "across", "women": "kundradgivare", "other": "kundansvarig"},
    ]
    entries = {entry["id"]: entry for entry in roles["roles"]}
    assert entries["teamledare"]["evaluation"] == {
        "points": 950, "group": 1, "equal_value": ["kundradgivare"],
    }  # fmt: skip
    assert entries["kundansvarig"]["evaluation"] == {
        "points": 617, "group": 2, "equal_value": [],
    }  # fmt: skip
    assert entries["innesaljare"]["evaluation"] == {
        "points": None, "group": None, "equal_value": [],
    }  # fmt: skip
    # the role's own levels are in its data, with their motivations
    levels = entries["teamledare"]["role"]["job_evaluation"]["levels"]
    assert levels["arbetstider"] == {"level": 1, "motivation": "Bedömd"}


def test_each_profile_gives_its_place_and_the_roles_of_equal_value(site: Path) -> None:
    def section(role_id: str) -> str:
        html = (site / "roller" / role_id / "index.html").read_text("utf-8")
        return html.split('id="arbetsvardering"')[1].split("<h2")[0]

    teamledare = section("teamledare")
    assert (
        "Rollen har 950 av 1 000 poäng i arbetsvärderingen, som bygger på de krav arbetet "
        "ställer, och hör till grupp 1 av 2 (grupp 1 har högst poäng)." in text_of(teamledare)
    )
    assert re.search(
        r'Likvärdiga roller: <a href="\.\./kundradgivare/">kundrådgivare</a>\.', teamledare
    )
    assert 'href="../../arbetsvardering/"' in teamledare
    assert "Ingen annan roll ligger i samma grupp av likvärdiga roller." in text_of(
        section("kundansvarig")
    )
    assert "har därför inga poäng" in text_of(section("innesaljare"))


def test_the_page_stays_within_the_page_weight_budget(site: Path) -> None:
    weight = page_weight(site, site / PAGE)
    # the what-if panel and the engine it works with load with the page
    assert {"job-evaluation-page.js", "job-evaluation.js"} <= set(weight.scripts)
    assert weight.javascript <= JS_BUDGET and weight.css <= CSS_BUDGET, weight


def test_the_comparison_matrix_has_a_row_for_the_points(site: Path) -> None:
    html = (site / "jamfor" / "index.html").read_text("utf-8")
    row = re.search(r"<tr[^>]*><th scope=\"row\">Poäng i arbetsvärderingen.*?</tr>", html)
    assert row is not None
    cells = {
        unescape(label): text_of(cell)
        for label, cell in re.findall(r'<td data-label="([^"]+)"[^>]*>(.*?)</td>', row.group(0))
    }
    assert cells == {
        "Innesäljare": "Inte värderad ännu",
        "Kundansvarig": "617 poäng (grupp 2 av likvärdiga roller)",
        "Kundrådgivare": "1 000 poäng (grupp 1 av likvärdiga roller)",
        "Teamledare": "950 poäng (grupp 1 av likvärdiga roller)",
    }


def chart_of(html: str) -> str:
    """The chart the build drew, from its <svg> to its end."""
    return html.split('<svg viewBox="0 0 680 300" role="img"')[1].split("</svg>")[0]


def test_the_build_draws_the_chart_of_points_and_pay(site: Path) -> None:
    html = (site / PAGE).read_text("utf-8")
    chart = chart_of(html)
    # a mark each for the three scored roles with pay: its shape from its dominance
    assert chart.count('class="rg-je-mark rg-je-mark--women"') == 1  # Kundrådgivare
    assert chart.count('class="rg-je-mark rg-je-mark--men"') == 1  # Teamledare
    assert chart.count('class="rg-je-mark"') == 1  # Kundansvarig
    assert chart.count('class="rg-je-band"') == 2  # the two groups
    assert "<title>1. Kundrådgivare: 1\u00a0000 poäng," in chart
    key = html.split('<ol class="rg-je-key">')[1].split("</ol>")[0]
    assert key == (
        '<li value="1">Kundrådgivare</li><li value="2">Teamledare</li>'
        '<li value="3">Kundansvarig</li>'
    )


def test_the_charts_texts_from_the_data_stay_text(tmp_path: Path) -> None:
    data = with_evaluation(copy_fixture_data(tmp_path))
    role = data / "roles" / "kundradgivare.yml"
    role.write_text(
        role.read_text("utf-8").replace("title: Kundrådgivare", 'title: "Råd <b>&amp; stöd"', 1),
        "utf-8",
    )
    built = run_mkdocs_build(tmp_path / "site", data, fixture_config(tmp_path))
    assert built.returncode == 0, built.stderr
    html = (tmp_path / "site" / PAGE).read_text("utf-8")
    assert "<title>1. Råd &lt;b&gt;&amp;amp; stöd:" in chart_of(html)
    assert '<li value="1">Råd &lt;b&gt;&amp;amp; stöd</li>' in html
    assert "<b>&amp; stöd" not in html
