"""The glossary (data/glossary.yml): abbreviations explained on hover across the site and
listed on the glossary page."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from .base import ShortText, StrictModel, Text

TERM_PATTERN = r"^[0-9A-Za-zÅÄÖåäö][0-9A-Za-zÅÄÖåäö-]{0,19}$"
"""One word: the abbreviation extension marks single words only."""
TermText = Annotated[str, StringConstraints(pattern=TERM_PATTERN)]


class GlossaryTerm(StrictModel):
    """En förkortning eller ett fackord."""

    term: TermText
    """Ordet som det står i texten, till exempel KAM. Varje förekomst förklaras vid hovring."""
    expansion: ShortText
    """Förklaringen på en rad, som visas när man håller muspekaren över ordet."""
    description: Text | None = None
    """Längre förklaring på ordlistans sida."""


class Glossary(StrictModel):
    """Ordlistan."""

    terms: list[GlossaryTerm] = Field(default_factory=list)
