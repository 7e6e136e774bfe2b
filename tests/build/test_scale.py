"""Three hundred roles still build, and a role page does not grow with the number of roles
(Material renders the navigation into every page, so a nav entry per role would be
quadratic). Sizes, not times: timing belongs in the benchmarks (tests/bench/).

The small site is the tests' own organisation; the large one is the same four roles and
synthetic ones up to three hundred."""

from __future__ import annotations

import re
from pathlib import Path

from helpers import FIXTURE_DATA_DIR, fixture_config, run_mkdocs_build
from rollguiden.synth import write_synthetic_data

ROLE_COUNT = 300


def primary_nav_links(html: str) -> int:
    nav = html.split("md-nav--primary", 1)[1].split("</nav>", 1)[0]
    return len(re.findall(r"<a ", nav))


def test_three_hundred_roles_build_and_role_pages_stay_the_same_size(
    fixture_site: Path, tmp_path: Path
) -> None:
    data = tmp_path / "data"
    write_synthetic_data(ROLE_COUNT, data, FIXTURE_DATA_DIR)
    large_site = tmp_path / "site"
    result = run_mkdocs_build(large_site, data, fixture_config(tmp_path))
    assert result.returncode == 0, result.stderr

    assert len(list((large_site / "roller").glob("*/index.html"))) == ROLE_COUNT
    assert len(list((large_site / "roller").glob("*/*.docx"))) == ROLE_COUNT
    page = "roller/kundansvarig/index.html"
    small = (fixture_site / page).read_text("utf-8")
    large = (large_site / page).read_text("utf-8")
    assert primary_nav_links(large) == primary_nav_links(small)
    # the same page: only its links to featured comparisons could differ (the synthetic
    # data has comparisons of its own), and they are not many
    assert len(large) < 1.05 * len(small)
