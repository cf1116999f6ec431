"""Benchmark: requests of 1,000 unknown names, alone and as an attack (issue 14 item 7, issue 16).

1. In-process, one core: 1,000 distinct misspelled state names and 1,000 unknown treaty names resolved by
   ``app/services/lookup.py`` (each a 404-style "unknown, closest: …" outcome), target < 1 s.
2. Over HTTP to ``python -m app serve`` (SQLite records): one ``POST /v1/checks`` of 1,000 claims naming
   misspelled states, and how many of its claims carry close matches.
3. The attack: four concurrent ``POST /v1/checks`` of 1,000 such claims, sent from a process of their own, while
   three other clients send ordinary ``POST /v1/assessments``; each attack request must answer within 2 s or be
   refused with a problem, the others' p99 stay under 50 ms. ``tests/robustness/test_bounded_work.py`` drives
   the same scenario.

Every run uses names never sent before (the server remembers the names it resolved). Usage:
``python bench/attack.py [rounds]`` (default 3).
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MISSPELT = ["Lithuanai", "Finlnad", "Estonai", "Latvai", "Polnad", "Ukriane", "Germnay", "Frnace", "Austira"]
ORDINARY = {"treaty": "ccm", "state": "LTU", "notification_date": "2024-09-06"}
_batches = count(int(time.time()) % 100_000)  # a fresh suffix per batch: no name is ever asked twice


def misspelled_claims(batch: int | None = None) -> list[dict[str, str]]:
    """1,000 claims, each naming a state misspelt and suffixed so that no two names are alike."""
    b = next(_batches) if batch is None else batch
    return [
        {
            "kind": "effective_date",
            "treaty": "apmbc",
            "state": f"{MISSPELT[i % len(MISSPELT)]} {b}-{i}",
            "value": "2025",
        }
        for i in range(1000)
    ]


@dataclass
class Attack:
    """What one attack run measured: each heavy request's status, seconds and content type; the ordinary
    requests' latencies before the attack (``quiet``) and while it ran (``during``), in seconds."""

    heavy: list[tuple[int, float, str]] = field(default_factory=list)
    quiet: list[float] = field(default_factory=list)
    during: list[float] = field(default_factory=list)
    failed_probes: int = 0

    def p(self, sample: list[float], q: int) -> float:
        return statistics.quantiles(sample, n=100)[q - 1] if len(sample) >= 2 else float("nan")

    def summary(self) -> str:
        heavy = ", ".join(f"{status} in {seconds:.2f} s" for status, seconds, _ in self.heavy)
        return (
            f"attack requests: {heavy}; others during the attack ({len(self.during)}): p50 "
            f"{self.p(self.during, 50) * 1000:.1f} ms, p99 {self.p(self.during, 99) * 1000:.1f} ms, max "
            f"{max(self.during, default=0) * 1000:.1f} ms; before it ({len(self.quiet)}): p50 "
            f"{self.p(self.quiet, 50) * 1000:.1f} ms, p99 {self.p(self.quiet, 99) * 1000:.1f} ms"
        )


def _send(url: str, bodies: list[bytes]) -> list[tuple[int, float, str]]:
    """The attack requests, all at once, from a process of their own (so reading their large answers does not
    delay the probes' own measurements): each one's status, seconds and content type."""

    async def send() -> list[tuple[int, float, str]]:
        async with httpx.AsyncClient(base_url=url, timeout=60) as client:

            async def one(body: bytes) -> tuple[int, float, str]:
                started = time.perf_counter()
                response = await client.post("/v1/checks", content=body, headers={"content-type": "application/json"})
                return response.status_code, time.perf_counter() - started, response.headers.get("content-type", "")

            return list(await asyncio.gather(*(one(body) for body in bodies)))

    return asyncio.run(send())


async def attack(url: str, heavy_requests: int = 4, probes: int = 3, quiet_seconds: float = 1.5) -> Attack:
    """``heavy_requests`` concurrent checks of 1,000 misspelt names while ``probes`` clients send ordinary
    assessments (one every 5 ms each), with ``quiet_seconds`` of the same probes before the attack."""
    found = Attack()
    bodies = [json.dumps({"claims": misspelled_claims()}).encode() for _ in range(heavy_requests)]
    attacker = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn"))
    try:
        await asyncio.get_running_loop().run_in_executor(attacker, int)  # started before anything is measured
        async with httpx.AsyncClient(base_url=url, timeout=60, limits=httpx.Limits(max_connections=probes)) as client:
            done = asyncio.Event()
            sample = found.quiet

            async def probe() -> None:
                while not done.is_set():
                    started = time.perf_counter()
                    response = await client.post("/v1/assessments", json=ORDINARY)
                    sample.append(time.perf_counter() - started)
                    found.failed_probes += response.status_code != 200
                    await asyncio.sleep(0.005)

            probing = asyncio.gather(*(probe() for _ in range(probes)))
            await asyncio.sleep(quiet_seconds)
            sample = found.during
            found.heavy = await asyncio.get_running_loop().run_in_executor(attacker, _send, url, bodies)
            done.set()
            await probing
    finally:
        attacker.shutdown()
    return found


def in_process() -> list[str]:
    """1,000 distinct unknown state names and treaty names through the lookup, in this process, one core."""
    from app.rulebook import load_rulebook
    from app.services.lookup import NotFound, alias_index, find_state, find_treaty

    rulebook = load_rulebook()
    index = alias_index(rulebook)
    find_state("Lithuania"), find_treaty(rulebook, index, "apmbc")  # indexes built: not part of the figure
    lines = []
    for what, names, resolve in (
        ("misspelt state names", [c["state"] for c in misspelled_claims()], find_state),
        ("unknown treaty names", [f"Treaty of Nowhere {next(_batches)}" for _ in range(1000)], None),
    ):
        started, cpu, suggested = time.perf_counter(), time.process_time(), 0
        for name in names:
            try:
                find_state(name) if resolve else find_treaty(rulebook, index, name)
            except NotFound as unknown:
                suggested += bool(unknown.close_matches)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu
        lines.append(
            f"1,000 {what}, in-process: {wall:.2f} s ({cpu:.2f} s CPU), {suggested} answered with close matches "
            f"(target < 1 s: {'met' if wall < 1 else 'NOT met'})"
        )
    return lines


def over_http(url: str, rounds: int) -> list[str]:
    lines = []
    for _ in range(rounds):
        started = time.perf_counter()
        response = httpx.post(f"{url}/v1/checks", json={"claims": misspelled_claims()}, timeout=60)
        seconds = time.perf_counter() - started
        results = response.json().get("results", []) if response.status_code == 200 else []
        suggested = sum("did you mean" in r["explanation"] for r in results)
        lines.append(
            f"POST /v1/checks, 1,000 misspelt state names: {response.status_code} in {seconds:.2f} s, "
            f"{suggested} of {len(results)} with close matches"
        )
    return lines


def main(rounds: int) -> None:
    print(f"load average before: {os.getloadavg()[0]:.2f} (2 cores)")
    print("\n".join(in_process()))
    from tests.conftest import start_server

    server, url = start_server(Path(tempfile.mkdtemp(prefix="treatyexit-attack-")))
    try:
        httpx.post(f"{url}/v1/assessments", json=ORDINARY)
        print("\n".join(over_http(url, rounds)))
        for _ in range(rounds):
            print(asyncio.run(attack(url)).summary())
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(f"load average after: {os.getloadavg()[0]:.2f}")
    subprocess.run(["uptime"], check=False)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 3)
