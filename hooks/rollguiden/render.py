"""Jinja2 rendering of the generated Markdown pages. Every printed value is escaped as plain
text unless a template or filter marked it safe, so data can never inject markup."""

from __future__ import annotations

from functools import partial
from typing import Any

from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from .errors import Issue
from .markup import attribute, code, css_string, front_matter_value, markdown_text
from .swedish import upper_first
from .views import relative_link


def _escape_by_default(value: Any) -> Any:
    return value if isinstance(value, Markup) else markdown_text(value)


def create_environment() -> Environment:
    environment = Environment(
        loader=PackageLoader("rollguiden", "templates"),
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
    environment.filters.update(
        md=markdown_text,
        attr=attribute,
        html=attribute,  # text inside raw HTML blocks: HTML-escaped, no Markdown escapes
        code=code,
        css_string=css_string,
        yaml=front_matter_value,
        upper_first=upper_first,
    )
    return environment


def render_page(
    environment: Environment, template: str, page: str, labels: dict[str, Any], **context: Any
) -> str:
    """Render `template` as the page at source path `page` (links are made relative to it)."""
    return environment.get_template(template).render(
        L=labels, link=partial(relative_link, page), **context
    )


def render_error_notice(
    environment: Environment, issues: tuple[Issue, ...], labels: dict[str, Any]
) -> str:
    return environment.get_template("error_notice.md.j2").render(L=labels, issues=issues)
