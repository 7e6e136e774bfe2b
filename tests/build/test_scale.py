"""Three hundred roles still build, and a role page does not grow with the number of roles
(Material renders the navigation into every page, so a nav entry per role would be
quadratic). Sizes, not times: timing belongs in the benchmarks (tests/bench/)."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import DATA_DIR, run_mkdocs_build
from rollguiden.synth import write_synthetic_data

ROLE_COUNT = 300


def primary_nav_links(html: str) -> int:
    nav = html.split("md-nav--primary", 1)[1].split("</nav>", 1)[0]
    return len(re.findall(r"<a ", nav))


def test_three_hundred_roles_build_and_role_pages_stay_the_same_size(tmp_path: Path) -> None:
    small_site, large_site = tmp_path / "small", tmp_path / "large"
    assert run_mkdocs_build(small_site).returncode == 0

    data = tmp_path / "data"
    write_synthetic_data(ROLE_COUNT, data, DATA_DIR)
    result = run_mkdocs_build(large_site, data)
    assert result.returncode == 0, result.stderr

    assert len(list((large_site / "roller").glob("*/index.html"))) == ROLE_COUNT
    assert len(list((large_site / "roller").glob("*/*.docx"))) == ROLE_COUNT
    kam = "roller/key-account-manager/index.html"
    small = (small_site / kam).read_text("utf-8")
    large = (large_site / kam).read_text("utf-8")
    assert primary_nav_links(large) == primary_nav_links(small)
    # the same page: only its links to featured comparisons could differ, and do not
    assert len(large) < 1.05 * len(small)
