"""A bounded load run on loopback (``LOAD_SECONDS``, 2 s by default, 120 s with ``--release``) at 32 connections
against the session's server (``make run``'s command): zero errors, every answer equal to the in-process one."""

from __future__ import annotations

import asyncio
import time

import httpx

from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from bench.queries import assessment_queries, open_treaties
from schemas.api import AssessmentRequest
from tests.run_lengths import RunLengths

SECONDS = RunLengths().load_seconds
CONNECTIONS = 32


def test_load_run_has_no_errors_and_no_wrong_answers(live_url: str, rulebook: Rulebook) -> None:
    queries = assessment_queries(open_treaties(rulebook), 1_000)
    service = AssessmentService(rulebook)
    expected = [service.assess(AssessmentRequest.model_validate(q)).model_dump(mode="json") for q in queries]
    counts = {"ok": 0, "errors": 0, "wrong": 0}
    failures: list[str] = []

    async def worker(index: int, client: httpx.AsyncClient, deadline: float) -> None:
        i = index
        while time.monotonic() < deadline:
            query = queries[i % len(queries)]
            try:
                response = await client.post("/v1/assessments", json=query)
            except httpx.HTTPError as exc:
                counts["errors"] += 1
                failures.append(f"{type(exc).__name__}: {exc}")
                continue
            if response.status_code != 200:
                counts["errors"] += 1
                failures.append(f"{response.status_code}: {response.text[:200]}")
            elif response.json() != expected[i % len(queries)]:
                counts["wrong"] += 1
                failures.append(f"wrong answer for {query}")
            else:
                counts["ok"] += 1
            i += CONNECTIONS

    async def run() -> None:
        limits = httpx.Limits(max_connections=CONNECTIONS, max_keepalive_connections=CONNECTIONS)
        async with httpx.AsyncClient(base_url=live_url, limits=limits, timeout=30) as client:
            deadline = time.monotonic() + SECONDS
            await asyncio.gather(*(worker(i, client, deadline) for i in range(CONNECTIONS)))

    asyncio.run(run())
    print(f"load: {counts} in {SECONDS:.0f} s")
    assert counts["errors"] == 0 and counts["wrong"] == 0, failures[:5]
    assert counts["ok"] >= CONNECTIONS  # throughput is measured in bench/http_bench.py, not asserted here
