"""The rules engine: the rulebook compiled into durable-rules rulesets, one query evaluated at a time.

One ruleset per treaty (its provisions plus the general-law defaults that apply to it) and one per state
(its domestic steps). A decision is a pure function of the rulebook version and the facts, so it is
memoized: the engine runs once per distinct set of facts.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from app.engine.conditions import Facts, compile_condition, matches, seen
from app.engine.durable_host import DurableHost, EngineError
from app.memo import memoized
from app.rulebook import Rulebook
from schemas.rules import Condition, FactValue, RuleRef

__all__ = ["Decision", "Engine", "EngineError", "RuleOutcome"]


def _sorted(facts: Facts) -> tuple[tuple[str, FactValue], ...]:
    return tuple(sorted(facts.items()))


@dataclass(frozen=True)
class RuleOutcome:
    """One rule considered for a query: its name (``treaty/provision`` or ``state/step``) and what it saw."""

    rule: str
    applied: bool
    saw: tuple[tuple[str, FactValue], ...]


@dataclass(frozen=True)
class Decision:
    ruleset: str
    facts: tuple[tuple[str, FactValue], ...]
    outcomes: tuple[RuleOutcome, ...]

    def applied(self, rule: str) -> bool:
        return rule in self.applied_rules

    @cached_property
    def applied_rules(self) -> frozenset[str]:
        return frozenset(o.rule for o in self.outcomes if o.applied)


def treaty_ruleset(treaty_id: str) -> str:
    return f"treaty:{treaty_id}"


def state_ruleset(iso3: str) -> str:
    return f"state:{iso3}"


class Engine:
    """Compiles once at construction; :meth:`decide` answers one query (memoized)."""

    def __init__(self, rulebook: Rulebook, cache_size: int = 65_536) -> None:
        self.rulebook = rulebook
        self._conditions: dict[str, dict[str, Condition | None]] = {}
        for treaty in rulebook.treaties.values():
            self._conditions[treaty_ruleset(treaty.id)] = {
                name: owned.provision.when for name, owned in rulebook.owned_provisions(treaty).items()
            }
        for state in rulebook.states.values():
            self._conditions[state_ruleset(state.iso3)] = {str(RuleRef(state.iso3, s.id)): s.when for s in state.steps}
        definitions: dict[str, dict[str, Any]] = {
            name: {rule: {"all": [compile_condition(when)]} for rule, when in rules.items()}
            for name, rules in self._conditions.items()
        }
        self._host = DurableHost(definitions)
        # A decision is a pure function of the ruleset and the facts (this engine holds one rulebook): app/memo.py
        self._remembered = memoized(cache_size, key=lambda ruleset, facts: (ruleset, _sorted(facts)))(self._evaluate)
        self.evaluations = 0

    @property
    def rulesets(self) -> tuple[str, ...]:
        return tuple(self._conditions)

    def decide(self, ruleset: str, facts: Facts, *, use_cache: bool = True) -> Decision:
        """Which rules of ``ruleset`` apply to ``facts``, and the values each looked at (remembered unless
        ``use_cache`` is false: the soak and the benchmarks evaluate every time)."""
        return self._remembered(ruleset, facts) if use_cache else self._evaluate(ruleset, facts)

    def _evaluate(self, ruleset: str, facts: Facts) -> Decision:
        if ruleset not in self._conditions:
            raise EngineError(f"no ruleset {ruleset!r}")
        fired = self._host.evaluate(ruleset, facts)
        self.evaluations += 1
        return Decision(
            ruleset=ruleset,
            facts=_sorted(facts),
            outcomes=tuple(
                RuleOutcome(rule=rule, applied=rule in fired, saw=tuple(seen(when, facts).items()))
                for rule, when in self._conditions[ruleset].items()
            ),
        )

    def decide_in_python(self, ruleset: str, facts: Facts) -> frozenset[str]:
        """The same rules read in plain Python: the oracle for tests and the benchmark baseline."""
        return frozenset(rule for rule, when in self._conditions[ruleset].items() if matches(when, facts))

    @property
    def live_sessions(self) -> int:
        return self._host.live_sessions
