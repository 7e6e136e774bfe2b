"""The key-client analysis (/nyckelkundsanalys/) driven in Chromium on the tests' own
organisation: the key account manager there (kundansvarig) counts a client as a key client
from 10 % of the income (its range is 10–20 %) and expects 70–80 % of the profit from them
together; the organisation's figure is 3 key clients per manager. Every expected figure is
worked out by hand in the comments."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page, expect

from helpers import (
    copy_fixture_data,
    edit,
    fixture_config,
    record_requests,
    run_mkdocs_build,
    serve,
)
from rollguiden.text.labels import load_labels

pytestmark = pytest.mark.browser

TEXTS = load_labels()["key_clients"]["texts"]
PAGE = "/nyckelkundsanalys/"
NBSP = "\u00a0"

# Income 1 000 000 in all: shares 40, 25, 15, 10, 6 and 4 %. Profit 330 000 in all.
LIST = "\n".join(
    [
        "Kund\tIntäkt\tVinst",
        "Alfa AB\t400 000\t100 000",
        "Beta AB\t250 000 kr\t150 000",
        "Gamma AB\t150 000\t50 000",
        "Delta AB\t100 000\t30 000",
        "Epsilon AB\t60 000\t−10 000",
        "Zeta AB\t40 000\t10 000",
        "Eta AB\tfel\t5",
    ]
)


def percent(text: str) -> str:
    return text.replace(" %", f"{NBSP}%")


def open_page(page: Page, url: str) -> None:
    page.goto(url + PAGE)
    page.locator("[data-rg-mounted]").wait_for()


def paste(page: Page, text: str) -> None:
    page.get_by_label("Klistra in kundlistan", exact=False).fill(text)
    page.locator(".rg-kc-summary").wait_for()


def test_a_pasted_list_analysed_with_the_roles_figures(page: Page, watch, fixture_url: str) -> None:
    open_page(page, fixture_url)
    # from here on nothing may be fetched: the list stays in the browser
    requests = record_requests(page)
    paste(page, LIST)
    # key clients from 10 %: Alfa, Beta, Gamma and Delta, 90 % of the income; their profit
    # 100 + 150 + 50 + 30 = 330 000 of 330 000
    expect(page.locator(".rg-kc-summary")).to_have_text(
        percent(
            "4 av 6 kunder är nyckelkunder; de står för 90 % av intäkterna och 100 % av vinsten."
        )
    )
    # line 8's income does not read: named, and left out
    expect(page.locator("#rg-kc-problems li")).to_have_text(
        ["Rad 8: intäkten kunde inte läsas: ”fel”"]
    )
    # the columns were guessed from the header
    expect(page.get_by_label("Kundens namn")).to_have_value("0")
    expect(page.get_by_label("Intäkt", exact=True)).to_have_value("1")
    expect(page.get_by_label("Vinst", exact=True)).to_have_value("2")
    # by profit: Beta 150, Alfa 100, Gamma 50, Delta 30, Zeta 10, Epsilon −10 of 330.
    # Before each: 0, 45 %, 76 % (below 80 %: A), 91 % (B), 100 % and 103 % (C)
    rows = page.locator(".rg-kc-table tbody tr")
    expect(rows.locator("td:nth-child(2)")).to_have_text(
        ["Beta AB", "Alfa AB", "Gamma AB", "Delta AB", "Zeta AB", "Epsilon AB"]
    )
    expect(rows.locator("td:nth-child(8)")).to_have_text(["A", "A", "A", "B", "C", "C"])
    expect(rows.locator("td:nth-child(9)")).to_have_text(["ja", "ja", "ja", "ja", "nej", "nej"])
    # 150/330 = 45,45 %
    expect(rows.first.locator("td:nth-child(6)")).to_have_text(percent("45,45 %"))
    facts = page.locator("#rg-kc-result dl.rg-summary dd")
    # HHI (.16 + .0625 + .0225 + .01 + .0036 + .0016) × 10 000 = 2 602
    expect(facts).to_have_text(
        [f"1{NBSP}000{NBSP}000{NBSP}kr", f"330{NBSP}000{NBSP}kr", percent("40 %"),
         f"2{NBSP}602", "3, 1 och 2"]
    )  # fmt: skip
    # above 20 % of the income: Beta (25 %) and Alfa (40 %), in the table's order
    concentration = TEXTS["warnings"]["concentration"]
    expect(page.locator("#rg-kc-result .rg-warning")).to_have_text(
        [
            f"{TEXTS['warning']} {concentration.format(name='Beta AB', share=percent('25 %'))}.",
            f"{TEXTS['warning']} {concentration.format(name='Alfa AB', share=percent('40 %'))}.",
        ]
    )
    # four key clients at three per manager: two posts; the figure is an example
    role = page.locator("#rg-kc-result h3 + p")
    expect(role).to_contain_text(f"Här finns 4 kunder som var och en står för minst 10{NBSP}%.")
    expect(role).to_contain_text(
        "Med företagets riktvärde, högst 3 nyckelkunder per kundansvarig, behövs 2 tjänster."
    )
    expect(role.locator(".rg-example-badge")).to_have_text(TEXTS["example_badge"])
    link = page.get_by_role("link", name="Läs om rollen som kundansvarig")
    expect(link).to_have_attribute("href", "../roller/kundansvarig/")
    expect(page.locator(".rg-kc-chart svg rect.rg-kc-bar--key")).to_have_count(4)
    # the whole analysis, before anything is pressed (a pressed button takes the theme's
    # focus colours)
    results = Axe().run(page, context={"include": [[".rg-key-clients"]]})
    assert results.response["violations"] == []

    # the table sorts by a column: names A–Ö first, then the other way
    page.get_by_role("button", name="Sortera efter Kund").click()
    expect(rows.locator("td:nth-child(2)")).to_have_text(
        ["Alfa AB", "Beta AB", "Delta AB", "Epsilon AB", "Gamma AB", "Zeta AB"]
    )
    expect(page.locator("th[aria-sort=ascending]")).to_have_count(1)
    expect(page.get_by_role("button", name="Sortera efter Kund")).to_be_focused()
    page.keyboard.press("Enter")
    expect(rows.first.locator("td:nth-child(2)")).to_have_text("Zeta AB")

    # the export: the table as shown, figures as a Swedish spreadsheet reads them
    with page.expect_download() as download:
        page.get_by_role("button", name=TEXTS["download"]).click()
    assert download.value.suggested_filename == "nyckelkundsanalys.csv"
    content = download.value.path().read_bytes().decode("utf-8")
    lines = content.split("\r\n")
    assert lines[0] == (
        "\ufeffPlats;Kund;Intäkt;Andel av intäkterna (%);Vinst;Andel av vinsten (%);"
        "Ackumulerad andel (%);Klass;Nyckelkund"
    )
    # sorted Ö–A by name: Zeta first, sixth by profit; 10/330 = 3,03 %, 340/330 = 103,03 %
    assert lines[1] == "5;Zeta AB;40000;4;10000;3,03;103,03;C;nej"
    assert "6;Epsilon AB;60000;6;-10000;-3,03;100;C;nej" in lines
    assert requests == []


def test_a_csv_file_in_excels_encoding_and_a_column_left_out(
    page: Page, watch, fixture_url: str, tmp_path
) -> None:
    open_page(page, fixture_url)
    csv = tmp_path / "kunder.csv"
    # as a Swedish Excel saves it: semicolons, Windows-1252, a formula-like name
    csv.write_bytes(
        "Kundnamn;Omsättning;Bidrag\r\nÅkeriet;600\xa0000;60 000\r\nBjörk & Co;300 000;\r\n"
        "=SUMMA(A1);100 000;10 000\r\n".encode("cp1252")
    )
    page.get_by_label("Eller välj en CSV-fil").set_input_files(csv)
    expect(page.locator("#rg-kc-file-status")).to_have_text(
        TEXTS["file_read"].format(name="kunder.csv")
    )
    # "Bidrag" is the profit, and Björk has none: its line is left out
    expect(page.get_by_label("Vinst", exact=True)).to_have_value("2")
    expect(page.locator("#rg-kc-problems li")).to_have_text(
        [TEXTS["problem_profit_missing"].format(line=3)]
    )
    # without the profit column: 600 + 300 + 100 = 1 000 000, every client at 10 % or more
    page.get_by_label("Vinst", exact=True).select_option("")
    expect(page.locator(".rg-kc-summary")).to_have_text(
        percent("3 av 3 kunder är nyckelkunder; de står för 100 % av intäkterna.")
    )
    expect(page.locator(".rg-kc-table tbody td:nth-child(2)")).to_have_text(
        ["Åkeriet", "Björk & Co", "=SUMMA(A1)"]
    )
    with page.expect_download() as download:
        page.get_by_role("button", name=TEXTS["download"]).click()
    lines = download.value.path().read_bytes().decode("utf-8").split("\r\n")
    # a name a spreadsheet would run as a formula stays text
    assert lines[3] == "3;'=SUMMA(A1);100000;10;100;B;ja"  # before it 90 %: B
    # with the header box unticked, the header is a line whose income does not read
    page.get_by_label("Första raden är rubriker").uncheck()
    expect(page.locator("#rg-kc-problems li").first).to_have_text(
        "Rad 1: intäkten kunde inte läsas: ”Omsättning”"
    )


def test_a_list_without_key_clients_says_what_it_means_for_the_role(
    page: Page, watch, fixture_url: str
) -> None:
    open_page(page, fixture_url)
    # eleven equal clients: each 1/11 ≈ 9,09 % of the income, below 10 %
    paste(page, "\n".join(f"Kund {n};100" for n in range(1, 12)))
    expect(page.locator(".rg-kc-summary")).to_have_text("0 av 11 kunder är nyckelkunder.")
    none = TEXTS["warnings"]["no_key_clients"].format(share=percent("10 %"))
    expect(page.locator("#rg-kc-result .rg-warning")).to_have_text([f"{TEXTS['warning']} {none}."])
    expect(page.locator("#rg-kc-result h3 + p")).to_contain_text(
        f"Ingen av kunderna står för minst 10{NBSP}% av intäkterna."
    )
    # no header: the guess says so, and every line is a client
    expect(page.get_by_label("Första raden är rubriker")).not_to_be_checked()
    expect(page.locator(".rg-kc-table tbody tr")).to_have_count(11)


def test_the_page_works_with_the_keyboard_and_names_its_parts(
    page: Page, watch, fixture_url: str
) -> None:
    open_page(page, fixture_url)
    expect(page.locator("#rg-kc-result")).to_have_text(TEXTS["waiting"])
    page.get_by_label("Klistra in kundlistan", exact=False).focus()
    page.keyboard.type("A;60\nB;40")
    page.locator(".rg-kc-summary").wait_for()
    page.keyboard.press("Tab")
    expect(page.get_by_label("Eller välj en CSV-fil")).to_be_focused()
    results = Axe().run(page, context={"include": [[".rg-key-clients"]]})
    assert results.response["violations"] == []


def test_the_analysis_prints_on_a4_with_its_chart_and_stays_out_of_the_address(
    page: Page, watch, fixture_url: str, tmp_path
) -> None:
    pdftotext = shutil.which("pdftotext")
    if pdftotext is None:
        pytest.skip("pdftotext saknas: installera Debians poppler-utils")
    open_page(page, fixture_url)
    paste(page, LIST)
    # the customer list is confidential: the address does not carry it
    assert urlsplit(page.url).query == "" and urlsplit(page.url).fragment == ""
    pdf = tmp_path / "analys.pdf"
    pdf.write_bytes(page.pdf(format="A4"))
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "4 av 6 kunder är nyckelkunder" in flat
    # the chart's marks are text in the printed SVG; the form is not printed
    assert "nyckelkund 10 %" in flat and "A 80 %" in flat
    assert "Vilken kolumn är vilken?" not in flat and "Eller välj en CSV-fil" not in flat
    assert "Beta AB" in flat and "Zeta AB" in flat  # the table, printed whole


def test_without_a_role_that_says_what_a_key_client_is(page: Page, watch, tmp_path) -> None:
    data = copy_fixture_data(tmp_path)
    edit(data / "roles" / "kundansvarig.yml", "  income_share_each: {min: 10, max: 20}\n", "")
    result = run_mkdocs_build(tmp_path / "site", data, fixture_config(tmp_path))
    assert result.returncode == 0, result.stderr
    with contextlib.contextmanager(serve)(tmp_path / "site") as url:
        open_page(page, url)
        paste(page, LIST)
        # the standard figures: 10 % of the income makes a key client, as with the role
        expect(page.locator(".rg-kc-summary")).to_contain_text("4 av 6 kunder är nyckelkunder")
        expect(page.locator("#rg-kc-result h3 + p")).to_have_text(TEXTS["defaults"])
        expect(page.get_by_role("link", name="Läs om rollen", exact=False)).to_have_count(0)
