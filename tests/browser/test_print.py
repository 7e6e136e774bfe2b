"""Each job description of the tests' own organisation printed to PDF by Chromium and read
back with pdftotext: nothing of the website around it, the status mark (UTKAST for a draft,
UNDER GRANSKNING on review, none once fastställd) on every page, the role, the version and the page
number at the foot of every page, the blocks to sign together on the last page."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page

from rollguiden.text.labels import load_labels

pytestmark = pytest.mark.browser

SITE_TEXT = ("Sök", "Provisionskalkylator", "Jämför roller", "Innehållsförteckning", "Rollguiden")
DOCUMENT = load_labels()["document"]
REVIEW = DOCUMENT["review_heading"]
TITLES = {
    "kundansvarig": "kundansvarig", "kundradgivare": "kundrådgivare",
    "teamledare": "teamledare", "innesaljare": "innesäljare",
}  # fmt: skip
MARKS = tuple(DOCUMENT["marks"].values())
# a role that is an example as a whole says so on every printed page, beside its status
EXAMPLE_MARK = load_labels()["provenance"]["document_mark"]


@pytest.fixture(scope="module")
def pdftotext() -> str:
    path = shutil.which("pdftotext")
    if path is None:
        message = (
            "pdftotext saknas: installera Debians poppler-utils "
            "(sudo apt-get install -y poppler-utils)."
        )
        if os.environ.get("ROLLGUIDEN_REQUIRE_BROWSER") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


def printed_pages(page: Page, url: str, folder: Path, pdftotext: str) -> list[str]:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    pdf = folder / "document.pdf"
    pdf.write_bytes(page.pdf(format="A4", prefer_css_page_size=True))
    text = subprocess.run(
        [pdftotext, "-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [chunk for chunk in text.split("\f") if chunk.strip()]


@pytest.mark.parametrize(
    ("role_id", "mark", "example"),
    [
        ("kundansvarig", None, False),  # approved, from its source: no mark
        ("kundradgivare", DOCUMENT["marks"]["draft"], True),
        ("teamledare", DOCUMENT["marks"]["draft"], True),
        ("innesaljare", DOCUMENT["marks"]["review"], True),
    ],
)
def test_printed_job_description(
    page: Page, watch, fixture_url: str, role_id: str, mark: str | None, example: bool,
    tmp_path: Path, pdftotext: str,
) -> None:  # fmt: skip
    pages = printed_pages(
        page, f"{fixture_url}/roller/{role_id}/arbetsbeskrivning/", tmp_path, pdftotext
    )
    everything = "\n".join(pages)
    for site_word in SITE_TEXT:
        assert site_word not in everything, site_word
    assert "Provbolaget AB" in pages[0]  # the organisation's name heads the document
    assert f"1. {DOCUMENT['sections']['placement']}" in pages[0]
    if mark is None:
        assert not any(other in everything for other in MARKS)
    else:
        assert all(mark in text for text in pages)  # on every page
        assert not any(other in everything for other in MARKS if other != mark)
    if example:
        assert all(EXAMPLE_MARK in text for text in pages)  # on every page
    else:
        assert EXAMPLE_MARK not in everything

    # the foot of every page: the role and the version, and "Sida n av N"
    title = f"Arbetsbeskrivning för {TITLES[role_id]}"
    for number, text in enumerate(pages, 1):
        foot = [line for line in text.splitlines() if line.strip()][-1]
        assert title in foot and f"Sida {number} av {len(pages)}" in foot, (number, foot)
    # the blocks to sign stay together, last
    signing = [i for i, text in enumerate(pages) if REVIEW in text]
    assert signing == [len(pages) - 1]
    assert DOCUMENT["approval_heading"] in pages[-1]


def test_an_approved_document_prints_who_approved_it(
    page: Page, watch, fixture_url: str, tmp_path: Path, pdftotext: str
) -> None:
    pages = printed_pages(
        page, f"{fixture_url}/roller/kundansvarig/arbetsbeskrivning/", tmp_path, pdftotext
    )
    # approved_by in kundansvarig.yml: in the document's line and where the manager signs
    assert "Fastställd av: Eva Exempel" in pages[0]
    last = pages[-1]
    assert DOCUMENT["approval_heading"] in last and "Eva Exempel" in last
    assert "2026-02-15" in last
