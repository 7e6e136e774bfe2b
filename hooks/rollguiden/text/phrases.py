"""Phrases several pages state, each filled from its own page's labels by one rule: the
experience a role asks for, and a requirement with its note."""

from __future__ import annotations

from typing import Any


def experience_phrase(min_years: int, field: str, texts: dict[str, Any]) -> str:
    """The experience requirement in the words of `texts` (a label group with `experience`,
    naming {years} and perhaps {field}, and `no_experience` for a role that asks none)."""
    if min_years == 0:
        return texts["no_experience"]
    return texts["experience"].format(years=min_years, field=field)


def with_note(requirement: str, note: str | None) -> str:
    """'högskoleexamen (motsvarande kunskaper från arbetslivet kan också räknas)': a
    requirement with what else counts, so that no document states it stricter than the
    profile does."""
    if not note:
        return requirement
    note = note.strip().rstrip(".")
    return f"{requirement} ({note[:1].lower()}{note[1:]})"
