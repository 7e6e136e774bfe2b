"""The synthetic data generator: valid, varied, repeatable, and the real roles kept."""

from __future__ import annotations

from pathlib import Path

from helpers import EVALUATION_PLAN, FIXTURE_DATA_DIR, copy_fixture_data, run_cli
from rollguiden.reading.load import load_catalog
from rollguiden.synth import write_synthetic_data


def test_synthetic_data_is_valid_and_varied(tmp_path: Path) -> None:
    source = str(FIXTURE_DATA_DIR)
    result = run_cli("--data", source, "synth", "--roles", "40", "--out", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    catalog = load_catalog(tmp_path / "data")
    assert len(catalog.roles) == 40
    # the source's own roles are kept: hand-written pages may link to them
    assert {"innesaljare", "kundansvarig", "kundradgivare", "teamledare"} <= {
        role.id for role in catalog.roles
    }
    synthetic = [role for role in catalog.roles if role.id.startswith("roll-")]
    assert len(synthetic) == 36
    assert len({len(role.duties) for role in synthetic}) > 5
    assert len({role.pay.commission.band_mode for role in synthetic if role.pay}) == 2
    assert len({role.requirements.education.level for role in synthetic}) >= 3
    assert catalog.comparisons


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    write_synthetic_data(10, tmp_path / "a", FIXTURE_DATA_DIR, seed=7)
    write_synthetic_data(10, tmp_path / "b", FIXTURE_DATA_DIR, seed=7)
    write_synthetic_data(10, tmp_path / "c", FIXTURE_DATA_DIR, seed=8)
    role = "roles/roll-0003.yml"
    assert (tmp_path / "a" / role).read_text("utf-8") == (tmp_path / "b" / role).read_text("utf-8")
    assert (tmp_path / "a" / role).read_text("utf-8") != (tmp_path / "c" / role).read_text("utf-8")


def test_the_factor_plan_comes_along_with_the_roles_that_give_levels_on_it(
    tmp_path: Path,
) -> None:
    # a data folder with a factor plan and a role valued on it: the copy must carry the
    # plan, or the copied role's levels point at nothing and the copy does not validate
    source = copy_fixture_data(tmp_path / "source")
    (source / "job_evaluation.yml").write_text(EVALUATION_PLAN, "utf-8")
    role = source / "roles" / "teamledare.yml"
    levels = "".join(
        f"    {sub}: {{level: 1, motivation: Bedömd}}\n"
        for sub in ("utbildning", "ansvar-for-manniskor", "emotionell", "arbetstider")
    )
    role.write_text(role.read_text("utf-8") + "job_evaluation:\n  levels:\n" + levels, "utf-8")
    write_synthetic_data(8, tmp_path / "out", source)
    catalog = load_catalog(tmp_path / "out")
    assert catalog.job_evaluation is not None
    assert set(catalog.role("teamledare").job_evaluation.levels) == {
        "utbildning", "ansvar-for-manniskor", "emotionell", "arbetstider",
    }  # fmt: skip
