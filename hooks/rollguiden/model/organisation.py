"""Organisation settings: the company, its currency, departments, what a manager's job
description adds, the rules of a year's pay, its pay policy, what its job ads say and how many
key clients a key account manager carries."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from .base import CurrencyCode, ShortText, Slug, StrictModel, Text
from .job_ads import JobAdDefaults
from .pay import PayRules


class Department(StrictModel):
    """En avdelning i organisationen."""

    id: Slug
    """Id som rollerna hänvisar till."""
    name: ShortText
    """Avdelningens namn, till exempel Försäljningsavdelningen."""


class ManagerTasks(StrictModel):
    """Det som en roll med personalansvar gör som chef: de arbetsmiljöuppgifter arbetsgivaren
    fördelar till den och personaluppgifterna. Arbetsbeskrivningen för en roll med
    reporting.staff: true tar med dem."""

    work_environment: list[Text] = Field(min_length=1)
    """Arbetsmiljöuppgifterna som fördelas till chefen."""
    personnel: list[Text] = Field(default_factory=list)
    """Personaluppgifterna, till exempel lönesamtal och utvecklingssamtal."""
    source: Text
    """Lagrum och föreskrifter som uppgifterna bygger på."""
    example: bool = False
    """true: uppgifterna är ett exempel som organisationen ska granska."""


class EmployeeWorkEnvironment(StrictModel):
    """Det varje medarbetare gör i arbetsmiljöarbetet. Arbetsbeskrivningen för en roll utan
    personalansvar tar med det som sitt sista avsnitt."""

    tasks: list[Text] = Field(min_length=1)
    """Vad medarbetaren gör, till exempel rapporterar risker och tillbud."""
    source: Text
    """Lagrum och föreskrifter som uppgifterna bygger på."""
    example: bool = False
    """true: uppgifterna är ett exempel som organisationen ska granska."""


RETIRED_SETTINGS = {
    "approval": (
        "behövs inte längre: en arbetsbeskrivning fastställs av närmaste chef och gås igenom "
        "med medarbetaren – ta bort approval"
    ),
    "legal_framework": (
        "behövs inte längre: arbetsbeskrivningen hänvisar inte till lagar om ansvar – ta bort "
        "legal_framework"
    ),
}
"""Settings of the Russian model of job descriptions, with what to do."""


class KeyClientCapacity(StrictModel):
    """Hur många nyckelkunder en key account manager kan ha: organisationens riktvärde, som
    nyckelkundsanalysen räknar med."""

    per_manager: int = Field(ge=1, le=1000)
    """Nyckelkunder per key account manager."""
    source: Text
    """Varifrån riktvärdet kommer, så att det kan kontrolleras."""
    example: bool = False
    """true: riktvärdet är ett exempel som organisationen ska granska, inte dess eget."""


class PayPolicy(StrictModel):
    """Företagets lönepolicy: hur lönen sätts och utvecklas i företaget, i några stycken.
    Sidan Lönekriterier visar den före rollernas egna lönekriterier."""

    text: list[Text] = Field(min_length=1)
    """Policyn, ett stycke per punkt i listan."""
    example: bool = False
    """true: texten är ett exempel som organisationen ska granska, inte dess egen."""


class Organisation(StrictModel):
    """Organisationens inställningar (data/organisation.yml)."""

    name: ShortText
    """Företagets namn."""
    currency: CurrencyCode
    """Valuta som ISO 4217-kod, till exempel SEK."""
    departments: list[Department] = Field(min_length=1)
    """Avdelningar som roller och granskning hänvisar till."""
    pay_publication: Literal["all", "ranges", "none"] = "all"
    """Vilka löneuppgifter webbplatsen visar, på sidorna, i verktygen, i API:t och i
    sökningen: all = alla belopp (standard), ranges = bara grundlönens spann (lägst–högst),
    none = inga belopp alls."""
    pay_rules: PayRules | None = None
    """Reglerna för ett års lön: semesterlön, arbetsgivaravgifter och pension, med källor.
    Utelämnas de visar kalkylatorn och rollsidorna inget år."""
    manager_tasks: ManagerTasks | None = None
    """Arbetsmiljöuppgifter och personaluppgifter för roller med personalansvar."""
    employee_work_environment: EmployeeWorkEnvironment | None = None
    """Det varje medarbetare gör i arbetsmiljöarbetet, för roller utan personalansvar."""
    job_ads: JobAdDefaults = Field(default_factory=JobAdDefaults)
    """Det som varje platsannons säger utöver rollen: om oss, vad vi erbjuder,
    anställningsvillkor och ansökan. En roll kan ersätta ett fält i sin job_ad."""
    key_client_capacity: KeyClientCapacity | None = None
    """Nyckelkunder per key account manager. Utelämnas det säger nyckelkundsanalysen inget
    om hur många som behövs för kunderna."""
    pay_policy: PayPolicy | None = None
    """Lönepolicyn som sidan Lönekriterier visar. Utelämnas den säger sidan var den skrivs."""
    comparison_matrix_max_roles: int = Field(default=20, ge=2, le=1000)
    """Högsta antal roller som sidan Jämför roller visar sida vid sida i en och samma tabell.
    Har organisationen fler roller än så, visar sidan i stället en tabell per avdelning med
    krav och lön. Läsaren kan alltid välja 2–4 roller och jämföra dem punkt för punkt."""

    @model_validator(mode="before")
    @classmethod
    def _retired(cls, data: object) -> object:
        if isinstance(data, dict):
            for name, message in RETIRED_SETTINGS.items():
                if name in data:
                    raise ValueError(f"{name}: {message}")
        return data

    def department_names(self) -> dict[str, str]:
        return {department.id: department.name for department in self.departments}
