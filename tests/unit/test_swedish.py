"""Swedish number formatting and alphabetical order."""

from __future__ import annotations

from rollguiden.text.swedish import NBSP, format_money, format_number, join, plural, sort_key


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


def test_a_count_of_one_takes_the_singular() -> None:
    forms = {"one": "{count} roll", "other": "{count} roller"}
    assert [plural(forms, n).format(count=n) for n in (0, 1, 2, 21)] == [
        "0 roller",
        "1 roll",
        "2 roller",
        "21 roller",  # Swedish, unlike Russian, says "21 roller"
    ]
    assert plural("{count} år", 1) == "{count} år"  # one form for both stays as it is


def test_money_as_the_pages_and_the_browser_write_it() -> None:
    # the same cases as tests/js/numbers.test.mjs: numbers.js's formatMoney writes the same
    assert format_money(1250000, "SEK") == "1\u00a0250\u00a0000\u00a0kr"
    assert format_money(1250000.5, "SEK") == "1\u00a0250\u00a0000,50\u00a0kr"
    assert format_money(1200, "EUR") == "1\u00a0200\u00a0EUR"
    assert format_money(1000.001, "SEK") == "1\u00a0000\u00a0kr"  # no öre: no decimals
    assert format_money(-1000, "SEK") == "\u22121\u00a0000\u00a0kr"
