"""The browser tools at their limits: text from the address or the data filled into a label
as written ($& and {b} included), amounts past what a pay model holds, pasted lines named as
the reader numbers them, a deal added in constant time, and a scenario too large for a link.

Built from the tests' own organisation with a role titled with the patterns that a
String.replace once expanded."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml
from playwright.sync_api import Page, expect

from helpers import copy_fixture_data, fixture_config, run_mkdocs_build, serve
from rollguiden.text.labels import load_labels

pytestmark = pytest.mark.browser

TITLE = "Kundchef $& {b} $$"
LABELS = load_labels()
CALCULATOR = LABELS["calculator"]["texts"]
COMPARE = LABELS["compare"]["texts"]


@pytest.fixture(scope="module")
def tools_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("tools")
    data = copy_fixture_data(folder)
    role_file = data / "roles" / "kundradgivare.yml"
    role = yaml.safe_load(role_file.read_text("utf-8"))
    role["title"] = TITLE
    role_file.write_text(yaml.safe_dump(role, allow_unicode=True), "utf-8")
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    yield from serve(folder / "site")


def paste(page: Page, lines: list[str]) -> None:
    """Put lines in the paste box as a paste would (typing 10 000 lines takes minutes), read
    them in, and wait until the page says what it read (the reader of pasted lines is
    fetched the first time it is needed)."""
    page.locator("#rg-paste").evaluate("(box, text) => { box.value = text; }", "\n".join(lines))
    status = page.locator("#rg-paste-status")
    status.evaluate("(status) => { status.textContent = ''; }")
    page.get_by_role("button", name="Läs in raderna").click()
    expect(status).not_to_have_text("")


def open_calculator(page: Page, url: str) -> None:
    page.goto(f"{url}/provisionskalkylator/?roll=kundradgivare")
    expect(page.locator("[data-rg-calculator]")).to_have_attribute("data-rg-mounted", "true")


def test_an_unknown_role_in_the_address_is_named_as_written(
    page: Page, watch, tools_url: str
) -> None:
    page.goto(f"{tools_url}/jamfor/?roller=$`$'$%26,kundradgivare")
    status = page.locator(".rg-picker-status")
    expect(status).to_contain_text(COMPARE["unknown"].format(ids="$`$'$&"))


def test_a_title_with_replacement_patterns_is_shown_as_written(
    page: Page, watch, tools_url: str
) -> None:
    page.goto(f"{tools_url}/jamfor/?roller=kundradgivare,teamledare")
    summary = page.locator(".rg-pair summary")
    expect(summary).to_have_text(COMPARE["vs"].format(a=TITLE, b="Teamledare"))
    # inside the heading "Bara …" the title stands in lower case, as inside a sentence
    in_text = "kundchef" + TITLE.removeprefix("Kundchef")
    expect(page.locator(".rg-pair h5", has_text=in_text).first).to_have_text(
        LABELS["compare"]["only"].format(role=in_text)
    )


def test_an_amount_beyond_any_pay_model_is_refused_in_the_form(
    page: Page, watch, tools_url: str
) -> None:
    open_calculator(page, tools_url)
    base = page.locator("#rg-base")
    base.fill("1" + "0" * 307)
    base.blur()
    expect(page.locator("#rg-base-error")).to_have_text("Ange ett belopp på högst 10 000 000 000.")
    expect(page.locator("#rg-result")).to_have_text(CALCULATOR["fix_fields"])
    assert "∞" not in page.locator(".rg-calculator").inner_text()
    base.fill("10 000 000 000")  # the largest amount itself is fine
    base.blur()
    expect(page.locator("#rg-base-error")).to_be_hidden()


def test_pasted_lines_are_numbered_as_the_reader_sees_them(
    page: Page, watch, tools_url: str
) -> None:
    open_calculator(page, tools_url)
    before = page.locator("#rg-deals tr").count()
    page.locator("#rg-paste").fill("10 000\n\nfel\n20 000;5 000\n")
    page.get_by_role("button", name="Läs in raderna").click()
    expect(page.locator("#rg-paste-status")).to_have_text(
        "2 affärer lades till. Rad 3 kunde inte läsas."
    )
    expect(page.locator("#rg-deals tr")).to_have_count(before + 2)


def test_many_unreadable_lines_are_counted_not_listed(page: Page, watch, tools_url: str) -> None:
    open_calculator(page, tools_url)
    paste(page, ["x"] * 10_000)
    expect(page.locator("#rg-paste-status")).to_have_text(
        "0 affärer lades till. 10\u00a0000 rader kunde inte läsas (de första: raderna "
        "1, 2, 3, 4 och 5)."
    )


def test_adding_a_deal_leaves_the_other_rows_alone(page: Page, watch, tools_url: str) -> None:
    # constant time: however many deals there are, adding one touches only its own row
    open_calculator(page, tools_url)
    paste(page, ["25 000"] * 500)
    touched = page.evaluate(
        """() => {
          const body = document.querySelector("#rg-deals");
          const seen = new Set();
          const observer = new MutationObserver((records) => {
            for (const record of records) seen.add(record.target.closest("tr"));
          });
          const all = { subtree: true, attributes: true, childList: true, characterData: true };
          observer.observe(body, all);
          document.querySelector("[data-action=add-deal]").click();
          const records = observer.takeRecords();
          for (const record of records) seen.add(record.target.closest?.("tr") ?? record.target);
          observer.disconnect();
          const added = body.lastElementChild;
          return [...seen].filter((row) => row !== added && row !== body).length;
        }"""
    )
    assert touched == 0
    last = page.locator("#rg-deals tr").last
    expect(last.locator("th")).to_have_text(str(page.locator("#rg-deals tr").count()))
    expect(last.locator("input").first).to_be_focused()


def test_a_scenario_too_large_for_a_link_offers_a_file(page: Page, watch, tools_url: str) -> None:
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    open_calculator(page, tools_url)
    # 900 deals with öre: more than a link holds (8 000 characters), fewer than the 1 000 a
    # month may have
    paste(page, [f"{1000 + n} 000,25" for n in range(900)])
    count = page.locator("#rg-deals tr").count()
    shown_count = f"{count:,}".replace(",", "\u00a0")
    # said as soon as the deals outgrow the address, before anyone copies or reloads
    status = page.locator("#rg-copy-status")
    expect(status).to_have_text(CALCULATOR["link_too_long"].format(n=shown_count))
    download = page.get_by_role("button", name="Ladda ner affärerna")
    expect(download).to_be_visible()
    # the address keeps the model and no deals: a reload or a link must not meet a refusal
    assert len(page.url) <= 8000
    assert parse_qs(urlsplit(page.url).query, keep_blank_values=True)["affarer"] == [""]

    page.get_by_role("button", name="Kopiera länk").click()
    expect(status).to_have_text(CALCULATOR["copied_without_deals"])
    link = page.evaluate("navigator.clipboard.readText()")
    assert link == page.url
    with page.expect_download() as caught:
        download.click()
    assert caught.value.suggested_filename == "provisionskalkylator-affarer.csv"
    lines = Path(caught.value.path()).read_text("utf-8-sig").splitlines()
    assert len(lines) == count

    # the link opens the model with no deals, and the file pastes in: the same deals
    page.goto(link)
    expect(page.locator("[data-rg-calculator]")).to_have_attribute("data-rg-mounted", "true")
    expect(page.locator("#rg-deals tr")).to_have_count(0)
    paste(page, lines)
    expect(page.locator("#rg-deals tr")).to_have_count(count)
    expect(page.locator("#rg-deals tr").last.locator("input").first).to_have_value("1899 000,25")


def test_a_pasted_deal_without_its_margin_is_marked_at_once(
    page: Page, watch, tools_url: str
) -> None:
    # the team leader is paid on margin: a pasted amount alone leaves its margin to fill in
    page.goto(f"{tools_url}/provisionskalkylator/?roll=teamledare")
    expect(page.locator("[data-rg-calculator]")).to_have_attribute("data-rg-mounted", "true")
    paste(page, ["10 000", "20 000;5 000"])
    expect(page.locator("#rg-paste-status")).to_have_text("2 affärer lades till.")
    rows = page.locator("#rg-deals tr")
    without, margin = rows.nth(rows.count() - 2), rows.last
    expect(without.locator(".rg-error").last).to_have_text(CALCULATOR["errors"]["empty"])
    expect(margin.locator("input[name=margin]")).to_have_value("5 000")
    expect(margin.locator(".rg-error").last).to_be_hidden()
