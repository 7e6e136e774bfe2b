"""'Passar jag?' in Chromium, on the tests' own organisation: three candidate profiles and
their expected ranking, worked out by hand from the role files in tests/fixtures/data and
the rule on the page (see the comments); nothing typed leaves the page, and the answers
reach an address only when the user copies the link. And the job ad's copy and download.

The rule: the hard requirements are the education level, the years in the fields a role
counts (added up) and its required languages (any foreign language where the role says
"eller ett annat språk"). Uppfyller: every hard requirement and at least 3/4 of the
role's skills and qualities; Nästan: every hard requirement and at least half, or one
missing and at least 3/4; else Inte än. Ranked by that, then by the share covered, then by
fewer hard gaps, then in the catalogue's order, by title (Innesäljare, Kundansvarig,
Kundrådgivare, Teamledare).

What the roles require (skills + qualities):
- innesaljare: gymnasium, 1 year in försäljning or kundservice; säljteknik, kundsystem +
  driven, stresstålig.
- kundansvarig: högskola, 2 years in försäljning or kundservice, engelska or another
  foreign language; förhandling, säljteknik, kundsystem, kundservice + driven, lyhörd,
  analytisk, stresstålig.
- kundradgivare: gymnasium, no years; kundservice + lyhörd, noggrann.
- teamledare: högskola, 3 years in försäljning, engelska itself; ledarskap, förhandling +
  driven, lyhörd.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from helpers import FIXTURE_DATA_DIR, record_requests
from rollguiden.text.labels import load_labels

pytestmark = pytest.mark.browser

PAGE = "/passar-jag/"
VOCABULARY = yaml.safe_load((FIXTURE_DATA_DIR / "vocabulary.yml").read_text("utf-8"))
LABELS = load_labels()
FIT = LABELS["fit"]["texts"]
NBSP = "\u00a0"


def open_check(page: Page, url: str) -> None:
    page.goto(url)
    page.locator("[data-rg-mounted]").wait_for()


def fill(page: Page, education: str, years: dict[str, str], languages, skills, qualities) -> None:
    page.get_by_label("Högsta avslutade utbildning").select_option(label=education)
    for field, value in years.items():
        page.get_by_label(f"År inom {field}").press_sequentially(value)
    for kind, chosen in (("languages", languages), ("skills", skills), ("qualities", qualities)):
        for term_id in chosen:
            page.locator(f'input[name="{kind}"][value="{term_id}"]').check()


def ranking(page: Page) -> list[tuple[str, str]]:
    results = page.locator(".rg-fit-result")
    return [
        (item.locator(".rg-fit-badge").inner_text(), item.locator("a").inner_text())
        for item in results.all()
    ]


def card(page: Page, title: str):
    return page.locator(".rg-fit-result", has=page.get_by_role("link", name=title, exact=True))


def test_a_key_account_profile(page: Page, watch, fixture_url: str) -> None:
    open_check(page, fixture_url + PAGE)
    fill(
        page,
        "Högskoleexamen",
        {"försäljning": "2"},
        ["svenska", "engelska"],
        ["forhandling", "saljteknik", "kundservice"],
        ["driven", "lyhord", "analytisk"],
    )
    # Kundansvarig: every hard requirement, 6 of 8 (0.75) – meets.
    # Teamledare: 2 < 3 years, one gap, but 3 of 4 (0.75) – nearly.
    # Kundrådgivare: no gap, 2 of 3 (0.67) – nearly. Innesäljare: no gap, 2 of 4 – nearly.
    assert ranking(page) == [
        ("Uppfyller", "Kundansvarig"),
        ("Nästan", "Teamledare"),
        ("Nästan", "Kundrådgivare"),
        ("Nästan", "Innesäljare"),
    ]
    expect(page.locator(".rg-fit-summary")).to_have_text(
        "1 roll där du uppfyller kraven, 3 där du nästan gör det."
    )
    team_leader = card(page, "Teamledare")
    expect(team_leader.locator(".rg-fit-coverage")).to_have_text(
        "3 av 4 färdigheter och egenskaper"
    )
    expect(team_leader.locator(".rg-fit-missing li")).to_have_text(
        ["Erfarenhet: 1 år till inom försäljning", "Färdigheter: ledarskap"]
    )
    key_account = card(page, "Kundansvarig")
    expect(key_account.locator(".rg-fit-coverage")).to_have_text(
        "6 av 8 färdigheter och egenskaper"
    )
    expect(key_account.locator(".rg-fit-missing li")).to_have_text(
        ["Färdigheter: kundsystem", "Egenskaper: stresstålig"]
    )


def test_a_service_minded_beginner(page: Page, watch, fixture_url: str) -> None:
    open_check(page, fixture_url + PAGE)
    fill(page, "Gymnasieutbildning", {}, ["svenska"], ["kundservice"], ["lyhord", "noggrann"])
    # Kundrådgivare: all 3. Kundansvarig (2 of 8) and Teamledare (1 of 4) cover a quarter
    # each and lack education, years and a language, three gaps each: the title order
    # decides. Innesäljare lacks only a year but covers nothing: last.
    assert ranking(page) == [
        ("Uppfyller", "Kundrådgivare"),
        ("Inte än", "Kundansvarig"),
        ("Inte än", "Teamledare"),
        ("Inte än", "Innesäljare"),
    ]
    # one role, so "roll" in the singular
    expect(page.locator(".rg-fit-summary")).to_have_text(
        "1 roll där du uppfyller kraven, 0 där du nästan gör det."
    )
    key_account = card(page, "Kundansvarig")
    expect(key_account).to_contain_text("Utbildning: rollen kräver högskoleexamen")
    expect(key_account).to_contain_text("Erfarenhet: 2 år till inom försäljning eller kundservice")
    # the language inside the sentence ("engelska", where the vocabulary's label is a name),
    # and the role's alternative
    expect(key_account).to_contain_text("Språk: engelska eller ett annat språk")
    expect(card(page, "Teamledare")).to_contain_text("Språk: engelska")
    expect(card(page, "Teamledare")).not_to_contain_text("främmande")
    seller = card(page, "Innesäljare")
    expect(seller.locator(".rg-fit-coverage")).to_have_text("0 av 4 färdigheter och egenskaper")
    expect(seller).to_contain_text("Erfarenhet: 1 år till inom försäljning eller kundservice")
    expect(card(page, "Kundrådgivare").locator(".rg-fit-missing li")).to_have_text(
        [FIT["nothing_missing"]]
    )


def test_a_team_leader_and_a_shared_link(page: Page, watch, fixture_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_check(page, fixture_url + PAGE)
    requests = record_requests(page)
    fill(
        page,
        "Högskoleexamen",
        {"försäljning": "3", "ledning": "2"},
        ["svenska", "engelska"],
        ["ledarskap", "forhandling"],
        ["driven", "lyhord", "noggrann"],
    )
    # Teamledare: all 4. Kundrådgivare: no gap, 2 of 3 – nearly. Kundansvarig: no gap
    # (3 years in försäljning) but 3 of 8 – not yet; Innesäljare 1 of 4 – not yet.
    expected = [
        ("Uppfyller", "Teamledare"),
        ("Nästan", "Kundrådgivare"),
        ("Inte än", "Kundansvarig"),
        ("Inte än", "Innesäljare"),
    ]
    assert ranking(page) == expected
    assert requests == []  # answering sends nothing anywhere
    assert urlsplit(page.url).query == ""  # and writes nothing into the address

    page.get_by_role("button", name="Kopiera länk").click()
    link = page.evaluate("navigator.clipboard.readText()")
    assert "utb=hogskola" in link and "erf=forsaljning%3A3%2Cledning%3A2" in link
    again = page.context.new_page()
    open_check(again, link)
    assert ranking(again) == expected
    expect(again.get_by_label("År inom försäljning")).to_have_value("3")
    expect(again.get_by_label("År inom ledning")).to_have_value("2")


def test_years_that_are_not_a_number(page: Page, watch, fixture_url: str) -> None:
    open_check(page, fixture_url + PAGE)
    field = page.get_by_label("År inom försäljning")
    field.press_sequentially("två")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#rg-fit-years-forsaljning-error")).to_have_text(FIT["bad_years"])
    assert "NaN" not in page.locator(".rg-fit").inner_text()


def test_self_check_is_axe_clean(page: Page, watch, fixture_url: str) -> None:
    open_check(page, fixture_url + PAGE + "?utb=gymnasium&fard=forhandling")
    results = Axe().run(page, context={"include": [[".rg-fit"]]})
    assert results.response["violations"] == []


def test_a_labelled_box_for_every_term(page: Page, watch, fixture_url: str) -> None:
    open_check(page, fixture_url + PAGE)
    for kind in ("skills", "qualities", "languages"):
        boxes = page.locator(f'input[name="{kind}"]')
        expect(boxes).to_have_count(len(VOCABULARY[kind]))
        for term in VOCABULARY[kind]:
            box = page.locator(f'input[name="{kind}"][value="{term["id"]}"]')
            expect(box).to_have_accessible_name(term["label"])
    for field in VOCABULARY["experience_fields"]:
        expect(page.get_by_label(f"År inom {field['label'].lower()}")).to_be_attached()


def nb(text: str) -> str:
    return text.replace("_", NBSP)


# The customer adviser's ad, written out by hand from its role file, the fixture's
# organisation (job_ads: about us, a permanent full-time job with six months' probation in
# Göteborg, start by agreement, how to apply; nothing on what we offer, the agreement, the
# selection, the last day or the contacts) and the job_ad labels: its one highlighted duty,
# its requirements (no experience asked, its one skill), no merits, its two qualities as
# behaviour, its pay in one sentence (28 000–34 000, 5 % or 8 % by the deal's band, no cap,
# no plan), each fact given nowhere as a placeholder.
def placeholder(what: str) -> str:
    return f"[Fyll i: {what}]"


AD_HEADING = "Kundrådgivare till Provbolaget AB"
AD_SECTIONS = [
    ("Om oss", ["Provbolaget AB säljer kontorsmaterial till företag."], []),
    (
        "Om rollen",
        [
            "Provbolaget AB söker nu en kundrådgivare till kundavdelningen.",
            "Kundrådgivaren hjälper företagets kunder och håller kontakten med dem.",
        ],
        [],
    ),
    ("Dina arbetsuppgifter", [], ["Svarar på kundernas frågor i telefon och mejl."]),
    (
        "Vi söker dig som",
        [],
        [
            "Har gymnasieutbildning",
            "Kan börja utan tidigare erfarenhet",
            "Har goda kunskaper i kundservice",
        ],
    ),
    ("Personliga egenskaper", [], ["Lyhörd: förstår hur andra tänker.",
                                   "Noggrann: gör rätt från början."]),
    ("Vi erbjuder", [], [placeholder("vad vi erbjuder"),
                         f"Kollektivavtal: {placeholder('kollektivavtal')}"]),
    (
        "Anställningsvillkor",
        [],
        [
            "Anställningsform: Tillsvidareanställning som inleds med sex månaders "
            "provanställning",
            "Omfattning: Heltid",
            "Ort: Göteborg",
            "Tillträde: Enligt överenskommelse",
            nb("Lön: grundlön 28_000–34_000_kr i månaden och provision på dina affärers "
               "belopp, 5–8_% beroende på affärens storlek, utan tak."),
        ],
    ),
    (
        "Ansökan",
        [
            "Sök via vår webbplats med cv och personligt brev.",
            f"Sista ansökningsdag: {placeholder('sista ansökningsdag')}.",
            placeholder("hur urvalet går till"),
            # the pay transparency directive (2023/970, art. 5), in every ad
            "Vi frågar inte om din nuvarande eller tidigare lön. Lönen för tjänsten står under "
            "Anställningsvillkor.",
            f"Frågor om tjänsten: {placeholder('kontaktperson')}",
            f"Fackliga kontaktpersoner: {placeholder('fackliga kontaktpersoner')}",
        ],
        [],
    ),
]  # fmt: skip
# the fixture's customer adviser is an example as a whole: said first
EXAMPLE_NOTE = (
    "Exempel att granska: rollen är ett exempel som företaget ska granska innan annonsen används."
)
AD_TEXT = "\n".join(
    [
        AD_HEADING,
        "",
        EXAMPLE_NOTE,
        "",
        *(
            line
            for heading, paragraphs, items in AD_SECTIONS
            for line in [heading, *paragraphs, *(f"• {item}" for item in items), ""]
        ),
    ]
)


def markdown_escaped(text: str) -> str:
    """The brackets escaped, so that Markdown shows them."""
    return text.replace("[", "\\[").replace("]", "\\]")


AD_MARKDOWN = "\n".join(
    [
        f"# {AD_HEADING}",
        "",
        f"*{EXAMPLE_NOTE}*",
        "",
        *(
            line
            for heading, paragraphs, items in AD_SECTIONS
            for line in [
                f"## {heading}",
                "",
                *(f"{markdown_escaped(paragraph)}\n" for paragraph in paragraphs),
                *([*(f"- {markdown_escaped(item)}" for item in items), ""] if items else []),
            ]
        ),
    ]
)


def test_job_ad_copy_and_download(page: Page, watch, fixture_url: str) -> None:
    texts = LABELS["job_ad"]["texts"]
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto(fixture_url + "/roller/kundradgivare/platsannons/")
    page.locator("[data-rg-mounted]").wait_for()
    page.get_by_role("button", name=texts["copy_text"]).click()
    expect(page.get_by_text(texts["copied"])).to_be_visible()
    assert page.evaluate("navigator.clipboard.readText()") == AD_TEXT
    with page.expect_download() as download_info:
        page.get_by_role("button", name=texts["download_markdown"]).click()
    download = download_info.value
    assert download.suggested_filename == "platsannons-kundradgivare.md"
    assert Path(download.path()).read_text("utf-8") == AD_MARKDOWN
    with page.expect_download() as download_info:
        page.get_by_role("button", name=texts["download_text"]).click()
    download = download_info.value
    assert download.suggested_filename == "platsannons-kundradgivare.txt"
    assert Path(download.path()).read_text("utf-8") == AD_TEXT
