"""The generated pages of the site: which exist, at which source path, from which template."""

from __future__ import annotations

import datetime
import json
from typing import Any

from markupsafe import Markup

from rollguiden.engines.fit import fit_roles
from rollguiden.output.api import FORMAT_VERSION, api_files, api_paths, role_entry
from rollguiden.output.generated_page import FileJob, GeneratedPage, SiteContent
from rollguiden.output.render import PageRenderer
from rollguiden.output.word import docx_files
from rollguiden.pages.compare_pages import compare_pages
from rollguiden.pages.job_ad import job_ad
from rollguiden.pages.job_description import document_marks_stylesheet, job_description
from rollguiden.pages.pay_view import engine_model, example_deals
from rollguiden.pages.registers import (
    DUTY_AREAS_PAGE,
    GLOSSARY_PAGE,
    QUALITIES_PAGE,
    REGISTERS_PAGE,
    SKILLS_PAGE,
    duty_area_entries,
    term_entries,
)
from rollguiden.pages.review import worklist
from rollguiden.pages.views import (
    CALCULATOR_PAGE,
    COMPARE_PAGE,
    DOCUMENT_MARKS_STYLESHEET,
    HOME_PAGE,
    REVIEW_PAGE,
    ROLES_PAGE,
    RoleView,
    docx_path,
    job_ad_page,
    job_description_page,
    percent_range,
    relative_link,
    role_page,
    role_view,
    url_link,
)
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.errors import Issue
from rollguiden.text.swedish import in_sentence

FIT_PAGE = "passar-jag/index.md"
API_PAGE = "api/index.md"
NAVIGATION_PAGES = (
    HOME_PAGE,
    ROLES_PAGE,
    COMPARE_PAGE,
    FIT_PAGE,
    CALCULATOR_PAGE,
    REGISTERS_PAGE,
    SKILLS_PAGE,
    QUALITIES_PAGE,
    DUTY_AREAS_PAGE,
    GLOSSARY_PAGE,
    API_PAGE,
    REVIEW_PAGE,
)
"""The generated pages mkdocs.yml's navigation names: they exist whatever the data holds."""


def site_pages(
    catalog: Catalog,
    render: PageRenderer,
    labels: dict[str, Any],
    notices: tuple[Issue, ...] = (),
    today: datetime.date | None = None,
) -> SiteContent:
    """Everything generated: the start page, the roles overview, the comparison pages, the
    calculator, the worklist, and per role its profile, its job description and that as a
    Word file. `notices` (warnings from reading the data) go on the worklist."""
    views = [role_view(catalog, role, labels) for role in catalog.roles]
    pages = [
        GeneratedPage(
            HOME_PAGE,
            render(
                "home.md.j2",
                HOME_PAGE,
                labels,
                organisation=catalog.organisation,
                views=views,
                roles_page=ROLES_PAGE,
                tools=[
                    ("compare", COMPARE_PAGE, "material-compare-horizontal"),
                    ("fit", FIT_PAGE, "material-account-check-outline"),
                    ("calculator", CALCULATOR_PAGE, "material-calculator-variant-outline"),
                ],
            ),
        ),
        GeneratedPage(
            ROLES_PAGE,
            render(
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
            render(
                "calculator.md.j2",
                CALCULATOR_PAGE,
                labels,
                data=calculator_data(catalog, labels),
            ),
        )
    )
    pages += compare_pages(catalog, views, render, labels)
    pages += extra_pages(catalog, views, render, labels)
    today = today or datetime.date.today()
    pages.append(
        GeneratedPage(
            REVIEW_PAGE,
            render(
                "review.md.j2",
                REVIEW_PAGE,
                labels,
                groups=worklist(catalog, notices, labels, today),
                today=today.isoformat(),
            ),
        )
    )
    documents = []
    for view in views:
        markdown = render(
            "role.md.j2",
            view.page,
            labels,
            view=view,
            percent_range=lambda value: percent_range(value, labels),
            registers={
                "skills": SKILLS_PAGE,
                "qualities": QUALITIES_PAGE,
                "duty_areas": DUTY_AREAS_PAGE,
            },
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
                render(
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
        documents.append((word_file, document))
        ad = job_ad(catalog, view, labels)
        ad_page = job_ad_page(view.role.id)
        pages.append(
            GeneratedPage(
                ad_page,
                render(
                    "job_ad.md.j2",
                    ad_page,
                    labels,
                    ad=ad,
                    markdown=Markup(ad.markdown(page=True)),
                    data={
                        "markdown": ad.markdown(),
                        "text": ad.text(),
                        "file": ad.file_stem,
                        "texts": labels["job_ad"]["texts"],
                    },
                ),
                view.source_file,
                in_navigation=False,
            )
        )
    jobs = [
        FileJob(
            tuple(path for path, _ in documents), docx_files, (tuple(documents), labels["document"])
        ),
        FileJob(api_paths(catalog), api_files, (catalog,)),
        FileJob(
            (DOCUMENT_MARKS_STYLESHEET,),
            document_marks_stylesheet,
            (labels["document"]["marks"], labels["provenance"]["document_mark"]),
        ),
    ]
    return SiteContent(pages, jobs)


def extra_pages(
    catalog: Catalog, views: list[RoleView], render: PageRenderer, labels: dict[str, Any]
) -> list[GeneratedPage]:
    """The candidate self-check, the registers, the glossary and the API's description."""
    registers = labels["registers"]
    pages = [
        GeneratedPage(
            FIT_PAGE,
            render(
                "fit.md.j2",
                FIT_PAGE,
                labels,
                data=fit_data(catalog, labels),
                vocabulary=catalog.vocabulary,
            ),
        ),
        GeneratedPage(
            GLOSSARY_PAGE,
            render("glossary.md.j2", GLOSSARY_PAGE, labels, terms=catalog.glossary),
        ),
        GeneratedPage(
            REGISTERS_PAGE,
            render(
                "register_index.md.j2",
                REGISTERS_PAGE,
                labels,
                registers=[
                    (SKILLS_PAGE, registers["skills"], len(catalog.vocabulary.skills)),
                    (QUALITIES_PAGE, registers["qualities"], len(catalog.vocabulary.qualities)),
                    (DUTY_AREAS_PAGE, registers["duty_areas"], len(catalog.vocabulary.duty_areas)),
                    (GLOSSARY_PAGE, registers["glossary"], len(catalog.glossary)),
                ],
            ),
        ),
    ]
    for page, kind, texts in (
        (SKILLS_PAGE, "skills", registers["skills"]),
        (QUALITIES_PAGE, "qualities", registers["qualities"]),
    ):
        entries = term_entries(catalog, views, kind, page)
        pages.append(
            GeneratedPage(
                page,
                render(
                    "register_terms.md.j2",
                    page,
                    labels,
                    R=texts,
                    entries=entries,
                    areas=False,
                ),
            )
        )
    pages.append(
        GeneratedPage(
            DUTY_AREAS_PAGE,
            render(
                "register_terms.md.j2",
                DUTY_AREAS_PAGE,
                labels,
                R=registers["duty_areas"],
                entries=duty_area_entries(catalog, views, DUTY_AREAS_PAGE),
                areas=True,
            ),
        )
    )
    if catalog.roles:
        example = json.dumps(_shortened(role_entry(catalog.roles[0])), ensure_ascii=False, indent=2)
        pages.append(
            GeneratedPage(
                API_PAGE,
                render(
                    "api.md.j2",
                    API_PAGE,
                    labels,
                    example=Markup(example),  # inside a code block: shown as it is
                    example_id=catalog.roles[0].id,
                    format_version=FORMAT_VERSION,
                ),
            )
        )
    return pages


def fit_data(catalog: Catalog, labels: dict[str, Any]) -> dict[str, Any]:
    """What the self-check's script needs: each role's requirements, and the names of terms
    as they read inside its sentences ("Utbildning: rollen kräver högskoleexamen")."""
    vocabulary = catalog.vocabulary

    def names(kind: str) -> dict[str, str]:
        return {term.id: in_sentence(term.label) for term in getattr(vocabulary, kind)}

    roles = fit_roles(catalog)
    for entry, role in zip(roles, catalog.roles, strict=True):
        entry["title"] = role.title
        entry["url"] = url_link(FIT_PAGE, role_page(role.id))
    return {
        "roles": roles,
        "native_language": vocabulary.languages[0].id,
        "education_levels": [in_sentence(level.label) for level in vocabulary.education_levels],
        "names": {
            "experience_fields": names("experience_fields"),
            "languages": names("languages"),
            "skills": names("skills"),
            "qualities": names("qualities"),
        },
        "texts": labels["fit"]["texts"],
    }


def _shortened(entry: dict[str, Any]) -> dict[str, Any]:
    """An API entry for the example: lists cut to their first item, long texts cut."""

    def cut(value: Any) -> Any:
        if isinstance(value, list):
            return [cut(item) for item in value[:1]]
        if isinstance(value, dict):
            return {key: cut(item) for key, item in value.items()}
        if isinstance(value, str) and len(value) > 60:
            return value[:57] + "…"
        return value

    return cut(entry)


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
