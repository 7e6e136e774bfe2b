"""Jinja2 rendering of the generated Markdown pages. Every printed value is escaped as plain
text unless a template or filter marked it safe, so data can never inject markup."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache, partial
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from rollguiden.pages.numbering import point_number
from rollguiden.pages.page import Page
from rollguiden.pages.paths import example_anchor, relative_link
from rollguiden.reading.errors import Issue
from rollguiden.text.markup import (
    attribute,
    code,
    front_matter_value,
    json_attribute,
    markdown_text,
)
from rollguiden.text.swedish import in_sentence, join, plural, upper_first


def _escape_by_default(value: Any) -> Any:
    return value if isinstance(value, Markup) else markdown_text(value)


def create_environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("rollguiden.pages", "templates"),
        undefined=StrictUndefined,  # a misspelt label or field fails the build, loudly
        # `finalize` escapes every printed value for Markdown and returns Markup, so the
        # HTML autoescape that follows leaves it alone; autoescape stays on because it
        # makes macros return Markup, which lets them be printed without escaping twice.
        finalize=_escape_by_default,
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        auto_reload=True,  # template edits show up under `mkdocs serve`
    )
    environment.globals.update(example_anchor=example_anchor, point_number=point_number)
    environment.filters.update(
        md=markdown_text,
        attr=attribute,
        html=attribute,  # text inside raw HTML blocks: HTML-escaped, no Markdown escapes
        json_attr=json_attribute,  # data for the browser tools, in a data-* attribute
        code=code,
        yaml=front_matter_value,
        upper_first=upper_first,
        in_sentence=in_sentence,
        plural=plural,
        listed=lambda items: join([str(item) for item in items]),  # "a, b och c"
    )
    return environment


@cache
def shared_environment() -> Environment:
    """One environment per process, so each template is compiled once."""
    return create_environment()


def render_page(
    environment: Environment, template: str, page: str, labels: dict[str, Any], **context: Any
) -> str:
    """Render `template` as the page at source path `page` (links are made relative to it)."""
    return environment.get_template(template).render(
        L=labels, link=partial(relative_link, page), **context
    )


@dataclass(frozen=True)
class PageRequest:
    """A page to render: what `render_page` is given, plus text to end the page with."""

    template: str
    page: str
    labels: dict[str, Any]
    context: dict[str, Any]
    suffix: str = ""

    def render(self, environment: Environment) -> str:
        markdown = render_page(environment, self.template, self.page, self.labels, **self.context)
        return f"{markdown}\n\n{self.suffix}\n" if self.suffix else markdown


@dataclass(frozen=True)
class PendingMarkdown:
    """A page's Markdown that is still to be rendered: request number `index`."""

    index: int


@dataclass
class PageRenderer:
    """Renders the described pages with `labels`, each ending with `suffix` (the glossary's
    abbreviations).

    At once by default. With `defer`, it only notes each request and hands back a
    `PendingMarkdown`: `mkdocs build` renders the requests in a second process while MkDocs
    works through the pages in the first (see worker.py).
    """

    labels: dict[str, Any]
    suffix: str = ""
    defer: bool = False
    requests: list[PageRequest] = field(default_factory=list)

    def __call__(self, page: Page) -> str | PendingMarkdown:
        request = PageRequest(page.template, page.src_uri, self.labels, page.context, self.suffix)
        if not self.defer:
            return request.render(shared_environment())
        self.requests.append(request)
        return PendingMarkdown(len(self.requests) - 1)


def render_error_notice(
    environment: Environment, issues: tuple[Issue, ...], labels: dict[str, Any], state: str
) -> str:
    return environment.get_template("error_notice.md.j2").render(
        L=labels, issues=issues, state=state
    )
