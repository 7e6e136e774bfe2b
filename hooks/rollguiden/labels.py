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
    return yaml.safe_load(text)
