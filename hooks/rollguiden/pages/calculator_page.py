"""The commission calculator's page (/provisionskalkylator/) and the data its script gets:
every role's pay model, its typical month as the starting point, the address's names."""

from __future__ import annotations

from typing import Any

from rollguiden.engines.typical_month import engine_model, typical_month
from rollguiden.pages.page import Page
from rollguiden.pages.paths import CALCULATOR_PAGE, DOWNLOADS, QUERY
from rollguiden.reading.catalog import Catalog
from rollguiden.text.swedish import in_sentence


def calculator_page(catalog: Catalog, labels: dict[str, Any]) -> list[Page]:
    return [Page(CALCULATOR_PAGE, "calculator.md.j2", {"data": calculator_data(catalog, labels)})]


def calculator_data(catalog: Catalog, labels: dict[str, Any]) -> dict[str, Any]:
    """What the calculator page embeds: every role's pay model, its typical month's deals as
    the starting point, the address's parameter names and the texts the script shows."""
    currency = catalog.organisation.currency
    roles = []
    for role in catalog.roles:
        if role.pay is None:
            continue
        model = engine_model(role.pay, currency)
        roles.append(
            {
                "id": role.id,
                "title": role.title,
                "name": in_sentence(role.title),  # as it reads inside a sentence
                "model": model,
                "deals": typical_month(model),
            }
        )
    return {
        "currency": currency,
        "roles": roles,
        "query": QUERY["calculator"],
        "deals_file": DOWNLOADS["deals"],
        "texts": labels["calculator"]["texts"],
    }
