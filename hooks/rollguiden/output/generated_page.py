"""What the build makes from data: Markdown pages and other files (Word documents)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from rollguiden.output.render import PageRequest, PendingMarkdown
from rollguiden.reading.errors import Issue


@dataclass(frozen=True)
class GeneratedPage:
    """A page's Markdown, made from its description (pages/page.py `Page`, whose
    `source_file` and `in_navigation` it carries on) or, for a role file with errors, from
    the errors."""

    src_uri: str
    markdown: str | PendingMarkdown
    source_file: str | None = None
    in_navigation: bool = True
    """Role pages are reached from the start page and the overview, not the sidebar."""


@dataclass(frozen=True)
class GeneratedFile:
    """A file served as it is, such as a job description as a Word document."""

    path: str
    content: bytes


@dataclass(frozen=True)
class FileJob:
    """Files whose making takes a while (Word documents, the API): what they will be
    called, known at once, and a module-level function with its arguments that makes them,
    so that the work can run in another process while MkDocs renders the pages."""

    paths: tuple[str, ...]
    make: Callable[..., list[GeneratedFile]]
    arguments: tuple[Any, ...]

    def run(self) -> list[GeneratedFile]:
        return self.make(*self.arguments)


@dataclass(frozen=True)
class SiteContent:
    pages: list[GeneratedPage]
    jobs: list[FileJob]
    abbreviations: str = ""
    """Markdown abbreviation definitions, for pages not generated from data (the generated
    ones have them already)."""
    requests: list[PageRequest] = field(default_factory=list)
    """The pages still to render, when rendering was deferred: `PendingMarkdown.index`
    points into this list."""
    issues: tuple[Issue, ...] = ()
    """Under `mkdocs serve`: the data's errors, shown on every page while they last."""
    role_count: int = 0
    state: str = "ok"
    """Under `mkdocs serve`: ok; partial (the roles with errors left out, their pages show
    the errors); last_good (nothing could be read, the last good pages stay up); no_data."""
