"""One role (data/roles/<id>.yml): who it is for, what it demands, does, may and answers for."""

from __future__ import annotations

import datetime
import functools
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    Field,
    PrivateAttr,
    Strict,
    StringConstraints,
    model_validator,
)

from .base import Abbreviation, ShortText, Slug, StrictModel, Text
from .job_ads import JobAdFacts
from .job_evaluation import RoleEvaluation
from .pay import PayModel

VERSION_PATTERN = r"^[0-9]{1,3}\.[0-9]{1,3}$"
Version = Annotated[str, StringConstraints(pattern=VERSION_PATTERN)]
Percent = Annotated[float, Field(ge=0, le=100)]
FIELD_NAME_PATTERN = r"^[a-z_]{1,40}$"
FieldName = Annotated[str, StringConstraints(pattern=FIELD_NAME_PATTERN)]
"""The name of a field of a role, such as key_clients."""


RETIRED_FIELDS = {
    "appointed_by": (
        "tas inte längre med: vem som beslutar om anställning står i företagets "
        "delegationsordning, inte i arbetsbeskrivningen – ta bort raden, eller skriv källans "
        "formulering under source_notes"
    ),
    "liabilities": (
        "en svensk arbetsbeskrivning har inget ansvarsavsnitt: vad rollen svarar för som "
        "resultat skrivs under responsibilities, och en källas ansvarspunkter under "
        "source_notes – ta bort liabilities"
    ),
}
"""Fields of the Russian model that Swedish job descriptions do not have, with what to do."""


def no_retired_fields(data: object) -> object:
    """A retired field, where a file still has it: one line saying what to do instead."""
    if isinstance(data, dict):
        for name, message in RETIRED_FIELDS.items():
            if name in data:
                raise ValueError(f"{name}: {message}")
    return data


class Reporting(StrictModel):
    """Rollens plats i organisationen (arbetsbeskrivningens avsnitt 1)."""

    reports_to: ShortText
    """Närmaste chef så som det skrivs i arbetsbeskrivningen."""
    reports_to_role: Slug | None = None
    """Id för chefens roll, om den finns i data/roles."""
    deputy: Text
    """Vem som går in när rollinnehavaren är frånvarande, till exempel ”Vid frånvaro utser
    närmaste chef en ersättare.”"""
    staff: bool = False
    """true: rollen har personalansvar. Arbetsbeskrivningen tar då med arbetsmiljöuppgifterna
    och personaluppgifterna ur manager_tasks i organisation.yml."""

    @model_validator(mode="before")
    @classmethod
    def _retired(cls, data: object) -> object:
        return no_retired_fields(data)


class EducationRequirement(StrictModel):
    """Krav på utbildning."""

    level: Slug
    """Lägsta nivå: ett id i vocabulary.yml under education_levels."""
    fields: list[ShortText] = Field(default_factory=list)
    """Önskade inriktningar, till exempel ekonomi."""
    note: Text | None = None


class ExperienceRequirement(StrictModel):
    """Krav på arbetslivserfarenhet."""

    min_years: Annotated[int, Strict(), Field(ge=0, le=40)]
    """Minsta antal år (0 = ingen erfarenhet krävs)."""
    field: ShortText
    """Inom vilket område, i ord, till exempel försäljning."""
    accepted_fields: list[Slug] = Field(default_factory=list)
    """Områden vars erfarenhet räknas: id i vocabulary.yml under experience_fields."""
    note: Text | None = None


class LanguageRequirement(StrictModel):
    """Ett språk och nivån som krävs."""

    language: Slug
    """Språket: ett id i vocabulary.yml under languages."""
    level: ShortText
    """Nivån i ord, till exempel goda kunskaper eller samtalsnivå."""
    or_other_foreign: bool = False
    """true = ett annat främmande språk duger lika bra."""
    required: bool = True
    """false = meriterande, inte ett krav."""
    reason: Text | None = None
    """Varför arbetet kräver språket, till exempel ”offerter och avtal skrivs på svenska”:
    ett språkkrav ska vara motiverat av arbetet (diskrimineringslagen)."""


class Requirements(StrictModel):
    """Vad som krävs av den som ska ha rollen."""

    education: EducationRequirement
    experience: ExperienceRequirement
    qualities: list[Slug] = Field(min_length=1)
    """Personliga egenskaper: id i vocabulary.yml under qualities."""
    skills: list[Slug] = Field(min_length=1)
    """Färdigheter: id i vocabulary.yml under skills."""
    languages: list[LanguageRequirement] = Field(default_factory=list)
    merits: list[Text] = Field(default_factory=list)
    """Meriterande: kurser, intyg, bakgrund."""
    notes: list[Text] = Field(default_factory=list)
    """Trender och annat som är bra att veta om kraven."""


class Duty(StrictModel):
    """En numrerad arbetsuppgift (avsnitt 2 i arbetsbeskrivningen)."""

    number: Annotated[int, Strict(), Field(ge=1, le=999)]
    """Punktens nummer: 1 blir 2.1 i arbetsbeskrivningen. Unikt och i stigande ordning."""
    area: Slug
    """Ansvarsområde: ett id i vocabulary.yml under duty_areas."""
    text: Text
    highlight: bool = False
    """true = en av rollens viktigaste uppgifter, som platsannonsen tar med."""


class Right(StrictModel):
    """En befogenhet (avsnitt 3 i arbetsbeskrivningen): något rollen får besluta eller göra,
    till exempel ”Beslutar om rabatt inom prislistans rabattnivåer.”"""

    kind: Slug
    """Slag av befogenhet: ett id i vocabulary.yml under right_kinds."""
    text: Text
    limit: Text | None = None
    """Gränsen i siffror, där det finns en: till exempel ”upp till 10 % rabatt” eller
    ”attesterar upp till 50 000 kr”."""


class SourceNote(StrictModel):
    """Något som källtexten säger om rollen men som företaget inte gör till sitt: visas som
    källans påstående på sidan om källan, med det som gäller i Sverige bredvid."""

    topic: ShortText
    """Vad det gäller, till exempel Ansvar eller Lön."""
    claim: Text
    """Vad källan säger, så nära källans ord som möjligt."""
    in_sweden: Text | None = None
    """Vad som gäller eller är känt i Sverige, med källa, där det skiljer sig."""


class Conditions(StrictModel):
    """Särskilda villkor för rollen (avsnitt 6 i arbetsbeskrivningen)."""

    place_of_work: Text | None = None
    """Var arbetet utförs, till exempel ”Kontoret i Stockholm och hos kunderna.”"""
    travel: Text | None = None
    """Resor i tjänsten, till exempel ”Resor i Sverige, några dagar i månaden.”"""
    other: list[Text] = Field(default_factory=list)
    """Andra villkor, till exempel körkort eller jour."""


class Kpi(StrictModel):
    """Ett nyckeltal som rollen mäts på."""

    name: ShortText
    description: Text | None = None


class PercentRange(StrictModel):
    """Ett intervall i procent, till exempel 10–20."""

    min: Percent
    max: Percent

    @model_validator(mode="after")
    def _ordered(self) -> PercentRange:
        if self.min > self.max:
            raise ValueError("min får inte vara större än max")
        return self


class KeyClients(StrictModel):
    """Vilka kunder som är nyckelkunder för rollen."""

    summary: Text
    criteria: list[Text] = Field(default_factory=list)
    income_share_each: PercentRange | None = None
    """Andel av företagets intäkter som varje nyckelkund står för."""
    profit_share_together: PercentRange | None = None
    """Andel av vinsten som nyckelkunderna tillsammans kan stå för."""


class Compensation(StrictModel):
    """Hur lönen byggs upp, i ord: för en roll utan beräkningsbar lönemodell (pay)."""

    summary: Text
    points: list[Text] = Field(default_factory=list)


class Career(StrictModel):
    """Vägar in i rollen och vidare."""

    entry_paths: list[Text] = Field(min_length=1)
    """Varifrån de som får rollen brukar komma."""
    progression: list[Text] = Field(default_factory=list)
    """Vart rollen kan leda."""


class JobAdText(JobAdFacts):
    """Platsannonsens egna ord, till den som söker: i stället för rollens sammanfattning och
    arbetsbeskrivningens meningar, som annars återges. Annonsens övriga uppgifter (ort,
    anställningsform …) kommer från job_ads i organisation.yml; ett fält här ersätter det."""

    pitch: Text | None = None
    """Stycket efter annonsens första mening, skrivet till läsaren (”Som säljare hos oss …”)."""
    duties: list[Text] = Field(default_factory=list)
    """Arbetsuppgifterna som de fortsätter ”Som säljare kommer du att …”, till exempel
    ”söka upp nya kunder i ditt distrikt”."""
    requirements: list[Text] | None = Field(default=None, min_length=3, max_length=5)
    """Annonsens kravprofil: tre till fem krav som går att pröva, som de fortsätter ”Vi
    söker dig som …”. Utelämnas den bygger annonsen kraven på rollens utbildning,
    erfarenhet och språk."""


class Section(StrictModel):
    """Ett fördjupande avsnitt i löptext."""

    heading: ShortText
    paragraphs: list[Text] = Field(min_length=1)


SSYK_PATTERN = r"^[0-9]{4}$"
ESCO_PATTERN = (
    r"^http://data\.europa\.eu/esco/occupation/[0-9a-f]{8}(-[0-9a-f]{4}){3}-[0-9a-f]{12}$"
)


def _number_as_text(value: object) -> object:
    """`code: 3322` without quotes is the code 3322; a code read as a shorter number (0110
    becomes 110) still fails the four-digit rule, whose message says how to write it."""
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else value


SsykCode = Annotated[str, StringConstraints(pattern=SSYK_PATTERN), BeforeValidator(_number_as_text)]
EscoUri = Annotated[str, StringConstraints(pattern=ESCO_PATTERN)]


class Ssyk(StrictModel):
    """Yrkeskoden enligt SSYK 2012, Statistiska centralbyråns standard för svensk
    yrkesklassificering, som Arbetsförmedlingens platsannonser använder."""

    code: SsykCode
    """Yrkesgruppens kod med fyra siffror, till exempel 3322."""
    name: ShortText
    """Yrkesgruppens namn så som SCB skriver det, till exempel Företagssäljare."""
    source: Text
    """Var koden kommer ifrån: källan och vad den säger."""
    verified: bool = False
    """true = koden står i källan för just den här sortens roll; false = att granska."""


class EscoOccupation(StrictModel):
    """Yrket i ESCO, EU:s klassificering av yrken och färdigheter."""

    uri: EscoUri
    """Yrkets adress i ESCO, http://data.europa.eu/esco/occupation/…"""
    name: ShortText
    """Yrkets namn i ESCO, till exempel sales manager."""
    source: Text
    """Var uppgiften kommer ifrån."""
    verified: bool = False
    """true = källan visar yrket för just den här sortens roll; false = att granska."""


class OccupationCodes(StrictModel):
    """Rollens koder i standardklassificeringarna av yrken."""

    ssyk: Ssyk
    esco: EscoOccupation | None = None
    """Utelämnas när inget ESCO-yrke passar."""


class Provenance(StrictModel):
    """Var uppgifterna kommer ifrån: organisationen själv, källtexten eller exempel som
    organisationen ska granska."""

    basis: Literal["own", "source", "example"]
    """own = organisationens egen roll; source = bygger på källtexten som Rollguiden
    levereras med; example = hela rollen är ett exempel att granska."""
    example_fields: list[FieldName] = Field(default_factory=list)
    """Fält som är exempel att granska trots att rollen i övrigt är organisationens egen
    eller bygger på källtexten. Ta bort ett fält ur listan när det är granskat."""
    note: Text | None = None


class HistoryEntry(StrictModel):
    """En version av arbetsbeskrivningen: när den kom och vad som ändrades."""

    version: Version
    date: datetime.date
    """Datum för versionen (ÅÅÅÅ-MM-DD)."""
    changes: Text
    """Vad som ändrades, i en eller ett par meningar."""


def version_key(version: str) -> tuple[int, ...]:
    """'1.10' sorts after '1.9'."""
    return tuple(int(part) for part in version.split("."))


class DocumentInfo(StrictModel):
    """Dokumentuppgifter för arbetsbeskrivningen."""

    version: Version
    """Versionsnummer, till exempel 1.0."""
    status: Literal["draft", "review", "approved"]
    """draft = utkast, review = under granskning, approved = fastställd."""
    effective_date: datetime.date | None = None
    """Datum då arbetsbeskrivningen börjar gälla (ÅÅÅÅ-MM-DD)."""
    approved_by: ShortText | None = None
    """Namnet på närmaste chef, som fastställde arbetsbeskrivningen."""
    approved_on: datetime.date | None = None
    """Datum då arbetsbeskrivningen fastställdes."""
    review_by: datetime.date | None = None
    """Datum då arbetsbeskrivningen senast ska ses över (ÅÅÅÅ-MM-DD); efter det står rollen
    på listan Att granska."""
    history: list[HistoryEntry] = Field(default_factory=list)
    """Versionerna i ordning, den äldsta först; den sista är den gällande (version)."""

    @model_validator(mode="after")
    def _consistent(self) -> DocumentInfo:
        if self.status == "approved":
            missing = [
                name
                for name in ("effective_date", "approved_by", "approved_on")
                if getattr(self, name) is None
            ]
            if missing:
                raise ValueError(f"en fastställd arbetsbeskrivning måste ha {', '.join(missing)}")
        versions = [version_key(entry.version) for entry in self.history]
        if versions != sorted(set(versions)):
            raise ValueError("history ska stå i stigande versionsordning, varje version en gång")
        dates = [entry.date for entry in self.history]
        if dates != sorted(dates):
            raise ValueError("history ska stå i datumordning, den äldsta först")
        if self.history and self.history[-1].version != self.version:
            raise ValueError(
                f"den sista versionen i history ({self.history[-1].version}) "
                f"ska vara den gällande versionen ({self.version})"
            )
        return self


class Role(StrictModel):
    """En roll. Filens namn (utan .yml) är rollens id."""

    title: ShortText
    """Rollens titel, till exempel Key Account Manager."""
    abbreviation: Abbreviation | None = None
    """Vedertagen förkortning, till exempel KAM."""
    aliases: list[ShortText] = Field(default_factory=list)
    """Andra namn på rollen, som sökningen också hittar."""
    summary: Text
    """Två–tre meningar: vad rollen är till för."""
    focus: Text
    """Rollens syfte och tyngdpunkt i en mening."""
    clients: Text
    """Vilka kunder rollen typiskt arbetar med."""
    department: Slug
    """Avdelning: ett id i organisation.yml under departments."""
    classification: Slug
    """Befattningskategori: ett id i vocabulary.yml under classifications."""
    occupation_codes: OccupationCodes | None = None
    """Yrkeskoden enligt SSYK 2012 och, där ett yrke passar, ESCO – med källa."""
    reporting: Reporting
    tasks: list[Text] = Field(default_factory=list)
    """Rollens viktigaste uppgifter i korthet ("I korthet" under Arbetsuppgifter)."""
    responsibilities: list[Text] = Field(default_factory=list)
    """Resultatansvar: vad rollen svarar för som resultat."""
    requirements: Requirements
    governing_documents: list[Text] = Field(default_factory=list)
    """Styrande dokument utöver lagstiftningen i organisation.yml."""
    duties: list[Duty] = Field(min_length=1)
    rights: list[Right] = Field(min_length=1)
    """Befogenheter: vad rollen får besluta eller göra (3.1, 3.2 …)."""
    kpis: list[Kpi] = Field(default_factory=list)
    """Målen som rollen mäts på."""
    follow_up: Text | None = None
    """Hur och hur ofta målen följs upp, till exempel ”Varje månad med närmaste chef …”."""
    conditions: Conditions | None = None
    key_clients: KeyClients | None = None
    competences: list[Text] = Field(default_factory=list)
    compensation: Compensation | None = None
    pay: PayModel | None = None
    """Lönemodellen i siffror: grundlön, provisionsband, tak och försäljningsplan."""
    pay_criteria: list[ShortText] = Field(default_factory=list)
    """Lönekriterier: det företaget utgår från när lönen i rollen sätts och utvecklas, till
    exempel ”Resultat mot försäljningsplanen” eller ”Hur väl kundrelationerna utvecklas”.
    Visas på sidan Lönekriterier, med företagets lönepolicy (pay_policy i organisation.yml)."""
    job_evaluation: RoleEvaluation | None = None
    """Arbetsvärderingen: rollens nivå på varje delkriterium i faktorplanen
    (data/job_evaluation.yml), med motivering, och om rollen är kvinno- eller mansdominerad."""
    career: Career
    pros: list[Text] = Field(default_factory=list)
    cons: list[Text] = Field(default_factory=list)
    sections: list[Section] = Field(default_factory=list)
    """Fördjupning i löptext."""
    job_ad: JobAdText | None = None
    """Platsannonsens egna ord till den som söker; utan dem återger annonsen rolldatan."""
    source_notes: list[SourceNote] = Field(default_factory=list)
    """Det källtexten säger om rollen som företaget inte gör till sitt, med det som gäller i
    Sverige: visas bara på sidan om källan."""
    provenance: Provenance
    document: DocumentInfo

    _id: str = PrivateAttr(default="")

    @model_validator(mode="before")
    @classmethod
    def _retired(cls, data: object) -> object:
        return no_retired_fields(data)

    def model_post_init(self, context: Any) -> None:
        # The id is the file name, given by the loader, never written in the YAML.
        if isinstance(context, dict):
            self._id = str(context.get("role_id", ""))

    @functools.cached_property
    def id(self) -> str:
        # cached: pydantic serves private attributes through a slow __getattr__, and the
        # pages ask for a role's id tens of thousands of times
        return self._id

    def is_example(self, field_name: str) -> bool:
        """Whether a field is an example for the organisation to review, not from the source."""
        return self.provenance.basis == "example" or field_name in self.provenance.example_fields
