"""The commission calculator's page (/provisionskalkylator/) and the data its script gets:
every role's pay model, its typical month as the starting point, the organisation's rules
for a year, the address's names."""

from __future__ import annotations

from typing import Any

from rollguiden.engines.typical_month import engine_model, typical_month
from rollguiden.model.pay import PayRules
from rollguiden.pages.page import Page
from rollguiden.pages.paths import CALCULATOR_PAGE, DOWNLOADS, QUERY
from rollguiden.pages.pay_view import HOLIDAY_RULES, YearLine, year_rules
from rollguiden.reading.catalog import Catalog
from rollguiden.text.swedish import format_money, in_sentence


def calculator_page(catalog: Catalog, labels: dict[str, Any]) -> list[Page]:
    level = catalog.organisation.pay_publication
    # where organisation.yml publishes no role's figures, the page says so: the reader's own
    # model still works (the roles' models are not in its data, pages/publication.py)
    withheld = labels["publication"][level]["calculator"] if level != "all" else None
    context = {"data": calculator_data(catalog, labels), "withheld": withheld}
    return [Page(CALCULATOR_PAGE, "calculator.md.j2", context)]


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
        # what the law allows when pay is taken back, as the role pages say it
        "texts": {**labels["calculator"]["texts"], "set_off": labels["pay"]["set_off"]},
        "year": year_data(catalog.organisation.pay_rules, labels, currency),
    }


def year_data(rules: PayRules | None, labels: dict[str, Any], currency: str) -> dict[str, Any]:
    """The year view's rules: the rates the engine takes, and each line of the year with
    how it is counted, as the role pages word them; without the organisation's rules,
    none (the year then has no holiday pay, pension or employer contributions).

    A line's `label` and `rule` are one text, or one per holiday rule (`percentage`,
    `same_salary`); a line with `only` is shown under that holiday rule alone. `{share}` and
    `{days}` are left for the script to fill from the year it computes (pay_view.fill_year)."""
    texts = labels["pay"]["year"]

    def line(key: str, label: Any, rule: Any, example: bool = False) -> dict[str, Any]:
        return {"key": key, "label": label, "rule": rule, "example": example}

    def worded(key: str, rule: YearLine) -> dict[str, Any]:
        return line(key, rule.label, rule.rule, rule.example)

    employee = [
        line("base", texts["base"], texts["rule_base"]),
        line("paid_variable", texts["variable"], texts["rule_variable"]),
    ]
    shared = {
        "employee_heading": texts["employee"],
        "employer_heading": texts["employer"],
        "columns": texts["columns"],
        "sources_title": texts["sources_title"],
        "example_badge": labels["provenance"]["badge"],
    }
    if rules is None:
        gross = line("gross", texts["gross"], texts["rule_gross_without_rules"])
        employee.append(gross)
        return {
            **shared,
            "rules": None,
            "employee": employee,
            "employer": [],
            "reasons": None,
            "part_year": None,
            "days": None,
            "notes": [],
            "sources": [],
        }
    words = year_rules(rules, labels, lambda value: format_money(value, currency))
    return {
        **shared,
        "rules": rules.engine_rules(),
        "employee": [
            *employee,
            {**worded("holiday_deduction", words.holiday_deduction), "only": "percentage"},
            line(
                "holiday_pay",
                {rule: words.holiday_pay[rule].label for rule in HOLIDAY_RULES},
                {rule: words.holiday_pay[rule].rule for rule in HOLIDAY_RULES},
                words.holiday_pay["percentage"].example,
            ),
            line("gross", texts["gross"], texts["rule_gross"]),
        ],
        "employer": [
            worded("pension", words.pension),
            worded("pension_tax", words.pension_tax),
            worded("employer_contributions", words.contributions),
            line("employer_cost", texts["employer_cost"], texts["rule_cost"]),
        ],
        "reasons": words.reasons,
        "part_year": words.part_year,
        "days": rules.holiday_pay.days,
        "notes": [{"text": note.rule, "example": note.example} for note in words.notes],
        "sources": [
            {"name": s.label, "year": s.amount, "source": s.rule, "example": s.example}
            for s in words.sources
        ],
    }
