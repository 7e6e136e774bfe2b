"""What a Swedish job ad says beyond the role itself: about us, what we offer, the terms of
employment, how to apply. The organisation's defaults (`job_ads` in organisation.yml), which
a role's `job_ad` may override field by field; a fact given nowhere is a visible placeholder
in the draft and an item on the worklist, never invented."""

from __future__ import annotations

import datetime
from typing import Annotated, Literal

from pydantic import Field

from .base import ShortText, StrictModel, Text

MAX_PROBATION_MONTHS = 6
"""LAS 6 §: a provanställning lasts at most six months."""

EmploymentForm = Literal["permanent", "fixed_term", "substitute", "seasonal"]
"""LAS 4–5 §§: tillsvidareanställning, or a time-limited one: särskild visstidsanställning,
vikariat, säsongsarbete."""


class Employment(StrictModel):
    """Anställningsform och omfattning."""

    form: EmploymentForm
    """permanent = tillsvidareanställning; fixed_term = särskild visstidsanställning;
    substitute = vikariat; seasonal = säsongsanställning."""
    probation_months: Annotated[int, Field(ge=1, le=MAX_PROBATION_MONTHS)] | None = None
    """Provanställning i början, högst sex månader (LAS 6 §); utelämnas utan provanställning."""
    extent: Literal["full_time", "part_time"]
    """full_time = heltid; part_time = deltid."""
    percent: Annotated[int, Field(ge=1, le=99)] | None = None
    """Vid deltid: hur stor del av heltid, i procent."""


class JobAdFacts(StrictModel):
    """Uppgifterna i en platsannons utöver rollen. Varje fält är valfritt: det som saknas blir
    en tydlig platshållare i utkastet och en punkt på listan Att granska."""

    offer: list[Text] | None = None
    """Vad vi erbjuder: förmåner, utveckling, arbetsmiljö."""
    collective_agreement: Text | None = None
    """Kollektivavtalet som gäller för anställningen."""
    employment: Employment | None = None
    location: ShortText | None = None
    """Ort, till exempel Stockholm."""
    start: ShortText | None = None
    """Tillträde, till exempel Enligt överenskommelse eller 2027-02-01."""
    selection: Text | None = None
    """Hur urvalet går till."""
    how_to_apply: Text | None = None
    """Hur man söker."""
    apply_by: datetime.date | None = None
    """Sista ansökningsdag (ÅÅÅÅ-MM-DD)."""
    contact: Text | None = None
    """Vem den som söker kan fråga om tjänsten, och hur."""
    union_contacts: Text | None = None
    """Fackliga kontaktpersoner, och hur de nås."""


class JobAdDefaults(JobAdFacts):
    """Platsannonsernas gemensamma uppgifter (job_ads i organisation.yml)."""

    about_us: Text | None = None
    """Om oss: några meningar om företaget, som varje annons börjar med."""
    example: bool = False
    """true: uppgifterna är exempel som organisationen ska byta mot sina egna."""
