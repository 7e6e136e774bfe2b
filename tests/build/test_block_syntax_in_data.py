"""Every text field of the tests' own organisation, filled with Markdown block syntax,
makes the same pages as the same fields filled with plain words: no admonition, collapsible
block, tab, definition list, heading, rule, quote, list, fence, snippet or attribute comes
from the data, in the MkDocs build and in the pages the Zensical project is made of.

Text fields are found by their JSON Schema (Text and ShortText: plain text of up to 200 or
4 000 characters), so a field added to the models is filled too. Field i gets payload
i mod len(PAYLOADS), its number inside the syntax where the syntax keeps working with it.
The pages are compared element by element (tag and class), and every payload must be seen
as typed on some page."""

from __future__ import annotations

import html
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import markdown
import pytest
import yaml
from mkdocs.utils.yaml import yaml_load

from helpers import PROJECT_DIR, copy_fixture_data, fixture_config, run_mkdocs_build
from rollguiden.model.base import NO_CONTROL_CHARACTERS
from rollguiden.output.standalone import ABBREVIATIONS_FILE, standalone_config
from rollguiden.reading.load import read_data
from rollguiden.site import generate_site, not_found_context

PAYLOADS = [
    '!!! danger "Varning {n}"',
    '??? note "Fråga {n}"',
    '???+ note "Öppen {n}"',
    '=== "Flik {n}"',
    ": definition {n}",
    f'--8<-- "{ABBREVIATIONS_FILE}"',
    "~~~ staket{n}",
    "```kod{n}",
    "# Rubrik {n}",
    "> citat {n}",
    "- punkt {n}",
    "+ plus {n}",
    "1. nummer {n}",
    "*[FÖRK{n}]: förkortning",
    "{: #id{n} .klass }",
    "| cell{n} | b |",
    "---",
    "***",
    "===",
    "<!-- kommentar {n} -->",
]
SCHEMAS = {
    "organisation.yml": "organisation",
    "vocabulary.yml": "vocabulary",
    "comparisons.yml": "comparisons",
    "glossary.yml": "glossary",
}


def _resolved(schema: dict, root: dict) -> dict:
    while "$ref" in schema:
        schema = root["$defs"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema


def _is_text(schema: dict) -> bool:
    return (
        schema.get("type") == "string"
        and schema.get("pattern") == NO_CONTROL_CHARACTERS
        and schema.get("maxLength", 0) >= 200
    )


def text_paths(value: object, schema: dict, root: dict, path: tuple = ()) -> Iterator[tuple]:
    """The paths in `value` whose schema is plain text."""
    schema = _resolved(schema, root)
    if "anyOf" in schema:
        kinds = {"object": dict, "array": list, "string": str}
        for branch in map(lambda branch: _resolved(branch, root), schema["anyOf"]):
            if isinstance(value, kinds.get(branch.get("type"), type(None))):
                yield from text_paths(value, branch, root, path)
                return
        return
    if isinstance(value, dict):
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            sub = schema.get("properties", {}).get(key, extra if isinstance(extra, dict) else None)
            if sub is not None:
                yield from text_paths(item, sub, root, (*path, key))
    elif isinstance(value, list) and "items" in schema:
        for index, item in enumerate(value):
            yield from text_paths(item, schema["items"], root, (*path, index))
    elif isinstance(value, str) and _is_text(schema):
        yield path


def fill_text_fields(data: Path, text_for) -> list[str]:
    """Every text field of the data in `data` set to text_for(i); the values written."""
    files = [(data / name, schema) for name, schema in SCHEMAS.items() if (data / name).exists()]
    files += [(path, "role") for path in sorted((data / "roles").glob("*.yml"))]
    written: list[str] = []
    for file, schema_name in files:
        root = json.loads(
            (PROJECT_DIR / "data" / "schema" / f"{schema_name}.schema.json").read_text()
        )
        values = yaml.safe_load(file.read_text("utf-8"))
        for path in list(text_paths(values, root, root)):
            parent = values
            for part in path[:-1]:
                parent = parent[part]
            parent[path[-1]] = text_for(len(written))
            written.append(parent[path[-1]])
        file.write_text(yaml.safe_dump(values, allow_unicode=True, sort_keys=False), "utf-8")
    return written


def assert_every_kind_shown(written: list[str], shown: str) -> None:
    """Each payload is shown as typed in at least one of the fields that got it."""
    for kind, syntax in enumerate(PAYLOADS):
        fields = written[kind :: len(PAYLOADS)]
        assert any(value in shown for value in fields), syntax


def payload(number: int) -> str:
    return PAYLOADS[number % len(PAYLOADS)].replace("{n}", str(number))


def plain(number: int) -> str:
    return f"Ord {number}"


def structure(page: str) -> Counter[tuple[str, str]]:
    """The page's elements, each as its tag and class, counted: what the text cannot change
    (their order can: lists are sorted by their titles)."""
    page = re.sub(r"<(script|style)\b.*?</\1>", "", page, flags=re.DOTALL)
    # a code block's highlighting (the API page's example) is cut by the words; the block stays
    page = re.sub(r"(<pre\b[^>]*>).*?</pre>", r"\1</pre>", page, flags=re.DOTALL)
    return Counter(re.findall(r'<([a-zA-Z][\w-]*)(?:[^>]*?\bclass="([^"]*)")?', page))


def shown_text(page: str) -> str:
    page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.DOTALL)
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())


@pytest.fixture(scope="module")
def two_datasets(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, list[str]]]:
    """The tests' own data with every text field as a payload, and as plain words."""
    folder = tmp_path_factory.mktemp("block-syntax")
    found = {}
    for name, text_for in (("payload", payload), ("plain", plain)):
        data = copy_fixture_data(folder / name)
        written = fill_text_fields(data, text_for)
        assert read_data(data).issues == ()
        found[name] = (data, written)
    assert len(found["payload"][1]) >= 100  # the walk found the fields
    return found


def test_the_mkdocs_pages_are_the_same_as_with_plain_words(two_datasets, tmp_path: Path) -> None:
    sites = {}
    for name, (data, _) in two_datasets.items():
        sites[name] = tmp_path / f"site-{name}"
        result = run_mkdocs_build(sites[name], data, fixture_config(tmp_path / f"project-{name}"))
        assert result.returncode == 0, result.stderr
    pages = sorted(path.relative_to(sites["plain"]) for path in sites["plain"].rglob("*.html"))
    assert pages == sorted(
        path.relative_to(sites["payload"]) for path in sites["payload"].rglob("*.html")
    )
    texts = []
    for page in pages:
        made = (sites["payload"] / page).read_text("utf-8")
        assert structure(made) == structure((sites["plain"] / page).read_text("utf-8")), page
        texts.append(shown_text(made))
    # every kind of payload reaches a page, shown as typed
    everything = "\n".join(texts)
    written = two_datasets["payload"][1]
    assert_every_kind_shown(written, everything)


def _standalone_renderer(includes: Path):
    """Python-Markdown with the Zensical project's extensions (output/standalone.py): those
    of mkdocs.yml and pymdownx.snippets, reading from `includes`."""
    config = yaml_load(
        standalone_config((PROJECT_DIR / "mkdocs.yml").read_text("utf-8"), not_found_context())
    )
    names, settings = [], {}
    for entry in config["markdown_extensions"]:
        name, options = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        settings[name] = dict(options or {})
    settings["pymdownx.snippets"]["base_path"] = [str(includes)]
    settings["toc"].pop("permalink", None)
    return lambda source: markdown.Markdown(extensions=names, extension_configs=settings).convert(
        source
    )


def test_the_zensical_projects_pages_are_the_same_as_with_plain_words(
    two_datasets, tmp_path: Path
) -> None:
    rendered = {}
    for name, (data, _) in two_datasets.items():
        site = generate_site(data)
        includes = tmp_path / f"includes-{name}"
        includes.mkdir()
        (includes / ABBREVIATIONS_FILE).write_text(site.abbreviations + "\n", "utf-8")
        render = _standalone_renderer(includes)
        rendered[name] = {
            # without its front matter, as the generator reads a page; the snippets extension
            # appends the abbreviations to it, as the project's settings say
            page.src_uri: render(re.sub(r"\A---\n.*?\n---\n", "", page.markdown, flags=re.DOTALL))
            for page in site.pages
        }
    assert sorted(rendered["payload"]) == sorted(rendered["plain"])
    for page, made in rendered["payload"].items():
        assert structure(made) == structure(rendered["plain"][page]), page
    everything = "\n".join(map(shown_text, rendered["payload"].values()))
    written = two_datasets["payload"][1]
    assert_every_kind_shown(written, everything)
