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
    html = re.sub(r'<a class="headerlink".*?</a>', "", html)  # the ¶ beside each heading
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).replace(NBSP, " ").split())


def document_text(site: Path, role_id: str) -> str:
    html = page(site, f"roller/{role_id}/arbetsbeskrivning")
    article = html.split("<article", 1)[1].split(">", 1)[1].split("</article>", 1)[0]
    return text_of(article)


def test_every_shipped_role_has_its_page(organisation_site: Path) -> None:
    for role_id in SHIPPED_ROLE_IDS:
        assert (organisation_site / "roller" / role_id / "index.html").is_file(), role_id


@pytest.mark.parametrize(
    ("role_id", "duties", "rights", "goals"),
    [
        # the source: 2.1–2.23, 3.1–3.6 (and 3.7–3.8, the discount of 2.9 and the
        # agreements of 2.4, with their limits); four goals
        ("key-account-manager", 27, 8, 4),  # and the article's tasks as 2.24–2.27
        ("kundtjanstchef", 7, 5, 2),  # the source: seven duties, four rights; a discount
    ],
)
def test_numbering_from_the_source(
    organisation_site: Path, role_id: str, duties: int, rights: int, goals: int
) -> None:
    html = page(organisation_site, f"roller/{role_id}")
    numbers = re.findall(r'<span class="rg-num">(\d+\.\d+)</span>', html)
    for n in range(1, duties + 1):
        assert f"2.{n}" in numbers, f"2.{n}"
    assert f"2.{duties + 1}" not in numbers
    assert [n for n in numbers if n.startswith("3.")] == [f"3.{n}" for n in range(1, rights + 1)]
    assert [n for n in numbers if n.startswith("4.")] == [f"4.{n}" for n in range(1, goals + 1)]


def test_kam_page_shows_the_source_text(organisation_site: Path) -> None:
    html = page(organisation_site, "roller/key-account-manager")
    assert "kreditvärdighet" in html
    assert "10–20 %" in html and "70–80 %" in html
    # the source's liability points are not the organisation's: they stand on the page about
    # the source, with what Swedish law says instead
    assert "skadeståndslagen" not in html and "lönen sänkas" not in html
    assert "punkt 4.3" not in html  # the source's liability point is not the role's
    # "en chef som arbetar med huvudet, vilket skiljer sig från den genomsnittliga
    # försäljningschefen, vars huvudsakliga arbetskropp är hans ben": a salesperson's legs,
    # and the source's picture, not the organisation's: on the page about the source
    text = text_of(html)
    assert "benen" not in text and "psykolog" not in text
    source = text_of(page(organisation_site, "om-rollguiden/kallan"))
    assert "en som arbetar med huvudet, till skillnad från den genomsnittliga säljaren" in source
    assert "vars viktigaste arbetsredskap är benen" in source
    # the source's market claims are the source's: not on the role's page
    for claim in ("mycket sällan fast", "10 000 euro", "reklambranschen", "ineffektiv"):
        assert claim not in text, claim
        assert claim in source, claim
    # a deal just above a band's edge never pays less: no cliff warning
    assert "Provisionströskel" not in html
    # the source's bare title as a subject ("Key Account Manager har rätt att") is not
    # Swedish; the profile speaks of the role
    for intro in (
        "I rollen ingår följande arbetsuppgifter:",
        "Rollen har följande befogenheter:",
        "I arbetet gäller:",
    ):
        assert intro in html
    assert "har rätt att" not in html


def test_the_source_page_holds_the_sources_liability_points(organisation_site: Path) -> None:
    # the three liability points of the source's KAM job description and its point 1.2,
    # each as the source's claim beside what applies in Sweden
    text = text_of(page(organisation_site, "om-rollguiden/kallan"))
    kam = text.split("Key account manager Bygger på", 1)[1].split("Rollen key account manager", 1)[
        0
    ]
    assert (
        "Anställning Källtexten: Beslut om anställning och om att avsluta anställningen fattas "
        "av företagets verkställande direktör på förslag av den kommersiella direktören. "
        "I Sverige: Vem som beslutar om anställning står i företagets delegationsordning"
    ) in kam
    assert kam.count("Källtexten: Key account managern ansvarar för") == 3
    assert "inom ramen för den rörliga lönedelen" in kam
    assert "synnerliga skäl (skadeståndslagen (1972:207) 4 kap. 1 §)" in kam
    assert "Lönen sänks inte som en påföljd." in kam


def notices(html: str) -> int:
    """The "Exempel att granska" notices: one above each section (or role) that is an
    example, besides any badge beside a single fact."""
    return html.count('<p class="admonition-title">Exempel att granska</p>')


def test_the_example_role_is_flagged_and_source_roles_are_not(organisation_site: Path) -> None:
    # försäljningschef: one notice on top for the whole role, none per section
    assert notices(page(organisation_site, "roller/forsaljningschef")) == 1
    # KAM comes from the source; its pay model (figures in SEK), its key-client limit, its
    # authorities' limits, its conditions, its job evaluation and its career paths are
    # examples, a notice over each, and its follow-up, one sentence with the pill
    kam = page(organisation_site, "roller/key-account-manager")
    assert notices(kam) == 6
    follow_up = text_of(kam).split("Mål och uppföljning 4.1", 1)[1].split("Kravprofil", 1)[0]
    assert "följs upp varje månad med närmaste chef" in follow_up
    assert follow_up.count("Exempel att granska") == 1
    # kundtjänstchef: its governing documents, conditions, authorities' limit, pay model, job
    # evaluation and career paths; its reporting line is rows of a list, each with the pill
    # rather than a notice over the section
    html = page(organisation_site, "roller/kundtjanstchef")
    assert notices(html) == 6
    assert '<span class="rg-example-badge" id="granska-reporting">' in html


def test_the_sources_question_is_answered(organisation_site: Path) -> None:
    # the source's first line asks "Vad är skillnaderna mellan en kundtjänstchef och en
    # försäljningschef?", and its försäljningschef is a salesperson: the featured comparison
    # of the kundtjänstchef and the säljare answers it in the organisation's words, and the
    # page about the source says so
    source = text_of(page(organisation_site, "om-rollguiden/kallan"))
    assert (
        "Källtextens fråga om skillnaderna mellan en kundtjänstchef och en försäljningschef "
        "besvaras i jämförelsen ”Kundtjänstchef eller säljare?”" in source
    )
    html = page(organisation_site, "jamfor/kundtjanstchef-vs-saljare")
    assert re.search(r"<h1[^>]*>([^<]*)", html).group(1) == "Kundtjänstchef eller säljare?"
    answer = text_of(html)
    assert "Kort sagt vinner säljaren nya kunder" in answer
    for topic in ("Kunder och arbetsdag:", "Vad rollerna mäts på:", "Lön:", "Krav:"):
        assert topic in answer, topic
    assert "Vilken roll behöver vi?" in answer
    # and the Swedish sense of the word: the kundtjänstchef against its own manager, the
    # försäljningschef, computed from the data
    text = text_of(page(organisation_site, "jamfor/kundtjanstchef-vs-forsaljningschef"))
    assert (
        "Utbildning: gymnasieutbildning jämfört med högskoleexamen. "
        "Kravet är högre i rollen som försäljningschef." in text
    )
    # "i vissa fall krävs 3-5 års arbete inom ett visst område, i andra kan även studenter
    # accepteras": the kundtjänstchef asks 3 years (the lower bound where experience is asked
    # for), the försäljningschef five
    assert (
        "Erfarenhet: minst 3 år jämfört med minst 5 år. "
        "Kravet är högre i rollen som försäljningschef." in text
    )
    # at plan: the kundtjänstchef 36 000 base + 8 deals of 25 000 at 3 % on the first 20 000
    # and 4 % above (600 + 200 = 800 each) = 42 400; the försäljningschef 68 000 base + 1 % of
    # the täckningsbidrag on 4 000 000 (20 deals of 200 000 with 50 000 each) = 78 000, under
    # the cap of 20 000
    assert (
        "42 400 kr jämfört med 78 000 kr. Rollen som försäljningschef ger 35 600 kr mer i månaden."
        in text
    )


def test_kam_document_keeps_the_source_numbering(organisation_site: Path) -> None:
    text = document_text(organisation_site, "key-account-manager")
    # the source's 1.1–1.6 in the Swedish form: purpose and place, the kravprofil, the
    # policies; the appointment and the liabilities are the source's (see the page about it)
    assert "1.3 Närmaste chef: Försäljningschefen" in text
    # 1.5 "högre utbildning", with what the organisation also counts
    assert (
        "Krav Högskoleexamen (motsvarande kunskaper från arbetslivet kan också räknas) "
        "Minst 2 års erfarenhet av försäljning" in text
    )
    # "kunskaper i ett främmande språk": here English, and Swedish besides, each named with
    # its level
    assert (
        "Svenska: mycket goda kunskaper i tal och skrift "
        "Engelska: goda kunskaper i tal och skrift" in text
    )
    assert "Styrande dokument I arbetet gäller: Personalhandboken" in text
    # 2.23 "Utföra officiella uppdrag från sin närmaste chef och direkta chefer"
    assert (
        "2.23 Utför andra uppgifter som närmaste chef, eller en chef högre upp i linjen, ger "
        "inom ramen för tjänsten." in text
    )
    # 3.1–3.6: the source's rights as what the role may do
    # (the limits in 3.7 and 3.8 are examples: the section's mark stands under its heading)
    assert (
        "Befogenheter Exempel att granska Rollen har följande befogenheter: 3.1 Företräder "
        "företaget gentemot kunderna i frågor om hur försäljningen organiseras." in text
    )
    assert "3.6 Påtalar för närmaste chef de brister" in text
    for russian in (
        "Befattningshavaren",
        "har rätt att",
        "ansvarar för:",
        "GODKÄND",
        "lönen sänkas",
    ):
        assert russian not in text, russian
