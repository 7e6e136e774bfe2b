"""Each role's job description in the site of the tests' own organisation and as a Word file,
in the Swedish model: purpose and place, the duties in number order, responsibility and
authority, goals and follow-up, the kravprofil, special conditions, a manager's tasks, and who
fastställde it and when it was gone through with the employee; UTKAST on drafts, UNDER GRANSKNING
on review. Expected items are read off the fixture's YAML files."""

from __future__ import annotations

import io
import re
from html import unescape
from pathlib import Path

import docx
import docx.oxml.ns
import pytest
import yaml

from helpers import FIXTURE_DATA_DIR

NBSP = "\u00a0"
FIXTURE_ROLE_IDS = sorted(path.stem for path in (FIXTURE_DATA_DIR / "roles").glob("*.yml"))
MARKS = {"draft": "UTKAST", "review": "UNDER GRANSKNING"}
"""The mark on a document not yet approved, by its status (labels: document.marks)."""


def role_yaml(role_id: str) -> dict:
    return yaml.safe_load((FIXTURE_DATA_DIR / "roles" / f"{role_id}.yml").read_text("utf-8"))


def department_name(department_id: str) -> str:
    organisation = yaml.safe_load((FIXTURE_DATA_DIR / "organisation.yml").read_text("utf-8"))
    return next(d["name"] for d in organisation["departments"] if d["id"] == department_id)


def words(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").split())


def page_text(site: Path, role_id: str) -> str:
    html = (site / "roller" / role_id / "arbetsbeskrivning" / "index.html").read_text("utf-8")
    article = html.split("<article", 1)[1].split(">", 1)[1].split("</article>", 1)[0]
    article = re.sub(r'<a class="headerlink".*?</a>', "", article)
    return words(unescape(re.sub(r"<[^>]+>", " ", article)))


def word_text(site: Path, role_id: str) -> tuple[str, docx.document.Document]:
    version = role_yaml(role_id)["document"]["version"]
    path = site / "roller" / role_id / f"arbetsbeskrivning-{role_id}-v{version}.docx"
    document = docx.Document(io.BytesIO(path.read_bytes()))
    text = words(" ".join(paragraph.text.replace("\t", " ") for paragraph in document.paragraphs))
    return text, document


def expected_sequence(role_id: str) -> list[str]:
    """Headings and items in the order the document must hold them."""
    role = role_yaml(role_id)
    reporting = role["reporting"]
    sequence = [
        "1. Syfte och placering",
        f"1.1 Syfte: {words(role['focus'])}",
        f"1.2 Avdelning: {department_name(role['department'])}",
        "1.3 Närmaste chef:",
        f"Ersättare: {words(reporting['deputy'])}",
        "2. Arbetsuppgifter",
    ]
    # the duties in number order, so that the points run down the page as people cite them
    sequence += [
        f"2.{duty['number']} {words(duty['text'])}"
        for duty in sorted(role["duties"], key=lambda duty: duty["number"])
    ]
    sequence += ["3. Ansvar och befogenheter"]
    if role.get("responsibilities"):
        sequence += ["Resultatansvar Rollen svarar för:"]
        sequence += [words(text) for text in role["responsibilities"]]
    sequence += ["Befogenheter Rollen har följande befogenheter:"]
    # an authority with a limit ends "(limit)." instead of its full stop
    sequence += [
        f"3.{i} {words(right['text']).rstrip('.')}" for i, right in enumerate(role["rights"], 1)
    ]
    if role.get("kpis") or role.get("follow_up"):
        sequence += ["4. Mål och uppföljning"]
        sequence += [f"4.{i} {kpi['name']}" for i, kpi in enumerate(role.get("kpis", []), 1)]
        if role.get("follow_up"):
            sequence += [f"Uppföljning {words(role['follow_up'])}"]
    sequence += ["5. Kravprofil Krav"]
    if role.get("conditions") or role.get("governing_documents"):
        sequence += ["6. Villkor och styrande dokument"]
    if reporting.get("staff"):
        sequence += ["7. Arbetsmiljö och personalansvar"]
    else:
        # the fixture organisation writes the employee's part (employee_work_environment)
        sequence += ["7. Arbetsmiljö"]
    sequence += ["Fastställd av närmaste chef", "Genomgången med medarbetaren"]
    return sequence


def assert_in_order(text: str, sequence: list[str]) -> None:
    position = 0
    for item in sequence:
        found = text.find(item, position)
        assert found >= 0, f"{item!r} missing or out of order"
        position = found + len(item)


def test_the_fixture_has_a_document_in_every_status() -> None:
    statuses = {role_yaml(role_id)["document"]["status"] for role_id in FIXTURE_ROLE_IDS}
    assert statuses == {"draft", "review", "approved"}


def marks_of(role: dict) -> str:
    """What a document not yet approved starts with: a role that is an example as a whole
    says so first (labels: provenance.document_mark), then the status's mark."""
    example = "EXEMPEL ATT GRANSKA " if role["provenance"]["basis"] == "example" else ""
    return example + MARKS[role["document"]["status"]]


# the Russian model's parts, which a Swedish job description does not have
RUSSIAN_PARTS = (
    "GODKÄND", "GRANSKAD", "Ansvar 4.", "har rätt att", "Befattningshavaren ansvarar",
    "Jag har tagit del", "Namnförtydligande", "stämpel",
)  # fmt: skip


@pytest.mark.parametrize("role_id", FIXTURE_ROLE_IDS)
def test_document_holds_every_item_in_order(fixture_site: Path, role_id: str) -> None:
    role = role_yaml(role_id)
    text = page_text(fixture_site, role_id)
    assert_in_order(text, expected_sequence(role_id))
    status = role["document"]["status"]
    if status == "approved":
        assert not any(mark in text for mark in MARKS.values())
        assert text.startswith("Provbolaget AB Arbetsbeskrivning för ")
    else:
        assert text.startswith(marks_of(role) + " Provbolaget AB Arbetsbeskrivning för ")
    for part in RUSSIAN_PARTS:
        assert part not in text, part


def test_placement_authority_and_requirements_are_written_from_the_role(
    fixture_site: Path,
) -> None:
    text = page_text(fixture_site, "kundansvarig")
    assert (
        "1.1 Syfte: Långsiktiga och lönsamma relationer med de största kunderna. "
        "1.2 Avdelning: Säljavdelningen 1.3 Närmaste chef: Teamledaren "
        "1.4 Medarbetare som rapporterar till rollen: innesäljare "
        "1.5 Ersättare: Vid frånvaro tar teamledaren över." in text
    )
    # an authority with its limit in figures
    assert "3.1 Beviljar rabatter inom fastställda ramar (upp till 10 %)." in text
    assert (
        "4. Mål och uppföljning Rollen mäts på: 4.1 Försäljning mot plan – Månadens försäljning "
        "delad med planen." in text
    )
    assert "Uppföljning Försäljningen följs upp varje månad med teamledaren." in text
    # the kravprofil: required apart from the merits, the qualities with what they mean
    assert (
        # the education's note with it: no document states it stricter than the profile
        "5. Kravprofil Krav Högskoleexamen, gärna inom ekonomi eller marknadsföring "
        "(erfarenhet kan väga upp för utbildning) "
        "Minst 2 års erfarenhet av försäljning "
        "Engelska eller ett annat språk: goda kunskaper "
        "Färdigheter: förhandling, säljteknik, kundsystem och kundservice "
        "Meriterande Kurs i förhandling." in text
    )
    assert "Tyska: samtalsnivå Personliga egenskaper Driven – Tar initiativ." in text
    assert (
        "6. Villkor och styrande dokument Arbetsplats: Kontoret i Malmö och hos kunderna. "
        "Resor: Kundbesök i Skåne några dagar i veckan. Körkort (B). "
        "Styrande dokument I arbetet gäller: Företagets försäljningspolicy." in text
    )
    # a role without staff: the employee's part in the work-environment work, not the
    # manager's tasks
    assert (
        "7. Arbetsmiljö Rollen har, som alla medarbetare, följande del i arbetsmiljöarbetet: "
        "Rapporterar risker och tillbud. Uppgifterna bygger på Testets egen regel." in text
    )
    assert "personalansvar" not in text.split("7. Arbetsmiljö", 1)[1].split("Fastställd")[0]
    # a role that asks no experience (min_years: 0) says so
    adviser = page_text(fixture_site, "kundradgivare")
    assert "Krav Gymnasieutbildning Ingen tidigare erfarenhet krävs" in adviser


def test_a_role_with_staff_gets_the_managers_tasks(fixture_site: Path) -> None:
    # the kundansvarig and the kundrådgivare report to the teamledare, which has staff: the
    # organisation's work-environment and personnel tasks, with what they rest on
    text = page_text(fixture_site, "teamledare")
    assert "Medarbetare som rapporterar till rollen: kundansvarig och kundrådgivare" in text
    assert "Personalansvar: rollen leder medarbetare." in text
    assert (
        "7. Arbetsmiljö och personalansvar Arbetsmiljöuppgifter Arbetsgivaren fördelar följande "
        "arbetsmiljöuppgifter till rollen." in text
    )
    assert (
        "Undersöka arbetsförhållandena och bedöma riskerna. Samverka med skyddsombudet. "
        "Personaluppgifter Hålla lönesamtal. Uppgifterna bygger på Testets egen uppgift." in text
    )


@pytest.mark.parametrize("role_id", FIXTURE_ROLE_IDS)
def test_word_file_holds_the_same_items_in_the_same_order(fixture_site: Path, role_id: str) -> None:
    text, document = word_text(fixture_site, role_id)
    assert_in_order(text, expected_sequence(role_id))
    role = role_yaml(role_id)
    if role["document"]["status"] == "approved":
        assert text.startswith("Provbolaget AB Arbetsbeskrivning för ")
        assert not any(mark in text for mark in MARKS.values())
    else:
        assert text.startswith(marks_of(role) + " Provbolaget AB ")
    for part in RUSSIAN_PARTS:
        assert part not in text, part
    # every page's foot: the role and the version, and the page number as Word counts it
    footer = document.sections[0].footer
    version = role["document"]["version"]
    assert footer.paragraphs[0].text.startswith(
        f"Arbetsbeskrivning för {role['title'].lower()} · version {version}"
    )
    fields = [field.get(docx.oxml.ns.qn("w:instr")) for field in footer._element.iter(
        docx.oxml.ns.qn("w:fldSimple"))]  # fmt: skip
    assert fields == ["PAGE", "NUMPAGES"]


def test_the_word_files_properties_are_the_documents(fixture_site: Path) -> None:
    # the real title, the organisation as author, the day it was fastställd; nothing of
    # the program that wrote it
    _, document = word_text(fixture_site, "kundansvarig")
    properties = document.core_properties
    assert properties.title == "Arbetsbeskrivning för kundansvarig"
    assert properties.author == "Provbolaget AB" == properties.last_modified_by
    assert properties.created.date().isoformat() == "2026-02-15"
    assert "python-docx" not in (properties.comments or "")
    # a draft with no date anywhere claims none
    _, draft = word_text(fixture_site, "teamledare")
    assert draft.core_properties.created is None


def test_pages_link_the_document_and_the_word_file(fixture_site: Path) -> None:
    profile = (fixture_site / "roller" / "kundansvarig" / "index.html").read_text("utf-8")
    assert 'href="arbetsbeskrivning/"' in profile
    assert 'href="arbetsbeskrivning-kundansvarig-v1.1.docx"' in profile
    assert "Versioner" in profile and "Första versionen" in profile
    document = fixture_site / "roller" / "kundansvarig" / "arbetsbeskrivning" / "index.html"
    assert 'href="../arbetsbeskrivning-kundansvarig-v1.1.docx"' in document.read_text("utf-8")
    # a document without a history has no versions table
    adviser = (fixture_site / "roller" / "kundradgivare" / "index.html").read_text("utf-8")
    assert 'href="arbetsbeskrivning-kundradgivare-v1.0.docx"' in adviser
    assert "Versioner" not in adviser


def test_a_fastställd_document_names_who_and_when(fixture_site: Path) -> None:
    # kundansvarig: version 1.1, fastställd by Eva Exempel on 2026-02-15, valid from
    # 2026-03-01; the review with the employee is signed by hand
    text = page_text(fixture_site, "kundansvarig")
    assert "UTKAST" not in text
    assert (
        "Fastställd av närmaste chef Namn Eva Exempel Datum 2026-02-15 Underskrift "
        "Genomgången med medarbetaren Medarbetarens namn Datum Medarbetarens underskrift "
        "Närmaste chefens "
        "underskrift Arbetsbeskrivningen gås igenom med medarbetaren vid varje "
        "utvecklingssamtal och när rollen ändras." in text
    )
    assert (
        "Version: 1.1 · Status: Fastställd · Gäller från: 2026-03-01 · Fastställd av: Eva Exempel"
        in text
    )
    word, _ = word_text(fixture_site, "kundansvarig")
    assert "Fastställd av närmaste chef Namn: Eva Exempel Datum: 2026-02-15 Underskrift: ___" in (
        word
    )
    profile = (fixture_site / "roller" / "kundansvarig" / "index.html").read_text("utf-8")
    # newest first
    assert profile.index("Rättigheterna förtydligades") < profile.index("Första versionen")
    # a draft says what is not set yet, and leaves the lines to fill in
    draft = page_text(fixture_site, "teamledare")
    assert "Version: 1.0 · Status: Utkast · Gäller från: – · Fastställd av: –" in draft
    assert "Fastställd av närmaste chef Namn Datum Underskrift" in draft
    review = page_text(fixture_site, "innesaljare")
    assert "Version: 1.0 · Status: Under granskning · Gäller från: – · Fastställd av: –" in review
