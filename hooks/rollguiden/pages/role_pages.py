"""A role's own pages: its profile, its job description (also made as a Word file), and a
draft job ad that the ad page offers to copy or save."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup

from rollguiden.pages.evaluation import Evaluation, placement
from rollguiden.pages.job_ad import JobAd
from rollguiden.pages.job_description import JobDescription
from rollguiden.pages.page import Page
from rollguiden.pages.paths import (
    DUTY_AREAS_PAGE,
    JOB_EVALUATION_PAGE,
    QUALITIES_PAGE,
    SKILLS_PAGE,
    api_job_posting_file,
    document_marks_stylesheet,
    docx_path,
    job_ad_page,
    job_description_page,
    relative_link,
    role_page,
    url_file,
)
from rollguiden.pages.views import RoleView, percent_range
from rollguiden.reading.catalog import Catalog


@dataclass(frozen=True)
class ProfileEvaluation:
    """What the profile says of the role's place in the job evaluation."""

    points: int | None
    group: int | None
    groups: int
    equal_value: tuple[tuple[str, str], ...]
    """The other roles of its group: title and page."""
    page: str


def evaluation_of(
    catalog: Catalog, evaluated: Evaluation | None, role_id: str
) -> ProfileEvaluation | None:
    """The role's place in the job evaluation as its profile shows it; None without a plan."""
    found = placement(evaluated, role_id)
    if found is None:
        return None
    equal = tuple((catalog.role(other).title, role_page(other)) for other in found.equal_value)
    return ProfileEvaluation(found.points, found.group, found.groups, equal, JOB_EVALUATION_PAGE)


def profile_page(
    view: RoleView, labels: dict[str, Any], evaluated: ProfileEvaluation | None = None
) -> Page:
    return Page(
        view.page,
        "role.md.j2",
        {
            "view": view,
            "evaluation": evaluated,
            "percent_range": lambda value: percent_range(value, labels),
            "registers": {
                "skills": SKILLS_PAGE,
                "qualities": QUALITIES_PAGE,
                "duty_areas": DUTY_AREAS_PAGE,
            },
        },
        view.source_file,
        in_navigation=False,
    )


def job_description_page_of(view: RoleView, document: JobDescription) -> Page:
    """The job description as a web page, linking to the same document as a Word file."""
    page = job_description_page(view.role.id)
    word_file = docx_path(view.role.id, view.role.document.version)
    return Page(
        page,
        "job_description.md.j2",
        {
            "doc": document,
            "docx_link": relative_link(page, word_file),
            "marks_stylesheet": url_file(page, document_marks_stylesheet(view.role.id)),
        },
        view.source_file,
        in_navigation=False,
    )


def job_ad_page_of(view: RoleView, ad: JobAd, labels: dict[str, Any]) -> Page:
    """The draft job ad, with its Markdown and text versions for the page's buttons and a
    link to the same ad as a JobPosting in the API."""
    page = job_ad_page(view.role.id)
    return Page(
        page,
        "job_ad.md.j2",
        {
            "ad": ad,
            "markdown": Markup(ad.markdown(page=True)),
            "posting_link": relative_link(page, api_job_posting_file(view.role.id)),
            "data": {
                "markdown": ad.markdown(),
                "text": ad.text(),
                "file": ad.file_stem,
                "texts": labels["job_ad"]["texts"],
            },
        },
        view.source_file,
        in_navigation=False,
    )
