"""What must hold for any organisation's data, checked on the site built from data/.

An organisation may put anything valid in data/; whatever it is, the strict build makes every
role's pages, every internal link resolves, nothing is loaded from outside the site and the
API validates against the schema it publishes. Each check is a function of the built site
folder (and the data folder where it needs one), so that it can be run on any data:

    result = helpers.run_mkdocs_build(site, data)  # always --strict
    assert result.returncode == 0, result.stderr
    assert_every_role_has_its_pages(site, data)
    assert_internal_links_resolve(site)
    assert_nothing_loaded_from_outside(site)
    assert_api_matches_its_schema(site, data)
    assert_no_markup_shown_as_text(site)

The tests in tests/build/ run the same functions on the tests' own organisation too.
"""

from __future__ import annotations

import json
import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

import yaml
from jsonschema import Draft202012Validator
from referencing import Registry, Resource

from helpers import PROJECT_DIR

ORGANISATION_DATA = PROJECT_DIR / "data"
"""The organisation's own data folder, from which `organisation_site` is built."""
OWN_ASSETS = PROJECT_DIR / "docs" / "assets"
OUTSIDE_HOSTS = ("fonts.googleapis", "fonts.gstatic", "cdn.jsdelivr", "unpkg.com")


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


def parse_links(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


def role_files(data: Path) -> list[Path]:
    return sorted((data / "roles").glob("*.yml"))


def assert_every_role_has_its_pages(site: Path, data: Path) -> None:
    """What a strict build of `data` made: for every role file, its page under its title,
    its job description, its job ad and its Word file of the document's version; the start
    page, the roles overview and the page for an address that leads nowhere."""
    roles = role_files(data)
    assert roles, f"no roles in {data}"
    for path in roles:
        role = yaml.safe_load(path.read_text("utf-8"))
        folder = site / "roller" / path.stem
        html = (folder / "index.html").read_text("utf-8")
        title = re.search(r"<title>(.*?)</title>", html, flags=re.S)
        assert title and unescape(title.group(1)) == f"{role['title']} - Rollguiden", path.stem
        assert (folder / "arbetsbeskrivning" / "index.html").is_file(), path.stem
        assert (folder / "platsannons" / "index.html").is_file(), path.stem
        version = role["document"]["version"]
        assert (folder / f"arbetsbeskrivning-{path.stem}-v{version}.docx").is_file(), path.stem
    for page in ("index.html", "roller/index.html", "404.html"):
        assert (site / page).is_file(), page


def assert_internal_links_resolve(site: Path) -> None:
    """Every link of every page that stays in the site leads to a file that is there."""
    pages = sorted(site.rglob("*.html"))
    assert len(pages) >= 7, pages
    for html_file in pages:
        base = "/" + html_file.relative_to(site).as_posix()
        for link in parse_links(html_file.read_text("utf-8")).links:
            parts = urlsplit(link)
            if parts.scheme or link.startswith("#"):
                continue
            target = unquote(urlsplit(urljoin(base, link)).path).lstrip("/")
            resolved = site / target
            assert resolved.is_file() or (resolved / "index.html").is_file(), (base, link)


def assert_nothing_loaded_from_outside(site: Path) -> None:
    """No page loads a script, style, image or frame from another host, and our own assets
    name no outside host. (The theme's bundle mentions unpkg.com for Mermaid diagrams, which
    it only loads when a page has one; the browser tests check that no request leaves the
    site at run time.)"""
    for html_file in site.rglob("*.html"):
        for resource in parse_links(html_file.read_text("utf-8")).resources:
            assert not urlsplit(resource).scheme, (html_file, resource)
    own_assets = [
        site / "assets" / path.relative_to(OWN_ASSETS) for path in OWN_ASSETS.rglob("*.*")
    ]
    assert own_assets
    for asset in own_assets:
        text = asset.read_text("utf-8", errors="replace")
        for host in OUTSIDE_HOSTS:
            assert host not in text, (asset, host)


def published_schemas(site: Path) -> Registry:
    """Every schema the site publishes, found under its file name, as the $refs name them."""
    folder = site / "api" / "v1" / "schema"
    resources = [
        (path.name, Resource.from_contents(json.loads(path.read_text("utf-8"))))
        for path in folder.glob("*.json")
    ]
    return Registry().with_resources(resources)


def validate_api_file(site: Path, document: Path, schema_name: str) -> None:
    """Raises jsonschema's ValidationError when `document` does not match the site's schema
    (dates checked as dates)."""
    registry = published_schemas(site)
    schema = registry.contents(schema_name)
    Draft202012Validator(
        schema, registry=registry, format_checker=Draft202012Validator.FORMAT_CHECKER
    ).validate(json.loads(document.read_text("utf-8")))


def assert_api_matches_its_schema(site: Path, data: Path) -> None:
    """Every API file validates against the schema the site publishes for it, and there is
    one role file per role in `data`."""
    api = site / "api" / "v1"
    validate_api_file(site, api / "roles.json", "roles-document.schema.json")
    validate_api_file(site, api / "vocabulary.json", "vocabulary-document.schema.json")
    files = sorted((api / "roles").glob("*.json"))
    assert [path.stem for path in files] == [path.stem for path in role_files(data)]
    for path in files:
        validate_api_file(site, path, "role-document.schema.json")
    postings = sorted((api / "job-postings").glob("*.json"))
    assert [path.stem for path in postings] == [path.stem for path in role_files(data)]
    for path in postings:
        validate_api_file(site, path, "job-posting.schema.json")


# An escaped tag of the site's own markup, shown to the reader as text (a mark glued to
# text that escaped it, say): "&lt;span class=&#34;rg-…". Data text that merely holds a
# "<" is written &lt; too, so only tags the site itself writes are looked for.
_ESCAPED_OWN_MARKUP = re.compile(
    r"&lt;/?(span|div|p|a|strong|em|abbr|ul|li|table|br)(\s+class=(&#34;|&quot;|\")rg-|&gt;)"
)


def assert_no_markup_shown_as_text(site: Path) -> None:
    """No page shows an escaped tag of the site's own markup as text."""
    for html_file in site.rglob("*.html"):
        found = _ESCAPED_OWN_MARKUP.search(html_file.read_text("utf-8"))
        assert found is None, (html_file, found and found.group())


def test_the_organisation_data_builds_strictly(organisation_site: Path) -> None:
    # organisation_site is `mkdocs build --strict` of data/, failing on any warning
    assert_every_role_has_its_pages(organisation_site, ORGANISATION_DATA)


def test_every_internal_link_of_the_organisation_site_resolves(organisation_site: Path) -> None:
    assert_internal_links_resolve(organisation_site)


def test_the_organisation_site_loads_nothing_from_outside(organisation_site: Path) -> None:
    assert_nothing_loaded_from_outside(organisation_site)


def test_the_organisation_api_matches_its_schema(organisation_site: Path) -> None:
    assert_api_matches_its_schema(organisation_site, ORGANISATION_DATA)


def test_no_page_of_the_organisation_shows_markup_as_text(organisation_site: Path) -> None:
    assert_no_markup_shown_as_text(organisation_site)
