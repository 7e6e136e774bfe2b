"""The shipped example roles hold every point of the source text; expected values are read
off the source (../shared/seed), not off the code.

This folder guards the example content that comes with Rollguiden, not the code: an
organisation that replaces the example roles with its own deletes tests/content/ (or keeps
the parts that still apply) – the rest of the tests run on tests/fixtures/data/."""

from __future__ import annotations

from pathlib import Path

import pytest

from rollguiden.load import load_catalog

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(DATA)


def all_text(role) -> str:
    return role.model_dump_json()


def test_kam_job_description_keeps_the_source_numbering(catalog) -> None:
    kam = catalog.role("key-account-manager")
    assert [duty.number for duty in kam.duties] == list(range(1, 24))  # 2.1–2.23
    assert len(kam.rights) == 6  # 3.1–3.6
    assert [item.within for item in kam.liabilities] == [  # liability points 1–3
        "labour_law",
        "labour_and_civil_law",
        "variable_pay",
    ]
    assert len(kam.governing_documents) == 4  # 1.6, besides the law from organisation.yml


def test_kam_general_provisions(catalog) -> None:
    kam = catalog.role("key-account-manager")
    assert kam.classification == "specialist"  # 1.1
    assert "verkställande direktör" in kam.reporting.appointed_by  # 1.2
    assert "kommersiella direktören" in kam.reporting.appointed_by
    assert kam.reporting.reports_to_role == "forsaljningschef"  # 1.3
    assert "frånvarande" in kam.reporting.deputy  # 1.4
    assert kam.requirements.education.level == "hogskola"  # 1.5: higher education
    assert kam.requirements.experience.min_years == 2  # 1.5: at least 2 years
    assert kam.requirements.experience.field == "försäljning"


def test_kam_key_clients_and_income_facts(catalog) -> None:
    kam = catalog.role("key-account-manager")
    clients = kam.key_clients
    assert (clients.income_share_each.min, clients.income_share_each.max) == (10, 20)
    assert (clients.profit_share_together.min, clients.profit_share_together.max) == (70, 80)
    assert len(clients.criteria) == 4
    assert len(kam.competences) == 8
    text = all_text(kam)
    for fact in ("5 %", "15 %", "10 000 euro", "10 000 rubel", "marginal", "transaktionsbelopp"):
        assert fact in text, fact


@pytest.mark.parametrize(
    "phrase",
    [
        "kreditvärdighet",  # 2.5
        "säljsupport",  # 2.6
        "rabatt",  # 2.9
        "merchandising",  # 2.10
        "returer",  # 2.11
        "kundfordringar",  # 2.13
        "felsorteringar",  # 2.14
        "konkurrenterna",  # 2.16
        "affärshemligheter",  # 2.21
        "NPV",  # competences
        "huvudet",  # works with the head, not the legs
        "benen",
        "psykolog",
        "PR-specialister",  # where KAMs come from
        "anbud",  # tasks
        "distributörer",
        "klagomål",  # responsibilities
    ],
)
def test_kam_points_of_the_source(catalog, phrase: str) -> None:
    assert phrase in all_text(catalog.role("key-account-manager")) or phrase in all_text(
        catalog.role("forsaljningschef")
    )


def test_mistranslations_are_fixed(catalog) -> None:
    for role in catalog.roles:
        text = all_text(role).lower()
        assert "prefekt" not in text  # "prefekten" means the immediate manager
        assert "ryska federationen" not in text  # the law comes from organisation.yml
    assert "närmaste chef" in catalog.role("key-account-manager").duties[8].text  # 2.9


def test_kundtjanstchef_points_of_the_source(catalog) -> None:
    role = catalog.role("kundtjanstchef")
    assert len(role.duties) == 7
    assert [right.kind for right in role.rights] == [
        "arbetsformer",
        "medel",
        "information",
        "forslag",
    ]
    assert role.requirements.education.level == "gymnasium"
    assert role.requirements.experience.min_years == 0  # students are sometimes accepted
    assert set(role.requirements.qualities) >= {"sallskaplig", "beslutsfor", "allmanbildad"}
    text = all_text(role)
    for fact in (
        "3–5",
        "studenter",
        "valsad metall",
        "ingenjörsutbildning",
        "effektiv företagsledning",
        "retorik",
        "representation",
        "inget lönetak",
        "garanterad grundlön",
        "kontorsanställd",
        "IT-produkter",
        "biträdande PR-chef",
        "presssekreterare",
        "handel, reklam",
    ):
        assert fact.lower() in text.lower(), fact


def test_forsaljningschef_is_marked_as_an_example(catalog) -> None:
    role = catalog.role("forsaljningschef")
    assert role.provenance.basis == "example"
    assert role.classification == "chef"
    assert catalog.subordinates("forsaljningschef") == (
        catalog.role("key-account-manager"),
        catalog.role("kundtjanstchef"),
    )


def test_the_three_roles_are_comparable_on_the_same_fields(catalog) -> None:
    for role in catalog.roles:
        assert role.requirements.skills and role.requirements.qualities
        assert role.duties and role.rights and role.liabilities and role.kpis
        assert role.career.entry_paths and role.compensation
