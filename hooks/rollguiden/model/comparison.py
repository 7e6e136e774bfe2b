"""Featured comparisons (data/comparisons.yml): pairs of roles with an editorial introduction."""

from __future__ import annotations

from pydantic import Field

from .base import ShortText, Slug, StrictModel, Text


class FeaturedComparison(StrictModel):
    """En utvald jämförelse av två roller, med en inledande text."""

    roles: list[Slug] = Field(min_length=2, max_length=2)
    """De två rollerna, med id ur data/roles. Sidan heter <första>-vs-<andra>."""
    title: ShortText
    """Sidans rubrik, till exempel en fråga som jämförelsen besvarar."""
    intro: list[Text] = Field(min_length=1)
    """Inledningen, ett stycke per post; de beräknade skillnaderna följer under den."""

    @property
    def slug(self) -> str:
        return f"{self.roles[0]}-vs-{self.roles[1]}"


class Comparisons(StrictModel):
    """Utvalda jämförelser. Alla andra par jämförs i väljaren på sidan Jämför."""

    comparisons: list[FeaturedComparison] = Field(default_factory=list)
