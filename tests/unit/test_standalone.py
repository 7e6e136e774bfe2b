"""The hook-free project's mkdocs.yml (rollguiden.output.standalone), from the project's own:
what the hook does at build time written in, nothing of ours left to import or run."""

from __future__ import annotations

import pytest
import yaml

from helpers import PROJECT_DIR
from rollguiden.output.standalone import (
    StandaloneConfigError,
    standalone_config,
    standalone_policy,
)
from rollguiden.site import not_found_context


class _KeepTags(yaml.SafeLoader):
    """Reads mkdocs.yml's !!python/name: tags as text, to look at the rest."""


_KeepTags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, tag, node: tag)


def test_the_config_needs_no_hook_and_carries_what_the_hook_gave() -> None:
    text = standalone_config((PROJECT_DIR / "mkdocs.yml").read_text("utf-8"), not_found_context())
    config = yaml.load(text, Loader=_KeepTags)  # a SafeLoader that keeps tags as text
    assert "hooks" not in config and "watch" not in config
    assert "!!python/name:rollguiden" not in text  # nothing of ours to import
    assert config["theme"]["custom_dir"] == "overrides"
    extra = config["extra"]
    assert extra["content_security_policy"] == standalone_policy()
    assert extra["not_found"]["title"] == "Sidan finns inte"  # the labels' words
    assert extra["not_found_roles_url"] == "roller/"
    snippets = next(
        item["pymdownx.snippets"]
        for item in config["markdown_extensions"]
        if isinstance(item, dict) and "pymdownx.snippets" in item
    )
    assert snippets["auto_append"] == ["abbreviations.md"]


def test_the_policy_is_the_builds_with_the_generators_own_style() -> None:
    policy = standalone_policy()
    assert "script-src 'self';" in policy  # still no inline script
    assert "style-src 'self' 'sha256-" in policy


def test_a_config_without_a_line_it_rewrites_says_so() -> None:
    text = (PROJECT_DIR / "mkdocs.yml").read_text("utf-8").replace("hooks:", "krokar:")
    with pytest.raises(StandaloneConfigError, match=r"mkdocs\.yml saknar en rad som måste"):
        standalone_config(text, not_found_context())
