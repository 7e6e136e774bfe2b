"""tests/content/ checks the example Rollguiden ships with, and knows when data/ is not it:
then it is skipped with one line saying why, instead of failing on roles it does not know."""

from __future__ import annotations

from pathlib import Path

from helpers import EXAMPLE_ORGANISATION, EXAMPLE_ROLES, edit, not_the_example


def example_copy(tmp_path: Path) -> Path:
    """A data folder that is the example as far as the recognition reads it: written here,
    not copied from data/, which is the organisation's to rename."""
    data = tmp_path / "data"
    (data / "roles").mkdir(parents=True)
    (data / "organisation.yml").write_text(
        f"name: {EXAMPLE_ORGANISATION}\ncurrency: SEK\n", "utf-8"
    )
    for role_id in EXAMPLE_ROLES:
        (data / "roles" / f"{role_id}.yml").write_text("title: x\n", "utf-8")
    return data


def test_the_example_is_recognised_with_roles_added_beside_it(tmp_path: Path) -> None:
    data = example_copy(tmp_path)
    (data / "roles" / "innesaljare.yml").write_text("title: Innesäljare\n", "utf-8")
    assert not_the_example(data) is None


def test_an_organisations_own_name_says_it_is_not_the_example(tmp_path: Path) -> None:
    data = example_copy(tmp_path)
    edit(data / "organisation.yml", f"name: {EXAMPLE_ORGANISATION}", "name: Nordvik AB")
    assert not_the_example(data) == (
        "data/organisation.yml gäller 'Nordvik AB', inte exemplet 'Exempelbolaget AB'"
    )


def test_a_removed_example_role_is_named(tmp_path: Path) -> None:
    data = example_copy(tmp_path)
    (data / "roles" / "saljare.yml").unlink()
    assert not_the_example(data) == "exemplets roller saknas i data/roles/: saljare"
