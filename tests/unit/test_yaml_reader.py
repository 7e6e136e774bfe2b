"""The safe YAML reader: line numbers, and a clear refusal for every kind of bad file."""

from __future__ import annotations

import time

import pytest

from rollguiden.reading.errors import line_for
from rollguiden.reading.yaml_reader import (
    MAX_FILE_BYTES,
    MAX_NODES,
    MAX_TEXT_CHARACTERS,
    read_yaml_bytes,
    read_yaml_file,
)

FILE = "data/roles/x.yml"


def only_issue(raw: bytes):
    document, issues = read_yaml_bytes(raw, FILE)
    assert len(issues) == 1, issues
    return document, issues[0]


def test_values_and_the_line_of_every_field() -> None:
    raw = b"title: KAM\nrequirements:\n  skills:\n    - a\n    - b\n"
    document, issues = read_yaml_bytes(raw, FILE)
    assert issues == []
    assert document.data == {"title": "KAM", "requirements": {"skills": ["a", "b"]}}
    assert document.lines[("title",)] == 1
    assert document.lines[("requirements",)] == 2
    assert document.lines[("requirements", "skills", 1)] == 5
    # a field that is missing is located at its parent
    assert line_for(("requirements", "skills", 1, "nothing"), document.lines) == 5


def test_keys_stay_names_even_when_yaml_would_read_them_as_booleans() -> None:
    document, issues = read_yaml_bytes(b"on: 1\nno: 2\n", FILE)
    assert issues == []
    assert document.data == {"on": 1, "no": 2}


def test_syntax_error_names_line_and_column_and_says_what_to_do() -> None:
    document, issue = only_issue(b"title: a\nsummary: b: c\n")
    assert document is None
    assert issue.line == 2
    assert "YAML-syntaxfel (kolumn 11)" in issue.message
    assert "citattecken" in issue.message


def test_tab_indentation_gets_a_hint() -> None:
    _, issue = only_issue(b"title: a\n\tsummary: b\n")
    assert issue.line == 2
    assert "tabbtecken" in issue.message


def test_empty_file() -> None:
    for raw in (b"", b"\n\n", b"# bara en kommentar\n"):
        document, issue = only_issue(raw)
        assert document is None
        assert "filen är tom" in issue.message


def test_not_utf8_names_the_line_of_the_bad_byte() -> None:
    raw = "title: a\nsummary: Säljare\n".encode("latin-1")
    _, issue = only_issue(raw)
    assert issue.line == 2
    assert "inte UTF-8" in issue.message
    assert "0xE4" in issue.message


def test_a_utf8_byte_order_mark_is_accepted() -> None:
    document, issues = read_yaml_bytes("\ufefftitle: Säljare\n".encode(), FILE)
    assert issues == []
    assert document.data == {"title": "Säljare"}


def test_control_character_is_refused_with_its_line() -> None:
    _, issue = only_issue(b"title: a\nsummary: b\x00c\n")
    assert issue.line == 2
    assert "U+0000" in issue.message


def test_duplicate_key_names_both_lines() -> None:
    document, issue = only_issue(b"title: a\nsummary: b\ntitle: c\n")
    assert issue.line == 3
    assert issue.path == ("title",)
    assert "första gången på rad 1" in issue.message
    assert document.data["title"] == "a"  # the first value stays; nothing is silently lost


def test_alias_bomb_is_refused_quickly() -> None:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for name, previous in zip("bcdefgh", "abcdefg", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    raw = ("\n".join(lines) + "\n").encode()
    started = time.monotonic()
    document, issue = only_issue(raw)
    assert time.monotonic() - started < 10  # generous: the point is it does not hang
    assert document is None
    assert "alias" in issue.message
    assert "vägras" in issue.message


def test_modest_aliases_are_fine() -> None:
    document, issues = read_yaml_bytes(b"a: &x [1, 2]\nb: *x\n", FILE)
    assert issues == []
    assert document.data == {"a": [1, 2], "b": [1, 2]}


def test_recursive_alias_is_refused() -> None:
    _, issue = only_issue(b"a: &a [1, *a]\n")
    assert "sig självt" in issue.message


def test_merge_keys_are_refused_without_losing_the_rest() -> None:
    document, issue = only_issue(b"base: &b {x: 1}\nitem:\n  <<: *b\n  y: 2\n")
    assert issue.line == 3
    assert "<<" in issue.message
    assert document.data["item"] == {"y": 2}


def test_deep_nesting_is_refused() -> None:
    raw = b"a: " + b"[" * 2000 + b"]" * 2000 + b"\n"
    document, issue = only_issue(raw)
    assert document is None
    assert "nästl" in issue.message


def test_huge_file_is_refused_before_it_is_read(tmp_path) -> None:
    path = tmp_path / "huge.yml"
    with path.open("wb") as handle:
        handle.write(b"title: a\n")
        handle.write(b"# " + b"x" * (MAX_FILE_BYTES + 10) + b"\n")
    document, issues = read_yaml_file(path, FILE)
    assert document is None
    assert len(issues) == 1
    assert "för stor" in issues[0].message


@pytest.mark.parametrize("count", [MAX_NODES // 2])
def test_a_large_but_honest_file_is_read(count: int) -> None:
    raw = ("items:\n" + "".join(f"  - {i}\n" for i in range(count))).encode()
    document, issues = read_yaml_bytes(raw, FILE)
    assert issues == []
    assert len(document.data["items"]) == count


def test_an_anchor_of_long_text_used_many_times_is_refused() -> None:
    # Few nodes (52 values, far under MAX_NODES) in a file of 100 kB, under the size limit,
    # but 50 × 100 000 = 5 million characters of text once the aliases are expanded: more
    # than MAX_TEXT_CHARACTERS, the budget counted besides the nodes.
    long_text = "x" * 100_000
    assert 50 * len(long_text) > MAX_TEXT_CHARACTERS
    raw = (f"a: &a {long_text}\nb: [" + ", ".join(["*a"] * 50) + "]\n").encode()
    assert len(raw) < MAX_FILE_BYTES
    document, issue = only_issue(raw)
    assert document is None
    assert issue.line == 1  # the anchor's: once composed, an alias is the anchored node
    assert "tecken text när alias (*namn) expanderas" in issue.message
    assert len(issue.message) < 200


def test_long_text_within_the_budget_is_read() -> None:
    # The same shape under the budget: 10 × 100 000 characters.
    raw = ("a: &a " + "x" * 100_000 + "\nb: [" + ", ".join(["*a"] * 10) + "]\n").encode()
    document, issues = read_yaml_bytes(raw, FILE)
    assert issues == []
    assert len(document.data["b"]) == 10


def test_an_aliased_key_of_long_text_counts_too() -> None:
    long_key = "k" * 100_000
    # An explicit key (`? `): YAML allows no implicit key longer than 1 024 characters.
    raw = (f"a: &a\n  ? {long_key}\n  : 1\nb: [" + ", ".join(["*a"] * 50) + "]\n").encode()
    document, issue = only_issue(raw)
    assert document is None
    assert "expanderas" in issue.message
