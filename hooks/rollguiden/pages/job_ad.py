"""A draft job ad per role, as Swedish ads read: about us, the role in a few lines, what you
will do, a short checkable kravprofil with the meriting points apart, three qualities as
behaviour, what we offer, the terms of employment with the pay in one sentence, and how to
apply. Facts beyond the role come from the organisation's `job_ads`, overridden per role; a
fact given nowhere is a visible placeholder, listed in `missing`. Made once as data and
written out as Markdown and as plain text, which the ad page offers to copy or save."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rollguiden.model.job_ads import Employment, JobAdFacts
from rollguiden.model.pay import PayModel
from rollguiden.pages.paths import job_ad_file_stem
from rollguiden.pages.publication import range_text
from rollguiden.pages.views import RoleView
from rollguiden.reading.catalog import Catalog
from rollguiden.text.markup import attribute, readable_markdown_text
from rollguiden.text.phrases import experience_phrase, with_note
from rollguiden.text.swedish import (
    NBSP,
    format_money,
    format_percent,
    in_sentence,
    upper_first,
)

MOST_DUTIES = 6
"""Without duties marked `highlight`, the ad lists the first ones, at most this many."""
MOST_REQUIREMENTS = 5
"""A kravprofil of three to five requirements a recruiter can check."""
QUALITIES = 3
"""The role's first qualities, in its order of priority, described as behaviour."""

ORGANISATION_FACTS = ("about_us", "offer", "collective_agreement")
TERMS_FACTS = ("employment", "location", "start")
APPLY_FACTS = ("how_to_apply", "apply_by", "selection", "contact", "union_contacts")


@dataclass(frozen=True)
class AdSection:
    """One part of the ad: a heading, then paragraphs, a list, or labelled lines."""

    key: str
    heading: str
    paragraphs: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    example: bool = False
    """The section holds examples to review: its mark stands under the heading."""


@dataclass(frozen=True)
class JobAd:
    heading: str
    """The ad's own headline: the role and the company."""
    page_title: str
    sections: tuple[AdSection, ...]
    missing: tuple[str, ...]
    """The facts given nowhere, by their names in words: placeholders in the draft."""
    file_stem: str
    example_badge: str
    example_note: str | None = None
    """For a role that is an example as a whole: said first, before anything is copied."""
    unfilled: str = "[Fyll i:"
    """How a placeholder starts: the line that holds one is left out of what is published."""

    def markdown(self, *, page: bool = False) -> str:
        """The ad as Markdown, for the download and (`page`) the web page: data text escaped
        so it shows as written, in a way that still reads well as source. The page marks
        examples with the site's pill, under the heading (never in it, nor in the table of
        contents); the download with the same words in brackets."""
        lines = [f"# {readable_markdown_text(self.heading)}", ""]
        if self.example_note:
            lines += [f"*{readable_markdown_text(self.example_note)}*", ""]
        for section in self.sections:
            lines += [f"## {readable_markdown_text(section.heading)}", ""]
            if section.example:
                lines += [_markdown_mark(self.example_badge, page), ""]
            lines += [f"{readable_markdown_text(paragraph)}\n" for paragraph in section.paragraphs]
            if section.items:
                lines += [f"- {readable_markdown_text(item)}" for item in section.items]
                lines.append("")
        return "\n".join(lines)

    def text(self) -> str:
        """The ad as plain text, for pasting into any job board."""
        lines = [self.heading, ""]
        if self.example_note:
            lines += [self.example_note, ""]
        for section in self.sections:
            mark = f" [{self.example_badge}]" if section.example else ""
            lines.append(f"{section.heading}{mark}")
            lines += list(section.paragraphs)
            lines += [f"• {item}" for item in section.items]
            lines.append("")
        return "\n".join(lines)

    def board_text(self) -> str:
        """The ad as a job board publishes it: no marks for the reviewers, and no line that
        still holds a placeholder (a section left empty goes too)."""
        lines = [self.heading, ""]
        for section in self.sections:
            body = [*section.paragraphs, *(f"• {item}" for item in section.items)]
            body = [line for line in body if self.unfilled not in line]
            if body:
                lines += [section.heading, *body, ""]
        return "\n".join(lines)


def _markdown_mark(words: str, page: bool) -> str:
    """An example's mark as a line of its own: the site's pill on the page, brackets in a
    download."""
    if page:
        return f'<span class="rg-example-badge">{attribute(words)}</span>'
    return f"\\[{readable_markdown_text(words)}\\]"


@dataclass(frozen=True)
class AdFacts:
    """The ad's facts beyond the role: the role's own, else the organisation's; `examples`
    names those that came from organisation defaults marked as examples."""

    values: dict[str, Any]
    examples: frozenset[str]


def ad_facts(catalog: Catalog, view: RoleView) -> AdFacts:
    defaults = catalog.organisation.job_ads
    own: JobAdFacts | None = view.role.job_ad
    values, examples = {}, set()
    for name in ("about_us", *JobAdFacts.model_fields):
        value = getattr(own, name, None) if name != "about_us" else None
        if value is None:
            value = getattr(defaults, name)
            if value is not None and defaults.example:
                examples.add(name)
        values[name] = value
    return AdFacts(values, frozenset(examples))


def job_ad(catalog: Catalog, view: RoleView, labels: dict[str, Any]) -> JobAd:
    texts = labels["job_ad"]
    role = view.role
    facts = ad_facts(catalog, view)
    missing: list[str] = []

    def fact(name: str) -> Any:
        """The fact, or its placeholder (and the fact is listed as missing)."""
        value = facts.values[name]
        return _placeholder(texts, name, missing) if value is None else value

    def example(*names: str) -> bool:
        return any(name in facts.examples for name in names)

    title = in_sentence(role.title)
    department = catalog.organisation.department_names()[role.department]
    own_words = role.job_ad
    highlighted = [duty.text for duty in role.duties if duty.highlight]
    duties = highlighted or [duty.text for duty in role.duties[:MOST_DUTIES]]
    duties_heading = texts["duties_heading"]
    if own_words and own_words.duties:
        duties = [upper_first(duty) for duty in own_words.duties]
        duties_heading = texts["duties_heading_to_you"].format(title=title)

    # in the ad's order, so that the worklist names the missing facts as the reader meets them
    sections = [
        AdSection("about_us", texts["about_us_heading"], (fact("about_us"),),
                  example=example("about_us")),
        AdSection("role", texts["role_heading"], (
            texts["pitch"].format(organisation=catalog.organisation.name, title=title,
                                  department=in_sentence(department)),
            own_words.pitch if own_words and own_words.pitch else role.summary,
        ), example=not (own_words and own_words.pitch) and view.example("summary")),
        AdSection("duties", duties_heading, items=tuple(duties),
                  example=view.example("duties")),
        AdSection("requirements", texts["requirements_heading"],
                  items=_requirements(catalog, view, texts, missing),
                  example=view.example("requirements")),
        AdSection("merits", texts["merits_heading"], items=_merits(catalog, view),
                  example=view.example("requirements")),
        AdSection("qualities", texts["qualities_heading"], items=tuple(
            texts["quality"].format(label=term.label, description=_lower_first(term.description))
            for term in view.qualities[:QUALITIES]
        ), example=view.example("requirements")),
        AdSection("offer", texts["offer_heading"], items=(
            *_as_items(fact("offer")),
            texts["collective_agreement"].format(agreement=fact("collective_agreement")),
        ), example=example("offer", "collective_agreement")),
        AdSection("terms", texts["terms_heading"], items=(
            texts["term"].format(label=texts["term_labels"]["employment"],
                                 value=_employment(facts.values["employment"], texts)
                                 or fact("employment")),
            texts["term"].format(label=texts["term_labels"]["extent"],
                                 value=_extent(facts.values["employment"], texts)
                                 or _placeholder(texts, "extent", missing)),
            texts["term"].format(label=texts["term_labels"]["location"], value=fact("location")),
            # the travel the role's conditions name: an applicant weighs it before applying
            *_travel(view, texts),
            texts["term"].format(label=texts["term_labels"]["start"], value=fact("start")),
            texts["term"].format(label=texts["term_labels"]["pay"], value=_pay_sentence(
                catalog, view, texts, labels["publication"])
                or _placeholder(texts, "pay", missing)),
        ), example=example(*TERMS_FACTS) or view.example("pay")),
        AdSection("apply", texts["apply_heading"], (
            fact("how_to_apply"),
            texts["apply_by"].format(date=_date(facts.values["apply_by"]) or fact("apply_by")),
            fact("selection"),
            # the pay transparency directive (2023/970, art. 5): no question of pay history
            texts["no_pay_history"],
            texts["contact"].format(contact=fact("contact")),
            texts["union_contacts"].format(contacts=fact("union_contacts")),
        ), example=example(*APPLY_FACTS)),
    ]  # fmt: skip
    return JobAd(
        heading=texts["heading"].format(
            position=upper_first(title), organisation=catalog.organisation.name
        ),
        page_title=texts["title"].format(title=title),
        sections=tuple(section for section in sections if section.paragraphs or section.items),
        missing=tuple(dict.fromkeys(missing)),
        file_stem=job_ad_file_stem(role.id),
        example_badge=labels["provenance"]["badge"],
        unfilled=texts["placeholder"].split("{", 1)[0].strip(),
        example_note=" ".join(texts["example_note"].split())
        if role.provenance.basis == "example"
        else None,
    )


def _placeholder(texts: dict[str, Any], name: str, missing: list[str]) -> str:
    """A fact given nowhere: a placeholder the reader sees, and a name on the worklist."""
    missing.append(texts["facts"][name])
    return texts["placeholder"].format(what=texts["facts"][name])


def _requirements(
    catalog: Catalog, view: RoleView, texts: dict[str, Any], missing: list[str]
) -> tuple[str, ...]:
    """The kravprofil: the role's own list for the ad, else its education, experience and
    required languages (each with why the work needs it), and its first skills, at most
    five in all."""
    role = view.role
    if role.job_ad and role.job_ad.requirements:
        return tuple(role.job_ad.requirements)
    experience = role.requirements.experience
    items = [
        texts["education"].format(
            education=with_note(_lower_first(view.education_text), role.requirements.education.note)
        ),
        experience_phrase(experience.min_years, experience.field, texts),
    ]
    names = {term.id: term.label for term in catalog.vocabulary.languages}
    for language in role.requirements.languages:
        if language.required:
            items.append(_language(names[language.language], language, texts, missing))
    room = MOST_REQUIREMENTS - len(items)
    if room > 0 and view.skills:
        # a skill the vocabulary phrases as a requirement stands as such ("är van att …");
        # the others are named together after "har goda kunskaper i"
        chosen = view.skills[: min(room, 2)]
        items += [term.in_ad for term in chosen if term.in_ad]
        plain = [term.label.lower() for term in chosen if not term.in_ad]
        if plain:
            items.append(texts["skills"].format(items=" och ".join(plain)))
    return tuple(upper_first(item) for item in items[:MOST_REQUIREMENTS])


def _language(name: str, language: Any, texts: dict[str, Any], missing: list[str]) -> str:
    """'har goda kunskaper i engelska i tal och skrift, eftersom …': the level's own words
    around the language where they read so, else the level in brackets."""
    spoken = in_sentence(name)
    if language.or_other_foreign:
        spoken += texts["or_other_foreign"]
    level = language.level.strip()
    head, found, rest = level.partition("kunskaper")
    phrase = (
        texts["language"].format(level=f"{head}kunskaper", language=spoken, rest=rest)
        if found
        else texts["language_level"].format(language=spoken, level=level)
    )
    reason = language.reason or _placeholder(texts, "reason", missing)
    return texts["language_reason"].format(phrase=phrase, reason=_lower_first(reason))


def _merits(catalog: Catalog, view: RoleView) -> tuple[str, ...]:
    names = {term.id: term.label for term in catalog.vocabulary.languages}
    role = view.role
    return (
        *(merit.rstrip(".") for merit in role.requirements.merits),
        *(
            upper_first(f"{in_sentence(names[language.language])} ({language.level})")
            for language in role.requirements.languages
            if not language.required
        ),
    )


def _employment(employment: Employment | None, texts: dict[str, Any]) -> str | None:
    if employment is None:
        return None
    form = texts["employment_forms"][employment.form]
    if employment.probation_months is None:
        return form
    months = texts["months_in_words"][employment.probation_months - 1]
    return texts["probation"].format(form=form, months=months)


def _extent(employment: Employment | None, texts: dict[str, Any]) -> str | None:
    if employment is None:
        return None
    if employment.extent == "part_time" and employment.percent is not None:
        return texts["part_time_percent"].format(percent=employment.percent)
    return texts["extents"][employment.extent]


def _pay_sentence(
    catalog: Catalog, view: RoleView, texts: dict[str, Any], publication: dict[str, Any]
) -> str | None:
    """The base range and the variable pay in one sentence: the range is what pay
    transparency asks an ad to give."""
    role = view.role
    if role.id in catalog.withheld_pay:  # organisation.yml publishes a range, or no figure
        pay_range = catalog.withheld_pay[role.id]
        words = publication
        if pay_range is None:
            return words["none"]["ad"]
        return words["ranges"]["ad"].format(range=range_text(pay_range))
    if role.pay is None:
        return role.compensation.summary if role.compensation is not None else None
    pay: PayModel = role.pay
    currency = pay.currency or catalog.organisation.currency
    salary = pay.base_salary
    base = (
        format_money(salary.typical, currency)
        if salary.min == salary.max
        else f"{format_money(salary.min, None)}–{format_money(salary.max, currency)}"
    )
    rates = sorted({band.rate for band in pay.commission.bands})
    rate = (
        format_percent(rates[0])
        if len(rates) == 1  # "3–5 %": the sign once, after the range
        else texts["pay_rates"].format(low=format_percent(rates[0]).removesuffix(f"{NBSP}%"),
                                       high=format_percent(rates[-1]))
    )  # fmt: skip
    cap = (
        texts["pay_cap"].format(cap=format_money(pay.commission.cap, currency))
        if pay.commission.cap is not None
        else texts["pay_no_cap"]
    )
    sentence = texts["pay_sentence"].format(
        base=base,
        basis=texts["pay_basis"][pay.commission.deals][pay.commission.basis],
        rate=rate,
        cap=cap,
    )
    # what the plan does to the commission belongs in the one sentence: a reader who sees
    # only "4 %" would not know it falls below the plan
    if pay.plan.monthly_target is not None and pay.plan.below_plan != "none":
        share = format_percent(pay.plan.threshold) if pay.plan.threshold is not None else ""
        sentence += texts["pay_plan"][pay.plan.below_plan].format(share=share)
    if view.pay is not None and pay.plan.monthly_target is not None:
        at_plan = view.pay.months[1].total  # the example months: 50, 100 and 150 % of plan
        sentence += texts["pay_at_plan"].format(total=at_plan)
    return f"{sentence}."


def _as_items(value: list[str] | str) -> tuple[str, ...]:
    """A list fact's items, or its placeholder as the one item."""
    return tuple(value) if isinstance(value, list) else (value,)


def _date(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _travel(view: RoleView, texts: dict[str, Any]) -> tuple[str, ...]:
    """The role's travel (conditions.travel) as a term of employment, where it has any."""
    conditions = view.role.conditions
    if conditions is None or not conditions.travel:
        return ()
    return (texts["term"].format(label=texts["term_labels"]["travel"], value=conditions.travel),)
