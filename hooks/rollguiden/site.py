"""The generated site as a whole: the one entry point that the MkDocs hook and the CLI share."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from jinja2 import Environment

from .errors import Issue
from .generated_page import GeneratedPage, SiteContent
from .labels import load_labels
from .load import load_catalog
from .pages import site_pages
from .render import create_environment, render_error_notice
from .views import HOME_PAGE, ROLES_PAGE


@cache
def _environment() -> Environment:
    return create_environment()


def generate_site(data_dir: Path) -> SiteContent:
    """Every generated page and file for the data in `data_dir`; raises `DataError`."""
    catalog = load_catalog(data_dir)
    return site_pages(catalog, _environment(), load_labels())


def error_notice(issues: tuple[Issue, ...]) -> str:
    """A Markdown notice listing data errors, shown on every page while `mkdocs serve` runs."""
    return render_error_notice(_environment(), issues, load_labels())


def placeholder_pages() -> SiteContent:
    """Stand-ins for the pages the navigation needs, when no valid data has loaded yet."""
    labels = load_labels()
    text = f"# {labels['site']['name']}\n\n{labels['errors']['notice_no_data']}\n"
    return SiteContent([GeneratedPage(HOME_PAGE, text), GeneratedPage(ROLES_PAGE, text)], [])
