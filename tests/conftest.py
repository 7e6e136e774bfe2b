"""Fixtures for every test folder: the sites the tests read, each built once per session.

Tests of the engines, the pages and the tools use the tests' own small organisation
(tests/fixtures/data): `fixture_catalog`, `fixture_site`, `fixture_url`, `many_roles_catalog`,
`many_roles_url`. The organisation's own data/ is read only by `organisation_catalog`,
`organisation_site` and `organisation_url`,
for the checks that must hold for any organisation's data and for tests/content/."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import (
    DATA_DIR,
    FIXTURE_DATA_DIR,
    MANY_ROLES,
    fixture_config,
    not_the_example,
    run_mkdocs_build,
    serve,
)
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.load import load_catalog
from rollguiden.synth import write_synthetic_data

CONTENT_TESTS = Path(__file__).parent / "content"


def pytest_report_header(config: pytest.Config) -> str | None:
    """One line at the top of the run when tests/content/ has nothing to check."""
    reason = not_the_example()
    return f"tests/content/ hoppas över: {reason}" if reason else None


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """tests/content/ checks the shipped example: skipped, with the reason, on data/ that is
    an organisation's own."""
    reason = not_the_example()
    if reason is None:
        return
    skip = pytest.mark.skip(reason=f"tests/content/ hoppas över: {reason}")
    for item in items:
        if CONTENT_TESTS in item.path.parents:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def fixture_catalog() -> Catalog:
    """The tests' own organisation, loaded and validated."""
    return load_catalog(FIXTURE_DATA_DIR)


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site of the tests' own organisation (tests/fixtures/data), built once."""
    folder = tmp_path_factory.mktemp("fixture-site")
    result = run_mkdocs_build(folder / "site", FIXTURE_DATA_DIR, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    return folder / "site"


@pytest.fixture(scope="session")
def fixture_url(fixture_site: Path) -> Iterator[str]:
    """The tests' own organisation's site, served."""
    yield from serve(fixture_site)


@pytest.fixture(scope="session")
def organisation_catalog() -> Catalog:
    """The organisation's own data/, loaded and validated: for tests/content/ only."""
    return load_catalog(DATA_DIR)


@pytest.fixture(scope="session")
def organisation_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's own site, built with `mkdocs build --strict` from data/: whatever the
    organisation has put there."""
    site_dir = tmp_path_factory.mktemp("site") / "site"
    result = run_mkdocs_build(site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


@pytest.fixture(scope="session")
def organisation_url(organisation_site: Path) -> Iterator[str]:
    """The project's own site, served."""
    yield from serve(organisation_site)


@pytest.fixture(scope="session")
def many_roles_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder of MANY_ROLES roles: the tests' own four and synthetic ones."""
    data = tmp_path_factory.mktemp("many") / "data"
    write_synthetic_data(MANY_ROLES, data, FIXTURE_DATA_DIR)
    return data


@pytest.fixture(scope="session")
def many_roles_catalog(many_roles_data: Path) -> Catalog:
    return load_catalog(many_roles_data)


@pytest.fixture(scope="session")
def many_roles_site(many_roles_data: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site built from `many_roles_data`."""
    folder = tmp_path_factory.mktemp("many-site")
    result = run_mkdocs_build(folder / "site", many_roles_data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    return folder / "site"


@pytest.fixture(scope="session")
def many_roles_url(many_roles_site: Path) -> Iterator[str]:
    """The site built from `many_roles_data`, served: how the tools behave at scale."""
    yield from serve(many_roles_site)
