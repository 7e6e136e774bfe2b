"""A role's formal job description (arbetsbeskrivning) as data: the approval block, the
departments that review it, the four numbered sections and the acknowledgement sheet.

Both the web page and the Word file are drawn from this one structure, so they hold the
same items in the same order, and both come from the same role data as the profile page.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from rollguiden.pages.numbering import point_number, section_number
from rollguiden.pages.paths import docx_path
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog
from rollguiden.text.phrases import experience_phrase
from rollguiden.text.swedish import in_sentence, join

ACKNOWLEDGEMENT_ROWS = 8


@dataclass(frozen=True)
class Item:
    """A numbered point such as 2.13, with an optional list under it."""

    number: str
    text: str
    items: tuple[str, ...] = ()
    example: bool = False
    """Not from the source: an example for the organisation to review."""


@dataclass(frozen=True)
class Section:
    number: int
    heading: str
    intro: str
    items: tuple[Item, ...]
    example: bool = False


@dataclass(frozen=True)
class Approval:
    """The block at the top right: who approves, and their name and date once signed."""

    heading: str
    approver_title: str
    name: str | None
    date: str | None


@dataclass(frozen=True)
class JobDescription:
    role_id: str
    title: str
    organisation: str
    approval: Approval
    reviewed_heading: str
    reviewers: tuple[str, ...]
    sections: tuple[Section, ...]
    metadata: tuple[tuple[str, str], ...]
    status: str
    draft_mark: str | None
    """UTKAST or PÅ REMISS until the document is approved."""
    example_mark: str | None
    """EXEMPEL ATT GRANSKA when the whole role is an example, on every printed page."""
    example_badge: str
    """The words that mark a single item or section as an example."""
    acknowledgement_heading: str
    acknowledgement_text: str
    acknowledgement_columns: tuple[str, ...]
    acknowledgement_rows: int
    file_name: str
    """The Word file: names that sort by role and say their version."""


def job_description(catalog: Catalog, view: RoleView, labels: dict[str, Any]) -> JobDescription:
    texts = labels["document"]
    role = view.role
    document = role.document
    organisation = catalog.organisation
    departments = organisation.department_names()
    reviewers = [departments[d] for d in organisation.approval.reviewer_departments]
    if departments[role.department] not in reviewers:
        reviewers.append(departments[role.department])

    approved = document.status == "approved"
    metadata = [
        (texts["version"], document.version),
        (texts["status"], labels["status"][document.status]),
        (
            texts["effective_date"],
            document.effective_date.isoformat() if document.effective_date else texts["not_set"],
        ),
        (texts["approved_by"], document.approved_by or texts["not_set"]),
    ]
    return JobDescription(
        role_id=role.id,
        title=texts["title"].format(title=in_sentence(role.title)),
        organisation=organisation.name,
        approval=Approval(
            heading=texts["approved_heading"],
            approver_title=organisation.approval.approver_title,
            name=document.approved_by if approved else None,
            date=document.approved_on.isoformat() if approved and document.approved_on else None,
        ),
        reviewed_heading=texts["reviewed_heading"],
        reviewers=tuple(reviewers),
        sections=(
            _general_provisions(catalog, view, labels),
            _numbered_section(
                "duties", view, texts, [(duty.number, duty.text) for duty in role.duties]
            ),
            _numbered_section("rights", view, texts, enumerate((r.text for r in role.rights), 1)),
            _numbered_section("liabilities", view, texts, enumerate(view.liabilities, 1)),
        ),
        metadata=tuple(metadata),
        status=document.status,
        draft_mark=None if approved else texts["marks"][document.status],
        example_mark=labels["provenance"]["document_mark"]
        if role.provenance.basis == "example"
        else None,
        example_badge=labels["provenance"]["badge"],
        acknowledgement_heading=texts["acknowledgement_heading"],
        acknowledgement_text=texts["acknowledgement_text"].format(title=in_sentence(role.title)),
        acknowledgement_columns=tuple(texts["acknowledgement_columns"]),
        acknowledgement_rows=ACKNOWLEDGEMENT_ROWS,
        file_name=posixpath.basename(docx_path(role.id, document.version)),
    )


def _numbered_section(
    kind: str, view: RoleView, texts: dict[str, Any], points: Iterable[tuple[int, str]]
) -> Section:
    """Duties, rights or liabilities: the heading, the intro naming the role, the points."""
    return Section(
        section_number(kind),
        texts["sections"][kind],
        texts[f"{kind}_intro"].format(title=view.role.title),
        tuple(Item(point_number(kind, number), text) for number, text in points),
        view.example(kind),
    )


def _general_provisions(catalog: Catalog, view: RoleView, labels: dict[str, Any]) -> Section:
    texts = labels["document"]
    role = view.role
    requirements = role.requirements
    experience = requirements.experience
    experience_text = experience_phrase(experience.min_years, experience.field, texts)
    requirement_items = [
        texts["skills"].format(items=join([term.label.lower() for term in view.skills])),
        texts["qualities"].format(items=join([term.label.lower() for term in view.qualities])),
    ]
    if view.language_requirements:
        spoken = [
            texts["language" if required else "language_optional"].format(
                name=in_sentence(name), level=level
            )
            for name, level, required in view.language_requirements
        ]
        requirement_items.append(texts["languages"].format(items=join(spoken)))
    items = (
        Item(
            point_number("general", 1),
            texts["classification"].format(
                title=in_sentence(role.title), classification=view.classification.label.lower()
            ),
            example=view.example("classification"),
        ),
        Item(
            point_number("general", 2),
            role.reporting.appointed_by,
            example=view.example("reporting"),
        ),
        Item(
            point_number("general", 3),
            texts["reports_to"].format(title=role.title, manager=role.reporting.reports_to),
            example=view.example("reporting"),
        ),
        Item(point_number("general", 4), role.reporting.deputy, example=view.example("reporting")),
        Item(
            point_number("general", 5),
            texts["requirements"].format(
                title=in_sentence(role.title),
                education=view.education_text[:1].lower() + view.education_text[1:],
            )
            + " "
            + experience_text,
            tuple(requirement_items),
            example=view.example("requirements"),
        ),
        Item(
            point_number("general", 6),
            texts["governing"].format(title=role.title),
            view.governing_documents,
            example=view.example("governing_documents"),
        ),
    )
    return Section(section_number("general"), texts["sections"]["general"], "", items)
