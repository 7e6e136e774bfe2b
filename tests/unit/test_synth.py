"""The synthetic data generator: valid, varied, repeatable, and the real roles kept."""

from __future__ import annotations

from pathlib import Path

from helpers import DATA_DIR, ROLE_IDS, run_cli
from rollguiden.load import load_catalog
from rollguiden.synth import write_synthetic_data


def test_synthetic_data_is_valid_and_varied(tmp_path: Path) -> None:
    result = run_cli("synth", "--roles", "40", "--out", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    catalog = load_catalog(tmp_path / "data")
    assert len(catalog.roles) == 40
    assert set(ROLE_IDS) <= {
        role.id for role in catalog.roles
    }  # the hand-written pages link to them
    synthetic = [role for role in catalog.roles if role.id.startswith("roll-")]
    assert len(synthetic) == 37
    assert len({len(role.duties) for role in synthetic}) > 5
    assert len({role.pay.commission.band_mode for role in synthetic if role.pay}) == 2
    assert len({role.requirements.education.level for role in synthetic}) >= 3
    assert catalog.comparisons


def test_the_same_seed_gives_the_same_data(tmp_path: Path) -> None:
    write_synthetic_data(10, tmp_path / "a", DATA_DIR, seed=7)
    write_synthetic_data(10, tmp_path / "b", DATA_DIR, seed=7)
    write_synthetic_data(10, tmp_path / "c", DATA_DIR, seed=8)
    role = "roles/roll-0003.yml"
    assert (tmp_path / "a" / role).read_text("utf-8") == (tmp_path / "b" / role).read_text("utf-8")
    assert (tmp_path / "a" / role).read_text("utf-8") != (tmp_path / "c" / role).read_text("utf-8")
