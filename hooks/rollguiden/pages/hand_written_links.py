"""The hand-written pages' links written by id (`roll:saljare`, `jamfor:<slug>`), turned into
links to the generated pages, relative to the page that has them, for MkDocs to check and
rewrite like any other link. reading/hand_written.py has already checked that every id is
there."""

from __future__ import annotations

import re

from rollguiden.pages.paths import comparison_page, relative_link, role_page
from rollguiden.reading.hand_written import ID_LINK, without_code

_PAGE_OF_KIND = {"roll": role_page, "jamfor": comparison_page}


def resolved_id_links(markdown: str, page: str) -> str:
    """`markdown` of the hand-written page `page` (its path in docs/), with each link by id
    leading to the generated page's source path; in code, the syntax is shown as it is."""

    def target(match: re.Match[str]) -> str:
        kind, name, anchor = match.group(1), match.group(2), match.group(3) or ""
        return f"]({relative_link(page, _PAGE_OF_KIND[kind](name))}{anchor})"

    # found where the page is no code, replaced at the same place in the page itself
    for match in reversed(list(ID_LINK.finditer(without_code(markdown)))):
        markdown = markdown[: match.start()] + target(match) + markdown[match.end() :]
    return markdown
