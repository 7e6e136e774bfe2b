"""An organisation that adds a role and renames itself keeps a green CI: the acceptance of
"role data HR can own". A copy of data/ – whatever the organisation has put there – gets
one more role (a copy of its first role with a new id, a new title and a new vocabulary
term) and a new name; it validates, the strict build passes, and every check that must
hold for any organisation's data holds."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from test_organisation_data import (
    assert_api_matches_its_schema,
    assert_every_role_has_its_pages,
    assert_internal_links_resolve,
    assert_nothing_loaded_from_outside,
)

from helpers import DATA_DIR, run_cli, run_mkdocs_build

NEW_ROLE = "ny-roll-i-testet"
NEW_SKILL = "ny-fardighet-i-testet"


def write_yaml(path: Path, data: dict) -> None:
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


def test_a_new_role_and_a_new_name_keep_everything_green(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(DATA_DIR, data)
    existing = sorted((data / "roles").glob("*.yml"))
    vocabulary = yaml.safe_load((data / "vocabulary.yml").read_text("utf-8"))
    vocabulary["skills"].append(
        {
            "id": NEW_SKILL,
            "label": "Ny färdighet",
            "description": "En färdighet bara den nya rollen har.",
        }
    )
    write_yaml(data / "vocabulary.yml", vocabulary)
    role = yaml.safe_load(existing[0].read_text("utf-8"))
    role["title"] = "Ny roll i testet"
    role["aliases"] = ["testrollen"]
    role["requirements"]["skills"].append(NEW_SKILL)
    write_yaml(data / "roles" / f"{NEW_ROLE}.yml", role)
    organisation = yaml.safe_load((data / "organisation.yml").read_text("utf-8"))
    organisation["name"] = "Ett annat bolag AB"
    write_yaml(data / "organisation.yml", organisation)

    validated = run_cli("--data", str(data), "validate")
    assert validated.returncode == 0, validated.stderr
    assert f"{len(existing) + 1} roller" in validated.stdout

    site = tmp_path / "site"
    built = run_mkdocs_build(site, data)
    assert built.returncode == 0, built.stderr
    assert_every_role_has_its_pages(site, data)
    assert_internal_links_resolve(site)
    assert_nothing_loaded_from_outside(site)
    assert_api_matches_its_schema(site, data)
    page = (site / "roller" / NEW_ROLE / "index.html").read_text("utf-8")
    assert "Ny roll i testet" in page and "Ny färdighet" in page
    assert "Ett annat bolag AB" in (
        site / "roller" / NEW_ROLE / "platsannons" / "index.html"
    ).read_text("utf-8")
