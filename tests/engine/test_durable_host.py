"""Each durable-rules hazard measured in ../shared/reference/durable-rules.md is impossible by construction.

These tests run the real C engine; nothing is mocked.
"""

from __future__ import annotations

import random
import sys
import threading
import time

import pytest

from app.engine import Engine, state_ruleset, treaty_ruleset
from app.engine.conditions import compile_condition, matches
from app.engine.durable_host import DurableHost, EngineError, check_definition
from app.rulebook import Rulebook
from schemas.rules import FactIsIn, FactIsNot

SIMPLE = {"r": {"all": [{"m": {"$and": [{"t": "query"}, {"armed_conflict": True}]}}]}}


def test_no_background_threads_are_started() -> None:
    """Hazard 1: the stock Host starts timer threads that race with requests (segfaults, error 307)."""
    before = threading.active_count()
    host = DurableHost({"quiet": SIMPLE})
    for _ in range(50):
        host.evaluate("quiet", {"armed_conflict": True})
    time.sleep(0.3)  # the stock Host's first timer fires after 0.1 s
    assert threading.active_count() == before


@pytest.mark.parametrize(
    "expression",
    [
        # Hazard 2 (#381): a comparison with another fact inside $and reads past a buffer.
        {"$and": [{"t": "query"}, {"$lt": {"v": {"a": "v"}}}]},
        {"$lt": {"v": {"first": "v"}}},
        # Hazard 4: negation depends on fact order.
        {"$not": {"t": "query"}},
        # Use-after-free when a condition references sid or id.
        {"sid": "x"},
        {"id": "x"},
    ],
)
def test_unsafe_conditions_are_rejected_at_compile_time(expression: dict[str, object]) -> None:
    with pytest.raises(EngineError):
        check_definition("unsafe", {"rule": {"all": [{"m": expression}]}})


def test_joins_and_negated_facts_are_rejected() -> None:
    with pytest.raises(EngineError):
        check_definition("join", {"r": {"all": [{"a": {"t": "x"}}, {"b": {"t": "y"}}]}})
    with pytest.raises(EngineError):
        check_definition("none", {"r": {"none": [{"m": {"t": "x"}}]}})


def test_more_than_1024_evaluations_leave_no_live_session() -> None:
    """Hazard 5: the 1,025th live session corrupts the engine; every evaluation deletes its state."""
    host = DurableHost({"many": SIMPLE})
    for i in range(2_500):
        assert host.evaluate("many", {"armed_conflict": i % 2 == 0}) == (
            frozenset({"r"}) if i % 2 == 0 else frozenset()
        )
    assert host.live_sessions == 0


def test_an_engine_failure_surfaces_as_engine_error() -> None:
    """Hazard 3: errors are swallowed as shipped; here they raise."""
    host = DurableHost({"x": SIMPLE})
    with pytest.raises(EngineError):
        host.evaluate("no-such-ruleset", {"armed_conflict": True})
    with pytest.raises(EngineError):
        host.evaluate("x", {"armed_conflict": {"nested": object()}})  # type: ignore[dict-item]
    assert host.live_sessions == 0
    assert host.evaluate("x", {"armed_conflict": True}) == frozenset({"r"})


def test_an_action_that_raises_is_not_swallowed() -> None:
    host = DurableHost({"boom": SIMPLE})

    def explode(_closure: object) -> None:
        raise RuntimeError("action failed")

    host._host.get_ruleset("boom")._actions["r"]._func = explode  # the real action slot, made to fail
    with pytest.raises(EngineError):
        host.evaluate("boom", {"armed_conflict": True})
    assert host.live_sessions == 0


def test_concurrent_evaluations_from_threads_are_correct(engine: Engine) -> None:
    errors: list[str] = []

    def worker(seed: int) -> None:
        rng = random.Random(seed)
        for _ in range(300):
            facts = {
                "state": "LTU",
                "notified": True,
                "armed_conflict": rng.choice([True, False, "unknown"]),
                "specified_date": False,
                "precondition_met": True,
            }
            got = engine.decide(treaty_ruleset("apmbc"), facts, use_cache=False).applied_rules
            if got != engine.decide_in_python(treaty_ruleset("apmbc"), facts):
                errors.append(str(facts))

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-5)
    try:
        threads = [threading.Thread(target=worker, args=(i,)) for i in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert errors == []


FACT_VALUES: dict[str, list[bool | str]] = {
    "notified": [True, False],
    "armed_conflict": [True, False, "unknown"],
    "specified_date": [True, False],
    "precondition_met": [True, False, "unknown"],
    "ratified_by_parliament": [True, False, "unknown"],
}


def test_engine_agrees_with_the_plain_python_reading_on_every_ruleset(engine: Engine, rulebook: Rulebook) -> None:
    rng = random.Random(20261128)
    states = ["LTU", "USA", "FRA", "RUS", "PRK", "JPN"]
    for _ in range(3_000):
        ruleset = rng.choice(engine.rulesets)
        facts = {name: rng.choice(values) for name, values in FACT_VALUES.items()}
        facts["state"] = rng.choice(states)
        assert engine.decide(ruleset, facts, use_cache=False).applied_rules == engine.decide_in_python(ruleset, facts)


def test_decisions_are_memoized_per_distinct_facts(rulebook: Rulebook) -> None:
    engine = Engine(rulebook)
    facts = {
        "state": "LTU",
        "notified": True,
        "armed_conflict": "unknown",
        "specified_date": False,
        "precondition_met": True,
    }
    first = engine.decide(treaty_ruleset("ccm"), facts)
    again = engine.decide(treaty_ruleset("ccm"), dict(reversed(list(facts.items()))))
    assert first is again
    assert engine.evaluations == 1
    engine.decide(treaty_ruleset("ccm"), {**facts, "armed_conflict": True})
    assert engine.evaluations == 2


def test_state_rulesets_select_steps_by_treaty_kind(engine: Engine) -> None:
    ratified = engine.decide(state_ruleset("LTU"), {"ratified_by_parliament": True}).applied_rules
    governmental = engine.decide(state_ruleset("LTU"), {"ratified_by_parliament": False}).applied_rules
    assert "LTU/seimas-law" in ratified and "LTU/seimas-law" not in governmental
    assert "LTU/government-decision" in governmental and "LTU/government-decision" not in ratified


def test_condition_compiler_and_python_reading_match() -> None:
    when = {"state": FactIsNot(**{"not": "USA"}), "armed_conflict": True, "notified": FactIsIn(**{"in": [True]})}
    assert compile_condition(when) == {
        "m": {
            "$and": [
                {"t": "query"},
                {"armed_conflict": True},
                {"$or": [{"notified": True}]},
                {"$neq": {"state": "USA"}},
            ]
        }
    }
    assert matches(when, {"state": "LTU", "armed_conflict": True, "notified": True})
    assert not matches(when, {"state": "USA", "armed_conflict": True, "notified": True})
    assert compile_condition(None) == {"m": {"t": "query"}}


@pytest.mark.soak
def test_soak_random_scenarios_in_a_child_process() -> None:
    """The process survives unmemoized evaluations (``SOAK_SCENARIOS``: 1,000 by default, 20,000 with
    ``--release``) and every answer satisfies the date properties."""
    import subprocess

    from tests.conftest import ROOT
    from tests.run_lengths import RunLengths

    count = RunLengths().soak_scenarios
    done = subprocess.run(
        [sys.executable, "-m", "tests.engine.soak", str(count)], cwd=ROOT, capture_output=True, text=True, timeout=1800
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert f"{count} scenarios, 0 failures" in done.stdout


def test_python_313_is_refused_with_a_clear_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """durable-rules 2.0.28 fails at import on 3.13 (PyEval_CallObject); we refuse first, and say why."""
    import importlib.util
    import tomllib

    from tests.conftest import ROOT

    requires = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["requires-python"]
    assert requires == ">=3.11,<3.13"
    import app.engine.durable_host as module

    spec = importlib.util.spec_from_file_location("durable_host_on_313", module.__file__)
    assert spec is not None and spec.loader is not None
    monkeypatch.setattr(sys, "version_info", (3, 13, 0, "final", 0))
    with pytest.raises(ImportError, match=r"Python 3\.13\+"):
        spec.loader.exec_module(importlib.util.module_from_spec(spec))
