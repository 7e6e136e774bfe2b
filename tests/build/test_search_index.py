"""What the search index holds, on the tests' own organisation's site: each fact once. A
profile is indexed in full, but not its computed example months and year or its version
history; a job description and a job ad, which repeat the profile, not at all; a featured
comparison by its own introduction, not by the differences computed from the profiles; the
comparison page without its matrix of every role."""

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
