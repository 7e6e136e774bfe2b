"""The key-client analysis page (/nyckelkundsanalys/) and the data its script gets: each
role's key-client figures from its data, the organisation's key clients per manager, the
file name of the export and the texts the script shows."""

from __future__ import annotations

from typing import Any

from rollguiden.pages.page import Page
from rollguiden.pages.paths import DOWNLOADS, KEY_CLIENTS_PAGE, role_page, url_link
from rollguiden.reading.catalog import Catalog
from rollguiden.text.swedish import in_sentence


def key_clients_page(catalog: Catalog, labels: dict[str, Any]) -> list[Page]:
    data = key_clients_data(catalog, labels)
    return [Page(KEY_CLIENTS_PAGE, "key_clients.md.j2", {"data": data})]


def key_clients_data(catalog: Catalog, labels: dict[str, Any]) -> dict[str, Any]:
    """The roles whose data says what a key client is (`key_clients.income_share_each`), each
    with the shares the analysis takes: a key client brings at least the range's lower
    figure of the income, and the key clients together should bring at least the lower
    figure of `profit_share_together`."""
    roles = []
    for role in catalog.roles:
        clients = role.key_clients
        if clients is None or clients.income_share_each is None:
            continue
        together = clients.profit_share_together
        roles.append(
            {
                "id": role.id,
                "title": role.title,
                "name": in_sentence(role.title),
                "link": url_link(KEY_CLIENTS_PAGE, role_page(role.id)),
                "key_income_share": clients.income_share_each.min / 100,
                "income_share_each": [clients.income_share_each.min, clients.income_share_each.max],
                "key_share_target": together.min / 100 if together else None,
                "profit_share_together": [together.min, together.max] if together else None,
            }
        )
    capacity = catalog.organisation.key_client_capacity
    return {
        "roles": roles,
        "capacity": capacity.model_dump(mode="json") if capacity else None,
        "currency": catalog.organisation.currency,
        "csv_file": DOWNLOADS["key_clients"],
        "texts": labels["key_clients"]["texts"],
    }
