"""Ready answers: a question asked before, byte for byte on the same day, is answered from the bytes the route
serialised the first time, before routing, validation and the engine; a new question POSTed as plain JSON is
answered without routing too (:func:`app.api.assessments.direct_answer`), unless the route must refuse it.

An assessment is a pure function of the rules version and the question, and ``as_of`` defaults to today: so
the same method, query string, content type and body on the same day (of a process that serves one rulebook)
get the same answer, with the same ETag. Only answers the route gave with 200 are kept
(:meth:`app.api.caching.AnswerCache.respond`), so a question it refused is refused again by the route.
Everything around the route still runs: the request id, metrics and the access log (app/observability.py) and
the body limit (app/api/limits.py) are outside this middleware.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import clock
from app.api.caching import CACHE_CONTROL, READY_KEY, AnswerCache, not_modified

_JSON = (b"content-type", b"application/json")
_CACHE_CONTROL = (b"cache-control", CACHE_CONTROL.encode())
# A question is kept under its bytes only up to this size (query string, content type and body): a real one is
# under 1 KB, and a body padded with whitespace up to the body limit (1 MB) answers like the plain one, so 4,096
# kept keys of 1 MB each would hold 4 GB. A longer question still gets the route's answer (from the answer cache).
MAX_KEPT_BYTES = 4096


class ReadyAnswers:
    """Pure ASGI middleware for ``paths``: a known question gets its ready bytes (or 304 on a matching
    If-None-Match); an unknown one goes on to the route, its key in the scope for the answer cache."""

    def __init__(
        self,
        app: ASGIApp,
        cache: AnswerCache,
        direct: Callable[[bytes, bytes, bytes], tuple[bytes, bytes] | None] | None = None,
        paths: tuple[str, ...] = ("/v1/assessments",),
    ) -> None:
        self.app = app
        self.cache = cache
        self.direct = direct
        self.routes = {path: SimpleNamespace(path=path) for path in paths}  # the route label metrics read

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        route = self.routes.get(scope["path"]) if scope["type"] == "http" and self.cache.size else None
        if route is None or scope["method"] not in ("GET", "POST"):
            await self.app(scope, receive, send)
            return
        body = b""
        if scope["method"] == "POST":
            message = await receive()
            receive = _replaying(message, receive)
            if message["type"] != "http.request" or message.get("more_body", False):
                await self.app(scope, receive, send)  # a streamed body: not looked up
                return
            body = message.get("body", b"")
        content_type = _first(scope["headers"], b"content-type") or b""
        if len(body) + len(scope["query_string"]) + len(content_type) > MAX_KEPT_BYTES:
            await self.app(scope, receive, send)  # answered by the route, not kept under its bytes
            return
        today = clock.today().toordinal()
        key = (today, scope["method"], scope["query_string"], content_type, body)
        if_none_match = _first(scope["headers"], b"if-none-match")
        ready = self.cache.ready(key)
        if ready is None:
            ready = self._computed(scope, content_type, body, if_none_match)
            if ready is None:
                scope[READY_KEY] = key
                await self.app(scope, receive, send)
                return
            self.cache.keep_ready(key, *ready)
        scope["route"] = route
        await _send_ready(send, ready, if_none_match)

    def _computed(
        self, scope: Scope, content_type: bytes, body: bytes, if_none_match: bytes | None
    ) -> tuple[bytes, bytes] | None:
        """A new question's answer computed without routing (``direct``), for a plain JSON POST: what FastAPI's
        routing, request and response objects add was most of a new answer's cost besides the law."""
        direct = self.direct
        if direct is None or scope["method"] != "POST" or if_none_match is not None:
            return None
        return direct(scope["query_string"], content_type, body)


def _first(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    """The first value of header ``name``, as Starlette's ``request.headers.get`` reads it (the route reads the
    same one: a repeated Content-Type or If-None-Match must not make the two answer differently)."""
    return next((value for key, value in headers if key == name), None)


async def _send_ready(send: Send, ready: tuple[bytes, bytes], if_none_match: bytes | None) -> None:
    """The same status, headers and body as the route's :meth:`AnswerCache.respond` (Starlette's order)."""
    etag, body = ready
    if if_none_match is not None and not_modified(if_none_match.decode("latin-1"), etag.decode()):
        await send({"type": "http.response.start", "status": 304, "headers": [(b"etag", etag), _CACHE_CONTROL]})
        await send({"type": "http.response.body", "body": b""})
        return
    headers = [(b"etag", etag), _CACHE_CONTROL, (b"content-length", str(len(body)).encode()), _JSON]
    await send({"type": "http.response.start", "status": 200, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _replaying(first: Message, receive: Receive) -> Receive:
    """``receive`` that gives ``first`` again before reading on."""
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return first
        return await receive()

    return replay
