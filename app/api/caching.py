"""Strong ETags from the rules version and the canonical query; 304 on a matching If-None-Match; and a
bounded in-memory cache of answers, since an answer is a pure function of the rulebook and the query."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Hashable
from typing import Any, Generic, TypeVar

import orjson
from fastapi import Request, Response
from fastapi.responses import JSONResponse

from app import clock
from app.memo import evict_oldest

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")

CACHE_CONTROL = "public, max-age=300"
READY_KEY = "treatyexit.ready_key"  # in the scope: the question's exact bytes and day (app/api/ready_answers.py)


def etag_for(rules_version: str, query: Any) -> str:
    """A strong ETag: the rules version and the query in canonical JSON (sorted keys), hashed."""
    return etag_of_canonical(rules_version, orjson.dumps(query, option=orjson.OPT_SORT_KEYS, default=str))


def etag_of_canonical(rules_version: str, canonical: bytes) -> str:
    """:func:`etag_for` of a query already written in canonical JSON."""
    return '"' + hashlib.sha256(rules_version.encode() + b"\n" + canonical).hexdigest()[:32] + '"'


def not_modified(if_none_match: str, etag: str) -> bool:
    """Whether an If-None-Match header value names ``etag`` (or is ``*``), RFC 9110 §13.1.2."""
    candidates = {t.strip() for t in if_none_match.split(",")}
    return etag in candidates or "*" in candidates


def _not_modified(request: Request, etag: str) -> bool:
    return not_modified(request.headers.get("if-none-match", ""), etag)


def cached_json(request: Request, etag: str, payload: Any) -> Response:
    """200 with the payload and cache headers, or 304 when the client already holds this answer."""
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    if _not_modified(request, etag):
        return Response(status_code=304, headers=headers)
    return JSONResponse(payload, headers=headers)


def cached_body(request: Request, etag: str, body: bytes, media_type: str = "application/json") -> Response:
    """200 with ``body`` already serialised and cache headers, or 304 when the client holds this ETag."""
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    if _not_modified(request, etag):
        return Response(status_code=304, headers=headers)
    return Response(body, media_type=media_type, headers=headers)


class Recent(Generic[K, V]):
    """The ``size`` entries used last, least recently used out: a plain dict kept in the order of use (a hit moves
    its entry to the end), and when full the eighth used longest ago is forgotten at once (app/memo.py's
    policy). Every new answer is kept twice (by ETag and by its bytes): cachetools' ``LRUCache`` took ~2 µs a
    fill when full, this a fifth of it. Not thread-safe: used from the event loop only."""

    __slots__ = ("size", "values")

    def __init__(self, size: int) -> None:
        self.size = max(size, 1)
        self.values: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        values = self.values
        value = values.pop(key, None)
        if value is not None:
            values[key] = value
        return value

    def __setitem__(self, key: K, value: V) -> None:
        values = self.values
        if values.pop(key, None) is None and len(values) >= self.size:
            evict_oldest(values, self.size)
        values[key] = value

    def __len__(self) -> int:
        return len(self.values)


class AnswerCache:
    """The serialised answers to the last ``size`` distinct questions asked more than once, by ETag (rules version +
    query); and by the question's exact bytes and day (:mod:`app.api.ready_answers`), where they are served from
    before routing. An answer is kept once its ETag is computed a second time (among the last ``size`` to
    ``2 * size`` answers not kept): a question asked once — a newsroom batch's, every question of a cold
    benchmark — is computed and sent without being kept, so it evicts no answer asked again, and its 17 KB go
    back to the allocator for the next answer rather than each new answer being written to memory not touched
    for thousands of requests (served cold, the CPU per request fell by a tenth; README, issue 16). Used from the
    event loop only (the assessment routes are async), so no lock."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._answers: Recent[str, bytes] = Recent(size)
        self._ready: Recent[tuple[Any, ...], tuple[bytes, bytes]] = Recent(size)
        self._seen: set[str] = set()  # ETags of answers computed but not kept: asked once (since the last turn)
        self._seen_before: set[str] = set()  # the same, before the last turn (both at most ``size``)
        self.hits = 0
        self.misses = 0
        self.ready_hits = 0

    def respond(self, request: Request, etag: str, compute: Callable[[], bytes]) -> Response:
        """304, or the cached bytes, or the bytes ``compute()`` serialises, kept for next time once asked twice (also
        under the question's exact bytes, when :class:`app.api.ready_answers.ReadyAnswers` passed them on)."""
        headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
        if _not_modified(request, etag):
            return Response(status_code=304, headers=headers)
        body = self.answer(etag, compute)
        ready_key = request.scope.get(READY_KEY)  # (the day it was asked, as an ordinal, ...the question's bytes)
        if ready_key is not None:
            self.keep_ready(ready_key, etag.encode(), body)
        return Response(body, media_type="application/json", headers=headers)

    def answer(self, etag: str, compute: Callable[[], bytes]) -> bytes:
        """The cached bytes under ``etag``, or the bytes ``compute()`` serialises, kept for next time if asked
        before (:meth:`_asked_before`)."""
        body = self._answers.get(etag)
        if body is not None:
            self.hits += 1
            return body
        body = compute()
        self.misses += 1
        if self.size and self._asked_before(etag):
            self._answers[etag] = body
        return body

    def _asked_before(self, etag: str) -> bool:
        """Whether the answer under ``etag`` was computed before, among the last ``size`` to ``2 * size`` answers
        computed and not kept; else it is remembered as asked once."""
        if etag in self._seen or etag in self._seen_before:
            return True
        if len(self._seen) >= self.size:
            self._seen_before, self._seen = self._seen, set()
        self._seen.add(etag)
        return False

    def keep_ready(self, key: tuple[Any, ...], etag: bytes, body: bytes) -> None:
        """Keep an answer under the question's exact bytes and day, unless that day is over (past midnight), once
        it is kept under its ETag (asked a second time)."""
        if self.size and key[0] == clock.today().toordinal() and self._answers.values.get(etag.decode()) is body:
            self._ready[key] = (etag, body)

    def ready(self, key: tuple[Any, ...]) -> tuple[bytes, bytes] | None:
        """The ETag and bytes of the answer given to exactly this question (see :meth:`respond`), if kept."""
        found = self._ready.get(key)
        if found is not None:
            self.ready_hits += 1
        return found
