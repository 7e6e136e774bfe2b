"""Comparing roles item by item: shared and one-sided terms, the stricter requirement, pay.

Pure functions over the catalog. The comparison page's script repeats the same few rules
in the browser (compare.js) for the roles a reader picks; the browser tests hold the two
to the same results.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from rollguiden.engines.typical_month import engine_model, typical_monthly_pay
from rollguiden.model import Role, Term
from rollguiden.model.vocabulary import VocabularyKind
from rollguiden.reading.catalog import Catalog

SET_DIMENSIONS: tuple[tuple[str, VocabularyKind], ...] = (
    ("skills", "skills"),
    ("qualities", "qualities"),
    ("duty_areas", "duty_areas"),
    ("rights", "right_kinds"),
)
"""What is compared as sets of vocabulary terms, and the vocabulary each draws on."""

Side = Literal["a", "b"]


@dataclass(frozen=True)
class SetDifference:
    """Terms both roles have, and those only one of them has, in vocabulary order."""

    shared: tuple[Term, ...]
    only_a: tuple[Term, ...]
    only_b: tuple[Term, ...]


@dataclass(frozen=True)
class Stricter:
    """Which role asks more (None: equal), with both roles' values in words."""

    stricter: Side | None
    a: str
    b: str


@dataclass(frozen=True)
class PayDifference:
    typical_a: float | None
    typical_b: float | None
    """Total monthly pay at 100 % of plan, or None when a role has no pay model."""

    @property
    def difference(self) -> float | None:
        if self.typical_a is None or self.typical_b is None:
            return None
        return self.typical_a - self.typical_b


@dataclass(frozen=True)
class PairComparison:
    a: Role
    b: Role
    sets: dict[str, SetDifference]
    education: Stricter
    experience: Stricter
    pay: PayDifference


def term_ids(role: Role, dimension: str) -> list[str]:
    """The ids a role holds for a set dimension, each once, in the role's own order."""
    if dimension == "skills":
        ids = role.requirements.skills
    elif dimension == "qualities":
        ids = role.requirements.qualities
    elif dimension == "duty_areas":
        ids = [duty.area for duty in role.duties]
    elif dimension == "rights":
        ids = [right.kind for right in role.rights]
    else:
        raise KeyError(dimension)
    return list(dict.fromkeys(ids))


def set_difference(a_ids: list[str], b_ids: list[str], terms: list[Term]) -> SetDifference:
    a, b = set(a_ids), set(b_ids)
    return SetDifference(
        shared=tuple(term for term in terms if term.id in a and term.id in b),
        only_a=tuple(term for term in terms if term.id in a and term.id not in b),
        only_b=tuple(term for term in terms if term.id in b and term.id not in a),
    )


def stricter(a_rank: float, b_rank: float) -> Side | None:
    if a_rank == b_rank:
        return None
    return "a" if a_rank > b_rank else "b"


def role_typical_pay(role: Role, default_currency: str) -> float | None:
    """Total pay in the role's typical month, or None when the role has no pay model."""
    if role.pay is None:
        return None
    return typical_monthly_pay(engine_model(role.pay, default_currency))


def compare_pair(catalog: Catalog, a: Role, b: Role) -> PairComparison:
    vocabulary = catalog.vocabulary
    sets = {
        dimension: set_difference(
            term_ids(a, dimension), term_ids(b, dimension), getattr(vocabulary, kind)
        )
        for dimension, kind in SET_DIMENSIONS
    }
    levels = vocabulary.terms("education_levels")
    education_a = a.requirements.education.level
    education_b = b.requirements.education.level
    years_a = a.requirements.experience.min_years
    years_b = b.requirements.experience.min_years
    rank_a = vocabulary.education_rank(education_a)
    rank_b = vocabulary.education_rank(education_b)
    currency = catalog.organisation.currency
    return PairComparison(
        a=a,
        b=b,
        sets=sets,
        education=Stricter(
            stricter(rank_a, rank_b),
            levels[education_a].label,
            levels[education_b].label,
        ),
        experience=Stricter(stricter(years_a, years_b), str(years_a), str(years_b)),
        pay=PayDifference(role_typical_pay(a, currency), role_typical_pay(b, currency)),
    )
