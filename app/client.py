"""Python client for the treatyexit API, on httpx: sync and async, typed with the API's own models.

    from app.client import TreatyExitClient
    with TreatyExitClient("http://127.0.0.1:8000") as client:
        answer = client.assess("ccm", "LTU", notification_date="2024-09-06")
        answer.effective.date  # datetime.date(2025, 3, 6)

Connection errors and 503 answers are retried with exponential backoff (honouring ``Retry-After``); every
other error answer is raised as :class:`ProblemError` carrying the RFC 9457 fields.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Generic, ParamSpec, Self, TypeVar

import httpx
from pydantic import BaseModel
from tenacity import (
    AsyncRetrying,
    RetryCallState,
    Retrying,
    retry_if_exception_type,
    retry_if_result,
    stop_after_attempt,
)

from schemas.api import Assessment, AssessmentSummary, StateDetail, TreatyDetail, TreatyList
from schemas.checks import ChecksResponse, TextCheckResponse
from schemas.records import WithdrawalPage

DEFAULT_URL = "http://127.0.0.1:8000"
M = TypeVar("M", bound=BaseModel)
P = ParamSpec("P")


class ProblemError(Exception):
    """An error answer (RFC 9457 problem details) from the API."""

    def __init__(self, status: int, problem: Mapping[str, Any]) -> None:
        self.status = status
        self.type: str = str(problem.get("type", "about:blank"))
        self.title: str = str(problem.get("title", "Error"))
        self.detail: str | None = problem.get("detail")
        self.errors: list[dict[str, Any]] = list(problem.get("errors") or [])
        self.close_matches: list[str] = list(problem.get("close_matches") or [])
        super().__init__(f"{status} {self.title}" + (f": {self.detail}" if self.detail else ""))


@dataclass(frozen=True)
class RetryPolicy:
    """Connection errors and 503 answers are tried again, ``retries`` times, waiting ``backoff`` doubled at each
    attempt or what ``Retry-After`` says, never more than ``max_delay`` seconds. One policy, run by tenacity for
    both clients."""

    retries: int = 3
    backoff: float = 0.2
    max_delay: float = 5.0

    def wait(self, state: RetryCallState) -> float:
        outcome = state.outcome
        response = outcome.result() if outcome is not None and not outcome.failed else None
        header = response.headers.get("retry-after", "") if isinstance(response, httpx.Response) else ""
        if header.isdigit():
            return min(float(header), self.max_delay)
        return float(min(self.backoff * 2 ** (state.attempt_number - 1), self.max_delay))

    def options(self) -> dict[str, Any]:
        """Arguments of :class:`tenacity.Retrying` and :class:`tenacity.AsyncRetrying` alike."""
        return {
            "stop": stop_after_attempt(self.retries + 1),
            "retry": retry_if_exception_type(httpx.TransportError) | retry_if_result(_retryable),
            "wait": self.wait,
            "retry_error_callback": _last_outcome,
        }


def _last_outcome(state: RetryCallState) -> Any:
    """Retries used up: the last answer (a 503, raised by the caller as a problem) or the last error, raised."""
    assert state.outcome is not None
    return state.outcome.result()


def _retryable(response: httpx.Response) -> bool:
    return response.status_code == 503


@dataclass(frozen=True)
class Call(Generic[M]):
    """One API call: what to send and the model of the answer. Each endpoint is written once, in :class:`Calls`,
    and both clients send it."""

    method: str
    url: str
    model: type[M]
    json: dict[str, Any] | None = None
    params: dict[str, str] | None = None


class Calls:
    """The API's endpoints as :class:`Call` values."""

    @staticmethod
    def assess(
        treaty: str,
        state: str,
        notification_date: dt.date | str | None = None,
        facts: Mapping[str, Any] | None = None,
        as_of: dt.date | str | None = None,
    ) -> Call[Assessment]:
        body: dict[str, Any] = {"treaty": treaty, "state": state, "facts": dict(facts or {})}
        if notification_date is not None:
            body["notification_date"] = str(notification_date)
        if as_of is not None:
            body["as_of"] = str(as_of)
        return Call("POST", "/v1/assessments", Assessment, json=body)

    @staticmethod
    def assess_summary(
        treaty: str,
        state: str,
        notification_date: dt.date | str | None = None,
        facts: Mapping[str, Any] | None = None,
        as_of: dt.date | str | None = None,
    ) -> Call[AssessmentSummary]:
        """The lean answer (``?view=summary``): status, dates, condition ids, citation references."""
        full = Calls.assess(treaty, state, notification_date, facts, as_of)
        return Call("POST", full.url, AssessmentSummary, json=full.json, params={"view": "summary"})

    @staticmethod
    def check(claims: list[Mapping[str, Any]], as_of: dt.date | str | None = None) -> Call[ChecksResponse]:
        """Newsroom checks of structured claims: each result's verdict, explanation and ``caveats``."""
        body: dict[str, Any] = {"claims": [dict(claim) for claim in claims]}
        if as_of is not None:
            body["as_of"] = str(as_of)
        return Call("POST", "/v1/checks", ChecksResponse, json=body)

    @staticmethod
    def check_text(text: str, published: dt.date | str) -> Call[TextCheckResponse]:
        """The claims found in an article's text, each checked (``result.caveats`` as in :meth:`check`)."""
        return Call("POST", "/v1/checks/text", TextCheckResponse, json={"text": text, "published": str(published)})

    @staticmethod
    def treaties(q: str | None = None) -> Call[TreatyList]:
        return Call("GET", "/v1/treaties", TreatyList, params={"q": q} if q else None)

    @staticmethod
    def treaty(treaty_id: str) -> Call[TreatyDetail]:
        return Call("GET", f"/v1/treaties/{treaty_id}", TreatyDetail)

    @staticmethod
    def state(iso3: str) -> Call[StateDetail]:
        return Call("GET", f"/v1/states/{iso3}", StateDetail)

    @staticmethod
    def withdrawals(**filters: Any) -> Call[WithdrawalPage]:
        params = {k: str(v) for k, v in filters.items() if v is not None}
        return Call("GET", "/v1/withdrawals", WithdrawalPage, params=params)


def _parse(response: httpx.Response, model: type[M]) -> M:
    if response.status_code >= 400:
        try:
            problem = response.json()
        except ValueError:
            problem = {"title": response.reason_phrase, "detail": response.text[:500]}
        raise ProblemError(response.status_code, problem)
    return model.model_validate_json(response.content)


class _Sync(Generic[P, M]):
    """A client method that sends the :class:`Call` its builder makes and returns the parsed answer."""

    def __init__(self, build: Callable[P, Call[M]]) -> None:
        self.build = build

    def __get__(self, client: TreatyExitClient, owner: type[Any] | None = None) -> Callable[P, M]:
        def send(*args: P.args, **kwargs: P.kwargs) -> M:
            return client.call(self.build(*args, **kwargs))

        return send


class _Async(Generic[P, M]):
    """The same for :class:`AsyncTreatyExitClient`: a coroutine."""

    def __init__(self, build: Callable[P, Call[M]]) -> None:
        self.build = build

    def __get__(self, client: AsyncTreatyExitClient, owner: type[Any] | None = None) -> Callable[P, Awaitable[M]]:
        async def send(*args: P.args, **kwargs: P.kwargs) -> M:
            return await client.call(self.build(*args, **kwargs))

        return send


class TreatyExitClient:
    """Synchronous client. Pass ``transport=httpx.ASGITransport(app)`` to talk to an app in-process."""

    assess = _Sync(Calls.assess)
    assess_summary = _Sync(Calls.assess_summary)
    check = _Sync(Calls.check)
    check_text = _Sync(Calls.check_text)
    treaties = _Sync(Calls.treaties)
    treaty = _Sync(Calls.treaty)
    state = _Sync(Calls.state)
    withdrawals = _Sync(Calls.withdrawals)

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        timeout: float = 10.0,
        retry: RetryPolicy | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.retry = retry or RetryPolicy()
        self._http = httpx.Client(base_url=base_url, timeout=timeout, transport=transport)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def call(self, call: Call[M]) -> M:
        return _parse(self.raw(call.method, call.url, json=call.json, params=call.params), call.model)

    def raw(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Any call, with the retries (e.g. the newsroom checks)."""
        response: httpx.Response = Retrying(**self.retry.options())(self._http.request, method, url, **kwargs)
        return response


class AsyncTreatyExitClient:
    """Asynchronous client with the same methods as :class:`TreatyExitClient`."""

    assess = _Async(Calls.assess)
    assess_summary = _Async(Calls.assess_summary)
    check = _Async(Calls.check)
    check_text = _Async(Calls.check_text)
    treaties = _Async(Calls.treaties)
    treaty = _Async(Calls.treaty)
    state = _Async(Calls.state)
    withdrawals = _Async(Calls.withdrawals)

    def __init__(
        self,
        base_url: str = DEFAULT_URL,
        *,
        timeout: float = 10.0,
        retry: RetryPolicy | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.retry = retry or RetryPolicy()
        self._http = httpx.AsyncClient(base_url=base_url, timeout=timeout, transport=transport)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def call(self, call: Call[M]) -> M:
        return _parse(await self.raw(call.method, call.url, json=call.json, params=call.params), call.model)

    async def raw(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        response: httpx.Response = await AsyncRetrying(**self.retry.options())(
            self._http.request, method, url, **kwargs
        )
        return response
