"""The page /arbetsvardering/: the organisation's factor plan, the roles ranked by points with
each criterion's part, the groups of equal value with their pay side by side, and the pay
differences to analyse. Made at build time from the organisation's plan, so that it reads
without JavaScript; everything it shows is worked out in pages/evaluation.py."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rollguiden.model.job_evaluation import CRITERIA
from rollguiden.pages.evaluation import Evaluation, evaluation
from rollguiden.pages.evaluation_chart import chart_content, points_pay_chart
from rollguiden.pages.page import Page
from rollguiden.pages.paths import (
    DOWNLOADS,
    JOB_EVALUATION_PAGE,
    QUERY,
    role_page,
    url_link,
)
from rollguiden.reading.catalog import Catalog
from rollguiden.text.swedish import (
    format_money,
    format_number,
    format_percent,
    in_sentence,
    join,
)

TEMPLATE = "job_evaluation.md.j2"
PLAN_FILE = "data/job_evaluation.yml"


@dataclass(frozen=True)
class SubCriterionView:
    id: str
    name: str
    description: str | None
    weight: str
    weight_value: str
    """The weight as the what-if panel's field starts with it: "10", "12,5"."""
    levels: tuple[str, ...]


@dataclass(frozen=True)
class CriterionView:
    name: str
    weight: str
    sub_criteria: tuple[SubCriterionView, ...]


@dataclass(frozen=True)
class RankedRole:
    place: int
    title: str
    page: str
    points: str
    by_criterion: tuple[str, ...]
    """The points from each criterion, whole, in the law's order."""
    group: int
    dominance: str


@dataclass(frozen=True)
class GroupRole:
    title: str
    page: str
    points: str
    typical_pay: str
    base_salary: str
    dominance: str


@dataclass(frozen=True)
class GroupView:
    number: int
    roles: tuple[GroupRole, ...]
    spread: str | None
    """The difference between the highest and the lowest typical pay, in kronor and as a
    share of the lowest; None with fewer than two roles that have a typical pay."""


def job_evaluation_page(catalog: Catalog, labels: dict[str, Any]) -> list[Page]:
    """The page; without a factor plan, a page that says where it goes, left out of the menu."""
    found = evaluation(catalog)
    if found is None:
        return [Page(JOB_EVALUATION_PAGE, TEMPLATE, {"plan": None}, in_navigation=False)]
    texts = labels["job_evaluation"]
    context = {
        "plan": catalog.job_evaluation,
        "criteria": _criteria(catalog, texts),
        "ranking": _ranking(catalog, found, texts),
        "unscored": join(
            [in_sentence(catalog.role(role_id).title) for role_id in found.result["unscored"]]
        ),
        "tolerance": format_number(found.tolerance),
        "tolerance_value": _plain(found.tolerance),
        "groups": _groups(catalog, found, texts),
        "flags": _flags(catalog, found, texts),
        "with_dominance": any(role["dominance"] for role in found.roles),
        "plan_file": PLAN_FILE,
        "data": tool_data(catalog, found, labels),
        "chart": chart_content(points_pay_chart(catalog, found, texts, _names(catalog)), texts),
    }
    return [Page(JOB_EVALUATION_PAGE, TEMPLATE, context, source_file=PLAN_FILE)]


def tool_data(catalog: Catalog, found: Evaluation, labels: dict[str, Any]) -> dict[str, Any]:
    """What the page's script takes to work the evaluation out again with the reader's
    weights: the plan (weights as shares) with its names, the organisation's tolerance, each
    role's levels, dominance, typical pay and base-salary range, and the texts it shows."""
    assert catalog.job_evaluation is not None
    subs = {sub.id: sub for sub in catalog.job_evaluation.sub_criteria}
    roles = []
    for engine_role in found.roles:
        role = catalog.role(engine_role["id"])
        base = role.pay.base_salary if role.pay else catalog.withheld_pay.get(role.id)
        roles.append(
            {
                **engine_role,
                "title": role.title,
                "name": in_sentence(role.title),
                "link": url_link(JOB_EVALUATION_PAGE, role_page(role.id)),
                "base_salary": [base.min, base.max] if base is not None else None,
            }
        )
    texts = labels["job_evaluation"]
    return {
        "plan": [
            {**sub, "name": subs[sub["id"]].name, "weight_percent": subs[sub["id"]].weight}
            for sub in found.plan
        ],
        "criteria": [
            {"id": criterion, "name": texts["criteria"][criterion]} for criterion in CRITERIA
        ],
        "tolerance": found.tolerance,
        "example": catalog.job_evaluation.example,
        "roles": roles,
        "currency": catalog.organisation.currency,
        "csv_file": DOWNLOADS["job_evaluation"],
        "query": QUERY["job_evaluation"],
        "texts": {key: value for key, value in texts.items() if key != "profile"},
    }


def _names(catalog: Catalog) -> dict[str, str]:
    return {role.id: in_sentence(role.title) for role in catalog.roles}


def _criteria(catalog: Catalog, texts: dict[str, Any]) -> tuple[CriterionView, ...]:
    assert catalog.job_evaluation is not None
    views = []
    for criterion in CRITERIA:
        subs = [sub for sub in catalog.job_evaluation.sub_criteria if sub.criterion == criterion]
        views.append(
            CriterionView(
                texts["criteria"][criterion],
                _percent(sum(sub.weight for sub in subs)),
                tuple(
                    SubCriterionView(
                        sub.id,
                        sub.name,
                        sub.description,
                        _percent(sub.weight),
                        _plain(sub.weight),
                        tuple(sub.levels),
                    )
                    for sub in subs
                ),
            )
        )
    return tuple(views)


def _ranking(catalog: Catalog, found: Evaluation, texts: dict[str, Any]) -> tuple[RankedRole, ...]:
    group_of = {
        role_id: number
        for number, group in enumerate(found.result["groups"], start=1)
        for role_id in group
    }
    dominance = {role["id"]: role["dominance"] for role in found.roles}
    return tuple(
        RankedRole(
            place,
            catalog.role(entry["id"]).title,
            role_page(entry["id"]),
            format_number(entry["points"]),
            tuple(
                format_number(found.criterion_points[entry["id"]][criterion])
                for criterion in CRITERIA
            ),
            group_of[entry["id"]],
            texts["dominance"][dominance[entry["id"]] or "none"],
        )
        for place, entry in enumerate(found.result["ranking"], start=1)
    )


def _groups(catalog: Catalog, found: Evaluation, texts: dict[str, Any]) -> tuple[GroupView, ...]:
    points = {entry["id"]: entry["points"] for entry in found.result["ranking"]}
    engine_roles = {role["id"]: role for role in found.roles}
    currency = catalog.organisation.currency
    views = []
    for number, group in enumerate(found.result["groups"], start=1):
        roles = []
        pays = []
        for role_id in group:
            role = catalog.role(role_id)
            pay = engine_roles[role_id]["typical_pay"]
            if pay is not None:
                pays.append(pay)
            # the range pay_publication: ranges keeps on the site, where the model is withheld
            base = role.pay.base_salary if role.pay else catalog.withheld_pay.get(role_id)
            roles.append(
                GroupRole(
                    role.title,
                    role_page(role_id),
                    format_number(points[role_id]),
                    format_money(round(pay), currency) if pay is not None else texts["no_pay"],
                    (
                        f"{format_money(base.min, currency)}–{format_money(base.max, currency)}"
                        if base is not None
                        else texts["no_pay"]
                    ),
                    texts["dominance"][engine_roles[role_id]["dominance"] or "none"],
                )
            )
        spread = None
        if len(pays) >= 2 and min(pays) > 0:
            difference = max(pays) - min(pays)
            spread = texts["spread"].format(
                amount=format_money(round(difference), currency),
                share=format_percent(difference / min(pays)),
            )
        views.append(GroupView(number, tuple(roles), spread))
    return tuple(views)


def _flags(catalog: Catalog, found: Evaluation, texts: dict[str, Any]) -> tuple[str, ...]:
    return tuple(
        texts["flags"][flag["kind"]].format(
            women=catalog.role(flag["women"]).title,
            other=in_sentence(catalog.role(flag["other"]).title),
        )
        for flag in found.result["flags"]
    )


def _percent(weight: float) -> str:
    return f"{_plain(weight)}\u00a0%"


def _plain(number: float) -> str:
    """A weight or a tolerance as written: "10", "12,5", "12,25"."""
    decimals = next(places for places in (0, 1, 2) if round(number, places) == round(number, 2))
    return format_number(number, decimals)
