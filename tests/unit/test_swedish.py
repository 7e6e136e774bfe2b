"""Swedish number formatting and alphabetical order."""

from __future__ import annotations

from rollguiden.swedish import NBSP, format_number, join, sort_key


def test_numbers_as_sv_se_writes_them() -> None:
    assert format_number(1_250_000) == f"1{NBSP}250{NBSP}000"
    assert format_number(1_250_000.5, 2) == f"1{NBSP}250{NBSP}000,50"
    assert format_number(-1500) == f"\u22121{NBSP}500"
    assert format_number(-0.001, 2) == "0,00"


def test_swedish_alphabetical_order() -> None:
    titles = ["Öl", "Ärende", "Zebra", "Åtgärd", "ekonomi", "Försäljningschef"]
    assert sorted(titles, key=sort_key) == [
        "ekonomi",
        "Försäljningschef",
        "Zebra",
        "Åtgärd",
        "Ärende",
        "Öl",
    ]


def test_join_without_a_serial_comma() -> None:
    assert (
        join(["ekonomi", "juridik", "management"], "eller") == "ekonomi, juridik eller management"
    )
    assert join(["a"]) == "a"
    assert join([]) == ""
