"""The stages of src/bilateral import one way: never a higher stage, never in a cycle.

Every ``import`` in every module counts, wherever it is written: at the top, inside a
function, under ``if TYPE_CHECKING``. A new stage (folder or top-level module) must be
given its place in ``LAYERS`` before anything can import it.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src"

# The stages from the lowest up, as the data flows (../shared/DESIGN.md, README "Layout").
# A stage may import the stages of lower lines only; the stages of one line are independent.
LAYERS: list[set[str]] = [
    {"types", "errors", "calendar"},  # records, errors, month and weekday names
    {"gazetteer", "sources", "engines"},  # places; reading inputs; where work runs
    {"cleaning", "nlp"},
    {"actors"},
    {"events", "figures", "quotes"},
    {"extract"},  # one document -> its records, from the stages above
    {"bilateral"},  # the package itself: the Python API (extract, resolve, the records)
    {"store"},
    {"linking"},
    {"review"},  # the analyst's corrections: applied in the store, scored, turned into gold
    {"analysis"},
    {"api"},
    {"web"},  # the dashboard, and the app serving it with the API
    {"cli"},
    {"__main__"},
]
LEVEL = {stage: level for level, stages in enumerate(LAYERS) for stage in stages}


@dataclass(frozen=True)
class Import:
    """``importer`` (a module) imports ``imported`` (a module of the package) at ``line``."""

    importer: str
    imported: str
    path: Path
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.importer} imports {self.imported}"


def module_names(src: Path, package: str = "bilateral") -> dict[str, Path]:
    """Every module of ``package`` under ``src`` by its dotted name (a package by its own)."""
    found = {}
    for path in sorted((src / package).rglob("*.py")):
        parts = list(path.relative_to(src).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(src: Path, package: str = "bilateral") -> list[Import]:
    """Every import of a module of ``package`` by a module of it, wherever it is written."""
    modules = module_names(src, package)
    found = []
    for name, path in modules.items():
        here = name if path.name == "__init__.py" else name.rpartition(".")[0]
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:  # relative: "from ..events import x" counts from this package
                    anchor = here.split(".")[: len(here.split(".")) - node.level + 1]
                    base = ".".join([*anchor, *([base] if base else [])])
                # "from bilateral.events import plover" imports the module plover
                targets = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in modules else base
                           for alias in node.names]
            else:
                continue
            for target in targets:
                if target == package or target.startswith(package + "."):
                    found.append(Import(name, _known(target, modules), path, node.lineno))
    return found


def _known(target: str, modules: dict[str, Path]) -> str:
    """The module ``target`` names, or the package it is an attribute of."""
    while target not in modules and "." in target:
        target = target.rpartition(".")[0]
    return target


def stage(module: str) -> str:
    """``bilateral.events.dates`` -> ``events``; the package itself is ``bilateral``."""
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def unplaced_stages(modules: dict[str, Path]) -> list[str]:
    return sorted({stage(m) for m in modules} - LEVEL.keys())


def upward_imports(found: list[Import]) -> list[str]:
    """Imports of a stage of the same or a higher layer (stages without one are skipped:
    ``unplaced_stages`` names them)."""
    bad = []
    for imp in found:
        importer, imported = stage(imp.importer), stage(imp.imported)
        if importer == imported or importer not in LEVEL or imported not in LEVEL:
            continue
        if LEVEL[imported] >= LEVEL[importer]:
            bad.append(f"{imp}: {importer} (layer {LEVEL[importer]}) may not import "
                       f"{imported} (layer {LEVEL[imported]}; see LAYERS, 0 is the lowest)")
    return bad


def import_cycles(found: list[Import]) -> list[list[str]]:
    """Every set of modules that import each other, directly or round a loop (Tarjan)."""
    graph: dict[str, set[str]] = {}
    for imp in found:
        graph.setdefault(imp.importer, set())
        graph.setdefault(imp.imported, set())
        if imp.imported != imp.importer:
            graph[imp.importer].add(imp.imported)
    order: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    cycles: list[list[str]] = []

    def visit(node: str) -> None:
        order[node] = low[node] = len(order)
        stack.append(node)
        for child in sorted(graph[node]):
            if child not in order:
                visit(child)
                low[node] = min(low[node], low[child])
            elif child in stack:
                low[node] = min(low[node], order[child])
        if low[node] == order[node]:
            component: list[str] = []
            while not component or component[-1] != node:
                component.append(stack.pop())
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(graph):
        if node not in order:
            visit(node)
    return cycles


def test_layers_every_stage_has_a_place() -> None:
    unplaced = unplaced_stages(module_names(SRC))
    assert not unplaced, f"stages in no layer (add them to LAYERS): {unplaced}"


def test_layers_no_stage_imports_a_higher_one() -> None:
    bad = upward_imports(imports(SRC))
    assert not bad, "\n".join(bad)


def test_layers_no_import_cycle() -> None:
    cycles = import_cycles(imports(SRC))
    assert not cycles, "\n".join(" <-> ".join(cycle) for cycle in cycles)


def test_layers_the_walk_sees_every_kind_of_import() -> None:
    """Top-level, in-function and relative imports of the real tree are all found."""
    found = {(imp.importer, imp.imported) for imp in imports(SRC)}
    assert ("bilateral.extract", "bilateral.events.plover") in found  # from x import module
    assert ("bilateral.extract", "bilateral.events") in found  # from package import name
    assert ("bilateral.cli.serve", "bilateral.web.app") in found  # inside a function


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / "bilateral" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("line", [
    "from bilateral.events.plover import trigger_lemmas",
    "from ..events import plover",
    "import bilateral.extract",
])
def test_layers_an_upward_import_is_caught(tmp_path: Path, line: str) -> None:
    src = _write(tmp_path, {
        "__init__.py": "", "nlp/__init__.py": "", "events/__init__.py": "",
        "events/plover.py": "", "extract.py": "",
        "nlp/prefilter.py": f"def lemmas():\n    {line}\n",
    })
    bad = upward_imports(imports(src))
    assert len(bad) == 1 and "bilateral.nlp.prefilter imports" in bad[0]
    assert "nlp (layer 2) may not import" in bad[0]


def test_layers_a_cycle_is_caught(tmp_path: Path) -> None:
    src = _write(tmp_path, {
        "__init__.py": "", "actors/__init__.py": "",
        "actors/kb.py": "from bilateral.actors.phrases import key\n",
        "actors/phrases.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                             "    from bilateral.actors.kb import KnowledgeBase\n",
        "actors/lookup.py": "from bilateral.actors import kb\n",
    })
    assert not upward_imports(imports(src))
    assert import_cycles(imports(src)) == [["bilateral.actors.kb", "bilateral.actors.phrases"]]


def test_layers_a_stage_without_a_place_is_caught(tmp_path: Path) -> None:
    src = _write(tmp_path, {"__init__.py": "", "newstage/__init__.py": ""})
    assert unplaced_stages(module_names(src)) == ["newstage"]
