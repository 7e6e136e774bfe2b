"""Each job description printed to PDF by Chromium and read back with pdftotext: nothing of
the website around it, UTKAST on every page of a draft, the acknowledgement sheet on a page
of its own."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page

from helpers import ROLE_IDS

pytestmark = pytest.mark.browser

SITE_TEXT = ("Sök", "Provisionskalkylator", "Jämför roller", "Innehållsförteckning", "Rollguiden")
ACKNOWLEDGEMENT = "Jag har tagit del av arbetsbeskrivningen"


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


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_printed_job_description(
    page: Page, watch, site_url: str, role_id: str, tmp_path: Path, pdftotext: str
) -> None:
    pages = printed_pages(
        page, f"{site_url}/roller/{role_id}/arbetsbeskrivning/", tmp_path, pdftotext
    )
    everything = "\n".join(pages)
    for site_word in SITE_TEXT:
        assert site_word not in everything, site_word
    assert "1. Allmänna bestämmelser" in pages[0]
    assert all("UTKAST" in text for text in pages)  # the shipped roles are drafts

    sheet = [i for i, text in enumerate(pages) if ACKNOWLEDGEMENT in text]
    assert sheet == [len(pages) - 1]  # one sheet, last
    lines = [line.strip() for line in pages[sheet[0]].splitlines() if line.strip()]
    assert next(line for line in lines if line != "UTKAST") == ACKNOWLEDGEMENT
    assert "4.1" in pages[sheet[0] - 1]  # the liabilities end the page before
