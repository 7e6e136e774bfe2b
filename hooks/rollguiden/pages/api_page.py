"""The JSON API as the site describes it: one role's entry (what the API files hold for it)
and the page /api/ that explains the files, with a shortened entry as its example."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

from markupsafe import Markup

from rollguiden.model import Role
from rollguiden.pages.evaluation import Evaluation, evaluation, placement
from rollguiden.pages.page import Page
from rollguiden.pages.paths import (
    API_PAGE,
    API_ROLES_FILE,
    API_VOCABULARY_FILE,
    JOB_EVALUATION_PAGE,
    api_job_posting_file,
    api_role_file,
    api_schema_file,
    docx_path,
    job_ad_page,
    job_description_page,
    role_page,
    site_url,
)
from rollguiden.pages.publication import published_range
from rollguiden.reading.catalog import Catalog

FORMAT_VERSION = "1.0"
"""Raised when a file changes so that a reader of the old format could misread it."""


def role_entry(catalog: Catalog, role: Role, evaluated: Evaluation | None = None) -> dict[str, Any]:
    """One role in the API: its id, links to its pages (relative to the site's root), what
    the site publishes of its pay, its place in the job evaluation (`evaluated`, worked out
    here when not given), and its data (without a pay model the site withholds)."""
    if evaluated is None:
        evaluated = evaluation(catalog)
    return {
        "id": role.id,
        "links": {
            "profile": site_url(role_page(role.id)),
            "job_description": site_url(job_description_page(role.id)),
            "job_description_docx": docx_path(role.id, role.document.version),
            "job_ad": site_url(job_ad_page(role.id)),
            "job_posting": api_job_posting_file(role.id),
            "json": api_role_file(role.id),
        },
        # which facts are examples the organisation has still to review, not facts: the
        # whole role, or the fields named (the same marks the pages show)
        "examples": {
            "whole_role": role.provenance.basis == "example",
            "fields": list(role.provenance.example_fields),
        },
        "pay": published_pay(catalog, role),
        "evaluation": evaluation_entry(evaluated, role.id),
        "role": role.model_dump(mode="json"),
    }


def evaluation_entry(evaluated: Evaluation | None, role_id: str) -> dict[str, Any] | None:
    """The role's points, its group of equal value (from 1, highest first) and the other
    roles in it; points and group null for a role without every level; None without a plan."""
    found = placement(evaluated, role_id)
    if found is None:
        return None
    return {"points": found.points, "group": found.group, "equal_value": list(found.equal_value)}


def evaluation_document(catalog: Catalog, evaluated: Evaluation | None) -> dict[str, Any] | None:
    """The factor plan and the evaluation of every role, for roles.json; None without a plan."""
    if evaluated is None or catalog.job_evaluation is None:
        return None
    return {
        "plan": catalog.job_evaluation.model_dump(mode="json"),
        "tolerance": evaluated.tolerance,
        **evaluated.result,
    }


def published_pay(catalog: Catalog, role: Role) -> dict[str, Any]:
    """organisation.yml's pay_publication, and the base salary's range where it is shown:
    with the pay model (`all`) or alone (`ranges`); None under `none` or without a model."""
    pay_range = published_range(catalog, role)
    return {
        "published": catalog.organisation.pay_publication,
        "base_salary": dataclasses.asdict(pay_range) if pay_range is not None else None,
    }


def api_page(catalog: Catalog) -> list[Page]:
    """The API's description, with the first role's entry as the example (before the first
    role is written, the files are described without one)."""
    first = catalog.roles[0] if catalog.roles else None
    example = (
        json.dumps(_shortened(role_entry(catalog, first)), ensure_ascii=False, indent=2)
        if first
        else ""
    )
    return [
        Page(
            API_PAGE,
            "api.md.j2",
            {
                "example": Markup(example),  # inside a code block: shown as it is
                "example_id": first.id if first else None,
                "format_version": FORMAT_VERSION,
                # addresses, no data: safe as they are, in links and in code examples
                "roles_file": Markup(API_ROLES_FILE),
                "evaluation_page": JOB_EVALUATION_PAGE,
                "vocabulary_file": Markup(API_VOCABULARY_FILE),
                "role_file": api_role_file(first.id) if first else None,
                "posting_file": api_job_posting_file(first.id) if first else None,
                "schema_file": lambda name: Markup(api_schema_file(name)),
            },
        )
    ]


def _shortened(entry: dict[str, Any]) -> dict[str, Any]:
    """An API entry for the example: lists cut to their first item, long texts cut."""

    def cut(value: Any) -> Any:
        if isinstance(value, list):
            return [cut(item) for item in value[:1]]
        if isinstance(value, dict):
            return {key: cut(item) for key, item in value.items()}
        if isinstance(value, str) and len(value) > 60:
            return value[:57] + "…"
        return value

    return cut(entry)
