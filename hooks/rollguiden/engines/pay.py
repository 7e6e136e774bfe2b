"""The pay engine: a month's pay from a role's pay model and the month's deals, and a year of
months with the guarantee, holiday pay by semesterlagen's two rules, pension, the payroll
tax on it and the employer's contributions.

The definition (the pay issue, step by step) is implemented twice, here and in
docs/assets/javascripts/pay.js, and one set of JSON vectors (tests/vectors/pay.json) holds
both to it. Inputs and output are JSON-shaped, so the same vectors run on both sides.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from rollguiden.model.pay import MAX_AMOUNT, Band, PayModel, PensionBand, YearRules
from rollguiden.reading.errors import format_path
from rollguiden.reading.messages import describe
from rollguiden.text.swedish import format_money, format_number, format_percent

M = TypeVar("M", bound=BaseModel)

SCENARIO_FIELDS = {"base_salary", "deals", "carry_in"}
DEAL_FIELDS = {"amount", "margin", "clawback"}
YEAR_FIELDS = {"months", "rules"}
OLD_HOLIDAY_RULE = (
    "har ersatts av holiday_pay: {rate, days, supplement_per_day, deduction_per_day, "
    "threshold} och pension_tax_rate"
)
MAX_MONTHS = 12


@dataclass(frozen=True)
class _Deal:
    amount: float
    margin: float
    clawback: bool


def compute_pay(model: dict[str, Any], scenario: dict[str, Any]) -> dict[str, Any]:
    """Pay for one month; raises ValueError naming the field when model or scenario is bad."""
    pay = parse_model(model)
    base, deals, carry_in = _parse_scenario(scenario, pay, "")
    return _rounded_month(_month(pay, base, deals, carry_in), pay)


def _month(pay: PayModel, base: float, deals: list[_Deal], carry_in: float) -> dict[str, Any]:
    """One month, unrounded: steps 1–5 of the definition (CONTRIBUTING.md, Pay models)."""
    bands = pay.commission.bands
    target = pay.plan.monthly_target
    rows = []
    sales = 0.0  # the running total of ordinary deals, for the accelerators
    for deal in deals:
        basis = deal.margin if pay.commission.basis == "margin" else deal.amount
        rate = (
            _marginal_rate(bands, deal.amount)
            if pay.commission.band_mode == "marginal"
            else _band_for(bands, deal.amount).rate
        )
        if deal.clawback:  # taken back at today's rate: no multiplier, no factor
            multiplier = 1.0
        else:
            multiplier = _multiplier(pay, target, sales, deal.amount)
            sales += deal.amount
        rows.append(
            {
                "amount": deal.amount,
                "basis": basis,
                "rate": rate,
                "multiplier": multiplier,
                "commission": basis * rate * multiplier,
                "clawback": deal.clawback,
            }
        )
    ordinary = [row for row in rows if not row["clawback"]]
    gross_variable = sum(row["commission"] for row in ordinary)
    attainment = sales / target if target is not None else None
    factor = _plan_factor(pay, attainment)
    capped = gross_variable * factor
    if pay.commission.cap is not None:
        capped = min(capped, pay.commission.cap)
    clawback = sum(row["commission"] for row in rows if row["clawback"])
    variable = max(0.0, capped - clawback - carry_in)
    basis_total = sum(row["basis"] for row in ordinary)
    return {
        "base": base,
        "gross_variable": gross_variable,
        "factor": factor,
        "variable": variable,
        "total": base + variable,
        "effective_rate": variable / basis_total if basis_total > 0 else 0,
        "attainment": attainment,
        "clawback": clawback,
        "carry_out": max(0.0, clawback + carry_in - capped),
        "sales": sales,
        "deals": rows,
    }


def _rounded_month(month: dict[str, Any], pay: PayModel) -> dict[str, Any]:
    money = ("base", "gross_variable", "variable", "total", "clawback", "carry_out")
    return {
        **{key: round_money(month[key]) for key in money},
        "factor": month["factor"],
        "effective_rate": month["effective_rate"],
        "attainment": month["attainment"],
        "deals": [
            {
                **row,
                "amount": round_money(row["amount"]),
                "basis": round_money(row["basis"]),
                "commission": round_money(row["commission"]),
            }
            for row in month["deals"]
        ],
        "warnings": cliff_warnings(pay),
    }


def _multiplier(pay: PayModel, target: float | None, start: float, amount: float) -> float:
    """The length-weighted mean of the accelerators' multipliers over the sales interval
    [start, start + amount] a deal covers (1 below the first tier and for a deal of 0)."""
    tiers = pay.plan.accelerators
    if not tiers or target is None or amount == 0:
        return 1.0
    end = start + amount
    edges = [(tier.above * target, tier.multiplier) for tier in tiers]
    weighted = 0.0
    lower, multiplier = 0.0, 1.0
    for edge, next_multiplier in [*edges, (math.inf, 1.0)]:
        # the part of the deal in [lower, edge) has `multiplier`
        weighted += max(0.0, min(end, edge) - max(start, lower)) * multiplier
        lower, multiplier = edge, next_multiplier
    return weighted / amount


def compute_year(model: dict[str, Any], year: dict[str, Any]) -> dict[str, Any]:
    """A year of months, with the guarantee, holiday pay, pension, the payroll tax on it and
    employer contributions; raises ValueError naming the field when the model or the year is
    bad."""
    pay = parse_model(model)
    if not isinstance(year, dict):
        raise ValueError("year: ska vara ett objekt")
    for key in year:
        if key not in YEAR_FIELDS:
            raise ValueError(f"{key}: okänt fält")
    rules = _parse_rules(year.get("rules"))
    scenarios = year.get("months")
    if not isinstance(scenarios, list):
        raise ValueError("months: ska vara en lista")
    if not 1 <= len(scenarios) <= MAX_MONTHS:
        raise ValueError(f"months: ska innehålla 1–{MAX_MONTHS} månader, men har {len(scenarios)}")

    guarantee = pay.guarantee
    months = []
    carry = 0.0
    balance = 0.0  # what a recoverable guarantee has paid in advance
    for index, scenario in enumerate(scenarios):
        where = f"months[{index + 1}]."
        if index > 0 and isinstance(scenario, dict) and "carry_in" in scenario:
            raise ValueError(f"{where}carry_in: bara den första månaden kan ha carry_in")
        base, deals, carry_in = _parse_scenario(scenario, pay, where)
        month = _month(pay, base, deals, carry_in if index == 0 else carry)
        carry = month["carry_out"]
        variable = month["variable"]
        topup = recovered = 0.0
        if guarantee is not None and index < guarantee.months:
            topup = max(0.0, guarantee.monthly_amount - variable)
            if guarantee.recoverable:
                balance += topup
        elif balance > 0:
            recovered = min(balance, variable)
            balance -= recovered
        paid = variable + topup - recovered
        month.update(
            paid_variable=paid,
            guarantee_topup=topup,
            recovered=recovered,
            pension=_sliced(rules.pension, base + paid),
            total=base + paid,
        )
        months.append(month)

    def total(key: str) -> float:
        return sum(month[key] for month in months)

    paid_variable = max(0.0, total("paid_variable"))  # the definition counts below 0 as 0
    holiday = _holiday(rules, total("base"), paid_variable, len(months))
    gross = total("base") + paid_variable - holiday["deduction"] + holiday["holiday_pay"]
    pension_tax = rules.pension_tax_rate * total("pension")
    contributions = rules.employer_contribution_rate * gross
    target = pay.plan.monthly_target
    totals = {
        "base": total("base"),
        "variable": total("variable"),
        "guarantee_topup": total("guarantee_topup"),
        "recovered": total("recovered"),
        "paid_variable": total("paid_variable"),
        "holiday_deduction": holiday["deduction"],
        "holiday_pay": holiday["holiday_pay"],
        "gross": gross,
        "pension": total("pension"),
        "pension_tax": pension_tax,
        "employer_contributions": contributions,
        "employer_cost": gross + total("pension") + pension_tax + contributions,
    }
    year_money = ("paid_variable", "guarantee_topup", "recovered", "pension")
    return {
        "months": [
            {
                **_rounded_month(month, pay),
                **{key: round_money(month[key]) for key in year_money},
            }
            for month in months
        ],
        "totals": {
            **{key: round_money(value) for key, value in totals.items()},
            "attainment": total("sales") / (target * len(months)) if target is not None else None,
            "variable_share": holiday["share"],
            "holiday_rule": holiday["rule"],
        },
    }


def _holiday(rules: YearRules, base: float, variable: float, months: int) -> dict[str, Any]:
    """Holiday pay by semesterlagen's two rules (CONTRIBUTING.md, Pay models): once the variable pay
    is at least `threshold` of the pay, the percentage rule on the year's pay but the holiday
    pay itself (the base is not paid on the holiday days: it is deducted, and the holiday
    pay replaces it); below it the same-salary rule, the base running on with a supplement
    per day and the percentage rule's rate on the variable pay alone."""
    holiday = rules.holiday_pay
    monthly_base = base / months  # the months' mean, where they give different bases
    rate = holiday.rate * holiday.days / 25
    days = holiday.days * months / 12  # the holiday days that belong to these months
    share = variable / (base + variable) if base + variable > 0 else 0.0
    if share >= holiday.threshold:
        deduction = days * holiday.deduction_per_day * monthly_base
        return {
            "rule": "percentage",
            "share": share,
            # semesterlön is not semesterlönegrundande: the base the holiday days lose is out
            "holiday_pay": rate * (base + variable - deduction),
            "deduction": deduction,
        }
    return {
        "rule": "same_salary",
        "share": share,
        "holiday_pay": days * holiday.supplement_per_day * monthly_base + rate * variable,
        "deduction": 0.0,
    }


def _parse_rules(rules: object) -> YearRules:
    if rules is None:
        raise ValueError("rules: fältet saknas men är obligatoriskt")
    if isinstance(rules, dict) and "holiday_pay_rate" in rules:
        raise ValueError(f"rules.holiday_pay_rate: {OLD_HOLIDAY_RULE}")
    return _validated(YearRules, rules, "rules")


def _validated(model_class: type[M], value: object, where: str) -> M:
    """`value` validated as `model_class`, or ValueError with every problem as
    `field: what is wrong`, the fields named from `where` ('model' names none of its own)."""
    if not isinstance(value, dict):
        raise ValueError(f"{where}: ska vara ett objekt")
    try:
        return model_class.model_validate(value)
    except ValidationError as error:
        prefix = "" if where == "model" else where
        problems = []
        for detail in error.errors(include_url=False):
            path = format_path(tuple(detail["loc"]))
            field = ".".join(part for part in (prefix, path) if part) or where
            problems.append(f"{field}: {describe(detail, model_class)}")
        raise ValueError("; ".join(problems)) from None


def _sliced(bands: list[Band] | list[PensionBand], amount: float) -> float:
    """The bands applied like marginal bands: each slice of the amount at its band's rate
    (a commission's marginal bands, a pension plan's)."""
    earned = 0.0
    lower = 0.0
    for band in bands:
        upper = math.inf if band.up_to is None else band.up_to
        earned += max(0.0, min(amount, upper) - lower) * band.rate
        if amount <= upper:
            break
        lower = upper
    return earned


def parse_model(model: object) -> PayModel:
    """The validated pay model, or ValueError with every problem as `field: what is wrong`."""
    return _validated(PayModel, model, "model")


def round_money(value: float) -> float:
    """Two decimals, halves away from zero – the same arithmetic as pay.js, so both agree."""
    return _round_half_away(value, 2)


def _round_half_away(value: float, decimals: int) -> float:
    scale = 10**decimals
    return math.copysign(math.floor(abs(value) * scale + 0.5) / scale, value) + 0.0


def cliff_warnings(pay: PayModel) -> list[str]:
    """Name the first cliff of a per-deal schedule whose rate falls as deals grow."""
    if pay.commission.band_mode != "per_deal":
        return []
    bands = pay.commission.bands
    for lower, upper in itertools.pairwise(bands):
        if upper.rate < lower.rate and lower.up_to is not None:
            edge = lower.up_to
            currency = pay.currency
            above, at = format_money(edge + 1, currency), format_money(edge, currency)
            if pay.commission.basis == "revenue":
                loss = format_money(
                    _round_half_away(edge * lower.rate - (edge + 1) * upper.rate, 0), currency
                )
                return [f"En affär på {above} ger {loss} mindre i provision än en på {at}"]
            return [
                f"En affär på {above} ger {format_percent(upper.rate)} i provision "
                f"på täckningsbidraget, en på {at} ger {format_percent(lower.rate)}"
            ]
    return []


def _parse_scenario(
    scenario: object, pay: PayModel, where: str
) -> tuple[float, list[_Deal], float]:
    """The month's base salary, deals and carried-in clawback; `where` prefixes the fields
    named in errors ('months[2].' in a year)."""
    if not isinstance(scenario, dict):
        raise ValueError(f"{where[:-1] or 'scenario'}: ska vara ett objekt")
    for key in scenario:
        if key not in SCENARIO_FIELDS:
            raise ValueError(f"{where}{key}: okänt fält")
    base = pay.base_salary.typical
    if "base_salary" in scenario:
        base = _number(scenario["base_salary"], f"{where}base_salary")
    carry_in = _number(scenario.get("carry_in", 0), f"{where}carry_in")
    if "deals" not in scenario:
        raise ValueError(f"{where}deals: fältet saknas men är obligatoriskt")
    if not isinstance(scenario["deals"], list):
        raise ValueError(f"{where}deals: ska vara en lista")
    deals = []
    for position, deal in enumerate(scenario["deals"], start=1):
        at = f"{where}deals[{position}]"
        if not isinstance(deal, dict):
            raise ValueError(f"{at}: ska vara ett objekt")
        for key in deal:
            if key not in DEAL_FIELDS:
                raise ValueError(f"{at}.{key}: okänt fält")
        if "amount" not in deal:
            raise ValueError(f"{at}.amount: fältet saknas men är obligatoriskt")
        amount = _number(deal["amount"], f"{at}.amount")
        margin = 0.0
        if "margin" in deal:
            margin = _number(deal["margin"], f"{at}.margin")
            if margin > amount:
                raise ValueError(f"{at}.margin: får inte vara större än amount")
        elif pay.commission.basis == "margin":
            raise ValueError(f"{at}.margin: behövs när provisionen räknas på marginalen")
        clawback = deal.get("clawback", False)
        if not isinstance(clawback, bool):
            raise ValueError(f"{at}.clawback: ska vara true eller false")
        deals.append(_Deal(amount, margin, clawback))
    return base, deals, carry_in


def _number(value: object, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{where}: ska vara ett tal")
    if not math.isfinite(value):
        raise ValueError(f"{where}: ska vara ett ändligt tal")
    if value < 0:
        raise ValueError(f"{where}: får inte vara negativt")
    if value > MAX_AMOUNT:
        raise ValueError(f"{where}: ska vara högst {format_number(MAX_AMOUNT)}")
    return float(value)


def _band_for(bands: list[Band], amount: float) -> Band:
    """The band an amount falls in; a band's up_to is inclusive."""
    for band in bands:
        if band.up_to is None or amount <= band.up_to:
            return band
    return bands[-1]


def _marginal_rate(bands: list[Band], amount: float) -> float:
    """The blended rate when each slice of the amount earns its own band's rate."""
    return bands[0].rate if amount == 0 else _sliced(bands, amount) / amount


def _plan_factor(pay: PayModel, attainment: float | None) -> float:
    if attainment is None or pay.plan.below_plan == "none":
        return 1.0
    if pay.plan.below_plan == "proportional":
        return min(1.0, attainment)
    assert pay.plan.threshold is not None  # the model guarantees it
    return 1.0 if attainment >= pay.plan.threshold else 0.0
