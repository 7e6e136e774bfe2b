"""A role's pay model: base salary, commission bands, cap, sales plan with its accelerators,
and a guarantee for new hires (`pay:` in a role); and the rules of a year's pay that an
organisation sets (holiday pay, the payroll tax on pensions, employer contributions,
pension).

The same model validates the YAML and every model handed to the pay engine, so the rules
live in one place: rates in [0, 1], bands strictly ascending with exactly one open band
last, min ≤ typical ≤ max, a positive monthly target or none, a threshold exactly when the
below-plan rule is `threshold`, a cap of at least 0 or none; every amount at most
`MAX_AMOUNT`, and a month at plan of at most `MAX_DEALS_AT_PLAN` typical deals.
"""

from __future__ import annotations

import itertools
import re
from typing import Annotated, Literal

from pydantic import BeforeValidator, ConfigDict, Field, WithJsonSchema, model_validator

from rollguiden.text.swedish import format_number

from .base import CurrencyCode, ShortText, StrictModel, Text

MAX_AMOUNT = 10_000_000_000
"""The largest amount a pay model or a month's deals may hold (ten billion, in the model's
currency): far above any salary, deal or plan, and small enough that every sum of a month
stays exact to the öre. pay.js has the same limit; the shared vectors test both."""

MAX_DEALS_AT_PLAN = 250
"""A month at plan may be at most this many typical deals: the role page's example months
and the calculator's starting month are made of them, one row each."""


class _PayPart(StrictModel):
    # Strict: the engine takes JSON from the browser too, and a "0.15" string or a true
    # must be refused there exactly as the JavaScript engine refuses it.
    model_config = ConfigDict(strict=True)


Money = Annotated[float, Field(ge=0, le=MAX_AMOUNT)]
PositiveMoney = Annotated[float, Field(gt=0, le=MAX_AMOUNT)]
PERCENT = re.compile(r"\s*(\d+(?:[.,]\d+)?)\s*%\s*")
"""A share written the way HR writes it: '15 %', '12,5 %'."""


def _percent_to_share(value: object) -> object:
    """'15 %' → 0.15; anything else goes on to the checks as it is (pay.js does the same)."""
    if isinstance(value, str) and (match := PERCENT.fullmatch(value)):
        return float(match.group(1).replace(",", ".")) / 100
    return value


def _share_schema(exclusive_minimum: bool) -> dict:
    number = {"type": "number", "maximum": 1}
    number["exclusiveMinimum" if exclusive_minimum else "minimum"] = 0
    return {"anyOf": [number, {"type": "string", "pattern": f"^{PERCENT.pattern}$"}]}


Rate = Annotated[
    float,
    BeforeValidator(_percent_to_share),
    Field(ge=0, le=1),
    WithJsonSchema(_share_schema(exclusive_minimum=False)),
]
"""A rate as a share, 0.15, or as a percentage, '15 %': the data and the API hold 0.15."""
Threshold = Annotated[
    float,
    BeforeValidator(_percent_to_share),
    Field(gt=0, le=1),
    WithJsonSchema(_share_schema(exclusive_minimum=True)),
]


class SalaryRange(_PayPart):
    """Grundlön per månad: lägsta, typisk och högsta."""

    min: Money
    typical: Money
    """Används när inget annat anges, till exempel i kalkylatorn."""
    max: Money

    @model_validator(mode="after")
    def _ordered(self) -> SalaryRange:
        if not self.min <= self.typical <= self.max:
            raise ValueError("ska uppfylla min ≤ typical ≤ max")
        return self


class Band(_PayPart):
    """Ett provisionsband: satsen för affärer (eller delar av affärer) upp till up_to."""

    up_to: PositiveMoney | None = None
    """Övre gräns i affärsbelopp, inklusive. Utelämnas för det sista, öppna bandet."""
    rate: Rate
    """Provisionssats: som andel (0.15) eller i procent ('15 %')."""


class Commission(_PayPart):
    """Hur provisionen räknas."""

    basis: Literal["revenue", "margin"]
    """revenue = på affärens belopp; margin = på affärens marginal."""
    deals: Literal["own", "department"] = "own"
    """Vems affärer provisionen räknas på: own = rollens egna; department = hela
    avdelningens (som för en chef). Ändrar orden på sidorna och i annonsen, inte beräkningen."""
    band_mode: Literal["per_deal", "marginal"]
    """per_deal = hela affären får satsen för bandet den hamnar i;
    marginal = varje del av affären får satsen för det band delen hamnar i, i steg."""
    bands: list[Band] = Field(min_length=1)
    """I stigande ordning efter up_to; exakt ett öppet band, sist."""
    cap: Money | None = None
    """Högsta rörliga lön per månad; null = inget tak."""

    @model_validator(mode="after")
    def _bands_in_order(self) -> Commission:
        _ascending_bands(self.bands, "bands")
        return self


Share = Annotated[
    float,
    BeforeValidator(_percent_to_share),
    Field(gt=0, le=100),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", "exclusiveMinimum": 0, "maximum": 100},
                {"type": "string", "pattern": f"^{PERCENT.pattern}$"},
            ]
        }
    ),
]
"""A share of the plan, 1.2 or '120 %': above 0, at most 100 (10 000 % of the plan)."""


class Accelerator(_PayPart):
    """En accelerator: över en viss andel av planen räknas provisionen upp med en faktor."""

    above: Share
    """Andel av månadens plan (1.2 eller '120 %') som försäljningen ska vara över."""
    multiplier: Annotated[float, Field(ge=1, le=100)]
    """Faktorn som provisionen på försäljningen över gränsen räknas upp med, minst 1."""


def _ascending_bands(bands: list, name: str) -> None:
    """Exactly one open band, last, and the limits strictly ascending (commission, pension)."""
    open_bands = [i for i, band in enumerate(bands) if band.up_to is None]
    if open_bands != [len(bands) - 1]:
        raise ValueError(
            f"{name}: exakt ett band ska sakna up_to (det öppna bandet), och det ska stå sist"
        )
    limits = [band.up_to for band in bands[:-1]]
    for position, (lower, upper) in enumerate(itertools.pairwise(limits), 2):
        if upper is not None and lower is not None and upper <= lower:
            raise ValueError(
                f"{name}[{position}].up_to ska vara större än {name}[{position - 1}].up_to"
            )


class Plan(_PayPart):
    """Försäljningsplanen och vad som händer med provisionen under den."""

    monthly_target: PositiveMoney | None = None
    """Försäljningsplan i affärsbelopp per månad; null = ingen plan."""
    below_plan: Literal["none", "proportional", "threshold"] = "none"
    """none = provisionen påverkas inte; proportional = den minskar i takt med
    måluppfyllelsen; threshold = ingen provision under tröskeln."""
    threshold: Threshold | None = None
    """Tröskel som andel av planen (0.8 eller '80 %'), bara med below_plan: threshold."""
    accelerators: list[Accelerator] = Field(default_factory=list)
    """Högre provision över planen: gränserna (above) i stigande ordning. Kräver en plan."""

    @model_validator(mode="after")
    def _threshold_with_its_rule(self) -> Plan:
        if self.below_plan == "threshold" and self.threshold is None:
            raise ValueError("threshold behövs när below_plan är threshold")
        if self.below_plan != "threshold" and self.threshold is not None:
            raise ValueError("threshold används bara när below_plan är threshold")
        if self.accelerators and self.monthly_target is None:
            raise ValueError("accelerators kräver en plan (monthly_target)")
        for position, (lower, upper) in enumerate(itertools.pairwise(self.accelerators), 2):
            if upper.above <= lower.above:
                raise ValueError(
                    f"accelerators[{position}].above ska vara större än "
                    f"accelerators[{position - 1}].above"
                )
        return self


class TypicalDeal(_PayPart):
    """En typisk affär, som rollsidans exempelmånader räknar med."""

    amount: Annotated[float, Field(ge=1, le=MAX_AMOUNT)]
    """At least 1 (one krona): the example months are made of deals of this size."""
    margin: Money | None = None
    """Affärens marginal; behövs när provisionen räknas på marginalen."""

    @model_validator(mode="after")
    def _margin_within_amount(self) -> TypicalDeal:
        if self.margin is not None and self.margin > self.amount:
            raise ValueError("margin får inte vara större än amount")
        return self


class Guarantee(_PayPart):
    """Garanterad provision för en nyanställd: årets första månader är den rörliga lönen
    minst ett visst belopp."""

    months: Annotated[int, Field(ge=1, le=12)]
    """Hur många av årets första månader garantin gäller, 1–12."""
    monthly_amount: Money
    """Den lägsta rörliga lönen i de månaderna."""
    recoverable: bool = False
    """true: det garantin lade till är ett förskott som dras av från senare rörlig lön."""


class PayModel(_PayPart):
    """Rollens lönemodell: fast grundlön plus provision på genomförda affärer."""

    currency: CurrencyCode | None = None
    """ISO 4217; utelämnas den gäller valutan i organisation.yml."""
    base_salary: SalaryRange
    commission: Commission
    plan: Plan = Field(default_factory=Plan)
    typical_deal: TypicalDeal | None = None
    """Utelämnas den räknar exempelmånaderna med en enda affär per månad."""
    guarantee: Guarantee | None = None
    """Garanterad provision årets första månader; utelämnas den finns ingen garanti."""
    note: Text | None = None
    """Till exempel att siffrorna är exempel."""

    @model_validator(mode="after")
    def _typical_deal_fits_the_basis(self) -> PayModel:
        deal = self.typical_deal
        if self.commission.basis == "margin" and deal is not None and deal.margin is None:
            raise ValueError("typical_deal.margin behövs när provisionen räknas på marginalen")
        target = self.plan.monthly_target
        if deal is not None and target is not None and target / deal.amount > MAX_DEALS_AT_PLAN:
            smallest = target / MAX_DEALS_AT_PLAN
            raise ValueError(
                f"typical_deal.amount: att nå planen ({format_number(target)}) en månad kräver "
                f"{format_number(target / deal.amount)} typiska affärer, men exempelmånaderna "
                f"rymmer högst {MAX_DEALS_AT_PLAN} – ange en typisk affär på minst "
                f"{format_number(smallest, 0 if smallest.is_integer() else 2)}"
            )
        return self


class PensionBand(_PayPart):
    """Ett band i pensionsplanen: satsen på månadslönen (eller delen av den) upp till up_to."""

    up_to: PositiveMoney | None = None
    """Övre gräns i månadslön, inklusive. Utelämnas för det sista, öppna bandet."""
    rate: Rate


MIN_HOLIDAY_DAYS = 25
"""Semesterlagen's 25 days: an agreement may give more, never fewer."""
MAX_HOLIDAY_DAYS = 100
MAX_PER_DAY = 0.1
"""A holiday day's supplement or deduction is at most 10 % of the monthly base: a day is
about 4,6 % of a month, so with at most 100 days a year's deduction stays below its base."""

HolidayDays = Annotated[int, Field(ge=MIN_HOLIDAY_DAYS, le=MAX_HOLIDAY_DAYS)]
PerDay = Annotated[
    float,
    BeforeValidator(_percent_to_share),
    Field(ge=0, le=MAX_PER_DAY),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number", "minimum": 0, "maximum": MAX_PER_DAY},
                {"type": "string", "pattern": f"^{PERCENT.pattern}$"},
            ]
        }
    ),
]
"""A share of the monthly base per holiday day, 0.0043 or '0,43 %'."""


class HolidayPayRules(_PayPart):
    """Semesterlönens regler som motorerna tar dem: procentregelns sats, semesterdagarna,
    sammalöneregelns semestertillägg, avdraget per semesterdag och gränsen mellan reglerna."""

    rate: Rate
    """Procentregelns sats för 25 semesterdagar (0.12); med fler dagar räknas den upp i
    proportion."""
    days: HolidayDays
    """Betalda semesterdagar per år, minst 25."""
    supplement_per_day: PerDay
    """Sammalöneregelns semestertillägg per semesterdag, som andel av månadslönen (0.0043
    enligt lag; ett avtal kan ge mer)."""
    deduction_per_day: PerDay
    """Det som dras av månadslönen för varje semesterdag när procentregeln gäller, som andel
    av månadslönen (oftast 0.046)."""
    threshold: Rate
    """Rörlig lön som andel av hela lönen från vilken procentregeln gäller (0.10)."""


class YearRules(_PayPart):
    """The rules a year of pay is computed under, as the engines take them: holiday pay by
    the same-salary or the percentage rule, the special payroll tax on pension premiums, the
    employer's contributions and the pension plan's bands."""

    holiday_pay: HolidayPayRules
    pension_tax_rate: Rate
    employer_contribution_rate: Rate
    pension: list[PensionBand] = Field(min_length=1)

    @model_validator(mode="after")
    def _pension_bands_in_order(self) -> YearRules:
        _ascending_bands(self.pension, "pension")
        return self


Year = Annotated[int, Field(ge=2000, le=2100)]


class SourcedRate(StrictModel):
    """En sats som organisationen räknar med, med året den gäller och varifrån den kommer."""

    rate: Rate
    """Som andel (0.12) eller i procent ('12 %')."""
    year: Year
    """Året satsen gäller för."""
    source: Text
    """Lagrum, myndighet eller avtal som satsen kommer från, så att den kan kontrolleras."""
    example: bool = False
    """true: satsen är ett exempel som organisationen ska granska, inte dess egen."""


class PensionPlan(StrictModel):
    """Tjänstepensionen som band på månadslönen, som provisionsband i steg."""

    bands: list[PensionBand] = Field(min_length=1)
    """I stigande ordning efter up_to; exakt ett öppet band, sist."""
    name: ShortText | None = None
    """Planens namn som årets rad visar, till exempel ITP 1."""
    note: Text | None = None
    """En mening som visas under året, till exempel vem planen gäller för."""
    year: Year
    source: Text
    example: bool = False

    @model_validator(mode="after")
    def _bands_in_order(self) -> PensionPlan:
        _ascending_bands(self.bands, "bands")
        return self


class HolidayPay(StrictModel):
    """Semesterlönen som organisationen räknar med: procentregeln eller sammalöneregeln
    efter hur stor del av lönen som är rörlig, med året reglerna gäller och deras källa."""

    rate: Rate
    """Procentregelns sats för 25 semesterdagar: 0.12 (12 %) enligt semesterlagen."""
    days: HolidayDays
    """Betalda semesterdagar per år: minst 25 enligt semesterlagen, fler enligt avtal."""
    supplement_per_day: PerDay
    """Semestertillägget per semesterdag enligt sammalöneregeln, som andel av månadslönen:
    0.0043 (0,43 %) enligt semesterlagen; ett kollektivavtal kan ge mer, till exempel 0,8 %."""
    deduction_per_day: PerDay
    """Avdraget från månadslönen för varje semesterdag när procentregeln gäller, som andel
    av månadslönen: oftast 0.046 (4,6 %)."""
    threshold: Rate
    """Från vilken andel rörlig lön procentregeln gäller hela lönen: 0.10 (10 %)."""
    year: Year
    """Året reglerna gäller för."""
    source: Text
    """Lagrum, myndighet eller avtal som reglerna kommer från."""
    example: bool = False
    """true: reglerna är ett exempel som organisationen ska granska, inte dess egna."""


HOLIDAY_PAY_FIELDS = ("days", "supplement_per_day", "deduction_per_day", "threshold")
"""What holiday_pay gained when the year came to follow semesterlagen's two rules: a file
holding none of them is in the old shape."""

OLD_SHAPE = (
    "reglerna för semesterlön har ändrats – skriv under holiday_pay också days: 25, "
    "supplement_per_day: 0.0043, deduction_per_day: 0.046 och threshold: 0.10, och lägg "
    "till pension_tax med rate: 0.2426, year och source (se README, Pay models)"
)


class PayRules(StrictModel):
    """Reglerna för ett års lön (pay_rules i organisation.yml), var och en med källa och år."""

    holiday_pay: HolidayPay
    """Semesterlön enligt procentregeln eller sammalöneregeln."""
    pension_tax: SourcedRate
    """Särskild löneskatt på pensionskostnader, på tjänstepensionen."""
    employer_contributions: SourcedRate
    """Arbetsgivaravgifter på bruttolönen."""
    pension: PensionPlan

    @model_validator(mode="before")
    @classmethod
    def _not_the_old_shape(cls, data: object) -> object:
        # A file written before the two rules: one line saying what to write, rather than a
        # line for each missing field.
        if isinstance(data, dict) and "pension_tax" not in data:
            holiday = data.get("holiday_pay")
            if isinstance(holiday, dict) and not any(key in holiday for key in HOLIDAY_PAY_FIELDS):
                raise ValueError(OLD_SHAPE)
        return data

    def engine_rules(self) -> dict[str, object]:
        """The rules as the pay engines' `compute_year` takes them."""
        holiday = self.holiday_pay
        return {
            "holiday_pay": {
                "rate": holiday.rate,
                "days": holiday.days,
                "supplement_per_day": holiday.supplement_per_day,
                "deduction_per_day": holiday.deduction_per_day,
                "threshold": holiday.threshold,
            },
            "pension_tax_rate": self.pension_tax.rate,
            "employer_contribution_rate": self.employer_contributions.rate,
            "pension": [band.model_dump(mode="json") for band in self.pension.bands],
        }
