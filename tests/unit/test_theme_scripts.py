"""The theme's inline scripts, moved into files so that the Content-Security-Policy can
forbid inline scripts, stay the theme's code: when Material changes a partial, this fails
and says which file to bring up to date."""

from __future__ import annotations

import re
from pathlib import Path

import material
import pytest

from helpers import PROJECT_DIR

THEME_PARTIALS = Path(material.__file__).parent / "templates" / "partials" / "javascripts"
OUR_PARTIALS = PROJECT_DIR / "hooks" / "theme" / "partials" / "javascripts"
OUR_SCRIPTS = PROJECT_DIR / "docs" / "assets" / "javascripts" / "theme"

# The one change: the theme prints the page's base_url into the script; the file finds the
# site's root from its own address (…/assets/javascripts/theme/base.js), unless extra.scope
# is set, which the partial passes on.
THEME_SCOPE = 'new URL("{{ config.extra.scope | d(base_url) }}",location)'
OUR_SCOPE = (
    'new URL(document.currentScript.dataset.scope||"../../..",'
    "document.currentScript.dataset.scope?location:document.currentScript.src)"
)


def inline_scripts(partial: Path) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", partial.read_text("utf-8"), re.S)


def code_of(script: Path) -> str:
    """The file without its comment header."""
    lines = script.read_text("utf-8").splitlines()
    return "\n".join(line for line in lines if not line.startswith("//")).strip()


@pytest.mark.parametrize(
    ("partial", "files"),
    [
        ("base.html", ["base.js"]),
        ("palette.html", ["palette.js"]),
        ("content.html", ["tabs-link.js", "tabs-target.js"]),
    ],
)
def test_moved_scripts_are_the_themes_own(partial: str, files: list[str]) -> None:
    theirs = [
        script.replace(THEME_SCOPE, OUR_SCOPE)
        for script in inline_scripts(THEME_PARTIALS / partial)
    ]
    ours = [code_of(OUR_SCRIPTS / name) for name in files]
    assert ours == theirs, f"Material's {partial} changed: update docs/assets/javascripts/theme/"
    # and our partial loads each of them, inline scripts none
    override = (OUR_PARTIALS / partial).read_text("utf-8")
    assert inline_scripts(OUR_PARTIALS / partial) == []
    for name in files:
        assert f"'assets/javascripts/theme/{name}' | url" in override


def test_the_deployment_guide_gives_the_web_servers_header() -> None:
    from rollguiden.output.content_policy import header_policy

    assert header_policy() in (PROJECT_DIR / "DEPLOYMENT.md").read_text("utf-8")
