"""A draft job ad per role, in plain Swedish: a short pitch, the most important duties (not
all of them), the requirements, the merits and how the pay is built up. Made once as data
and written out as Markdown and as plain text, which the ad page offers to copy or save."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rollguiden.pages.paths import job_ad_file_stem
from rollguiden.pages.pay_view import Point
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog
from rollguiden.text.markup import attribute, readable_markdown_text
from rollguiden.text.phrases import experience_phrase
from rollguiden.text.swedish import in_sentence, join, upper_first

MOST_DUTIES = 6
"""Without duties marked `highlight`, the ad lists the first ones, at most this many."""


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
    example_badge: str = ""
    """The words that mark what the source does not give."""
    example_note: str | None = None
    """For a role that is an example as a whole: said first, before anything is copied."""
    examples: frozenset[str] = frozenset()
    """The lists (duties, requirements, merits, pay) that hold examples."""
    occupation: str | None = None
    """The occupation code a job board asks for (SSYK 2012), in a sentence."""
    occupation_unverified: str = ""
    """The words that mark an occupation code nobody has confirmed yet; empty once confirmed."""

    def markdown(self, *, page: bool = False) -> str:
        """The ad as Markdown, for the download and (`page`) the web page: data text escaped
        so it shows as written, in a way that still reads well as source. The page marks
        examples with the site's pill; the download with the same words in brackets."""
        lines = [f"# {readable_markdown_text(self.title)}", ""]
        if self.example_note:
            lines += [f"*{readable_markdown_text(self.example_note)}*", ""]
        lines += [f"{readable_markdown_text(paragraph)}\n" for paragraph in self.pitch]
        for key, heading, items in self._lists():
            mark = _markdown_mark(self.example_badge, page) if key in self.examples else ""
            lines += [f"## {readable_markdown_text(heading)}{mark}", ""]
            for point in items:
                lines.append(f"- {readable_markdown_text(point.text)}")
                # four spaces: Python-Markdown nests a list only at a full indent
                lines += [f"    - {readable_markdown_text(line)}" for line in point.under]
            lines.append("")
        if self.occupation:
            mark = _markdown_mark(self.occupation_unverified, page)
            lines += [readable_markdown_text(self.occupation) + mark, ""]
        lines += [
            f"## {readable_markdown_text(self.closing_heading)}",
            "",
            readable_markdown_text(self.closing),
            "",
        ]
        return "\n".join(lines)

    def text(self) -> str:
        """The ad as plain text, for pasting into any job board."""
        lines = [self.title, ""]
        if self.example_note:
            lines += [self.example_note, ""]
        lines += [f"{paragraph}\n" for paragraph in self.pitch]
        for key, heading, items in self._lists():
            mark = f" [{self.example_badge}]" if key in self.examples else ""
            lines.append(f"{heading}{mark}")
            for point in items:
                lines.append(f"• {point.text}")
                lines += [f"  – {line}" for line in point.under]
            lines.append("")
        if self.occupation:
            mark = f" [{self.occupation_unverified}]" if self.occupation_unverified else ""
            lines += [self.occupation + mark, ""]
        lines += [self.closing_heading, self.closing, ""]
        return "\n".join(lines)

    def _lists(self) -> list[tuple[str, str, tuple[Point, ...]]]:
        sections = [
            ("duties", self.duties_heading, tuple(map(Point, self.duties))),
            ("requirements", self.requirements_heading, tuple(map(Point, self.requirements))),
            ("merits", self.merits_heading, tuple(map(Point, self.merits))),
            ("pay", self.pay_heading, self.pay),
        ]
        return [(key, heading, items) for key, heading, items in sections if items]


def _markdown_mark(words: str, page: bool) -> str:
    """A mark after a heading or line: the site's pill on the page, brackets in a download."""
    if not words:
        return ""
    if page:
        return f' <span class="rg-example-badge">{attribute(words)}</span>'
    return f" \\[{readable_markdown_text(words)}\\]"


def job_ad(catalog: Catalog, view: RoleView, labels: dict[str, Any]) -> JobAd:
    texts = labels["job_ad"]
    role = view.role
    department = catalog.organisation.department_names()[role.department]
    own_words = role.job_ad
    highlighted = [duty.text for duty in role.duties if duty.highlight]
    duties = highlighted or [duty.text for duty in role.duties[:MOST_DUTIES]]
    # the ad's own words to the reader, where the role has them; else the role's own text
    duties_heading = texts["duties_heading"]
    if own_words and own_words.duties:
        duties = [upper_first(duty) for duty in own_words.duties]
        duties_heading = texts["duties_heading_to_you"].format(title=in_sentence(role.title))

    experience = role.requirements.experience
    requirements = [
        texts["education"].format(education=_lower_first(view.education_text)),
        experience_phrase(experience.min_years, experience.field, texts),
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
        pay = list(view.pay.points)
    elif role.compensation is not None:
        pay = [Point(role.compensation.summary), *map(Point, role.compensation.points)]

    return JobAd(
        title=texts["title"].format(title=in_sentence(role.title)),
        pitch=(
            texts["pitch"].format(
                organisation=catalog.organisation.name,
                title=in_sentence(role.title),
                department=in_sentence(department),
            ),
            own_words.pitch if own_words and own_words.pitch else role.summary,
        ),
        duties_heading=duties_heading,
        duties=tuple(duties),
        requirements_heading=texts["requirements_heading"],
        requirements=tuple(upper_first(item) for item in requirements),
        merits_heading=texts["merits_heading"],
        merits=tuple(merits),
        pay_heading=texts["pay_heading"],
        pay=tuple(pay),
        closing_heading=texts["closing_heading"],
        closing=" ".join(texts["closing"].split()),
        file_stem=job_ad_file_stem(role.id),
        example_badge=labels["provenance"]["badge"],
        example_note=" ".join(texts["example_note"].split())
        if role.provenance.basis == "example"
        else None,
        occupation=texts["occupation"].format(
            code=role.occupation_codes.ssyk.code, name=role.occupation_codes.ssyk.name
        )
        if role.occupation_codes
        else None,
        occupation_unverified=labels["provenance"]["unverified_badge"]
        if role.occupation_codes and not role.occupation_codes.ssyk.verified
        else "",
        examples=frozenset(
            section
            for section, fields in _SECTION_FIELDS.items()
            if any(view.example(name) for name in fields)
        ),
    )


_SECTION_FIELDS = {
    "duties": ("duties",),
    "requirements": ("requirements",),
    "merits": ("requirements",),
    "pay": ("pay", "compensation"),
}
"""Which of a role's fields each list of the ad is made of."""


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
