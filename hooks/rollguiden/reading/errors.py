"""Data problems: one `Issue` per problem, gathered into a `DataError` and shown one line each."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

Path = tuple[str | int, ...]
"""A field path inside one YAML file: mapping keys and 0-based list positions."""


def format_path(path: Path) -> str:
    """Show a field path the way an editor counts: `duties[3].area` is the third duty.

    List positions are shown from 1, because that is how people count list items in YAML;
    the line number in the same message removes any doubt.
    """
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part + 1}]"
        else:
            text += f".{part}" if text else str(part)
    return text


# what a terminal would act on rather than show: C0 and C1 controls (ESC starts the
# sequences that move the cursor or clear a line), line and paragraph separators, and the
# marks that reverse the direction of the text after them
_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def visible(text: str) -> str:
    """`text` with every character a terminal would act on written out as an escape (`\\x1b`),
    so that a value or a file name in a message cannot rewrite the lines around it."""
    return _INVISIBLE.sub(lambda match: match.group(0).encode("unicode_escape").decode(), text)


def line_for(path: Path, lines: Mapping[Path, int]) -> int | None:
    """The line of the nearest part of `path` that the file has (a missing field → its parent)."""
    for end in range(len(path), -1, -1):
        line = lines.get(path[:end])
        if line is not None:
            return line
    return None


@dataclass(frozen=True, order=True)
class Issue:
    """One problem in one file: where it is and what is wrong, in Swedish."""

    file: str
    line: int | None
    path: Path = field(compare=False)
    message: str = field(compare=False)

    def __str__(self) -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        field_text = format_path(self.path)
        line = (
            f"{where}: {field_text}: {self.message}" if field_text else f"{where}: {self.message}"
        )
        return visible(line)


class DataError(Exception):
    """The data could not be used; carries every issue found, not just the first."""

    def __init__(self, issues: Iterable[Issue]) -> None:
        self.issues: tuple[Issue, ...] = tuple(sorted(issues, key=_sort_key))
        super().__init__("\n".join(str(issue) for issue in self.issues))

    def summary(self) -> str:
        return f"{len(self.issues)} fel i rolldatan"


def _sort_key(issue: Issue) -> tuple[str, int, str]:
    return (issue.file, issue.line or 0, format_path(issue.path))
