"""The page /lonekriterier/ built from the tests' own organisation: the pay policy from
organisation.yml, then per role the base salary's range as the site publishes it, what the
variable pay depends on and the role's own pay criteria, the example parts marked; under
pay_publication ranges and none, no figure the organisation keeps off the site. Every
expected sentence is read off the fixture data (tests/fixtures/data) and the labels."""

from __future__ import annotations

import re
from html import unescape
from pathlib import Path

import pytest

from helpers import copy_fixture_data, edit, fixture_config, run_mkdocs_build

PAGE = "lonekriterier/index.html"
POLICY = """
pay_policy:
  example: true
  text:
    - Lönen sätts individuellt efter rollens lönekriterier.
    - Lönen ses över varje år i ett lönesamtal.
"""


def text_of(html: str) -> str:
    # the headings' permalinks (¶) are the theme's
    text = unescape(re.sub(r"<[^>]+>", " ", html)).replace("\u00a0", " ").replace("¶", "")
    return " ".join(text.split())


def role_section(html: str, title: str) -> str:
    """The text of one role's part of the page, from its heading to the next."""
    part = re.split(r"<h3[^>]*>", html)
    found = [section for section in part if section.startswith(title)]
    assert found, f"no section for {title}"
    return text_of(found[0].split("<h2")[0])


def build(folder: Path, publication: str | None = None, policy: bool = True) -> str:
    """The page's HTML, built in `folder`/site."""
    data = copy_fixture_data(folder)
    organisation = data / "organisation.yml"
    if policy:
        organisation.write_text(organisation.read_text("utf-8") + POLICY, "utf-8")
    if publication:
        organisation.write_text(
            organisation.read_text("utf-8") + f"pay_publication: {publication}\n", "utf-8"
        )
    role = data / "roles" / "kundansvarig.yml"
    edit(role, "  example_fields: [pay]", "  example_fields: [pay, pay_criteria]")
    role.write_text(
        role.read_text("utf-8") + "pay_criteria:\n  - Resultat mot planen\n  - Kundnöjdhet\n",
        "utf-8",
    )
    result = run_mkdocs_build(folder / "site", data, fixture_config(folder))
    assert result.returncode == 0, result.stderr
    return (folder / "site" / PAGE).read_text("utf-8")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("pay-criteria")
    build(folder)
    return folder / "site"


@pytest.fixture(scope="module")
def page(built: Path) -> str:
    return (built / PAGE).read_text("utf-8")


def test_the_policy_comes_first_marked_as_an_example(built: Path, page: str) -> None:
    policy = text_of(page.split('id="foretagets-lonepolicy"')[1].split("<h2")[0])
    assert "Lönepolicyn är ett exempel att granska" in policy
    assert "Lönen sätts individuellt efter rollens lönekriterier." in policy
    assert "Lönen ses över varje år i ett lönesamtal." in policy
    assert "artikel 6" in text_of(page)  # why the page is there
    # and the worklist names it with the settings that are examples
    worklist = text_of((built / "om-rollguiden" / "att-granska" / "index.html").read_text("utf-8"))
    assert "Lönepolicyn på sidan Lönekriterier (pay_policy) är ett exempel" in worklist


def test_each_role_gives_its_range_its_variable_pay_and_its_criteria(page: str) -> None:
    assert role_section(page, "Kundansvarig") == (
        "Kundansvarig "
        "Grundlön: 35 000–50 000 kr i månaden. Exempel att granska "
        "Lönemodell: Fast grundlön och provision på affärerna. "
        "Provisionen räknas på affärens belopp. "
        "Lönekriterier: Exempel att granska Resultat mot planen Kundnöjdhet "
        "Mer om rollen som kundansvarig"
    )
    # no words of its own on the pay: what the commission is paid on, from its model
    teamledare = role_section(page, "Teamledare")
    assert "Grundlön: 45 000–60 000 kr i månaden." in teamledare
    assert "Lönemodell: Provision på täckningsbidraget i avdelningens affärer." in teamledare
    assert "Lönekriterier: Det finns inga lönekriterier för rollen ännu." in teamledare
    # a role that is an example as a whole is marked once, under its heading
    assert teamledare.startswith("Teamledare Exempel att granska Grundlön")
    innesaljare = role_section(page, "Innesäljare")
    assert "Grundlön: Rollen har inget angivet spann för grundlönen." in innesaljare
    assert "Lönemodell: Rollen har ingen rörlig lön." in innesaljare


def test_the_page_is_in_the_menu_under_the_roles(page: str) -> None:
    # the section Roller, whose own page is the roles overview, holds Lönekriterier
    roles = page.split('aria-labelledby="__nav_2_label"')[1].split("</nav>")[0]
    assert re.search(r'<label class="md-nav__title"[^>]*>.*?Roller', roles, re.DOTALL)
    assert re.search(r'<a href="\./"[^>]*>\s*<span[^>]*>\s*Lönekriterier', roles)


def test_under_ranges_the_range_stays_and_the_model_does_not_show(tmp_path: Path) -> None:
    page = build(tmp_path, publication="ranges")
    teamledare = role_section(page, "Teamledare")
    assert "Grundlön: 45 000–60 000 kr i månaden." in teamledare
    assert (
        "Provision enligt rollens lönemodell. Lönemodellen visas inte på den här sidan."
        in teamledare
    )
    assert "täckningsbidraget" not in teamledare


def test_under_none_no_figure_shows(tmp_path: Path) -> None:
    page = build(tmp_path, publication="none", policy=False)
    text = text_of(page.split('id="rollerna"')[1])
    assert not re.search(r"\d\d 000", text)
    assert "Lönen sätts individuellt. Närmaste chef eller HR berättar om lönen" in text
    assert "Företagets lönepolicy står inte här ännu. Den skrivs under pay_policy i " in (
        text_of(page)
    )
