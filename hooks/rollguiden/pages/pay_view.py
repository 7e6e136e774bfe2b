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
from rollguiden.text.swedish import format_money, format_number, format_percent, plural

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
    """Twelve typical months under the organisation's pay rules: what the employee gets
    and, apart, what the employer pays besides; with each rule's source."""

    heading: str
    employee: tuple[YearLine, ...]
    employer: tuple[YearLine, ...]
    sources: tuple[YearLine, ...]
    """Per rule: its name, the year it applies to, and its source (in `rule`)."""
    employer_cost: float


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
        commission=texts["basis"][pay.commission.basis]
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
    )


def typical_year(model: dict[str, Any], rules: PayRules) -> dict[str, Any]:
    """Twelve typical months (engines/typical_month.py) under the organisation's rules."""
    months = [{"deals": typical_month(model)} for _ in range(12)]
    return compute_year(model, {"months": months, "rules": rules.engine_rules()})


@dataclass(frozen=True)
class YearRules:
    """The organisation's pay rules in words: how each line of a year is counted, and
    each rule's name, year and source. The role page's year and the calculator's share it."""

    holiday_pay: YearLine
    pension: YearLine
    contributions: YearLine
    sources: tuple[YearLine, ...]


def year_rules(rules: PayRules, labels: dict[str, Any], money: Any) -> YearRules:
    texts = labels["pay"]["year"]
    bands = rules.pension.bands
    pension_rule = (
        texts["rule_pension_single"].format(rate=format_percent(bands[0].rate))
        if len(bands) == 1
        else texts["rule_pension"].format(
            bands=", ".join(_band_lines(bands, labels["pay"]["bands"]["marginal"], money))
        )
    )
    names = texts["source_names"]
    return YearRules(
        holiday_pay=YearLine(texts["holiday_pay"], "", texts["rule_holiday"].format(
            rate=format_percent(rules.holiday_pay.rate)), rules.holiday_pay.example),
        pension=YearLine(texts["pension"], "", pension_rule, rules.pension.example),
        contributions=YearLine(texts["contributions"], "", texts["rule_contributions"].format(
            rate=format_percent(rules.employer_contributions.rate)),
            rules.employer_contributions.example),
        sources=tuple(
            YearLine(names[key], str(rule.year), rule.source, rule.example)
            for key, rule in (
                ("holiday_pay", rules.holiday_pay),
                ("employer_contributions", rules.employer_contributions),
                ("pension", rules.pension),
            )
        ),
    )  # fmt: skip


def example_year(
    pay: PayModel, model: dict[str, Any], rules: PayRules, labels: dict[str, Any], money: Any
) -> ExampleYear:
    texts = labels["pay"]["year"]
    totals = typical_year(model, rules)["totals"]
    worded = year_rules(rules, labels, money)

    def line(rule: YearLine, key: str) -> YearLine:
        return replace(rule, amount=money(totals[key]))

    employee = (
        YearLine(texts["base"], money(totals["base"]), texts["rule_base"].format(
            amount=money(pay.base_salary.typical))),
        YearLine(texts["variable"], money(totals["paid_variable"]), texts["rule_variable"]),
        line(worded.holiday_pay, "holiday_pay"),
        YearLine(texts["gross"], money(totals["gross"]), texts["rule_gross"]),
    )  # fmt: skip
    employer = (
        line(worded.pension, "pension"),
        line(worded.contributions, "employer_contributions"),
        YearLine(texts["employer_cost"], money(totals["employer_cost"]), texts["rule_cost"]),
    )
    heading = texts["heading" if pay.plan.monthly_target is not None else "heading_without_plan"]
    return ExampleYear(heading, employee, employer, worded.sources, totals["employer_cost"])


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
