"""A hand-written page (docs/) that links to a role or a featured comparison the data no
longer has: `validate` and the build name the file, the line and the role, in Swedish,
before anything is written (MkDocs alone would say it in English, and only under --strict)."""

from __future__ import annotations

from pathlib import Path

from helpers import copy_fixture_data, fixture_config, run_cli, run_mkdocs_build

PAGE = """# Om våra roller

Läs om [kundansvarig](../roller/kundansvarig/index.md) och [säljaren](../roller/saljare/index.md).

Se också [jämförelsen](../jamfor/kundansvarig-vs-saljare/index.md) och
[alla roller](../roller/index.md).
"""
ROLE_MESSAGE = (
    "docs/om/index.md:3: länken ../roller/saljare/index.md leder till rollen 'saljare', som "
    "inte finns i data/roles/ – ta bort länken eller låt den leda till en roll som finns"
)
COMPARISON_MESSAGE = (
    "docs/om/index.md:5: länken ../jamfor/kundansvarig-vs-saljare/index.md leder till "
    "jämförelsen 'kundansvarig-vs-saljare', som inte finns i data/comparisons.yml – ta bort "
    "länken eller låt den leda till en jämförelse som finns"
)


def hand_written_page(project: Path, text: str) -> Path:
    """docs/om/index.md of the project in `project`, written with `text`."""
    page = project / "docs" / "om" / "index.md"
    page.parent.mkdir(parents=True, exist_ok=True)
    page.write_text(text, "utf-8")
    return page


def test_validate_names_each_link_to_a_role_that_is_gone(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    page = hand_written_page(tmp_path, PAGE)
    result = run_cli("--data", str(data), "validate")
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert lines == [ROLE_MESSAGE, COMPARISON_MESSAGE, "2 fel i rolldatan."]
    # the links to roles that exist, and to the roles' overview, are not named
    page.write_text(PAGE.replace("saljare", "teamledare"), "utf-8")
    edit_free = run_cli("--data", str(data), "validate")
    assert "jämförelsen 'kundansvarig-vs-teamledare'" in edit_free.stderr
    assert "rollen" not in edit_free.stderr


def test_the_build_stops_on_it_before_writing(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    config = fixture_config(tmp_path)
    hand_written_page(tmp_path, PAGE)
    site = tmp_path / "site"
    result = run_mkdocs_build(site, data, config)
    assert result.returncode != 0
    assert "leder till rollen 'saljare', som inte finns i data/roles/" in result.stderr
    assert "bygget avbröts innan något skrevs" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (site / "index.html").exists()


ID_PAGE = """# Om våra roller

Läs om [kundansvarig](roll:kundansvarig) och [säljaren](roll:saljare#kravprofil).

Se också [jämförelsen](jamfor:kundradgivare-vs-teamledare) och [den andra](jamfor:a-vs-b).
"""


def test_a_link_by_id_to_a_role_or_comparison_that_is_gone_is_named(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    hand_written_page(tmp_path, ID_PAGE)
    result = run_cli("--data", str(data), "validate")
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "docs/om/index.md:3: länken roll:saljare leder till en roll som inte finns i "
        "data/roles/ – ta bort länken eller skriv id:t på en roll som finns (filnamnet utan "
        ".yml)",
        "docs/om/index.md:5: länken jamfor:a-vs-b leder till en jämförelse som inte finns i "
        "data/comparisons.yml – ta bort länken eller skriv jämförelsens två roll-id:n med -vs- "
        "emellan, som i jamfor:kundtjanstchef-vs-saljare",
        "2 fel i rolldatan.",
    ]


def test_a_link_by_id_leads_to_the_page_from_any_depth(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    config = fixture_config(tmp_path)
    text = ID_PAGE.replace("roll:saljare#kravprofil", "roll:innesaljare#kravprofil").replace(
        "jamfor:a-vs-b", "jamfor:kundansvarig-vs-innesaljare"
    )
    for folder in ("om", "om/djupare"):
        page = tmp_path / "docs" / folder / "index.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text(text, "utf-8")
    site = tmp_path / "site"
    result = run_mkdocs_build(site, data, config)
    assert result.returncode == 0, result.stderr
    for folder, up in (("om", "../"), ("om/djupare", "../../")):
        html = (site / folder / "index.html").read_text("utf-8")
        assert f'<a href="{up}roller/kundansvarig/">kundansvarig</a>' in html
        assert f'<a href="{up}roller/innesaljare/#kravprofil">säljaren</a>' in html
        assert f'<a href="{up}jamfor/kundradgivare-vs-teamledare/">jämförelsen</a>' in html
        assert f'<a href="{up}jamfor/kundansvarig-vs-innesaljare/">den andra</a>' in html
        assert "roll:" not in html


def test_a_link_by_id_shown_in_code_stays_code(tmp_path: Path) -> None:
    data = copy_fixture_data(tmp_path)
    config = fixture_config(tmp_path)
    hand_written_page(
        tmp_path,
        "# Så länkar du\n\nSkriv `[säljare](roll:saljare)` i texten.\n\n"
        "```markdown\n[säljare](roll:saljare)\n```\n\n"
        "!!! note\n\n    ~~~\n    [teamet](jamfor:a-vs-b)\n    ~~~\n\n"
        "Och [kundansvarig](roll:kundansvarig) är en länk.\n",
    )
    checked = run_cli("--data", str(data), "validate")
    assert checked.returncode == 0, checked.stderr  # no role 'saljare', but only in code
    site = tmp_path / "site"
    result = run_mkdocs_build(site, data, config)
    assert result.returncode == 0, result.stderr
    html = (site / "om" / "index.html").read_text("utf-8")
    assert "<code>[säljare](roll:saljare)</code>" in html
    # the fenced block, as written (highlighted as Markdown)
    assert '(<span class="na">roll:saljare</span>)' in html
    assert "[teamet](jamfor:a-vs-b)" in html
    assert '<a href="../roller/kundansvarig/">kundansvarig</a>' in html
