"""Comparing roles item by item; expected sets are read off the role files and the
vocabulary's order, pay figures worked out by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import DATA_DIR, copy_data, edit
from rollguiden.compare import compare_pair, set_difference, stricter, typical_monthly_pay
from rollguiden.errors import DataError, format_path
from rollguiden.labels import load_labels
from rollguiden.load import load_catalog
from rollguiden.matrix import matrix_rows, role_cells
from rollguiden.model import Term
from rollguiden.views import role_view

CATALOG = load_catalog(DATA_DIR)
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
    kam = CATALOG.role("key-account-manager")
    pair = compare_pair(CATALOG, kam, kam)
    for difference in pair.sets.values():
        assert difference.only_a == () and difference.only_b == ()
        assert difference.shared
    assert pair.education.stricter is None and pair.experience.stricter is None
    assert pair.pay.difference == 0


def test_kundtjanstchef_and_forsaljningschef() -> None:
    pair = compare_pair(CATALOG, CATALOG.role("kundtjanstchef"), CATALOG.role("forsaljningschef"))
    skills = pair.sets["skills"]
    assert ids(skills.shared) == ["forhandling", "affarskommunikation"]
    assert ids(skills.only_a) == ["kontorsvana"]
    assert ids(skills.only_b) == [
        "saljteknik",
        "affarsanalys",
        "ledarskap",
        "budget-och-prognos",
        "rekrytering",
    ]
    # gymnasium against högskoleexamen, 0 years against 5
    assert pair.education.stricter == "b" and pair.experience.stricter == "b"
    assert (pair.education.a, pair.education.b) == ("Gymnasieutbildning", "Högskoleexamen")
    # 34 200 and 75 000 kr at 100 % of plan (see the role pages' example months)
    assert (pair.pay.typical_a, pair.pay.typical_b, pair.pay.difference) == (
        34200,
        75000,
        -40800,
    )
    rights = pair.sets["rights"]
    assert ids(rights.shared) == ["information", "forslag"]
    assert ids(rights.only_a) == ["arbetsformer", "medel"]


def test_typical_pay_at_plan() -> None:
    assert typical_monthly_pay(CATALOG.role("key-account-manager"), "SEK") == 83000


def test_matrix_marks_only_the_rows_that_differ() -> None:
    chosen = [CATALOG.role("key-account-manager"), CATALOG.role("kundtjanstchef")]
    cells = [role_cells(CATALOG, role_view(CATALOG, role, LABELS), LABELS) for role in chosen]
    rows = {row.dimension: row for row in matrix_rows(cells, LABELS)}
    # both are specialists reporting to the sales manager
    assert not rows["classification"].differs
    assert not rows["reporting"].differs
    assert rows["education"].differs and rows["duty_count"].differs
    assert [cell.text for cell in rows["duty_count"].cells] == ["23", "7"]
    same = [role_cells(CATALOG, role_view(CATALOG, chosen[0], LABELS), LABELS)] * 2
    assert not any(row.differs for row in matrix_rows(same, LABELS))


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "roles: [kundtjanstchef, forsaljningschef]",
            "roles: [kundtjanstchef, saljare]",
            "okänd roll 'saljare'",
        ),
        (
            "roles: [kundtjanstchef, forsaljningschef]",
            "roles: [kundtjanstchef, kundtjanstchef]",
            "kan inte jämföras med sig själv",
        ),
        (
            "roles: [key-account-manager, forsaljningschef]",
            "roles: [forsaljningschef, kundtjanstchef]",
            "paret jämförs redan på plats 1",
        ),
    ],
)
def test_featured_comparisons_are_checked(tmp_path: Path, old: str, new: str, message: str) -> None:
    data = copy_data(tmp_path)
    edit(data / "comparisons.yml", old, new)
    with pytest.raises(DataError) as caught:
        load_catalog(data)
    issues = [issue for issue in caught.value.issues if issue.file.endswith("comparisons.yml")]
    assert len(issues) == 1
    assert message in issues[0].message
    assert format_path(issues[0].path).startswith("comparisons[")
    assert issues[0].line is not None
