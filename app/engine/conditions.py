"""``when:`` conditions of rule files: compiled for durable-rules, and evaluated in plain Python.

The plain-Python reading is the oracle the differential tests and the benchmark compare the engine with.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from schemas.rules import Condition, FactIsIn, FactIsNot, FactValue

Facts = Mapping[str, FactValue]


def compile_condition(when: Condition | None) -> dict[str, Any]:
    """A single-fact durable expression over the query fact: every listed fact must match."""
    terms: list[dict[str, Any]] = [{"t": "query"}]
    for name, expected in sorted((when or {}).items()):
        if isinstance(expected, FactIsNot):
            terms.append({"$neq": {name: expected.not_}})
        elif isinstance(expected, FactIsIn):
            terms.append({"$or": [{name: value} for value in expected.in_]})
        else:
            terms.append({name: expected})
    return {"m": {"$and": terms}} if len(terms) > 1 else {"m": terms[0]}


def matches(when: Condition | None, facts: Facts) -> bool:
    """The same condition, read in Python."""
    for name, expected in (when or {}).items():
        value = facts.get(name)
        if isinstance(expected, FactIsNot):
            if value == expected.not_:
                return False
        elif isinstance(expected, FactIsIn):
            if value not in expected.in_:
                return False
        elif value != expected:
            return False
    return True


def seen(when: Condition | None, facts: Facts) -> dict[str, FactValue]:
    """The fact values a condition looked at (for the trace)."""
    return {name: facts.get(name, "unknown") for name in sorted(when or {})}
