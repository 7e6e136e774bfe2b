"""The pay engine: one month's pay from a role's pay model and the month's deals.

The definition (the pay issue, step by step) is implemented twice, here and in
docs/assets/javascripts/pay.js, and one set of JSON vectors (tests/vectors/pay.json) holds
both to it. Inputs and output are JSON-shaped, so the same vectors run on both sides.
"""

from __future__ import annotations

import itertools
import math
from typing import Any

from pydantic import ValidationError

from rollguiden.model.pay import MAX_AMOUNT, Band, PayModel
from rollguiden.reading.errors import format_path
from rollguiden.reading.messages import describe
from rollguiden.text.swedish import format_money, format_number, format_percent

SCENARIO_FIELDS = {"base_salary", "deals"}
DEAL_FIELDS = {"amount", "margin"}


def compute_pay(model: dict[str, Any], scenario: dict[str, Any]) -> dict[str, Any]:
    """Pay for one month; raises ValueError naming the field when model or scenario is bad."""
    pay = parse_model(model)
    base, deals = _parse_scenario(scenario, pay)
    bands = pay.commission.bands

    rows = []
    for amount, margin in deals:
        basis = margin if pay.commission.basis == "margin" else amount
        rate = (
            _marginal_rate(bands, amount)
            if pay.commission.band_mode == "marginal"
            else _band_for(bands, amount).rate
        )
        rows.append({"amount": amount, "basis": basis, "rate": rate, "commission": basis * rate})

    gross_variable = sum(row["commission"] for row in rows)
    sales = sum(amount for amount, _ in deals)
    target = pay.plan.monthly_target
    attainment = sales / target if target is not None else None
    factor = _plan_factor(pay, attainment)
    variable = gross_variable * factor
    if pay.commission.cap is not None:
        variable = min(variable, pay.commission.cap)
    total_basis = sum(row["basis"] for row in rows)

    return {
        "base": round_money(base),
        "gross_variable": round_money(gross_variable),
        "factor": factor,
        "variable": round_money(variable),
        "total": round_money(base + variable),
        "effective_rate": variable / total_basis if total_basis > 0 else 0,
        "attainment": attainment,
        "deals": [
            {
                "amount": round_money(row["amount"]),
                "basis": round_money(row["basis"]),
                "rate": row["rate"],
                "commission": round_money(row["commission"]),
            }
            for row in rows
        ],
        "warnings": cliff_warnings(pay),
    }


def parse_model(model: object) -> PayModel:
    """The validated pay model, or ValueError with every problem as `field: what is wrong`."""
    if not isinstance(model, dict):
        raise ValueError("model: ska vara ett objekt")
    try:
        return PayModel.model_validate(model)
    except ValidationError as error:
        problems = [
            f"{format_path(tuple(detail['loc'])) or 'model'}: {describe(detail, PayModel)}"
            for detail in error.errors(include_url=False)
        ]
        raise ValueError("; ".join(problems)) from None


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
                f"på marginalen, en på {at} ger {format_percent(lower.rate)}"
            ]
    return []


def _parse_scenario(scenario: object, pay: PayModel) -> tuple[float, list[tuple[float, float]]]:
    if not isinstance(scenario, dict):
        raise ValueError("scenario: ska vara ett objekt")
    for key in scenario:
        if key not in SCENARIO_FIELDS:
            raise ValueError(f"{key}: okänt fält")
    base = pay.base_salary.typical
    if "base_salary" in scenario:
        base = _number(scenario["base_salary"], "base_salary")
    if "deals" not in scenario:
        raise ValueError("deals: fältet saknas men är obligatoriskt")
    if not isinstance(scenario["deals"], list):
        raise ValueError("deals: ska vara en lista")
    deals = []
    for position, deal in enumerate(scenario["deals"], start=1):
        where = f"deals[{position}]"
        if not isinstance(deal, dict):
            raise ValueError(f"{where}: ska vara ett objekt")
        for key in deal:
            if key not in DEAL_FIELDS:
                raise ValueError(f"{where}.{key}: okänt fält")
        if "amount" not in deal:
            raise ValueError(f"{where}.amount: fältet saknas men är obligatoriskt")
        amount = _number(deal["amount"], f"{where}.amount")
        margin = 0.0
        if "margin" in deal:
            margin = _number(deal["margin"], f"{where}.margin")
            if margin > amount:
                raise ValueError(f"{where}.margin: får inte vara större än amount")
        elif pay.commission.basis == "margin":
            raise ValueError(f"{where}.margin: behövs när provisionen räknas på marginalen")
        deals.append((amount, margin))
    return base, deals


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
    if amount == 0:
        return bands[0].rate
    earned = 0.0
    lower = 0.0
    for band in bands:
        upper = math.inf if band.up_to is None else band.up_to
        earned += (min(amount, upper) - lower) * band.rate
        if amount <= upper:
            break
        lower = upper
    return earned / amount


def _plan_factor(pay: PayModel, attainment: float | None) -> float:
    if attainment is None or pay.plan.below_plan == "none":
        return 1.0
    if pay.plan.below_plan == "proportional":
        return min(1.0, attainment)
    assert pay.plan.threshold is not None  # the model guarantees it
    return 1.0 if attainment >= pay.plan.threshold else 0.0
