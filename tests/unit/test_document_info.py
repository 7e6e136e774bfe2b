"""Document metadata and version history: an approved job description names who approved
it and when; the history runs in order and ends at the current version."""

from __future__ import annotations

import datetime

import pytest
from pydantic import ValidationError

from rollguiden.model.role import DocumentInfo, version_key


def entry(version: str, day: int) -> dict:
    return {"version": version, "date": datetime.date(2026, 1, day), "changes": "x"}


def test_an_approved_document_names_approver_date_and_effective_date() -> None:
    with pytest.raises(ValidationError, match="approved_by, approved_on"):
        DocumentInfo(version="1.0", status="approved", effective_date=datetime.date(2026, 1, 1))
    DocumentInfo(
        version="1.0",
        status="approved",
        effective_date=datetime.date(2026, 2, 1),
        approved_by="Anna Andersson",
        approved_on=datetime.date(2026, 1, 20),
    )


def test_history_in_order_ending_at_the_current_version() -> None:
    DocumentInfo(version="1.10", status="draft", history=[entry("1.9", 1), entry("1.10", 2)])
    with pytest.raises(ValidationError, match="stigande versionsordning"):
        DocumentInfo(version="1.0", status="draft", history=[entry("1.1", 1), entry("1.0", 2)])
    with pytest.raises(ValidationError, match="datumordning"):
        DocumentInfo(version="1.1", status="draft", history=[entry("1.0", 5), entry("1.1", 2)])
    with pytest.raises(ValidationError, match=r"\(1\.1\) ska vara den gällande versionen \(1\.2\)"):
        DocumentInfo(version="1.2", status="draft", history=[entry("1.0", 1), entry("1.1", 2)])
    with pytest.raises(ValidationError, match="varje version en gång"):
        DocumentInfo(version="1.0", status="draft", history=[entry("1.0", 1), entry("1.0", 2)])


def test_versions_compare_as_numbers() -> None:
    assert version_key("1.10") > version_key("1.9")
