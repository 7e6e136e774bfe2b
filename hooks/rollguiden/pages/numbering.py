"""The numbering the job description and the profile share: section 1 the general
provisions, 2 the duties, 3 the rights, 4 the liabilities; a point within one reads 2.13."""

from __future__ import annotations

SECTIONS = ("general", "duties", "rights", "liabilities")


def section_number(section: str) -> int:
    return SECTIONS.index(section) + 1


def point_number(section: str, number: int) -> str:
    """A point's number as the documents print it: the duties' 13th point is "2.13"."""
    return f"{section_number(section)}.{number}"
