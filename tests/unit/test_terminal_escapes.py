"""A value or a file name that holds what a terminal acts on (ESC and its sequences, a
carriage return, a reversed direction) is written out in every message, so that it cannot
rewrite the lines around it: "allt ser bra ut" printed over the errors (issue 27, §3)."""

from __future__ import annotations

from pathlib import Path

from helpers import copy_fixture_data, edit, run_cli
from rollguiden.reading.errors import visible

ACTED_ON = ("\x1b", "\r", "\u202e", "\u2028", "\x9b")


def test_visible_writes_out_what_a_terminal_acts_on() -> None:
    # by hand: each character as Python writes it in a string
    assert visible("a\x1b[2K\rb\u2028c\u202ed\x9be\tf") == (
        "a\\x1b[2K\\rb\\u2028c\\u202ed\\x9be\\tf"
    )
    assert visible("Säljare – 12 000 kr") == "Säljare – 12 000 kr"


def test_a_value_in_a_message_cannot_rewrite_the_terminal(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    # YAML's double-quoted escapes put ESC and a carriage return into the value
    edit(
        data / "roles" / "kundansvarig.yml",
        "department: salj",
        'department: "salj\\e[2K\\rallt ser bra ut\\u202e"',
    )
    result = run_cli("--data", str(data), "validate")
    assert result.returncode == 1
    assert not [c for c in ACTED_ON if c in result.stderr]
    assert "salj\\x1b[2K\\rallt ser bra ut\\u202e" in result.stderr


def test_a_file_name_in_a_message_cannot_rewrite_the_terminal(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    (data / "roles" / "ny\x1b[2Kroll.yml").write_text("title: Ny\n", "utf-8")
    result = run_cli("--data", str(data), "validate")
    assert result.returncode == 1
    assert "\x1b" not in result.stderr
    assert "ny\\x1b[2Kroll.yml" in result.stderr
