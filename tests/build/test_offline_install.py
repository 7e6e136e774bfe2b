"""The offline install DEPLOYMENT.md gives IT, run as written there: a wheelhouse made from
uv.lock on a machine that reaches the package index, then, with the network off, a fresh
environment installed from that folder alone and the strict build of a copy of the project.

A real build into a temp folder, like the rest of tests/build/, and a slow one (about
40 s on two cores): the wheelhouse is made once per session (skipped, with the reason,
where the index cannot be reached). The network is switched off with `unshare -rn` (a
network namespace of its own, with no network) where the machine allows it; elsewhere the
proxies point at a closed port and pip is told to use no index, which is weaker. Either way
a check first makes sure that the index cannot be reached."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import tomllib
import urllib.error
import urllib.request
from collections.abc import Sequence
from pathlib import Path

import pytest

from helpers import PROJECT_DIR

pytestmark = pytest.mark.skipif(
    sys.platform == "win32", reason="DEPLOYMENT.md's commands are written for a POSIX shell"
)

DEPLOYMENT = PROJECT_DIR / "DEPLOYMENT.md"
WHEELHOUSE = "build/wheelhouse"
INDEX = "https://pypi.org/simple/"
CLOSED_PORT = "http://127.0.0.1:9"
"""Where the proxies point when no network namespace can be made: nothing listens there."""

CHECKOUT = ("mkdocs.yml", "pyproject.toml", "uv.lock", "README.md", "hooks", "docs", "data")
"""What a checkout holds that the commands read: the site's sources, and what installing the
core package and exporting the lock need."""

# The commands exactly as DEPLOYMENT.md gives them (the first test holds the two together).
MAKE_WHEELHOUSE = (
    "uv export --frozen --no-dev --no-emit-project --format requirements-txt --quiet"
    " --output-file build/wheelhouse/requirements.txt",
    "python -m pip wheel --wheel-dir build/wheelhouse"
    " --requirement build/wheelhouse/requirements.txt",
    'python -m pip wheel --wheel-dir build/wheelhouse "uv_build>=0.8,<0.14"',
)
INSTALL_AND_BUILD = (
    "python -m venv .venv",
    ".venv/bin/python -m pip install --no-index --find-links build/wheelhouse"
    " --requirement build/wheelhouse/requirements.txt",
    ".venv/bin/python -m pip install --no-index --find-links build/wheelhouse .",
    ".venv/bin/python -m rollguiden validate",
    ".venv/bin/python -m mkdocs build --strict",
)


def copy_checkout(target: Path) -> Path:
    """A checkout of the project as it is now, without caches."""
    target.mkdir(parents=True)
    for name in CHECKOUT:
        source = PROJECT_DIR / name
        if source.is_dir():
            ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
            shutil.copytree(source, target / name, ignore=ignore)
        else:
            shutil.copy2(source, target / name)
    return target


def argv(command: str, *, checkout: Path, uv: str, python: str) -> list[str]:
    """A documented command as run here: `uv` and `python` are this machine's, and the
    environment's Python is the one in the checkout."""
    words = shlex.split(command)
    program = {"uv": uv, "python": python}.get(words[0], words[0])
    if program.startswith(".venv/"):
        program = str(checkout / program)
    return [program, *words[1:]]


def run(command: Sequence[str], *, cwd: Path, env: dict[str, str]) -> None:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, timeout=900)
    output = (result.stdout[-3000:] + result.stderr[-3000:]).strip()
    assert result.returncode == 0, f"{shlex.join(command)}\n{output}"


def index_reachable() -> bool:
    try:
        with urllib.request.urlopen(INDEX + "pip/", timeout=15):
            return True
    except (urllib.error.URLError, OSError):
        return False


def connected_env() -> dict[str, str]:
    """This machine's environment, as the machine with access would have it (its proxies,
    certificates and pip configuration), without the test run's own virtual environment."""
    env = dict(os.environ)
    for name in ("VIRTUAL_ENV", "PYTHONPATH", "PYTHONHOME"):
        env.pop(name, None)
    return env


def offline_env() -> dict[str, str]:
    """An environment that gives pip no index, no configuration and no way out: only the
    wheelhouse can supply a package."""
    drop = ("PIP_", "UV_", "PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "ROLLGUIDEN_")
    env = {name: value for name, value in os.environ.items() if not name.startswith(drop)}
    env.update(
        PIP_CONFIG_FILE=os.devnull,
        PIP_NO_INDEX="1",
        http_proxy=CLOSED_PORT,
        https_proxy=CLOSED_PORT,
        HTTP_PROXY=CLOSED_PORT,
        HTTPS_PROXY=CLOSED_PORT,
        no_proxy="",
        NO_PROXY="",
    )
    return env


def network_off() -> list[str]:
    """`unshare -rn` before each command where it works here, else nothing."""
    unshare = shutil.which("unshare")
    if unshare is None:
        return []
    probe = subprocess.run([unshare, "-rn", "true"], capture_output=True, timeout=30)
    return [unshare, "-rn"] if probe.returncode == 0 else []


@pytest.fixture(scope="session")
def wheelhouse(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """build/wheelhouse/ made by DEPLOYMENT.md's first three commands, once per session."""
    if not index_reachable():
        pytest.skip(f"the package index ({INDEX}) cannot be reached: no wheelhouse to make")
    uv = os.environ.get("UV") or shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on this machine: the wheelhouse's first command needs it")
    folder = tmp_path_factory.mktemp("connected")
    env = connected_env()
    # "a Python with pip": the test's own environment (made by uv) has none
    tools = folder / "tools"
    run([sys.executable, "-m", "venv", str(tools)], cwd=folder, env=env)
    checkout = copy_checkout(folder / "rollguiden")
    for command in MAKE_WHEELHOUSE:
        words = argv(command, checkout=checkout, uv=uv, python=str(tools / "bin" / "python"))
        run(words, cwd=checkout, env=env)
    return checkout / WHEELHOUSE


def test_the_commands_are_deployment_mds() -> None:
    text = DEPLOYMENT.read_text("utf-8")
    for command in (*MAKE_WHEELHOUSE, *INSTALL_AND_BUILD):
        assert command in text, f"DEPLOYMENT.md no longer says: {command}"
    pyproject = tomllib.loads((PROJECT_DIR / "pyproject.toml").read_text("utf-8"))
    (backend,) = pyproject["build-system"]["requires"]
    assert f'"{backend}"' in MAKE_WHEELHOUSE[-1], "the wheelhouse's uv_build is not pyproject's"


def test_the_offline_install_builds_the_site(wheelhouse: Path, tmp_path: Path) -> None:
    checkout = copy_checkout(tmp_path / "rollguiden")
    shutil.copytree(wheelhouse, checkout / WHEELHOUSE)
    prefix = network_off()
    env = offline_env()

    # what follows cannot reach the index, whichever way the network was switched off
    probe = f"import urllib.request; urllib.request.urlopen({INDEX!r}, timeout=10)"
    reached = subprocess.run(
        [*prefix, sys.executable, "-c", probe], env=env, capture_output=True, timeout=60
    )
    assert reached.returncode != 0, "the package index is still reachable"

    for command in INSTALL_AND_BUILD:
        words = argv(command, checkout=checkout, uv="uv", python=sys.executable)
        run([*prefix, *words], cwd=checkout, env=env)

    site = checkout / "site"
    assert (site / "index.html").is_file()
    assert (site / "roller" / "index.html").is_file()
