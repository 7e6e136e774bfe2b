"""Organisation settings: the company, its currency, legal framework, approvers, departments."""

from __future__ import annotations

from typing import Annotated

from pydantic import Field, StringConstraints

from .base import ShortText, Slug, StrictModel, Text

CURRENCY_PATTERN = r"^[A-Z]{3}$"
CurrencyCode = Annotated[str, StringConstraints(pattern=CURRENCY_PATTERN)]


class Department(StrictModel):
    """En avdelning i organisationen."""

    id: Slug
    """Id som rollerna och godkännandet hänvisar till."""
    name: ShortText
    """Avdelningens namn, till exempel Försäljningsavdelningen."""


class LegalFramework(StrictModel):
    """Lagstiftningen som arbetsbeskrivningarna hänvisar till."""

    name: ShortText
    """Kort namn, till exempel svensk arbetsrätt."""
    governing_law: Text
    """Första styrande dokumentet i varje arbetsbeskrivning (avsnitt 1)."""
    labour_law: Text
    """Ramen för ansvar för hur arbetsuppgifterna fullgörs."""
    labour_and_civil_law: Text
    """Ramen för ansvar för skada som den anställde orsakar."""


class Approval(StrictModel):
    """Vem som godkänner arbetsbeskrivningar och vilka avdelningar som granskar dem."""

    approver_title: ShortText
    """Titeln på den som godkänner, till exempel Verkställande direktör."""
    reviewer_departments: list[Slug] = Field(default_factory=list)
    """Avdelningar som granskar varje utkast (utöver rollens egen avdelning)."""


class Organisation(StrictModel):
    """Organisationens inställningar (data/organisation.yml)."""

    name: ShortText
    """Företagets namn."""
    currency: CurrencyCode
    """Valuta som ISO 4217-kod, till exempel SEK."""
    legal_framework: LegalFramework
    approval: Approval
    departments: list[Department] = Field(min_length=1)
    """Avdelningar som roller och granskning hänvisar till."""

    def department_names(self) -> dict[str, str]:
        return {department.id: department.name for department in self.departments}
