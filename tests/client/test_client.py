"""The Python client against the real app: a live uvicorn over HTTP, and httpx's ASGI transport."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import httpx
import pytest

from app.client import AsyncTreatyExitClient, ProblemError, RetryPolicy, TreatyExitClient
from app.main import create_app
from app.settings import Settings
from schemas.api import Assessment
from schemas.checks import ChecksResponse, TextCheckResponse
from tests.conftest import ROOT, free_port
from tests.test_cli import invoke

FAST = RetryPolicy(retries=2, backoff=0.01, max_delay=0.01)  # the server's Retry-After (5 s) is not slept through


def test_assess_returns_a_typed_answer_over_http(live_url: str) -> None:
    with TreatyExitClient(live_url) as client:
        answer = client.assess("ccm", "LTU", notification_date="2024-09-06")
    assert isinstance(answer, Assessment)
    assert answer.effective.date == dt.date(2025, 3, 6)
    assert answer.effective.status == "determined"


def test_404_raises_the_typed_problem(live_url: str) -> None:
    with TreatyExitClient(live_url) as client, pytest.raises(ProblemError) as caught:
        client.assess("Ottawa Protocol", "LTU")
    problem = caught.value
    assert problem.status == 404 and problem.title == "Unknown treaty" and "apmbc" in problem.close_matches


def test_422_carries_the_field_errors(live_url: str) -> None:
    with TreatyExitClient(live_url) as client, pytest.raises(ProblemError) as caught:
        client.assess("ccm", "LTU", notification_date="2025-02-30")
    assert caught.value.status == 422
    assert caught.value.errors[0]["pointer"] == "/notification_date"


def test_catalogue_and_records(live_url: str) -> None:
    with TreatyExitClient(live_url) as client:
        assert [t.id for t in client.treaties("mine ban treaty").items] == ["apmbc"]
        assert client.treaty("Oslo Convention").treaty.id == "ccm"
        assert client.state("LTU").domestic_procedure is not None
        page = client.withdrawals(state="LTU", as_of="2025-12-01")
        statuses = {i.treaty: i.status for i in page.items}  # UNIDO: left at the end of 2012 (world/records)
        assert statuses == {
            "ccm": "effective",
            "apmbc": "pending",
            "constitution-united-nations-industrial-development": "effective",
        }


def test_connection_errors_are_retried_then_raised() -> None:
    attempts: list[str] = []
    port = free_port()  # nothing listens there
    with TreatyExitClient(f"http://127.0.0.1:{port}", retry=FAST, timeout=1) as client:
        client._http.event_hooks["request"].append(lambda request: attempts.append(str(request.url)))
        with pytest.raises(httpx.ConnectError):
            client.assess("ccm", "LTU")
    assert len(attempts) == 3


def test_503_is_retried_then_raised_as_a_problem() -> None:
    """The records database is down (nothing on its port): the real app answers 503, the client retries."""
    down = f"postgresql://postgres@127.0.0.1:{free_port()}/none"
    app = create_app(Settings(database_url=down))
    transport = httpx.ASGITransport(app=app)
    calls: list[int] = []

    async def run() -> None:
        async def count(response: httpx.Response) -> None:
            calls.append(response.status_code)

        async with AsyncTreatyExitClient("http://testserver", transport=transport, retry=FAST) as client:
            client._http.event_hooks["response"].append(count)
            with pytest.raises(ProblemError) as caught:
                await client.withdrawals()
            assert caught.value.status == 503
            answer = await client.assess("apmbc", "LTU", notification_date="2025-06-27")  # the rulebook still answers
            assert answer.effective.date == dt.date(2025, 12, 27)

    import asyncio

    asyncio.run(run())
    assert calls[:3] == [503, 503, 503]


def test_async_client_on_the_asgi_transport() -> None:
    app = create_app(Settings(database_url="sqlite://"))

    async def run() -> Assessment:
        async with AsyncTreatyExitClient("http://testserver", transport=httpx.ASGITransport(app=app)) as client:
            return await client.assess("apmbc", "LTU", notification_date="2025-06-27", facts={"armed_conflict": True})

    import asyncio

    answer = asyncio.run(run())
    assert answer.effective.status == "conditional" and answer.effective.date is None


def test_cli_talks_to_a_server_with_url(live_url: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "app", "assess", "ccm", "LTU", "--notified", "2024-09-06", "--json", "--url", live_url],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    over_http = json.loads(done.stdout)
    in_process = invoke("assess", "ccm", "LTU", "--notified", "2024-09-06", "--json")
    assert json.loads(in_process.stdout) == over_http
    assert over_http["effective"]["date"] == "2025-03-06"


def test_the_retry_waits_what_retry_after_says_capped() -> None:
    """The wait is computed from the answer (no real sleep in the test): Retry-After, capped by max_delay, else
    exponential backoff."""
    from tenacity import RetryCallState, Retrying

    def state_after(outcome: httpx.Response | Exception, attempt: int = 1) -> RetryCallState:
        state = RetryCallState(Retrying(), None, (), {})
        state.attempt_number = attempt
        if isinstance(outcome, Exception):
            state.set_exception((type(outcome), outcome, None))
        else:
            state.set_result(outcome)
        return state

    policy = RetryPolicy(retries=3, backoff=0.2, max_delay=5.0)
    assert policy.wait(state_after(httpx.Response(503, headers={"Retry-After": "3"}))) == 3.0
    assert policy.wait(state_after(httpx.Response(503, headers={"Retry-After": "120"}))) == 5.0
    assert policy.wait(state_after(httpx.ConnectError("refused"), attempt=3)) == 0.8


def test_the_checks_carry_their_caveats() -> None:
    """``check`` and ``check_text`` answer with the API's models, caveats included (world/ ``doubts``)."""
    app = create_app(Settings(database_url="sqlite://"))
    claim = {"kind": "notification_date", "treaty": "ect", "state": "POL", "value": "2022-12-28"}

    async def run() -> tuple[ChecksResponse, TextCheckResponse]:
        async with AsyncTreatyExitClient("http://testserver", transport=httpx.ASGITransport(app=app)) as client:
            checked = await client.check([claim], as_of="2025-10-30")
            read = await client.check_text("Latvia signed the Istanbul Convention on 18 May 2016.", "2025-06-30")
            return checked, read

    import asyncio

    checked, read = asyncio.run(run())
    assert checked.results[0].verdict == "consistent" and "inferred" in checked.results[0].caveats[0]
    assert read.claims[0].result.caveats[0].startswith("Latvia's signature of the Istanbul Convention")
