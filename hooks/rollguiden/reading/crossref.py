"""Checks across fields and files: unique ids, references that resolve, numbering, cycles.

The checks read the raw YAML values, not the validated models, so that a file with a typo
in one field still gets its references checked: every problem of a build is reported in one
go. Values of the wrong type are skipped here; the model validation reports those.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, get_args

from rollguiden.model import Role
from rollguiden.model.vocabulary import VocabularyKind
from rollguiden.reading.errors import Path
from rollguiden.reading.messages import quoted, suggestion
from rollguiden.text.swedish import join, slugify

Finding = tuple[Path, str]

ROLE_REFERENCES: tuple[tuple[Path, str], ...] = (
    (("department",), "departments"),
    (("classification",), "classifications"),
    (("requirements", "education", "level"), "education_levels"),
    (("requirements", "qualities", "*"), "qualities"),
    (("requirements", "skills", "*"), "skills"),
    (("duties", "*", "area"), "duty_areas"),
    (("rights", "*", "kind"), "right_kinds"),
    (("reporting", "reports_to_role"), "roles"),
    (("requirements", "experience", "accepted_fields", "*"), "experience_fields"),
    (("requirements", "languages", "*", "language"), "languages"),
)
"""Where a role refers to an id defined elsewhere (`*` = every item of a list)."""

UNIQUE_IN_ROLE: tuple[Path, ...] = (
    ("requirements", "qualities", "*"),
    ("requirements", "skills", "*"),
    ("requirements", "experience", "accepted_fields", "*"),
    ("requirements", "languages", "*", "language"),
)
UNIQUE_IN_VOCABULARY: tuple[Path, ...] = tuple(
    (kind, "*", "id") for kind in get_args(VocabularyKind)
)

UNKNOWN: dict[str, str] = {
    "education_levels": "okänd utbildningsnivå",
    "classifications": "okänd befattningskategori",
    "qualities": "okänd egenskap",
    "skills": "okänd färdighet",
    "duty_areas": "okänt ansvarsområde",
    "right_kinds": "okänt slag av befogenhet",
    "experience_fields": "okänt erfarenhetsområde",
    "languages": "okänt språk",
    "departments": "okänd avdelning",
    "roles": "okänd roll",
}
_WHERE_DEFINED: dict[str, str] = {
    "departments": "organisation.yml under departments",
    "roles": "mappen roles",
}


@dataclass(frozen=True)
class KnownIds:
    """Ids that references may point at, by kind. A kind is absent when its file failed to
    load: its references are then not checked, so one broken file doesn't flood the report."""

    by_kind: Mapping[str, frozenset[str]]
    names: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    """By kind, what people call each id (case-folded name, label, title or alias → id):
    someone who writes a department's name where its id belongs is told the id."""


def values_at(data: Any, pattern: Path) -> Iterator[tuple[Path, Any]]:
    """Every (path, value) in `data` matching `pattern`, where `*` stands for each list item."""

    def walk(node: Any, rest: Path, path: Path) -> Iterator[tuple[Path, Any]]:
        if not rest:
            yield path, node
            return
        head, tail = rest[0], rest[1:]
        if head == "*":
            if isinstance(node, list):
                for i, item in enumerate(node):
                    yield from walk(item, tail, (*path, i))
        elif isinstance(node, dict) and head in node:
            yield from walk(node[head], tail, (*path, head))

    yield from walk(data, pattern, ())


def check_vocabulary(data: Any) -> list[Finding]:
    return [finding for pattern in UNIQUE_IN_VOCABULARY for finding in _duplicates(data, pattern)]


def check_organisation(data: Any) -> list[Finding]:
    return _duplicates(data, ("departments", "*", "id"))


def check_role(role_id: str, data: Any, known: KnownIds) -> list[Finding]:
    """References in one role resolve, lists hold no repeats, duties are numbered in order."""
    findings: list[Finding] = []
    for pattern, kind in ROLE_REFERENCES:
        if kind not in known.by_kind:
            continue
        for path, value in values_at(data, pattern):
            if kind == "roles" and value == role_id:
                findings.append((path, "en roll kan inte rapportera till sig själv"))
            else:
                findings += _reference(path, value, kind, known)
    for pattern in UNIQUE_IN_ROLE:
        findings += _duplicates(data, pattern)
    findings += _duty_numbering(data)
    for path, name in values_at(data, ("provenance", "example_fields", "*")):
        if isinstance(name, str) and name not in Role.model_fields:
            guess = suggestion(name, Role.model_fields)
            findings.append((path, f"'{quoted(name)}' är inget fält i en roll{guess}"))
    return findings


def duty_number_gaps(data: Any) -> list[Finding]:
    """Where a role's duty numbers skip (2.10 then 2.13): allowed, since a number may be kept
    free on purpose, but most often left behind by a renumbering, so worth a warning."""
    findings: list[Finding] = []
    previous = 0
    for path, number in values_at(data, ("duties", "*", "number")):
        if not isinstance(number, int) or isinstance(number, bool):
            continue
        if number > previous + 1:
            missing = [f"2.{n}" for n in range(previous + 1, number)]
            shown = join(missing) if len(missing) <= 3 else f"{missing[0]}–{missing[-1]}"
            jump = f"hoppar från 2.{previous} till" if previous else "börjar på"
            findings.append(
                (
                    path,
                    f"numren {jump} 2.{number} ({shown} saknas) – numrera om, om luckan inte "
                    "är avsiktlig",
                )
            )
        previous = max(previous, number)
    return findings


def check_roles_together(roles: Mapping[str, Any]) -> dict[str, list[Finding]]:
    """Checks that need every role (id → raw data): unique titles, reporting without cycles."""
    findings: dict[str, list[Finding]] = {role_id: [] for role_id in roles}
    first_with_title: dict[str, str] = {}
    for role_id, data in roles.items():
        for path, title in values_at(data, ("title",)):
            if not isinstance(title, str):
                continue
            key = title.strip().casefold()
            if key in first_with_title:
                message = f"titeln används redan av rollen '{first_with_title[key]}'"
                findings[role_id].append((path, message))
            else:
                first_with_title[key] = role_id

    manager_of = {
        role_id: value
        for role_id, data in roles.items()
        for _, value in values_at(data, ("reporting", "reports_to_role"))
        if isinstance(value, str)
    }
    for role_id in roles:
        chain = [role_id]
        current = manager_of.get(role_id)
        while current in manager_of and current not in chain:
            chain.append(current)
            current = manager_of[current]
        if current == role_id and len(chain) > 1:
            loop = " → ".join([*chain, role_id])
            findings[role_id].append(
                (("reporting", "reports_to_role"), f"rapportvägen går i cirkel: {loop}")
            )
    return findings


def _duty_numbering(data: Any) -> list[Finding]:
    findings: list[Finding] = []
    position_of: dict[int, int] = {}
    previous = 0
    for path, number in values_at(data, ("duties", "*", "number")):
        if not isinstance(number, int) or isinstance(number, bool):
            continue
        position = int(path[1]) + 1
        if number in position_of:
            where = f"duties[{position_of[number]}]"
            findings.append((path, f"nummer {number} (2.{number}) står redan på {where}"))
            continue
        position_of[number] = position
        if number < previous:
            findings.append(
                (
                    path,
                    f"nummer {number} kommer efter {previous} – "
                    "arbetsuppgifterna ska stå i stigande nummerordning",
                )
            )
        previous = max(previous, number)
    return findings


def _reference(path: Path, value: Any, kind: str, known: KnownIds) -> list[Finding]:
    ids = known.by_kind[kind]
    if not isinstance(value, str) or value in ids:
        return []
    where = _WHERE_DEFINED.get(kind, f"vocabulary.yml under {kind}")
    advice = _id_for(value, ids, known.names.get(kind, {})) or f" – finns inte i {where}"
    return [(path, f"{UNKNOWN[kind]} '{quoted(value)}'{advice}")]


def _id_for(value: str, ids: frozenset[str], names: Mapping[str, str]) -> str:
    """Advice when a reference is not an id: the id of what it names, or the id it resembles
    (as typed, as an id would be spelt, or by name); '' when nothing fits."""
    named = names.get(value.strip().casefold())
    if named is not None:
        return f" – skriv id:t '{named}', inte namnet"
    spelt = slugify(value)
    if spelt in ids:
        return f" – skriv id:t '{spelt}'"
    guess = suggestion(value, ids) or suggestion(spelt, ids)
    if guess:
        return guess
    close = suggestion(value.casefold(), names)
    if close:
        name = close.split("'")[1]
        return f" – menade du '{names[name]}' ({name})?"
    return ""


def _duplicates(data: Any, pattern: Path) -> list[Finding]:
    findings: list[Finding] = []
    first: dict[str, Path] = {}
    for path, value in values_at(data, pattern):
        if not isinstance(value, str):
            continue
        if value in first:
            position = next(part for part in reversed(first[value]) if isinstance(part, int))
            findings.append((path, f"'{quoted(value)}' står redan på plats {position + 1}"))
        else:
            first[value] = path
    return findings


COMPARISON_WITHOUT_ROLE = (
    "okänd roll '{role}' – finns inte i mappen roles. Jämförelsen är skriven om den rollen: "
    "ta bort posten, eller byt roll och skriv om dess inledning och rubrik"
)


def check_comparisons(data: Any, known: KnownIds) -> list[Finding]:
    """Both roles of a featured comparison exist and differ; no pair is featured twice."""
    findings: list[Finding] = []
    seen: dict[frozenset[str], int] = {}
    for path, pair in values_at(data, ("comparisons", "*", "roles")):
        if not isinstance(pair, list):
            continue
        for index, role_id in enumerate(pair):
            # no guess at another role: the comparison's introduction is written about this
            # one, and another role would get words that are not about it
            if isinstance(role_id, str) and role_id not in known.by_kind["roles"]:
                findings.append(((*path, index), COMPARISON_WITHOUT_ROLE.format(role=role_id)))
        if len(pair) == 2 and pair[0] == pair[1]:
            findings.append((path, "en roll kan inte jämföras med sig själv"))
            continue
        key = frozenset(str(role_id) for role_id in pair)
        position = int(path[1]) + 1
        if key in seen:
            findings.append((path, f"paret jämförs redan på plats {seen[key]}"))
        else:
            seen[key] = position
    return findings


def check_glossary(data: Any) -> list[Finding]:
    """Each term once: a second definition would silently replace the first."""
    return _duplicates(data, ("terms", "*", "term"))
