"""Run the JavaScript tests (`node --test tests/js/`) as part of `uv run pytest`."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from helpers import PROJECT_DIR


def test_node_tests_pass() -> None:
    node = shutil.which("node")
    if node is None:
        pytest.fail("Node.js saknas: installera Node 20 (`sudo apt-get install -y nodejs`).")
    result = subprocess.run(
        [node, "--test", "tests/js/"],
        cwd=PROJECT_DIR,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "# fail 0" in result.stdout
