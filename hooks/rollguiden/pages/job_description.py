"""A role's formal job description (arbetsbeskrivning) in the Swedish model, as data: its
purpose and place, the duties in number order, what it answers for and may decide, its goals
and how they are followed up, the kravprofil, special conditions, a manager's work-environment
and personnel tasks, and who fastställde it and when it was gone through with the employee.

Both the web page and the Word file are drawn from this one structure, so they hold the
same items in the same order, and both come from the same role data as the profile page.
"""

from __future__ import annotations

import dataclasses
import datetime
import posixpath
from dataclasses import dataclass
from typing import Any

from rollguiden.pages.numbering import point_number, section_number
from rollguiden.pages.paths import docx_path
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog
from rollguiden.text.phrases import experience_phrase, with_note
from rollguiden.text.swedish import in_sentence, join, upper_first


@dataclass(frozen=True)
class Item:
    """A point such as 2.13 (or, without a number, a line of a list), with a list under it."""

    number: str | None
    text: str
    items: tuple[str, ...] = ()
    example: bool = False
    """An example for the organisation to review."""


@dataclass(frozen=True)
class Part:
    """A group of a section: an optional heading and lead, then its points."""

    heading: str | None
    intro: str | None
    items: tuple[Item, ...]
    example: bool = False


@dataclass(frozen=True)
class Section:
    number: int
    heading: str
    parts: tuple[Part, ...]
    example: bool = False
    note: str | None = None
    """A sentence under the section, such as what its tasks rest on."""


@dataclass(frozen=True)
class Signatures:
    """A block to sign: a heading, then each line's label with its value, or none to fill in."""

    heading: str
    lines: tuple[tuple[str, str | None], ...]


@dataclass(frozen=True)
class JobDescription:
    role_id: str
    title: str
    organisation: str
    metadata: tuple[tuple[str, str], ...]
    sections: tuple[Section, ...]
    approval: Signatures
    """Fastställd av närmaste chef: name and date once done, lines until then."""
    review: Signatures
    """Gone through with the employee: both sign, by hand."""
    review_note: str
    footer: str
    """The role and the version, at the foot of every printed page."""
    page_words: tuple[str, str]
    """'Sida' and 'av': the page number at the foot of every page reads 'Sida 2 av 3'."""
    status: str
    dated: datetime.date | None
    """The day the document was fastställd, or else its latest version's: the Word file's."""
    draft_mark: str | None
    """UTKAST or UNDER GRANSKNING until the document is fastställd."""
    example_mark: str | None
    """EXEMPEL ATT GRANSKA when the whole role is an example, on every printed page."""
    example_badge: str
    """The words that mark a single item or section as an example."""
    file_name: str
    """The Word file: names that sort by role and say their version."""


def job_description(catalog: Catalog, view: RoleView, labels: dict[str, Any]) -> JobDescription:
    texts = labels["document"]
    role = view.role
    document = role.document
    approved = document.status == "approved"
    metadata = (
        (texts["version"], document.version),
        (texts["status"], labels["status"][document.status]),
        (
            texts["effective_date"],
            document.effective_date.isoformat() if document.effective_date else texts["not_set"],
        ),
        (texts["approved_by"], document.approved_by or texts["not_set"]),
    )
    title = texts["title"].format(title=in_sentence(role.title))
    if approved:
        # fastställd by the manager: the document is the organisation's, with no example
        # marks; the worklist still names the fields marked as examples, once (review.py)
        view = dataclasses.replace(
            view,
            role=role.model_copy(
                update={"provenance": role.provenance.model_copy(
                    update={"basis": "own", "example_fields": []})}
            ),
        )  # fmt: skip
    sections = [
        _placement(view, texts),
        _duties(view, texts),
        _authority(view, texts),
        _goals(view, texts),
        _requirements(view, texts),
        _conditions(view, texts),
        _manager(catalog, view, texts),
    ]
    return JobDescription(
        role_id=role.id,
        title=title,
        organisation=catalog.organisation.name,
        metadata=metadata,
        sections=tuple(section for section in sections if section is not None),
        approval=Signatures(
            texts["approval_heading"],
            (
                (texts["name_line"], document.approved_by if approved else None),
                (texts["date_line"], _iso(document.approved_on) if approved else None),
                (texts["signature_line"], None),
            ),
        ),
        review=Signatures(
            texts["review_heading"],
            (
                (texts["employee_name"], None),
                (texts["date_line"], None),
                (texts["employee_signature"], None),
                (texts["manager_signature"], None),
            ),
        ),
        review_note=" ".join(texts["review_note"].split()),
        footer=texts["footer"].format(title=title, version=document.version),
        page_words=(texts["page"], texts["page_of"]),
        status=document.status,
        dated=document.approved_on
        or document.effective_date
        or (document.history[-1].date if document.history else None),
        draft_mark=None if approved else texts["marks"][document.status],
        example_mark=labels["provenance"]["document_mark"]
        if role.provenance.basis == "example" and not approved
        else None,
        example_badge=labels["provenance"]["badge"],
        file_name=posixpath.basename(docx_path(role.id, document.version)),
    )


def _iso(day: datetime.date | None) -> str | None:
    return day.isoformat() if day else None


def _numbered(kind: str, texts: list[str], example: bool = False) -> tuple[Item, ...]:
    return tuple(
        Item(point_number(kind, number), text, example=example)
        for number, text in enumerate(texts, 1)
    )


def _placement(view: RoleView, texts: dict[str, Any]) -> Section:
    """1: why the role exists and where it stands."""
    role = view.role
    reporting = view.example("reporting")
    lines = [
        (texts["purpose"].format(purpose=role.focus), view.example("focus")),
        (texts["department"].format(department=view.department), view.example("department")),
        (texts["reports_to"].format(manager=upper_first(role.reporting.reports_to)), reporting),
    ]
    if view.subordinates:
        titles = [in_sentence(other.title) for other in view.subordinates]
        lines.append((texts["manages"].format(roles=join(titles)), False))
    if role.reporting.staff:
        lines.append((texts["staff"], reporting))
    lines.append((texts["deputy"].format(deputy=role.reporting.deputy), reporting))
    items = tuple(
        Item(point_number("placement", number), text, example=example)
        for number, (text, example) in enumerate(lines, 1)
    )
    return Section(
        section_number("placement"), texts["sections"]["placement"], (Part(None, None, items),)
    )


def _duties(view: RoleView, texts: dict[str, Any]) -> Section:
    """2: the duties in number order. A document is referred to by its points, so they run
    2.1, 2.2, 2.3 down the page; the profile is where they stand under their areas."""
    items = tuple(
        Item(point_number("duties", duty.number), duty.text)
        for duty in sorted(view.role.duties, key=lambda duty: duty.number)
    )
    return Section(
        section_number("duties"),
        texts["sections"]["duties"],
        (Part(None, None, items),),
        example=view.example("duties"),
    )


def _authority(view: RoleView, texts: dict[str, Any]) -> Section:
    """3: what the role answers for as results, and what it may decide or do."""
    role = view.role
    parts = []
    if role.responsibilities:
        results = tuple(Item(None, text) for text in role.responsibilities)
        parts.append(
            Part(
                texts["results_heading"],
                texts["results_intro"],
                results,
                example=view.example("responsibilities"),
            )
        )
    parts.append(
        Part(
            texts["authority_heading"],
            texts["authority_intro"],
            _numbered("authority", list(view.authorities)),
            example=view.example("rights"),
        )
    )
    return Section(section_number("authority"), texts["sections"]["authority"], tuple(parts))


def _goals(view: RoleView, texts: dict[str, Any]) -> Section | None:
    """4: what the role is measured on, and how often that is followed up."""
    role = view.role
    if not role.kpis and not role.follow_up:
        return None
    goals = [
        f"{kpi.name} – {kpi.description}" if kpi.description else kpi.name for kpi in role.kpis
    ]
    parts = [Part(None, texts["goals_intro"], _numbered("goals", goals))] if goals else []
    if role.follow_up:
        parts.append(
            Part(
                texts["follow_up_heading"],
                role.follow_up,  # a paragraph of prose, not a list
                (),
                example=view.example("follow_up"),
            )
        )
    return Section(
        section_number("goals"),
        texts["sections"]["goals"],
        tuple(parts),
        example=view.example("kpis"),
    )


def _requirements(view: RoleView, texts: dict[str, Any]) -> Section:
    """5: the kravprofil, what is required kept apart from what is a merit."""
    role = view.role
    requirements = role.requirements
    experience = requirements.experience
    required = [
        upper_first(with_note(view.education_text, requirements.education.note)),
        experience_phrase(experience.min_years, experience.field, texts),
        *(
            texts["language"].format(name=upper_first(name), level=level)
            for name, level, is_required in view.language_requirements
            if is_required
        ),
        texts["skills"].format(items=join([term.label.lower() for term in view.skills])),
    ]
    merits = [
        *requirements.merits,
        *(
            texts["language"].format(name=upper_first(name), level=level)
            for name, level, is_required in view.language_requirements
            if not is_required
        ),
    ]
    qualities = [f"{term.label} – {term.description}" for term in view.qualities]
    parts = [
        Part(texts["required_heading"], None, tuple(Item(None, text) for text in required)),
        Part(texts["merits_heading"], None, tuple(Item(None, text) for text in merits)),
        Part(texts["qualities_heading"], None, tuple(Item(None, text) for text in qualities)),
    ]
    return Section(
        section_number("requirements"),
        texts["sections"]["requirements"],
        tuple(part for part in parts if part.items),
        example=view.example("requirements"),
    )


def _conditions(view: RoleView, texts: dict[str, Any]) -> Section | None:
    """6: where the work is done, travel and other conditions, and the policies that apply."""
    role = view.role
    conditions = role.conditions
    lines = []
    if conditions is not None:
        if conditions.place_of_work:
            lines.append(texts["place_of_work"].format(place=conditions.place_of_work))
        if conditions.travel:
            lines.append(texts["travel"].format(travel=conditions.travel))
        lines += conditions.other
    parts = []
    if lines:
        parts.append(
            Part(
                None,
                None,
                tuple(Item(None, text) for text in lines),
                example=view.example("conditions"),
            )
        )
    if view.governing_documents:
        parts.append(
            Part(
                texts["governing_heading"],
                texts["governing_intro"],
                tuple(Item(None, text) for text in view.governing_documents),
                example=view.example("governing_documents"),
            )
        )
    if not parts:
        return None
    return Section(section_number("conditions"), texts["sections"]["conditions"], tuple(parts))


def _manager(catalog: Catalog, view: RoleView, texts: dict[str, Any]) -> Section | None:
    """7: for a role with staff, the work-environment tasks the employer distributes to it
    and the personnel tasks, a placeholder where the organisation has not written them; for
    a role without, what every employee does in the work-environment work, where written."""
    if not view.role.reporting.staff:
        return _employee_work_environment(catalog, texts)
    tasks = catalog.organisation.manager_tasks
    if tasks is None:
        missing = Item(None, texts["manager_missing"])
        part = Part(texts["work_environment_heading"], None, (missing,))
        return Section(section_number("manager"), texts["sections"]["manager"], (part,))
    parts = [
        Part(
            texts["work_environment_heading"],
            texts["work_environment_intro"],
            tuple(Item(None, text) for text in tasks.work_environment),
        )
    ]
    if tasks.personnel:
        parts.append(
            Part(
                texts["personnel_heading"],
                None,
                tuple(Item(None, text) for text in tasks.personnel),
            )
        )
    return Section(
        section_number("manager"),
        texts["sections"]["manager"],
        tuple(parts),
        example=tasks.example,
        note=texts["manager_source"].format(source=tasks.source),
    )


def _employee_work_environment(catalog: Catalog, texts: dict[str, Any]) -> Section | None:
    """7 for a role without staff: the employee's part in the work-environment work
    (arbetsmiljölagen 3 kap. 4 §), as the organisation has written it."""
    tasks = catalog.organisation.employee_work_environment
    if tasks is None:
        return None
    part = Part(
        None,
        texts["employee_work_environment_intro"],
        tuple(Item(None, text) for text in tasks.tasks),
    )
    return Section(
        section_number("manager"),
        texts["sections"]["work_environment"],
        (part,),
        example=tasks.example,
        note=texts["manager_source"].format(source=tasks.source),
    )
