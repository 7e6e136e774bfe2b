"""The fit vectors against the Python engine, and the fit of the real roles."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from rollguiden.engines.fit import compute_fit, fit_roles
from rollguiden.reading.catalog import Catalog

VECTORS = json.loads(
    (Path(__file__).resolve().parents[1] / "vectors" / "fit.json").read_text("utf-8")
)["cases"]


@pytest.mark.parametrize("case", VECTORS, ids=[case["name"] for case in VECTORS])
def test_vector(case: dict) -> None:
    if "error" in case:
        with pytest.raises(ValueError) as caught:
            compute_fit(case["roles"], case["profile"], case["native_language"])
        assert str(caught.value).startswith(case["error"] + ":")
        return
    result = compute_fit(case["roles"], case["profile"], case["native_language"])
    assert [item["id"] for item in result] == [item["id"] for item in case["expected"]]
    for got, want in zip(result, case["expected"], strict=True):
        assert math.isclose(got["coverage"], want["coverage"], abs_tol=1e-9)
        assert {**got, "coverage": 0} == {**want, "coverage": 0}


def test_the_roles_requirements_as_the_engine_takes_them(fixture_catalog: Catalog) -> None:
    roles = fit_roles(fixture_catalog)
    role = next(role for role in roles if role["id"] == "kundansvarig")
    # högskoleexamen, the top of the fixture's three levels; two years in sales or service
    assert role["education_rank"] == 2 and role["min_years"] == 2
    assert role["experience_fields"] == ["forsaljning", "kundservice"]
    everyone = compute_fit(roles, {}, "svenska")
    assert {item["status"] for item in everyone} == {"inte_an"}
