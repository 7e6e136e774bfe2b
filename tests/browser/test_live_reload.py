"""Under `mkdocs serve` the page in the browser reloads by itself when a role's file is
saved: the Content-Security-Policy lets the server's own reload script run there."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from helpers import copy_fixture_data, edit, fixture_config, mkdocs_serve

pytestmark = pytest.mark.browser


def test_the_page_reloads_itself_when_a_role_is_saved(
    page: Page, violations: Callable[[], list[str]], tmp_path: Path
) -> None:
    data = copy_fixture_data(tmp_path)
    with mkdocs_serve(data, fixture_config(tmp_path), tmp_path / "serve.log") as url:
        page.goto(f"{url}/roller/teamledare/")
        expect(page.locator("article")).to_contain_text("Leder och coachar teamet.")
        edit(data / "roles" / "teamledare.yml", "Leder och coachar", "Leder, stöttar och coachar")
        # no goto: the page itself must notice the new build and reload
        expect(page.locator("article")).to_contain_text(
            "Leder, stöttar och coachar teamet.", timeout=60_000
        )
        assert violations() == []
