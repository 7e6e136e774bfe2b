"""Comparing roles item by item, on the tests' own organisation; expected sets are read off
its role files and the vocabulary's order, sentences and pay figures worked out by hand.
The engine's definition itself is held by the shared vectors (test_compare_vectors.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import copy_fixture_data, edit
from rollguiden.engines.compare import (
    SET_DIMENSIONS,
    compare_roles,
    comparison_entry,
    role_typical_pay,
)
from rollguiden.pages.matrix import matrix_rows, role_cells
from rollguiden.pages.views import role_view
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.errors import DataError, format_path
from rollguiden.reading.load import load_catalog
from rollguiden.text.labels import load_labels

LABELS = load_labels()
NBSP = "\u00a0"


def compared(catalog: Catalog, a_id: str, b_id: str) -> dict:
    """Two of the tests' own roles compared as the featured pages compare them."""
    a, b = (comparison_entry(catalog, catalog.role(role_id), False) for role_id in (a_id, b_id))
    terms = {
        dimension: [
            {"id": term.id, "label": term.label} for term in getattr(catalog.vocabulary, kind)
        ]
        for dimension, kind in SET_DIMENSIONS
    }
    return compare_roles(a, b, terms, LABELS["compare"], "SEK")


def test_a_role_compared_with_itself(fixture_catalog: Catalog) -> None:
    pair = compared(fixture_catalog, "kundansvarig", "kundansvarig")
    for difference in pair["sets"].values():
        assert difference["only_a"] == [] and difference["only_b"] == []
        assert difference["shared"]
    assert pair["requirements"] == [
        "Utbildning: högskoleexamen för båda.",
        "Erfarenhet: minst 2 år för båda.",
    ]
    assert pair["pay"].endswith("Samma månadslön.")


def test_kundradgivare_and_teamledare(fixture_catalog: Catalog) -> None:
    pair = compared(fixture_catalog, "kundradgivare", "teamledare")
    assert pair["sets"]["skills"] == {
        "shared": [],
        "only_a": ["kundservice"],
        "only_b": ["forhandling", "ledarskap"],  # the vocabulary's order
    }
    # gymnasium against högskoleexamen, 0 years against 3
    assert pair["requirements"] == [
        "Utbildning: gymnasieutbildning jämfört med högskoleexamen. "
        "Kravet är högre i rollen som teamledare.",
        "Erfarenhet: inget krav jämfört med minst 3 år. Kravet är högre i rollen som teamledare.",
    ]
    # kundrådgivare, no plan: four typical deals of 20 000 at 5 % = 4 000 on 30 000;
    # teamledare, plan 1 000 000: ten deals of 100 000 with 25 000 margin at 2 % = 5 000
    # on 50 000 (at plan, so above the 80 % threshold)
    assert pair["pay"] == (
        f"Månadslön vid 100 % av planen: 34{NBSP}000{NBSP}kr jämfört med "
        f"55{NBSP}000{NBSP}kr. Rollen som teamledare ger 21{NBSP}000{NBSP}kr mer i månaden."
    )
    # a right's kind says nothing of what the role may decide: rights are not compared
    assert "rights" not in pair["sets"]


def test_kundansvarig_and_innesaljare(fixture_catalog: Catalog) -> None:
    pair = compared(fixture_catalog, "kundansvarig", "innesaljare")
    assert pair["sets"]["skills"] == {
        "shared": ["saljteknik", "kundsystem"],
        "only_a": ["forhandling", "kundservice"],
        "only_b": [],
    }
    # högskoleexamen against gymnasium, 2 years against 1
    assert pair["requirements"] == [
        "Utbildning: högskoleexamen jämfört med gymnasieutbildning. "
        "Kravet är högre i rollen som kundansvarig.",
        "Erfarenhet: minst 2 år jämfört med minst 1 år. Kravet är högre i rollen som kundansvarig.",
    ]
    assert pair["pay"] == "En av rollerna saknar lönemodell."  # the innesäljare has none


@pytest.mark.parametrize(
    ("role_id", "pay"),
    [
        # plan 400 000: four deals of 100 000, each at 10 % (the band up to 100 000 is
        # inclusive): 40 000 on a base of 40 000, factor 1 at plan
        ("kundansvarig", 80000),
        ("kundradgivare", 34000),  # no plan: four typical deals
        ("teamledare", 55000),
        ("innesaljare", None),  # no pay model
    ],
)
def test_typical_pay_at_plan(fixture_catalog: Catalog, role_id: str, pay: float | None) -> None:
    assert role_typical_pay(fixture_catalog.role(role_id), "SEK") == pay


def test_matrix_marks_only_the_rows_that_differ(fixture_catalog: Catalog) -> None:
    catalog = fixture_catalog
    chosen = [catalog.role("kundansvarig"), catalog.role("kundradgivare")]
    cells = [role_cells(catalog, role_view(catalog, role, LABELS), LABELS) for role in chosen]
    rows = {row.dimension: row for row in matrix_rows(cells, LABELS)}
    # both are specialists reporting to the team leader
    assert not rows["classification"].differs
    assert not rows["reporting"].differs
    assert rows["education"].differs
    assert [cell.text for cell in rows["education"].cells] == [
        "Högskoleexamen, gärna inom ekonomi eller marknadsföring",
        "Gymnasieutbildning",
    ]
    # how many duties a role has says nothing of the role: no row counts them
    assert "duty_count" not in rows
    # nor do the kinds of its rights say what it may decide: no row compares them
    assert "rights" not in rows
    same = [role_cells(catalog, role_view(catalog, chosen[0], LABELS), LABELS)] * 2
    assert not any(row.differs for row in matrix_rows(same, LABELS))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "roles: [kundradgivare, teamledare]",
            "roles: [kundradgivare, saljare]",
            "okänd roll 'saljare'",
        ),
        (
            "roles: [kundradgivare, teamledare]",
            "roles: [kundradgivare, kundradgivare]",
            "kan inte jämföras med sig själv",
        ),
        (
            "roles: [kundansvarig, innesaljare]",
            "roles: [teamledare, kundradgivare]",
            "paret jämförs redan på plats 1",
        ),
    ],
)
def test_featured_comparisons_are_checked(tmp_path: Path, old: str, new: str, message: str) -> None:
    data = copy_fixture_data(tmp_path)
    edit(data / "comparisons.yml", old, new)
    with pytest.raises(DataError) as caught:
        load_catalog(data)
    issues = [issue for issue in caught.value.issues if issue.file.endswith("comparisons.yml")]
    assert len(issues) == 1
    assert message in issues[0].message
    assert format_path(issues[0].path).startswith("comparisons[")
    assert issues[0].line is not None


def test_a_comparison_of_a_removed_role_is_never_given_another_role(tmp_path: Path) -> None:
    # "teamledar" is one letter from teamledare: for a role's reference that guess helps,
    # but a featured comparison's introduction is written about the role that is gone
    data = copy_fixture_data(tmp_path)
    edit(
        data / "comparisons.yml",
        "roles: [kundradgivare, teamledare]",
        "roles: [kundradgivare, teamledar]",
    )
    with pytest.raises(DataError) as caught:
        load_catalog(data)
    (issue,) = [issue for issue in caught.value.issues if issue.file.endswith("comparisons.yml")]
    assert issue.message == (
        "okänd roll 'teamledar' – finns inte i mappen roles. Jämförelsen är skriven om den "
        "rollen: ta bort posten, eller byt roll och skriv om dess inledning och rubrik"
    )


def test_a_month_of_zero_is_shown_as_zero_not_as_no_pay_model(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    role_file = data / "roles" / "kundradgivare.yml"
    edit(role_file, "{min: 28000, typical: 30000, max: 34000}", "{min: 0, typical: 0, max: 0}")
    edit(role_file, "        rate: 0.05\n", "        rate: 0\n")
    edit(role_file, "      - rate: 0.08\n", "      - rate: 0\n")
    catalog = load_catalog(data)
    role = catalog.role("kundradgivare")
    cells = role_cells(catalog, role_view(catalog, role, LABELS), LABELS)
    assert cells["typical_pay"].text == "0\u00a0kr"
    innesaljare = catalog.role("innesaljare")  # no pay model at all
    no_model = role_cells(catalog, role_view(catalog, innesaljare, LABELS), LABELS)
    assert no_model["typical_pay"].text == LABELS["compare"]["none"]
