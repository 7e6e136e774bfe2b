"""The generated pages of the site: which exist, at which source path, from which template."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment

from .catalog import Catalog
from .compare_pages import compare_pages
from .docx_writer import job_description_docx
from .generated_page import GeneratedFile, GeneratedPage, SiteContent
from .job_description import job_description
from .pay_view import engine_model, example_deals
from .render import render_page
from .views import (
    CALCULATOR_PAGE,
    HOME_PAGE,
    ROLES_PAGE,
    RoleView,
    docx_path,
    job_description_page,
    percent_range,
    relative_link,
    role_page,
    role_view,
)


def site_pages(catalog: Catalog, environment: Environment, labels: dict[str, Any]) -> SiteContent:
    """Everything generated: the start page, the roles overview, the comparison pages, the
    calculator, and per role its profile, its job description and that as a Word file."""
    views = [role_view(catalog, role, labels) for role in catalog.roles]
    pages = [
        GeneratedPage(
            HOME_PAGE,
            render_page(
                environment,
                "home.md.j2",
                HOME_PAGE,
                labels,
                organisation=catalog.organisation,
                views=views,
                roles_page=ROLES_PAGE,
            ),
        ),
        GeneratedPage(
            ROLES_PAGE,
            render_page(
                environment,
                "roles_index.md.j2",
                ROLES_PAGE,
                labels,
                groups=_by_department(catalog, views),
                role_count=len(views),
            ),
        ),
    ]
    pages.append(
        GeneratedPage(
            CALCULATOR_PAGE,
            render_page(
                environment,
                "calculator.md.j2",
                CALCULATOR_PAGE,
                labels,
                data=calculator_data(catalog, labels),
            ),
        )
    )
    pages += compare_pages(catalog, views, environment, labels)
    files = []
    for view in views:
        markdown = render_page(
            environment,
            "role.md.j2",
            view.page,
            labels,
            view=view,
            percent_range=lambda value: percent_range(value, labels),
        )
        pages.append(
            GeneratedPage(role_page(view.role.id), markdown, view.source_file, in_navigation=False)
        )
        document = job_description(catalog, view, labels)
        document_page = job_description_page(view.role.id)
        word_file = docx_path(view.role.id, view.role.document.version)
        pages.append(
            GeneratedPage(
                document_page,
                render_page(
                    environment,
                    "job_description.md.j2",
                    document_page,
                    labels,
                    doc=document,
                    docx_link=relative_link(document_page, word_file),
                ),
                view.source_file,
                in_navigation=False,
            )
        )
        files.append(GeneratedFile(word_file, job_description_docx(document, labels["document"])))
    return SiteContent(pages, files)


def _by_department(catalog: Catalog, views: list[RoleView]) -> list[tuple[str, list[RoleView]]]:
    """Views grouped under their departments, in the order organisation.yml lists them."""
    groups = []
    for department in catalog.organisation.departments:
        members = [view for view in views if view.role.department == department.id]
        if members:
            groups.append((department.name, members))
    return groups


def calculator_data(catalog: Catalog, labels: dict[str, Any]) -> dict[str, Any]:
    """What the calculator page embeds: every role's pay model, a month of its deals at
    100 % of plan as the starting point, and the texts the script shows."""
    currency = catalog.organisation.currency
    roles = []
    for role in catalog.roles:
        if role.pay is None:
            continue
        target = role.pay.plan.monthly_target
        typical = role.pay.typical_deal.amount if role.pay.typical_deal else 100_000
        roles.append(
            {
                "id": role.id,
                "title": role.title,
                "model": engine_model(role.pay, currency),
                "deals": example_deals(role.pay, target if target is not None else 4 * typical),
            }
        )
    return {"currency": currency, "roles": roles, "texts": labels["calculator"]["texts"]}
