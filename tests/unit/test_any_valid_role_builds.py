"""A property: any role that `validate` accepts builds – every page's Markdown renders and
converts to HTML, and the Word files and the API are made. Hypothesis writes roles with
text of any characters and amounts of any size into the tests' own organisation; those the
validation refuses are set aside, and every one it accepts must go through."""

from __future__ import annotations

import tempfile
from pathlib import Path

import markdown
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from mkdocs.config import load_config

from helpers import PROJECT_DIR, copy_fixture_data
from rollguiden.output.worker import run_jobs
from rollguiden.reading.errors import DataError
from rollguiden.reading.load import load_catalog
from rollguiden.site import generate_site

MARKUP = "<>&\"'*_`[]()!#|~{}:$\\"
plausible = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), st.sampled_from(MARKUP)
    ),
    min_size=1,
    max_size=60,
)
anything = st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30)
texts = st.one_of(plausible, plausible, plausible, plausible, plausible, anything)
# mostly amounts a pay model may hold, sometimes the edges on either side of its limits
amounts = st.one_of(
    st.integers(1, 10**10),
    st.integers(1, 10**6),
    st.floats(1, 1e10),
    st.sampled_from([0, 1, 0.5, 10**10, 10**10 + 1, 5e-324, 1e308]),
)

ROLE = "roles/kundradgivare.yml"
_config = load_config(str(PROJECT_DIR / "mkdocs.yml"))
CONVERTER = markdown.Markdown(
    extensions=_config.markdown_extensions, extension_configs=_config.mdx_configs
)


@st.composite
def roles(draw: st.DrawFn) -> dict:
    role = yaml.safe_load((PROJECT_DIR / "tests" / "fixtures" / "data" / ROLE).read_text("utf-8"))
    for key in ("title", "summary", "focus", "clients"):
        role[key] = draw(texts)
    role["abbreviation"] = draw(st.one_of(st.none(), st.text(min_size=1, max_size=12)))
    role["aliases"] = draw(st.lists(texts, max_size=2))
    role["duties"][0]["text"] = draw(texts)
    role["rights"][0]["text"] = draw(texts)
    role["requirements"]["merits"] = draw(st.lists(texts, max_size=2))
    low, typical, high = sorted(draw(st.lists(amounts, min_size=3, max_size=3)))
    role["pay"]["base_salary"] = {"min": low, "typical": typical, "max": high}
    first, rate = draw(amounts), draw(st.floats(0, 1))
    role["pay"]["commission"]["bands"] = [
        {"up_to": first, "rate": rate},
        {"rate": draw(st.floats(0, 1))},
    ]
    role["pay"]["commission"]["cap"] = draw(st.one_of(st.none(), amounts))
    role["pay"]["plan"] = {"monthly_target": draw(st.one_of(st.none(), amounts))}
    role["pay"]["typical_deal"] = {"amount": draw(amounts)}
    return role


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(role=roles(), expansion=texts)
def test_a_role_that_validates_builds(role: dict, expansion: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = copy_fixture_data(Path(folder))
        (data / ROLE).write_text(yaml.safe_dump(role, allow_unicode=True), "utf-8")
        glossary = {"terms": [{"term": "KPI", "expansion": expansion}]}
        (data / "glossary.yml").write_text(yaml.safe_dump(glossary, allow_unicode=True), "utf-8")
        try:
            load_catalog(data)
        except DataError:
            assume(False)  # refused with a message: not this test's concern
        site = generate_site(data)
        files = run_jobs(site.jobs)
    assert {file.path for file in files} == {path for job in site.jobs for path in job.paths}
    assert all(file.content for file in files)
    for page in site.pages:
        CONVERTER.reset().convert(page.markdown)


# file names: ids (most), runs of one letter around the id's and the system's limits
# (60 characters; 255 bytes), and any text a file name can hold
file_names = st.one_of(
    st.from_regex(r"[a-z0-9]{1,20}(-[a-z0-9]{1,20}){0,4}", fullmatch=True),
    # the Word file's name is 28 characters longer than the id, and a name holds 255 bytes
    st.one_of(st.sampled_from([60, 61, 227, 228, 250]), st.integers(40, 260)).map(
        lambda length: "r" * length
    ),
    st.integers(1, 130).map(lambda length: "ö" * length),  # two bytes each
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=80),
)


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(name=file_names)
def test_a_role_file_name_that_validates_builds(name: str) -> None:
    with tempfile.TemporaryDirectory() as folder:
        data = copy_fixture_data(Path(folder) / "data")
        teamledare = (data / "roles" / "teamledare.yml").read_text("utf-8")
        try:
            (data / "roles" / f"{name}.yml").write_text(
                teamledare.replace("title: Teamledare", "title: Ny roll"), "utf-8"
            )
        except (OSError, ValueError):
            assume(False)  # not a name this system can give a file
        try:
            catalog = load_catalog(data)
        except DataError:
            assume(False)  # refused with a message: not this test's concern
        # a name such as "~x" or ".x" is an editor's backup, not a role: left alone
        assume(any(role.id == name for role in catalog.roles))
        site = generate_site(data)
        files = run_jobs(site.jobs)
        # written as the build writes them: every page and file under its own name
        out = Path(folder) / "site"
        for path, content in [(page.src_uri, page.markdown.encode()) for page in site.pages] + [
            (file.path, file.content) for file in files
        ]:
            target = out / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(content)
        assert (out / "roller" / name / "index.md").is_file()
