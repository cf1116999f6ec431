"""HTTP benchmark: POST /v1/assessments over 1,000 distinct queries against an async no-op on the same server.

One uvicorn worker (bench.server:app) on loopback; wrk at 32 connections drives both endpoints with the same
bodies in the same run. Prints requests/s and latency percentiles, and the two ratios the targets are about:
throughput at least 70% of the no-op's, p99 at most 1.5 times the no-op's.

Usage: ``python bench/http_bench.py [seconds]`` (default 15 per endpoint). Needs wrk (Debian: apt-get install wrk).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from app.rulebook import load_rulebook  # noqa: E402
from bench.harness import serving  # noqa: E402
from bench.queries import assessment_queries, open_treaties  # noqa: E402

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
        value, unit = float(match.group(1)), match.group(2)
        return value * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]

    rps = re.search(r"Requests/sec:\s+([\d.]+)", output)
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", output)
    socket_errors = re.search(r"Socket errors: (.*)", output)
    return {
        "rps": float(rps.group(1)) if rps else 0.0,
        "p50_ms": latency("50%"),
        "p99_ms": latency("99%"),
        "non_2xx": float(errors.group(1)) if errors else 0.0,
        "socket_errors": 1.0 if socket_errors else 0.0,
    }


def measure(
    seconds: int, bodies: Path, work: Path, first_query: dict[str, object], extra_env: dict[str, str]
) -> dict[str, dict[str, float]]:
    """Start one server, warm it, and run wrk against the no-op and the assessments."""
    results = {}
    with serving("bench.server:app", {"DATABASE_URL": f"sqlite:///{work / 'bench.db'}", **extra_env}) as base:
        check = httpx.post(f"{base}/v1/assessments", json=first_query, timeout=10)
        assert check.status_code == 200, check.text
        for name, path in (("no-op (async)", "/bench/noop"), ("POST /v1/assessments", "/v1/assessments")):
            script = work / f"{path.strip('/').replace('/', '-')}.lua"
            script.write_text(LUA % (bodies, path))
            subprocess.run(["wrk", "-t1", "-c32", "-d3s", "-s", str(script), base], capture_output=True, check=True)
            done = subprocess.run(
                ["wrk", "-t1", "-c32", f"-d{seconds}s", "--latency", "-s", str(script), base],
                capture_output=True, text=True, check=True,
            )  # fmt: skip
            results[name] = parse(done.stdout)
    return results


def report(title: str, results: dict[str, dict[str, float]]) -> None:
    print(title)
    for name, r in results.items():
        print(
            f"  {name:<24} {r['rps']:>9,.0f} req/s   p50 {r['p50_ms']:>7.2f} ms   p99 {r['p99_ms']:>7.2f} ms"
            f"   non-2xx {r['non_2xx']:.0f}"
        )
    noop, assess = results["no-op (async)"], results["POST /v1/assessments"]
    throughput, p99 = assess["rps"] / noop["rps"], assess["p99_ms"] / noop["p99_ms"]
    met = {True: "met", False: "NOT met"}
    print(f"  throughput ratio assessments / no-op: {throughput:.2f}  (target >= 0.70: {met[throughput >= 0.7]})")
    print(f"  p99 ratio assessments / no-op:        {p99:.2f}  (target <= 1.50: {met[p99 <= 1.5]})")


def main(seconds: int) -> None:
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed (Debian: apt-get install wrk)")
    rulebook = load_rulebook()
    queries = assessment_queries(open_treaties(rulebook), 1_000)
    work = Path(tempfile.mkdtemp(prefix="treatyexit-bench-"))
    bodies = work / "bodies.txt"
    bodies.write_text("\n".join(json.dumps(q) for q in queries) + "\n")
    print(f"HTTP, 1 uvicorn worker, wrk 1 thread 32 connections, {seconds} s per endpoint, 1,000 distinct queries")
    try:
        report("as served (answer cache on):", measure(seconds, bodies, work, queries[0], {}))
        report(
            "answer cache off (every request computed):",
            measure(seconds, bodies, work, queries[0], {"ANSWER_CACHE_SIZE": "0"}),
        )
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 15)
