"""What the site publishes of pay: organisation.yml's `pay_publication`, `all` figures, the
base salary's `ranges` only, or `none`. Applied once, to the catalog that every page, tool,
API file and search entry is made from: under `ranges` and `none` no role keeps its pay
model, so no figure can reach a reader through a page that forgot the setting; the base
salary's range is kept aside (Catalog.withheld_pay) for the pages that show it."""

from __future__ import annotations

import dataclasses
from typing import Any

from rollguiden.model import Role
from rollguiden.reading.catalog import Catalog, PayRange
from rollguiden.text.swedish import format_money


def published_catalog(catalog: Catalog) -> Catalog:
    """`catalog` as the site may show it: unchanged under `all`."""
    level = catalog.organisation.pay_publication
    if level == "all":
        return catalog
    withheld = {
        role.id: published_range(catalog, role) if level == "ranges" else None
        for role in catalog.roles
        # under none every role says how pay is told, a pay model or not
        if role.pay is not None or level == "none"
    }
    roles = tuple(
        role.model_copy(update={"pay": None}) if role.id in withheld else role
        for role in catalog.roles
    )
    return dataclasses.replace(catalog, roles=roles, withheld_pay=withheld)


def published_range(catalog: Catalog, role: Role) -> PayRange | None:
    """The role's base salary range as the site shows it: from its pay model, or kept aside
    under `ranges` (Catalog.withheld_pay); None under `none` or without a model."""
    if role.pay is None:
        return catalog.withheld_pay.get(role.id)
    salary = role.pay.base_salary
    return PayRange(salary.min, salary.max, role.pay.currency or catalog.organisation.currency)


def range_text(pay_range: PayRange) -> str:
    """ "30 000–36 000 kr": the currency once, after the range."""
    if pay_range.min == pay_range.max:
        return format_money(pay_range.min, pay_range.currency)
    return f"{format_money(pay_range.min, None)}–{format_money(pay_range.max, pay_range.currency)}"


def withheld_sentence(catalog: Catalog, role_id: str, texts: dict[str, Any]) -> str | None:
    """What a page says of a role's pay whose figures are not published (`texts` is the
    labels' `publication`), or None where its pay model is shown or it has none."""
    if role_id not in catalog.withheld_pay:
        return None
    pay_range = catalog.withheld_pay[role_id]
    if pay_range is None:
        return texts["none"]["profile"]
    return texts["ranges"]["profile"].format(range=range_text(pay_range))


def withheld_texts(level: str, labels: dict) -> dict:
    """The labels with the words a page uses for a role without a pay model replaced by
    what is true under `level`: the figures exist, the organisation does not publish them."""
    if level == "all":
        return labels
    words = labels["publication"][level]
    compare = {**labels["compare"], "pay_missing": words["compare"]}
    return {**labels, "compare": compare}
