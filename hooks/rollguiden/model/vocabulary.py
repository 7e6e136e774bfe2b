"""The shared vocabulary roles refer to by id, so roles can be compared item by item."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from .base import ShortText, Slug, StrictModel, Text

VocabularyKind = Literal[
    "education_levels",
    "classifications",
    "qualities",
    "skills",
    "duty_areas",
    "right_kinds",
    "experience_fields",
    "languages",
]


class Term(StrictModel):
    """Ett begrepp i den gemensamma vokabulären."""

    id: Slug
    """Id som rollerna hänvisar till: små bokstäver a–z, siffror och bindestreck."""
    label: ShortText
    """Namnet som läsaren ser."""
    description: Text
    """En mening som förklarar begreppet."""
    in_ad: ShortText | None = None
    """Bara för färdigheter: kravet som platsannonsen ställer det, efter "Vi söker dig som",
    till exempel: är van att analysera kunder och lönsamhet. Utan det skriver annonsen
    "har goda kunskaper i" och färdighetens namn."""


class Vocabulary(StrictModel):
    """Gemensam vokabulär (data/vocabulary.yml): det som rollerna jämförs på."""

    education_levels: list[Term] = Field(min_length=1)
    """Utbildningsnivåer i stigande ordning: den första är lägst."""
    classifications: list[Term] = Field(min_length=1)
    """Befattningskategorier, till exempel chef och specialist."""
    qualities: list[Term] = Field(min_length=1)
    """Personliga egenskaper."""
    skills: list[Term] = Field(min_length=1)
    """Färdigheter och kunskaper."""
    duty_areas: list[Term] = Field(min_length=1)
    """Ansvarsområden som varje arbetsuppgift märks med."""
    right_kinds: list[Term] = Field(min_length=1)
    """Slag av befogenheter som varje rättighet märks med."""
    experience_fields: list[Term] = Field(min_length=1)
    """Områden där arbetslivserfarenhet räknas, till exempel försäljning."""
    languages: list[Term] = Field(min_length=1)
    """Språk som roller kan kräva; det första räknas som modersmålet (inte främmande)."""

    def terms(self, kind: VocabularyKind) -> dict[str, Term]:
        """The terms of one kind by id (the first wins if an id is repeated)."""
        result: dict[str, Term] = {}
        for term in getattr(self, kind):
            result.setdefault(term.id, term)
        return result

    def education_rank(self, level_id: str) -> int:
        """Position on the ordered education scale: 0 is the lowest level."""
        return [term.id for term in self.education_levels].index(level_id)
