"""Fixtures for every test folder: the real site, built once per session into a temp folder."""

from __future__ import annotations

import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import DATA_DIR, MANY_ROLES, run_mkdocs_build
from rollguiden.synth import write_synthetic_data


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The project's own site, built with `mkdocs build --strict` from data/."""
    site_dir = tmp_path_factory.mktemp("site") / "site"
    result = run_mkdocs_build(site_dir)
    assert result.returncode == 0, result.stderr
    return site_dir


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(site: Path) -> Iterator[str]:
    """A built site served on 127.0.0.1, as a static web server would serve it."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """The project's own site, served."""
    yield from _serve(built_site)


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
    yield from _serve(site)
