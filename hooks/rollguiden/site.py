"""The generated site as a whole: the one entry point that the MkDocs hook and the CLI share."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from .errors import DataError, Issue
from .generated_page import GeneratedPage, SiteContent
from .labels import load_labels
from .load import read_data
from .pages import site_pages
from .registers import abbreviations
from .render import PageRenderer, render_error_notice, shared_environment
from .views import HOME_PAGE, ROLES_PAGE


def generate_site(data_dir: Path, *, defer_rendering: bool = False) -> SiteContent:
    """Every generated page and file for the data in `data_dir`; raises `DataError`.

    With `defer_rendering`, the data is loaded and checked now but the pages' Markdown is
    left as requests (`SiteContent.requests`) for another process to render.
    """
    reading = read_data(data_dir)
    if reading.issues:
        raise DataError(reading.issues)
    catalog = reading.catalog
    assert catalog is not None
    # generated pages carry the glossary's abbreviations themselves, so `generate --out`
    # writes what MkDocs is given; the hook adds them to the hand-written pages
    definitions = abbreviations(catalog)
    render = PageRenderer(suffix=definitions, defer=defer_rendering)
    content = site_pages(catalog, render, load_labels(), reading.notices)
    return dataclasses.replace(content, abbreviations=definitions, requests=render.requests)


def error_notice(issues: tuple[Issue, ...]) -> str:
    """A Markdown notice listing data errors, shown on every page while `mkdocs serve` runs."""
    return render_error_notice(shared_environment(), issues, load_labels())


def placeholder_pages() -> SiteContent:
    """Stand-ins for the pages the navigation needs, when no valid data has loaded yet."""
    labels = load_labels()
    text = f"# {labels['site']['name']}\n\n{labels['errors']['notice_no_data']}\n"
    return SiteContent([GeneratedPage(HOME_PAGE, text), GeneratedPage(ROLES_PAGE, text)], [])
