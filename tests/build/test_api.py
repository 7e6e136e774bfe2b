"""The JSON API in the site of the tests' own organisation: every file validates against the
schema it publishes, and holds every role with its data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import ValidationError
from test_organisation_data import (
    assert_api_matches_its_schema,
    assert_no_markup_shown_as_text,
    validate_api_file,
)

from helpers import FIXTURE_DATA_DIR, copy_fixture_data, fixture_config, run_mkdocs_build


def test_every_api_file_matches_its_schema(fixture_site: Path) -> None:
    assert_api_matches_its_schema(fixture_site, FIXTURE_DATA_DIR)
    files = sorted((fixture_site / "api" / "v1" / "roles").glob("*.json"))
    assert [path.stem for path in files] == [
        "innesaljare",
        "kundansvarig",
        "kundradgivare",
        "teamledare",
    ]


def test_a_schema_catches_a_broken_file(fixture_site: Path, tmp_path: Path) -> None:
    source = fixture_site / "api" / "v1" / "roles" / "kundradgivare.json"
    broken = json.loads(source.read_text("utf-8"))
    del broken["role"]["duties"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), "utf-8")
    with pytest.raises(ValidationError, match="duties"):
        validate_api_file(fixture_site, path, "role-document.schema.json")


def test_roles_json_holds_the_full_data(fixture_site: Path) -> None:
    data = json.loads((fixture_site / "api" / "v1" / "roles.json").read_text("utf-8"))
    assert data["format_version"] == "1.0"
    assert [entry["id"] for entry in data["roles"]] == [
        "innesaljare",
        "kundansvarig",
        "kundradgivare",
        "teamledare",
    ]
    entries = {entry["id"]: entry for entry in data["roles"]}
    kundansvarig = entries["kundansvarig"]
    source = yaml.safe_load((FIXTURE_DATA_DIR / "roles" / "kundansvarig.yml").read_text("utf-8"))
    assert [duty["text"] for duty in kundansvarig["role"]["duties"]] == [
        duty["text"] for duty in source["duties"]
    ]
    # the open band at the top of the schedule has no upper bound
    assert kundansvarig["role"]["pay"]["commission"]["bands"][2] == {"up_to": None, "rate": 0.05}
    assert kundansvarig["role"]["document"]["history"][1] == {
        "version": "1.1",
        "date": "2026-02-15",
        "changes": "Rättigheterna förtydligades.",
    }
    assert kundansvarig["role"]["key_clients"]["income_share_each"] == {"min": 10, "max": 20}
    # a role without a pay model says so
    assert entries["innesaljare"]["role"]["pay"] is None
    assert entries["innesaljare"]["role"]["aliases"] == ["telefonsäljare"]
    for entry in data["roles"]:
        for link in entry["links"].values():
            target = fixture_site / link
            assert target.is_file() or (target / "index.html").is_file(), link


def test_the_api_page_documents_it(fixture_site: Path) -> None:
    html = (fixture_site / "api" / "index.html").read_text("utf-8")
    assert 'href="../api/v1/roles.json"' in html or 'href="v1/roles.json"' in html
    assert "format_version" in html


def posting(site: Path, role_id: str) -> dict:
    return json.loads((site / "api" / "v1" / "job-postings" / f"{role_id}.json").read_text())


def test_each_job_ad_is_a_schema_org_job_posting(fixture_site: Path) -> None:
    # the kundansvarig: its own place and last day, the organisation's employment; base
    # 35 000–50 000 a month; SSYK 3322; every fact as the fixture's data gives it
    ad = posting(fixture_site, "kundansvarig")
    assert ad["@context"] == "https://schema.org" and ad["@type"] == "JobPosting"
    assert ad["title"] == "Kundansvarig"
    assert ad["hiringOrganization"] == {"@type": "Organization", "name": "Provbolaget AB"}
    assert ad["jobLocation"]["address"] == {
        "@type": "PostalAddress", "addressCountry": "SE", "addressLocality": "Malmö",
    }  # fmt: skip
    assert ad["employmentType"] == ["FULL_TIME"]
    assert ad["validThrough"] == "2027-01-31"
    assert ad["occupationalCategory"] == "3322 Företagssäljare"
    assert ad["baseSalary"] == {
        "@type": "MonetaryAmount",
        "currency": "SEK",
        "value": {
            "@type": "QuantitativeValue", "minValue": 35000, "maxValue": 50000,
            "unitText": "MONTH",
        },
    }  # fmt: skip
    assert ad["incentiveCompensation"].startswith("Lön: grundlön 35\u00a0000–50\u00a0000")
    assert ad["url"] == "roller/kundansvarig/platsannons/"
    assert (fixture_site / ad["url"] / "index.html").is_file()
    # the ad's own text is the description, as a board publishes it: no line that still
    # holds a placeholder (the kundansvarig's ad has "Vi erbjuder [Fyll i: vad vi erbjuder]"
    # and the agreement's), no mark for the reviewers, no start date that is not a date
    assert "Vi söker dig som" in ad["description"]
    assert "Fyll i" not in ad["description"] and "Exempel att granska" not in ad["description"]
    assert "Vi erbjuder" not in ad["description"]  # every line of it was a placeholder
    assert "Frågor om tjänsten: Försäljningschefen" in ad["description"]
    assert "jobStartDate" not in ad  # "Enligt överenskommelse"
    # a fact given nowhere is left out, not exported as its placeholder
    leader = posting(fixture_site, "teamledare")
    assert "validThrough" not in leader and "jobBenefits" not in leader
    assert leader["jobLocation"]["address"]["addressLocality"] == "Göteborg"
    # a role without a pay model has no salary to give
    assert "baseSalary" not in posting(fixture_site, "innesaljare")
    # the role's entry in the API links to it
    roles = json.loads((fixture_site / "api" / "v1" / "roles.json").read_text("utf-8"))
    links = {entry["id"]: entry["links"] for entry in roles["roles"]}
    assert links["kundansvarig"]["job_posting"] == "api/v1/job-postings/kundansvarig.json"


def test_the_job_posting_schema_catches_a_broken_posting(
    fixture_site: Path, tmp_path: Path
) -> None:
    broken = posting(fixture_site, "kundansvarig")
    broken["baseSalary"]["value"]["unitText"] = "YEAR"
    broken["validThrough"] = "31 januari"
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), "utf-8")
    with pytest.raises(ValidationError):
        validate_api_file(fixture_site, path, "job-posting.schema.json")


def test_no_page_shows_markup_as_text(fixture_site: Path) -> None:
    assert_no_markup_shown_as_text(fixture_site)


def test_a_job_posting_gives_its_whole_address_once_the_site_has_one(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    config = fixture_config(tmp_path)
    settings = yaml.safe_load(config.read_text("utf-8"))
    settings["site_url"] = "https://intranat.example/rollguiden"  # no slash: MkDocs allows it
    config.write_text(yaml.safe_dump(settings, allow_unicode=True), "utf-8")
    result = run_mkdocs_build(tmp_path / "site", data, config)
    assert result.returncode == 0, result.stderr
    posting = json.loads(
        (tmp_path / "site/api/v1/job-postings/kundansvarig.json").read_text("utf-8")
    )
    assert posting["url"] == "https://intranat.example/rollguiden/roller/kundansvarig/platsannons/"
