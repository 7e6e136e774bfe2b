"""What the search index holds, on the tests' own organisation's site: each fact once. A
profile is indexed in full, but not its computed example months and year or its version
history; a job description and a job ad, which repeat the profile, not at all; a featured
comparison by its own introduction, not by the differences computed from the profiles; the
comparison page without its matrix of every role. Within a profile, a duty once (not again
in the tab that lists the duties in number order), a quality's or skill's description in its
register, not in every profile that names it; the index itself plain text in UTF-8."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import FIXTURE_DATA_DIR

FIXTURE_ROLE_IDS = sorted(path.stem for path in (FIXTURE_DATA_DIR / "roles").glob("*.yml"))


def index_locations(site: Path) -> dict[str, str]:
    index = json.loads((site / "search" / "search_index.json").read_text("utf-8"))
    return {doc["location"]: doc["text"] for doc in index["docs"]}


def test_documents_that_repeat_the_profile_are_not_indexed(fixture_site: Path) -> None:
    locations = index_locations(fixture_site)
    for role_id in FIXTURE_ROLE_IDS:
        assert f"roller/{role_id}/" in locations
        repeated = [
            location
            for location in locations
            if location.startswith(
                (f"roller/{role_id}/arbetsbeskrivning/", f"roller/{role_id}/platsannons/")
            )
        ]
        assert repeated == []
    # the profile's own facts are: a duty of the kundansvarig
    profile = [
        text for location, text in locations.items() if location.startswith("roller/kundansvarig/#")
    ]
    assert any("kreditvärdighet" in text for text in profile)


def test_computed_sections_are_not_indexed(fixture_site: Path) -> None:
    anchors = {
        location.split("#", 1)[1] for location in index_locations(fixture_site) if "#" in location
    }
    for computed in (
        "exempelmanader",
        "ett-ar-vid-100-av-planen",
        "versioner",
        "skillnader-punkt-for-punkt",
    ):
        assert computed not in anchors
    # the pay model in words stays: it is the role's own
    assert "lonemodell" in anchors


def test_a_fact_is_indexed_once(fixture_site: Path) -> None:
    locations = index_locations(fixture_site)
    profile = " ".join(
        text for location, text in locations.items() if location.startswith("roller/kundansvarig/")
    )
    # the duty stands in both tabs of the page, but is indexed from one
    assert profile.count("Bedömer kundernas kreditvärdighet.") == 1
    # the quality "Lyhörd" is named on the profile; its description is the register's
    assert "Lyhörd" in profile
    assert "Förstår hur andra tänker" not in profile
    registers = " ".join(
        text for location, text in locations.items() if location.startswith("register/")
    )
    assert "Förstår hur andra tänker" in registers


def test_the_index_is_plain_text_in_utf8(fixture_site: Path) -> None:
    raw = (fixture_site / "search" / "search_index.json").read_text("utf-8")
    # å, ä and ö as themselves, not as six-character escapes
    assert "kreditvärdighet" in raw
    assert "\\u00e4" not in raw
    for text in index_locations(fixture_site).values():
        assert "<li>" not in text and "<p>" not in text, text
