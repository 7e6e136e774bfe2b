"""`rollguiden init`: the shipped example made into the organisation's own starting point.
The organisation's name is written where the example's stood; the example roles (every role
whose provenance is not the organisation's own), the featured comparisons between them, and
the passages of the hand-written pages and mkdocs.yml marked as the example's are removed,
unless they are kept. The vocabulary, the glossary, the writing rules and the settings stay.
Every change is worked out before any file is touched."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import yaml

from rollguiden.reading.catalog import Catalog
from rollguiden.reading.load import COMPARISONS_FILE, ORGANISATION_FILE

EXAMPLE_ORGANISATION = "Exempelbolaget AB"
"""The organisation Rollguiden ships with: data/ is its example while organisation.yml
keeps this name."""
MAX_NAME_LENGTH = 120

# A passage that belongs to the example, in a hand-written page or in mkdocs.yml, starts and
# ends with a marker line: <!-- Exemplet börjar … --> and <!-- Exemplet slutar. --> (in
# mkdocs.yml: # Exemplet börjar … and # Exemplet slutar.). The marker lines go with it.
EXAMPLE_STARTS = "Exemplet börjar"
EXAMPLE_ENDS = "Exemplet slutar"
SITE_CONFIG = "mkdocs.yml"


@dataclass(frozen=True)
class FileChange:
    """One file to write (`text`) or to remove (`text` None)."""

    path: Path
    text: str | None


class NotTheExample(Exception):
    """The data is not the shipped example any more: init has run, or it was edited."""


def name_problem(name: str) -> str | None:
    """Why `name` cannot be the organisation's name, in Swedish, or None."""
    if not name.strip():
        return '--organisation: skriv organisationens namn, till exempel "Nordvik AB"'
    if len(name) > MAX_NAME_LENGTH:
        return f"--organisation: namnet får vara högst {MAX_NAME_LENGTH} tecken långt"
    if any(not character.isprintable() for character in name):
        return "--organisation: namnet ska stå på en rad, utan tabbar eller andra styrtecken"
    return None


def starting_point(
    project_dir: Path, data_dir: Path, catalog: Catalog, name: str, *, keep_examples: bool
) -> list[FileChange]:
    """What init changes, for the organisation `name`; raises NotTheExample when the data
    no longer is the example."""
    if catalog.organisation.name != EXAMPLE_ORGANISATION:
        raise NotTheExample(catalog.organisation.name)
    name = name.strip()
    changes = [_organisation_file(data_dir, name)]
    if keep_examples:
        return changes
    removed = {role.id for role in catalog.roles if role.provenance.basis != "own"}
    changes += [
        FileChange(data_dir.parent / catalog.role_files[role_id], None)
        for role_id in sorted(removed)
    ]
    comparisons = data_dir / COMPARISONS_FILE
    if comparisons.is_file():
        kept = [item for item in catalog.comparisons if not set(item.roles) & removed]
        if len(kept) < len(catalog.comparisons):
            text = _comparisons_file(comparisons.read_text("utf-8"), kept)
            changes.append(FileChange(comparisons, text))
    for page in sorted((project_dir / "docs").rglob("*.md")):
        changes += _without_example(page, "<!--")
    config = project_dir / SITE_CONFIG
    if config.is_file():
        changes += _without_example(config, "#")
    return changes


def apply(changes: list[FileChange]) -> None:
    """Writes the files first and removes the roles last: a stop half-way leaves a data
    folder that still validates."""
    for change in changes:
        if change.text is not None:
            change.path.write_text(change.text, "utf-8")
    for change in changes:
        if change.text is None:
            change.path.unlink(missing_ok=True)


def _organisation_file(data_dir: Path, name: str) -> FileChange:
    """organisation.yml with the name where the example's stood: its `name`, and every text
    that names it (the job ads' "about us"), each written the way its value can hold it."""
    path = data_dir / ORGANISATION_FILE
    text = path.read_text("utf-8")
    edits = []
    for node in _scalars(yaml.compose(text)):
        if EXAMPLE_ORGANISATION not in node.value:
            continue
        start, end = node.start_mark.index, node.end_mark.index
        if node.style in ("|", ">"):
            # inside a block of text anything goes, and the name holds no line break
            edits.append((start, end, text[start:end].replace(EXAMPLE_ORGANISATION, name)))
        else:
            # a plain value could end at the name's ": " or start a comment at its " #":
            # written as a quoted string (JSON's is YAML's), whatever characters it has
            value = node.value.replace(EXAMPLE_ORGANISATION, name)
            edits.append((start, end, json.dumps(value, ensure_ascii=False)))
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return FileChange(path, text)


def _scalars(node: yaml.Node | None) -> list[yaml.ScalarNode]:
    """Every text value in the document, mapping keys left out."""
    if isinstance(node, yaml.ScalarNode):
        return [node]
    if isinstance(node, yaml.SequenceNode):
        return [scalar for item in node.value for scalar in _scalars(item)]
    if isinstance(node, yaml.MappingNode):
        return [scalar for _, value in node.value for scalar in _scalars(value)]
    return []


def _comparisons_file(text: str, kept: list) -> str:
    """The file's opening comments (which say how a comparison is written), and the
    comparisons that are kept."""
    lines = text.splitlines()
    header = []
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            break
        header.append(line)
    body = (
        yaml.safe_dump(
            {"comparisons": [item.model_dump(mode="json", exclude_defaults=True) for item in kept]},
            allow_unicode=True,
            sort_keys=False,
            width=92,
        )
        if kept
        else "comparisons: []\n"
    )
    return "\n".join(header).rstrip("\n") + "\n\n" + body


def _without_example(path: Path, comment: str) -> list[FileChange]:
    """The file without its marked passages; nothing when it has none."""
    text = path.read_text("utf-8")
    kept: list[str] = []
    inside = found = joint = False
    for line in text.splitlines(keepends=True):
        stripped = line.strip()
        if stripped.startswith(comment) and EXAMPLE_STARTS in stripped:
            inside = found = True
            continue
        if stripped.startswith(comment) and EXAMPLE_ENDS in stripped:
            inside, joint = False, True
            continue
        if inside:
            continue
        # a passage between two blank lines leaves one blank line, not two
        if not (joint and not stripped and kept and not kept[-1].strip()):
            kept.append(line)
        joint = False
    if not found:
        return []
    return [FileChange(path, "".join(kept))]
