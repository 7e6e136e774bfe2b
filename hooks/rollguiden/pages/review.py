"""The worklist for the people who own the content: what is marked as an example, which job
descriptions do not apply yet, which roles are due for review, which vocabulary terms no
role uses. Computed from the data; the page /om-rollguiden/att-granska/ and the command
`rollguiden review` show the same list."""

from __future__ import annotations

import datetime
import posixpath
import re
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any
from urllib.parse import urlsplit

from rollguiden.pages.job_ad import JobAd, job_ad
from rollguiden.pages.page import Page
from rollguiden.pages.paths import (
    REVIEW_PAGE,
    example_anchor,
    job_ad_page,
    job_description_page,
    role_page,
)
from rollguiden.pages.views import role_view
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.errors import Issue
from rollguiden.text.swedish import join

UNUSED_TERM_KINDS = ("skills", "qualities", "duty_areas", "right_kinds", "experience_fields")
"""Vocabulary kinds whose terms are there to be used by roles. Education levels form a scale
and languages a list to choose from: an unused one of those is no loose end."""

_SECTION_OF_FIELD = {
    "reporting": "organisation",
    "governing_documents": "governing_documents",
    "tasks": "tasks",
    "responsibilities": "responsibilities",
    "key_clients": "key_clients",
    "requirements": "requirements",
    "duties": "duties",
    "rights": "rights",
    "kpis": "kpis",
    "conditions": "conditions",
    "competences": "competences",
    "compensation": "compensation",
    "career": "career",
    "pros": "pros_cons",
    "cons": "pros_cons",
    "sections": "sections",
}
"""A field's section on the profile (labels profile.sections), where its notice stands."""


@dataclass(frozen=True)
class Task:
    """One thing to review: what, where on the site it shows, and which file to edit."""

    text: str
    file: str
    page: str | None = None
    anchor: str = ""


@dataclass(frozen=True)
class TaskGroup:
    key: str
    heading: str
    intro: str
    tasks: tuple[Task, ...]


def review_page(
    catalog: Catalog,
    notices: tuple[Issue, ...],
    labels: dict[str, Any],
    today: datetime.date,
    ads: dict[str, JobAd] | None = None,
    repo_url: str | None = None,
) -> list[Page]:
    """The worklist as a page; `notices` are the warnings from reading the data, `ads` each
    role's job ad where the site has made them already."""
    groups = worklist(catalog, notices, labels, today, ads, repo_url)
    return [Page(REVIEW_PAGE, "review.md.j2", {"groups": groups, "today": today.isoformat()})]


def worklist(
    catalog: Catalog,
    notices: tuple[Issue, ...],
    labels: dict[str, Any],
    today: datetime.date,
    ads: dict[str, JobAd] | None = None,
    repo_url: str | None = None,
) -> tuple[TaskGroup, ...]:
    """The groups of the worklist that have something in them, in a fixed order; `repo_url`
    is mkdocs.yml's address of the Git server, named while it is a placeholder."""
    texts = labels["review"]
    if ads is None:
        ads = {
            role.id: job_ad(catalog, role_view(catalog, role, labels), labels)
            for role in catalog.roles
        }
    groups = {
        "roles": () if catalog.roles else (Task(texts["tasks"]["first_role"], ROLES_FOLDER),),
        "site": _site_settings(repo_url, texts),
        "organisation": _organisation_examples(catalog, texts),
        "examples": _examples(catalog, labels),
        "documents": _documents(catalog, texts, today),
        "review_due": _review_due(catalog, texts, today),
        "highlights": _no_highlights(catalog, texts),
        "job_ads": _job_ad_facts(catalog, texts, ads),
        # before the first role every term is unused: the list would say nothing
        "pay_in_text": _amounts_in_pay_texts(catalog, texts),
        "unused_terms": _unused_terms(catalog, texts) if catalog.roles else (),
        "numbering": _numbering(catalog, notices),
        "codes": _codes(catalog, texts),
        "job_evaluation": _job_evaluation(catalog, texts),
    }
    return tuple(
        TaskGroup(key, texts["groups"][key]["heading"], texts["groups"][key]["intro"], tasks)
        for key, tasks in groups.items()
        if tasks
    )


ORGANISATION_FILE = "data/organisation.yml"
ROLES_FOLDER = "data/roles/"
PLAN_FILE = "data/job_evaluation.yml"
SITE_SETTINGS_FILE = "mkdocs.yml"
# the names kept for examples (RFC 2606): an address there leads nowhere
_PLACEHOLDER_HOSTS = re.compile(r"(^|\.)(example|invalid|localhost|example\.(com|net|org))$")


def is_placeholder_address(url: str | None) -> bool:
    """True for an address on a name kept for examples, such as git.intranet.example."""
    host = urlsplit(url or "").hostname or ""
    return bool(host) and bool(_PLACEHOLDER_HOSTS.search(host))


def _site_settings(repo_url: str | None, texts: dict[str, Any]) -> tuple[Task, ...]:
    if not is_placeholder_address(repo_url):
        return ()
    return (Task(texts["tasks"]["placeholder_repo"].format(url=repo_url), SITE_SETTINGS_FILE),)


def _organisation_examples(catalog: Catalog, texts: dict[str, Any]) -> tuple[Task, ...]:
    """The settings in organisation.yml that are examples (example: true), each with what to
    do: they hold for every role, so they come first."""
    organisation = catalog.organisation
    settings: list[tuple[str, object]] = [
        ("job_ads", organisation.job_ads),
        ("manager_tasks", organisation.manager_tasks),
        ("employee_work_environment", organisation.employee_work_environment),
        ("key_client_capacity", organisation.key_client_capacity),
        ("pay_policy", organisation.pay_policy),
    ]
    if organisation.pay_rules is not None:
        rules = organisation.pay_rules
        settings += [
            ("pay_rules.holiday_pay", rules.holiday_pay),
            ("pay_rules.pension_tax", rules.pension_tax),
            ("pay_rules.employer_contributions", rules.employer_contributions),
            ("pay_rules.pension", rules.pension),
        ]
    words = texts["organisation_settings"]
    return tuple(
        Task(texts["tasks"]["organisation_example"].format(what=words[name], field=name),
             ORGANISATION_FILE)
        for name, setting in settings
        if setting is not None and getattr(setting, "example", False)
    )  # fmt: skip


def _examples(catalog: Catalog, labels: dict[str, Any]) -> tuple[Task, ...]:
    texts = labels["review"]
    tasks = []
    for role in catalog.roles:
        file = catalog.role_files[role.id]
        provenance = role.provenance
        if role.document.status == "approved" and (
            provenance.basis == "example" or provenance.example_fields
        ):
            # approved: the job description carries no marks, so the list says it, once
            anchor = example_anchor(None)
            if provenance.basis == "example":
                text = texts["tasks"]["approved_example_role"].format(title=role.title)
            else:
                first = provenance.example_fields[0]
                anchor = (
                    example_anchor(first) if first in _SECTION_OF_FIELD or first == "pay" else ""
                )
                names = [_section_name(name, labels) for name in provenance.example_fields]
                text = texts["tasks"]["approved_example_fields"].format(
                    title=role.title, fields=", ".join(dict.fromkeys(names))
                )
            tasks.append(Task(text, file, role_page(role.id), anchor))
            continue
        if role.provenance.basis == "example":
            text = texts["tasks"]["example_role"].format(title=role.title)
            tasks.append(Task(text, file, role_page(role.id), example_anchor(None)))
            continue
        for name in role.provenance.example_fields:
            section = _section_name(name, labels)
            text = texts["tasks"]["example_field"].format(title=role.title, section=section)
            anchor = example_anchor(name) if name in _SECTION_OF_FIELD or name == "pay" else ""
            tasks.append(Task(text, file, role_page(role.id), anchor))
    return tuple(tasks)


# an amount of money in a text: 35 000 kr, 35000 kronor, 1,5 mkr, 500 SEK
_AMOUNT = re.compile(
    r"\d[\d\u00a0\u202f ]*(?:,\d+)?\s*(?:kr\b|kronor\b|tkr\b|mkr\b|SEK\b)", re.IGNORECASE
)


def _amounts_in_pay_texts(catalog: Catalog, texts: dict[str, Any]) -> tuple[Task, ...]:
    """Where organisation.yml publishes a range only, or no figure, an amount written in a
    role's text about its pay, or in its job ad's own words, would still reach every reader:
    each such field, once per role."""
    level = catalog.organisation.pay_publication
    if level == "all":
        return ()
    tasks = []
    for role in catalog.roles:
        written = {
            "compensation": [role.compensation.summary, *role.compensation.points]
            if role.compensation is not None
            else [],
            "pitch": [role.job_ad.pitch] if role.job_ad and role.job_ad.pitch else [],
        }
        for where, pieces in written.items():
            found = next((hit for text in pieces if (hit := _AMOUNT.search(text))), None)
            if found:
                message = texts["tasks"]["amount_in_pay_text"].format(
                    title=role.title,
                    where=texts["amount_where"][where],
                    amount=found.group(0).strip(),
                    level=level,
                )
                tasks.append(Task(message, catalog.role_files[role.id], role_page(role.id)))
    return tuple(tasks)


def _section_name(field_name: str, labels: dict[str, Any]) -> str:
    if field_name == "pay":
        return labels["pay"]["heading"].lower()
    section = _SECTION_OF_FIELD.get(field_name)
    if section is not None:
        return labels["profile"]["sections"][section].lower()
    return labels["review"]["fields"].get(field_name, field_name)


def _documents(catalog: Catalog, texts: dict[str, Any], today: datetime.date) -> tuple[Task, ...]:
    tasks = []
    for role in catalog.roles:
        document = role.document
        if document.status != "approved":
            text = texts["tasks"][document.status].format(title=role.title)
        elif document.effective_date and document.effective_date > today:
            text = texts["tasks"]["not_yet_effective"].format(
                title=role.title, date=document.effective_date.isoformat()
            )
        else:
            continue
        tasks.append(Task(text, catalog.role_files[role.id], job_description_page(role.id)))
    return tuple(tasks)


def _review_due(catalog: Catalog, texts: dict[str, Any], today: datetime.date) -> tuple[Task, ...]:
    return tuple(
        Task(
            texts["tasks"]["review_due"].format(
                title=role.title, date=role.document.review_by.isoformat()
            ),
            catalog.role_files[role.id],
            role_page(role.id),
        )
        for role in catalog.roles
        if role.document.review_by is not None and role.document.review_by < today
    )


def _no_highlights(catalog: Catalog, texts: dict[str, Any]) -> tuple[Task, ...]:
    return tuple(
        Task(
            texts["tasks"]["no_highlights"].format(title=role.title),
            catalog.role_files[role.id],
            role_page(role.id),
        )
        for role in catalog.roles
        if not any(duty.highlight for duty in role.duties)
    )


def _job_ad_facts(
    catalog: Catalog, texts: dict[str, Any], ads: dict[str, JobAd]
) -> tuple[Task, ...]:
    """Ads with a placeholder: the facts to give, in organisation.yml (job_ads) for every
    ad or in the role's job_ad for its own."""
    return tuple(
        Task(
            texts["tasks"]["job_ad_missing"].format(
                title=role.title, facts=join(list(ads[role.id].missing))
            ),
            catalog.role_files[role.id],
            job_ad_page(role.id),
        )
        for role in catalog.roles
        if ads[role.id].missing
    )


def _unused_terms(catalog: Catalog, texts: dict[str, Any]) -> tuple[Task, ...]:
    used: dict[str, set[str]] = {kind: set() for kind in UNUSED_TERM_KINDS}
    for role in catalog.roles:
        used["skills"].update(role.requirements.skills)
        used["qualities"].update(role.requirements.qualities)
        used["duty_areas"].update(duty.area for duty in role.duties)
        used["right_kinds"].update(right.kind for right in role.rights)
        used["experience_fields"].update(role.requirements.experience.accepted_fields)
    return tuple(
        Task(
            texts["tasks"]["unused_term"].format(
                kind=texts["kinds"][kind], label=term.label, id=term.id
            ),
            _vocabulary_file(catalog),
        )
        for kind in UNUSED_TERM_KINDS
        for term in getattr(catalog.vocabulary, kind)
        if term.id not in used[kind]
    )


def _numbering(catalog: Catalog, notices: tuple[Issue, ...]) -> tuple[Task, ...]:
    tasks = []
    for notice in notices:
        role_id = PurePath(notice.file).stem
        if role_id not in catalog.role_files:
            continue  # a role left out for its errors: validate lists those
        role = catalog.role(role_id)
        where = f":{notice.line}" if notice.line else ""
        text = f"{role.title}: {notice.message}"
        tasks.append(Task(text, f"{catalog.role_files[role_id]}{where}", role_page(role_id)))
    return tuple(tasks)


def _codes(catalog: Catalog, texts: dict[str, Any]) -> tuple[Task, ...]:
    tasks = []
    for role in catalog.roles:
        file, page = catalog.role_files[role.id], role_page(role.id)
        codes = role.occupation_codes
        if codes is None:
            tasks.append(Task(texts["tasks"]["no_ssyk"].format(title=role.title), file, page))
            continue
        unverified = [("SSYK", f"{codes.ssyk.code} {codes.ssyk.name}", codes.ssyk.verified)]
        if codes.esco is not None:
            unverified.append(("ESCO", codes.esco.name, codes.esco.verified))
        for scheme, code, verified in unverified:
            if not verified:
                text = texts["tasks"]["unverified_code"].format(
                    title=role.title, scheme=scheme, code=code
                )
                tasks.append(Task(text, file, page))
    return tuple(tasks)


def _job_evaluation(catalog: Catalog, texts: dict[str, Any]) -> tuple[Task, ...]:
    """The factor plan while it is an example, the roles it cannot score yet, and the
    sub-criteria no role has a level on."""
    plan = catalog.job_evaluation
    if plan is None:
        return ()
    tasks = [Task(texts["tasks"]["plan_example"], PLAN_FILE)] if plan.example else []
    used: set[str] = set()
    for role in catalog.roles:
        levels = role.job_evaluation.levels if role.job_evaluation else {}
        used.update(levels)
        missing = [sub.name for sub in plan.sub_criteria if sub.id not in levels]
        if missing:
            forms = texts["tasks"]["levels_missing"]
            text = (forms["one"] if len(missing) == 1 else forms["other"]).format(
                title=role.title, names=join(missing)
            )
            tasks.append(Task(text, catalog.role_files[role.id], role_page(role.id)))
    tasks += [
        Task(texts["tasks"]["sub_criterion_unused"].format(name=sub.name, id=sub.id), PLAN_FILE)
        for sub in plan.sub_criteria
        if catalog.roles and sub.id not in used
    ]
    return tuple(tasks)


def _vocabulary_file(catalog: Catalog) -> str:
    """data/vocabulary.yml, named the way the role files are (relative to the data's parent)."""
    any_role = next(iter(catalog.role_files.values()), "roles/x.yml")
    return posixpath.join(posixpath.dirname(posixpath.dirname(any_role)), "vocabulary.yml")
