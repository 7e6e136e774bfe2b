"""The core package's layers import one way: model ← reading ← engines ← pages ← output ←
site and cli; text may be used by all and uses none; nothing imports mkdocs."""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import PROJECT_DIR

PACKAGE = PROJECT_DIR / "hooks" / "rollguiden"
LAYERS = ("model", "reading", "engines", "pages", "output")
"""In order: a layer may import those before it and itself."""
TOP = len(LAYERS)
"""The modules beside the layers (site, cli, synth, …) may import every layer."""


def layer_of(module: str) -> int | None:
    """The rank of a module such as `rollguiden.pages.paths`; None for text, which all share."""
    parts = module.split(".")
    if len(parts) < 2 or parts[0] != "rollguiden":
        raise ValueError(module)
    if parts[1] == "text":
        return None
    return LAYERS.index(parts[1]) if parts[1] in LAYERS else TOP


def imported_modules(path: Path, package: Path) -> list[tuple[int, str]]:
    """(line, module) for every import in the file, relative imports made absolute."""
    # relative imports start from the module's package (an __init__'s is its own)
    own = [package.name, *path.relative_to(package).with_suffix("").parts][:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"), str(path))):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = own[: len(own) - node.level + 1]
                module = ".".join([*base, *([node.module] if node.module else [])])
            else:
                module = node.module or ""
            found.append((node.lineno, module))
            if module.split(".")[0] == package.name:
                # `from rollguiden import reading` imports the sub-package itself
                found += [(node.lineno, f"{module}.{alias.name}") for alias in node.names]
    return found


def wrong_way_imports(package: Path) -> list[str]:
    """Every import that runs against the layers, as 'file:line imports module'."""
    problems = []
    for path in sorted(package.rglob("*.py")):
        module = ".".join([package.name, *path.relative_to(package).with_suffix("").parts])
        rank = layer_of(module)
        for line, imported in imported_modules(path, package):
            where = f"{path.relative_to(package.parent)}:{line}"
            if imported.split(".")[0] == "mkdocs":
                problems.append(f"{where} imports {imported}")
                continue
            if not imported.startswith(f"{package.name}.") or not _is_module(package, imported):
                continue
            target = layer_of(imported)
            # text uses no other layer; the others only those at or below their own
            if target is not None and (rank is None or target > rank):
                problems.append(f"{where} imports {imported}")
    return problems


def _is_module(package: Path, module: str) -> bool:
    """Whether a dotted name is a module or package of ours (not a name inside one)."""
    relative = Path(*module.split(".")[1:])
    return (package / relative).with_suffix(".py").exists() or (package / relative).is_dir()


def test_the_core_imports_only_down_its_layers() -> None:
    assert wrong_way_imports(PACKAGE) == []


def test_every_layer_says_what_it_owns_and_may_import() -> None:
    for layer in (*LAYERS[1:], "text"):
        docstring = ast.get_docstring(ast.parse((PACKAGE / layer / "__init__.py").read_text()))
        assert docstring and "May import" in docstring, layer


def test_a_wrong_way_import_is_caught(tmp_path: Path) -> None:
    package = tmp_path / "rollguiden"
    for folder in ("engines", "pages", "output", "text", "model"):
        (package / folder).mkdir(parents=True)
        (package / folder / "__init__.py").write_text("")
    (package / "__init__.py").write_text("")
    (package / "pages" / "paths.py").write_text("HOME = 'index.md'\n")
    (package / "output" / "render.py").write_text("from rollguiden.pages.paths import HOME\n")
    (package / "model" / "role.py").write_text("from ..text import swedish\n")
    (package / "text" / "swedish.py").write_text("import json\n")
    # the three ways an engine can reach up: absolute, relative, and the package itself
    (package / "engines" / "pay.py").write_text(
        "import json\n"
        "from rollguiden.pages.paths import HOME\n"
        "from ..output import render\n"
        "from rollguiden import output\n"
    )
    (package / "text" / "labels.py").write_text("from rollguiden.model import role\n")
    (package / "site.py").write_text("from mkdocs.structure.files import File\n")
    assert wrong_way_imports(package) == [
        "rollguiden/engines/pay.py:2 imports rollguiden.pages.paths",
        "rollguiden/engines/pay.py:3 imports rollguiden.output",
        "rollguiden/engines/pay.py:3 imports rollguiden.output.render",
        "rollguiden/engines/pay.py:4 imports rollguiden.output",
        "rollguiden/site.py:1 imports mkdocs.structure.files",
        "rollguiden/text/labels.py:1 imports rollguiden.model",
        "rollguiden/text/labels.py:1 imports rollguiden.model.role",
    ]
