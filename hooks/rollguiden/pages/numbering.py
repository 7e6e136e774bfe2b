"""The numbering the job description and the profile share: section 1 the role's purpose and
place, 2 the duties, 3 responsibility and authority, 4 goals and follow-up, 5 the requirements,
6 conditions and governing documents, 7 a manager's work-environment and personnel tasks; a
point within one reads 2.13."""

from __future__ import annotations

SECTIONS = ("placement", "duties", "authority", "goals", "requirements", "conditions", "manager")


def section_number(section: str) -> int:
    return SECTIONS.index(section) + 1


def point_number(section: str, number: int) -> str:
    """A point's number as the documents print it: the duties' 13th point is "2.13"."""
    return f"{section_number(section)}.{number}"
