"""The generated pages of the site, in the order they are made: one builder per kind of
page, each naming the page's address, its template and what the template is given."""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from typing import Any

from rollguiden.pages.api_page import api_page
from rollguiden.pages.calculator_page import calculator_page
from rollguiden.pages.compare_pages import compare_pages
from rollguiden.pages.evaluation import evaluation
from rollguiden.pages.fit_page import fit_page
from rollguiden.pages.job_ad import job_ad
from rollguiden.pages.job_description import JobDescription, job_description
from rollguiden.pages.job_evaluation_page import job_evaluation_page
from rollguiden.pages.job_posting import job_posting
from rollguiden.pages.key_clients_page import key_clients_page
from rollguiden.pages.page import Page
from rollguiden.pages.paths import (
    CALCULATOR_PAGE,
    COMPARE_PAGE,
    FIT_PAGE,
    HOME_PAGE,
    KEY_CLIENTS_PAGE,
    REVIEW_PAGE,
    ROLES_PAGE,
    api_job_posting_file,
    docx_path,
)
from rollguiden.pages.pay_criteria_page import pay_criteria_page
from rollguiden.pages.registers import register_pages
from rollguiden.pages.review import review_page
from rollguiden.pages.role_pages import (
    evaluation_of,
    job_ad_page_of,
    job_description_page_of,
    profile_page,
)
from rollguiden.pages.source_page import source_page
from rollguiden.pages.views import RoleView, role_view
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.errors import Issue


@dataclass(frozen=True)
class SitePages:
    pages: list[Page]
    documents: list[tuple[str, JobDescription]]
    """Each role's job description and the Word file it is also written to."""
    data_files: dict[str, Any]
    """JSON documents by path: the comparison picker's file per role, and each role's job
    ad as a JobPosting in the API."""


def site_pages(
    catalog: Catalog,
    labels: dict[str, Any],
    notices: tuple[Issue, ...] = (),
    today: datetime.date | None = None,
    repo_url: str | None = None,
    site_address: str | None = None,
) -> SitePages:
    """Every generated page: the start page, the roles overview, the tools, the registers,
    the API's description, the worklist (with `notices`, the warnings from reading the
    data), and per role its profile, its job description and its job ad."""
    views = [role_view(catalog, role, labels) for role in catalog.roles]
    evaluated = evaluation(catalog)
    compare = compare_pages(catalog, views, labels, evaluated)
    pages = [
        *home_page(catalog, views),
        *roles_page(catalog, views),
        *calculator_page(catalog, labels),
        *key_clients_page(catalog, labels),
        *pay_criteria_page(catalog, views, labels),
        *job_evaluation_page(catalog, labels),
        *compare.pages,
        *fit_page(catalog, labels),
        *register_pages(catalog, views, labels),
        *api_page(catalog),
        *source_page(views),
    ]
    documents = []
    ads = {}
    postings = {}
    for view in views:
        document = job_description(catalog, view, labels)
        ad = ads[view.role.id] = job_ad(catalog, view, labels)
        pages += [
            profile_page(view, labels, evaluation_of(catalog, evaluated, view.role.id)),
            job_description_page_of(view, document),
            job_ad_page_of(view, ad, labels),
        ]
        documents.append((docx_path(view.role.id, view.role.document.version), document))
        postings[api_job_posting_file(view.role.id)] = job_posting(catalog, view, ad, site_address)
    pages += review_page(catalog, notices, labels, today or datetime.date.today(), ads, repo_url)
    return SitePages(pages, documents, {**compare.role_files, **postings})


def home_page(catalog: Catalog, views: list[RoleView]) -> list[Page]:
    return [
        Page(
            HOME_PAGE,
            "home.md.j2",
            {
                "organisation": catalog.organisation,
                "views": views,
                "roles_page": ROLES_PAGE,
                "review_page": REVIEW_PAGE,
                "tools": [
                    ("compare", COMPARE_PAGE, "material-compare-horizontal"),
                    ("fit", FIT_PAGE, "material-account-check-outline"),
                    ("calculator", CALCULATOR_PAGE, "material-calculator-variant-outline"),
                    ("key_clients", KEY_CLIENTS_PAGE, "material-chart-bar"),
                ],
            },
        )
    ]


def roles_page(catalog: Catalog, views: list[RoleView]) -> list[Page]:
    """The roles overview, grouped by department in the order organisation.yml lists them."""
    groups = []
    for department in catalog.organisation.departments:
        members = [view for view in views if view.role.department == department.id]
        if members:
            groups.append((department.name, members))
    context = {"groups": groups, "role_count": len(views), "review_page": REVIEW_PAGE}
    return [Page(ROLES_PAGE, "roles_index.md.j2", context)]
