"""The page /arbetsvardering/ in Chromium, built from the tests' own organisation with a
factor plan (tests/helpers.py with_evaluation): it loads cleanly with every request on
127.0.0.1, axe-core finds nothing wrong with our markup, and it fits a phone's width; the
what-if panel works the evaluation out again with the reader's weights, keeps them in the
address, exports them as CSV and prints them as an appendix."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect
from test_layout_shift import BUDGET, VIEWPORTS, shifts
from test_pages import axe_violations, sideways_overflow_on_a_phone

from helpers import copy_fixture_data, fixture_config, run_mkdocs_build, serve, with_evaluation

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def evaluation_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("evaluation-browser")
    data = with_evaluation(copy_fixture_data(folder))
    built = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert built.returncode == 0, built.stderr
    yield from serve(folder / "site")


def test_the_page_loads_cleanly_and_passes_axe(page: Page, watch, evaluation_url: str) -> None:
    page.goto(evaluation_url + "/arbetsvardering/")
    expect(page.get_by_role("heading", name="Arbetsvärdering", level=1)).to_be_visible()
    expect(page.get_by_role("link", name="Kundrådgivare").first).to_be_visible()
    assert axe_violations(page) == []


def test_the_page_fits_a_phone(page: Page, watch, evaluation_url: str) -> None:
    # the tables scroll inside their box; the page itself does not scroll sideways
    assert sideways_overflow_on_a_phone(page, evaluation_url + "/arbetsvardering/") <= 0


# The organisation's plan (tests/helpers.py EVALUATION_PLAN) weighs utbildning 40, ansvar
# för människor 30, emotionell ansträngning 20 and arbetstider 10. The reader sets
# arbetstider to 100: the weights sum to 190 and count as 40/190, 30/190, 20/190 and
# 100/190. Worked out by hand, a level's share of its sub-criterion's levels times the weight:
# - Kundrådgivare (3/3, 4/4, 2/2, 2/2): 190/190 → 1 000;
# - Kundansvarig (2/3, 2/4, 1/2, 2/2): 26,67 + 15 + 10 + 100 = 151,67/190 → 798,2 → 798,
#   of which kunskaper 140,4, ansvar 78,9, ansträngning 52,6, arbetsförhållanden 526,3;
# - Teamledare (3/3, 4/4, 2/2, 1/2): 40 + 30 + 20 + 50 = 140/190 → 736,8 → 737.
# Kundansvarig now ranks above Teamledare. With the tolerance of 50 no two roles share a
# group (798 < 1 000 − 50, 737 < 798 − 50), so Kundrådgivare, women-dominated and paid
# less than both (at most 36 400 against bases of 40 000 and 50 000), is flagged across
# groups against each.
OWN_RANKING = [
    "1 Kundrådgivare 1 000 211 158 105 526 1 kvinnodominerad",
    "2 Kundansvarig 798 140 79 53 526 2 –",
    "3 Teamledare 737 211 158 105 263 3 mansdominerad",
]
ORGANISATION_RANKING = [
    "1 Kundrådgivare 1 000 400 300 200 100 1 kvinnodominerad",
    "2 Teamledare 950 400 300 200 50 1 mansdominerad",
    "3 Kundansvarig 617 267 150 100 100 2 –",
]


def ranking_rows(page: Page) -> list[str]:
    rows = page.locator(".rg-je-ranking tr")
    return [" ".join(text.split()) for text in rows.all_inner_texts()][1:]


def set_arbetstider_to_100(page: Page) -> None:
    page.get_by_text("Pröva andra vikter").click()
    page.get_by_label("Arbetstider, vikt i procent").fill("100")


def test_a_changed_weight_moves_the_ranking_and_the_link_gives_it_back(
    page: Page, watch, evaluation_url: str
) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(evaluation_url + "/arbetsvardering/")
    assert ranking_rows(page) == ORGANISATION_RANKING
    set_arbetstider_to_100(page)
    expect(page.locator(".rg-je-sum")).to_have_text(
        "Summa: 190 %. Vikterna räknas om så att de tillsammans blir 100 %.".replace(
            " %", "\u00a0%"
        )
    )
    assert ranking_rows(page) == OWN_RANKING
    expect(page.locator(".rg-je-status")).to_contain_text("inte på faktorplanens")
    groups = page.locator(".rg-je-groups h3")
    expect(groups).to_have_text(["Grupp 1", "Grupp 2", "Grupp 3"])
    expect(page.locator(".rg-je-flags li")).to_have_text(
        [
            "Kundrådgivare (kvinnodominerad) har fler poäng men lägre typisk månadslön än "
            "kundansvarig (inte kvinnodominerad).",
            "Kundrådgivare (kvinnodominerad) har fler poäng men lägre typisk månadslön än "
            "teamledare (inte kvinnodominerad).",
        ]
    )
    # the address holds every weight, so a link reproduces them
    assert "vikter=utbildning:40,ansvar-for-manniskor:30,emotionell:20,arbetstider:100" in page.url
    page.get_by_role("button", name="Kopiera länk till de här vikterna").click()
    expect(page.get_by_text("Länken är kopierad.")).to_be_visible()
    link = page.evaluate("navigator.clipboard.readText()")

    other = page.context.new_page()
    other.goto(link)
    expect(other.locator(".rg-je-status")).to_contain_text("inte på faktorplanens")
    assert ranking_rows(other) == OWN_RANKING
    expect(other.get_by_label("Arbetstider, vikt i procent")).to_have_value("100")
    other.close()

    # reset: the organisation's weights, the ranking the build drew, a plain address
    page.get_by_role("button", name="Återställ faktorplanens vikter").click()
    assert ranking_rows(page) == ORGANISATION_RANKING
    expect(page.locator(".rg-je-status")).to_have_text(
        "Rangordningen och grupperna bygger på faktorplanens vikter."
    )
    assert "?" not in page.url


def test_the_csv_holds_the_ranking_groups_and_the_weights_used(
    page: Page, watch, evaluation_url: str
) -> None:
    page.goto(evaluation_url + "/arbetsvardering/")
    set_arbetstider_to_100(page)
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Ladda ner som CSV").click()
    download = download_info.value
    assert download.suggested_filename == "arbetsvardering.csv"  # paths.DOWNLOADS
    raw = Path(download.path()).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:3] == ["Plats", "Roll", "Poäng"]
    # place, role, points, the criteria's parts to a tenth, group, dominance (the typical
    # pay, from the pay engine, is the pay page's to check), base salary lowest and highest
    assert [row[:9] + row[10:] for row in rows[1:5]] == [
        ["1", "Kundrådgivare", "1000", "210,5", "157,9", "105,3", "526,3", "1",
         "kvinnodominerad", "28000", "34000"],
        ["2", "Kundansvarig", "798", "140,4", "78,9", "52,6", "526,3", "2", "–", "35000", "50000"],
        ["3", "Teamledare", "737", "210,5", "157,9", "105,3", "263,2", "3", "mansdominerad",
         "45000", "60000"],
        ["", "Innesäljare", "", "", "", "", "", "", "–", "", ""],
    ]  # fmt: skip
    assert rows[2][9] != "" and rows[4][9] == ""  # Innesäljare has no pay model
    weights = rows[rows.index(["Vikter som har använts"]) + 2 :]
    assert weights[:4] == [
        ["Utbildning", "Kunskaper och färdigheter", "21,05", "40"],
        ["Ansvar för människor", "Ansvar", "15,79", "30"],
        ["Emotionell ansträngning", "Ansträngning", "10,53", "20"],
        ["Arbetstider", "Arbetsförhållanden", "52,63", "10"],
    ]
    assert ["Största poängskillnad till gruppens högst värderade roll (poäng)", "50"] in rows
    assert ["Vikterna har ändrats av läsaren och är inte faktorplanens."] in rows
    # the tests' plan is the organisation's own, not an example: no line says it is one
    assert not any("exempel att granska" in " ".join(row) for row in rows)
    assert any(
        row[:1] == ["Sammanställd"] and re.fullmatch(r"\d{4}-\d\d-\d\d", row[1]) for row in rows
    )


def test_the_print_view_reads_as_an_appendix(page: Page, watch, evaluation_url: str) -> None:
    page.goto(evaluation_url + "/arbetsvardering/")
    set_arbetstider_to_100(page)
    page.emulate_media(media="print")
    head = page.locator(".rg-je-print-head")
    expect(head).to_be_visible()
    expect(head).to_contain_text("Arbetsvärdering – underlag till lönekartläggningen")
    expect(head).to_contain_text("har ändrats av läsaren och är inte faktorplanens")
    expect(head.locator("tr").nth(4)).to_contain_text("Arbetstider")
    expect(head.locator("tr").nth(4)).to_contain_text("52,63\u00a0%")
    expect(head).to_contain_text(re.compile(r"Sammanställd: \d+ \w+ \d{4}"))
    # the panel is the screen's; the ranking, the groups, the flags and the plan print
    expect(page.locator(".rg-evaluation")).to_be_hidden()
    for heading in ("Rollerna efter poäng", "Likvärdiga roller", "Att analysera", "Faktorplanen"):
        expect(page.get_by_role("heading", name=heading, level=2)).to_be_visible()
    page.emulate_media(media="screen")
    expect(head).to_be_hidden()


def test_a_weight_that_is_no_number_is_said_beside_it_and_the_ranking_stays(
    page: Page, watch, evaluation_url: str
) -> None:
    page.goto(evaluation_url + "/arbetsvardering/")
    page.get_by_text("Pröva andra vikter").click()
    field = page.get_by_label("Utbildning, vikt i procent")
    field.fill("tio")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#rg-je-weight-utbildning-error")).to_have_text(
        "Skriv ett tal som är 0 eller större, till exempel 10 eller 12,5."
    )
    assert ranking_rows(page) == ORGANISATION_RANKING
    assert axe_violations(page) == []


def test_the_chart_tells_women_dominated_roles_by_their_shape(
    page: Page, watch, evaluation_url: str
) -> None:
    page.goto(evaluation_url + "/arbetsvardering/")
    chart = page.locator(".rg-je-chart svg[role=img]")
    expect(chart).to_be_visible()
    # three scored roles with pay: a triangle (women), a square (men), a circle (neither)
    expect(chart.locator("polygon.rg-je-mark--women")).to_have_count(1)
    expect(chart.locator("rect.rg-je-mark--men")).to_have_count(1)
    expect(chart.locator("circle.rg-je-mark")).to_have_count(1)
    expect(chart.locator("polygon title")).to_have_text(
        re.compile(r"^1\. Kundrådgivare: 1\u00a0?000 poäng")
    )
    expect(chart.locator(".rg-je-band")).to_have_count(2)  # the two groups
    expect(page.locator(".rg-je-legend li")).to_have_text(
        ["kvinnodominerad", "mansdominerad", "inte angiven som kvinno- eller mansdominerad"]
    )
    # the numbers' key: the scored roles with pay, by their place (Innesäljare has neither)
    expect(page.locator(".rg-je-key li")).to_have_text(
        ["Kundrådgivare", "Teamledare", "Kundansvarig"]
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_nothing_moves_when_the_chart_is_drawn(
    browser: Browser, evaluation_url: str, viewport: str
) -> None:
    # the chart's place is kept from the first paint; the ranking the build drew stays
    seen = shifts(
        browser, evaluation_url + "/arbetsvardering/", "[data-rg-mounted]", VIEWPORTS[viewport]
    )
    assert sum(shift["value"] for shift in seen) < BUDGET, seen


def test_without_javascript_the_organisations_evaluation_and_chart_read_the_panel_hidden(
    page_without_javascript: Page, evaluation_url: str
) -> None:
    page = page_without_javascript
    page.goto(evaluation_url + "/arbetsvardering/")
    expect(page.locator(".rg-noscript")).to_contain_text("kräver JavaScript")
    expect(page.locator(".rg-evaluation")).to_be_hidden()
    # the chart the build drew, for the organisation's plan
    expect(page.locator(".rg-je-chart svg[role=img]")).to_be_visible()
    expect(page.locator(".rg-je-chart svg[role=img] .rg-je-mark")).to_have_count(3)
    assert ranking_rows(page) == ORGANISATION_RANKING
