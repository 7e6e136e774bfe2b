"""What the build makes from data: Markdown pages and other files (Word documents)."""

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


@dataclass(frozen=True)
class GeneratedFile:
    """A file served as it is, such as a job description as a Word document."""

    path: str
    content: bytes


@dataclass(frozen=True)
class SiteContent:
    pages: list[GeneratedPage]
    files: list[GeneratedFile]
    abbreviations: str = ""
    """Markdown abbreviation definitions, appended to every page of the site."""
