"""The committed JSON Schema matches the models, and every data file points editors at it."""

from __future__ import annotations

import json
from pathlib import Path

from helpers import DATA_DIR
from rollguiden.reading.schema import SCHEMAS, schema_text, stale_schema_files


def test_committed_schema_matches_the_models() -> None:
    stale = stale_schema_files(DATA_DIR)
    assert stale == [], "kör `uv run python -m rollguiden schema` och checka in resultatet"


def test_drift_is_detected(tmp_path: Path) -> None:
    folder = tmp_path / "schema"
    folder.mkdir()
    for name, model in SCHEMAS.items():
        (folder / name).write_text(schema_text(model), "utf-8")
    assert stale_schema_files(tmp_path) == []
    role_schema = folder / "role.schema.json"
    schema = json.loads(role_schema.read_text("utf-8"))
    del schema["properties"]["title"]
    role_schema.write_text(json.dumps(schema), "utf-8")
    assert stale_schema_files(tmp_path) == [role_schema]


def test_schema_forbids_unknown_fields_and_describes_fields_in_swedish() -> None:
    schema = json.loads((DATA_DIR / "schema" / "role.schema.json").read_text("utf-8"))
    assert schema["additionalProperties"] is False
    assert schema["properties"]["title"]["description"].startswith("Rollens titel")
    assert "duties" in schema["required"]
