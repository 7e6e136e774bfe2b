"""The validated data as one object: organisation, vocabulary and roles, with lookups."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from rollguiden.model import (
    FeaturedComparison,
    GlossaryTerm,
    JobEvaluationPlan,
    Organisation,
    Role,
    Vocabulary,
)
from rollguiden.text.swedish import sort_key


@dataclass(frozen=True)
class PayRange:
    """A base salary's range in its currency: what the site shows of a pay model that
    organisation.yml publishes as ranges only."""

    min: float
    max: float
    currency: str


@dataclass(frozen=True)
class Catalog:
    """Everything in data/, validated and cross-checked; roles in Swedish alphabetical order."""

    organisation: Organisation
    vocabulary: Vocabulary
    roles: tuple[Role, ...]
    role_files: dict[str, str] = field(default_factory=dict)
    """Role id → the role's YAML file relative to the data folder's parent, such as
    `data/roles/kam.yml`: what the reader is told to edit, and the edit link's target."""
    comparisons: tuple[FeaturedComparison, ...] = ()
    """The featured comparisons, in the order data/comparisons.yml lists them."""
    glossary: tuple[GlossaryTerm, ...] = ()
    job_evaluation: JobEvaluationPlan | None = None
    """The factor plan of data/job_evaluation.yml; None without the file."""
    withheld_pay: dict[str, PayRange | None] = field(default_factory=dict)
    """Role id → its base salary, for the roles whose pay model organisation.yml's
    pay_publication keeps off the site (pages/publication.py): the range under `ranges`,
    None under `none`. Their `pay` is None in `roles`."""

    @classmethod
    def create(
        cls,
        organisation: Organisation,
        vocabulary: Vocabulary,
        roles: list[Role],
        role_files: dict[str, str],
        comparisons: list[FeaturedComparison] | None = None,
        glossary: list[GlossaryTerm] | None = None,
        job_evaluation: JobEvaluationPlan | None = None,
    ) -> Catalog:
        ordered = tuple(sorted(roles, key=lambda role: (sort_key(role.title), role.id)))
        return cls(
            organisation,
            vocabulary,
            ordered,
            dict(role_files),
            tuple(comparisons or ()),
            tuple(sorted(glossary or (), key=lambda term: sort_key(term.term))),
            job_evaluation,
        )

    @functools.cached_property
    def _by_id(self) -> dict[str, Role]:
        return {role.id: role for role in self.roles}

    def role(self, role_id: str) -> Role:
        return self._by_id[role_id]

    def featured_with(self, role_id: str) -> tuple[FeaturedComparison, ...]:
        """The featured comparisons a role takes part in."""
        return tuple(item for item in self.comparisons if role_id in item.roles)

    def subordinates(self, role_id: str) -> tuple[Role, ...]:
        """Roles whose reporting line names `role_id` as their manager."""
        return tuple(role for role in self.roles if role.reporting.reports_to_role == role_id)
