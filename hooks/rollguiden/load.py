"""Loading the data folder: read every file, validate it, cross-check it, report all issues."""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import TypeVar, get_args

from pydantic import BaseModel, ValidationError

from . import crossref
from .catalog import Catalog
from .errors import DataError, Issue, line_for
from .messages import issues_from_validation_error
from .model import Comparisons, Glossary, Organisation, Role, Vocabulary
from .model.vocabulary import VocabularyKind
from .yaml_reader import YamlDocument, read_yaml_file

DATA_DIR_VARIABLE = "ROLLGUIDEN_DATA"
"""Environment variable naming another data folder than ./data (for tests and benchmarks)."""

ORGANISATION_FILE = "organisation.yml"
VOCABULARY_FILE = "vocabulary.yml"
COMPARISONS_FILE = "comparisons.yml"
GLOSSARY_FILE = "glossary.yml"
ROLES_FOLDER = "roles"
ROLE_SUFFIXES = (".yml", ".yaml")
M = TypeVar("M", bound=BaseModel)
_ROLE_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")


def load_catalog(data_dir: Path) -> Catalog:
    """The validated catalog in `data_dir`, or a `DataError` listing every issue found."""
    data_dir = Path(data_dir)
    issues: list[Issue] = []

    if not data_dir.is_dir():
        raise DataError([Issue(_display(data_dir), None, (), "datamappen finns inte")])

    org_file = data_dir / ORGANISATION_FILE
    organisation, org_doc = _load_model(org_file, Organisation, issues, data_dir=data_dir)
    vocab_file = data_dir / VOCABULARY_FILE
    vocabulary, vocab_doc = _load_model(vocab_file, Vocabulary, issues, data_dir=data_dir)
    if org_doc is not None:
        _add_findings(issues, org_file, org_doc, crossref.check_organisation(org_doc.data))
    if vocab_doc is not None:
        _add_findings(issues, vocab_file, vocab_doc, crossref.check_vocabulary(vocab_doc.data))

    role_paths = _role_files(data_dir / ROLES_FOLDER, issues)
    known = _known_ids(organisation, vocabulary, role_paths)
    roles: list[Role] = []
    role_docs: dict[str, YamlDocument] = {}
    for role_id, path in role_paths.items():
        role, doc = _load_model(path, Role, issues, data_dir=data_dir, context={"role_id": role_id})
        if role is not None:
            roles.append(role)
        if doc is not None:
            role_docs[role_id] = doc
            _add_findings(issues, path, doc, crossref.check_role(role_id, doc.data, known))
    raw_roles = {role_id: doc.data for role_id, doc in role_docs.items()}
    for role_id, findings in crossref.check_roles_together(raw_roles).items():
        _add_findings(issues, role_paths[role_id], role_docs[role_id], findings)

    comparisons = Comparisons()
    comparisons_file = data_dir / COMPARISONS_FILE
    if comparisons_file.exists():  # optional: without it there are no featured pages
        loaded, comparisons_doc = _load_model(
            comparisons_file, Comparisons, issues, data_dir=data_dir
        )
        comparisons = loaded or comparisons
        if comparisons_doc is not None:
            findings = crossref.check_comparisons(comparisons_doc.data, known)
            _add_findings(issues, comparisons_file, comparisons_doc, findings)

    glossary = Glossary()
    glossary_file = data_dir / GLOSSARY_FILE
    if glossary_file.exists():  # optional: without it no word is explained on hover
        loaded_glossary, glossary_doc = _load_model(
            glossary_file, Glossary, issues, data_dir=data_dir
        )
        glossary = loaded_glossary or glossary
        if glossary_doc is not None:
            findings = crossref.check_glossary(glossary_doc.data)
            _add_findings(issues, glossary_file, glossary_doc, findings)

    if issues:
        raise DataError(issues)
    assert organisation is not None and vocabulary is not None
    role_files = {
        role_id: path.relative_to(data_dir.parent).as_posix()
        for role_id, path in role_paths.items()
    }
    return Catalog.create(
        organisation, vocabulary, roles, role_files, comparisons.comparisons, glossary.terms
    )


def _known_ids(
    organisation: Organisation | None,
    vocabulary: Vocabulary | None,
    role_paths: dict[str, Path],
) -> crossref.KnownIds:
    by_kind: dict[str, frozenset[str]] = {"roles": frozenset(role_paths)}
    if organisation is not None:
        by_kind["departments"] = frozenset(organisation.department_names())
    if vocabulary is not None:
        for kind in get_args(VocabularyKind):
            by_kind[kind] = frozenset(vocabulary.terms(kind))
    return crossref.KnownIds(by_kind)


def _role_files(folder: Path, issues: list[Issue]) -> dict[str, Path]:
    """Role id → file; names that cannot be ids, and two files for one id, are issues."""
    if not folder.is_dir():
        issues.append(Issue(_display(folder), None, (), "mappen med roller saknas"))
        return {}
    found: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith((".", "~", "#")) or path.suffix not in ROLE_SUFFIXES:
            continue  # editor backups and lock files, READMEs
        role_id = path.stem
        if not _ROLE_ID.match(role_id):
            issues.append(
                Issue(
                    _display(path),
                    None,
                    (),
                    "filnamnet blir rollens id och får bara innehålla små bokstäver a–z, "
                    "siffror och bindestreck (till exempel key-account-manager.yml)",
                )
            )
            continue
        if role_id in found:
            issues.append(
                Issue(
                    _display(path),
                    None,
                    (),
                    f"rollen '{role_id}' finns redan i {found[role_id].name} – ett id per roll",
                )
            )
            continue
        found[role_id] = path
    if not found and not issues:
        issues.append(Issue(_display(folder), None, (), "det finns inga roller i mappen"))
    return found


def _load_model(
    path: Path,
    model: type[M],
    issues: list[Issue],
    *,
    data_dir: Path,
    context: dict | None = None,
) -> tuple[M | None, YamlDocument | None]:
    display = _display(path)
    if not path.is_file():
        issues.append(Issue(display, None, (), "filen saknas"))
        return None, None
    if _outside(path, data_dir):
        # a data folder is the organisation's to publish: a link out of it would publish,
        # and name in error messages, a file nobody put there
        message = (
            "filen är en länk till en plats utanför datamappen – lägg själva filen i "
            "datamappen i stället"
        )
        issues.append(Issue(display, None, (), message))
        return None, None
    doc, read_issues = read_yaml_file(path, display)
    issues.extend(read_issues)
    if doc is None:
        return None, None
    if not isinstance(doc.data, dict):
        kind = "en lista" if isinstance(doc.data, list) else "ett enskilt värde"
        message = f"filen ska innehålla en mappning (nyckel: värde), men innehåller {kind}"
        issues.append(Issue(display, 1, (), message))
        return None, doc
    try:
        return model.model_validate(doc.data, context=context), doc
    except ValidationError as error:
        found = issues_from_validation_error(error, model, display, doc.lines)
        issues.extend(issue for issue in found if not _within(issue.path, doc.unreadable))
        return None, doc


def _outside(path: Path, data_dir: Path) -> bool:
    """Whether a data file is a link (or in a linked folder) leading out of the data folder."""
    return not path.resolve().is_relative_to(data_dir.resolve())


def _within(path: tuple, unreadable: frozenset[tuple]) -> bool:
    """Whether `path` is, or lies inside, a field whose value could not be read."""
    return any(path[: len(field)] == field for field in unreadable)


def _add_findings(
    issues: list[Issue], path: Path, doc: YamlDocument, findings: list[crossref.Finding]
) -> None:
    display = _display(path)
    for field_path, message in findings:
        issues.append(Issue(display, line_for(field_path, doc.lines), field_path, message))


def _display(path: Path) -> str:
    """The path as the user will recognise it: relative to where they ran the command."""
    relative = os.path.relpath(path)
    return Path(relative).as_posix() if not relative.startswith("..") else Path(path).as_posix()
