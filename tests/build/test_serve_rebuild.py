"""A rebuild after a save under `mkdocs serve` renders only the pages whose inputs changed
(rollguiden/output/rebuild.py), and gives the same site as a full build of the same data:
for a change to one role, to the vocabulary, to the organisation file, for a role added and
for a role removed again. Every file is compared byte for byte; the search index, which a
rebuild puts together from the pages it rendered and the ones it kept, as its contents.

The rebuilds run as `mkdocs serve` runs them, in a process of their own: the first build,
then the hook's `on_serve` takes the server's builder, and each save calls it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from helpers import PROJECT_DIR, copy_fixture_data, edit, fixture_config

# Builds the site as `mkdocs serve` does, then, for each step read from stdin, waits for the
# test to change the data and rebuilds through the builder the hook's on_serve returned.
SERVE_LIKE = """
import json, os, sys, time
os.environ["NO_MKDOCS_2_WARNING"] = "1"
import mkdocs.commands.serve as serve
from mkdocs.config import load_config

config_file, site = sys.argv[1], sys.argv[2]

def get_config():
    return load_config(config_file=config_file, site_dir=site)

config = get_config()
config.plugins.on_startup(command="serve", dirty=False)

def builder(config=None):
    serve.build(config or get_config(), serve_url=None, dirty=False)

class Server:
    pass

server = Server()
server.builder = builder
builder(config)
server = config.plugins.on_serve(server, config=config, builder=builder)
print("built", flush=True)
for line in sys.stdin:
    started = time.perf_counter()
    server.builder()
    print(f"rebuilt {time.perf_counter() - started:.2f}", flush=True)
"""


def site_files(site: Path) -> dict[str, bytes]:
    return {
        path.relative_to(site).as_posix(): path.read_bytes()
        for path in sorted(site.rglob("*"))
        if path.is_file()
    }


def assert_same_site(rebuilt: Path, clean: Path) -> None:
    mine, theirs = site_files(rebuilt), site_files(clean)
    assert sorted(mine) == sorted(theirs)
    index = "search/search_index.json"
    assert json.loads(mine.pop(index)) == json.loads(theirs.pop(index))
    different = [path for path in theirs if mine[path] != theirs[path]]
    assert different == []


@pytest.fixture
def serve_like(tmp_path: Path):
    """A data copy, a project, and the serve-like process over them; yields the data, the
    served site and a function that applies a change, rebuilds, and checks the result
    against a full build."""
    data = copy_fixture_data(tmp_path / "copy")
    config = fixture_config(tmp_path / "project")
    site = tmp_path / "served"
    process = subprocess.Popen(
        [sys.executable, "-c", SERVE_LIKE, str(config), str(site)],
        cwd=PROJECT_DIR,
        env={**os.environ, "ROLLGUIDEN_DATA": str(data)},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert process.stdout.readline().strip() == "built", process.stderr.read()
    steps = iter(range(100))

    def save_and_compare(change) -> None:
        change(data)
        process.stdin.write("save\n")
        process.stdin.flush()
        answer = process.stdout.readline()
        assert answer.startswith("rebuilt"), process.stderr.read()
        # the same data built afresh, as `mkdocs serve` builds at its start (a served page
        # differs from a built one: its Content-Security-Policy lets the reload script in)
        clean = tmp_path / f"clean-{next(steps)}"
        first = subprocess.run(
            [sys.executable, "-c", SERVE_LIKE, str(config), str(clean)],
            cwd=PROJECT_DIR,
            env={**os.environ, "ROLLGUIDEN_DATA": str(data)},
            input="",
            capture_output=True,
            text=True,
        )
        assert first.stdout.strip() == "built", first.stderr
        assert_same_site(site, clean)

    yield data, site, save_and_compare
    process.stdin.close()
    process.wait(timeout=60)
    assert process.returncode == 0, process.stderr.read()


def test_a_rebuild_gives_the_same_site_as_a_clean_build(serve_like) -> None:
    data, served, save_and_compare = serve_like
    role = data / "roles" / "kundansvarig.yml"
    # one role: its title, which other pages show too, and a duty
    save_and_compare(lambda data: edit(role, "title: Kundansvarig", "title: Kundansvarig säljare"))
    other, own = served / "roller/teamledare/index.html", served / "roller/kundansvarig/index.html"
    before = other.stat().st_mtime_ns, own.stat().st_mtime_ns
    save_and_compare(
        lambda data: edit(role, "Bedömer kundernas kreditvärdighet.", "Bedömer kundernas risk.")
    )
    # a duty is on its role's pages only: another role's profile was kept, not rendered again
    assert other.stat().st_mtime_ns == before[0]
    assert own.stat().st_mtime_ns != before[1]
    # the vocabulary: a quality's name, on every profile that has it and in its register
    save_and_compare(
        lambda data: edit(data / "vocabulary.yml", "label: Lyhörd", "label: Lyssnande")
    )
    # the organisation: its name, on the start page and in every job description
    save_and_compare(
        lambda data: edit(data / "organisation.yml", "name: Provbolaget AB", "name: Nybolaget AB")
    )

    # a role added, then removed again: its pages go with it
    extra = data / "roles" / "extrasaljare.yml"

    def add(data: Path) -> None:
        text = (data / "roles" / "innesaljare.yml").read_text("utf-8")
        extra.write_text(text.replace("title: Innesäljare", "title: Extrasäljare"), "utf-8")

    save_and_compare(add)
    save_and_compare(lambda data: extra.unlink())
