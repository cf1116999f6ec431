"""Bounded work per request (issue 16): four checks of 1,000 claims with unknown, misspelled state names each
answer or are refused with a 503 problem while other requests keep being answered; how fast is bench/attack.py's
figure (the brief: performance targets live in benchmarks, not timed unit tests)."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fastapi.testclient import TestClient

from app.main import create_app
from app.services.budget import HEAVY_NICE, HeavyGate, OverBudget, WorkBudget
from app.services.lookup import NotFound, find_state
from app.settings import Settings
from bench.attack import ORDINARY, attack, misspelled_claims
from tests.conftest import start_server


@pytest.fixture
def own_server(tmp_path: Path, sqlite_template: Path) -> Iterator[str]:
    """A server of this test's own: the session's shared one may still be computing what earlier tests asked and
    gave up on (long texts, load runs), which would be measured here as the attack's effect."""
    process, url = start_server(tmp_path, {"LOG_LEVEL": "WARNING"}, seeded=sqlite_template)
    try:
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def test_four_requests_of_1000_misspelled_names_are_bounded(own_server: str) -> None:
    """Issue 16's acceptance as behaviour, driven against ``python -m app serve``: four concurrent checks of 1,000
    claims naming misspelt states (names never sent before) while three clients send ordinary assessments. Each
    attack request is answered (200: within the server's own deadline, or it would have been refused) or refused
    with a 503 problem, and every ordinary request is answered meanwhile. How fast the others stay (the p99 under
    50 ms) is a figure, printed by ``bench/attack.py`` and recorded in the README, not a timed assertion here."""
    live_url = own_server
    httpx.post(f"{live_url}/v1/assessments", json=ORDINARY)  # warm
    found = asyncio.run(attack(live_url, quiet_seconds=1.0))
    print(f"{found.summary()} (load average {os.getloadavg()[0]:.1f})")
    assert found.failed_probes == 0
    for status, _seconds, content_type in found.heavy:
        assert status in (200, 503), found.heavy
        if status == 503:
            assert content_type == "application/problem+json"
    assert len(found.heavy) == 4
    assert found.during and found.quiet  # the ordinary requests kept being answered during the attack


def test_past_the_deadline_a_check_is_a_503_problem_with_retry_after(sqlite_url: str) -> None:
    app = create_app(Settings(database_url=sqlite_url, request_deadline_seconds=0.001, log_level="WARNING"))
    with TestClient(app) as client:
        response = client.post("/v1/checks", json={"claims": misspelled_claims(9)})
    assert response.status_code == 503
    assert response.headers["content-type"] == "application/problem+json"
    assert int(response.headers["retry-after"]) >= 1


def test_past_the_fuzzy_budget_unknown_names_are_not_guessed() -> None:
    with WorkBudget.starting_now(60, fuzzy_seconds=0).applied(), pytest.raises(NotFound) as spent:
        find_state("Lithuani")
    assert spent.value.close_matches == []
    assert find_state("Lithuani").iso3 == "LTU"  # without a spent budget, the misspelling is read


def test_a_check_that_cannot_start_in_time_is_refused_without_running() -> None:
    """With the one slot held, a second request is refused (503) once too little of its time is left to do
    the work, and its work never runs: a refused request burns no CPU time the others need."""
    gate = HeavyGate(Settings(request_deadline_seconds=0.5, heavy_concurrency=1, log_level="WARNING"))
    ran: list[int] = []

    async def both() -> None:
        release = threading.Event()
        first = asyncio.ensure_future(gate.run(lambda: release.wait(10)))
        await asyncio.sleep(0.05)
        with pytest.raises(OverBudget):
            await gate.run(lambda: ran.append(1))
        release.set()
        assert await first is True

    asyncio.run(both())
    assert ran == []


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="no per-thread nice value on this platform")
def test_checks_run_in_threads_of_lower_priority() -> None:
    gate = HeavyGate(Settings(log_level="WARNING"))
    niceness = asyncio.run(gate.run(lambda: os.getpriority(os.PRIO_PROCESS, threading.get_native_id())))
    assert niceness >= max(HEAVY_NICE, os.getpriority(os.PRIO_PROCESS, 0))


@pytest.mark.parametrize("warm", ["true", "false"])
def test_a_served_app_builds_the_reader_as_it_starts_when_told(warm: str) -> None:
    """``app.main:app`` (what ``python -m app serve`` runs) builds the reader's pipeline (spaCy, its matchers:
    seconds) before it serves when ``WARM_READER`` is on, its default, so the first ``POST /v1/checks/text`` does not
    spend its deadline on it; off, nothing is built until a text comes."""
    probe = "import app.main as m; print(m.app.state.claim_finder._reader is not None)"
    env = {**os.environ, "WARM_READER": warm, "LOG_LEVEL": "WARNING"}
    built = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, timeout=120)
    assert built.returncode == 0, built.stderr
    assert built.stdout.strip() == ("True" if warm == "true" else "False")


def test_a_served_process_reads_its_first_text(own_server: str) -> None:
    """The first text a served process is sent is read and answered like any other (not a 503 for the deadline)."""
    text = "Lithuania notified the Secretary-General on 27 June 2025 that it withdraws from the Ottawa Convention."
    answer = httpx.post(f"{own_server}/v1/checks/text", json={"text": text, "published": "2025-06-30"}, timeout=30)
    assert answer.status_code == 200, answer.text
    kinds = {claim["claim"]["kind"] for claim in answer.json()["claims"]}
    assert "notification_date" in kinds, answer.json()
