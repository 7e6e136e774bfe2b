"""The worklist for the content's owners, /om-rollguiden/att-granska/, and `rollguiden review`:
what is marked as an example (with a link to the notice on the profile), which job
descriptions do not apply yet, which roles are due for review, which ads lack chosen duties
or facts, which terms no role uses, and gaps in the numbering. The expected lists are read off the
tests' own organisation and the edits made here."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from helpers import copy_fixture_data, edit, fixture_config, run_cli, run_mkdocs_build

GROUPS = {
    # settings for every role that are examples (the fixture's key-client capacity and
    # pension, and the manager's tasks as marked here): named first, with the field to change
    "Företagets inställningar som är exempel": [
        "Chefernas arbetsmiljöuppgifter och personaluppgifter (manager_tasks) är ett exempel",
        "Antalet nyckelkunder per key account manager (key_client_capacity) är ett exempel",
        "Tjänstepensionen (pay_rules.pension) är ett exempel",
    ],
    "Exempel att granska": [
        "Innesäljare: hela rollen är ett exempel",
        # approved: what is still an example is named once (its document has no marks)
        "Kundansvarig: arbetsbeskrivningen är fastställd, men rollen har fortfarande uppgifter "
        "som är markerade som exempel (lönemodell) – ta bort dem ur provenance.example_fields "
        "när de är granskade",
        "Kundrådgivare: hela rollen är ett exempel",
        "Teamledare: hela rollen är ett exempel",
    ],
    "Arbetsbeskrivningar som inte gäller än": [
        "Innesäljare: under granskning, inte fastställd",
        "Kundansvarig: fastställd, gäller från 2999-01-01",
        "Kundrådgivare: utkast, inte fastställd",
        "Teamledare: utkast, inte fastställd",
    ],
    "Roller som ska ses över": ["Teamledare: skulle ses över senast 2020-01-01"],
    "Platsannonser utan utvalda uppgifter": [
        "Innesäljare: ingen uppgift är utvald för platsannonsen"
    ],
    # the fixture's job_ads give about us, the employment, the place, the start and how to
    # apply; the kundansvarig gives its last day and contact; the innesäljare has no pay
    # model, the teamledare a language without the reason the work needs it
    "Platsannonser att komplettera": [
        "Innesäljare: platsannonsen saknar vad vi erbjuder, kollektivavtal, lön, sista "
        "ansökningsdag, hur urvalet går till, kontaktperson och fackliga kontaktpersoner",
        "Kundansvarig: platsannonsen saknar vad vi erbjuder, kollektivavtal, hur urvalet går "
        "till och fackliga kontaktpersoner",
        "Kundrådgivare: platsannonsen saknar vad vi erbjuder, kollektivavtal, sista "
        "ansökningsdag, hur urvalet går till, kontaktperson och fackliga kontaktpersoner",
        "Teamledare: platsannonsen saknar varför arbetet kräver språket, vad vi erbjuder, "
        "kollektivavtal, sista ansökningsdag, hur urvalet går till, kontaktperson och fackliga "
        "kontaktpersoner",
    ],
    "Begrepp som ingen roll använder": [
        "Färdighet: Budget (budget)",
        "Erfarenhetsområde: Ledning (ledning)",
    ],
    "Luckor i numreringen": [
        "Kundrådgivare: numren hoppar från 2.1 till 2.3 (2.2 saknas) – numrera om, om luckan "
        "inte är avsiktlig"
    ],
    # the fixture's codes: the innesäljare's ESCO occupation and the kundrådgivare's SSYK code
    # are not verified, and the teamledare has none
    "Yrkeskoder att granska": [
        "Innesäljare: ESCO commercial sales representative är inte bekräftad",
        "Kundrådgivare: SSYK 4222 Kundtjänstpersonal är inte bekräftad",
        "Teamledare: saknar yrkeskod (SSYK 2012)",
    ],
}


@pytest.fixture(scope="module")
def data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    data = copy_fixture_data(tmp_path_factory.mktemp("review"))
    kundansvarig = data / "roles" / "kundansvarig.yml"
    edit(kundansvarig, "effective_date: 2026-03-01", "effective_date: 2999-01-01")
    edit(
        data / "roles" / "teamledare.yml",
        "  status: draft",
        "  status: draft\n  review_by: 2020-01-01",
    )
    edit(data / "roles" / "kundradgivare.yml", "  - number: 2\n", "  - number: 3\n")
    edit(data / "organisation.yml", "manager_tasks:\n", "manager_tasks:\n  example: true\n")
    return data


@pytest.fixture(scope="module")
def site(data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("review-site")
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    return folder / "site"


def test_the_page_lists_what_needs_review(site: Path) -> None:
    html = (site / "om-rollguiden" / "att-granska" / "index.html").read_text("utf-8")
    article = html.split("<article", 1)[1].split("</article>", 1)[0]
    found: dict[str, list[str]] = {}
    for heading, body in re.findall(
        r"<h2[^>]*>(.*?)<a class=\"headerlink\".*?</h2>(.*?)(?=<h2|$)", article, re.S
    ):
        items = re.findall(r"<li>(.*?)</li>", body, re.S)
        text = [unescape(re.sub(r"<[^>]+>", "", item)).split(" – fil ")[0] for item in items]
        found[unescape(heading).strip()] = text
    # the site is built with the project's mkdocs.yml, whose Git address is a placeholder
    # (git.intranet.example): named first, with what to do
    site_settings = found.pop("Webbplatsens inställningar")
    assert site_settings == [
        "Adressen till företagets Git-server (repo_url: "
        "https://git.intranet.example/rollguiden/rollguiden) är en platshållare: skriv in "
        "företagets egen, eller ta bort raderna repo_url, repo_name och edit_uri om företaget "
        "inte har någon"
    ]
    assert found == GROUPS


def test_each_example_links_to_its_notice_on_the_profile(site: Path) -> None:
    html = (site / "om-rollguiden" / "att-granska" / "index.html").read_text("utf-8")
    link = '<a href="../../roller/kundansvarig/#granska-pay">Kundansvarig: arbetsbeskrivningen'
    assert link in html
    assert '<a href="../../roller/teamledare/#granska">' in html
    profile = (site / "roller" / "kundansvarig" / "index.html").read_text("utf-8")
    assert 'id="granska-pay"' in profile
    assert 'id="granska"' in (site / "roller" / "teamledare" / "index.html").read_text("utf-8")


def test_each_task_names_the_file_to_edit(site: Path) -> None:
    html = unescape((site / "om-rollguiden" / "att-granska" / "index.html").read_text("utf-8"))
    assert (
        "Teamledare: skulle ses över senast 2020-01-01</a> – fil "
        "<code>data/roles/teamledare.yml</code>" in html
    )
    assert "Färdighet: Budget (budget) – fil <code>data/vocabulary.yml</code>" in html
    assert "(manager_tasks) är ett exempel – fil <code>data/organisation.yml</code>" in html


def test_the_command_prints_the_same_list(data: Path) -> None:
    result = run_cli("--data", str(data), "review")
    assert result.returncode == 0, result.stderr
    printed: dict[str, list[str]] = {}
    heading = None
    for line in result.stdout.splitlines()[1:]:
        if line.startswith("  - "):
            printed[heading].append(line[4:].rsplit(" (", 1)[0])
        elif line.strip():
            heading = line.strip()
            printed[heading] = []
    assert printed == GROUPS
