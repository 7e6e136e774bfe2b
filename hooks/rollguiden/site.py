"""The generated site as a whole, from the data folder: what the MkDocs hook and the CLI build."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from rollguiden.output.files import file_jobs
from rollguiden.output.generated_page import GeneratedPage, SiteContent
from rollguiden.output.render import (
    PageRenderer,
    render_error_notice,
    render_page,
    shared_environment,
)
from rollguiden.pages.page_list import site_pages
from rollguiden.pages.paths import NAVIGATION_PAGES, ROLES_PAGE, role_page, site_url
from rollguiden.pages.publication import published_catalog, withheld_texts
from rollguiden.pages.registers import abbreviations
from rollguiden.reading.errors import DataError, Issue, visible
from rollguiden.reading.hand_written import hand_written_link_issues
from rollguiden.reading.load import DataReading, read_data
from rollguiden.text.labels import load_labels


def generate_site(
    data_dir: Path,
    *,
    defer_rendering: bool = False,
    docs_dir: Path | None = None,
    repo_url: str | None = None,
    site_address: str | None = None,
) -> SiteContent:
    """Every generated page and file for the data in `data_dir`; raises `DataError`, also
    for a link in the hand-written pages of `docs_dir` to a role or comparison that is gone.

    With `defer_rendering`, the data is loaded and checked now but the pages' Markdown is
    left as requests (`SiteContent.requests`) for another process to render.
    """
    reading = read_data(data_dir)
    issues = list(reading.issues)
    if docs_dir is not None and reading.catalog is not None:
        issues += hand_written_link_issues(docs_dir, reading.catalog, reading.role_ids)
    if issues:
        raise DataError(issues)
    return _site(
        reading, defer_rendering=defer_rendering, repo_url=repo_url, site_address=site_address
    )


def preview_site(
    data_dir: Path,
    last_good: SiteContent | None = None,
    repo_url: str | None = None,
    docs_dir: Path | None = None,
    site_address: str | None = None,
) -> SiteContent:
    """What `mkdocs serve` shows while an editor works: every role and page the valid files
    make, a page naming the errors at the address of each role whose file has them, and
    the errors on every page. When the organisation or the vocabulary cannot be read,
    nothing can be built: the last good pages stay up, or stand-ins if there were none."""
    reading = read_data(data_dir)
    if reading.catalog is None:
        if last_good is not None and last_good.pages and last_good.state != "no_data":
            return dataclasses.replace(last_good, issues=reading.issues, state="last_good")
        return dataclasses.replace(
            placeholder_pages(reading.role_ids), issues=reading.issues, state="no_data"
        )
    content = _site(reading, defer_rendering=False, repo_url=repo_url, site_address=site_address)
    broken = [
        _broken_role_page(role_id, file, reading) for role_id, file in reading.broken_roles.items()
    ]
    # a hand-written page's link to a role that is gone: named on every page, as in a build
    issues = reading.issues
    if docs_dir is not None:
        issues += tuple(hand_written_link_issues(docs_dir, reading.catalog, reading.role_ids))
    return dataclasses.replace(
        content,
        pages=[*content.pages, *broken],
        issues=issues,
        state="partial" if issues else "ok",
    )


def _site(
    reading: DataReading,
    *,
    defer_rendering: bool,
    repo_url: str | None = None,
    site_address: str | None = None,
) -> SiteContent:
    assert reading.catalog is not None
    # what organisation.yml lets the site publish of pay: everything below is made from it
    catalog = published_catalog(reading.catalog)
    labels = withheld_texts(catalog.organisation.pay_publication, load_labels())
    described = site_pages(
        catalog, labels, reading.notices, repo_url=repo_url, site_address=site_address
    )
    # generated pages carry the glossary's abbreviations themselves, so `generate --out`
    # writes what MkDocs is given; the hook adds them to the hand-written pages
    definitions = abbreviations(catalog)
    render = PageRenderer(labels, suffix=definitions, defer=defer_rendering)
    pages = [
        GeneratedPage(page.src_uri, render(page), page.source_file, page.in_navigation)
        for page in described.pages
    ]
    return SiteContent(
        pages,
        file_jobs(catalog, described.documents, described.data_files),
        abbreviations=definitions,
        requests=render.requests,
        role_count=len(catalog.roles),
    )


def _broken_role_page(role_id: str, file: str, reading: DataReading) -> GeneratedPage:
    page = role_page(role_id)
    issues = [issue for issue in reading.issues if issue.file == file]
    markdown = render_page(
        shared_environment(), "broken_role.md.j2", page, load_labels(), role_id=role_id,
        file=file, issues=issues,
    )  # fmt: skip
    return GeneratedPage(page, markdown, in_navigation=False)


def error_notice(issues: tuple[Issue, ...], state: str = "partial") -> str:
    """A Markdown notice listing data errors, shown on every page while `mkdocs serve` runs."""
    return render_error_notice(shared_environment(), issues, load_labels(), state)


def not_found_context() -> dict[str, object]:
    """What the theme's 404 page (hooks/theme/404.html) shows: its words and where the roles are."""
    return {"not_found": load_labels()["not_found"], "not_found_roles_url": site_url(ROLES_PAGE)}


def site_url_notice(site_url: str | None) -> str | None:
    """What a build says when mkdocs.yml gives no site_url: the 404 page, which the web
    server shows at any missing address, can find the site's files only from the root."""
    return None if site_url else " ".join(load_labels()["site"]["no_site_url"].split())


def serving_message(address: str, data_dir: Path, *, watching: bool) -> str:
    """What `serve` says once it serves: where, and whether a save in the data rebuilds."""
    labels = load_labels()["site"]
    template = labels["serving"] if watching else labels["serving_unwatched"]
    shown = data_dir.relative_to(Path.cwd()) if data_dir.is_relative_to(Path.cwd()) else data_dir
    folder = visible(f"{shown.as_posix()}/")
    return " ".join(template.split()).format(address=address, folder=folder)


def state_message(state: str) -> str:
    """What the site shows while the data has errors, in words, for the terminal."""
    return load_labels()["errors"]["states"][state]


def placeholder_pages(role_ids: tuple[str, ...] = ()) -> SiteContent:
    """Stand-ins for the pages the navigation and the hand-written pages link to (and one per
    role file), when no valid data has loaded yet."""
    labels = load_labels()
    text = f"# {labels['site']['name']}\n\n{labels['errors']['notice_no_data']}\n"
    paths = [*NAVIGATION_PAGES, *(role_page(role_id) for role_id in role_ids)]
    return SiteContent(
        [GeneratedPage(path, text, in_navigation=path in NAVIGATION_PAGES) for path in paths], []
    )
