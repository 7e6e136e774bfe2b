"""UI labels: every heading and field name the generated pages show, loaded from one file
per language (labels/sv.yml), so that templates hold no reader-facing words of their own."""

from __future__ import annotations

from importlib import resources
from typing import Any

import yaml

DEFAULT_LANGUAGE = "sv"


def load_labels(language: str = DEFAULT_LANGUAGE) -> dict[str, Any]:
    """The label tree for `language`; templates read it as `L.profile.sections.duties`."""
    text = resources.files(__package__).joinpath("labels", f"{language}.yml").read_text("utf-8")
    labels = yaml.safe_load(text)
    _check_keys(labels, language)
    return labels


def _check_keys(tree: dict[str, Any], where: str) -> None:
    # Jinja looks up `L.copy` as an attribute first: a key named like a dict method
    # (copy, items, keys …) would print the method instead of the label.
    for key, value in tree.items():
        if hasattr(dict, key):
            raise ValueError(f"labels/{where}: nyckeln '{key}' krockar med en dict-metod")
        if isinstance(value, dict):
            _check_keys(value, f"{where}.{key}")
