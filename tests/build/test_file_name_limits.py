"""A role file's name is its id, its page's folder and part of its Word file's name: what
`validate` accepts must build. A name over the id's 60 characters is refused by name, by
`validate`, by the build before anything is written, and by `new-role` (issue 27, §2)."""

from __future__ import annotations

from pathlib import Path

from helpers import copy_fixture_data, fixture_config, run_cli, run_mkdocs_build

PROG = "python -m rollguiden"


def test_a_file_name_over_the_ids_limit_is_refused_before_anything_is_written(
    tmp_path: Path,
) -> None:
    data = copy_fixture_data(tmp_path)
    config = fixture_config(tmp_path)
    teamledare = (data / "roles" / "teamledare.yml").read_text("utf-8")
    for length in (61, 230):  # just over the limit, and past the system's own (255 bytes)
        name = "a" * length
        (data / "roles" / f"{name}.yml").write_text(teamledare.replace("Teamledare", "X"))
    exactly = "b" * 60
    (data / "roles" / f"{exactly}.yml").write_text(
        teamledare.replace("title: Teamledare", "title: Exakt sextio")
    )
    result = run_cli("--data", str(data), "validate")
    assert result.returncode == 1
    for length in (61, 230):
        assert (
            f"/roles/{'a' * length}.yml: filnamnet blir rollens id och får vara högst 60 "
            f"tecken (utan .yml), men är {length} – döp om filen till ett kortare namn"
        ) in result.stderr
    assert "b" * 60 not in result.stderr  # 60 characters is an id

    site = tmp_path / "site"
    site.mkdir()
    (site / "kvar.html").write_text("<p>förra bygget</p>", "utf-8")
    built = run_mkdocs_build(site, data, config)
    assert built.returncode != 0
    assert "Traceback" not in built.stderr and "File name too long" not in built.stderr
    assert "får vara högst 60 tecken" in built.stderr
    assert [path.name for path in site.iterdir()] == ["kvar.html"]  # nothing cleaned


def test_new_role_refuses_an_id_over_the_limit(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    result = run_cli("--data", str(data), "new-role", "c" * 61, "--title", "För lång")
    assert result.returncode == 2
    assert result.stderr == (
        f"{PROG}: '{'c' * 20}…' kan inte vara ett id: det blir filnamnet och adressen och får "
        "vara högst 60 tecken, men är 61\n"
    )
    assert not (data / "roles" / f"{'c' * 61}.yml").exists()
