"""The shipped example roles' pages as a reader gets them: the source text's numbering, its
wording and its question answered, and which parts are flagged as examples to review.

Like the rest of tests/content/, this guards the example content that comes with Rollguiden
in data/, not the code; the code is tested on tests/fixtures/data/. An organisation that
replaces the example roles deletes this file (or keeps the parts that still apply)."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

SHIPPED_ROLE_IDS = ("forsaljningschef", "key-account-manager", "kundtjanstchef")
NBSP = "\u00a0"


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text("utf-8")


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace(NBSP, " ").split())


def document_text(site: Path, role_id: str) -> str:
    html = page(site, f"roller/{role_id}/arbetsbeskrivning")
    article = html.split("<article", 1)[1].split(">", 1)[1].split("</article>", 1)[0]
    return text_of(article)


def test_every_shipped_role_has_its_page(organisation_site: Path) -> None:
    for role_id in SHIPPED_ROLE_IDS:
        assert (organisation_site / "roller" / role_id / "index.html").is_file(), role_id


@pytest.mark.parametrize(
    ("role_id", "duties", "rights", "liabilities"),
    [
        ("key-account-manager", 23, 6, 3),  # the source: 2.1–2.23, 3.1–3.6, points 1–3
        ("kundtjanstchef", 7, 4, 3),  # the source: seven duties, four rights
    ],
)
def test_numbering_from_the_source(
    organisation_site: Path, role_id: str, duties: int, rights: int, liabilities: int
) -> None:
    html = page(organisation_site, f"roller/{role_id}")
    numbers = re.findall(r'<span class="rg-num">(\d+\.\d+)</span>', html)
    for n in range(1, duties + 1):
        assert f"2.{n}" in numbers, f"2.{n}"
    assert f"2.{duties + 1}" not in numbers
    assert [n for n in numbers if n.startswith("3.")] == [f"3.{n}" for n in range(1, rights + 1)]
    assert [n for n in numbers if n.startswith("4.")] == [
        f"4.{n}" for n in range(1, liabilities + 1)
    ]


def test_kam_page_shows_the_source_text(organisation_site: Path) -> None:
    html = page(organisation_site, "roller/key-account-manager")
    assert "kreditvärdighet" in html
    assert "10–20 %" in html and "70–80 %" in html
    assert "inom ramen för den rörliga lönedelen" in html
    # the legal framework comes from organisation.yml, not from the role
    assert "skadeståndslagen (1972:207)" in html
    # the source's bare title as a subject ("Key Account Manager har rätt att") is not
    # Swedish; the profile speaks of the role
    for intro in (
        "I rollen ingår följande arbetsuppgifter:",
        "Den som har rollen har rätt att:",
        "Den som har rollen ansvarar för:",
        "Den som har rollen följer i sitt arbete:",
    ):
        assert intro in html
    assert "Key Account Manager har rätt att" not in html


def test_the_example_role_is_flagged_and_source_roles_are_not(organisation_site: Path) -> None:
    # försäljningschef: one notice on top for the whole role, none per section
    assert page(organisation_site, "roller/forsaljningschef").count("Exempel att granska") == 1
    # KAM comes from the source; only its pay model (figures in SEK) is an example
    kam = page(organisation_site, "roller/key-account-manager")
    assert kam.count("Exempel att granska") == 1
    # kundtjänstchef: its reporting line, governing documents, liabilities and pay model
    service = page(organisation_site, "roller/kundtjanstchef")
    assert service.count("Exempel att granska") == 4


def test_the_sources_question_is_answered(organisation_site: Path) -> None:
    text = text_of(page(organisation_site, "jamfor/kundtjanstchef-vs-forsaljningschef"))
    assert "Vad skiljer en kundtjänstchef från en försäljningschef?" in text
    assert (
        "Utbildning: gymnasieutbildning jämfört med högskoleexamen. "
        "Kravet är högre i rollen som försäljningschef." in text
    )
    # the kundtjänstchef asks no experience (min_years: 0), the försäljningschef five years
    assert (
        "Erfarenhet: inget krav jämfört med minst 5 år. "
        "Kravet är högre i rollen som försäljningschef." in text
    )
    assert (
        "34 200 kr jämfört med 75 000 kr. Rollen som försäljningschef ger 40 800 kr mer i månaden."
        in text
    )
    kam = page(organisation_site, "jamfor/key-account-manager-vs-forsaljningschef")
    assert "arbetar med huvudet" in kam and "benen" in kam


def test_kam_document_keeps_the_source_numbering(organisation_site: Path) -> None:
    text = document_text(organisation_site, "key-account-manager")
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
