"""Each job description of the tests' own organisation printed to PDF by Chromium and read
back with pdftotext: nothing of the website around it, the status mark (UTKAST for a draft,
PÅ REMISS on review, none once approved) on every page, the acknowledgement sheet on a page
of its own."""

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
ACKNOWLEDGEMENT = DOCUMENT["acknowledgement_heading"]
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
    assert f"1. {DOCUMENT['sections']['general']}" in pages[0]
    if mark is None:
        assert not any(other in everything for other in MARKS)
    else:
        assert all(mark in text for text in pages)  # on every page
        assert not any(other in everything for other in MARKS if other != mark)
    if example:
        assert all(EXAMPLE_MARK in text for text in pages)  # on every page
    else:
        assert EXAMPLE_MARK not in everything

    sheet = [i for i, text in enumerate(pages) if ACKNOWLEDGEMENT in text]
    assert sheet == [len(pages) - 1]  # one sheet, last
    lines = [line.strip() for line in pages[sheet[0]].splitlines() if line.strip()]
    # the first line of the sheet after the page's marks (one line, or two side by side)
    shown_marks = tuple(word for word in (mark, EXAMPLE_MARK if example else None) if word)
    first = next(line for line in lines if not shown_marks or not line.startswith(shown_marks))
    assert first == ACKNOWLEDGEMENT
    assert "4.1" in pages[sheet[0] - 1]  # the liabilities end the page before


def test_an_approved_document_prints_who_approved_it(
    page: Page, watch, fixture_url: str, tmp_path: Path, pdftotext: str
) -> None:
    pages = printed_pages(
        page, f"{fixture_url}/roller/kundansvarig/arbetsbeskrivning/", tmp_path, pdftotext
    )
    # approved_by in kundansvarig.yml, under the approver's title from organisation.yml
    assert "Eva Exempel" in pages[0]
    assert "Verkställande direktör" in pages[0]
    assert DOCUMENT["name_line"] not in pages[0]  # signed: no lines left to fill in
