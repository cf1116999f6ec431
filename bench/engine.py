"""In-process benchmark: assessments per second, and the engine against a plain-Python reading of the same rules.

Prints figures and ratios measured in the same run (absolute times drift on this machine; ratios hold):
- rule evaluation: durable-rules (``Engine.decide`` unmemoized) vs plain Python (``Engine.decide_in_python``);
- full assessments (facts, engine, dates, answer): memoized vs unmemoized engine;
- startup: loading and compiling the whole rulebook.

Usage: ``python bench/engine.py [N]`` (default 20,000 queries).
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.engine import Engine, treaty_ruleset  # noqa: E402
from app.rulebook import load_rulebook  # noqa: E402
from app.services.assessment import AssessmentService  # noqa: E402
from bench.queries import assessment_queries, open_treaties  # noqa: E402
from schemas.api import AssessmentRequest  # noqa: E402

TODAY = dt.date(2026, 11, 28)


def rate(label: str, count: int, seconds: float) -> float:
    per_second = count / seconds
    print(f"{label:<58} {per_second:>12,.0f}/s  {seconds / count * 1e6:>8.1f} µs each")
    return per_second


def rss_mib() -> float:
    """Current resident set size (not the peak), from /proc."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def startup_seconds() -> float:
    """A fresh interpreter: imports, rulebook load and validation, engine compile, app built (target < 2 s)."""
    code = (
        "import time; t = time.perf_counter(); from app.main import create_app; create_app(); "
        "print(time.perf_counter() - t)"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    return float(done.stdout.strip().splitlines()[-1])


def main(n: int) -> None:
    print(f"startup in a fresh process (imports, load, validate, compile, build the app): {startup_seconds():.2f} s")
    started = time.perf_counter()
    rulebook = load_rulebook()
    engine = Engine(rulebook)
    startup = time.perf_counter() - started
    print(f"rulebook loaded and compiled in {startup:.3f} s ({len(engine.rulesets)} rulesets)")

    service = AssessmentService(rulebook, engine)
    treaties = open_treaties(rulebook)
    requests = [AssessmentRequest.model_validate(q) for q in assessment_queries(treaties, n)]
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
    t = time.perf_counter()
    for r in requests:
        service.assess(r, today=TODAY)
    warm = rate("assessments, engine memoized (the service's path)", n, time.perf_counter() - t)
    print(f"{'ratio memoized / unmemoized':<58} {warm / cold:>12.1f}x   (target: 5,000/s on one core)")
    rss_before = rss_mib()
    for i in range(100_000):
        service.assess(requests[i % n], today=TODAY)
    rss_after = rss_mib()
    print(
        f"RSS over 100,000 more assessments: {rss_before:.1f} -> {rss_after:.1f} MiB "
        f"(growth {rss_after - rss_before:+.1f} MiB; target < 10 MiB)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 20_000)
