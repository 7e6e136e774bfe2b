"""The job evaluation (arbetsvärdering): the organisation's factor plan (data/job_evaluation.yml)
and each role's levels on it, with the motivation a lönekartläggning documents."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import Field

from .base import ShortText, Slug, StrictModel, Text

Criterion = Literal["kunskaper", "ansvar", "anstrangning", "arbetsforhallanden"]
"""The four criteria of diskrimineringslagen 3 kap. 8 §: kunskaper och färdigheter,
ansvar, ansträngning, arbetsförhållanden."""
CRITERIA: tuple[str, ...] = ("kunskaper", "ansvar", "anstrangning", "arbetsforhallanden")
MIN_LEVELS, MAX_LEVELS = 2, 7
WeightPercent = Annotated[float, Field(ge=0, le=100)]


class SubCriterion(StrictModel):
    """Ett delkriterium i faktorplanen, med sin vikt och en beskrivning av varje nivå."""

    id: Slug
    """Delkriteriets id, som rollerna anger sina nivåer under, till exempel
    utbildning-och-erfarenhet."""
    criterion: Criterion
    """Vilket av lagens fyra kriterier delkriteriet hör till: kunskaper, ansvar,
    anstrangning eller arbetsforhallanden."""
    name: ShortText
    """Delkriteriets namn, till exempel Utbildning och erfarenhet."""
    description: Text | None = None
    """Vad delkriteriet mäter, i en eller ett par meningar."""
    weight: WeightPercent
    """Vikten i procent; delkriteriernas vikter är tillsammans 100."""
    levels: list[Text] = Field(min_length=MIN_LEVELS, max_length=MAX_LEVELS)
    """Nivåerna, från den lägsta (nivå 1) till den högsta: 2–7 beskrivningar som säger vad
    arbetet kräver på varje nivå."""


class JobEvaluationPlan(StrictModel):
    """Organisationens faktorplan för arbetsvärderingen."""

    sub_criteria: list[SubCriterion] = Field(min_length=4)
    """Delkriterierna, minst ett under vart och ett av de fyra kriterierna."""
    tolerance: float = Field(default=50, ge=0, le=1000)
    """Hur många poäng (av 1 000) två roller får skilja för att räknas som likvärdiga."""
    source: Text | None = None
    """Var faktorplanens uppbyggnad kommer ifrån, med källa."""
    example: bool = False
    """true = faktorplanen är ett exempel som organisationen ska granska och göra till sin."""


class LevelChoice(StrictModel):
    """Rollens nivå på ett delkriterium och varför."""

    level: int = Field(ge=1, le=MAX_LEVELS)
    """Nivån, från 1 till delkriteriets högsta."""
    motivation: ShortText
    """Varför rollen har den nivån, på en rad: det som lönekartläggningen dokumenterar."""


class RoleEvaluation(StrictModel):
    """Rollens arbetsvärdering: nivån på varje delkriterium i faktorplanen."""

    dominance: Literal["women", "men"] | None = None
    """women = kvinnodominerad, men = mansdominerad: 60 % eller fler av dem som har rollen i
    organisationen är kvinnor respektive män (den gräns lönekartläggningen drar, se Fastigo,
    Likvärdigt arbete, och Sysarb, Kvinnodominerade arbeten). Utelämnas när ingetdera
    gäller. Ett faktum om rollen, aldrig om en person."""
    levels: dict[Slug, LevelChoice] = Field(default_factory=dict)
    """Delkriteriets id → rollens nivå och motivering."""
