"""Every text rule of the data's shape has words an editor can act on: no regular
expression reaches an HR person, and the messages use the model's own patterns."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from helpers import copy_fixture_data, edit, issue_for
from rollguiden.model.pay import PERCENT
from rollguiden.reading import messages
from rollguiden.reading.schema import SCHEMAS


def patterns(schema: Any) -> set[str]:
    """Every `pattern` anywhere in a JSON Schema."""
    if isinstance(schema, dict):
        found = {schema["pattern"]} if isinstance(schema.get("pattern"), str) else set()
        return found.union(*(patterns(value) for value in schema.values()))
    if isinstance(schema, list):
        return set().union(*(patterns(item) for item in schema))
    return set()


def test_every_pattern_of_the_data_has_a_swedish_message() -> None:
    used = set().union(*(patterns(model.model_json_schema()) for model in SCHEMAS.values()))
    # a rate may be written "15 %": that pattern only tells editors' tools so; the model reads
    # such a text itself, and says what is wrong in words of its own
    used.discard(f"^{PERCENT.pattern}$")
    assert len(used) >= 7  # ids, versions, currency, SSYK, ESCO, field names, glossary terms
    assert used - set(messages._PATTERN_MESSAGES) == set()


def test_a_glossary_term_of_two_words_is_told_to_be_one(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    edit(data / "glossary.yml", "term: CRM", "term: CRM system")
    issue = issue_for(data, "terms[2].term")  # the second term, counted from 1
    assert issue.message == (
        "ska vara ett ord på högst 20 tecken (bokstäver, siffror och bindestreck), till exempel KAM"
    )


def test_a_version_written_with_a_comma_is_told_the_form(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    edit(data / "roles" / "kundradgivare.yml", 'version: "1.0"', 'version: "1,0"')
    issue = issue_for(data, "document.version")
    assert issue.message.startswith("ska vara ett versionsnummer som 1.0 eller 2.3")
