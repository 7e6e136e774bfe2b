"""The limits of what the key-client analysis and the calculator read, in Chromium: a file
past them is refused with the limit in words and nothing is half-read; a file at them is
read. Before, a list of some 124 000 lines (or a line of 300 000 columns) failed with
`RangeError: Maximum call stack size exceeded` after the status line said the file was
read, 120 000 undated deals froze the tab, and a NUL in a client's name was kept.

The limits (import-limits.js, keyclients-input.js, calculator-import.js): 5 MB, 100
columns; 20 000 lines of clients; 12 000 lines of deals and 1 000 deals in a month."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from rollguiden.text.labels import load_labels

pytestmark = pytest.mark.browser

LABELS = load_labels()
KEY_CLIENTS = LABELS["key_clients"]["texts"]
CALCULATOR = LABELS["calculator"]["texts"]
CALCULATOR_FORM = LABELS["calculator"]


def words(text: str) -> str:
    """Text with every run of spaces (a no-break one in "20 000" too) as one space."""
    return " ".join(text.split())


def clients(count: int) -> str:
    return "Kund;Intäkt\n" + "".join(f"Kund {i};{1000 + i}\n" for i in range(count))


def pick(page: Page, field: str, path: Path, text: str, encoding: str = "utf-8") -> None:
    path.write_bytes(text.encode(encoding))
    page.locator(field).set_input_files(path)


def paste_text(page: Page, field: str, text: str) -> None:
    """`text` in the field as a paste puts it there, at once (Playwright's fill types a
    megabyte for longer than a test waits)."""
    page.locator(field).evaluate(
        "(box, text) => { box.value = text; box.dispatchEvent(new Event('input', "
        "{ bubbles: true })); }",
        text,
    )


def open_key_clients(page: Page, url: str) -> None:
    page.goto(url + "/nyckelkundsanalys/")
    page.locator("[data-rg-mounted]").wait_for()


def key_client_refusal(page: Page, name: str) -> str:
    """What the analysis answered to a refused file, once the status says it was not read."""
    expect(page.locator("#rg-kc-file-status")).to_have_text(
        KEY_CLIENTS["file_not_read"].format(name=name)
    )
    expect(page.locator(".rg-kc-summary")).to_have_count(0)
    expect(page.locator("#rg-kc-columns")).to_be_hidden()
    return words(page.locator("#rg-kc-result").inner_text())


def test_a_list_one_line_past_the_limit_is_refused_and_one_at_it_is_read(
    page: Page, watch, fixture_url: str, tmp_path: Path
) -> None:
    open_key_clients(page, fixture_url)
    # the header and 20 000 clients: 20 001 lines, one past the 20 000
    pick(page, "#rg-kc-file", tmp_path / "kunder.csv", clients(20_000))
    said = key_client_refusal(page, "kunder.csv")
    assert said == words(KEY_CLIENTS["refused"]["lines"].format(lines="20 000"))
    # the header and 19 999 clients: 20 000 lines, read and analysed
    pick(page, "#rg-kc-file", tmp_path / "kunder-2.csv", clients(19_999))
    expect(page.locator("#rg-kc-file-status")).to_have_text(
        KEY_CLIENTS["file_read"].format(name="kunder-2.csv")
    )
    expect(page.locator(".rg-kc-summary")).to_contain_text("av 19\u00a0999 kunder")


def test_a_list_of_150_000_lines_is_refused_in_words_not_with_a_range_error(
    page: Page, watch, fixture_url: str, tmp_path: Path
) -> None:
    open_key_clients(page, fixture_url)
    pick(page, "#rg-kc-file", tmp_path / "stor.csv", clients(150_000))
    said = key_client_refusal(page, "stor.csv")
    assert "fler än 20 000 rader" in said
    # the same list pasted: the same answer
    paste_text(page, "#rg-kc-paste", clients(150_000))
    expect(page.locator("#rg-kc-result")).to_contain_text("fler än 20\u00a0000 rader")


def test_a_line_of_300_000_columns_is_refused_naming_the_line(
    page: Page, watch, fixture_url: str, tmp_path: Path
) -> None:
    open_key_clients(page, fixture_url)
    wide = "Kund;Intäkt\n\nAlfa AB;" + ";".join(["1"] * 300_000) + "\n"
    pick(page, "#rg-kc-file", tmp_path / "bred.csv", wide)
    said = key_client_refusal(page, "bred.csv")
    # line 3, the blank line counted; "Alfa AB" and 300 000 ones
    assert said == words(
        KEY_CLIENTS["refused"]["columns"].format(line=3, count="300 001", columns=100)
    )


def test_a_nul_in_a_clients_name_is_refused(
    page: Page, watch, fixture_url: str, tmp_path: Path
) -> None:
    open_key_clients(page, fixture_url)
    pick(page, "#rg-kc-file", tmp_path / "nul.csv", "Kund;Intäkt\nAlfa\x00AB;400\nBeta;200\n")
    said = key_client_refusal(page, "nul.csv")
    assert said == words(KEY_CLIENTS["refused"]["not_text"].format(line=2))


def open_calculator_without_deals(page: Page, url: str) -> None:
    # a model's link without its deals: the month starts empty
    page.goto(url + "/provisionskalkylator/?roll=kundansvarig&affarer=")
    page.locator("[data-rg-mounted]").wait_for()


def deal_lines(count: int, *, dated: bool) -> str:
    return "".join(
        (f"2026-{1 + i % 12:02d}-15;" if dated else "") + f"{1000 + i}\n" for i in range(count)
    )


def status(page: Page) -> str:
    return words(page.locator("#rg-paste-status").inner_text())


def test_the_calculator_refuses_more_lines_than_it_reads_and_adds_nothing(
    page: Page, watch, fixture_url: str, tmp_path: Path
) -> None:
    open_calculator_without_deals(page, fixture_url)
    pick(page, "#rg-import", tmp_path / "affarer.csv", deal_lines(12_001, dated=True))
    expect(page.locator("#rg-paste-status")).not_to_be_empty()
    nothing = CALCULATOR["import_nothing_added"]
    refused = CALCULATOR["import_refused"]
    assert status(page) == words(f"{refused['lines'].format(lines='12 000')} {nothing}")
    expect(page.locator("#rg-deals tr")).to_have_count(0)
    # 12 000 dated deals, 1 000 in each month: all read, the year opens
    pick(page, "#rg-import", tmp_path / "affarer-2.csv", deal_lines(12_000, dated=True))
    expect(page.locator("#rg-paste-status")).to_contain_text("12\u00a0000 affärer lades till.")
    expect(page.locator("#rg-deals tr")).to_have_count(1_000)


def test_the_calculator_refuses_a_month_of_more_deals_than_it_counts(
    page: Page, watch, fixture_url: str, tmp_path: Path
) -> None:
    open_calculator_without_deals(page, fixture_url)
    # 1 000 undated deals go to the month shown (January): at the limit
    pick(page, "#rg-import", tmp_path / "affarer.csv", deal_lines(1_000, dated=False))
    expect(page.locator("#rg-paste-status")).to_have_text("1\u00a0000 affärer lades till.")
    expect(page.locator("#rg-deals tr")).to_have_count(1_000)
    # one more would make 1 001 in January: refused, the 1 000 stay
    pick(page, "#rg-import", tmp_path / "en-till.csv", "5000\n")
    expect(page.locator("#rg-paste-status")).to_contain_text("Inga affärer lades till.")
    refused = CALCULATOR["import_refused"]["month"].format(
        month="januari", count="1 001", deals="1 000"
    )
    assert status(page) == words(f"{refused} {CALCULATOR['import_nothing_added']}")
    expect(page.locator("#rg-deals tr")).to_have_count(1_000)


def test_the_calculator_refuses_120_000_pasted_deals_and_keeps_them_in_the_box(
    page: Page, watch, fixture_url: str
) -> None:
    open_calculator_without_deals(page, fixture_url)
    paste_text(page, "#rg-paste", deal_lines(120_000, dated=False))
    page.get_by_role("button", name=CALCULATOR_FORM["paste_button"]).click()
    expect(page.locator("#rg-paste-status")).to_contain_text("fler än 12\u00a0000 rader")
    expect(page.locator("#rg-deals tr")).to_have_count(0)
    # what was pasted stays, to split up
    assert page.locator("#rg-paste").input_value().count("\n") == 120_000


def test_the_calculator_refuses_a_nul_and_a_line_too_wide(
    page: Page, watch, fixture_url: str, tmp_path: Path
) -> None:
    open_calculator_without_deals(page, fixture_url)
    pick(page, "#rg-import", tmp_path / "nul.csv", "1000\n2000\x00\n")
    expect(page.locator("#rg-paste-status")).to_contain_text(
        "Rad 2 innehåller ett otillåtet tecken (NUL)"
    )
    # tabs and semicolons both separate the calculator's columns: 60 + 60 + 1 = 121
    pick(page, "#rg-import", tmp_path / "bred.csv", "1000\n" + "1\t" * 60 + "1;" * 60 + "1\n")
    refused = CALCULATOR["import_refused"]["columns"].format(line=2, count=121, columns=100)
    expect(page.locator("#rg-paste-status")).to_contain_text("Rad 2 har 121 kolumner")
    assert status(page) == words(f"{refused} {CALCULATOR['import_nothing_added']}")
    expect(page.locator("#rg-deals tr")).to_have_count(0)
