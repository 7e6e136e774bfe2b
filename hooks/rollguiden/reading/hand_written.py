"""The hand-written pages' links into the generated ones (a role's pages, a featured
comparison), checked against the data: a link to a role or a comparison that is gone is
named with its file and line, in Swedish, before anything is built. A page links to a role
by its id, `[säljare](roll:saljare)`, and to a featured comparison by its slug,
`[…](jamfor:kundtjanstchef-vs-saljare)`; the build turns them into addresses
(pages/hand_written_links.py), so a page need not know how deep it lies."""

from __future__ import annotations

import re
from pathlib import Path

from rollguiden.reading.catalog import Catalog
from rollguiden.reading.errors import Issue

# the target of a Markdown link or an HTML href, up to its closing bracket or quote
_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)|href=[\"']([^\"']+)")
_ROLE = re.compile(r"(?:^|/)roller/([^/#?]+)/")
_COMPARISON = re.compile(r"(?:^|/)jamfor/([^/#?]+)/")
ID_LINK = re.compile(r"\]\(\s*(roll|jamfor):([^)\s#]*)(#[^)\s]*)?\s*\)")
"""A link written by id: its kind, the id or slug, and an optional #anchor on the page."""
_NOT_A_ROLE = {"index.md"}
_NOT_A_COMPARISON = {"index.md", "roller"}


_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+)(?!`).*?(?<!`)\1(?!`)")


def without_code(markdown: str) -> str:
    """`markdown` with its code – fenced blocks and inline code – blanked out, every other
    character where it was: a link shown as an example in code is no link to check or
    resolve."""
    lines = []
    fence = None
    for line in markdown.splitlines(keepends=True):
        body = line.rstrip("\r\n")
        ending = line[len(body) :]
        opening = _FENCE.match(body)
        if fence is not None or opening:
            if fence is None:
                fence = opening.group(1)[0] * 3
            elif opening and opening.group(1).startswith(fence):
                fence = None
            lines.append(" " * len(body) + ending)
            continue
        lines.append(_CODE_SPAN.sub(lambda span: " " * len(span.group(0)), body) + ending)
    return "".join(lines)


def hand_written_link_issues(
    docs_dir: Path, catalog: Catalog, role_files: tuple[str, ...] = ()
) -> list[Issue]:
    """Every link in docs/ that leads to a role or a featured comparison the data no longer
    has, one issue each; a role in `role_files` (ids of files that are there, valid or not)
    is there, its own errors named elsewhere."""
    roles = {role.id for role in catalog.roles} | set(role_files)
    comparisons = {item.slug for item in catalog.comparisons}
    issues = []
    for page in sorted(docs_dir.rglob("*.md")):
        name = page.relative_to(docs_dir.parent).as_posix()
        for number, line in enumerate(without_code(page.read_text("utf-8")).splitlines(), 1):
            for match in ID_LINK.finditer(line):
                message = _unknown_id(match.group(1), match.group(2), roles, comparisons)
                if message:
                    issues.append(Issue(file=name, line=number, path=(), message=message))
            for match in _TARGET.finditer(line):
                target = match.group(1) or match.group(2)
                message = _broken(target, roles, comparisons)
                if message:
                    issues.append(Issue(file=name, line=number, path=(), message=message))
    return issues


def _unknown_id(kind: str, name: str, roles: set[str], comparisons: set[str]) -> str | None:
    if kind == "roll" and name not in roles:
        return (
            f"länken roll:{name} leder till en roll som inte finns i data/roles/ – ta bort "
            "länken eller skriv id:t på en roll som finns (filnamnet utan .yml)"
        )
    if kind == "jamfor" and name not in comparisons:
        return (
            f"länken jamfor:{name} leder till en jämförelse som inte finns i "
            "data/comparisons.yml – ta bort länken eller skriv jämförelsens två roll-id:n med -vs- "
            "emellan, som i jamfor:kundtjanstchef-vs-saljare"
        )
    return None


def _broken(target: str, roles: set[str], comparisons: set[str]) -> str | None:
    if "://" in target:
        return None  # another site's address
    role = _ROLE.search(target)
    if role and role.group(1) not in _NOT_A_ROLE and role.group(1) not in roles:
        return (
            f"länken {target} leder till rollen '{role.group(1)}', som inte finns i "
            "data/roles/ – ta bort länken eller låt den leda till en roll som finns"
        )
    comparison = _COMPARISON.search(target)
    if (
        comparison
        and comparison.group(1) not in _NOT_A_COMPARISON
        and comparison.group(1) not in comparisons
    ):
        return (
            f"länken {target} leder till jämförelsen '{comparison.group(1)}', som inte finns "
            "i data/comparisons.yml – ta bort länken eller låt den leda till en jämförelse "
            "som finns"
        )
    return None
