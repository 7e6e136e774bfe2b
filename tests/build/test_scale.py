"""Three hundred roles still build, and a role page does not grow with the number of roles
(Material renders the navigation into every page, so a nav entry per role would be
quadratic). Sizes, not times: timing belongs in the benchmarks."""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from helpers import ROLE_IDS, copy_data, run_mkdocs_build

ROLE_COUNT = 300


def add_synthetic_roles(data: Path, count: int) -> None:
    """`count` more valid roles, cloned from the real ones under new titles."""
    templates = [
        yaml.safe_load((data / "roles" / f"{role_id}.yml").read_text("utf-8"))
        for role_id in ROLE_IDS
    ]
    for i in range(count):
        role = dict(templates[i % len(templates)])
        role["title"] = f"{role['title']} {i:03d}"
        (data / "roles" / f"syntetisk-{i:03d}.yml").write_text(
            yaml.safe_dump(role, allow_unicode=True), "utf-8"
        )


def primary_nav_links(html: str) -> int:
    nav = html.split("md-nav--primary", 1)[1].split("</nav>", 1)[0]
    return len(re.findall(r"<a ", nav))


def test_three_hundred_roles_build_and_role_pages_stay_the_same_size(tmp_path: Path) -> None:
    small_site, large_site = tmp_path / "small", tmp_path / "large"
    assert run_mkdocs_build(small_site).returncode == 0

    data = copy_data(tmp_path)
    add_synthetic_roles(data, ROLE_COUNT - len(ROLE_IDS))
    result = run_mkdocs_build(large_site, data)
    assert result.returncode == 0, result.stderr

    role_pages = list((large_site / "roller").glob("*/index.html"))
    assert len(role_pages) == ROLE_COUNT
    kam = "roller/key-account-manager/index.html"
    small = (small_site / kam).read_text("utf-8")
    large = (large_site / kam).read_text("utf-8")
    assert primary_nav_links(large) == primary_nav_links(small)
    assert len(large) < 1.05 * len(small)
