"""The typical month: a month of a role's typical deals at 100 % of its plan (or, without a
plan, four typical deals), the one month the profile, the comparisons and the calculator
all start from. JSON-shaped like the pay engine it feeds; the browser gets the deals made."""

from __future__ import annotations

import math
from typing import Any

from rollguiden.engines.pay import compute_pay
from rollguiden.model.pay import PayModel

DEFAULT_DEAL = 100_000
"""A deal's size, in the model's currency, for a pay model that names no typical deal."""
DEALS_WITHOUT_PLAN = 4
"""Without a plan, the typical month holds this many typical deals."""


def engine_model(pay: PayModel, default_currency: str) -> dict[str, Any]:
    """The model as the engines take it (YAML-shaped), with the currency filled in."""
    model = pay.model_dump(mode="json")
    model["currency"] = pay.currency or default_currency
    # whose deals the commission is on changes the words, not the arithmetic: not the
    # engines' to know (both reject a field they do not define)
    model["commission"].pop("deals", None)
    return model


def typical_deal_amount(model: dict[str, Any]) -> float:
    deal = model.get("typical_deal")
    return deal["amount"] if deal else DEFAULT_DEAL


def plan_sales(model: dict[str, Any]) -> float:
    """A typical month's sales: the monthly plan, or four typical deals without one."""
    target = model["plan"].get("monthly_target")
    return target if target is not None else DEALS_WITHOUT_PLAN * typical_deal_amount(model)


def example_deals(model: dict[str, Any], sales: float) -> list[dict[str, float]]:
    """A month's sales as typical deals: as many whole ones as fit, then the remainder."""
    deal = model.get("typical_deal")
    on_margin = model["commission"]["basis"] == "margin"

    def one(amount: float, margin_share: float | None) -> dict[str, float]:
        return (
            {"amount": amount, "margin": amount * (margin_share or 0)}
            if on_margin
            else {"amount": amount}
        )

    if not deal:
        return [one(sales, None)] if sales > 0 else []
    share = deal["margin"] / deal["amount"] if deal.get("margin") is not None else None
    whole = math.floor(sales / deal["amount"] + 1e-9)
    deals = [one(deal["amount"], share) for _ in range(whole)]
    remainder = sales - whole * deal["amount"]
    if remainder > 0.005:
        deals.append(one(remainder, share))
    return deals


def typical_month(model: dict[str, Any]) -> list[dict[str, float]]:
    """The typical month's deals."""
    return example_deals(model, plan_sales(model))


def typical_monthly_pay(model: dict[str, Any]) -> float:
    """Total pay, base and commission, in the typical month."""
    return compute_pay(model, {"deals": typical_month(model)})["total"]
