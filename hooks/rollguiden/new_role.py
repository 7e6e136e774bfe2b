"""A new role's file, ready to fill in: every required field, each with a Swedish comment
saying what to write and, for fields that take ids, which ids exist in this organisation.

Nothing is copied from another role: the places to write in hold the placeholder `FYLL I`,
which `validate` reports field by field until each is filled in, so a half-written role can
never be published by mistake. The sections a role may have (languages, goals, conditions,
pay, pay criteria, occupation code, job ad, key clients) are written out too, commented, in
block style.
"""

from __future__ import annotations

import datetime
import re
import textwrap
from collections.abc import Iterable

from rollguiden.model.base import MAX_ID_LENGTH, NO_CONTROL_CHARACTERS, SLUG_PATTERN
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.yaml_reader import PLACEHOLDER
from rollguiden.text.swedish import slugify

_WIDTH = 92
OPTIONAL_HINT = "(Valfritt: ta bort # och mellanslaget i början av raderna nedan.)"


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
        *_optional(
            "Språkkrav: språket (ett id ur vocabulary.yml: "
            f"{ids('languages')}), nivån i ord och varför arbetet kräver språket. Kopiera de "
            "tre raderna för varje språk.",
            [
                "languages:",
                f"  - language: {fill}",
                f"    level: {fill}",
                f"    reason: {fill}",
            ],
            indent=2,
        ),
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
        *_optional(
            "Mål och uppföljning (4.1, 4.2 …): vad rollen mäts på, och hur ofta det följs upp.",
            ["kpis:", f"  - name: {fill}", f"    description: {fill}", f"follow_up: {fill}"],
        ),
        "",
        *_optional(
            "Särskilda villkor: var arbetet utförs och vilka resor det innebär.",
            ["conditions:", f"  place_of_work: {fill}", f"  travel: {fill}"],
        ),
        "",
        "career:",
        *_comment("Varifrån de som får rollen brukar komma, en rad per väg.", indent=2),
        "  entry_paths:",
        f"    - {fill}",
        "",
        *_optional(
            "Lönemodellen i siffror (provisionskalkylatorn, rollsidan och annonsen räknar med "
            "den). Belopp i kronor utan mellanslag, till exempel 35000. basis: revenue "
            "(provision på affärens belopp) eller margin (på täckningsbidraget). band_mode: "
            "per_deal (hela affären får satsen för sitt intervall) eller marginal (varje del "
            "av affären får sin sats). rate skrivs '4 %' eller 0.04, med punkt. Intervallen "
            "står i stigande ordning och det sista har inget up_to. cap: null betyder inget "
            "tak. below_plan: none (planen påverkar inte provisionen), proportional eller "
            "threshold (då också threshold: '80 %').",
            [
                "pay:",
                "  base_salary:",
                f"    min: {fill}",
                f"    typical: {fill}",
                f"    max: {fill}",
                "  commission:",
                f"    basis: {fill}",
                f"    band_mode: {fill}",
                "    bands:",
                f"      - up_to: {fill}",
                f"        rate: {fill}",
                f"      - rate: {fill}",
                "    cap: null",
                "  plan:",
                f"    monthly_target: {fill}",
                "    below_plan: none",
                "  typical_deal:",
                f"    amount: {fill}",
            ],
        ),
        "",
        *_optional(
            "Lönekriterier: det företaget utgår från när lönen i rollen sätts och utvecklas, "
            "en rad per kriterium. Sidan Lönekriterier visar dem med företagets lönepolicy.",
            ["pay_criteria:", f"  - {fill}"],
        ),
        "",
        *_optional(
            "Yrkeskoden i SSYK 2012 (SCB), med fyra siffror inom citattecken, och varifrån den "
            "kommer. verified: true när den är kontrollerad mot SCB; till dess står den på "
            "listan Att granska.",
            [
                "occupation_codes:",
                "  ssyk:",
                f'    code: "{fill}"',
                f"    name: {fill}",
                f"    source: {fill}",
                "    verified: false",
            ],
        ),
        "",
        *_optional(
            "Platsannonsens egna ord: några meningar om rollen till den som söker, och de "
            "uppgifter annonsen räknar upp (utan dem tar annonsen uppgifterna med highlight: "
            "true).",
            ["job_ad:", f"  pitch: {fill}", "  duties:", f"    - {fill}"],
        ),
        "",
        *_optional(
            "Nyckelkunder, för en roll som har hand om dem: vad som gör en kund till nyckelkund, "
            "kriterierna, och hur stor andel av företagets intäkter var och en står för, i "
            "procent (till exempel min: 10 och max: 20). Nyckelkundsanalysen räknar med det.",
            [
                "key_clients:",
                f"  summary: {fill}",
                "  criteria:",
                f"    - {fill}",
                "  income_share_each:",
                f"    min: {fill}",
                f"    max: {fill}",
            ],
        ),
        "",
        *_evaluation_section(catalog),
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


def _evaluation_section(catalog: Catalog | None) -> list[str]:
    """The role's levels on the factor plan, one per sub-criterion, when the data has a plan:
    commented, since a role without them is valid (the worklist names it until it has them)."""
    plan = catalog.job_evaluation if catalog is not None else None
    if plan is None:
        return []
    block = ["job_evaluation:", "  levels:"]
    for sub in plan.sub_criteria:
        block += [
            f"    # {sub.name}: nivå 1–{len(sub.levels)}",
            f"    {sub.id}:",
            f"      level: {PLACEHOLDER}",
            f"      motivation: {PLACEHOLDER}",
        ]
    explanation = (
        "Arbetsvärderingen: rollens nivå på varje delkriterium i faktorplanen "
        "(data/job_evaluation.yml), och varför, på en rad. Rollen får poäng när varje "
        "delkriterium har en nivå. Är 60 % eller fler av dem som har rollen kvinnor, skriv "
        "dominance: women under job_evaluation; är de män, dominance: men."
    )
    return [*_optional(explanation, block), ""]


TITLE_MAX_LENGTH = 200
"""As a title's field allows (model/base.py ShortText)."""
_LINE_BREAKS = re.compile("[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")


def title_problem(title: str) -> str | None:
    """Why `title` cannot be a role's title, in Swedish, or None: one line of plain text, as
    the title's field takes it (a line break would also end the comment it is written in)."""
    if not title.strip():
        return '--title: skriv rollens titel, till exempel "Säljare"'
    if _LINE_BREAKS.search(title) or not re.fullmatch(NO_CONTROL_CHARACTERS, title):
        return "--title: titeln ska stå på en rad, utan radbrytningar eller andra styrtecken"
    if len(title) > TITLE_MAX_LENGTH:
        return f"--title: titeln får vara högst {TITLE_MAX_LENGTH} tecken lång"
    return None


def id_problem(role_id: str) -> str | None:
    """Why `role_id` cannot be a role's id, with the id to use instead; None if it can."""
    if len(role_id) > MAX_ID_LENGTH:
        return (
            f"'{role_id[:20]}…' kan inte vara ett id: det blir filnamnet och adressen och får "
            f"vara högst {MAX_ID_LENGTH} tecken, men är {len(role_id)}"
        )
    if re.fullmatch(SLUG_PATTERN, role_id):
        return None
    suggested = slugify(role_id)
    advice = f" – skriv {suggested}" if suggested else ""
    return (
        f"'{role_id}' kan inte vara ett id: det blir filnamnet och adressen och får bara "
        f"innehålla små bokstäver a–z, siffror och bindestreck{advice}"
    )


def _optional(explanation: str, block: list[str], indent: int = 0) -> list[str]:
    """A section the role may have, written out in block style and commented: the
    explanation, how to take it in use, then the block itself behind "# ", which an editor
    removes from each line. Block style only: a copied {…} line invites a decimal comma,
    which YAML splits."""
    prefix = " " * indent + "# "
    return [
        *_comment(f"{explanation} {OPTIONAL_HINT}", indent),
        *(prefix + line for line in block),
    ]


def _comment(text: str, indent: int = 0) -> list[str]:
    prefix = " " * indent + "# "
    # an id is copied from here: never broken at its hyphens (key-account-manager)
    return textwrap.wrap(
        text,
        _WIDTH - len(prefix),
        initial_indent=prefix,
        subsequent_indent=prefix,
        break_on_hyphens=False,
        break_long_words=False,
    )


def _listed(items: Iterable[str]) -> str:
    return ", ".join(items)


def _quoted(text: str) -> str:
    """The title as a YAML scalar, quoted so that a colon or a # in it stays text."""
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
