"""Helpers the tests share: the tests' own organisation, editing a data file, building and
serving a site, running the command line."""

from __future__ import annotations

import contextlib
import functools
import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from rollguiden.reading.errors import DataError, format_path
from rollguiden.reading.load import load_catalog
from rollguiden.starting_point import EXAMPLE_ORGANISATION

PROJECT_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = PROJECT_DIR / "data"
FIXTURE_DATA_DIR = PROJECT_DIR / "tests" / "fixtures" / "data"
"""The tests' own small organisation: tests of pages and tools build from a copy of it,
never from data/, which belongs to the organisation running Rollguiden."""
EXAMPLE_ROLES = ("forsaljningschef", "key-account-manager", "kundtjanstchef", "saljare")
"""The roles the example ships with, which tests/content/ checks point by point."""
MANY_ROLES = 30
"""Roles in the synthetic site the browser tests use to see the tools at scale."""
EVALUATION_PLAN = """\
sub_criteria:
  - {id: utbildning, criterion: kunskaper, name: Utbildning, weight: 40, levels: [A, B, C]}
  - {id: ansvar-for-manniskor, criterion: ansvar, name: Ansvar för människor, weight: 30,
     levels: [A, B, C, D]}
  - {id: emotionell, criterion: anstrangning, name: Emotionell ansträngning, weight: 20,
     levels: [A, B]}
  - {id: arbetstider, criterion: arbetsforhallanden, name: Arbetstider, weight: 10,
     levels: [A, B]}
"""
"""A small factor plan (data/job_evaluation.yml) of the tests' own, one sub-criterion under
each of the law's four criteria."""

# Debian's Chromium, launched the same way by the browser tests and the benchmarks
CHROMIUM = Path(os.environ.get("ROLLGUIDEN_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    """Replace `old` in a data file; fails loudly if the fixture text has moved."""
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), "utf-8")


def line_of(path: Path, text: str, occurrence: int = 1) -> int:
    """The 1-based line where `text` starts, its `occurrence`-th time in the file: the line an
    error should name, read off the file itself."""
    content = path.read_text("utf-8")
    start = -1
    for _ in range(occurrence):
        start = content.index(text, start + 1)
    return content.count("\n", 0, start) + 1


def issue_for(data: Path, field: str):
    """The one issue `load_catalog` raises for `field` (written as in the messages)."""
    with pytest.raises(DataError) as caught:
        load_catalog(data)
    matches = [issue for issue in caught.value.issues if format_path(issue.path) == field]
    assert matches, [str(issue) for issue in caught.value.issues]
    return matches[0]


def copy_fixture_data(target: Path) -> Path:
    """A private copy of the tests' own organisation (tests/fixtures/data) to change."""
    destination = target / "data"
    shutil.copytree(FIXTURE_DATA_DIR, destination)
    return destination


def fixture_config(folder: Path) -> Path:
    """An mkdocs.yml in `folder` that is the project's, minus its hand-written pages.

    The hand-written pages in docs/ are the organisation's and link to its roles; a site
    built from the tests' own data has its generated pages, the project's assets, theme and
    hook, and nothing else.
    """
    docs = folder / "docs"
    shutil.copytree(PROJECT_DIR / "docs" / "assets", docs / "assets")
    config = {
        "INHERIT": str(PROJECT_DIR / "mkdocs.yml"),
        "docs_dir": str(docs),
        "theme": {"custom_dir": str(PROJECT_DIR / "hooks" / "theme")},
        "hooks": [str(PROJECT_DIR / "hooks" / "mkdocs_hooks.py")],
        "watch": [str(PROJECT_DIR / "hooks" / "rollguiden")],
        "nav": _generated_nav(_project_config()["nav"]),
    }
    path = folder / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), "utf-8")
    return path


def _project_config() -> dict:
    class Loader(yaml.SafeLoader):
        pass

    # mkdocs.yml names Python objects (!!python/name:…): irrelevant here, read as None
    Loader.add_multi_constructor("tag:yaml.org,2002:python/", lambda *_: None)
    return yaml.load((PROJECT_DIR / "mkdocs.yml").read_text("utf-8"), Loader=Loader)


def _generated_nav(nav: list) -> list:
    """The navigation without the pages that are files in docs/."""
    kept = []
    for entry in nav:
        if isinstance(entry, str):
            if not (PROJECT_DIR / "docs" / entry).exists():
                kept.append(entry)
            continue
        ((title, target),) = entry.items()
        if isinstance(target, list):
            children = _generated_nav(target)
            if children:
                kept.append({title: children})
        elif not (PROJECT_DIR / "docs" / target).exists():
            kept.append(entry)
    return kept


def run_mkdocs_build(
    site_dir: Path, data_dir: Path | None = None, config: Path | None = None
) -> subprocess.CompletedProcess:
    """`mkdocs build --strict` into `site_dir` (never -q: it hides warnings): of the project
    itself, or with `config` (see `fixture_config`) and `data_dir` of the tests' own."""
    environment = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    if data_dir is not None:
        environment["ROLLGUIDEN_DATA"] = str(data_dir)
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(site_dir)]
    if config is not None:
        command += ["--config-file", str(config)]
    return subprocess.run(
        command,
        cwd=PROJECT_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=600,
    )


def run_cli(*arguments: str, cwd: Path = PROJECT_DIR) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "rollguiden", *arguments],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
    )


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def serve(site: Path) -> Iterator[str]:
    """A built site served on 127.0.0.1, as a static web server would serve it."""
    handler = functools.partial(_QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextlib.contextmanager
def mkdocs_serve(
    data_dir: Path, config: Path, log: Path, *, verbose: bool = False
) -> Iterator[str]:
    """`mkdocs serve` of `config` with `data_dir`, its output in `log` (with MkDocs' debug
    lines, such as the folders it watches, when `verbose`); yields its address once the
    first page answers."""
    port = free_port()
    with log.open("w") as output:
        process = subprocess.Popen(
            [
                sys.executable, "-m", "mkdocs", "serve", "--config-file", str(config),
                "--dev-addr", f"127.0.0.1:{port}", *(["--verbose"] if verbose else []),
            ],
            cwd=PROJECT_DIR,
            env={**os.environ, "ROLLGUIDEN_DATA": str(data_dir), "NO_MKDOCS_2_WARNING": "1"},
            stdout=output,
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        try:
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                try:
                    with urllib.request.urlopen(url + "/", timeout=5):
                        break
                except (urllib.error.URLError, ConnectionError, TimeoutError):
                    time.sleep(0.3)
            yield url
        finally:
            process.terminate()
            process.wait(timeout=20)


# Material's search loads its index and language files in a worker, at its own pace after
# the page has loaded: the theme's, from the site, and nothing a tool sends.
THEME_SEARCH_FILES = (
    "/search/search_index.json",
    "/assets/javascripts/lunr/",
    "/assets/javascripts/workers/",
)


def record_requests(page) -> list[str]:
    """Every request the page makes from now on, but the theme's search files: what a tool
    asks for once it is answering (it should be nothing)."""
    requests: list[str] = []

    def record(request) -> None:
        if not any(part in request.url for part in THEME_SEARCH_FILES):
            requests.append(request.url)

    page.on("request", record)
    return requests


def not_the_example(data: Path = DATA_DIR) -> str | None:
    """Why `data` is not the example Rollguiden ships with, in one line; None when it is.

    tests/content/ checks the example's content point by point (the source text's points,
    the figures worked out by hand): on an organisation's own data it has nothing to check,
    so it is skipped with this line. Roles added beside the example's keep it running."""
    try:
        name = yaml.safe_load((data / "organisation.yml").read_text("utf-8")).get("name")
    except (OSError, yaml.YAMLError, AttributeError):
        return None  # a broken file is for the tests that build the site to report
    if name != EXAMPLE_ORGANISATION:
        return f"data/organisation.yml gäller {name!r}, inte exemplet {EXAMPLE_ORGANISATION!r}"
    missing = [role for role in EXAMPLE_ROLES if not (data / "roles" / f"{role}.yml").is_file()]
    if missing:
        return f"exemplets roller saknas i data/roles/: {', '.join(missing)}"
    return None


EVALUATED_ROLES = {
    "kundradgivare": ((3, 4, 2, 2), "women"),
    "teamledare": ((3, 4, 2, 1), "men"),
    "kundansvarig": ((2, 2, 1, 2), None),
    "innesaljare": ((1, 1, 1), None),
}
"""Levels on EVALUATION_PLAN's sub-criteria, in its order, and dominance, for the tests' own
roles: tests/build/test_job_evaluation_page.py works out what they make."""


def with_evaluation(data: Path) -> Path:
    """The tests' own data in `data` with EVALUATION_PLAN and EVALUATED_ROLES' levels."""
    (data / "job_evaluation.yml").write_text(EVALUATION_PLAN, "utf-8")
    subs = ("utbildning", "ansvar-for-manniskor", "emotionell", "arbetstider")
    for role_id, (levels, dominance) in EVALUATED_ROLES.items():
        lines = ["job_evaluation:", *([f"  dominance: {dominance}"] if dominance else [])]
        lines.append("  levels:")
        lines += [
            f"    {sub}: {{level: {level}, motivation: Bedömd}}"
            for sub, level in zip(subs, levels, strict=False)
        ]
        role = data / "roles" / f"{role_id}.yml"
        role.write_text(role.read_text("utf-8") + "\n".join(lines) + "\n", "utf-8")
    return data
