"""Swedish text conventions shared by every output: numbers, alphabetical order, lists, plurals."""

from __future__ import annotations

import math
import re
import unicodedata

NBSP = "\u00a0"
"""`Intl.NumberFormat('sv-SE')` groups thousands with a no-break space; so do we."""

_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzåäö"
_FOLD = str.maketrans("éèêëáàâüúùîïíóòôçñ", "eeeeaaauuuiiiooocn")


def format_number(value: float, decimals: int = 0) -> str:
    """`1250000.5` → `1 250 000,50` (no-break spaces, U+2212 minus), as sv-SE writes numbers."""
    rounded = round(value, decimals)
    text = f"{abs(rounded):,.{decimals}f}".replace(",", NBSP).replace(".", ",")
    return f"\u2212{text}" if rounded < 0 else text


def currency_unit(currency: str | None) -> str:
    """How an amount's currency is written after it: 'kr' for kronor, else the ISO code."""
    return {"SEK": "kr"}.get(currency or "", currency or "")


def format_money(value: float, currency: str | None, decimals: int | None = None) -> str:
    """`1500000, 'SEK'` → `1 500 000 kr`; decimals only when the amount has öre (as
    numbers.js's formatMoney writes it), unless asked for."""
    if decimals is None:
        decimals = 0 if round(float(value), 2).is_integer() else 2
    unit = currency_unit(currency)
    number = format_number(value, decimals)
    return f"{number}{NBSP}{unit}" if unit else number


def round_whole(value: float) -> float:
    """Whole kronor, halves away from zero (Python's round() would take 2.5 to 2)."""
    return math.copysign(math.floor(abs(value) + 0.5), value) + 0.0


def format_whole_money(value: float, currency: str | None) -> str:
    """An amount in whole kronor (a year's figures): `1 510 459,5` → `1 510 460 kr`, as
    numbers.js's formatWholeMoney writes it."""
    return format_money(round_whole(value), currency, 0)


def format_percent(rate: float) -> str:
    """`0.125` → `12,5 %`: at most two decimals, none when whole, a no-break space before %."""
    value = round(rate * 100, 2)
    return f"{value:g}".replace(".", ",").replace("-", "\u2212") + f"{NBSP}%"


def sort_key(text: str) -> tuple[int, ...]:
    """Order text as a Swedish reader expects: …, z, å, ä, ö; case and accents ignored."""
    folded = text.casefold().translate(_FOLD)
    return tuple(
        _ALPHABET.index(char) if char in _ALPHABET else len(_ALPHABET) + ord(char)
        for char in folded
    )


def join(items: list[str], conjunction: str = "och") -> str:
    """['a', 'b', 'c'] → 'a, b och c' (Swedish uses no comma before the conjunction)."""
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def plural(forms: str | dict[str, str], count: int) -> str:
    """The label for `count` things: a label that differs between one and more is written
    with the plural categories `one` and `other` (as Intl.PluralRules names them)."""
    if isinstance(forms, str):
        return forms
    return forms["one" if count == 1 else "other"]


def slugify(text: str) -> str:
    """What an id made of `text` looks like: 'Säljare' → 'saljare', 'Key Account Manager' →
    'key-account-manager' (lower case a–z, digits, single hyphens)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    letters = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[^a-z0-9]+", "-", letters).strip("-")


def upper_first(text: object) -> str:
    """'minst 2 år' → 'Minst 2 år': only the first letter, unlike str.capitalize."""
    value = str(text)
    return value[:1].upper() + value[1:]


def in_sentence(title: str) -> str:
    """A title as it stands inside a Swedish sentence: 'Key Account Manager' → 'key account
    manager', 'Kundtjänstchef' → 'kundtjänstchef', while 'IT-chef' and 'KAM' keep capitals."""
    words = []
    for word in title.split(" "):
        rest = word[1:]
        words.append(word[:1].lower() + rest if rest == rest.lower() else word)
    return " ".join(words)
