"""A real `mkdocs build --strict` into a temp folder, checked through the HTML a reader gets."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import pytest
import yaml

from helpers import DATA_DIR, PROJECT_DIR, ROLE_IDS

OWN_ASSETS = PROJECT_DIR / "docs" / "assets"
REPO_EDIT_URL = "https://git.intranet.example/rollguiden/rollguiden/edit/main/"


class _Links(HTMLParser):
    """Collects every href and src, and the resources a page loads."""

    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.resources: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "a" and values.get("href"):
            self.links.append(values["href"])
        if tag in ("script", "img", "iframe", "source") and values.get("src"):
            self.resources.append(values["src"])
        if tag == "link" and values.get("href"):
            self.resources.append(values["href"])


def parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text("utf-8")


def duty_numbers_in_yaml(role_id: str) -> list[int]:
    data = yaml.safe_load((DATA_DIR / "roles" / f"{role_id}.yml").read_text("utf-8"))
    return [duty["number"] for duty in data["duties"]]


def test_every_role_has_a_page_with_its_title(built_site: Path) -> None:
    for role_id in ROLE_IDS:
        html = page(built_site, f"roller/{role_id}")
        title = yaml.safe_load((DATA_DIR / "roles" / f"{role_id}.yml").read_text("utf-8"))["title"]
        assert f"<title>{title} - Rollguiden</title>" in html


@pytest.mark.parametrize(
    ("role_id", "duties", "rights", "liabilities"),
    [
        ("key-account-manager", 23, 6, 3),  # the source: 2.1–2.23, 3.1–3.6, points 1–3
        ("kundtjanstchef", 7, 4, 3),  # the source: seven duties, four rights
    ],
)
def test_numbering_from_the_source(
    built_site: Path, role_id: str, duties: int, rights: int, liabilities: int
) -> None:
    html = page(built_site, f"roller/{role_id}")
    numbers = re.findall(r'<span class="rg-num">(\d+\.\d+)</span>', html)
    for n in range(1, duties + 1):
        assert f"2.{n}" in numbers, f"2.{n}"
    assert f"2.{duties + 1}" not in numbers
    assert [n for n in numbers if n.startswith("3.")] == [f"3.{n}" for n in range(1, rights + 1)]
    assert [n for n in numbers if n.startswith("4.")] == [
        f"4.{n}" for n in range(1, liabilities + 1)
    ]


def test_every_duty_number_of_every_role_is_on_its_page(built_site: Path) -> None:
    for role_id in ROLE_IDS:
        html = page(built_site, f"roller/{role_id}")
        for number in duty_numbers_in_yaml(role_id):
            # once grouped by area and once in number order
            assert html.count(f'<span class="rg-num">2.{number}</span>') == 2, (role_id, number)


def test_kam_page_shows_the_source_text(built_site: Path) -> None:
    html = page(built_site, "roller/key-account-manager")
    assert "kreditvärdighet" in html
    assert "10–20 %" in html and "70–80 %" in html
    assert "inom ramen för den rörliga lönedelen" in html
    # the legal framework comes from organisation.yml, not from the role
    assert "skadeståndslagen (1972:207)" in html
    # the source's bare title as a subject ("Key Account Manager har rätt att") is not
    # Swedish; the profile speaks of the role
    for intro in (
        "I rollen ingår följande arbetsuppgifter:",
        "Den som har rollen har rätt att:",
        "Den som har rollen ansvarar för:",
        "Den som har rollen följer i sitt arbete:",
    ):
        assert intro in html
    assert "Key Account Manager har rätt att" not in html


def test_all_internal_links_resolve(built_site: Path) -> None:
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) >= 7
    for html_file in pages:
        base = "/" + html_file.relative_to(built_site).as_posix()
        for link in parse(html_file.read_text("utf-8")).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("#"):
                continue
            target = unquote(urlsplit(urljoin(base, link)).path).lstrip("/")
            resolved = built_site / target
            assert resolved.is_file() or (resolved / "index.html").is_file(), (base, link)


def test_role_pages_link_to_each_other(built_site: Path) -> None:
    html = page(built_site, "roller/key-account-manager")
    assert 'href="../forsaljningschef/"' in html  # reports to
    boss = page(built_site, "roller/forsaljningschef")
    assert 'href="../key-account-manager/"' in boss and 'href="../kundtjanstchef/"' in boss


def test_edit_link_opens_the_roles_yaml(built_site: Path) -> None:
    for role_id in ROLE_IDS:
        links = parse(page(built_site, f"roller/{role_id}")).links
        assert f"{REPO_EDIT_URL}data/roles/{role_id}.yml" in links


def test_nothing_is_loaded_from_outside_the_site(built_site: Path) -> None:
    for html_file in built_site.rglob("*.html"):
        for resource in parse(html_file.read_text("utf-8")).resources:
            assert not urlsplit(resource).scheme, (html_file, resource)
    # Our own assets name no outside host. (The theme's bundle mentions unpkg.com for
    # Mermaid diagrams, which it only loads when a page has one; the browser tests check
    # that no request leaves the site at run time.)
    own_assets = [
        built_site / "assets" / path.relative_to(OWN_ASSETS) for path in OWN_ASSETS.rglob("*.*")
    ]
    assert own_assets
    for asset in own_assets:
        text = asset.read_text("utf-8", errors="replace")
        for host in ("fonts.googleapis", "fonts.gstatic", "cdn.jsdelivr", "unpkg.com"):
            assert host not in text, (asset, host)


def test_theme_is_swedish_and_search_is_swedish(built_site: Path) -> None:
    assert '<html lang="sv"' in page(built_site, "")
    index = json.loads((built_site / "search" / "search_index.json").read_text("utf-8"))
    assert index["config"]["lang"] == ["sv"]
    kam_docs = [doc for doc in index["docs"] if doc["location"].startswith("roller/key-account")]
    assert any("kreditvärdighet" in doc["text"] for doc in kam_docs)


def test_start_page_has_a_card_per_role_and_the_overview_lists_them(built_site: Path) -> None:
    home = page(built_site, "")
    overview = page(built_site, "roller")
    for role_id in ROLE_IDS:
        assert f'href="roller/{role_id}/"' in home
        assert f'href="{role_id}/"' in overview
    assert home.count('class="grid cards rg-role-cards"') == 1


def test_start_page_leads_to_the_three_tools(built_site: Path) -> None:
    home = page(built_site, "")
    tools = home.split('class="grid cards rg-tool-cards"', 1)[1].split("</div>", 1)[0]
    assert re.findall(r'<a href="([^"]+)">', tools) == [
        "jamfor/",
        "passar-jag/",
        "provisionskalkylator/",
    ]


def test_the_example_role_is_flagged_and_source_roles_are_not(built_site: Path) -> None:
    # försäljningschef: one notice on top for the whole role, none per section
    assert page(built_site, "roller/forsaljningschef").count("Exempel att granska") == 1
    # KAM comes from the source; only its pay model (figures in SEK) is an example
    assert page(built_site, "roller/key-account-manager").count("Exempel att granska") == 1
    # kundtjänstchef: its reporting line, governing documents, liabilities and pay model
    assert page(built_site, "roller/kundtjanstchef").count("Exempel att granska") == 4


def test_an_address_that_leads_nowhere_gets_a_swedish_page_with_a_way_on(
    built_site: Path,
) -> None:
    html = (built_site / "404.html").read_text("utf-8")
    assert "<h1>Sidan finns inte</h1>" in html and "Not found" not in html
    # absolute links: the page is served for any missing address, at any depth
    assert '<a href="/">Till startsidan</a>' in html
    assert '<a href="/roller/">Alla roller</a>' in html
    assert '<html lang="sv"' in html
