"""A new role's file, ready to fill in: every required field, each with a Swedish comment
saying what to write and, for fields that take ids, which ids exist in this organisation.

Nothing is copied from another role: the places to write in hold the placeholder `FYLL I`,
which `validate` reports field by field until each is filled in, so a half-written role can
never be published by mistake.
"""

from __future__ import annotations

import datetime
import re
import textwrap
from collections.abc import Iterable

from rollguiden.model.base import SLUG_PATTERN
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.yaml_reader import PLACEHOLDER
from rollguiden.text.swedish import slugify

_WIDTH = 92


def new_role_file(role_id: str, title: str, catalog: Catalog | None, today: datetime.date) -> str:
    """The YAML text of a new role with id `role_id` and title `title`. `catalog` (the data
    folder as far as it is valid) supplies the ids the comments list; None lists none."""
    fill = PLACEHOLDER

    def ids(kind: str) -> str:
        if catalog is None:
            return "se vocabulary.yml"
        return _listed(f"{term.id} ({term.label})" for term in getattr(catalog.vocabulary, kind))

    departments = (
        _listed(f"{d.id} ({d.name})" for d in catalog.organisation.departments)
        if catalog is not None
        else "se organisation.yml"
    )
    roles = _listed(role.id for role in catalog.roles) if catalog is not None else "se roles/"
    lines = [
        "# yaml-language-server: $schema=../schema/role.schema.json",
        *_comment(
            f"{title}: en ny roll. Skriv i varje fält där det står {fill}; raderna som börjar "
            "med # förklarar fälten och kan stå kvar eller tas bort. Kontrollera filen med "
            "uv run python -m rollguiden validate – den säger vilka fält som återstår."
        ),
        "",
        f"title: {_quoted(title)}",
        *_comment("Andra namn på rollen, som sökningen också hittar, till exempel [säljare]."),
        "aliases: []",
        *_comment("Två–tre meningar: vad rollen är till för."),
        f"summary: {fill}",
        *_comment("Rollens syfte och tyngdpunkt i en mening."),
        f"focus: {fill}",
        *_comment("Vilka kunder rollen typiskt arbetar med."),
        f"clients: {fill}",
        *_comment(f"Avdelningen, ett id ur organisation.yml: {departments}."),
        f"department: {fill}",
        *_comment(f"Befattningskategorin, ett id ur vocabulary.yml: {ids('classifications')}."),
        f"classification: {fill}",
        "",
        "reporting:",
        *_comment(
            "Närmaste chef som det skrivs i arbetsbeskrivningen, till exempel försäljningschefen.",
            indent=2,
        ),
        f"  reports_to: {fill}",
        *_comment(
            f"Finns chefens roll i Rollguiden: ta bort # och skriv dess id ({roles}).", indent=2
        ),
        "  # reports_to_role: ",
        *_comment(
            "Vem som går in när den som har rollen är borta, till exempel: Vid frånvaro utser "
            "närmaste chef en ersättare.",
            indent=2,
        ),
        f"  deputy: {fill}",
        *_comment(
            "Leder rollen medarbetare? Skriv då true: arbetsbeskrivningen tar med "
            "arbetsmiljöuppgifterna och personaluppgifterna ur organisation.yml.",
            indent=2,
        ),
        "  staff: false",
        "",
        "requirements:",
        "  education:",
        *_comment(f"Lägsta utbildningsnivå: {ids('education_levels')}.", indent=4),
        f"    level: {fill}",
        "  experience:",
        *_comment(
            "Minsta antal år av erfarenhet, ett heltal (0 = ingen erfarenhet krävs).", indent=4
        ),
        f"    min_years: {fill}",
        *_comment("Inom vilket område, i ord, till exempel försäljning.", indent=4),
        f"    field: {fill}",
        *_comment(f"Områden vars erfarenhet räknas, id: {ids('experience_fields')}.", indent=4),
        f"    accepted_fields: [{fill}]",
        *_comment(f"Personliga egenskaper, id: {ids('qualities')}.", indent=2),
        f"  qualities: [{fill}]",
        *_comment(f"Färdigheter, id: {ids('skills')}.", indent=2),
        f"  skills: [{fill}]",
        "",
        *_comment(
            "Arbetsuppgifterna, numrerade 1, 2, 3 … (de blir 2.1, 2.2 … i arbetsbeskrivningen). "
            f"Ansvarsområde (area), id: {ids('duty_areas')}. highlight: true tar med uppgiften "
            "i platsannonsen. Kopiera de fyra raderna för varje ny uppgift."
        ),
        "duties:",
        "  - number: 1",
        f"    area: {fill}",
        f"    text: {fill}",
        "    highlight: true",
        "",
        *_comment(
            "Befogenheterna (3.1, 3.2 …): vad rollen får besluta eller göra, till exempel "
            "Beslutar om rabatt inom prislistans nivåer. Slag av befogenhet (kind), id: "
            f"{ids('right_kinds')}. limit: gränsen i siffror, till exempel upp till 10 %; "
            "raden kan tas bort."
        ),
        "rights:",
        f"  - kind: {fill}",
        f"    text: {fill}",
        f"    limit: {fill}",
        "",
        *_comment(
            "Vad rollen svarar för som resultat, en rad för varje, till exempel Att "
            "avdelningen når sin försäljningsplan."
        ),
        "responsibilities:",
        f"  - {fill}",
        "",
        "career:",
        *_comment("Varifrån de som får rollen brukar komma, en rad per väg.", indent=2),
        "  entry_paths:",
        f"    - {fill}",
        "",
        *_comment(
            "Rollen är organisationens egen (own). Är ett avsnitt ett exempel som ska "
            "granskas, skriv dess fältnamn under example_fields, till exempel [pay], och ta "
            "bort det när det är granskat."
        ),
        "provenance:",
        "  basis: own",
        "  example_fields: []",
        "",
        *_comment("Arbetsbeskrivningens dokumentuppgifter: draft = utkast."),
        "document:",
        '  version: "1.0"',
        "  status: draft",
        "  history:",
        '    - version: "1.0"',
        f"      date: {today.isoformat()}",
        "      changes: Första utkastet.",
    ]
    return "\n".join(lines) + "\n"


def id_problem(role_id: str) -> str | None:
    """Why `role_id` cannot be a role's id, with the id to use instead; None if it can."""
    if re.fullmatch(SLUG_PATTERN, role_id):
        return None
    suggested = slugify(role_id)
    advice = f" – skriv {suggested}" if suggested else ""
    return (
        f"'{role_id}' kan inte vara ett id: det blir filnamnet och adressen och får bara "
        f"innehålla små bokstäver a–z, siffror och bindestreck{advice}"
    )


def _comment(text: str, indent: int = 0) -> list[str]:
    prefix = " " * indent + "# "
    return textwrap.wrap(
        text, _WIDTH - len(prefix), initial_indent=prefix, subsequent_indent=prefix
    )


def _listed(items: Iterable[str]) -> str:
    return ", ".join(items)


def _quoted(text: str) -> str:
    """The title as a YAML scalar, quoted so that a colon or a # in it stays text."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
