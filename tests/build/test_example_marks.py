"""Every fact the source does not give is marked wherever it appears, with one convention –
the words "Exempel att granska" in a pill on screen and in print, in brackets in Word and
in the job ad's text, as a field in the API – and every role's occupation codes show with
their verification.

Built from the tests' own organisation, with the kundansvarig's reporting line, duties and
requirements marked as examples besides its pay, and its job description back under review
(the teamledare is an example as a whole). Once the närmaste chef approves a job
description, it carries no marks, and the worklist names what is still an example, once."""

from __future__ import annotations

import io
import json
import re
from html import unescape
from pathlib import Path

import pytest
from docx import Document

from helpers import copy_fixture_data, edit, fixture_config, run_mkdocs_build

BADGE = '<span class="rg-example-badge">Exempel att granska</span>'


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("marks")
    data = copy_fixture_data(folder)
    edit(
        data / "roles" / "kundansvarig.yml",
        "example_fields: [pay]",
        "example_fields: [pay, reporting, duties, requirements, summary]",
    )
    # approved, the document would carry no marks (test_approval_takes_the_marks_away)
    edit(data / "roles" / "kundansvarig.yml", "status: approved", "status: review")
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    return folder / "site"


def html(site: Path, page: str) -> str:
    return (site / page / "index.html").read_text("utf-8")


def test_the_profile_marks_its_fact_cards_and_lead(site: Path) -> None:
    page = html(site, "roller/kundansvarig")
    cards = page.split('class="grid cards rg-facts"', 1)[1].split("</div>", 1)[0]
    marked = re.findall(r"<strong>([^<]+)</strong>( <span class=\"rg-example-badge\">)?", cards)
    # reporting and requirements are examples; the category (classification) is not
    assert [(name, bool(badge)) for name, badge in marked] == [
        ("Kategori", False),
        ("Rapporterar till", True),
        ("Utbildning", True),
        ("Erfarenhet", True),
    ]
    lead = page.split("</h1>", 1)[1].split("Kallas också", 1)[0]
    assert BADGE in lead  # the summary


def test_the_reporting_rows_carry_the_mark_not_the_whole_section(site: Path) -> None:
    page = html(site, "roller/kundansvarig")
    section = page.split('id="rollen-i-organisationen"', 1)[1].split("<h2", 1)[0]
    rows = re.findall(r"<dt>([^<]+)</dt>\s*<dd>(.*?)</dd>", section, re.S)
    pill = re.compile(r'<span class="rg-example-badge"[^>]*>Exempel att granska</span>')
    marked = {name for name, value in rows if pill.search(value)}
    # the fixture's reporting line is an example; its focus and department are not
    assert marked == {"Rapporterar till", "Ersättare"}
    assert 'id="granska-reporting"' in section  # where the worklist's link lands
    assert "admonition-title" not in section


def test_the_job_description_marks_its_items_and_sections(site: Path) -> None:
    page = html(site, "roller/kundansvarig/arbetsbeskrivning")
    items = dict(
        re.findall(
            r'<span class="rg-num">(\d\.\d+)</span> [^<]*(<span class="rg-example-badge">)?', page
        )
    )
    # the reporting line: the manager (1.3) and the deputy (1.5); not the purpose (1.1), the
    # department (1.2) or who reports to the role (1.4), which the data does not say
    assert {number for number, badge in items.items() if badge} == {"1.3", "1.5"}
    # a section's mark stands under its heading, never in it
    headings = re.findall(r"<h2[^>]*>(\d)\. .*?</h2>\s*(<p>\s*<span class=\"rg-example)?", page)
    assert [(number, bool(badge)) for number, badge in headings] == [
        ("1", False),
        ("2", True),  # the duties
        ("3", False),
        ("4", False),
        ("5", True),  # the requirements
        ("6", False),
        ("7", False),  # the employee's part in the work environment: the organisation's
    ]
    assert "rg-example-mark" not in page  # the role as a whole comes from the source


def test_a_role_that_is_an_example_says_so_on_its_document(site: Path) -> None:
    page = html(site, "roller/teamledare/arbetsbeskrivning")
    assert '<p class="rg-example-mark">EXEMPEL ATT GRANSKA</p>' in page
    assert "rg-document--draft rg-document--example" in page
    # and on every printed page: its own style sheet names the word for the page's corner,
    # linked from this page alone (one sheet of every role's would load on every page)
    assert '<link rel="stylesheet" href="../../../assets/stylesheets/marks/teamledare.css">' in (
        page
    )
    assert "stylesheets/marks/" not in html(site, "roller/teamledare")
    marks = (site / "assets" / "stylesheets" / "marks" / "teamledare.css").read_text("utf-8")
    assert 'body:has([data-rg-doc="teamledare"]) { page: rg-doc-teamledare; }' in marks
    rule = marks.split("@page rg-doc-teamledare {", 1)[1].split("\n", 1)[0]
    assert '@top-left { content: "EXEMPEL ATT GRANSKA"' in rule
    assert '@top-right { content: "UTKAST"' in rule


def test_the_word_files_carry_the_same_marks(site: Path) -> None:
    example_role = Document(
        io.BytesIO((site / "roller/teamledare/arbetsbeskrivning-teamledare-v1.0.docx").read_bytes())
    )
    first = [paragraph.text for paragraph in example_role.paragraphs[:2]]
    assert first == ["EXEMPEL ATT GRANSKA", "UTKAST"]
    # and at the top of every page, in the header that Word repeats on each
    header = example_role.sections[0].header.paragraphs[0].text
    assert header.split() == ["EXEMPEL", "ATT", "GRANSKA", "UTKAST"]
    marked = Document(
        io.BytesIO(
            (site / "roller/kundansvarig/arbetsbeskrivning-kundansvarig-v1.1.docx").read_bytes()
        )
    )
    texts = [paragraph.text for paragraph in marked.paragraphs]
    # under review, from the source: its status at the top of its pages, no example mark
    assert marked.sections[0].header.paragraphs[0].text.split() == ["UNDER", "GRANSKNING"]
    # a section's mark on a line of its own under its heading, as on the page
    duties = texts.index("2. Arbetsuppgifter")
    assert texts[duties + 1] == "[Exempel att granska]"
    assert texts[texts.index("1. Syfte och placering") + 1] != "[Exempel att granska]"
    item = next(text for text in texts if text.startswith("1.3\t"))
    assert item.endswith(" [Exempel att granska]")
    assert not next(text for text in texts if text.startswith("1.1\t")).endswith("]")


def test_the_job_ad_marks_its_example_lists_and_an_example_role(site: Path) -> None:
    # the mark stands on a line of its own under the heading, never in it (nor in the
    # table of contents, which repeats the headings)
    page = html(site, "roller/kundansvarig/platsannons")
    sections = re.findall(r"<h2[^>]*>(.*?)</h2>\s*(<p>.*?</p>)?", page, re.S)
    headings = [re.sub(r"<[^>]+>.*", "", heading).strip() for heading, _ in sections]
    pairs = zip(headings, sections, strict=True)
    marked = {heading for heading, (_, after) in pairs if BADGE in after}
    assert marked == {
        "Om rollen",  # the summary
        "Dina arbetsuppgifter",
        "Vi söker dig som",
        "Meriterande",
        "Personliga egenskaper",  # the requirements
        "Anställningsvillkor",  # with the pay
    }
    assert not any(BADGE in heading for heading, _ in sections)
    data = json.loads(unescape(re.search(r'data-rg-jobad="([^"]*)"', page).group(1)))
    assert "Anställningsvillkor [Exempel att granska]\n" in data["text"]
    assert "## Anställningsvillkor\n\n\\[Exempel att granska\\]" in data["markdown"]
    example_role = html(site, "roller/teamledare/platsannons")
    note = (
        "Exempel att granska: rollen är ett exempel som företaget ska granska innan "
        "annonsen används."
    )
    assert f"<em>{note}</em>" in example_role


def test_the_comparison_marks_example_pay_and_example_roles(site: Path) -> None:
    pair = html(site, "jamfor/kundradgivare-vs-teamledare")
    pay = pair.split(">Lön<", 1)[1].split("<h2", 1)[0]
    assert BADGE in pay  # both pay models are examples
    header = pair.split("<thead>", 1)[1].split("</thead>", 1)[0]
    # both roles are examples as a whole: each column's heading says so once
    assert header.count(BADGE) == 2
    matrix = html(site, "jamfor")
    row = re.search(r'<th scope="row">Månadslön vid.*?</tr>', matrix, re.S).group(0)
    cells = re.findall(r'<td data-label="([^"]+)"[^>]*>(.*?)</td>', row)
    # the kundansvarig's pay is an example field; the example roles are marked in the heading
    assert [label for label, cell in cells if BADGE in cell] == ["Kundansvarig"]


def test_the_api_says_which_facts_are_examples(site: Path) -> None:
    entry = json.loads((site / "api/v1/roles/kundansvarig.json").read_text("utf-8"))
    assert entry["examples"] == {
        "whole_role": False,
        "fields": ["pay", "reporting", "duties", "requirements", "summary"],
    }
    teamledare = json.loads((site / "api/v1/roles/teamledare.json").read_text("utf-8"))
    assert teamledare["examples"] == {"whole_role": True, "fields": []}


def test_occupation_codes_show_with_their_verification(site: Path) -> None:
    # a code not yet checked is the editors' to check, on their worklist: the reader sees
    # the code and its name, as for a checked one
    profile = unescape(html(site, "roller/kundradgivare"))
    assert re.search(r"Yrkeskod \(SSYK 2012\)</dt>\s*<dd>4222 Kundtjänstpersonal</dd>", profile)
    worklist = unescape(html(site, "om-rollguiden/att-granska"))
    assert "Kundrådgivare: SSYK 4222 Kundtjänstpersonal är inte bekräftad" in worklist
    verified = unescape(html(site, "roller/kundansvarig"))
    assert re.search(r"Yrkeskod \(SSYK 2012\)</dt>\s*<dd>3322 Företagssäljare</dd>", verified)
    # ESCO's name; its address is for machines (the API), not a reader
    assert re.search(r"Yrke i ESCO</dt>\s*<dd>sales account manager</dd>", verified)
    assert "data.europa.eu" not in verified.split("<article", 1)[1].split("Om uppgifterna")[0]
    assert "Testets egen uppgift, som om en källa visade koden för rollen." in verified
    # the code is the ad's metadata, for a job board, not a sentence of its text
    assert "Yrkeskod" not in unescape(html(site, "roller/kundansvarig/platsannons"))
    posting = json.loads((site / "api/v1/job-postings/kundansvarig.json").read_text("utf-8"))
    assert posting["occupationalCategory"] == "3322 Företagssäljare"
    api = json.loads((site / "api/v1/roles/innesaljare.json").read_text("utf-8"))
    assert api["role"]["occupation_codes"]["ssyk"] == {
        "code": "3322",
        "name": "Företagssäljare",
        "source": "Testets egen uppgift.",
        "verified": True,
    }


def test_approval_takes_the_marks_away(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    edit(
        data / "roles" / "kundansvarig.yml",
        "example_fields: [pay]",
        "example_fields: [pay, reporting, duties]",
    )
    # the teamledare, an example as a whole, approved by its manager as it stands
    edit(
        data / "roles" / "teamledare.yml",
        "status: draft",
        "status: approved\n  effective_date: 2020-01-01\n  approved_by: Eva Exempel\n"
        "  approved_on: 2020-01-01",
    )
    result = run_mkdocs_build(tmp_path / "site", data, fixture_config(tmp_path))
    assert result.returncode == 0, result.stderr
    site = tmp_path / "site"
    for role_id in ("kundansvarig", "teamledare"):
        page = html(site, f"roller/{role_id}/arbetsbeskrivning")
        document = page.split('class="rg-document', 1)[1]
        assert "rg-example-badge" not in document and "rg-example-mark" not in document
        assert "rg-draft-mark" not in document
    word = Document(
        io.BytesIO((site / "roller/teamledare/arbetsbeskrivning-teamledare-v1.0.docx").read_bytes())
    )
    marks = ("[Exempel att granska]", "EXEMPEL ATT GRANSKA", "UTKAST")
    assert not [p.text for p in word.paragraphs if any(mark in p.text for mark in marks)]
    assert word.sections[0].header.paragraphs[0].text == ""
    # the profile keeps its marks: it is no signed document
    assert BADGE in html(site, "roller/kundansvarig")
    worklist = " ".join(
        unescape(re.sub(r"<[^>]+>", " ", html(site, "om-rollguiden/att-granska"))).split()
    )
    assert "Kundansvarig: lönemodell" not in worklist  # one line per role, not per field
    assert (
        "Kundansvarig: arbetsbeskrivningen är fastställd, men rollen har fortfarande uppgifter "
        "som är markerade som exempel (lönemodell, rollen i organisationen, arbetsuppgifter) – "
        "ta bort dem ur provenance.example_fields när de är granskade"
    ) in worklist
    assert (
        "Teamledare: arbetsbeskrivningen är fastställd, men hela rollen är fortfarande markerad "
        "som exempel – skriv basis: own under provenance när den är granskad"
    ) in worklist
