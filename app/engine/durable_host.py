"""The one place that imports durable-rules, made safe by construction.

durable-rules 2.0.28 as shipped (see ../shared/reference/durable-rules.md) has five hazards; each is closed
here, and each is pinned by a test in ``tests/engine``:

1. Background timer threads race with request threads (segfaults, error 307): :class:`_QuietHost` never
   starts them.
2. A cross-fact comparison inside ``$and``/``$or`` reads past a buffer (upstream #381): the compiler only
   emits single-fact conditions (:func:`check_definition` rejects anything else).
3. Exceptions in actions are swallowed: actions only append to a list; any error surfaces as
   :class:`EngineError`, and a rule chain that stopped early is detected by the sink rule's absence.
4. Negation depends on the order facts arrive: no ``none``/``$not`` is ever emitted, one fact per evaluation.
5. More than 1,024 live sessions corrupt it: one evaluation at a time under a lock, a fresh sid each time,
   ``delete_state`` in ``finally``.

Python 3.13 cannot import 2.0.28 (``PyEval_CallObject``): ``requires-python`` stops at 3.12 and the import
below fails with a message that says so.
"""

from __future__ import annotations

import sys
import threading
import uuid
import warnings
from collections.abc import Callable, Mapping
from types import MappingProxyType
from typing import Any

if sys.version_info >= (3, 13):  # pragma: no cover - guarded by requires-python
    raise ImportError("durable-rules 2.0.28 does not import on Python 3.13+; use Python 3.11 or 3.12")

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    from durable import engine as _durable

SINK_RULE = "zz_sink"
FACT_TYPE = "query"
_FORBIDDEN_FIELDS = {"sid", "id", "$s", "_g"}
_ALLOWED_OPERATORS = {"$and", "$or", "$neq"}


class EngineError(RuntimeError):
    """The rules engine failed on one evaluation; nothing it produced is used."""


class _QuietHost(_durable.Host):  # type: ignore[misc]
    """A durable Host without the background dispatch/timer threads (hazard 1)."""

    def _run(self) -> None:
        return None

    definitions: Mapping[str, dict[str, Any]] = MappingProxyType({})

    def load_ruleset(self, ruleset_name: str) -> dict[str, Any]:
        """durable-rules asks for a ruleset it does not know on first use: compile it then (lazily), so startup
        with hundreds of treaties does not pay for rulesets nobody asks about."""
        if ruleset_name not in self.definitions:
            raise EngineError(f"no ruleset {ruleset_name!r}")
        return {ruleset_name: self.definitions[ruleset_name]}


def check_definition(name: str, definition: Mapping[str, Any]) -> None:
    """Reject any rule that is not a single-fact ``all`` over the query fact (hazards 2 and 4)."""
    for rule_name, rule in definition.items():
        conditions = rule.get("all")
        if set(rule) - {"all", "run"} or not isinstance(conditions, list) or len(conditions) != 1:
            raise EngineError(f"{name}/{rule_name}: only single-fact 'all' rules are allowed")
        ((alias, expression),) = conditions[0].items()
        if alias != "m":
            raise EngineError(f"{name}/{rule_name}: only the fact alias 'm' is allowed")
        _check_expression(f"{name}/{rule_name}", expression)


def _check_expression(where: str, expression: Mapping[str, Any]) -> None:
    for key, value in expression.items():
        if key.startswith("$"):
            if key not in _ALLOWED_OPERATORS:
                raise EngineError(f"{where}: operator {key} is not allowed")
            for item in value if isinstance(value, list) else [value]:
                _check_expression(where, item)
        elif key in _FORBIDDEN_FIELDS:
            raise EngineError(f"{where}: field {key!r} is reserved by durable-rules")
        elif isinstance(value, dict | list):
            raise EngineError(f"{where}: {key} compares with another fact; only constants are allowed")


class DurableHost:
    """Compiled rulesets and a serialised, isolated ``evaluate`` (one fact in, fired rule names out)."""

    def __init__(self, rulesets: Mapping[str, Mapping[str, Any]]) -> None:
        self._lock = threading.Lock()
        self._fired: list[str] = []
        self.live_sessions = 0
        self._definitions: dict[str, dict[str, Any]] = {}
        for name, rules in rulesets.items():
            check_definition(name, rules)  # every ruleset is checked now; a bad rule stops startup
            definition = {rule: {"all": body["all"], "run": self._recorder(rule)} for rule, body in rules.items()}
            definition[SINK_RULE] = {"all": [{"m": {"t": FACT_TYPE}}], "run": self._recorder(SINK_RULE)}
            self._definitions[name] = definition
        self._host = _QuietHost()
        self._host.definitions = self._definitions  # compiled on first use (``_QuietHost.load_ruleset``)
        self._names = frozenset(self._definitions)

    def _recorder(self, rule: str) -> Callable[[Any], None]:
        def record(_closure: Any) -> None:
            self._fired.append(rule)

        return record

    def evaluate(self, ruleset: str, facts: Mapping[str, bool | str]) -> frozenset[str]:
        """Assert one fact in a fresh session and return the rules that fired (the sink excluded)."""
        if ruleset not in self._names:
            raise EngineError(f"no ruleset {ruleset!r}")
        sid = uuid.uuid4().hex
        fact = {**facts, "t": FACT_TYPE, "sid": sid}
        with self._lock:
            self._fired = []
            self.live_sessions += 1
            try:
                self._host.assert_fact(ruleset, fact)
                state = self._host.get_state(ruleset, sid)
                if state and state.get("exception"):
                    raise EngineError(f"{ruleset}: an action failed: {state['exception']}")
            except EngineError:
                raise
            except Exception as exc:  # durable raises bare Exception with C error codes
                raise EngineError(f"{ruleset}: {exc}") from exc
            finally:
                try:
                    self._host.delete_state(ruleset, sid)
                except Exception as exc:  # a session that cannot be deleted would leak towards the 1,024 limit
                    raise EngineError(f"{ruleset}: could not delete session state: {exc}") from exc
                finally:
                    self.live_sessions -= 1
            fired = self._fired
        if SINK_RULE not in fired:
            raise EngineError(f"{ruleset}: the evaluation stopped before every rule was considered")
        return frozenset(r for r in fired if r != SINK_RULE)
