"""Fixtures for every test folder: the real site, built once per session into a temp folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import (
    DATA_DIR,
    FIXTURE_DATA_DIR,
    MANY_ROLES,
    fixture_config,
    run_mkdocs_build,
    serve,
)
from rollguiden.synth import write_synthetic_data


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's own site, built with `mkdocs build --strict` from data/."""
    site_dir = tmp_path_factory.mktemp("site") / "site"
    result = run_mkdocs_build(site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


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
def site_url(built_site: Path) -> Iterator[str]:
    """The project's own site, served."""
    yield from serve(built_site)


@pytest.fixture(scope="session")
def many_roles_data(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A data folder of MANY_ROLES roles: the real three and synthetic ones."""
    data = tmp_path_factory.mktemp("many") / "data"
    write_synthetic_data(MANY_ROLES, data, DATA_DIR)
    return data


@pytest.fixture(scope="session")
def many_roles_url(
    many_roles_data: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """The site built from `many_roles_data`, served: how the tools behave at scale."""
    site = tmp_path_factory.mktemp("many-site") / "site"
    result = run_mkdocs_build(site, many_roles_data)
    assert result.returncode == 0, result.stderr
    yield from serve(site)
