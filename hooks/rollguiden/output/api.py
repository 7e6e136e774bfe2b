"""The JSON API, written at build time: every role with its full data, each role on its own,
the vocabulary, and the JSON Schemas that describe them (/api/v1/)."""

from __future__ import annotations

import json
from typing import Any

from rollguiden.model import Role
from rollguiden.model.base import SLUG_PATTERN
from rollguiden.output.generated_page import GeneratedFile
from rollguiden.pages.views import docx_path
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.schema import JSON_SCHEMA_DIALECT, SCHEMAS, schema_text

FORMAT_VERSION = "1.0"
"""Raised when a file changes so that a reader of the old format could misread it."""
API_ROOT = "api/v1"


def role_url(role_id: str) -> str:
    return f"{API_ROOT}/roles/{role_id}.json"


def role_entry(role: Role) -> dict[str, Any]:
    """One role in the API: its id, links to its pages (relative to the site's root), data."""
    return {
        "id": role.id,
        "links": {
            "profile": f"roller/{role.id}/",
            "job_description": f"roller/{role.id}/arbetsbeskrivning/",
            "job_description_docx": docx_path(role.id, role.document.version),
            "job_ad": f"roller/{role.id}/platsannons/",
            "json": role_url(role.id),
        },
        # which facts are examples the organisation has still to review, not facts: the
        # whole role, or the fields named (the same marks the pages show)
        "examples": {
            "whole_role": role.provenance.basis == "example",
            "fields": list(role.provenance.example_fields),
        },
        "role": role.model_dump(mode="json"),
    }


def api_paths(catalog: Catalog) -> tuple[str, ...]:
    """The API's files, named before they are made."""
    schemas = [*SCHEMAS, *envelope_schema_names()]
    return (
        f"{API_ROOT}/roles.json",
        f"{API_ROOT}/vocabulary.json",
        *(role_url(role.id) for role in catalog.roles),
        *(f"{API_ROOT}/schema/{name}" for name in schemas),
    )


def envelope_schema_names() -> tuple[str, ...]:
    return tuple(envelope_schemas())


def api_files(catalog: Catalog) -> list[GeneratedFile]:
    entries = [role_entry(role) for role in catalog.roles]
    documents: dict[str, Any] = {
        f"{API_ROOT}/roles.json": {
            "format_version": FORMAT_VERSION,
            "organisation": catalog.organisation.model_dump(mode="json"),
            "roles": entries,
        },
        f"{API_ROOT}/vocabulary.json": {
            "format_version": FORMAT_VERSION,
            "vocabulary": catalog.vocabulary.model_dump(mode="json"),
        },
    }
    for entry in entries:
        documents[role_url(entry["id"])] = {"format_version": FORMAT_VERSION, **entry}
    files = [GeneratedFile(path, _json(document)) for path, document in documents.items()]
    for name, model in SCHEMAS.items():
        files.append(GeneratedFile(f"{API_ROOT}/schema/{name}", schema_text(model).encode()))
    for name, schema in envelope_schemas().items():
        files.append(GeneratedFile(f"{API_ROOT}/schema/{name}", _json(schema)))
    return files


def envelope_schemas() -> dict[str, dict[str, Any]]:
    """Schemas of the API files themselves; the data inside refers to the models' schemas."""
    entry_properties = {
        "id": {"type": "string", "pattern": SLUG_PATTERN},
        "links": {
            "type": "object",
            "additionalProperties": False,
            "required": ["profile", "job_description", "job_description_docx", "job_ad", "json"],
            "properties": {
                key: {"type": "string"}
                for key in ("profile", "job_description", "job_description_docx", "job_ad", "json")
            },
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
        "role": {"$ref": "role.schema.json"},
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
    }


def _json(document: Any) -> bytes:
    # compact: with indent, the json module falls back from C to pure Python (10 × slower)
    return (json.dumps(document, ensure_ascii=False, separators=(",", ":")) + "\n").encode()
