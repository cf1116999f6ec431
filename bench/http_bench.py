"""HTTP benchmark: ``POST /v1/assessments`` against the framework's floor, in the same run.

The floor is a bare FastAPI app with one async no-op POST route and no middleware (bench/noop_app.py), in its
own uvicorn process served with the same settings as the app (bench/serve.py: app/serving.py's options). wrk
(1 thread, 32 connections) drives them in turn, both served throughout, in rounds (no-op, repeated, cold), and
each figure is the median of its rounds:

- cold: every question new (the repeated set's treaties, states and facts, each on a notification date of its
  own, more questions than a run can send: no answer is served from a cache of answers);
- repeated: 1,000 distinct questions over and over (answers served from the cache after the first).

Targets (issue 16): cold >= 60% of the no-op's throughput with p99 <= 2x; repeated >= 80% with p99 <= 1.5x.
The app runs with its default settings (LOG_LEVEL=INFO: one JSON access line per request, to /dev/null here).
With ``--sized``, each round also measures the no-op answering a body the size of an answer (17.4 KB, where the
no-op answers ``{}``): for information, what sending an answer costs before any of it is computed (the targets
stay against the bare no-op).
Usage: ``python bench/http_bench.py [seconds] [rounds] [--sized]`` (default 10 s, 3 rounds). Needs wrk
(apt-get install wrk).
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.rulebook import load_rulebook  # noqa: E402
from bench.harness import until_ready  # noqa: E402
from bench.queries import assessment_queries, open_treaties  # noqa: E402
from bench.queries import cold_queries as cold_queries_for  # noqa: E402

LUA = """
bodies = {}
local f = io.open("%s")
for line in f:lines() do bodies[#bodies + 1] = line end
f:close()
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("POST", "%s", {["Content-Type"] = "application/json"}, bodies[(counter %% #bodies) + 1])
end
"""


def parse(output: str) -> dict[str, float]:
    def latency(label: str) -> float:
        match = re.search(rf"^\s*{label}\s+([\d.]+)(us|ms|s)\s*$", output, re.M)
        if not match:
            raise RuntimeError(f"no {label} latency in wrk output:\n{output}")
        return float(match.group(1)) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[match.group(2)]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "p50_ms": latency("50%"),
        "p99_ms": latency("99%"),
        "non_2xx": float(errors.group(1)) if errors else 0.0,
    }


@contextmanager
def served(target: str, env: dict[str, str], probe: tuple[str, dict[str, object]]) -> Iterator[str]:
    """``target`` served by bench/serve.py (the app's own uvicorn settings) until it answers ``probe`` with 200."""
    with until_ready(
        lambda port: [sys.executable, str(ROOT / "bench" / "serve.py"), target, str(port)],
        {"LOG_LEVEL": "INFO", **env},
        lambda base: httpx.post(base + probe[0], json=probe[1], timeout=2),
        tries=600,
    ) as base:
        yield base


def wrk(base: str, path: str, bodies: Path, seconds: int, work: Path) -> dict[str, float]:
    script = work / f"{bodies.stem}-{path.strip('/').replace('/', '-')}.lua"
    script.write_text(LUA % (bodies, path))
    done = subprocess.run(
        ["wrk", "-t1", "-c32", f"-d{seconds}s", "--latency", "-s", str(script), base],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return parse(done.stdout)


def line(name: str, r: dict[str, float]) -> str:
    return (
        f"  {name:<34} {r['rps']:>8,.0f} req/s   p50 {r['p50_ms']:>7.2f} ms   p99 {r['p99_ms']:>7.2f} ms"
        f"   non-2xx {r['non_2xx']:.0f}"
    )


def verdict(name: str, r: dict[str, float], noop: dict[str, float], rps_target: float, p99_target: float) -> str:
    throughput, p99 = r["rps"] / noop["rps"], r["p99_ms"] / noop["p99_ms"]
    ok = {True: "met", False: "NOT met"}
    return (
        f"  {name}: throughput {throughput:.2f} of the no-op (target >= {rps_target:.2f}: "
        f"{ok[throughput >= rps_target]}), p99 {p99:.2f}x (target <= {p99_target:.1f}: {ok[p99 <= p99_target]})"
    )


def median(runs: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(r[key] for r in runs) for key in runs[0]}


def measure(
    noop: str, app: str, files: dict[str, Path], seconds: int, rounds: int, work: Path, sized: bool
) -> dict[str, Any]:
    """``rounds`` rounds of no-op (and with ``sized`` the answer-sized no-op), repeated (after re-warming the answer
    cache: a cold run evicts it) and cold; each figure the median of its rounds."""
    runs: dict[str, list[dict[str, float]]] = {"noop": [], "repeated": [], "cold": []}
    if sized:
        runs["sized"] = []
    for _ in range(rounds):
        runs["noop"].append(wrk(noop, "/noop", files["repeated"], seconds, work))
        if sized:
            runs["sized"].append(wrk(noop, "/noop-sized", files["repeated"], seconds, work))
        wrk(app, "/v1/assessments", files["repeated"], 2, work)
        runs["repeated"].append(wrk(app, "/v1/assessments", files["repeated"], seconds, work))
        runs["cold"].append(wrk(app, "/v1/assessments", files["cold"], seconds, work))
    return {name: median(r) for name, r in runs.items()} | {"rounds": runs}


def main(seconds: int, rounds: int, sized: bool = False) -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (Debian: apt-get install wrk)")
    rulebook = load_rulebook()
    base_queries = assessment_queries(open_treaties(rulebook), 1_000)
    cold_queries = cold_queries_for(base_queries, 12_000 * seconds * rounds)  # more than can be sent: none twice
    work = Path(tempfile.mkdtemp(prefix="treatyexit-bench-"))
    files = {"repeated": work / "repeated.txt", "cold": work / "cold.txt"}
    files["repeated"].write_text("\n".join(json.dumps(q) for q in base_queries) + "\n")
    files["cold"].write_text("\n".join(json.dumps(q) for q in cold_queries) + "\n")
    load = os.getloadavg()
    print(f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC on {platform.node()} ({os.cpu_count()} cores, "
          f"Python {platform.python_version()}), load {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; wrk 1 thread, "
          f"32 connections, {rounds} rounds of {seconds} s each, medians")  # fmt: skip
    env = {"DATABASE_URL": f"sqlite:///{work / 'bench.db'}"}
    try:
        with (
            served("bench.noop_app:app", env, ("/noop", {})) as noop,
            served("app.main:app", env, ("/v1/assessments", base_queries[0])) as app,
        ):
            wrk(noop, "/noop", files["repeated"], 2, work)
            results = measure(noop, app, files, seconds, rounds, work, sized)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    labels = [("noop", "no-op (bare FastAPI, own process)"), ("sized", "no-op answering 17.4 KB"),
              ("repeated", "POST /v1/assessments, repeated"), ("cold", "POST /v1/assessments, cold")]  # fmt: skip
    for name, label in ((n, label) for n, label in labels if n in results):
        print(line(label, results[name]))
        rounds_run = results["rounds"][name]
        print("    rounds: " + ", ".join(f"{r['rps']:,.0f}/s p99 {r['p99_ms']:.1f} ms" for r in rounds_run))
    print(verdict("cold", results["cold"], results["noop"], 0.60, 2.0))
    print(verdict("repeated", results["repeated"], results["noop"], 0.80, 1.5))
    if sized:
        floor = results["sized"]
        for name in ("repeated", "cold"):
            r = results[name]
            print(f"  (information) {name} against the answer-sized no-op: throughput {r['rps'] / floor['rps']:.2f}, "
                  f"p99 {r['p99_ms'] / floor['p99_ms']:.2f}x")  # fmt: skip
    print(f"load after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    numbers = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(int(numbers[0]) if numbers else 10, int(numbers[1]) if len(numbers) > 1 else 3, "--sized" in sys.argv)
