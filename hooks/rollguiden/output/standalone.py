"""The whole site as a project that builds without the hook: for a generator that reads
mkdocs.yml but runs no MkDocs hooks (Zensical, the theme makers' successor to MkDocs).

`python -m rollguiden generate --project --out DIR` writes it: the hand-written pages with
the generated ones and their files in DIR/docs, the theme's templates in DIR/overrides, the
glossary's abbreviations in DIR/includes (appended to every page, as the hook appends them
to the hand-written ones), and DIR/mkdocs.yml, the project's own with what the hook did at
build time written into it: the Content-Security-Policy and the 404 page's words.
"""

from __future__ import annotations

import json
import re
from typing import Any

from rollguiden.output.content_policy import DIRECTIVES

ABBREVIATIONS_FILE = "abbreviations.md"

ZENSICAL_STYLE_HASHES = ("'sha256-NwSx/R2V/U4jnW0Tq5pQ53Y/rzPVJ4dqE7D6UTA/J1k='",)
"""Zensical 0.0.73 (the version tested, pinned in the dev group) adds its search dialog's
rules as a <style> element: the policy allows that one by its hash, and no other inline
style. Another Zensical version has another hash: tests/build/test_zensical.py's check for
console errors in Chromium then fails and names the new one."""


class StandaloneConfigError(ValueError):
    """mkdocs.yml no longer has a line the hook-free form rewrites."""


def standalone_policy() -> str:
    """The Content-Security-Policy of the hook-free site: the build's, plus the styles the
    generator itself writes inline."""
    directives = {
        **DIRECTIVES,
        "style-src": " ".join((DIRECTIVES["style-src"], *ZENSICAL_STYLE_HASHES)),
    }
    return "; ".join(f"{name} {value}" for name, value in directives.items())


def standalone_config(mkdocs_yml: str, not_found: dict[str, Any]) -> str:
    """mkdocs.yml for the hook-free project: no hooks, no folders to watch, no module of
    ours to import; the theme's templates from overrides/; the policy and the 404 page's
    words (`not_found`: what the hook gives that template) as settings; the abbreviations
    appended to every page."""
    text = mkdocs_yml
    text = _replaced(text, r"\nhooks:\n(?:  - .*\n)+", "\n")
    text = _replaced(text, r"\nwatch:\n(?:  - .*\n)+", "\n")
    # imports a module of ours to keep MkDocs' theme banner quiet; nothing to do here
    text = _replaced(text, r"(?:  #.*\n)*  theme_banner: !!python/name:\S+\n", "")
    text = _replaced(text, r"custom_dir: hooks/theme", "custom_dir: overrides")
    settings = {
        "content_security_policy": standalone_policy(),
        "not_found": not_found["not_found"],
        "not_found_roles_url": not_found["not_found_roles_url"],
    }
    # JSON is YAML: each setting on one line, quoted as it must be
    added = "".join(
        f"  {key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in settings.items()
    )
    text = _replaced(text, r"\nextra:\n", "\nextra:\n" + added)
    snippets = (
        "  - pymdownx.snippets:\n"
        "      base_path: [includes]\n"
        f"      auto_append: [{ABBREVIATIONS_FILE}]\n"
        "      check_paths: true\n"
    )
    text = _replaced(text, r"\nmarkdown_extensions:\n", "\nmarkdown_extensions:\n" + snippets)
    return text


def _replaced(text: str, pattern: str, replacement: str) -> str:
    changed, count = re.subn(pattern, lambda _: replacement, text, count=1)
    if count != 1:
        raise StandaloneConfigError(
            "mkdocs.yml saknar en rad som måste skrivas om för att projektet ska kunna byggas "
            f"utan Rollguidens MkDocs-tillägg: {pattern}"
        )
    return changed
