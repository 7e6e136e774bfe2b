"""Organisation settings: the company, its currency, legal framework, approvers, departments,
the rules of a year's pay, what its job ads say and how many key clients a key account
manager carries."""

from __future__ import annotations

from pydantic import Field

from .base import CurrencyCode, ShortText, Slug, StrictModel, Text
from .job_ads import JobAdDefaults
from .pay import PayRules


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


class KeyClientCapacity(StrictModel):
    """Hur många nyckelkunder en key account manager kan ha: organisationens riktvärde, som
    nyckelkundsanalysen räknar med."""

    per_manager: int = Field(ge=1, le=1000)
    """Nyckelkunder per key account manager."""
    source: Text
    """Varifrån riktvärdet kommer, så att det kan kontrolleras."""
    example: bool = False
    """true: riktvärdet är ett exempel som organisationen ska granska, inte dess eget."""


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
    pay_rules: PayRules | None = None
    """Reglerna för ett års lön: semesterlön, arbetsgivaravgifter och pension, med källor.
    Utelämnas de visar kalkylatorn och rollsidorna inget år."""
    job_ads: JobAdDefaults = Field(default_factory=JobAdDefaults)
    """Det som varje platsannons säger utöver rollen: om oss, vad vi erbjuder,
    anställningsvillkor och ansökan. En roll kan ersätta ett fält i sin job_ad."""
    key_client_capacity: KeyClientCapacity | None = None
    """Nyckelkunder per key account manager. Utelämnas det säger nyckelkundsanalysen inget
    om hur många som behövs för kunderna."""
    comparison_matrix_max_roles: int = Field(default=20, ge=2, le=1000)
    """Högsta antal roller som sidan Jämför roller visar sida vid sida i en och samma tabell.
    Har organisationen fler roller än så, visar sidan i stället en tabell per avdelning med
    krav och lön. Läsaren kan alltid välja 2–4 roller och jämföra dem punkt för punkt."""

    def department_names(self) -> dict[str, str]:
        return {department.id: department.name for department in self.departments}
