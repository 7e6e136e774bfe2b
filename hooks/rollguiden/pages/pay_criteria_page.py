"""The page /lonekriterier/: what sets the pay in each role and how it develops (the base
salary's range as the site publishes it, what the variable pay depends on, the role's own
pay criteria) under the organisation's pay policy, so that the criteria are easy for the
employees to reach (the pay transparency directive, 2023/970, article 6)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rollguiden.pages.page import Page
from rollguiden.pages.paths import PAY_CRITERIA_PAGE, role_page
from rollguiden.pages.publication import published_range, range_text
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog

ORGANISATION_FILE = "data/organisation.yml"


@dataclass(frozen=True)
class RolePayCriteria:
    """One role's part of the page."""

    title: str
    page: str
    base_salary: str | None
    """The range as the site publishes it ("35 000–50 000 kr"); None where it shows none."""
    base_salary_example: bool
    variable_pay: str | None
    """What the variable pay depends on, in the role's own words (compensation.summary)."""
    variable_points: tuple[str, ...]
    criteria: tuple[str, ...]
    criteria_example: bool
    example: bool
    """The whole role is an example to review."""


def pay_criteria_page(
    catalog: Catalog, views: list[RoleView], labels: dict[str, Any]
) -> list[Page]:
    context = {
        "policy": catalog.organisation.pay_policy,
        "roles": tuple(_role(catalog, view, labels) for view in views),
        "publication": catalog.organisation.pay_publication,
        "organisation_file": ORGANISATION_FILE,
    }
    return [Page(PAY_CRITERIA_PAGE, "pay_criteria.md.j2", context, source_file=ORGANISATION_FILE)]


def _role(catalog: Catalog, view: RoleView, labels: dict[str, Any]) -> RolePayCriteria:
    role = view.role
    pay_range = published_range(catalog, role)
    compensation = role.compensation
    variable = compensation.summary if compensation else None
    if variable is None and role.pay is not None:
        # no words of its own: what the commission is paid on, as the job ad says it
        commission = role.pay.commission
        basis = labels["job_ad"]["pay_basis"][commission.deals][commission.basis]
        variable = labels["pay_criteria"]["commission_on"].format(basis=basis)
    elif variable is None and role.id in catalog.withheld_pay:
        # organisation.yml keeps the model off the site: there is a commission, not shown
        variable = labels["pay_criteria"]["withheld_variable"]
    return RolePayCriteria(
        title=role.title,
        page=role_page(role.id),
        base_salary=range_text(pay_range) if pay_range is not None else None,
        base_salary_example=view.example("pay"),
        variable_pay=variable,
        variable_points=tuple(compensation.points) if compensation else (),
        criteria=tuple(role.pay_criteria),
        criteria_example=view.example("pay_criteria"),
        example=role.provenance.basis == "example",
    )
