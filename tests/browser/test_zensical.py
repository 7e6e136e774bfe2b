"""The organisation's site built without the hook, by Zensical (the theme makers' successor
to MkDocs, which reads mkdocs.yml but runs no hooks), from `python -m rollguiden generate
--project`: every page MkDocs builds is there, the role profiles carry the same duty numbers,
the hand-written pages their glossary abbreviations, the 404 page its Swedish words, and in
Chromium the tools start with no console error (the Content-Security-Policy holds) and no
request leaving the site.

Marked `zensical`: skipped where Zensical is not installed. It is pinned in the dev group,
so `uv sync` installs it, and .ci/run sets ROLLGUIDEN_REQUIRE_ZENSICAL=1, which turns a
missing Zensical into a failure. Like the organisation_site checks, it holds for whatever
roles data/ has."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from helpers import PROJECT_DIR, serve
from rollguiden.text.labels import load_labels

pytestmark = pytest.mark.zensical

ZENSICAL = Path(sys.executable).with_name("zensical")
MISSING = (
    "Zensical saknas: `uv sync` installerar den (utvecklingsgruppen i pyproject.toml), "
    "eller hoppa över med -m 'not zensical'."
)


@pytest.fixture(scope="module")
def zensical_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not (ZENSICAL.exists() or shutil.which("zensical")):
        if os.environ.get("ROLLGUIDEN_REQUIRE_ZENSICAL") == "1":
            pytest.fail(MISSING)
        pytest.skip(MISSING)
    project = tmp_path_factory.mktemp("zensical") / "project"
    environment = {key: value for key, value in os.environ.items() if key != "ROLLGUIDEN_DATA"}
    generated = subprocess.run(
        [sys.executable, "-m", "rollguiden", "generate", "--project", "--out", str(project)],
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
    )
    assert generated.returncode == 0, generated.stderr
    command = str(ZENSICAL) if ZENSICAL.exists() else "zensical"
    built = subprocess.run(
        [command, "build", "--clean", "--strict"],
        cwd=project,
        env=environment,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert built.returncode == 0, built.stdout + built.stderr
    return project / "site"


@pytest.fixture(scope="module")
def zensical_url(zensical_site: Path) -> Iterator[str]:
    yield from serve(zensical_site)


def html_pages(site: Path) -> set[str]:
    return {path.relative_to(site).as_posix() for path in site.rglob("*.html")}


def test_every_page_mkdocs_builds_is_there(organisation_site: Path, zensical_site: Path) -> None:
    missing = html_pages(organisation_site) - html_pages(zensical_site)
    assert missing == set()
    # and the files beside the pages: the Word documents, the API, the picker's files
    files = {
        path.relative_to(organisation_site).as_posix()
        for path in organisation_site.rglob("*")
        if path.suffix in (".docx", ".json") and "search" not in path.parts
    }
    assert {path for path in files if not (zensical_site / path).exists()} == set()


def duty_numbers(page: Path) -> list[str]:
    return re.findall(r'<span class="rg-num">([^<]*)</span>', page.read_text("utf-8"))


def test_role_profiles_carry_the_same_duty_numbers(
    organisation_site: Path, zensical_site: Path
) -> None:
    profiles = sorted(organisation_site.glob("roller/*/index.html"))
    assert profiles
    for profile in profiles:
        path = profile.relative_to(organisation_site)
        assert duty_numbers(zensical_site / path) == duty_numbers(profile), path
        assert duty_numbers(profile)


def test_hand_written_pages_keep_their_abbreviations(
    organisation_site: Path, zensical_site: Path
) -> None:
    # the hook adds the glossary to hand-written pages; here the project appends it
    hand_written = [
        page
        for page in (PROJECT_DIR / "docs").rglob("*.md")
        if "assets" not in page.relative_to(PROJECT_DIR / "docs").parts
    ]
    counted = 0
    for source in hand_written:
        relative = source.relative_to(PROJECT_DIR / "docs").with_suffix("")
        folder = relative.parent if relative.name == "index" else relative
        page = folder / "index.html"
        theirs = (organisation_site / page).read_text("utf-8").count("<abbr")
        ours = (zensical_site / page).read_text("utf-8").count("<abbr")
        assert ours == theirs, page
        counted += theirs
    assert counted > 0  # the glossary's terms do occur on the hand-written pages


def test_the_404_page_speaks_swedish(zensical_site: Path) -> None:
    words = load_labels()["not_found"]
    page = (zensical_site / "404.html").read_text("utf-8")
    assert words["title"] in page
    assert f'href="/roller/">{words["roles"]}</a>' in page


@pytest.mark.browser
@pytest.mark.parametrize("path", ["provisionskalkylator/", "jamfor/", "passar-jag/"])
def test_the_tools_start(page: Page, watch, zensical_url: str, path: str) -> None:
    page.goto(f"{zensical_url}/{path}")
    expect(page.locator("[data-rg-mounted]")).to_have_count(1)
    # the page's own policy holds: set by the project, as the hook sets it under MkDocs
    policy = page.locator('meta[http-equiv="Content-Security-Policy"]')
    expect(policy).to_have_attribute("content", re.compile(r"script-src 'self';"))
    page.wait_for_load_state("networkidle")
    watch.assert_clean()
