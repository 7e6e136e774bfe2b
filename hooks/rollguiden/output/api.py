"""The JSON API, written at build time: every role with its full data, each role on its own,
the vocabulary, and the JSON Schemas that describe them (/api/v1/)."""

from __future__ import annotations

import json
from typing import Any

from rollguiden.model.base import SLUG_PATTERN
from rollguiden.output.generated_page import GeneratedFile
from rollguiden.pages.api_page import FORMAT_VERSION, evaluation_document, role_entry
from rollguiden.pages.evaluation import evaluation
from rollguiden.pages.job_posting import POSTING_SCHEMA_NAME, job_posting_schema
from rollguiden.pages.paths import (
    API_ROLES_FILE,
    API_VOCABULARY_FILE,
    api_role_file,
    api_schema_file,
)
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.schema import JSON_SCHEMA_DIALECT, SCHEMAS, schema_text

LINKS = ("profile", "job_description", "job_description_docx", "job_ad", "job_posting", "json")
"""What a role's entry links to (api_page.role_entry)."""


def api_paths(catalog: Catalog) -> tuple[str, ...]:
    """The API's files, named before they are made."""
    schemas = [*SCHEMAS, *envelope_schema_names()]
    return (
        API_ROLES_FILE,
        API_VOCABULARY_FILE,
        *(api_role_file(role.id) for role in catalog.roles),
        *(api_schema_file(name) for name in schemas),
    )


def envelope_schema_names() -> tuple[str, ...]:
    return tuple(envelope_schemas())


def api_files(catalog: Catalog) -> list[GeneratedFile]:
    evaluated = evaluation(catalog)
    entries = [role_entry(catalog, role, evaluated) for role in catalog.roles]
    documents: dict[str, Any] = {
        API_ROLES_FILE: {
            "format_version": FORMAT_VERSION,
            "organisation": catalog.organisation.model_dump(mode="json"),
            "job_evaluation": evaluation_document(catalog, evaluated),
            "roles": entries,
        },
        API_VOCABULARY_FILE: {
            "format_version": FORMAT_VERSION,
            "vocabulary": catalog.vocabulary.model_dump(mode="json"),
        },
    }
    for entry in entries:
        documents[api_role_file(entry["id"])] = {"format_version": FORMAT_VERSION, **entry}
    files = [GeneratedFile(path, _json(document)) for path, document in documents.items()]
    for name, model in SCHEMAS.items():
        files.append(GeneratedFile(api_schema_file(name), schema_text(model).encode()))
    for name, schema in envelope_schemas().items():
        files.append(GeneratedFile(api_schema_file(name), _json(schema)))
    return files


def envelope_schemas() -> dict[str, dict[str, Any]]:
    """Schemas of the API files themselves; the data inside refers to the models' schemas."""
    entry_properties = {
        "id": {"type": "string", "pattern": SLUG_PATTERN},
        "links": {
            "type": "object",
            "additionalProperties": False,
            "required": list(LINKS),
            "properties": {key: {"type": "string"} for key in LINKS},
        },
        "examples": {
            "type": "object",
            "additionalProperties": False,
            "required": ["whole_role", "fields"],
            "properties": {
                "whole_role": {
                    "type": "boolean",
                    "description": "true: every fact of the role is an example to review",
                },
                "fields": {
                    "type": "array",
                    "items": {"type": "string"},
                    "description": "the role's fields that are examples to review",
                },
            },
        },
        "pay": {
            "type": "object",
            "additionalProperties": False,
            "required": ["published", "base_salary"],
            "properties": {
                "published": {
                    "enum": ["all", "ranges", "none"],
                    "description": "organisation.yml's pay_publication: what the site shows "
                    "of pay (all figures, the base salary's range only, or none); under "
                    "ranges and none, role.pay is null",
                },
                "base_salary": {
                    "description": "the base salary's range per month, where it is published",
                    "oneOf": [
                        {"type": "null"},
                        {
                            "type": "object",
                            "additionalProperties": False,
                            "required": ["min", "max", "currency"],
                            "properties": {
                                "min": {"type": "number"},
                                "max": {"type": "number"},
                                "currency": {"type": "string"},
                            },
                        },
                    ],
                },
            },
        },
        "evaluation": {
            "description": "the role's place in the job evaluation (arbetsvärdering): its "
            "points, its group of equal value (from 1, highest first) and the other roles in "
            "it; points and group null until the role has a level on every sub-criterion; "
            "null when the organisation has no factor plan",
            "oneOf": [
                {"type": "null"},
                {
                    "type": "object",
                    "additionalProperties": False,
                    "required": ["points", "group", "equal_value"],
                    "properties": {
                        "points": {"type": ["integer", "null"]},
                        "group": {"type": ["integer", "null"]},
                        "equal_value": {"type": "array", "items": {"type": "string"}},
                    },
                },
            ],
        },
        "role": {"$ref": "role.schema.json"},
    }
    ids = {"type": "array", "items": {"type": "string"}}
    evaluation_properties = {
        "plan": {"$ref": "job_evaluation.schema.json"},
        "tolerance": {"type": "number"},
        "ranking": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["id", "points"],
                "properties": {"id": {"type": "string"}, "points": {"type": "integer"}},
            },
        },
        "unscored": ids,
        "groups": {"type": "array", "items": ids},
        "flags": {
            "type": "array",
            "items": {
                "type": "object",
                "additionalProperties": False,
                "required": ["kind", "women", "other"],
                "properties": {
                    "kind": {"enum": ["within", "across"]},
                    "women": {"type": "string"},
                    "other": {"type": "string"},
                },
            },
        },
    }
    version = {"const": FORMAT_VERSION}

    def document(name: str, properties: dict[str, Any]) -> dict[str, Any]:
        return {
            "$schema": JSON_SCHEMA_DIALECT,
            "$id": name,
            "type": "object",
            "additionalProperties": False,
            "required": list(properties),
            "properties": properties,
        }

    return {
        "role-entry.schema.json": document("role-entry.schema.json", entry_properties),
        "roles-document.schema.json": document(
            "roles-document.schema.json",
            {
                "format_version": version,
                "organisation": {"$ref": "organisation.schema.json"},
                "job_evaluation": {
                    "description": "the factor plan and every role's evaluation, as the page "
                    "/arbetsvardering/ shows them; null when the organisation has no plan",
                    "oneOf": [
                        {"type": "null"},
                        {
                            "type": "object",
                            "additionalProperties": False,
                            "required": list(evaluation_properties),
                            "properties": evaluation_properties,
                        },
                    ],
                },
                "roles": {"type": "array", "items": {"$ref": "role-entry.schema.json"}},
            },
        ),
        "role-document.schema.json": document(
            "role-document.schema.json", {"format_version": version, **entry_properties}
        ),
        "vocabulary-document.schema.json": document(
            "vocabulary-document.schema.json",
            {"format_version": version, "vocabulary": {"$ref": "vocabulary.schema.json"}},
        ),
        POSTING_SCHEMA_NAME: job_posting_schema(),
    }


def json_files(documents: dict[str, Any]) -> list[GeneratedFile]:
    """Each document written as compact JSON at its path."""
    return [GeneratedFile(path, _json(document)) for path, document in documents.items()]


def _json(document: Any) -> bytes:
    # compact: with indent, the json module falls back from C to pure Python (10 × slower)
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
