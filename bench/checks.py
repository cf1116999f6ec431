"""Benchmark: 1,000 structured claims in one POST /v1/checks, over HTTP to one uvicorn worker (target < 1 s).

Mixed kinds (effective dates computed from recorded notifications, notice periods, votes, entry into force,
joining, party counts). Prints the time of each of several runs (the first warms the caches) and claims/s.

Usage: ``python bench/checks.py [runs]`` (default 5).
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.harness import serving  # noqa: E402

CLAIMS = [
    {"kind": "effective_date", "treaty": "Oslo Convention", "state": "LTU", "value": "March"},
    {"kind": "effective_date", "treaty": "apmbc", "state": "EST", "value": "2025-12-27"},
    {"kind": "effective_date", "treaty": "rome-statute", "state": "BDI", "value": "2017"},
    {"kind": "notice_period", "treaty": "ccm", "value": "six months"},
    {"kind": "notice_period", "treaty": "paris-agreement", "value": "P1Y"},
    {"kind": "required_vote", "state": "LTU", "body": "Seimas", "value": "86/141"},
    {"kind": "entry_into_force", "treaty": "apmbc", "value": "1999"},
    {"kind": "joined", "treaty": "apmbc", "state": "LTU", "value": "2004"},
    {"kind": "parties_count", "treaty": "apmbc", "value": "160", "comparator": "more_than"},
    {"kind": "bound_on", "treaty": "apmbc", "state": "LTU", "on": "2025-12-01", "value": "true"},
]


def main(runs: int) -> None:
    rng = random.Random(3)
    claims = [dict(rng.choice(CLAIMS), id=str(i)) for i in range(1_000)]
    work = Path(tempfile.mkdtemp(prefix="treatyexit-checks-"))
    env = {**os.environ, "LOG_LEVEL": "WARNING", "DATABASE_URL": f"sqlite:///{work / 'bench.db'}"}
    for step in (["db", "upgrade"], ["db", "seed"]):
        subprocess.run([sys.executable, "-m", "app", *step], cwd=ROOT, env=env, check=True, capture_output=True)
    with serving("app.main:app", {"DATABASE_URL": env["DATABASE_URL"]}) as base:
        body = {"as_of": "2025-01-14", "claims": claims}
        times = []
        for _ in range(runs):
            started = time.perf_counter()
            response = httpx.post(f"{base}/v1/checks", json=body, timeout=60)
            times.append(time.perf_counter() - started)
            assert response.status_code == 200 and len(response.json()["results"]) == 1_000
    print("1,000 structured claims in one POST /v1/checks (HTTP, one worker, SQLite records):")
    for i, seconds in enumerate(times, 1):
        print(f"  run {i}: {seconds:.3f} s  ({1_000 / seconds:,.0f} claims/s){'  (cold)' if i == 1 else ''}")
    best = min(times[1:] or times)
    print(f"  target < 1 s: {'met' if max(times) < 1 else 'met when warm' if best < 1 else 'NOT met'}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
