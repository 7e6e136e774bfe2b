"""A huge value quoted in a message is cut to its first characters, so that one value cannot
make the messages – and the notice every page shows under `mkdocs serve` – huge; no close
match is sought for a name longer than any id (issue 27, section 1)."""

from __future__ import annotations

from pathlib import Path

from helpers import copy_fixture_data, edit, run_cli
from rollguiden.reading.messages import QUOTED_MAX, quoted


def test_quoted_keeps_a_short_value_and_cuts_a_long_one() -> None:
    assert quoted("saljteknik") == "saljteknik"
    assert quoted("x" * QUOTED_MAX) == "x" * QUOTED_MAX
    assert quoted("x" * (QUOTED_MAX + 1)) == "x" * (QUOTED_MAX - 3) + "…"


def test_a_huge_value_makes_no_huge_message(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    huge = "forhandling" + "x" * 200_000
    role = data / "roles" / "kundansvarig.yml"
    edit(role, "skills: [forhandling, saljteknik,", f"skills: [{huge}, {huge}, saljteknik,")
    edit(role, "example_fields: [pay]", f"example_fields: [pay, {huge}]")
    result = run_cli("--data", str(data), "validate")
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    # the unknown skill at each place, the same skill twice, the unknown field, the count
    assert len(lines) == 5, [line[:200] for line in lines]
    assert max(len(line) for line in lines) < 300
    start = "forhandling" + "x" * (QUOTED_MAX - 3 - len("forhandling")) + "…"
    assert f"okänd färdighet '{start}'" in result.stderr
    assert f"'{start}' står redan på plats 1" in result.stderr
    assert f"'{start}' är inget fält i en roll" in result.stderr
