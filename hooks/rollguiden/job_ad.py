"""A draft job ad per role, in plain Swedish: a short pitch, the most important duties (not
all of them), the requirements, the merits and how the pay is built up. Made once as data
and written out as Markdown and as plain text, which the ad page offers to copy or save."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .catalog import Catalog
from .markup import readable_markdown_text
from .swedish import in_sentence, join, upper_first
from .views import RoleView

MOST_DUTIES = 6
"""Without duties marked `highlight`, the ad lists the first ones, at most this many."""


@dataclass(frozen=True)
class Point:
    """One line of a list in the ad, with the lines that belong under it."""

    text: str
    under: tuple[str, ...] = ()


@dataclass(frozen=True)
class JobAd:
    title: str
    pitch: tuple[str, ...]
    duties_heading: str
    duties: tuple[str, ...]
    requirements_heading: str
    requirements: tuple[str, ...]
    merits_heading: str
    merits: tuple[str, ...]
    pay_heading: str
    pay: tuple[Point, ...]
    closing_heading: str
    closing: str
    file_stem: str

    def markdown(self) -> str:
        """The ad as Markdown, for the page and the download: data text escaped so it shows
        as written, in a way that still reads well as source."""
        lines = [f"# {readable_markdown_text(self.title)}", ""]
        lines += [f"{readable_markdown_text(paragraph)}\n" for paragraph in self.pitch]
        for heading, items in self._lists():
            lines += [f"## {readable_markdown_text(heading)}", ""]
            for point in items:
                lines.append(f"- {readable_markdown_text(point.text)}")
                # four spaces: Python-Markdown nests a list only at a full indent
                lines += [f"    - {readable_markdown_text(line)}" for line in point.under]
            lines.append("")
        lines += [
            f"## {readable_markdown_text(self.closing_heading)}",
            "",
            readable_markdown_text(self.closing),
            "",
        ]
        return "\n".join(lines)

    def text(self) -> str:
        """The ad as plain text, for pasting into any job board."""
        lines = [self.title, "", *[f"{paragraph}\n" for paragraph in self.pitch]]
        for heading, items in self._lists():
            lines.append(heading)
            for point in items:
                lines.append(f"• {point.text}")
                lines += [f"  – {line}" for line in point.under]
            lines.append("")
        lines += [self.closing_heading, self.closing, ""]
        return "\n".join(lines)

    def _lists(self) -> list[tuple[str, tuple[Point, ...]]]:
        sections = [
            (self.duties_heading, tuple(map(Point, self.duties))),
            (self.requirements_heading, tuple(map(Point, self.requirements))),
            (self.merits_heading, tuple(map(Point, self.merits))),
            (self.pay_heading, self.pay),
        ]
        return [(heading, items) for heading, items in sections if items]


def job_ad(catalog: Catalog, view: RoleView, labels: dict[str, Any]) -> JobAd:
    texts = labels["job_ad"]
    role = view.role
    department = catalog.organisation.department_names()[role.department]
    highlighted = [duty.text for duty in role.duties if duty.highlight]
    duties = highlighted or [duty.text for duty in role.duties[:MOST_DUTIES]]

    experience = role.requirements.experience
    requirements = [
        texts["education"].format(education=_lower_first(view.education_text)),
        texts["experience"].format(years=experience.min_years, field=experience.field)
        if experience.min_years
        else texts["no_experience"],
        texts["skills"].format(items=join([term.label.lower() for term in view.skills])),
        texts["qualities"].format(items=join([term.label.lower() for term in view.qualities])),
    ]
    spoken = [
        # a language's label is a name ("Engelska"); inside the sentence it is "engelska"
        f"{in_sentence(name)} ({level})"
        for name, level, required in view.language_requirements
        if required
    ]
    if spoken:
        requirements.append(texts["languages"].format(items=join(spoken)))
    merits = [*role.requirements.merits]
    merits += [
        upper_first(f"{name} ({level})")
        for name, level, required in view.language_requirements
        if not required
    ]

    pay: list[Point] = []
    if view.pay is not None:
        pay = [
            Point(view.pay.base),
            Point(view.pay.commission, under=view.pay.bands),
            Point(view.pay.cap),
            Point(view.pay.plan),
            Point(view.pay.base_never_reduced),
        ]
    elif role.compensation is not None:
        pay = [Point(role.compensation.summary), *map(Point, role.compensation.points)]

    return JobAd(
        title=texts["title"].format(title=role.title),
        pitch=(
            texts["pitch"].format(
                organisation=catalog.organisation.name,
                title=in_sentence(role.title),
                department=in_sentence(department),
            ),
            role.summary,
        ),
        duties_heading=texts["duties_heading"],
        duties=tuple(duties),
        requirements_heading=texts["requirements_heading"],
        requirements=tuple(upper_first(item) for item in requirements),
        merits_heading=texts["merits_heading"],
        merits=tuple(merits),
        pay_heading=texts["pay_heading"],
        pay=tuple(pay),
        closing_heading=texts["closing_heading"],
        closing=" ".join(texts["closing"].split()),
        file_stem=f"platsannons-{role.id}",
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
