"""`mkdocs serve` of the tests' own organisation while an editor works: a broken role file
takes down that role only (its address names the errors, every other page still renders,
with the errors on top), a broken organisation keeps the last good pages up, the log's words
are true in each state, and fixing the file recovers."""

from __future__ import annotations

import html
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from helpers import copy_fixture_data, edit, fixture_config, mkdocs_serve
from rollguiden.text.labels import load_labels

PAGE = "/roller/kundansvarig/"


def fetch(url: str) -> str | None:
    """The page's HTML with character references decoded, as the reader's browser shows it."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return html.unescape(response.read().decode("utf-8"))
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(condition: Callable[[], bool], what: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


STATES = load_labels()["errors"]["states"]


def test_a_broken_role_takes_down_only_that_role_and_fixing_it_recovers(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path / "data-copy")
    config = fixture_config(tmp_path / "project")
    log = tmp_path / "serve.log"
    role = data / "roles" / "kundansvarig.yml"
    with mkdocs_serve(data, config, log) as url:
        wait_for(lambda: (fetch(url + PAGE) or "").count("rg-num") > 0, "the first build")
        assert "Minst 2 år inom försäljning" in (fetch(url + PAGE) or "")

        edit(role, "min_years: 2", "min_years: -3")
        line = role.read_text("utf-8").split("min_years: -3")[0].count("\n") + 1
        wait_for(lambda: "Datafel" in (fetch(url + PAGE) or ""), "the error notice")
        # the broken role's address names the file, the line, the field and what is wrong
        page = fetch(url + PAGE) or ""
        assert "Rollen kundansvarig kan inte visas" in page
        assert (
            f"kundansvarig.yml:{line}: requirements.experience.min_years: ska vara minst 0, "
            "men är -3" in page
        )
        assert "Planerar försäljningen till de största kunderna." not in page
        # every other role, comparison and tool still renders, each with the notice on top
        for other, text in (
            ("/roller/teamledare/", "Leder och coachar teamet."),
            ("/jamfor/kundradgivare-vs-teamledare/", "Kundrådgivaren tar hand om kunderna"),
            ("/provisionskalkylator/", "data-rg-calculator"),
            ("/", "Teamledare"),
        ):
            shown = fetch(url + other) or ""
            assert text in shown, other
            assert "Datafel" in shown and STATES["partial"] in " ".join(shown.split()), other
        # the innesäljare, who reported to the kundansvarig, is shown without that link
        assert "roller/kundansvarig/" not in (fetch(url + "/roller/innesaljare/") or "x")

        edit(role, "min_years: -3", "min_years: 3")
        wait_for(lambda: "Datafel" not in (fetch(url + PAGE) or "Datafel"), "the recovery")
        assert "Minst 3 år inom försäljning" in (fetch(url + PAGE) or "")
    output = log.read_text("utf-8")
    assert "Traceback" not in output
    assert f"kundansvarig.yml:{line}: requirements.experience.min_years" in output
    assert f"WARNING -  {' '.join(STATES['partial'].split())}" in output
    assert "Sidorna visar senast fungerande data" not in output


def test_without_the_organisation_the_last_good_pages_stay_up(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path / "data-copy")
    config = fixture_config(tmp_path / "project")
    log = tmp_path / "serve.log"
    with mkdocs_serve(data, config, log) as url:
        wait_for(lambda: (fetch(url + PAGE) or "").count("rg-num") > 0, "the first build")
        edit(data / "organisation.yml", "currency: SEK", "currency: kronor")
        wait_for(lambda: "Datafel" in (fetch(url + PAGE) or ""), "the error notice")
        page = fetch(url + PAGE) or ""
        assert "Planerar försäljningen till de största kunderna." in page  # the last good page
        assert STATES["last_good"] in " ".join(page.split())
    output = log.read_text("utf-8")
    assert f"WARNING -  {' '.join(STATES['last_good'].split())}" in output


def test_started_with_a_broken_organisation_the_log_says_nothing_can_be_shown(
    tmp_path: Path,
) -> None:
    data = copy_fixture_data(tmp_path / "data-copy")
    edit(data / "organisation.yml", "currency: SEK", "currency: kronor")
    config = fixture_config(tmp_path / "project")
    log = tmp_path / "serve.log"
    with mkdocs_serve(data, config, log) as url:
        wait_for(lambda: "Datafel" in (fetch(url + "/") or ""), "the first build")
        # the pages the navigation and the roles' addresses name still answer, with the errors
        for path in ("/", "/jamfor/", "/register/ordlista/", PAGE):
            shown = fetch(url + path) or ""
            assert "organisation.yml:4: currency: ska vara en valutakod" in shown, path
    output = log.read_text("utf-8")
    assert f"WARNING -  {' '.join(STATES['no_data'].split())}" in output
    assert "senaste versionen som fungerade" not in output
    # no English warnings from MkDocs about links to pages that wait for valid data
    assert [line for line in output.splitlines() if line.startswith("WARNING")] == [
        f"WARNING -  {' '.join(STATES['no_data'].split())}"
    ]


def test_a_folder_that_is_not_a_data_folder_is_served_but_not_watched(tmp_path: Path) -> None:
    # ROLLGUIDEN_DATA=/usr had the server walk all of /usr to watch it (4.3 GB, no page
    # after a minute): a folder holding neither organisation.yml nor roles/ is not watched,
    # and the log says so, and why, in the line that says where the site is.
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "share" / "doc").mkdir(parents=True)
    (elsewhere / "share" / "doc" / "README").write_text("inte rolldata\n", "utf-8")
    config = fixture_config(tmp_path / "project")
    log = tmp_path / "serve.log"
    with mkdocs_serve(elsewhere, config, log, verbose=True) as url:
        wait_for(lambda: "Datafel" in (fetch(url + "/") or ""), "the first build")
        wait_for(lambda: "Rollguiden visas på" in log.read_text("utf-8"), "the serving line")
    output = " ".join(log.read_text("utf-8").split())
    assert f"Watching '{elsewhere}'" not in output
    assert f"{elsewhere}/ är ingen datamapp" in output
    assert (
        "så webbplatsen byggs inte om när du sparar där. Rätta sökvägen i ROLLGUIDEN_DATA och "
        "starta om mkdocs serve." in output
    )
    assert "byggs om när du sparar" not in output


def test_a_data_folder_is_watched(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path / "data-copy")
    config = fixture_config(tmp_path / "project")
    log = tmp_path / "serve.log"
    with mkdocs_serve(data, config, log, verbose=True) as url:
        wait_for(lambda: (fetch(url + PAGE) or "").count("rg-num") > 0, "the first build")
        wait_for(lambda: "Rollguiden visas på" in log.read_text("utf-8"), "the serving line")
    output = " ".join(log.read_text("utf-8").split())
    assert f"Watching '{data}'" in output
    assert f"webbplatsen byggs om när du sparar en fil i {data}/" in output
