"""Comparing two roles item by item: the sentences on the stricter requirement and on pay,
and the terms both roles have or only one of them has.

The definition is implemented twice, here for the featured comparisons' pages and in
docs/assets/javascripts/comparison.js for the pairs a reader picks, and one set of JSON
vectors (tests/vectors/compare.json) holds both to it. A role comes as the picker's data
gives it (`comparison_entry`): JSON-shaped, so the same vectors run on both sides.
"""

from __future__ import annotations

from typing import Any

from rollguiden.engines.typical_month import engine_model, typical_monthly_pay
from rollguiden.model import Role
from rollguiden.model.vocabulary import VocabularyKind
from rollguiden.reading.catalog import Catalog
from rollguiden.text.phrases import experience_phrase
from rollguiden.text.swedish import format_money, format_percent, in_sentence

SET_DIMENSIONS: tuple[tuple[str, VocabularyKind], ...] = (
    ("skills", "skills"),
    ("qualities", "qualities"),
    ("duty_areas", "duty_areas"),
)
"""What is compared as sets of vocabulary terms, and the vocabulary each draws on. A role's
rights are not: their kinds (right_kinds) sort rights for the editor, they do not tell
what a role may decide, so two roles compared by kind read wrong ("only one of them may
dispose of funds" where both attest invoices). The profiles list the rights in full."""


def term_ids(role: Role, dimension: str) -> list[str]:
    """The ids a role holds for a set dimension, each once, in the role's own order."""
    if dimension == "skills":
        ids = role.requirements.skills
    elif dimension == "qualities":
        ids = role.requirements.qualities
    elif dimension == "duty_areas":
        ids = [duty.area for duty in role.duties]
    else:
        raise KeyError(dimension)
    return list(dict.fromkeys(ids))


def role_typical_pay(role: Role, default_currency: str) -> float | None:
    """Total pay in the role's typical month, or None when the role has no pay model."""
    if role.pay is None:
        return None
    return typical_monthly_pay(engine_model(role.pay, default_currency))


def comparison_entry(
    catalog: Catalog,
    role: Role,
    pay_example: bool,
    employer_cost: float | None = None,
    holiday: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A role as the comparison takes it: names as they read inside a sentence, the
    education's rank on the vocabulary's scale, the years, the typical month's pay, what a
    year of such months costs the employer and the holiday rule that year follows
    (`{rule, share, threshold}`; both None without a pay model or the organisation's
    rules), and whether those figures are an example to review."""
    vocabulary = catalog.vocabulary
    education = role.requirements.education.level
    return {
        "id": role.id,
        "title": role.title,
        "name": in_sentence(role.title),
        "sets": {dimension: term_ids(role, dimension) for dimension, _ in SET_DIMENSIONS},
        "education": {
            "rank": vocabulary.education_rank(education),
            "label": in_sentence(vocabulary.terms("education_levels")[education].label),
        },
        "experience": role.requirements.experience.min_years,
        "typical_pay": role_typical_pay(role, catalog.organisation.currency),
        "employer_cost": employer_cost,
        "holiday": holiday,
        "pay_example": pay_example,
    }


def compare_roles(
    a: dict[str, Any],
    b: dict[str, Any],
    terms: dict[str, list[dict[str, str]]],
    texts: dict[str, Any],
    currency: str,
) -> dict[str, Any]:
    """Two roles (`comparison_entry`) side by side. `terms`: each set dimension's vocabulary
    in its order, as {id, label}; `texts`: the labels' `compare` group.

    Returns the requirements as two sentences (education, experience), each set dimension
    as the term ids both have, only a has and only b has (in the vocabulary's order), the
    pay as one sentence, with whether the figures in it are examples to review, and the
    employer's cost of a year as one sentence (None when a role has no such figure), with
    the holiday rule each year follows and why.
    """

    def requirement(line: str, same: str, shown_a: str, shown_b: str, a_rank, b_rank) -> str:
        """Both roles' requirement and which asks more; one requirement said once when both
        ask the same ("Utbildning: högskoleexamen för båda.")."""
        if a_rank == b_rank:
            return texts[same].format(a=shown_a)
        stricter = texts["stricter"].format(role=(a if a_rank > b_rank else b)["name"])
        return f"{texts[line].format(a=shown_a, b=shown_b)} {stricter}"

    def years(role: dict[str, Any]) -> str:
        return experience_phrase(role["experience"], "", texts)

    education = requirement(
        "education_line",
        "education_same",
        a["education"]["label"],
        b["education"]["label"],
        a["education"]["rank"],
        b["education"]["rank"],
    )
    experience = requirement(
        "experience_line", "experience_same", years(a), years(b), a["experience"], b["experience"]
    )
    sets = {}
    for dimension, vocabulary in terms.items():
        in_a, in_b = set(a["sets"][dimension]), set(b["sets"][dimension])
        ordered = [term["id"] for term in vocabulary]
        sets[dimension] = {
            "shared": [term for term in ordered if term in in_a and term in in_b],
            "only_a": [term for term in ordered if term in in_a and term not in in_b],
            "only_b": [term for term in ordered if term in in_b and term not in in_a],
        }

    def amounts(key: str, line: str, same: str, more: str) -> str | None:
        """Both roles' figure in a sentence and which gives more (None: a role lacks it)."""
        value_a, value_b = a[key], b[key]
        if value_a is None or value_b is None:
            return None
        both = line.format(a=format_money(value_a, currency), b=format_money(value_b, currency))
        difference = value_a - value_b
        if difference == 0:
            return f"{both} {same}"
        role = (a if difference > 0 else b)["name"]
        amount = format_money(abs(difference), currency)
        return f"{both} {more.format(role=role, difference=amount)}"

    pay = amounts("typical_pay", texts["pay_line"], texts["pay_same"], texts["pay_more"])
    # no figures shown: none to mark
    pay_example = pay is not None and (a["pay_example"] or b["pay_example"])
    cost = amounts("employer_cost", texts["cost_line"], texts["cost_same"], texts["cost_more"])
    if cost is not None and a["holiday"] is not None and b["holiday"] is not None:
        cost = f"{cost} {_holiday_sentence(a, b, texts)}"
    return {
        "requirements": [education, experience],
        "sets": sets,
        "pay": pay if pay is not None else texts["pay_missing"],
        "pay_example": pay_example,
        "cost": cost,
    }


def _holiday_sentence(a: dict[str, Any], b: dict[str, Any], texts: dict[str, Any]) -> str:
    """Which holiday rule each role's year follows, and why: its variable pay's share of
    the pay against the organisation's threshold."""
    rule_a, rule_b = a["holiday"]["rule"], b["holiday"]["rule"]
    shares = {
        "a": format_percent(a["holiday"]["share"]),
        "b": format_percent(b["holiday"]["share"]),
        "threshold": format_percent(a["holiday"]["threshold"]),
    }
    if rule_a == rule_b:
        return texts["holiday_same"][rule_a].format(**shares)
    return texts["holiday_differ"].format(
        **shares,
        rule_a=texts["holiday_rules"][rule_a],
        rule_b=texts["holiday_rules"][rule_b],
        role_a=a["name"],
        role_b=b["name"],
    )
