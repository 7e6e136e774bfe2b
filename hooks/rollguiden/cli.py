"""The command line: `python -m rollguiden validate | generate --out DIR | schema [--check]`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from .deferred import run_jobs
from .errors import DataError
from .load import DATA_DIR_VARIABLE, load_catalog
from .schema import stale_schema_files, write_schema_files
from .site import generate_site
from .synth import write_synthetic_data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m rollguiden",
        description="Rollguiden: kontrollera rolldatan och generera sidorna.",
    )
    parser.add_argument(
        "--data",
        type=Path,
        default=Path(os.environ.get(DATA_DIR_VARIABLE, "data")),
        help=f"datamappen (standard: ${DATA_DIR_VARIABLE} eller ./data)",
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="KOMMANDO")
    commands.add_parser("validate", help="kontrollera all data och lista alla fel")
    generate = commands.add_parser(
        "generate", help="skriv de genererade Markdown-sidorna till en mapp"
    )
    generate.add_argument("--out", type=Path, required=True, help="mappen att skriva till")
    schema = commands.add_parser("schema", help="skriv JSON Schema för datafilerna")
    schema.add_argument(
        "--check", action="store_true", help="skriv inget; misslyckas om schemat är inaktuellt"
    )
    synth = commands.add_parser(
        "synth", help="skriv syntetisk rolldata för prestandamätning till en datamapp"
    )
    synth.add_argument("--roles", type=int, required=True, help="antal roller")
    synth.add_argument("--out", type=Path, required=True, help="datamappen att skriva")
    synth.add_argument("--seed", type=int, default=1, help="samma frö ger samma data")
    arguments = parser.parse_args(argv)

    try:
        if arguments.command == "validate":
            return _validate(arguments.data)
        if arguments.command == "generate":
            return _generate(arguments.data, arguments.out)
        if arguments.command == "synth":
            ids = write_synthetic_data(
                arguments.roles, arguments.out, arguments.data, arguments.seed
            )
            print(f"Skrev {len(ids)} syntetiska roller till {arguments.out}.")
            return 0
        return _schema(arguments.data, check=arguments.check)
    except DataError as error:
        for issue in error.issues:
            print(issue, file=sys.stderr)
        print(f"{error.summary()}.", file=sys.stderr)
        return 1


def _validate(data_dir: Path) -> int:
    catalog = load_catalog(data_dir)
    print(f"Rolldatan i {data_dir} är giltig: {len(catalog.roles)} roller.")
    return 0


def _generate(data_dir: Path, out: Path) -> int:
    site = generate_site(data_dir)  # everything is rendered before anything is written
    for page in site.pages:
        target = out / page.src_uri
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page.markdown, "utf-8")
    files = run_jobs(site.jobs)
    for file in files:
        target = out / file.path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(file.content)
    print(f"Skrev {len(site.pages)} sidor och {len(files)} filer till {out}.")
    return 0


def _schema(data_dir: Path, *, check: bool) -> int:
    if check:
        stale = stale_schema_files(data_dir)
        for path in stale:
            print(f"{path}: inaktuellt – kör python -m rollguiden schema", file=sys.stderr)
        return 1 if stale else 0
    written = write_schema_files(data_dir)
    print(f"Skrev {len(written)} schemafiler." if written else "Schemafilerna är aktuella.")
    return 0
