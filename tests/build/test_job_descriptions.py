"""Each role's job description in the built site and as a Word file: the four numbered
sections with every item of the role's data, in order; UTKAST on drafts; a filled-in
approval block once approved. Expected items are read off the YAML files."""

from __future__ import annotations

import io
import re
from html import unescape
from pathlib import Path

import docx
import pytest
import yaml

from helpers import DATA_DIR, ROLE_IDS, copy_data, edit, run_mkdocs_build

NBSP = "\u00a0"


def role_yaml(role_id: str) -> dict:
    return yaml.safe_load((DATA_DIR / "roles" / f"{role_id}.yml").read_text("utf-8"))


def words(text: str) -> str:
    return " ".join(text.replace(NBSP, " ").split())


def page_text(site: Path, role_id: str) -> str:
    html = (site / "roller" / role_id / "arbetsbeskrivning" / "index.html").read_text("utf-8")
    article = html.split("<article", 1)[1].split(">", 1)[1].split("</article>", 1)[0]
    return words(unescape(re.sub(r"<[^>]+>", " ", article)))


def expected_sequence(role_id: str) -> list[str]:
    """Headings and items in the order the document must hold them."""
    role = role_yaml(role_id)
    sequence = ["1. Allmänna bestämmelser", f"1.2 {words(role['reporting']['appointed_by'])}"]
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


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_document_holds_every_item_in_order(built_site: Path, role_id: str) -> None:
    text = page_text(built_site, role_id)
    assert_in_order(text, expected_sequence(role_id))
    assert text.startswith("UTKAST")  # every shipped role is still a draft
    assert "GODKÄND Verkställande direktör Namnförtydligande Underskrift Datum" in text
    assert "GRANSKAD AV Juridiska avdelningen" in text


def test_kam_document_keeps_the_source_numbering(built_site: Path) -> None:
    text = page_text(built_site, "key-account-manager")
    # 1.1, 1.3 and 1.5 of the source in formal Swedish: the source's bare "Key Account
    # Manager" as a subject becomes "befattningshavaren", the holder of the post
    assert (
        "1.1 Befattningen som key account manager hör till befattningskategorin specialist." in text
    )
    assert (
        "1.3 Befattningshavaren rapporterar direkt till chefen för försäljningsavdelningen "
        "(utvecklingsdirektören eller den kommersiella direktören)." in text
    )
    assert (
        "1.5 Till befattningen som key account manager anställs den som har högskoleexamen." in text
    )
    assert "Den som anställs ska ha minst 2 års erfarenhet av försäljning." in text
    assert "Språk: engelska eller annat främmande språk (goda kunskaper)." in text
    # the legal framework from organisation.yml in 1.6
    assert "1.6 Befattningshavaren följer i sitt arbete: Tillämplig svensk lagstiftning" in text
    assert "samt gällande kollektivavtal. Företagets bolagsordning" in text
    assert "Befattningshavaren utför följande arbetsuppgifter: 2.1" in text
    assert "Befattningshavaren har rätt att: 3.1" in text
    assert "Befattningshavaren ansvarar för: 4.1" in text
    assert "4.3 Att försäljningsplanen" in text and "inom ramen för den rörliga lönedelen." in text


@pytest.mark.parametrize("role_id", ROLE_IDS)
def test_word_file_holds_the_same_items_in_the_same_order(built_site: Path, role_id: str) -> None:
    version = role_yaml(role_id)["document"]["version"]
    path = built_site / "roller" / role_id / f"arbetsbeskrivning-{role_id}-v{version}.docx"
    document = docx.Document(io.BytesIO(path.read_bytes()))
    text = words(" ".join(paragraph.text.replace("\t", " ") for paragraph in document.paragraphs))
    assert_in_order(text, expected_sequence(role_id))
    assert text.startswith("UTKAST")
    header = [cell.text for cell in document.tables[0].rows[0].cells]
    assert header == ["Namn", "Underskrift", "Datum"]


def test_pages_link_the_document_and_the_word_file(built_site: Path) -> None:
    profile = (built_site / "roller" / "kundtjanstchef" / "index.html").read_text("utf-8")
    assert 'href="arbetsbeskrivning/"' in profile
    assert 'href="arbetsbeskrivning-kundtjanstchef-v1.0.docx"' in profile
    assert "Versioner" in profile and "Första versionen" in profile
    document = built_site / "roller" / "kundtjanstchef" / "arbetsbeskrivning" / "index.html"
    assert 'href="../arbetsbeskrivning-kundtjanstchef-v1.0.docx"' in document.read_text("utf-8")


def test_an_approved_document_is_signed_and_not_a_draft(tmp_path: Path) -> None:
    data = copy_data(tmp_path)
    kam = data / "roles" / "key-account-manager.yml"
    edit(
        kam,
        'version: "1.0"\n  status: draft\n',
        'version: "1.1"\n  status: approved\n  effective_date: 2027-01-01\n'
        "  approved_by: Anna Andersson\n  approved_on: 2026-12-15\n",
    )
    edit(
        kam,
        "      changes: Första versionen",
        '      changes: Första versionen\n    - version: "1.1"\n      date: 2026-12-15\n'
        "      changes: Godkänd av vd",
    )
    site = tmp_path / "site"
    result = run_mkdocs_build(site, data)
    assert result.returncode == 0, result.stderr
    text = page_text(site, "key-account-manager")
    assert "UTKAST" not in text
    assert "GODKÄND Verkställande direktör Anna Andersson 2026-12-15" in text
    assert (
        "Version: 1.1 · Status: Godkänd · Gäller från: 2027-01-01 · Godkänd av: Anna Andersson"
        in text
    )
    assert (
        site / "roller" / "key-account-manager" / "arbetsbeskrivning-key-account-manager-v1.1.docx"
    ).is_file()
    profile = (site / "roller" / "key-account-manager" / "index.html").read_text("utf-8")
    assert profile.index("Godkänd av vd") < profile.index("Första versionen")  # newest first
