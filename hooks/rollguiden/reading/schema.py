"""JSON Schema for the data files, generated from the models and committed in data/schema/.

Editors read the schema through the `# yaml-language-server: $schema=…` line at the top of
every data file, so they can complete field names and flag mistakes while typing.
"""

from __future__ import annotations

import json
from pathlib import Path

from pydantic import BaseModel

from rollguiden.model import (
    Comparisons,
    Glossary,
    JobEvaluationPlan,
    Organisation,
    Role,
    Vocabulary,
)

SCHEMA_FOLDER = "schema"
SCHEMAS: dict[str, type[BaseModel]] = {
    "organisation.schema.json": Organisation,
    "vocabulary.schema.json": Vocabulary,
    "role.schema.json": Role,
    "comparisons.schema.json": Comparisons,
    "glossary.schema.json": Glossary,
    "job_evaluation.schema.json": JobEvaluationPlan,
}
JSON_SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def schema_text(model: type[BaseModel]) -> str:
    """The model's JSON Schema, formatted the way it is committed."""
    schema = {"$schema": JSON_SCHEMA_DIALECT, **model.model_json_schema()}
    return json.dumps(schema, ensure_ascii=False, indent=2) + "\n"


def stale_schema_files(data_dir: Path) -> list[Path]:
    """Schema files that are missing or differ from what the models generate now."""
    folder = Path(data_dir) / SCHEMA_FOLDER
    stale = []
    for name, model in SCHEMAS.items():
        path = folder / name
        if not path.is_file() or path.read_text("utf-8") != schema_text(model):
            stale.append(path)
    return stale


def write_schema_files(data_dir: Path) -> list[Path]:
    """Write every schema file that is stale; return the ones written."""
    written = []
    for path in stale_schema_files(data_dir):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(schema_text(SCHEMAS[path.name]), "utf-8")
        written.append(path)
    return written
