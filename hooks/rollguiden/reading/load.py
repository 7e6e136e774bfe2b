"""Loading the data folder: read every file, validate it, cross-check it, report all issues.

`load_catalog` is strict: any issue and nothing is returned (`site.generate_site` and the
command `validate` apply the same rule to what `read_data` returns). `read_data` returns
every issue and, beside them, the catalog of what is valid – the roles whose files have no
issue, references to the others left out – so that `mkdocs serve` keeps showing every good
role while an editor fixes one file.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar, get_args

from pydantic import BaseModel, ValidationError

from rollguiden.model import (
    Comparisons,
    Glossary,
    JobEvaluationPlan,
    Organisation,
    Role,
    Vocabulary,
)
from rollguiden.model.base import MAX_ID_LENGTH, SLUG_PATTERN
from rollguiden.model.vocabulary import VocabularyKind
from rollguiden.reading import crossref, evaluation_checks
from rollguiden.reading.catalog import Catalog
from rollguiden.reading.errors import DataError, Issue, line_for
from rollguiden.reading.messages import issues_from_validation_error
from rollguiden.reading.yaml_reader import YamlDocument, read_yaml_file
from rollguiden.text.swedish import slugify

DATA_DIR_VARIABLE = "ROLLGUIDEN_DATA"
"""Environment variable naming another data folder than ./data (for tests and benchmarks)."""


def configured_data_folder() -> Path | None:
    """$ROLLGUIDEN_DATA as a folder, or None when it is unset or empty. A relative path is
    taken from the current folder, as the shell that set it means it: the command line and
    the build read it the same way, so an empty value is never the current folder to one of
    them and ./data to the other."""
    configured = os.environ.get(DATA_DIR_VARIABLE, "").strip()
    return Path(configured) if configured else None


def data_folder(project_dir: Path) -> Path:
    """The data folder of the project in `project_dir`: ./data, or $ROLLGUIDEN_DATA."""
    return (configured_data_folder() or project_dir / "data").resolve()


ORGANISATION_FILE = "organisation.yml"
VOCABULARY_FILE = "vocabulary.yml"
COMPARISONS_FILE = "comparisons.yml"
GLOSSARY_FILE = "glossary.yml"
JOB_EVALUATION_FILE = "job_evaluation.yml"
ROLES_FOLDER = "roles"
ROLE_SUFFIXES = (".yml", ".yaml")


def is_data_folder(folder: Path) -> bool:
    """Whether `folder` holds Rollguiden data (its organisation file or its roles folder):
    what `serve` checks before it watches a folder, since watching /usr or a home folder
    means walking all of it, and then no page is served."""
    return (folder / ORGANISATION_FILE).is_file() or (folder / ROLES_FOLDER).is_dir()


M = TypeVar("M", bound=BaseModel)
_ROLE_ID = re.compile(SLUG_PATTERN)


@dataclass(frozen=True)
class DataReading:
    """Everything found in a data folder: the issues, and what can be used despite them."""

    issues: tuple[Issue, ...]
    catalog: Catalog | None
    """The valid part; None when the organisation or the vocabulary cannot be read."""
    broken_roles: dict[str, str] = field(default_factory=dict)
    """Role id → its file, for the roles left out of the catalog because of their issues."""
    notices: tuple[Issue, ...] = ()
    """Things worth a look that are no errors (a gap in the duty numbers): warnings."""
    role_ids: tuple[str, ...] = ()
    """Every role the roles folder holds a file for, valid or not."""


def load_catalog(data_dir: Path) -> Catalog:
    """The validated catalog in `data_dir`, or a `DataError` listing every issue found."""
    reading = read_data(data_dir)
    if reading.issues:
        raise DataError(reading.issues)
    assert reading.catalog is not None
    return reading.catalog


def read_data(data_dir: Path) -> DataReading:
    """Every issue in `data_dir`, and the catalog of the files that have none."""
    data_dir = Path(data_dir)
    if not data_dir.is_dir():
        return DataReading((Issue(_display(data_dir), None, (), "datamappen finns inte"),), None)
    issues: list[Issue] = []

    org_file = data_dir / ORGANISATION_FILE
    organisation, org_doc, found = _load_model(org_file, Organisation, data_dir)
    if org_doc is not None:
        findings = crossref.check_organisation(org_doc.data)
        found = _with_findings(found, org_file, org_doc, findings)
    organisation = organisation if not found else None
    issues += found
    vocab_file = data_dir / VOCABULARY_FILE
    vocabulary, vocab_doc, found = _load_model(vocab_file, Vocabulary, data_dir)
    if vocab_doc is not None:
        found = _with_findings(
            found, vocab_file, vocab_doc, crossref.check_vocabulary(vocab_doc.data)
        )
    vocabulary = vocabulary if not found else None
    issues += found

    # the factor plan before the roles, whose levels are checked against it; optional:
    # without it the site has no job evaluation
    plan: JobEvaluationPlan | None = None
    levels_of: dict[str, int] | None = None
    plan_file = data_dir / JOB_EVALUATION_FILE
    if plan_file.exists():
        plan, plan_doc, found = _load_model(plan_file, JobEvaluationPlan, data_dir)
        levels_of = {}
        if plan_doc is not None:
            levels_of = evaluation_checks.plan_levels(plan_doc.data)
            findings = evaluation_checks.check_plan(plan_doc.data)
            found = _with_findings(found, plan_file, plan_doc, findings)
        issues += found
        plan = plan if not found else None

    role_paths = _role_files(data_dir / ROLES_FOLDER, issues)
    loaded = {
        role_id: _load_model(path, Role, data_dir, context={"role_id": role_id})
        for role_id, path in role_paths.items()
    }
    raw_roles = {role_id: doc.data for role_id, (_, doc, _) in loaded.items() if doc is not None}
    known = _known_ids(organisation, vocabulary, role_paths, raw_roles)
    together = crossref.check_roles_together(raw_roles)
    valid_roles: dict[str, Role] = {}
    broken: dict[str, str] = {}
    notices: list[Issue] = []
    for role_id, (role, doc, found) in loaded.items():
        path = role_paths[role_id]
        if doc is not None:
            notices += _with_findings([], path, doc, crossref.duty_number_gaps(doc.data))
            findings = crossref.check_role(role_id, doc.data, known) + together.get(role_id, [])
            findings += evaluation_checks.check_role_levels(doc.data, levels_of)
            found = _with_findings(found, path, doc, findings)
        issues += found
        if role is not None and not found:
            valid_roles[role_id] = role
        else:
            broken[role_id] = _display(path)

    comparisons = Comparisons()
    comparisons_file = data_dir / COMPARISONS_FILE
    if comparisons_file.exists():  # optional: without it there are no featured pages
        loaded_pairs, pairs_doc, found = _load_model(comparisons_file, Comparisons, data_dir)
        if pairs_doc is not None:
            findings = crossref.check_comparisons(pairs_doc.data, known)
            found = _with_findings(found, comparisons_file, pairs_doc, findings)
        issues += found
        comparisons = loaded_pairs if loaded_pairs is not None and not found else comparisons

    glossary = Glossary()
    glossary_file = data_dir / GLOSSARY_FILE
    if glossary_file.exists():  # optional: without it no word is explained on hover
        loaded_terms, terms_doc, found = _load_model(glossary_file, Glossary, data_dir)
        if terms_doc is not None:
            found = _with_findings(
                found, glossary_file, terms_doc, crossref.check_glossary(terms_doc.data)
            )
        issues += found
        glossary = loaded_terms if loaded_terms is not None and not found else glossary

    if organisation is None or vocabulary is None:
        return DataReading(tuple(issues), None, broken, tuple(notices), tuple(role_paths))
    roles = [_without_references_to(role, broken) for role in valid_roles.values()]
    pairs = [pair for pair in comparisons.comparisons if not set(pair.roles) & broken.keys()]
    role_files = {
        role_id: role_paths[role_id].relative_to(data_dir.parent).as_posix()
        for role_id in valid_roles
    }
    catalog = Catalog.create(
        organisation, vocabulary, roles, role_files, pairs, glossary.terms, plan
    )
    return DataReading(tuple(issues), catalog, broken, tuple(notices), tuple(role_paths))


def _without_references_to(role: Role, left_out: dict[str, str]) -> Role:
    """The role, its manager's link dropped when the manager's file is left out."""
    if role.reporting.reports_to_role not in left_out:
        return role
    reporting = role.reporting.model_copy(update={"reports_to_role": None})
    return role.model_copy(update={"reporting": reporting})


def _known_ids(
    organisation: Organisation | None,
    vocabulary: Vocabulary | None,
    role_paths: dict[str, Path],
    raw_roles: dict[str, object],
) -> crossref.KnownIds:
    by_kind: dict[str, frozenset[str]] = {"roles": frozenset(role_paths)}
    names: dict[str, dict[str, str]] = {"roles": {}}
    for role_id, data in raw_roles.items():
        # "menade du" also knows a role by its title and its other names
        if isinstance(data, dict):
            titles = [data.get("title"), *(data.get("aliases") or [])]
            for title in titles:
                if isinstance(title, str):
                    names["roles"].setdefault(title.strip().casefold(), role_id)
    if organisation is not None:
        by_kind["departments"] = frozenset(organisation.department_names())
        names["departments"] = {
            department.name.casefold(): department.id for department in organisation.departments
        }
    if vocabulary is not None:
        for kind in get_args(VocabularyKind):
            terms = vocabulary.terms(kind)
            by_kind[kind] = frozenset(terms)
            names[kind] = {term.label.casefold(): term.id for term in terms.values()}
    return crossref.KnownIds(by_kind, names)


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
        if len(role_id) > MAX_ID_LENGTH:
            # the id is the page's folder and the Word file's name too: a longer one could
            # not be referred to, and past the system's limit not written at all
            issues.append(
                Issue(
                    _display(path),
                    None,
                    (),
                    f"filnamnet blir rollens id och får vara högst {MAX_ID_LENGTH} tecken "
                    f"(utan {path.suffix}), men är {len(role_id)} – döp om filen till ett "
                    "kortare namn",
                )
            )
            continue
        if not _ROLE_ID.match(role_id):
            suggested = slugify(role_id)[:MAX_ID_LENGTH].rstrip("-")
            advice = (
                f" – döp om filen till {suggested}{path.suffix}"
                if suggested
                else " (till exempel key-account-manager.yml)"
            )
            issues.append(
                Issue(
                    _display(path),
                    None,
                    (),
                    "filnamnet blir rollens id och får bara innehålla små bokstäver a–z, "
                    f"siffror och bindestreck{advice}",
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
    # an empty folder is an organisation that has not written its first role yet (after
    # `init`): the site builds, and the worklist says what to do
    return found


def _load_model(
    path: Path, model: type[M], data_dir: Path, *, context: dict | None = None
) -> tuple[M | None, YamlDocument | None, list[Issue]]:
    """The file's model (None if it has an issue), its YAML document, and its issues."""
    display = _display(path)
    if not path.is_file():
        return None, None, [Issue(display, None, (), "filen saknas")]
    if _outside(path, data_dir):
        # a data folder is the organisation's to publish: a link out of it would publish,
        # and name in error messages, a file nobody put there
        message = (
            "filen är en länk till en plats utanför datamappen – lägg själva filen i "
            "datamappen i stället"
        )
        return None, None, [Issue(display, None, (), message)]
    doc, issues = read_yaml_file(path, display)
    if doc is None:
        return None, None, issues
    if not isinstance(doc.data, dict):
        kind = "en lista" if isinstance(doc.data, list) else "ett enskilt värde"
        message = f"filen ska innehålla en mappning (nyckel: värde), men innehåller {kind}"
        return None, doc, [*issues, Issue(display, 1, (), message)]
    try:
        return model.model_validate(doc.data, context=context), doc, issues
    except ValidationError as error:
        found = issues_from_validation_error(error, model, display, doc.lines)
        return None, doc, [*issues, *(i for i in found if not _within(i.path, doc.unreadable))]


def _outside(path: Path, data_dir: Path) -> bool:
    """Whether a data file is a link (or in a linked folder) leading out of the data folder."""
    return not path.resolve().is_relative_to(data_dir.resolve())


def _within(path: tuple, unreadable: frozenset[tuple]) -> bool:
    """Whether `path` is, or lies inside, a field whose value could not be read."""
    return any(path[: len(field)] == field for field in unreadable)


def _with_findings(
    issues: list[Issue], path: Path, doc: YamlDocument, findings: list[crossref.Finding]
) -> list[Issue]:
    """The file's issues and the cross-checks' findings; where both speak of one field, the
    finding alone: it knows the ids that exist ("skriv id:t 'forsaljning'"), the model's
    pattern check only that the value is no id."""
    display = _display(path)
    spoken_for = {field_path for field_path, _ in findings}
    kept = [issue for issue in issues if issue.path not in spoken_for]
    return kept + [
        Issue(display, line_for(field_path, doc.lines), field_path, message)
        for field_path, message in findings
    ]


def _display(path: Path) -> str:
    """The path as the user will recognise it: relative to where they ran the command."""
    relative = os.path.relpath(path)
    return Path(relative).as_posix() if not relative.startswith("..") else Path(path).as_posix()
