"""The runtime's import graph has no circle, each module imports on its own, and nothing calls a
runtime module's private functions or methods from outside that module."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SDK = ROOT / "sdk" / "safechat"
RUNTIME = sorted(p.stem for p in SDK.glob("*.py") if p.stem not in ("__init__", "__main__"))
# where callers of the runtime live (the runtime's own modules are checked too)
CALLERS = [SDK, ROOT / "scripts", ROOT / "demo_app", ROOT / "fuzz", ROOT / "tests", ROOT / "training"]


def _runtime_imports(name: str, tree: ast.Module) -> set[str]:
    """Runtime modules ``name`` imports anywhere (top level, functions, TYPE_CHECKING blocks)."""
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            if node.level == 1 or (node.level == 0 and node.module and node.module.split(".")[0] == "safechat"):
                base = (node.module or "") if node.level == 1 else node.module.partition(".")[2]  # type: ignore[union-attr]
                if base:
                    out.add(base.split(".")[0])
                else:
                    out.update(alias.name for alias in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name.split(".")[1] for a in node.names if a.name.startswith("safechat."))
    return {m for m in out if m in RUNTIME and m != name}


def _graph() -> dict[str, set[str]]:
    return {name: _runtime_imports(name, ast.parse((SDK / f"{name}.py").read_text(encoding="utf-8")))
            for name in RUNTIME}


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import circle in ``graph``, or None."""
    state: dict[str, int] = {}
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        state[node] = 2
        path.pop()
        return None

    for start in sorted(graph):
        if start not in state and (found := visit(start)):
            return found
    return None


def test_the_runtime_import_graph_is_acyclic():
    graph = _graph()
    assert {"guard", "conversation", "policy", "results", "state", "testing"} <= set(graph)
    assert "guard" not in graph["conversation"]
    assert _cycle(graph) is None, " -> ".join(_cycle(graph) or [])


def test_the_cycle_check_finds_a_planted_circle():
    graph = _graph()
    graph["policy"] = graph["policy"] | {"guard"}  # guard -> conversation -> policy -> guard
    assert _cycle(graph) is not None


@pytest.mark.parametrize("module", RUNTIME)
def test_each_runtime_module_imports_first_in_a_fresh_interpreter(module):
    done = subprocess.run([sys.executable, "-c", f"import safechat.{module}"], capture_output=True, text=True,
                          timeout=120, check=False, cwd=ROOT)
    assert done.returncode == 0, done.stderr


def _private_defs() -> dict[str, str]:
    """Private (single underscore) function and method names defined in runtime modules -> module."""
    out: dict[str, str] = {}
    for name in RUNTIME:
        tree = ast.parse((SDK / f"{name}.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.name.startswith("_") \
                    and not node.name.startswith("__"):
                out.setdefault(node.name, name)
    return out


def test_no_private_runtime_function_is_called_from_outside_its_module():
    private = _private_defs()
    findings = []
    for folder in CALLERS:
        for path in sorted(folder.rglob("*.py")):
            if path.parent == SDK and path.stem in RUNTIME:
                own = path.stem
            else:
                own = None
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)):
                    continue
                attr, base = node.func.attr, node.func.value
                if attr not in private or (isinstance(base, ast.Name) and base.id in ("self", "cls")):
                    continue
                if isinstance(base, ast.Call) and isinstance(base.func, ast.Name) and base.func.id == "super":
                    continue
                if own == private[attr]:
                    continue
                findings.append(f"{path.relative_to(ROOT)}:{node.lineno}: calls {attr} (private to {private[attr]})")
    assert not findings, "\n".join(findings)
