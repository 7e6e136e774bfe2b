"""Which customers are key clients, by the source's own definition: each brings at least a
set share of the income (10 %), and together the few bring most of the profit (70–80 %);
with an ABC classification, the income's concentration (HHI) and warnings.

The key-client analysis page runs the same definition in the browser (keyclients.js); one
set of JSON vectors (tests/vectors/key_clients.json) holds the two together. CONTRIBUTING.md's
"Key-client analysis" gives the definition in words.
"""

from __future__ import annotations

import math
from typing import Any

DEFAULT_KEY_INCOME_SHARE = 0.10
"""The source: a key client "individuellt tar med minst 10 % av inkomsten"."""
DEFAULT_ABC = (0.8, 0.95)
CONCENTRATION_SHARE = 0.20
"""A single client above this share of the income is a concentration risk."""
DEFAULT_KEY_SHARE_TARGET = 0.70
"""The source: key clients together "kan ta upp till 70–80 % av vinsten"; below the lower
figure, a warning."""
ROW_FIELDS = {"name", "income", "profit"}
OPTION_FIELDS = {"key_income_share", "abc", "key_share_target"}


def analyse_clients(
    rows: list[dict[str, Any]], options: dict[str, Any] | None = None
) -> dict[str, Any]:
    """The analysis of a customer list; ValueError names the row or option that is wrong."""
    key_share, (cut_a, cut_b), target = _parse_options(options or {})
    clients = _parse_rows(rows)
    total_income = sum(client["income"] for client in clients)
    if total_income == 0:
        raise ValueError("rows: den sammanlagda intäkten är 0, så andelar kan inte räknas")
    with_profit = clients[0]["profit"] is not None
    total_profit = sum(client["profit"] for client in clients) if with_profit else None
    measure = "profit" if with_profit and total_profit > 0 else "income"
    total_measure = total_profit if measure == "profit" else total_income

    # descending by the measure; sorted() is stable, so ties keep the input order
    ordered = sorted(clients, key=lambda client: -client[measure])
    result_clients = []
    running = 0.0
    for client in ordered:
        before = running / total_measure
        running += client[measure]
        income_share = client["income"] / total_income
        result_clients.append(
            {
                "name": client["name"],
                "income": client["income"],
                "profit": client["profit"],
                "income_share": income_share,
                "profit_share": client["profit"] / total_profit if measure == "profit" else None,
                "cumulative_share": running / total_measure,
                "class": "A" if before < cut_a else "B" if before < cut_b else "C",
                "key": income_share >= key_share,
            }
        )

    key_clients = [client for client in result_clients if client["key"]]
    key_income = sum(client["income"] for client in key_clients) / total_income
    key_profit = (
        sum(client["profit"] for client in key_clients) / total_profit
        if measure == "profit"
        else None
    )
    key_measure = key_profit if measure == "profit" else key_income
    warnings = _warnings(with_profit, measure, result_clients, key_clients, key_measure, target)
    return {
        "clients": result_clients,
        "measure": measure,
        "total_income": total_income,
        "total_profit": total_profit,
        "key_count": len(key_clients),
        "key_income_share": key_income,
        "key_profit_share": key_profit,
        "hhi": sum(client["income_share"] ** 2 for client in result_clients) * 10_000,
        "top_share": max(client["income_share"] for client in result_clients),
        "warnings": warnings,
    }


def _warnings(
    with_profit: bool,
    measure: str,
    clients: list[dict[str, Any]],
    key_clients: list[dict[str, Any]],
    key_share: float,
    target: float,
) -> list[dict[str, Any]]:
    """What the reader should know, as codes with their figures; the page words them."""
    warnings: list[dict[str, Any]] = []
    if with_profit and measure == "income":
        warnings.append({"code": "profit_not_positive"})
    warnings.extend(
        {"code": "concentration", "name": client["name"], "share": client["income_share"]}
        for client in clients
        if client["income_share"] > CONCENTRATION_SHARE
    )
    if not key_clients:
        warnings.append({"code": "no_key_clients"})
    elif key_share < target:
        warnings.append({"code": "key_share_below_target", "measure": measure, "share": key_share})
    return warnings


def _parse_options(options: dict[str, Any]) -> tuple[float, tuple[float, float], float]:
    if not isinstance(options, dict):
        raise ValueError("options: ska vara ett objekt")
    for key in options:
        if key not in OPTION_FIELDS:
            raise ValueError(f"options.{key}: okänt fält")
    key_share = options.get("key_income_share", DEFAULT_KEY_INCOME_SHARE)
    if not _number(key_share) or not 0 < key_share <= 1:
        raise ValueError("options.key_income_share: ska vara en andel större än 0 och högst 1")
    abc = options.get("abc", list(DEFAULT_ABC))
    if (
        not isinstance(abc, list)
        or len(abc) != 2
        or not all(_number(cut) and 0 < cut <= 1 for cut in abc)
    ):
        raise ValueError("options.abc: ska vara två andelar, var och en större än 0 och högst 1")
    if not abc[0] < abc[1]:
        raise ValueError("options.abc: gränsen för A ska vara mindre än gränsen för B")
    target = options.get("key_share_target", DEFAULT_KEY_SHARE_TARGET)
    if not _number(target) or not 0 < target <= 1:
        raise ValueError("options.key_share_target: ska vara en andel större än 0 och högst 1")
    return key_share, (abc[0], abc[1]), target


def _parse_rows(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    if not isinstance(rows, list) or not rows:
        raise ValueError("rows: ska vara en lista med minst en kund")
    clients = []
    seen: dict[str, int] = {}
    for number, row in enumerate(rows, start=1):
        where = f"rows[{number}]"
        if not isinstance(row, dict):
            raise ValueError(f"{where}: ska vara ett objekt")
        for key in row:
            if key not in ROW_FIELDS:
                raise ValueError(f"{where}.{key}: okänt fält")
        name = row.get("name")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(f"{where}.name: ska vara ett namn, inte tomt")
        name = name.strip()
        if name in seen:
            raise ValueError(f"{where}.name: samma namn som rad {seen[name]}")
        seen[name] = number
        if "income" not in row or row["income"] is None:
            raise ValueError(f"{where}.income: fältet saknas men är obligatoriskt")
        income = row["income"]
        if not _number(income) or income < 0:
            raise ValueError(f"{where}.income: ska vara ett tal som är 0 eller större")
        profit = row.get("profit")
        if profit is not None and not _number(profit):
            raise ValueError(f"{where}.profit: ska vara ett tal")
        # profit on every row or on none: each row is held to the first
        if clients and (profit is None) != (clients[0]["profit"] is None):
            raise ValueError(
                f"{where}.profit: "
                + (
                    "saknas, men rad 1 har vinst"
                    if profit is None
                    else "finns, men rad 1 saknar vinst"
                )
            )
        clients.append({"name": name, "income": income, "profit": profit})
    return clients


def _number(value: object) -> bool:
    """A finite number; a boolean is not one, though Python counts it as an int."""
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)
