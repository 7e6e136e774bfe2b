"""A page the build makes from data: its source path, its Markdown, and what to edit."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class GeneratedPage:
    """A Markdown page made from data; `source_file` is the YAML to edit to change it."""

    src_uri: str
    markdown: str
    source_file: str | None = None
    in_navigation: bool = True
    """Role pages are reached from the start page and the overview, not the sidebar."""
