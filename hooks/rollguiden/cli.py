"""The command line: `python -m rollguiden init --organisation NAME | validate | review |
new-role ID --title TITLE | generate --out DIR [--project] | schema [--check] |
synth --roles N --out DIR`. Every failure ends with Swedish lines and a
non-zero exit code: 1 for problems in the data, 2 for a command or a folder that cannot be
used."""

from __future__ import annotations

import argparse
import datetime
import errno
import re
import shutil
import sys
from pathlib import Path

from rollguiden.new_role import id_problem, new_role_file, title_problem
from rollguiden.output.standalone import (
    ABBREVIATIONS_FILE,
    StandaloneConfigError,
    standalone_config,
)
from rollguiden.output.worker import run_jobs
from rollguiden.pages.hand_written_links import resolved_id_links
from rollguiden.pages.review import worklist
from rollguiden.reading.errors import DataError, visible
from rollguiden.reading.hand_written import hand_written_link_issues
from rollguiden.reading.load import (
    DATA_DIR_VARIABLE,
    ORGANISATION_FILE,
    ROLES_FOLDER,
    configured_data_folder,
    read_data,
)
from rollguiden.reading.schema import stale_schema_files, write_schema_files
from rollguiden.site import generate_site, not_found_context
from rollguiden.starting_point import NotTheExample, apply, name_problem, starting_point
from rollguiden.synth import MAX_SYNTHETIC_ROLES, foreign_role_files, write_synthetic_data
from rollguiden.text.labels import load_labels

USAGE_ERROR = 2
PROJECT_DIR = Path(__file__).resolve().parents[2]
"""The project the package lives in (hooks/rollguiden): its mkdocs.yml, docs/ and theme."""


class UsageError(Exception):
    """A command that cannot run as given: the message says why, in Swedish, on one line."""


def main(argv: list[str] | None = None) -> int:
    parser = _parser()
    arguments = parser.parse_args(argv)
    try:
        if arguments.command == "validate":
            return _validate(arguments.data)
        if arguments.command == "generate":
            return _generate(
                arguments.data, arguments.out, force=arguments.force, project=arguments.project
            )
        if arguments.command == "synth":
            return _synth(arguments)
        if arguments.command == "review":
            return _review(arguments.data)
        if arguments.command == "new-role":
            return _new_role(arguments.data, arguments.id, arguments.title)
        if arguments.command == "init":
            return _init(arguments.data, arguments.organisation, arguments.keep_examples)
        return _schema(arguments.data, check=arguments.check)
    except DataError as error:
        for issue in error.issues:
            print(issue, file=sys.stderr)
        print(f"{error.summary()}.", file=sys.stderr)
        return 1
    except UsageError as error:
        print(visible(f"{parser.prog}: {error}"), file=sys.stderr)
        return USAGE_ERROR
    except OSError as error:
        where = f" '{error.filename}'" if error.filename else ""
        reason = _OS_ERRORS.get(error.errno or 0, error.strerror)
        print(visible(f"{parser.prog}: kunde inte använda{where} – {reason}"), file=sys.stderr)
        return USAGE_ERROR


def _options(args: list[str]) -> list[str]:
    """The arguments that are options (-a, --title=x), up to a lone "--"; not "-5", a number."""
    found = []
    for arg in args:
        if arg == "--":
            break
        if arg.startswith("-") and arg != "-" and not re.match(r"-\d", arg):
            found.append(arg)
    return found


def _parser() -> argparse.ArgumentParser:
    parser = _SwedishParser(
        prog="python -m rollguiden",
        description="Rollguiden: kontrollera rolldatan och generera sidorna.",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=configured_data_folder() or Path("data"),
        help=f"datamappen (standard: ${DATA_DIR_VARIABLE} eller ./data)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    init = commands.add_parser(
        "init",
        help="gör exemplet till företagets egen början: namnet skrivs in och "
        "exempelrollerna tas bort",
    )
    init.add_argument(
        "--organisation", required=True, help='företagets namn, till exempel "Nordvik AB"'
    )
    init.add_argument(
        "--keep-examples",
        action="store_true",
        help="behåll exempelrollerna, jämförelserna och sidorna om källtexten",
    )
    commands.add_parser("validate", help="kontrollera all data och lista alla fel")
    commands.add_parser(
        "review", help="lista det som behöver granskas: exempel, utkast, oanvända begrepp …"
    )
    new_role = commands.add_parser(
        "new-role", help="skriv en ny roll att fylla i: data/roles/<id>.yml"
    )
    new_role.add_argument("id", help="rollens id: små bokstäver a–z, siffror och bindestreck")
    new_role.add_argument("--title", required=True, help='rollens titel, till exempel "Säljare"')
    generate = commands.add_parser(
        "generate", help="skriv de genererade Markdown-sidorna till en mapp"
    )
    generate.add_argument("--out", type=Path, required=True, help="en tom mapp att skriva till")
    generate.add_argument("--force", action="store_true", help="skriv även om mappen inte är tom")
    generate.add_argument(
        "--project",
        action="store_true",
        help="skriv ett komplett projekt som kan byggas utan Rollguidens MkDocs-tillägg, "
        "till exempel med Zensical",
    )
    schema = commands.add_parser("schema", help="skriv JSON Schema för datafilerna")
    schema.add_argument(
        "--check", action="store_true", help="skriv inget; misslyckas om schemat är inaktuellt"
    )
    synth = commands.add_parser(
        "synth", help="skriv syntetisk rolldata för prestandamätning till en datamapp"
    )
    synth.add_argument("--roles", type=_role_count, required=True, help="antal roller")
    synth.add_argument("--out", type=Path, required=True, help="en tom mapp att skriva till")
    synth.add_argument("--seed", type=int, default=1, help="samma frö ger samma data")
    synth.add_argument(
        "--force",
        action="store_true",
        help="skriv även om mappen inte är tom (syntetiska roller från förra gången ersätts)",
    )
    for command in commands.choices.values():
        command.is_command = True
    return parser


def _validate(data_dir: Path) -> int:
    reading = read_data(data_dir)
    for notice in reading.notices:
        print(f"Varning: {notice}", file=sys.stderr)
    # the hand-written pages beside the data link to its roles: a removed role's links are
    # named with the data's own errors, so that one run lists every place to change
    docs_dir = data_dir.resolve().parent / "docs"
    issues = list(reading.issues)
    if docs_dir.is_dir() and reading.catalog is not None:
        issues += hand_written_link_issues(docs_dir, reading.catalog, reading.role_ids)
    if issues:
        raise DataError(issues)
    assert reading.catalog is not None
    count = len(reading.catalog.roles)
    print(f"Rolldatan i {data_dir} är giltig: {count} {'roll' if count == 1 else 'roller'}.")
    if not count:
        print(load_labels()["review"]["tasks"]["first_role"].strip().replace("\n", " ") + ".")
    return 0


def _repo_url(data_dir: Path) -> str | None:
    """mkdocs.yml's repo_url beside the data folder, read as text (the command needs no
    MkDocs): the worklist names it while it is a placeholder."""
    config = data_dir.resolve().parent / "mkdocs.yml"
    if not config.is_file():
        return None
    found = re.search(r"^repo_url:\s*(\S+)", config.read_text("utf-8"), re.MULTILINE)
    return found.group(1).strip("'\"") if found else None


def _review(data_dir: Path) -> int:
    """The worklist, as the page /om-rollguiden/att-granska/ shows it: exit 0 whatever is on
    it, since it is work to do, not a failure."""
    reading = read_data(data_dir)
    if reading.catalog is None:
        raise DataError(reading.issues)
    texts = load_labels()["review"]
    today = datetime.date.today()
    print(f"{texts['title']} i {data_dir}. {texts['as_of'].format(date=today.isoformat())}")
    if reading.issues:
        print(
            f"Rolldatan har {len(reading.issues)} fel, som validate listar; listan gäller de "
            "giltiga filerna."
        )
    groups = worklist(
        reading.catalog, reading.notices, load_labels(), today, repo_url=_repo_url(data_dir)
    )
    if not groups:
        print(texts["nothing"])
    for group in groups:
        print(f"\n{group.heading}")
        for task in group.tasks:
            print(f"  - {task.text} ({task.file})")
    return 0


def _init(data_dir: Path, organisation: str, keep_examples: bool) -> int:
    problem = name_problem(organisation)
    if problem:
        raise UsageError(problem)
    reading = read_data(data_dir)
    if reading.issues or reading.catalog is None:
        raise DataError(reading.issues)
    project_dir = data_dir.resolve().parent
    try:
        changes = starting_point(
            project_dir, data_dir, reading.catalog, organisation, keep_examples=keep_examples
        )
    except NotTheExample as error:
        raise UsageError(
            f"rolldatan är redan företagets egen ('{error}' i {ORGANISATION_FILE}): init gör "
            "om exemplet en gång – ändra i filerna direkt i stället"
        ) from None
    apply(changes)
    removed = [change.path.stem for change in changes if change.text is None]
    written = [_shown(change.path, project_dir) for change in changes if change.text]
    print(f"Företaget heter nu {organisation.strip()}. Ändrade filer: {', '.join(written)}.")
    if removed:
        print(f"Borttagna exempelroller: {', '.join(removed)}.")
    print(
        "Skriv den första egna rollen med uv run python -m rollguiden new-role <id> --title "
        '"<titel>" och se vad som återstår med uv run python -m rollguiden review.'
    )
    return 0


def _shown(path: Path, project_dir: Path) -> str:
    """A path as the editor knows it: from the project folder, when it is inside it."""
    resolved = path.resolve()
    return (
        resolved.relative_to(project_dir).as_posix()
        if resolved.is_relative_to(project_dir)
        else str(path)
    )


def _new_role(data_dir: Path, role_id: str, title: str) -> int:
    problem = id_problem(role_id) or title_problem(title)
    if problem:
        raise UsageError(problem)
    target = data_dir / ROLES_FOLDER / f"{role_id}.yml"
    if target.exists():
        raise UsageError(f"'{target}' finns redan – välj ett annat id eller ändra i den filen")
    if not target.parent.is_dir():
        raise UsageError(f"--data: mappen '{target.parent}' finns inte")
    # the ids the comments list come from what is valid now; a broken file elsewhere is fine
    catalog = read_data(data_dir).catalog
    target.write_text(new_role_file(role_id, title, catalog, datetime.date.today()), "utf-8")
    print(
        f"Skrev '{target}'. Skriv i fälten där det står FYLL I och kontrollera sedan med "
        "uv run python -m rollguiden validate."
    )
    return 0


def _generate(data_dir: Path, out: Path, *, force: bool, project: bool = False) -> int:
    _check_output_folder(out, data_dir, force=force)
    hand_written = PROJECT_DIR / "docs"
    site = generate_site(data_dir, docs_dir=hand_written if project else None)
    files = run_jobs(site.jobs)  # everything is made before anything is written
    pages_dir = out / "docs" if project else out
    if project:
        # the hand-written pages first: a generated page never shares their address; their
        # links by id (roll:saljare) lead to the pages, as the hook makes them do
        shutil.copytree(hand_written, pages_dir, dirs_exist_ok=True)
        for source in hand_written.rglob("*.md"):
            page = source.relative_to(hand_written).as_posix()
            (pages_dir / page).write_text(
                resolved_id_links(source.read_text("utf-8"), page), "utf-8"
            )
    for page in site.pages:
        target = pages_dir / page.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, "utf-8")
    for file in files:
        target = pages_dir / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(file.content)
    if project:
        _write_project(out, site.abbreviations)
        print(
            f"Skrev ett projekt med {len(site.pages)} genererade sidor och {len(files)} filer "
            f"till {out}. Bygg webbplatsen med: cd {out} && zensical build --clean"
        )
        return 0
    print(f"Skrev {len(site.pages)} sidor och {len(files)} filer till {out}.")
    return 0


def _write_project(out: Path, abbreviations: str) -> None:
    """What the hook would have done, written into the project (output/standalone.py)."""
    shutil.copytree(PROJECT_DIR / "hooks" / "theme", out / "overrides", dirs_exist_ok=True)
    (out / "includes").mkdir(exist_ok=True)
    (out / "includes" / ABBREVIATIONS_FILE).write_text(abbreviations + "\n", "utf-8")
    mkdocs_yml = (PROJECT_DIR / "mkdocs.yml").read_text("utf-8")
    try:
        config = standalone_config(mkdocs_yml, not_found_context())
    except StandaloneConfigError as error:
        raise UsageError(str(error)) from None
    (out / "mkdocs.yml").write_text(config, "utf-8")


def _synth(arguments: argparse.Namespace) -> int:
    out, source = arguments.out, arguments.data
    if not source.is_dir():
        raise UsageError(f"--data: mappen '{source}' finns inte")
    if out.exists() and out.resolve() == source.resolve():
        raise UsageError(
            f"--out: '{out}' är datamappen som rollerna kopieras från – välj en annan mapp"
        )
    _check_output_folder(out, source, force=arguments.force)
    foreign = foreign_role_files(out, source)
    if foreign:
        raise UsageError(
            f"--out: mappen '{out}' innehåller roller som inte har skapats av synth "
            f"({', '.join(foreign[:3])}{' …' if len(foreign) > 3 else ''}) – välj en tom mapp"
        )
    copied, synthetic = write_synthetic_data(arguments.roles, out, source, arguments.seed)
    print(
        f"{copied + len(synthetic)} roller har skrivits till mappen '{out}': {copied} "
        f"kopierade från mappen '{source}' och {len(synthetic)} syntetiska."
    )
    return 0


def _schema(data_dir: Path, *, check: bool) -> int:
    if check:
        stale = stale_schema_files(data_dir)
        for path in stale:
            print(f"{path}: inaktuellt – kör python -m rollguiden schema", file=sys.stderr)
        return 1 if stale else 0
    written = write_schema_files(data_dir)
    if written:
        print("Skrev 1 schemafil." if len(written) == 1 else f"Skrev {len(written)} schemafiler.")
    else:
        print("Schemafilerna är aktuella.")
    return 0


def _check_output_folder(out: Path, data_dir: Path, *, force: bool) -> None:
    """`out` may be written to: a folder, empty unless `force`, and not the data folder."""
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out: '{out}' är en fil – ange en mapp")
    resolved, data = out.resolve(), data_dir.resolve()
    if resolved == data or resolved.is_relative_to(data):
        raise UsageError(f"--out: '{out}' ligger i datamappen – välj en mapp utanför den")
    # the project that builds the site: its own folder, and docs/, which the next build
    # would publish as a second, stale copy of the pages
    for project in {PROJECT_DIR, data.parent}:
        if resolved == project:
            raise UsageError(
                f"--out: '{out}' är projektets egen mapp – välj en tom mapp utanför projektet"
            )
        if resolved.is_relative_to(project / "docs"):
            raise UsageError(
                f"--out: '{out}' ligger i mappen docs, som byggs till webbplatsen – välj en "
                "mapp utanför projektet"
            )
    if out.exists() and any(out.iterdir()) and not force:
        raise UsageError(
            f"--out: mappen '{out}' är inte tom – välj en tom mapp eller lägg till --force för "
            "att skriva över filer med samma namn (andra filer lämnas kvar)"
        )


def _role_count(text: str) -> int:
    try:
        count = int(text)
    except ValueError:
        count = 0
    if not 1 <= count <= MAX_SYNTHETIC_ROLES:
        largest = f"{MAX_SYNTHETIC_ROLES:,}".replace(",", " ")
        raise argparse.ArgumentTypeError(
            f"ska vara ett heltal från 1 till {largest}, men är {text!r}"
        )
    return count


_OS_ERRORS = {
    errno.ENOENT: "finns inte",
    errno.EACCES: "du har inte behörighet",
    errno.EPERM: "du har inte behörighet",
    errno.ENOTDIR: "en del av sökvägen är en fil, inte en mapp",
    errno.EISDIR: "är en mapp",
    errno.ENOSPC: "disken är full",
    errno.EROFS: "platsen är skrivskyddad",
}
"""The operating system's reasons, in Swedish; others keep its own words."""

# argparse's own complaints, in Swedish: (its English message, the Swedish one)
_ARGPARSE_MESSAGES = (
    (r"the following arguments are required: (.*)", r"måste anges: \1"),
    (r"unrecognized arguments: (\S+)", r"okänt argument: \1"),
    (r"unrecognized arguments: (.*)", r"okända argument: \1"),
    (
        r"argument KOMMANDO: invalid choice: '(.*?)' \(choose from (.*), ('.*?')\)",
        r"okänt kommando '\1' – välj \2 eller \3",
    ),
    (r"argument (\S+): invalid (\w+) value: (.*)", r"\1: \3 är inget tal"),
    (r"argument (\S+): expected one argument", r"\1 behöver ett värde"),
    (r"argument (\S+): (.*)", r"\1: \2"),
)


class _SwedishParser(argparse.ArgumentParser):
    """argparse with its error lines in Swedish: one line, and the exit code 2."""

    def parse_known_args(self, args=None, namespace=None):  # type: ignore[no-untyped-def]
        # argparse says what is missing before what it does not know: `new-role -a` got
        # "måste anges: id", when the mistyped option is the news. A command's own parser
        # (it sees only its own arguments) names an unknown option first.
        if self.is_command and args is not None:
            unknown = [arg for arg in _options(args) if not self._knows(arg)]
            if "--data" in (arg.split("=", 1)[0] for arg in unknown):
                command = self.prog.rsplit(" ", 1)[-1]
                self.exit(
                    USAGE_ERROR,
                    f"{self.prog}: --data ska stå före kommandot, till exempel: "
                    f"python -m rollguiden --data MAPP {command} …\n",
                )
            if unknown:
                self.error(f"unrecognized arguments: {' '.join(unknown)}")
        return super().parse_known_args(args, namespace)

    is_command = False
    """Set on the parser of each command (see _parser)."""

    def _knows(self, option: str) -> bool:
        name = option.split("=", 1)[0]
        known = [text for action in self._actions for text in action.option_strings]
        # argparse takes an unambiguous start of a long option (--ti for --title)
        return name in known or (
            name.startswith("--") and any(text.startswith(name) for text in known)
        )

    def error(self, message: str) -> None:  # type: ignore[override]
        for english, swedish in _ARGPARSE_MESSAGES:
            if re.fullmatch(english, message):
                message = re.sub(english, swedish, message)
                break
        self.exit(USAGE_ERROR, f"{self.prog}: {message}\n")
