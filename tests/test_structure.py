"""The code's shape, as the maintainers' review asked: no function in app/ over 80 lines, and no chain of
isinstance tests over provision classes outside the kinds' own modules (app/provisions/)."""

from __future__ import annotations

import ast
from pathlib import Path

from schemas import rules

APP = Path(__file__).resolve().parents[1] / "app"
PROVISION_CLASSES = {name for name in dir(rules) if name.endswith("Provision") or name.startswith("Effect")}


def _functions() -> list[tuple[Path, ast.FunctionDef | ast.AsyncFunctionDef]]:
    found = []
    for path in sorted(APP.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                found.append((path, node))
    return found


def test_no_function_in_app_is_over_80_lines() -> None:
    long = {
        f"{path.relative_to(APP.parent)}:{node.name}": (node.end_lineno or 0) - node.lineno + 1
        for path, node in _functions()
        if (node.end_lineno or 0) - node.lineno + 1 > 80
    }
    assert long == {}, long  # no exceptions


def _provision_tests(node: ast.AST) -> int:
    count = 0
    for call in ast.walk(node):
        if isinstance(call, ast.Call) and isinstance(call.func, ast.Name) and call.func.id == "isinstance":
            names = {n.id for n in ast.walk(call.args[1]) if isinstance(n, ast.Name)} if len(call.args) > 1 else set()
            count += bool(names & PROVISION_CLASSES)
    return count


def test_no_isinstance_chain_over_provision_kinds_outside_their_modules() -> None:
    chains = [
        f"{path.relative_to(APP.parent)}:{node.lineno} {node.name}"
        for path, node in _functions()
        if "provisions" not in path.parts and _provision_tests(node) > 1
    ]
    assert not chains, chains
