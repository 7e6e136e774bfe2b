"""Comparing roles item by item, on the tests' own organisation; expected sets are read off
its role files and the vocabulary's order, pay figures worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import FIXTURE_DATA_DIR, copy_fixture_data, edit
from rollguiden.engines.compare import compare_pair, role_typical_pay, set_difference, stricter
from rollguiden.model import Term
from rollguiden.pages.matrix import matrix_rows, role_cells
from rollguiden.pages.views import role_view
from rollguiden.reading.errors import DataError, format_path
from rollguiden.reading.load import load_catalog
from rollguiden.text.labels import load_labels

CATALOG = load_catalog(FIXTURE_DATA_DIR)
LABELS = load_labels()


def ids(terms) -> list[str]:
    return [term.id for term in terms]


def term(term_id: str) -> Term:
    return Term(id=term_id, label=term_id.upper(), description="x")


def test_set_difference_keeps_vocabulary_order() -> None:
    vocabulary = [term(name) for name in ("a", "b", "c", "d", "e")]
    difference = set_difference(["e", "a", "b"], ["b", "d", "a"], vocabulary)
    assert ids(difference.shared) == ["a", "b"]
    assert ids(difference.only_a) == ["e"]
    assert ids(difference.only_b) == ["d"]


def test_empty_sets() -> None:
    vocabulary = [term("a")]
    nothing = set_difference([], [], vocabulary)
    assert nothing.shared == nothing.only_a == nothing.only_b == ()
    difference = set_difference([], ["a"], vocabulary)
    assert (ids(difference.shared), ids(difference.only_a), ids(difference.only_b)) == (
        [],
        [],
        ["a"],
    )


def test_stricter_on_an_ordered_scale() -> None:
    assert stricter(3, 1) == "a"
    assert stricter(1, 3) == "b"
    assert stricter(2, 2) is None


def test_a_role_compared_with_itself() -> None:
    role = CATALOG.role("kundansvarig")
    pair = compare_pair(CATALOG, role, role)
    for difference in pair.sets.values():
        assert difference.only_a == () and difference.only_b == ()
        assert difference.shared
    assert pair.education.stricter is None and pair.experience.stricter is None
    assert pair.pay.difference == 0


def test_kundradgivare_and_teamledare() -> None:
    pair = compare_pair(CATALOG, CATALOG.role("kundradgivare"), CATALOG.role("teamledare"))
    skills = pair.sets["skills"]
    assert ids(skills.shared) == []
    assert ids(skills.only_a) == ["kundservice"]
    assert ids(skills.only_b) == ["forhandling", "ledarskap"]  # the vocabulary's order
    # gymnasium against högskoleexamen, 0 years against 3
    assert pair.education.stricter == "b" and pair.experience.stricter == "b"
    assert (pair.education.a, pair.education.b) == ("Gymnasieutbildning", "Högskoleexamen")
    # kundrådgivare, no plan: four typical deals of 20 000 at 5 % = 4 000 on 30 000;
    # teamledare, plan 1 000 000: ten deals of 100 000 with 25 000 margin at 2 % = 5 000
    # on 50 000 (at plan, so above the 80 % threshold)
    assert (pair.pay.typical_a, pair.pay.typical_b, pair.pay.difference) == (
        34000,
        55000,
        -21000,
    )
    rights = pair.sets["rights"]
    assert ids(rights.shared) == []
    assert (ids(rights.only_a), ids(rights.only_b)) == (["information"], ["beslut"])


def test_kundansvarig_and_innesaljare() -> None:
    pair = compare_pair(CATALOG, CATALOG.role("kundansvarig"), CATALOG.role("innesaljare"))
    skills = pair.sets["skills"]
    assert ids(skills.shared) == ["saljteknik", "kundsystem"]
    assert ids(skills.only_a) == ["forhandling", "kundservice"]
    assert ids(skills.only_b) == []
    assert pair.education.stricter == "a" and pair.experience.stricter == "a"  # 2 years to 1
    rights = pair.sets["rights"]
    assert ids(rights.shared) == ["information"]
    assert ids(rights.only_a) == ["beslut", "foretrada"]


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
def test_typical_pay_at_plan(role_id: str, pay: float | None) -> None:
    assert role_typical_pay(CATALOG.role(role_id), "SEK") == pay


def test_matrix_marks_only_the_rows_that_differ() -> None:
    chosen = [CATALOG.role("kundansvarig"), CATALOG.role("kundradgivare")]
    cells = [role_cells(CATALOG, role_view(CATALOG, role, LABELS), LABELS) for role in chosen]
    rows = {row.dimension: row for row in matrix_rows(cells, LABELS)}
    # both are specialists reporting to the team leader
    assert not rows["classification"].differs
    assert not rows["reporting"].differs
    assert rows["education"].differs and rows["duty_count"].differs
    assert [cell.text for cell in rows["duty_count"].cells] == ["8", "2"]
    same = [role_cells(CATALOG, role_view(CATALOG, chosen[0], LABELS), LABELS)] * 2
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
