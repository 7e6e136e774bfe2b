"""organisation.yml's pay_publication, one site per level, built from the tests' own data:
`all` shows every figure, `ranges` the base salary's range and nothing more, `none` no
figure. Checked on what readers get: every page, the calculator's data, the API, the job
postings and the search index."""

from __future__ import annotations

import json
import re
from html import unescape
from pathlib import Path

import pytest
import yaml

from helpers import copy_fixture_data, edit, fixture_config, run_mkdocs_build, with_evaluation

PAID_ROLES = ("kundansvarig", "kundradgivare", "teamledare")
"""The tests' own roles with a pay model (tests/fixtures/data/roles)."""
SPACES = "[\u00a0\u202f ]|&nbsp;|\\\\u00a0|\\\\u202f"
"""How a thousands separator is written in HTML, in text and in JSON."""


FIXTURES = Path(__file__).parents[1] / "fixtures" / "data"
RULE_AMOUNTS = {
    int(number)
    for number in re.findall(r"\b\d{4,}\b", (FIXTURES / "organisation.yml").read_text("utf-8"))
}
"""Amounts in the organisation's rules (a pension band's limit, say), which every level
publishes: a salary figure equal to one cannot be told apart from it, and is not checked."""


def _salary(role_id: str) -> dict[str, int]:
    role = yaml.safe_load((FIXTURES / "roles" / f"{role_id}.yml").read_text("utf-8"))
    return role["pay"]["base_salary"]


def _amount(value: int) -> re.Pattern[str]:
    """An amount as any file of the site may write it: 40 000, 40&nbsp;000, 40000, 40000.0."""
    thousands, rest = divmod(value, 1000)
    return re.compile(rf"(?<![\d.,]){thousands}(?:{SPACES})?{rest:03d}(?![\d,])")


def _files(site: Path) -> dict[str, str]:
    """What a reader can get: every page, data file and the search index; the JSON Schemas,
    whose examples are no organisation's figures, left out."""
    return {
        path.relative_to(site).as_posix(): path.read_text("utf-8")
        for path in site.rglob("*")
        if path.suffix in {".html", ".json", ".md", ".txt"} and "schema" not in path.parts
    }


def _text(html: str) -> str:
    """The page's own content, as text: the article, without the menus around it."""
    article = html[html.index("<article") : html.index("</article>")]
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", article)).split())


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    built = {}
    for level in ("all", "ranges", "none"):
        folder = tmp_path_factory.mktemp(level)
        # with a job evaluation: its page shows pay beside the groups of equal value
        data = with_evaluation(copy_fixture_data(folder))
        edit(data / "organisation.yml", "currency: SEK", f"currency: SEK\npay_publication: {level}")
        # an amount written in the text about pay: the worklist names it where it is hidden
        edit(
            data / "roles" / "kundansvarig.yml",
            "    - Provisionen räknas på affärens belopp.",
            "    - Provisionen räknas på affärens belopp, högst 12 000 kr i månaden.",
        )
        result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
        assert result.returncode == 0, result.stderr
        built[level] = folder / "site"
    return built


def _api_entry(site: Path, role_id: str) -> dict:
    return json.loads((site / "api/v1/roles" / f"{role_id}.json").read_text("utf-8"))


def _posting(site: Path, role_id: str) -> dict:
    return json.loads((site / "api/v1/job-postings" / f"{role_id}.json").read_text("utf-8"))


def _calculator_roles(site: Path) -> list[str]:
    html = (site / "provisionskalkylator/index.html").read_text("utf-8")
    data = json.loads(unescape(re.search(r'data-rg-calculator="([^"]*)"', html).group(1)))
    return [role["id"] for role in data["roles"]]


def test_all_shows_every_figure(sites: dict[str, Path]) -> None:
    site = sites["all"]
    salary = _salary("kundansvarig")
    profile = _text((site / "roller/kundansvarig/index.html").read_text("utf-8"))
    assert "Grundlön 40 000 kr i månaden (lönespann 35 000–50 000 kr)." in profile
    assert sorted(_calculator_roles(site)) == sorted(PAID_ROLES)
    entry = _api_entry(site, "kundansvarig")
    assert entry["pay"] == {
        "published": "all",
        "base_salary": {"min": salary["min"], "max": salary["max"], "currency": "SEK"},
    }
    assert entry["role"]["pay"]["base_salary"]["typical"] == salary["typical"]
    assert "incentiveCompensation" in _posting(site, "kundansvarig")


def test_ranges_shows_the_base_salarys_range_and_nothing_more(sites: dict[str, Path]) -> None:
    site = sites["ranges"]
    files = _files(site)
    published = {_salary(role_id)[end] for role_id in PAID_ROLES for end in ("min", "max")}
    for role_id in PAID_ROLES:
        salary = _salary(role_id)
        # the typical salary (where no range shows the same figure) is the model's
        if salary["typical"] not in published | RULE_AMOUNTS:
            typical = _amount(salary["typical"])
            assert not [name for name, text in files.items() if typical.search(text)], role_id
        entry = _api_entry(site, role_id)
        assert entry["role"]["pay"] is None
        assert entry["pay"] == {
            "published": "ranges",
            "base_salary": {"min": salary["min"], "max": salary["max"], "currency": "SEK"},
        }
        posting = _posting(site, role_id)
        assert posting["baseSalary"]["value"]["minValue"] == salary["min"]
        assert posting["baseSalary"]["value"]["maxValue"] == salary["max"]
        assert "incentiveCompensation" not in posting
    profile = _text((site / "roller/kundansvarig/index.html").read_text("utf-8"))
    assert "Grundlön 35 000–50 000 kr i månaden, och rörlig lön." in profile
    # neither the pay model's heading nor the button to the calculator with its figures
    assert "Lönemodell" not in profile and "Räkna" not in profile
    ad = _text((site / "roller/kundansvarig/platsannons/index.html").read_text("utf-8"))
    assert "grundlön 35 000–50 000 kr i månaden och rörlig lön" in ad
    matrix = _text((site / "jamfor/index.html").read_text("utf-8"))
    assert "Grundlönens spann per månad" in matrix
    assert "Månadslön vid 100 % av planen" not in matrix
    assert "Arbetsgivarens kostnad" not in matrix
    assert _calculator_roles(site) == []
    calculator = _text((site / "provisionskalkylator/index.html").read_text("utf-8"))
    assert "Rollernas lönemodeller visas inte i Rollguiden." in calculator


def test_none_shows_no_figure(sites: dict[str, Path]) -> None:
    site = sites["none"]
    files = _files(site)
    for role_id in PAID_ROLES:
        for name, value in _salary(role_id).items():
            if value in RULE_AMOUNTS:
                continue
            pattern = _amount(value)
            found = [file for file, text in files.items() if pattern.search(text)]
            assert not found, (role_id, name, found)
        entry = _api_entry(site, role_id)
        assert entry["role"]["pay"] is None
        assert entry["pay"] == {"published": "none", "base_salary": None}
        posting = _posting(site, role_id)
        assert "baseSalary" not in posting and "incentiveCompensation" not in posting
    # the search index is among the files above; and it still finds the pay section's words
    index = json.loads((site / "search/search_index.json").read_text("utf-8"))
    assert any("Lönen sätts individuellt" in entry["text"] for entry in index["docs"])
    profile = _text((site / "roller/kundansvarig/index.html").read_text("utf-8"))
    assert "Lönen sätts individuellt. Närmaste chef eller HR berättar" in profile
    ad = _text((site / "roller/kundansvarig/platsannons/index.html").read_text("utf-8"))
    assert "vi berättar om lönespannet innan vi förhandlar om lön" in ad
    matrix = _text((site / "jamfor/index.html").read_text("utf-8"))
    assert "Grundlönens spann" not in matrix and "Månadslön vid" not in matrix
    pair = _text((site / "jamfor/kundradgivare-vs-teamledare/index.html").read_text("utf-8"))
    assert "Löneuppgifterna visas inte i Rollguiden." in pair
    assert _calculator_roles(site) == []


def test_an_amount_in_the_text_about_pay_is_on_the_worklist(sites: dict[str, Path]) -> None:
    for level in ("ranges", "none"):
        worklist = _text((sites[level] / "om-rollguiden/att-granska/index.html").read_text())
        assert "Belopp i texten om lönen ¶ Roller vars text om lönen (compensation)" in worklist
        assert (
            "Kundansvarig: texten om lönen (compensation) nämner 12 000 kr, som webbplatsen "
            f"annars inte visar (pay_publication: {level}) – skriv texten utan belopp"
        ) in worklist
    # where every figure is shown, the amount is no secret
    assert "Belopp i texten om lönen" not in _text(
        (sites["all"] / "om-rollguiden/att-granska/index.html").read_text()
    )


def test_the_job_evaluation_shows_what_the_level_allows(sites: dict[str, Path]) -> None:
    # Kundansvarig's base salary is 35 000–50 000 kr; its typical month is above the base
    pages = {
        level: _text((site / "arbetsvardering/index.html").read_text("utf-8"))
        for level, site in sites.items()
    }
    assert "35 000 kr–50 000 kr" in pages["all"]
    assert "35 000 kr–50 000 kr" in pages["ranges"]
    assert "35 000 kr–50 000 kr" not in pages["none"]
    # without the pay models no typical pay shows, so no group has a spread of it
    for level in ("ranges", "none"):
        assert "Skillnad mellan den högsta och den lägsta typiska månadslönen" not in pages[level]
