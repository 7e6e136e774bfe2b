"""Swedish text conventions shared by every output: number formatting and alphabetical order."""

from __future__ import annotations

NBSP = "\u00a0"
"""`Intl.NumberFormat('sv-SE')` groups thousands with a no-break space; so do we."""

_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyzåäö"
_FOLD = str.maketrans("éèêëáàâüúùîïíóòôçñ", "eeeeaaauuuiiiooocn")


def format_number(value: float, decimals: int = 0) -> str:
    """`1250000.5` → `1 250 000,50` (no-break spaces, U+2212 minus), as sv-SE writes numbers."""
    rounded = round(value, decimals)
    text = f"{abs(rounded):,.{decimals}f}".replace(",", NBSP).replace(".", ",")
    return f"\u2212{text}" if rounded < 0 else text


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
