"""In-process benchmark: assessments per second, and the engine against a plain-Python reading of the same rules.

Prints figures and ratios measured in the same run (absolute times drift on this machine; ratios hold):
- rule evaluation: durable-rules (``Engine.decide`` unmemoized) vs plain Python (``Engine.decide_in_python``);
- full assessments (facts, engine, dates, answer): memoized vs unmemoized engine;
- startup: loading and compiling the whole rulebook.

Usage: ``python bench/engine.py [N]`` (default 20,000 queries).
"""

from __future__ import annotations

import datetime as dt
import random
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.engine import Engine, treaty_ruleset
from app.rulebook import load_rulebook
from app.services.assessment import AssessmentService
from schemas.api import AssessmentRequest

TODAY = dt.date(2026, 11, 28)


def queries(n: int, treaties: list[str], seed: int = 1) -> list[AssessmentRequest]:
    rng = random.Random(seed)
    states = ["LTU", "LVA", "EST", "USA", "FRA", "JPN", "ITA", "BDI"]
    out = []
    for _ in range(n):
        facts: dict[str, object] = {}
        if rng.random() < 0.3:
            facts["armed_conflict"] = rng.choice([True, False])
        if rng.random() < 0.2:
            facts["ratified_by_parliament"] = rng.choice([True, False])
        received = dt.date(2000, 1, 1) + dt.timedelta(days=rng.randrange(9000))
        out.append(
            AssessmentRequest(
                treaty=rng.choice(treaties),
                state=rng.choice(states),
                notification_date=received if rng.random() < 0.9 else None,
                facts=facts,  # type: ignore[arg-type]
            )
        )
    return out


def rate(label: str, count: int, seconds: float) -> float:
    per_second = count / seconds
    print(f"{label:<58} {per_second:>12,.0f}/s  {seconds / count * 1e6:>8.1f} µs each")
    return per_second


def main(n: int) -> None:
    started = time.perf_counter()
    rulebook = load_rulebook()
    engine = Engine(rulebook)
    startup = time.perf_counter() - started
    print(f"startup: rulebook loaded and compiled in {startup:.3f} s ({len(engine.rulesets)} rulesets)")

    service = AssessmentService(rulebook, engine)
    treaties = sorted(rulebook.treaties)
    requests = queries(n, treaties)
    facts = [(treaty_ruleset(service.find_treaty(r.treaty).id), service.engine_facts(r, today=TODAY)) for r in requests]

    t = time.perf_counter()
    for ruleset, f in facts:
        engine.decide(ruleset, f, use_cache=False)
    durable = rate("rule evaluation, durable-rules (unmemoized)", n, time.perf_counter() - t)
    t = time.perf_counter()
    for ruleset, f in facts:
        engine.decide_in_python(ruleset, f)
    python = rate("rule evaluation, plain Python, same rules", n, time.perf_counter() - t)
    print(f"{'ratio plain Python / durable-rules':<58} {python / durable:>12.1f}x")

    t = time.perf_counter()
    for r in requests:
        service.assess(r, today=TODAY, use_cache=False)
    cold = rate("assessments, engine unmemoized", n, time.perf_counter() - t)
    for r in requests:  # warm the memo
        service.assess(r, today=TODAY)
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    for r in requests:
        service.assess(r, today=TODAY)
    warm = rate("assessments, engine memoized (the service's path)", n, time.perf_counter() - t)
    print(f"{'ratio memoized / unmemoized':<58} {warm / cold:>12.1f}x")
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(
        f"max RSS {rss_after / 1024:.1f} MiB (growth over the memoized pass: {(rss_after - rss_before) / 1024:.1f} MiB)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
