"""The shipped data files point editors at their JSON Schema in their first line, as the
README asks of every role file, so that an editor with YAML support completes field names
and flags mistakes as the example files are copied."""

from __future__ import annotations

from helpers import DATA_DIR, EXAMPLE_ROLES


def test_every_data_file_starts_with_its_schema_line() -> None:
    files = [
        DATA_DIR / name
        for name in ("organisation.yml", "vocabulary.yml", "comparisons.yml", "glossary.yml")
    ]
    files += [DATA_DIR / "roles" / f"{role_id}.yml" for role_id in EXAMPLE_ROLES]
    for path in files:
        first_line = path.read_text("utf-8").splitlines()[0]
        prefix = "# yaml-language-server: $schema="
        assert first_line.startswith(prefix), path
        schema_path = (path.parent / first_line[len(prefix) :]).resolve()
        assert schema_path.is_file(), f"{path}: {schema_path} saknas"
        expected = "role" if path.parent.name == "roles" else path.stem
        assert schema_path.name == f"{expected}.schema.json"
