"""Synthetic role data for benchmarks and tests: N valid, varied roles with pay models and
featured comparisons, beside a copy of the real organisation, vocabulary, glossary, factor
plan and featured comparisons.

The source folder's own roles are copied in and count towards N, so that the hand-written
pages, which link to them, still build."""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import yaml

from rollguiden.model import Vocabulary
from rollguiden.reading.load import (
    COMPARISONS_FILE,
    GLOSSARY_FILE,
    JOB_EVALUATION_FILE,
    ORGANISATION_FILE,
    ROLES_FOLDER,
    VOCABULARY_FILE,
)

BASE_TITLES = (
    "Säljare", "Kundansvarig", "Key account manager", "Försäljningschef", "Innesäljare",
    "Fältsäljare", "Kundtjänstmedarbetare", "Säljsupport", "Affärsutvecklare", "Regionchef",
    "Partneransvarig", "Account executive", "Kundtjänstchef", "Exportsäljare", "Butikschef",
)  # fmt: skip
LEVELS = ("", "Junior ", "Senior ")
REGIONS = (
    "Nord", "Syd", "Öst", "Väst", "Mitt", "Export", "Offentlig sektor", "Detaljhandel",
    "Industri", "Storkund", "Norden", "Webb",
)  # fmt: skip
VERBS = (
    "Planerar", "Följer upp", "Ansvarar för", "Samordnar", "Analyserar", "Förhandlar om",
    "Rapporterar", "Utvecklar", "Säkerställer", "Dokumenterar", "Granskar", "Förbereder",
)  # fmt: skip
OBJECTS = (
    "kundbesök", "avtal med nya kunder", "försäljningsbudgeten", "kundfordringar",
    "kampanjer", "prislistor och rabatter", "leveranser", "reklamationer",
    "rapporter till ledningen", "kundernas behov", "offerter", "marknadsanalyser",
)  # fmt: skip
QUALIFIERS = (
    "varje vecka", "i sitt område", "enligt företagets rutiner", "tillsammans med säljsupport",
    "för nyckelkunderna", "inom ramen för budgeten", "i samråd med närmaste chef",
)  # fmt: skip
SYNTHETIC_MARK = "# Syntetisk roll för prestandamätning."
HEADER = "# yaml-language-server: $schema={schema}\n" + SYNTHETIC_MARK + "\n\n"
MAX_SYNTHETIC_ROLES = 10_000


def foreign_role_files(out: Path, source: Path) -> list[str]:
    """Role files in `out` that neither synth wrote nor copies from `source`: another
    organisation's data, which writing here would mix in or (with --force) overwrite."""
    ours = {path.name for path in (Path(source) / ROLES_FOLDER).glob("*.yml")}
    return [
        path.name
        for path in sorted((Path(out) / ROLES_FOLDER).glob("*.y*ml"))
        if path.name not in ours and not _is_synthetic(path)
    ]


def _is_synthetic(path: Path) -> bool:
    with path.open(encoding="utf-8", errors="replace") as file:
        return SYNTHETIC_MARK in (file.readline() + file.readline())


def write_synthetic_data(
    roles: int, out: Path, source: Path, seed: int = 1
) -> tuple[int, list[str]]:
    """Write a data folder of `roles` roles into `out`: `source`'s own roles, organisation,
    vocabulary, glossary and factor plan, and synthetic roles up to the number; synthetic
    roles already in `out` from an earlier run go first, so that the folder holds exactly
    `roles`.
    Returns how many roles were copied and the synthetic roles' ids. The same seed gives
    the same data."""
    out = Path(out)
    (out / ROLES_FOLDER).mkdir(parents=True, exist_ok=True)
    for earlier in (out / ROLES_FOLDER).glob("*.yml"):
        if _is_synthetic(earlier):
            earlier.unlink()
    for name in (ORGANISATION_FILE, VOCABULARY_FILE, GLOSSARY_FILE, JOB_EVALUATION_FILE):
        if (Path(source) / name).exists():
            shutil.copyfile(Path(source) / name, out / name)
    real = sorted((Path(source) / ROLES_FOLDER).glob("*.yml"))
    for path in real:
        shutil.copyfile(path, out / ROLES_FOLDER / path.name)
    vocabulary = Vocabulary.model_validate(
        yaml.safe_load((out / VOCABULARY_FILE).read_text("utf-8"))
    )
    departments = [
        department["id"]
        for department in yaml.safe_load((out / ORGANISATION_FILE).read_text("utf-8"))[
            "departments"
        ]
    ]
    schema_path = "../schema/role.schema.json"
    rng = random.Random(seed)
    ids = [f"roll-{index:04d}" for index in range(max(0, roles - len(real)))]
    for index, role_id in enumerate(ids):
        role = _role(rng, index, ids, vocabulary, departments)
        text = HEADER.format(schema=schema_path) + yaml.safe_dump(
            role, allow_unicode=True, sort_keys=False, width=100
        )
        (out / ROLES_FOLDER / f"{role_id}.yml").write_text(text, "utf-8")
    pairs = _pairs(rng, ids, max(1, len(ids) // 10)) if len(ids) > 1 else []
    # the real featured comparisons stay: the hand-written pages in docs/ link to them
    real_comparisons = []
    if (Path(source) / COMPARISONS_FILE).exists():
        real_comparisons = (
            yaml.safe_load((Path(source) / COMPARISONS_FILE).read_text("utf-8")) or {}
        ).get("comparisons", [])
    comparisons = {
        "comparisons": real_comparisons
        + [
            {
                "roles": list(pair),
                "title": f"Jämförelse {number + 1}",
                "intro": [f"En syntetisk jämförelse av {pair[0]} och {pair[1]}."],
            }
            for number, pair in enumerate(pairs)
        ]
    }
    (out / COMPARISONS_FILE).write_text(
        HEADER.format(schema="./schema/comparisons.schema.json")
        + yaml.safe_dump(comparisons, allow_unicode=True, sort_keys=False),
        "utf-8",
    )
    return len(real), ids


def _role(
    rng: random.Random, index: int, ids: list[str], vocabulary: Vocabulary, departments: list[str]
) -> dict[str, Any]:
    def pick(terms: list[Any], low: int, high: int) -> list[str]:
        count = rng.randint(min(low, len(terms)), min(high, len(terms)))
        return [term.id for term in rng.sample(terms, count)]

    title = f"{rng.choice(LEVELS)}{rng.choice(BASE_TITLES)} {rng.choice(REGIONS)} {index:03d}"
    title = title[0].upper() + title[1:]
    areas = [term.id for term in vocabulary.duty_areas]
    duties = []
    for number in range(1, rng.randint(5, 25) + 1):
        duty: dict[str, Any] = {"number": number, "area": rng.choice(areas), "text": _sentence(rng)}
        if number <= 5 and rng.random() < 0.5:
            duty["highlight"] = True
        duties.append(duty)
    years = rng.choice((0, 0, 1, 2, 3, 5, 8))
    role: dict[str, Any] = {
        "title": title,
        "summary": f"{title} arbetar med kunder och försäljning. {_sentence(rng)}",
        "focus": _sentence(rng),
        "clients": rng.choice(("Företagskunder i regionen.", "Konsumenter.", "Nyckelkunder.")),
        "department": rng.choice(departments),
        "classification": rng.choice([term.id for term in vocabulary.classifications]),
        "reporting": {
            "reports_to": "närmaste chef",
            "deputy": "Vid frånvaro utser närmaste chef en ersättare.",
        },
        "tasks": [_sentence(rng) for _ in range(rng.randint(2, 6))],
        "requirements": {
            "education": {"level": rng.choice([term.id for term in vocabulary.education_levels])},
            "experience": {
                "min_years": years,
                "field": "försäljning",
                "accepted_fields": pick(vocabulary.experience_fields, 1, 2),
            },
            "qualities": pick(vocabulary.qualities, 3, 8),
            "skills": pick(vocabulary.skills, 3, 8),
            "languages": [
                {
                    "language": rng.choice(vocabulary.languages).id,
                    "level": "goda kunskaper",
                    "required": rng.random() < 0.5,
                }
            ],
            "merits": [_sentence(rng) for _ in range(rng.randint(0, 3))],
        },
        "governing_documents": ["Företagets policyer och riktlinjer."],
        "duties": duties,
        "rights": [
            {"kind": kind, "text": _sentence(rng)} for kind in pick(vocabulary.right_kinds, 3, 7)
        ],
        "kpis": [
            {"name": f"Nyckeltal {n + 1}", "description": _sentence(rng)}
            for n in range(rng.randint(2, 5))
        ],
        "competences": [_sentence(rng) for _ in range(rng.randint(0, 6))],
        "pay": _pay(rng),
        "career": {"entry_paths": [_sentence(rng) for _ in range(rng.randint(1, 4))]},
        "pros": [_sentence(rng)],
        "cons": [_sentence(rng)],
        "provenance": {"basis": "example", "note": "Syntetisk roll för prestandamätning."},
        "document": {
            "version": "1.0",
            "status": "draft",
            "history": [{"version": "1.0", "date": "2026-01-01", "changes": "Första versionen."}],
        },
    }
    if index > 0 and rng.random() < 0.7:
        role["reporting"]["reports_to_role"] = rng.choice(ids[:index])  # earlier: no cycles
    return role


def _pay(rng: random.Random) -> dict[str, Any]:
    basis = rng.choice(("revenue", "margin"))
    limits = sorted(rng.sample(range(20_000, 2_000_000, 10_000), rng.randint(0, 2)))
    bands = [{"up_to": limit, "rate": round(rng.uniform(0.01, 0.2), 3)} for limit in limits]
    bands.append({"rate": round(rng.uniform(0.01, 0.2), 3)})
    typical = rng.choice((20_000, 50_000, 100_000, 250_000))
    rule = rng.choice(("none", "proportional", "threshold"))
    base = rng.randrange(24_000, 70_000, 1_000)
    return {
        "currency": "SEK",
        "base_salary": {"min": base - 3_000, "typical": base, "max": base + 8_000},
        "commission": {
            "basis": basis,
            "band_mode": rng.choice(("per_deal", "marginal")),
            "bands": bands,
            "cap": rng.choice((None, 20_000, 50_000)),
        },
        "plan": {
            "monthly_target": typical * rng.randint(2, 10),
            "below_plan": rule,
            "threshold": 0.8 if rule == "threshold" else None,
        },
        "typical_deal": {"amount": typical, "margin": typical // 4 if basis == "margin" else None},
    }


def _sentence(rng: random.Random) -> str:
    return f"{rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(QUALIFIERS)}."


def _pairs(rng: random.Random, ids: list[str], count: int) -> list[tuple[str, str]]:
    pairs: set[frozenset[str]] = set()
    result = []
    while len(result) < min(count, len(ids) * (len(ids) - 1) // 2):
        a, b = rng.sample(ids, 2)
        if frozenset((a, b)) not in pairs:
            pairs.add(frozenset((a, b)))
            result.append((a, b))
    return result
