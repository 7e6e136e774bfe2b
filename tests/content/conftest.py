"""The browser fixtures for the shipped content's browser tests: Debian's Chromium, and the
watch on console errors and requests to outside the site, as tests/browser/ has them; and
`only_example_roles`, for the checks that read the whole site."""

import pytest

from browser.conftest import browser_type_launch_args, watch  # noqa: F401
from helpers import EXAMPLE_ROLES
from rollguiden.reading.catalog import Catalog


@pytest.fixture
def only_example_roles(organisation_catalog: Catalog) -> None:
    """Skips a check of the whole site (every page's style, search's ranking) where the
    organisation has added roles of its own: their pages are theirs to word."""
    added = sorted({role.id for role in organisation_catalog.roles} - set(EXAMPLE_ROLES))
    if added:
        pytest.skip(f"data/ har roller utöver exemplets ({', '.join(added)})")
