"""What the templates print, derived from the catalog: ids resolved to names, duties grouped
by area, requirement sentences and authorities with their limits completed. Templates only
lay these out."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rollguiden.model import Role, Term
from rollguiden.model.role import Duty, PercentRange, Right
from rollguiden.pages.paths import (
    KEY_CLIENTS_PAGE,
    calculator_link,
    compare_link,
    comparison_page,
    docx_path,
    job_ad_page,
    job_description_page,
    relative_link,
    role_page,
)
from rollguiden.pages.pay_view import PayView, pay_view
from rollguiden.pages.publication import withheld_sentence
from rollguiden.reading.catalog import Catalog
from rollguiden.text.phrases import experience_phrase
from rollguiden.text.swedish import format_number, join, upper_first


@dataclass(frozen=True)
class DutyGroup:
    area: Term
    duties: tuple[Duty, ...]


@dataclass(frozen=True)
class RoleView:
    """One role as its pages show it."""

    role: Role
    page: str
    department: str
    classification: Term
    education: Term
    education_text: str
    experience_text: str
    manager: Role | None
    subordinates: tuple[Role, ...]
    qualities: tuple[Term, ...]
    skills: tuple[Term, ...]
    language_requirements: tuple[tuple[str, str, bool], ...]
    """(name, level, required): ('engelska eller ett annat språk', 'goda kunskaper', True)."""
    languages: tuple[str, ...]
    """'Engelska eller ett annat språk: goda kunskaper (meriterande)'."""
    duty_groups: tuple[DutyGroup, ...]
    governing_documents: tuple[str, ...]
    authorities: tuple[str, ...]
    """What the role may decide or do (3.1, 3.2 …), each with its limit where it has one."""
    source_file: str
    status: str
    pay: PayView | None
    withheld_pay: str | None
    """What the profile says of a pay model whose figures organisation.yml does not publish."""
    featured: tuple[tuple[str, str], ...]
    """The featured comparisons with this role: (slug, title)."""

    def example(self, field_name: str) -> bool:
        """Whether to flag a section as an example; an all-example role is flagged once, on top."""
        provenance = self.role.provenance
        return provenance.basis != "example" and field_name in provenance.example_fields

    @property
    def manager_page(self) -> str | None:
        return role_page(self.manager.id) if self.manager else None

    def link(self, other: Role) -> str:
        return relative_link(self.page, role_page(other.id))

    @property
    def document_link(self) -> str:
        return relative_link(self.page, job_description_page(self.role.id))

    @property
    def job_ad_link(self) -> str:
        return relative_link(self.page, job_ad_page(self.role.id))

    def register_link(self, register_page: str, term_id: str) -> str:
        return f"{relative_link(self.page, register_page)}#{term_id}"

    @property
    def docx_link(self) -> str:
        return relative_link(self.page, docx_path(self.role.id, self.role.document.version))

    @property
    def compare_link(self) -> str:
        """The comparison picker with this role chosen."""
        return compare_link(self.page, [self.role.id])

    def featured_link(self, slug: str) -> str:
        return relative_link(self.page, comparison_page(slug))

    @property
    def calculator_link(self) -> str:
        """The calculator with this role's pay model preset."""
        return calculator_link(self.page, self.role.id)

    @property
    def key_clients_link(self) -> str:
        """The key-client analysis, for a role whose data says what a key client is."""
        return relative_link(self.page, KEY_CLIENTS_PAGE)


def role_view(catalog: Catalog, role: Role, labels: dict[str, Any]) -> RoleView:
    vocabulary = catalog.vocabulary
    education = vocabulary.terms("education_levels")[role.requirements.education.level]
    manager_id = role.reporting.reports_to_role
    return RoleView(
        role=role,
        page=role_page(role.id),
        department=catalog.organisation.department_names()[role.department],
        classification=vocabulary.terms("classifications")[role.classification],
        education=education,
        education_text=_education_text(role, education, labels),
        experience_text=experience_phrase(
            role.requirements.experience.min_years,
            role.requirements.experience.field,
            labels["profile"],
        ),
        manager=catalog.role(manager_id) if manager_id else None,
        subordinates=catalog.subordinates(role.id),
        qualities=_terms(vocabulary.terms("qualities"), role.requirements.qualities),
        skills=_terms(vocabulary.terms("skills"), role.requirements.skills),
        language_requirements=(
            languages := _languages(role, vocabulary.terms("languages"), labels)
        ),
        languages=tuple(_language_text(*language, labels) for language in languages),
        duty_groups=_duty_groups(role, vocabulary.duty_areas),
        governing_documents=tuple(role.governing_documents),
        authorities=tuple(authority_text(right, labels) for right in role.rights),
        source_file=catalog.role_files.get(role.id, ""),
        status=labels["status"][role.document.status],
        pay=pay_view(
            role.pay, catalog.organisation.currency, labels, catalog.organisation.pay_rules
        )
        if role.pay
        else None,
        withheld_pay=withheld_sentence(catalog, role.id, labels["publication"]),
        featured=tuple((item.slug, item.title) for item in catalog.featured_with(role.id)),
    )


def percent_range(value: PercentRange, labels: dict[str, Any]) -> str:
    return labels["profile"]["percent_range"].format(
        min=format_number(value.min), max=format_number(value.max)
    )


def _languages(
    role: Role, names: dict[str, Term], labels: dict[str, Any]
) -> tuple[tuple[str, str, bool], ...]:
    result = []
    for language in role.requirements.languages:
        name = names[language.language].label
        if language.or_other_foreign:
            name += labels["profile"]["or_other_foreign"]
        result.append((name, language.level, language.required))
    return tuple(result)


def _language_text(name: str, level: str, required: bool, labels: dict[str, Any]) -> str:
    text = f"{upper_first(name)}: {level}"
    return text if required else f"{text} ({labels['profile']['language_optional']})"


def _terms(index: dict[str, Term], ids: list[str]) -> tuple[Term, ...]:
    return tuple(index[term_id] for term_id in ids)


def _duty_groups(role: Role, areas: list[Term]) -> tuple[DutyGroup, ...]:
    """Duties under their areas, areas in vocabulary order, duties in number order."""
    groups = []
    for area in areas:
        duties = tuple(duty for duty in role.duties if duty.area == area.id)
        if duties:
            groups.append(DutyGroup(area=area, duties=duties))
    return tuple(groups)


def _education_text(role: Role, education: Term, labels: dict[str, Any]) -> str:
    fields = role.requirements.education.fields
    if not fields:
        return education.label
    return labels["profile"]["education_with_fields"].format(
        level=education.label, fields=join(fields, labels["words"]["or"])
    )


def authority_text(right: Right, labels: dict[str, Any]) -> str:
    """An authority and its limit as one sentence: 'Beslutar om rabatt (upp till 10 %).'"""
    if right.limit is None:
        return right.text
    return labels["profile"]["authority_limit"].format(
        text=right.text.rstrip("."), limit=right.limit.rstrip(".")
    )
