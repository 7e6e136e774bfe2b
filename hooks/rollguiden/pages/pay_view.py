"""A pay model as the pages show it: the model in words, and example months (50 %, 100 % and
150 % of plan) computed at build time by the same engine the calculator mirrors."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from rollguiden.engines.pay import compute_pay, compute_year
from rollguiden.engines.typical_month import (
    engine_model,
    example_deals,
    typical_deal_amount,
    typical_month,
)
from rollguiden.model.pay import PayModel, PayRules
from rollguiden.text.swedish import (
    format_money,
    format_number,
    format_percent,
    format_whole_money,
    plural,
    round_whole,
)

PLAN_SHARES = (0.5, 1.0, 1.5)
SALES_WITHOUT_PLAN = (2, 4, 6)
"""Without a plan, the example months hold this many typical deals."""


@dataclass(frozen=True)
class ExampleMonth:
    label: str
    sales: str
    deals: str
    variable: str
    total: str
    effective_rate: str


@dataclass(frozen=True)
class Point:
    """One line of a list, with the lines that belong under it."""

    text: str
    under: tuple[str, ...] = ()


@dataclass(frozen=True)
class YearLine:
    """One line of the example year: what, how much, by which rule."""

    label: str
    amount: str
    rule: str
    example: bool = False
    """The rule is an example the organisation has still to review."""


@dataclass(frozen=True)
class ExampleYear:
    """Twelve typical months under the organisation's pay rules: which holiday rule applies
    and why, what the employee gets and, apart, what the employer pays besides; with each
    rule's source."""

    heading: str
    reason: str
    """The holiday rule the year follows, and why, in one sentence."""
    employee: tuple[YearLine, ...]
    employer: tuple[YearLine, ...]
    notes: tuple[YearLine, ...]
    """Sentences under the year (the pension plan's note), each marked if an example."""
    sources: tuple[YearLine, ...]
    """Per rule: its name, the year it applies to, and its source (in `rule`)."""
    employer_cost: float
    """In whole kronor, as the year shows it."""
    holiday_rule: str
    variable_share: float


@dataclass(frozen=True)
class PayView:
    """Everything the pay section of a role page prints, already in words and figures."""

    base: str
    commission: str
    bands: tuple[str, ...]
    cap: str
    plan: str
    accelerators: tuple[str, ...]
    """One line per tier above the plan, under the plan's line."""
    guarantee: str | None
    base_never_reduced: str
    warnings: tuple[str, ...]
    months: tuple[ExampleMonth, ...]
    months_assumption: str
    note: str | None
    year: ExampleYear | None = None
    """Without the organisation's pay rules, no year."""
    set_off: str | None = None
    """What the law allows when pay is taken back: said where a guarantee is an advance."""

    @property
    def points(self) -> tuple[Point, ...]:
        """The model in a list, as the profile and the job ad give it: the commission's
        bands under the commission."""
        return (
            Point(self.base),
            Point(self.commission, under=self.bands),
            Point(self.cap),
            Point(self.plan, under=self.accelerators),
            *((Point(self.guarantee),) if self.guarantee else ()),
            Point(self.base_never_reduced),
        )


def pay_view(
    pay: PayModel, default_currency: str, labels: dict[str, Any], rules: PayRules | None = None
) -> PayView:
    texts = labels["pay"]
    currency = pay.currency or default_currency
    model = engine_model(pay, default_currency)

    def money(value: float) -> str:
        return format_money(value, currency)

    salary = pay.base_salary
    base = texts["base"].format(
        typical=money(salary.typical), min=format_number(salary.min), max=money(salary.max)
    )
    months, assumption = _example_months(pay, model, texts, money)
    return PayView(
        base=base,
        # with one band the whole deal has one rate: how bands apply has nothing to say
        commission=texts["basis"][pay.commission.deals][pay.commission.basis]
        + (
            " " + texts["band_mode"][pay.commission.band_mode]
            if len(pay.commission.bands) > 1
            else ""
        ),
        bands=_band_texts(pay, texts, money),
        cap=texts["cap"].format(cap=money(pay.commission.cap))
        if pay.commission.cap is not None
        else texts["no_cap"],
        plan=_plan_text(pay, texts, money),
        accelerators=tuple(
            texts["accelerator"].format(
                share=format_percent(tier.above),
                multiplier=f"{round(tier.multiplier, 2):g}".replace(".", ","),  # 1,5
            )
            for tier in pay.plan.accelerators
        ),
        guarantee=_guarantee_text(pay, texts, money),
        base_never_reduced=texts["base_never_reduced"],
        warnings=tuple(compute_pay(model, {"deals": []})["warnings"]),
        months=months,
        months_assumption=assumption,
        note=pay.note,
        year=example_year(pay, model, rules, labels, money) if rules is not None else None,
        set_off=texts["set_off"] if pay.guarantee and pay.guarantee.recoverable else None,
    )


def typical_year(model: dict[str, Any], rules: PayRules) -> dict[str, Any]:
    """Twelve typical months (engines/typical_month.py) under the organisation's rules."""
    months = [{"deals": typical_month(model)} for _ in range(12)]
    return compute_year(model, {"months": months, "rules": rules.engine_rules()})


HOLIDAY_RULES = ("percentage", "same_salary")
"""The engines' `holiday_rule`: semesterlagen's procentregel and sammalöneregel."""


@dataclass(frozen=True)
class YearRules:
    """The organisation's pay rules in words: how each line of a year is counted, which
    holiday rule applies and why, and each rule's name, year and source. The role page's
    year and the calculator's share it. Texts that depend on the year itself keep their
    placeholders: `{share}` (the variable pay's share of the pay) and `{days}` (the holiday
    days that belong to the months counted); `fill_year` fills them."""

    holiday_pay: dict[str, YearLine]
    """By holiday rule."""
    holiday_deduction: YearLine
    reasons: dict[str, str]
    """By holiday rule: the one-line reason the year gives."""
    part_year: str
    """Said when a year has fewer than twelve months: `{months}`, `{days}`, `{all_days}`."""
    pension: YearLine
    pension_tax: YearLine
    contributions: YearLine
    notes: tuple[YearLine, ...]
    sources: tuple[YearLine, ...]


_LATER = {"share": "{share}", "days": "{days}"}
"""Left in a text for the year to fill (`fill_year`)."""


def year_rules(rules: PayRules, labels: dict[str, Any], money: Any) -> YearRules:
    texts = labels["pay"]["year"]
    holiday = rules.holiday_pay
    rate = holiday.rate * holiday.days / 25
    rate_text = (
        format_percent(rate)
        if holiday.days == 25
        else texts["rate_for_days"].format(
            rate=format_percent(rate), base_rate=format_percent(holiday.rate), days=holiday.days
        )
    )
    figures = {
        **_LATER,
        "rate": rate_text,
        "supplement": format_percent(holiday.supplement_per_day),
        "deduction": format_percent(holiday.deduction_per_day),
        "threshold": format_percent(holiday.threshold),
    }
    plan = rules.pension
    bands = plan.bands
    pension_rule = (
        texts["rule_pension_single"].format(rate=format_percent(bands[0].rate))
        if len(bands) == 1
        else texts["rule_pension"].format(
            bands=", ".join(_band_lines(bands, labels["pay"]["bands"]["marginal"], money))
        )
    )
    if plan.name is not None:
        pension_rule = texts["rule_pension_named"].format(name=plan.name, rule=pension_rule)
    names = texts["source_names"]
    return YearRules(
        holiday_pay={
            rule: YearLine(texts["holiday_pay"][rule], "",
                           texts["rule_holiday"][rule].format(**figures), holiday.example)
            for rule in HOLIDAY_RULES
        },
        holiday_deduction=YearLine(texts["holiday_deduction"], "",
                                   texts["rule_holiday_deduction"].format(**figures),
                                   holiday.example),
        reasons={rule: texts["holiday_reason"][rule].format(**figures) for rule in HOLIDAY_RULES},
        part_year=texts["part_year"].format(months="{months}", days="{days}",
                                            all_days=holiday.days),
        pension=YearLine(texts["pension"], "", pension_rule, plan.example),
        pension_tax=YearLine(texts["pension_tax"], "", texts["rule_pension_tax"].format(
            rate=format_percent(rules.pension_tax.rate)), rules.pension_tax.example),
        contributions=YearLine(texts["contributions"], "", texts["rule_contributions"].format(
            rate=format_percent(rules.employer_contributions.rate)),
            rules.employer_contributions.example),
        notes=((YearLine("", "", plan.note, plan.example),) if plan.note is not None else ()),
        sources=tuple(
            YearLine(names[key], str(rule.year), rule.source, rule.example)
            for key, rule in (
                ("holiday_pay", rules.holiday_pay),
                ("pension_tax", rules.pension_tax),
                ("employer_contributions", rules.employer_contributions),
                ("pension", rules.pension),
            )
        ),
    )  # fmt: skip


def fill_year(text: str, *, share: float, days: float) -> str:
    """A year's words with its own figures: the variable pay's share, the holiday days
    (calculator-year.js fills the same placeholders the same way)."""
    return text.format(share=format_percent(share), days=format_days(days))


def format_days(days: float) -> str:
    """Holiday days as the year counts them: 25, 12,5, 14,58 (at most two decimals)."""
    return f"{round(days, 2):g}".replace(".", ",")


def example_year(
    pay: PayModel, model: dict[str, Any], rules: PayRules, labels: dict[str, Any], money: Any
) -> ExampleYear:
    texts = labels["pay"]["year"]
    currency = pay.currency or model["currency"]
    totals = typical_year(model, rules)["totals"]
    worded = year_rules(rules, labels, money)
    rule = totals["holiday_rule"]
    days = rules.holiday_pay.days  # a whole year: every holiday day belongs to it

    def whole(key: str) -> str:
        return format_whole_money(totals[key], currency)

    def line(words: YearLine, key: str, sign: float = 1) -> YearLine:
        return replace(words, amount=format_whole_money(sign * totals[key], currency))

    def holiday_line(words: YearLine, key: str, sign: float = 1) -> YearLine:
        # only the label's own texts hold placeholders: a pension plan's name from the data
        # never goes through format()
        filled = fill_year(words.rule, share=totals["variable_share"], days=days)
        return replace(line(words, key, sign), rule=filled)

    deduction = (
        (holiday_line(worded.holiday_deduction, "holiday_deduction", -1),)
        if rule == "percentage"
        else ()
    )
    employee = (
        YearLine(texts["base"], whole("base"), texts["rule_base"].format(
            amount=money(pay.base_salary.typical))),
        YearLine(texts["variable"], whole("paid_variable"), texts["rule_variable"]),
        *deduction,
        holiday_line(worded.holiday_pay[rule], "holiday_pay"),
        YearLine(texts["gross"], whole("gross"), texts["rule_gross"]),
    )  # fmt: skip
    employer = (
        line(worded.pension, "pension"),
        line(worded.pension_tax, "pension_tax"),
        line(worded.contributions, "employer_contributions"),
        YearLine(texts["employer_cost"], whole("employer_cost"), texts["rule_cost"]),
    )
    heading = texts["heading" if pay.plan.monthly_target is not None else "heading_without_plan"]
    return ExampleYear(
        heading=heading,
        reason=fill_year(worded.reasons[rule], share=totals["variable_share"], days=days),
        employee=employee,
        employer=employer,
        notes=worded.notes,
        sources=worded.sources,
        employer_cost=round_whole(totals["employer_cost"]),
        holiday_rule=rule,
        variable_share=totals["variable_share"],
    )


def _example_months(
    pay: PayModel, model: dict[str, Any], texts: dict[str, Any], money: Any
) -> tuple[tuple[ExampleMonth, ...], str]:
    target = pay.plan.monthly_target
    if target is not None:
        levels = [
            (texts["month_of_plan"].format(share=format_percent(s)), s * target)
            for s in PLAN_SHARES
        ]
    else:
        size = typical_deal_amount(model)
        levels = [
            (plural(texts["month_of_deals"], n).format(count=n), n * size)
            for n in SALES_WITHOUT_PLAN
        ]
    months = []
    for label, sales in levels:
        deals = example_deals(model, sales)
        result = compute_pay(model, {"deals": deals})
        months.append(
            ExampleMonth(
                label=label,
                sales=money(sales),
                deals=str(len(deals)),
                variable=money(result["variable"]),
                total=money(result["total"]),
                effective_rate=format_percent(result["effective_rate"]),
            )
        )
    deal = pay.typical_deal
    if deal is None:
        assumption = texts["assume_one_deal"]
    elif deal.margin is not None and pay.commission.basis == "margin":
        assumption = texts["assume_deals_with_margin"].format(
            amount=money(deal.amount), margin=format_percent(deal.margin / deal.amount)
        )
    else:
        assumption = texts["assume_deals"].format(amount=money(deal.amount))
    return tuple(months), assumption


def _band_texts(pay: PayModel, texts: dict[str, Any], money: Any) -> tuple[str, ...]:
    bands = pay.commission.bands
    if len(bands) == 1:
        return (
            texts["single_band"][pay.commission.basis].format(rate=format_percent(bands[0].rate)),
        )
    return _band_lines(bands, texts["bands"][pay.commission.band_mode], money)


def _band_lines(bands: list, mode: dict[str, str], money: Any) -> tuple[str, ...]:
    """Two or more bands in words, each with its limits: a commission's or a pension plan's."""
    lines = []
    lower: float | None = None
    for band in bands:
        rate = format_percent(band.rate)
        if lower is None:
            lines.append(mode["first"].format(rate=rate, up_to=money(band.up_to)))
        elif band.up_to is None:
            lines.append(mode["last"].format(rate=rate, lower=money(lower)))
        else:
            lines.append(
                mode["middle"].format(rate=rate, lower=money(lower), up_to=money(band.up_to))
            )
        lower = band.up_to
    return tuple(lines)


def _guarantee_text(pay: PayModel, texts: dict[str, Any], money: Any) -> str | None:
    guarantee = pay.guarantee
    if guarantee is None:
        return None
    text = plural(texts["guarantee"], guarantee.months).format(
        months=guarantee.months, amount=money(guarantee.monthly_amount)
    )
    return f"{text} {texts['guarantee_recoverable']}" if guarantee.recoverable else text


def _plan_text(pay: PayModel, texts: dict[str, Any], money: Any) -> str:
    plan = pay.plan
    if plan.monthly_target is None:
        return texts["plan"]["no_plan"]
    rule = texts["plan"][plan.below_plan]
    return rule.format(
        target=money(plan.monthly_target),
        threshold=format_percent(plan.threshold) if plan.threshold is not None else "",
    )
