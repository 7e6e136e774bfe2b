"""The organisation's job evaluation as the pages read it (pages/evaluation.py): the factor
plan and the roles of the tests' own organisation put into the engine's terms, with points
worked out by hand from tests/helpers.py's EVALUATION_PLAN: utbildning 40 % over 3 levels
(133,33 a level), ansvar för människor 30 % over 4 (75), emotionell ansträngning 20 % over 2
(100), arbetstider 10 % over 2 (50)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import EVALUATION_PLAN, copy_fixture_data
from rollguiden.pages.evaluation import evaluation
from rollguiden.reading.load import load_catalog


def with_levels(role: Path, levels: dict[str, int], dominance: str | None = None) -> None:
    lines = ["job_evaluation:"]
    if dominance:
        lines.append(f"  dominance: {dominance}")
    lines.append("  levels:")
    lines += [f"    {sub}: {{level: {level}, motivation: Bedömd}}" for sub, level in levels.items()]
    role.write_text(role.read_text("utf-8") + "\n".join(lines) + "\n", "utf-8")


@pytest.fixture
def catalog(tmp_path: Path):
    data = copy_fixture_data(tmp_path)
    (data / "job_evaluation.yml").write_text(EVALUATION_PLAN, "utf-8")
    # 400 + 300 + 200 + 50 = 950
    with_levels(
        data / "roles" / "teamledare.yml",
        {"utbildning": 3, "ansvar-for-manniskor": 4, "emotionell": 2, "arbetstider": 1},
        "men",
    )
    # 266,67 + 150 + 100 + 100 = 616,67 → 617
    with_levels(
        data / "roles" / "kundansvarig.yml",
        {"utbildning": 2, "ansvar-for-manniskor": 2, "emotionell": 1, "arbetstider": 2},
        "women",
    )
    # no level on arbetstider: not scored
    with_levels(
        data / "roles" / "innesaljare.yml",
        {"utbildning": 1, "ansvar-for-manniskor": 1, "emotionell": 1},
    )
    return load_catalog(data)


def test_the_plan_in_the_engines_terms(catalog) -> None:
    found = evaluation(catalog)
    assert found.plan == [
        {"id": "utbildning", "criterion": "kunskaper", "weight": 0.4, "max_level": 3},
        {"id": "ansvar-for-manniskor", "criterion": "ansvar", "weight": 0.3, "max_level": 4},
        {"id": "emotionell", "criterion": "anstrangning", "weight": 0.2, "max_level": 2},
        {"id": "arbetstider", "criterion": "arbetsforhallanden", "weight": 0.1, "max_level": 2},
    ]
    assert found.tolerance == 50  # the plan gives none: the default


def test_points_ranking_groups_and_the_roles_not_scored(catalog) -> None:
    result = evaluation(catalog).result
    assert result["ranking"] == [
        {"id": "teamledare", "points": 950},
        {"id": "kundansvarig", "points": 617},
    ]
    # in the catalog's order (by title): Innesäljare, Kundrådgivare
    assert result["unscored"] == ["innesaljare", "kundradgivare"]
    assert result["groups"] == [["teamledare"], ["kundansvarig"]]


def test_points_by_criterion_add_up_to_the_points(catalog) -> None:
    by_criterion = evaluation(catalog).criterion_points["kundansvarig"]
    assert by_criterion["kunskaper"] == pytest.approx(800 / 3)
    assert by_criterion["ansvar"] == pytest.approx(150)
    assert by_criterion["anstrangning"] == pytest.approx(100)
    assert by_criterion["arbetsforhallanden"] == pytest.approx(100)


def test_a_tolerance_in_place_of_the_plans(catalog) -> None:
    # 950 − 333 = 617: one group
    assert evaluation(catalog, tolerance=333).result["groups"] == [["teamledare", "kundansvarig"]]


def test_dominance_and_typical_pay_reach_the_engine(catalog) -> None:
    roles = {role["id"]: role for role in evaluation(catalog).roles}
    assert roles["kundansvarig"]["dominance"] == "women"
    assert roles["kundradgivare"]["dominance"] is None
    assert roles["kundansvarig"]["typical_pay"] > 0  # it has a pay model


def test_without_a_plan_there_is_no_evaluation(tmp_path: Path) -> None:
    assert evaluation(load_catalog(copy_fixture_data(tmp_path))) is None
