"""Each role's job description in the site of the tests' own organisation and as a Word file:
the four numbered sections with every item of the role's data, in order; UTKAST on drafts,
PÅ REMISS on review; a filled-in approval block once approved. Expected items are read off
the fixture's YAML files."""

from __future__ import annotations

import io
import re
from html import unescape
from pathlib import Path

import docx
import pytest
import yaml

from helpers import FIXTURE_DATA_DIR

NBSP = "\u00a0"
FIXTURE_ROLE_IDS = sorted(path.stem for path in (FIXTURE_DATA_DIR / "roles").glob("*.yml"))
MARKS = {"draft": "UTKAST", "review": "PÅ REMISS"}
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
    sequence = ["1. Allmänna bestämmelser", f"1.2 {words(role['reporting']['appointed_by'])}"]
    sequence += [f"1.4 {words(role['reporting']['deputy'])}"]
    sequence += ["2. Arbetsuppgifter"]
    sequence += [f"2.{duty['number']} {words(duty['text'])}" for duty in role["duties"]]
    sequence += ["3. Rättigheter"]
    sequence += [f"3.{i} {words(right['text'])}" for i, right in enumerate(role["rights"], 1)]
    sequence += ["4. Ansvar"]
    # a liability is printed with its bound after a dash: compare up to the full stop
    sequence += [
        f"4.{i} {words(item['text']).rstrip('.')}" for i, item in enumerate(role["liabilities"], 1)
    ]
    sequence += ["Jag har tagit del av arbetsbeskrivningen"]
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


@pytest.mark.parametrize("role_id", FIXTURE_ROLE_IDS)
def test_document_holds_every_item_in_order(fixture_site: Path, role_id: str) -> None:
    role = role_yaml(role_id)
    text = page_text(fixture_site, role_id)
    assert_in_order(text, expected_sequence(role_id))
    status = role["document"]["status"]
    if status == "approved":
        assert not any(mark in text for mark in MARKS.values())
        assert text.startswith("GODKÄND Verkställande direktör ")
        assert "Namnförtydligande" not in text
    else:
        assert text.startswith(marks_of(role) + " ")
        assert "GODKÄND Verkställande direktör Namnförtydligande Underskrift Datum" in text
    # the organisation's reviewers, then the role's own department
    assert (
        "GRANSKAD AV HR-avdelningen underskrift och datum "
        f"{department_name(role['department'])} underskrift och datum" in text
    )


def test_the_general_provisions_are_written_from_the_role(fixture_site: Path) -> None:
    text = page_text(fixture_site, "kundansvarig")
    # 1.1, 1.3 and 1.5 in formal Swedish: "befattningshavaren", the holder of the post, is
    # the subject, and the title stands inside the sentence in lower case
    assert "1.1 Befattningen som kundansvarig hör till befattningskategorin specialist." in text
    assert "1.3 Befattningshavaren rapporterar direkt till teamledaren." in text
    assert (
        "1.5 Till befattningen som kundansvarig anställs den som har högskoleexamen, gärna inom "
        "ekonomi eller marknadsföring. Den som anställs ska ha minst 2 års erfarenhet av "
        "försäljning." in text
    )
    assert "Färdigheter: förhandling, säljteknik, kundsystem och kundservice." in text
    assert "Personliga egenskaper: driven, lyhörd, analytisk och stresstålig." in text
    assert (
        "Språk: engelska eller annat främmande språk (goda kunskaper) och tyska (samtalsnivå, "
        "meriterande)." in text
    )
    # the legal framework from organisation.yml in 1.6, then the role's own documents
    assert (
        "1.6 Befattningshavaren följer i sitt arbete: Tillämplig svensk lagstiftning och gällande "
        "kollektivavtal. Företagets försäljningspolicy. Denna arbetsbeskrivning. 2." in text
    )
    assert "Befattningshavaren utför följande arbetsuppgifter: 2.1" in text
    assert "Befattningshavaren har rätt att: 3.1" in text
    assert "Befattningshavaren ansvarar för: 4.1" in text
    assert "4.3 Att försäljningsplanen nås – inom ramen för den rörliga lönedelen." in text
    # a role that asks no experience (min_years: 0) says so
    adviser = page_text(fixture_site, "kundradgivare")
    assert "anställs den som har gymnasieutbildning. Tidigare erfarenhet krävs inte." in adviser


@pytest.mark.parametrize("role_id", FIXTURE_ROLE_IDS)
def test_word_file_holds_the_same_items_in_the_same_order(fixture_site: Path, role_id: str) -> None:
    text, document = word_text(fixture_site, role_id)
    assert_in_order(text, expected_sequence(role_id))
    status = role_yaml(role_id)["document"]["status"]
    if status == "approved":
        assert text.startswith("GODKÄND Verkställande direktör ")
        assert not any(mark in text for mark in MARKS.values())
    else:
        assert text.startswith(marks_of(role_yaml(role_id)) + " ")
    header = [cell.text for cell in document.tables[0].rows[0].cells]
    assert header == ["Namn", "Underskrift", "Datum"]


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


def test_an_approved_document_is_signed_and_not_a_draft(fixture_site: Path) -> None:
    # kundansvarig: version 1.1, approved by Eva Exempel on 2026-02-15, valid from 2026-03-01
    text = page_text(fixture_site, "kundansvarig")
    assert "UTKAST" not in text
    assert "GODKÄND Verkställande direktör Eva Exempel 2026-02-15" in text
    assert (
        "Version: 1.1 · Status: Godkänd · Gäller från: 2026-03-01 · Godkänd av: Eva Exempel" in text
    )
    word, _ = word_text(fixture_site, "kundansvarig")
    assert word.startswith("GODKÄND Verkställande direktör Eva Exempel 2026-02-15")
    profile = (fixture_site / "roller" / "kundansvarig" / "index.html").read_text("utf-8")
    # newest first
    assert profile.index("Rättigheterna förtydligades") < profile.index("Första versionen")
    # a draft says what is not set yet
    draft = page_text(fixture_site, "teamledare")
    assert "Version: 1.0 · Status: Utkast · Gäller från: – · Godkänd av: –" in draft
    review = page_text(fixture_site, "innesaljare")
    assert "Version: 1.0 · Status: På remiss · Gäller från: – · Godkänd av: –" in review
