"""MkDocs adapter for Rollguiden: runs the core package (hooks/rollguiden) at build events.

Kept thin on purpose. It finds the data folder, hands the generated pages to MkDocs, and
turns data errors into a clean failure before anything is written (`mkdocs build`) or into
a notice on every page while the last good pages stay up (`mkdocs serve`).
"""

from __future__ import annotations

import functools
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import mkdocs.commands.serve
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from rollguiden.output.content_policy import meta_policy
from rollguiden.output.garbage_collection import garbage_collection_paused
from rollguiden.output.generated_page import SiteContent
from rollguiden.output.minify import is_own_asset, minified
from rollguiden.output.rebuild import (
    RebuildMemory,
    file_stamps,
    fingerprint,
    merged_search_index,
    page_address,
    pages_to_render,
)
from rollguiden.output.render import PendingMarkdown
from rollguiden.output.search_index import SEARCH_INDEX_PATH, compact_search_index
from rollguiden.output.worker import DeferredWork
from rollguiden.pages.hand_written_links import resolved_id_links
from rollguiden.reading.errors import DataError, Issue
from rollguiden.reading.load import data_folder, is_data_folder
from rollguiden.site import (
    error_notice,
    generate_site,
    not_found_context,
    preview_site,
    serving_message,
    site_url_notice,
    state_message,
)

log = logging.getLogger("mkdocs.hooks.rollguiden")


@dataclass
class _BuildState:
    # Module state survives rebuilds under `mkdocs serve` (MkDocs loads a hook once), which
    # is what lets a broken edit keep showing the last good pages.
    serving: bool = False
    watching_data: bool = True
    """Whether `serve` watches the data folder: not when it holds no data (see on_config)."""
    content: SiteContent = field(default_factory=lambda: SiteContent([], []))
    work: DeferredWork | None = None
    issues: tuple[Issue, ...] = ()
    edit_prefix: str | None = None
    """Where the data folder lies, seen from docs/: None when it is outside the project, and
    no edit link can point at it on the organisation's Git server."""
    # Under `serve`, a save rebuilds only what changed (rollguiden/output/rebuild.py).
    memory: RebuildMemory = field(default_factory=RebuildMemory)
    rebuilding: bool = False
    """A rebuild after a save: dirty, pages whose inputs did not change are kept."""
    site_key: str = ""
    page_keys: dict[str, str] = field(default_factory=dict)
    rendered: set[str] = field(default_factory=set)
    """The addresses of the pages this build renders."""
    page_order: list[str] = field(default_factory=list)
    outputs: set[str] = field(default_factory=set)


_state = _BuildState()


def on_startup(*, command: str, dirty: bool) -> None:
    _state.serving = command == "serve"


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    # written by hooks/theme/main.html; `serve` adds an inline script of its own to reload
    config.extra["content_security_policy"] = meta_policy(live_reload=_state.serving)
    data_dir = _data_dir(config)
    _state.watching_data = is_data_folder(data_dir)
    if _state.watching_data and str(data_dir) not in config.watch:
        config.watch.append(str(data_dir))
    project_dir = Path(config.config_file_path).parent.resolve()
    _state.edit_prefix = (
        os.path.relpath(data_dir.parent, config.docs_dir).replace(os.sep, "/")
        if data_dir.is_relative_to(project_dir)
        else None  # a link would spell out the build machine's folders, and lead nowhere
    )
    if _state.serving:
        # `serve` makes everything at once and shows what the valid files make, so that one
        # broken role file takes down that role only (see site.preview_site)
        with garbage_collection_paused(freeze=False):
            _state.content = preview_site(
                data_dir,
                _state.content,
                config.repo_url,
                Path(config.docs_dir),
                site_address=config.site_url,
            )
        _state.work = DeferredWork(_state.content, background=False)
        _state.issues = _state.content.issues
        for issue in _state.issues:
            log.error(str(issue))
        if _state.issues:
            log.warning(state_message(_state.content.state))
            _quiet_link_checks(config)
        else:
            log.info(f"Rolldatan i {data_dir.name}/ är giltig: {_state.content.role_count} roller.")
        return config
    try:
        # `mkdocs build` checks the data here, then renders the pages' Markdown, the Word
        # files and the API in a second process while MkDocs works through the pages
        with garbage_collection_paused(freeze=True):
            _state.content = generate_site(
                data_dir,
                defer_rendering=True,
                docs_dir=Path(config.docs_dir),
                repo_url=config.repo_url,
                site_address=config.site_url,
            )
        _state.work = DeferredWork(_state.content, background=True)
    except DataError as error:
        for issue in error.issues:
            log.error(str(issue))
        raise PluginError(f"{error.summary()} – bygget avbröts innan något skrevs.") from None
    if notice := site_url_notice(config.site_url):
        log.info(notice)  # a fact about deploying, not a fault: --strict must not stop on it
    return config


def on_serve(server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
    address = f"http://{config.dev_addr.host}:{config.dev_addr.port}/"
    log.info(serving_message(address, _data_dir(config), watching=_state.watching_data))
    server.builder = _rebuilding_what_changed(server.builder)
    return server


def _rebuilding_what_changed(builder: Any) -> Any:
    # MkDocs renders every page after each save (18 s for 150 roles); a dirty build renders
    # those whose file says it changed, which on_files decides from what changed. MkDocs
    # gives no setting for it, so the rebuild calls its build with dirty=True.
    @functools.wraps(builder)
    def rebuild(*args: Any, **kwargs: Any) -> None:
        build = mkdocs.commands.serve.build
        mkdocs.commands.serve.build = functools.partial(_dirty_build, build)
        _state.rebuilding = True
        try:
            builder(*args, **kwargs)
        finally:
            mkdocs.commands.serve.build = build

    return rebuild


def _dirty_build(build: Any, config: MkDocsConfig, **options: Any) -> None:
    # MkDocs warns, in English, that a dirty build may leave navigation and links stale;
    # this one renders again every page whose inputs changed, so the warning would mislead
    quiet = _DirtyWarningFilter()
    logging.getLogger("mkdocs.commands.build").addFilter(quiet)
    try:
        build(config, **{**options, "dirty": True})
    finally:
        logging.getLogger("mkdocs.commands.build").removeFilter(quiet)


class _DirtyWarningFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        return not str(record.msg).startswith("A 'dirty' build")


def on_pre_build(*, config: MkDocsConfig) -> None:
    # Under `serve --dirty` the theme's search keeps its last index and merges the pages it
    # renders into it, for one page at a time; on_post_build merges every page, so the
    # theme's own memory would only add stale sections.
    for plugin in config.plugins.values():
        if hasattr(plugin, "search_index_prev"):
            plugin.search_index_prev = None


def _quiet_link_checks(config: MkDocsConfig) -> None:
    # While data has errors, the pages that stand in for it lack some links and anchors the
    # hand-written pages point at; MkDocs' warnings about them would only bury the errors
    # that matter (and they are English): checked again once the data is whole.
    for checks in (config.validation.links, config.validation.nav):
        for name in ("not_found", "anchors"):
            if name in checks:
                checks[name] = logging.DEBUG


def on_files(files: Files, *, config: MkDocsConfig) -> Files:
    for page in _state.content.pages:
        if files.get_file_from_path(page.src_uri) is not None:
            raise PluginError(
                f"docs/{page.src_uri} krockar med en sida som Rollguiden genererar – "
                "byt namn på filen i docs/"
            )
        inclusion = InclusionLevel.UNDEFINED if page.in_navigation else InclusionLevel.NOT_IN_NAV
        if isinstance(page.markdown, PendingMarkdown):
            generated = _RenderedLater.generated(
                config, page.src_uri, content="", inclusion=inclusion
            )
            generated.pending = page.markdown
        else:
            generated = File.generated(
                config, page.src_uri, content=page.markdown, inclusion=inclusion
            )
        if page.source_file and _state.edit_prefix is not None:
            # The edit button opens the role's YAML file, not a page that does not exist.
            generated.edit_uri = f"{_state.edit_prefix}/{page.source_file}"
        files.append(generated)
    for path in _state.work.paths if _state.work else ():
        # a placeholder now, so links to the file check out; on_post_build writes it
        files.append(File.generated(config, path, content=b""))
    _minify_own_assets(files, config)
    if _state.serving:
        _plan_rebuild(files, config)
    return files


def on_nav(nav: Any, *, config: MkDocsConfig, files: Files) -> Any:
    # A generated page with nothing to show yet (no factor plan, no source text) leaves the
    # menu that mkdocs.yml names it in; MkDocs keeps a page that is not "in nav" there.
    hidden = {page.src_uri for page in _state.content.pages if not page.in_navigation}
    nav.items = _without_pages(nav.items, hidden)
    nav.pages = [page for page in nav.pages if page.file.src_uri not in hidden]
    return nav


def _without_pages(items: list[Any], hidden: set[str]) -> list[Any]:
    kept = []
    for item in items:
        if getattr(item, "children", None):
            item.children = _without_pages(item.children, hidden)
        if getattr(getattr(item, "file", None), "src_uri", None) not in hidden:
            kept.append(item)
    return kept


def _plan_rebuild(files: Files, config: MkDocsConfig) -> None:
    # Under `serve`: which pages this build renders (rollguiden/output/rebuild.py decides).
    # MkDocs asks each page's file whether it changed; it gets this build's answer.
    _state.page_keys = {
        page.src_uri: fingerprint(page.markdown)
        for page in _state.content.pages
        if isinstance(page.markdown, str)
    }
    pages = files.documentation_pages()
    # what every page shows: the glossary (added to hand-written pages), the data's error
    # notice, the pages the navigation lists, mkdocs.yml, the theme's templates, and each
    # hand-written page (its title may be in the navigation)
    sources = [Path(config.config_file_path), *(Path(folder) for folder in config.theme.dirs)]
    sources += [Path(file.abs_src_path) for file in pages if file.generated_by is None]
    _state.site_key = fingerprint(
        _state.content.abbreviations,
        error_notice(_state.issues, _state.content.state) if _state.issues else "",
        *sorted(page.src_uri for page in _state.content.pages if page.in_navigation),
        *file_stamps(source for source in sources if source.exists()),
    )
    chosen = pages_to_render(
        _state.memory,
        _state.site_key,
        {
            file.src_uri: _state.page_keys.get(file.src_uri, "") if file.generated_by else None
            for file in pages
        },
        rebuilding=_state.rebuilding,
    )
    for file in pages:
        file.is_modified = functools.partial(bool, file.src_uri in chosen)  # type: ignore[method-assign]
    _state.rendered = {page_address(file.url) for file in pages if file.src_uri in chosen}


def _minify_own_assets(files: Files, config: MkDocsConfig) -> None:
    # our scripts and style sheets in docs/, served minified; the theme's come minified
    docs_dir = Path(config.docs_dir).resolve()
    for file in list(files):
        if file.generated_by is not None or not is_own_asset(file.src_uri):
            continue
        if not Path(file.abs_src_path).resolve().is_relative_to(docs_dir):
            continue
        text = Path(file.abs_src_path).read_text("utf-8")
        files.remove(file)
        files.append(File.generated(config, file.src_uri, content=minified(file.src_uri, text)))


def on_env(env: Any, *, config: MkDocsConfig, files: Files) -> Any:
    if _state.serving:
        _state.page_order = [page_address(file.url) for file in files.documentation_pages()]
        _state.outputs = {file.dest_uri for file in files.documentation_pages()}
        _state.outputs |= set(_state.work.paths if _state.work else ())
        for file in files.documentation_pages():
            if file.page is not None and file.page.markdown is None:
                # kept from the last build: its title, for the navigation of the pages that
                # are rendered, is in its front matter or its first heading
                file.page.read_source(config)
    # The last event before MkDocs writes anything: the worker's files (the Word documents,
    # the API) must exist by now, so that if one cannot be made the build stops with the
    # site folder empty, not with half of it written and empty files in the rest.
    if _state.work is not None:
        try:
            _state.work.files()
        except Exception as error:  # a bug in making the files, not in the data
            raise PluginError(
                "filerna att ladda ner (Word, API) kunde inte skapas på grund av ett fel i "
                f"programmet ({type(error).__name__}: {error}) – inget har sparats; meddela "
                "den som sköter Rollguiden"
            ) from None
    return env


def on_build_error(*, error: Exception) -> None:
    # without this, a stopped build leaves the worker behind, and Python's exit prints its
    # "Exception ignored … Traceback" after the error message
    if _state.work is not None:
        _state.work.close()


def on_post_build(*, config: MkDocsConfig) -> None:
    for made in _state.work.files() if _state.work else ():
        target = Path(config.site_dir) / made.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(made.content)
    # the search plugin wrote its index in its own on_post_build, which runs before a hook's
    search_index = Path(config.site_dir) / SEARCH_INDEX_PATH
    if search_index.exists():
        written = search_index.read_text("utf-8")
        if _state.serving:
            # a dirty build's index holds the rendered pages only: the others' come back
            written = merged_search_index(
                written, _state.page_order, _state.rendered, _state.memory
            )
        search_index.write_text(compact_search_index(written), "utf-8")
    if _state.serving:
        gone = _state.memory.remember(_state.site_key, _state.page_keys, _state.outputs)
        for path in gone:  # a deleted role's pages, say: a dirty build leaves them behind
            (Path(config.site_dir) / path).unlink(missing_ok=True)


def on_page_markdown(markdown: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if page.file.generated_by is None:
        # links by id (roll:saljare) lead to the pages; the glossary on hand-written pages
        # too (generated ones carry it already)
        markdown = resolved_id_links(markdown, page.file.src_uri)
        markdown = f"{markdown}\n\n{_state.content.abbreviations}\n"
    if _state.issues:
        return error_notice(_state.issues, _state.content.state) + "\n" + markdown
    return markdown


def on_template_context(
    context: dict[str, Any], *, template_name: str, config: MkDocsConfig
) -> dict[str, Any]:
    if template_name == "404.html":
        context.update(not_found_context())
    return context


class _RenderedLater(File):
    """A generated page whose Markdown the worker process may still be rendering: MkDocs
    gets it when it reads the page, by then usually long done."""

    pending: PendingMarkdown

    @property
    def content_string(self) -> str:
        assert _state.work is not None
        return _state.work.markdown(self.pending)

    @content_string.setter
    def content_string(self, value: str) -> None:
        File.content_string.fset(self, value)

    @property
    def content_bytes(self) -> bytes:
        return self.content_string.encode("utf-8")

    @content_bytes.setter
    def content_bytes(self, value: bytes) -> None:
        File.content_bytes.fset(self, value)


def _data_dir(config: MkDocsConfig) -> Path:
    return data_folder(Path(config.config_file_path).parent)
