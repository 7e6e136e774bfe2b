"""A generated page as the page list describes it: where it goes, which template draws it,
and what the template is given. Output renders it (output/render.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Page:
    """A page to make from data; `source_file` is the YAML to edit to change it."""

    src_uri: str
    template: str
    context: dict[str, Any]
    source_file: str | None = None
    in_navigation: bool = True
    """Role pages are reached from the start page and the overview, not the sidebar."""
