"""mkdocs.yml's Git address is on the worklist while it is on a name kept for examples
(RFC 2606: .example, .invalid, example.com …), and not once it is the organisation's own."""

from __future__ import annotations

import pytest

from rollguiden.pages.review import is_placeholder_address


@pytest.mark.parametrize(
    "url",
    [
        "https://git.intranet.example/rollguiden/rollguiden",
        "https://example.com/rollguiden",
        "http://git.example.org/x",
        "https://gitlab.invalid/",
    ],
)
def test_a_placeholder_address_is_recognised(url: str) -> None:
    assert is_placeholder_address(url)


@pytest.mark.parametrize(
    "url",
    [None, "", "https://git.nordvik.se/hr/rollguiden", "https://examples.nordvik.se/", "x"],
)
def test_an_own_address_or_none_is_not(url: str | None) -> None:
    assert not is_placeholder_address(url)
