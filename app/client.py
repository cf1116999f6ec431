"""Python client for the treatyexit API, on httpx: sync and async, typed with the API's own models.

    from app.client import TreatyExitClient
    with TreatyExitClient("http://127.0.0.1:8000") as client:
        answer = client.assess("ccm", "LTU", notification_date="2024-09-06")
        answer.effective.date  # datetime.date(2025, 3, 6)

Connection errors and 503 answers are retried with exponential backoff (honouring ``Retry-After``); every
other error answer is raised as :class:`ProblemError` carrying the RFC 9457 fields.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import itertools
import time
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Self, TypeVar

import httpx
from pydantic import BaseModel

from schemas.api import Assessment, StateDetail, TreatyDetail, TreatyList
from schemas.records import WithdrawalPage

DEFAULT_URL = "http://127.0.0.1:8000"
M = TypeVar("M", bound=BaseModel)


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
    retries: int = 3
    backoff: float = 0.2
    max_delay: float = 5.0

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        if response is not None and response.headers.get("retry-after", "").isdigit():
            return min(float(response.headers["retry-after"]), self.max_delay)
        return float(min(self.backoff * 2**attempt, self.max_delay))

    def wait_before_retry(self, attempt: int, outcome: httpx.Response | Exception) -> float | None:
        """Seconds to wait before trying again, or None to stop (a final answer, or retries used up)."""
        if attempt >= self.retries:
            return None
        if isinstance(outcome, httpx.TransportError):
            return self.delay(attempt, None)
        if isinstance(outcome, httpx.Response) and _retryable(outcome):
            return self.delay(attempt, outcome)
        return None


def _assessment_body(
    treaty: str,
    state: str,
    notification_date: dt.date | str | None,
    facts: Mapping[str, Any] | None,
    as_of: dt.date | str | None,
) -> dict[str, Any]:
    body: dict[str, Any] = {"treaty": treaty, "state": state, "facts": dict(facts or {})}
    if notification_date is not None:
        body["notification_date"] = str(notification_date)
    if as_of is not None:
        body["as_of"] = str(as_of)
    return body


def _parse(response: httpx.Response, model: type[M]) -> M:
    if response.status_code >= 400:
        try:
            problem = response.json()
        except ValueError:
            problem = {"title": response.reason_phrase, "detail": response.text[:500]}
        raise ProblemError(response.status_code, problem)
    return model.model_validate_json(response.content)


def _retryable(response: httpx.Response) -> bool:
    return response.status_code == 503


class TreatyExitClient:
    """Synchronous client. Pass ``transport=httpx.ASGITransport(app)`` to talk to an app in-process."""

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

    def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        for attempt in itertools.count():
            try:
                outcome: httpx.Response | Exception = self._http.request(method, url, **kwargs)
            except httpx.TransportError as exc:
                outcome = exc
            wait = self.retry.wait_before_retry(attempt, outcome)
            if wait is None:
                if isinstance(outcome, Exception):
                    raise outcome
                return outcome
            time.sleep(wait)
        raise AssertionError("unreachable")

    def assess(
        self,
        treaty: str,
        state: str,
        notification_date: dt.date | str | None = None,
        facts: Mapping[str, Any] | None = None,
        as_of: dt.date | str | None = None,
    ) -> Assessment:
        body = _assessment_body(treaty, state, notification_date, facts, as_of)
        return _parse(self._send("POST", "/v1/assessments", json=body), Assessment)

    def treaties(self, q: str | None = None) -> TreatyList:
        return _parse(self._send("GET", "/v1/treaties", params={"q": q} if q else None), TreatyList)

    def treaty(self, treaty_id: str) -> TreatyDetail:
        return _parse(self._send("GET", f"/v1/treaties/{treaty_id}"), TreatyDetail)

    def state(self, iso3: str) -> StateDetail:
        return _parse(self._send("GET", f"/v1/states/{iso3}"), StateDetail)

    def withdrawals(self, **filters: Any) -> WithdrawalPage:
        params = {k: str(v) for k, v in filters.items() if v is not None}
        return _parse(self._send("GET", "/v1/withdrawals", params=params), WithdrawalPage)

    def raw(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        """Any other call, with the same retries (e.g. the newsroom checks)."""
        return self._send(method, url, **kwargs)


class AsyncTreatyExitClient:
    """Asynchronous client with the same methods as :class:`TreatyExitClient`."""

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

    async def _send(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        for attempt in itertools.count():
            try:
                outcome: httpx.Response | Exception = await self._http.request(method, url, **kwargs)
            except httpx.TransportError as exc:
                outcome = exc
            wait = self.retry.wait_before_retry(attempt, outcome)
            if wait is None:
                if isinstance(outcome, Exception):
                    raise outcome
                return outcome
            await asyncio.sleep(wait)
        raise AssertionError("unreachable")

    async def assess(
        self,
        treaty: str,
        state: str,
        notification_date: dt.date | str | None = None,
        facts: Mapping[str, Any] | None = None,
        as_of: dt.date | str | None = None,
    ) -> Assessment:
        body = _assessment_body(treaty, state, notification_date, facts, as_of)
        return _parse(await self._send("POST", "/v1/assessments", json=body), Assessment)

    async def treaties(self, q: str | None = None) -> TreatyList:
        return _parse(await self._send("GET", "/v1/treaties", params={"q": q} if q else None), TreatyList)

    async def treaty(self, treaty_id: str) -> TreatyDetail:
        return _parse(await self._send("GET", f"/v1/treaties/{treaty_id}"), TreatyDetail)

    async def state(self, iso3: str) -> StateDetail:
        return _parse(await self._send("GET", f"/v1/states/{iso3}"), StateDetail)

    async def withdrawals(self, **filters: Any) -> WithdrawalPage:
        params = {k: str(v) for k, v in filters.items() if v is not None}
        return _parse(await self._send("GET", "/v1/withdrawals", params=params), WithdrawalPage)

    async def raw(self, method: str, url: str, **kwargs: Any) -> httpx.Response:
        return await self._send(method, url, **kwargs)
