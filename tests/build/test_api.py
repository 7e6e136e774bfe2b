"""The JSON API in the built site: every file validates against the schema it publishes,
and holds every role with its data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from helpers import DATA_DIR, ROLE_IDS


def schemas(site: Path) -> Registry:
    """Every published schema, found under its file name, as the $refs name them."""
    folder = site / "api" / "v1" / "schema"
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text("utf-8"))))
        for path in folder.glob("*.json")
    ]
    return Registry().with_resources(resources)


def validate(site: Path, document: Path, schema_name: str) -> None:
    registry = schemas(site)
    schema = registry.contents(schema_name)
    Draft202012Validator(schema, registry=registry).validate(
        json.loads(document.read_text("utf-8"))
    )


def test_every_api_file_matches_its_schema(built_site: Path) -> None:
    api = built_site / "api" / "v1"
    validate(built_site, api / "roles.json", "roles-document.schema.json")
    validate(built_site, api / "vocabulary.json", "vocabulary-document.schema.json")
    files = sorted((api / "roles").glob("*.json"))
    assert [path.stem for path in files] == sorted(ROLE_IDS)
    for path in files:
        validate(built_site, path, "role-document.schema.json")


def test_a_schema_catches_a_broken_file(built_site: Path, tmp_path: Path) -> None:
    broken = json.loads((built_site / "api/v1/roles/kundtjanstchef.json").read_text("utf-8"))
    del broken["role"]["duties"]
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(broken), "utf-8")
    with pytest.raises(Exception, match="duties"):
        validate(built_site, path, "role-document.schema.json")


def test_roles_json_holds_the_full_data(built_site: Path) -> None:
    data = json.loads((built_site / "api/v1/roles.json").read_text("utf-8"))
    assert data["format_version"] == "1.0"
    assert [entry["id"] for entry in data["roles"]] == [
        "forsaljningschef",
        "key-account-manager",
        "kundtjanstchef",
    ]
    kam = next(entry for entry in data["roles"] if entry["id"] == "key-account-manager")
    source = yaml.safe_load((DATA_DIR / "roles" / "key-account-manager.yml").read_text("utf-8"))
    assert [duty["text"] for duty in kam["role"]["duties"]] == [
        duty["text"] for duty in source["duties"]
    ]
    assert kam["role"]["pay"]["commission"]["bands"][2] == {"up_to": None, "rate": 0.05}
    for link in kam["links"].values():
        target = built_site / link
        assert target.is_file() or (target / "index.html").is_file(), link


def test_the_api_page_documents_it(built_site: Path) -> None:
    html = (built_site / "api" / "index.html").read_text("utf-8")
    assert 'href="../api/v1/roles.json"' in html or 'href="v1/roles.json"' in html
    assert "format_version" in html
