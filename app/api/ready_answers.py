"""Ready answers: a question asked before, byte for byte on the same day, is answered from the bytes the route
serialised the first time, before routing, validation and the engine; a new question POSTed as plain JSON is
answered without routing too (:func:`app.api.assessments.direct_answer`), unless the route must refuse it.

An assessment is a pure function of the rules version and the question, and ``as_of`` defaults to today: so
the same method, query string, content type and body on the same day (of a process that serves one rulebook)
get the same answer, with the same ETag. Only answers the route gave with 200 are kept
(:meth:`app.api.caching.AnswerCache.respond`), so a question it refused is refused again by the route.

:class:`ReadyAnswers` stands in front of the app's middleware (app/main.py): an answer it has is sent with what the
middleware adds to every response — the request id, ``nosniff``, metrics and the access line, from the same
:class:`app.observability.Observer` — and only for a body within the body limit (app/api/limits.py), read whole in
one message; everything else goes on through the middleware as if it had not been looked at (a body read is
given again). Passing six layers of middleware and their send wrappers was a tenth of a new answer's work.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app import clock
from app.api.caching import CACHE_CONTROL, READY_KEY, AnswerCache, not_modified
from app.observability import STARTED_KEY, Observer

_JSON = (b"content-type", b"application/json")
_CACHE_CONTROL = (b"cache-control", CACHE_CONTROL.encode())
# A question is kept under its bytes only up to this size (query string, content type and body): a real one is
# under 1 KB, and a body padded with whitespace up to the body limit (1 MB) answers like the plain one, so 4,096
# kept keys of 1 MB each would hold 4 GB. A longer question still gets the route's answer (from the answer cache).
MAX_KEPT_BYTES = 4096


class ReadyAnswers:
    """Pure ASGI, in front of the app's middleware (``app``), for ``paths``: a known question gets its ready bytes
    (or 304 on a matching If-None-Match); an unknown one goes on to the route, its key in the scope for the answer
    cache. ``max_body_bytes``: the body limit, past which a body is left to the middleware that refuses it."""

    def __init__(
        self,
        app: ASGIApp,
        cache: AnswerCache,
        observer: Observer,
        max_body_bytes: int,
        direct: Callable[[bytes, bytes, bytes], tuple[bytes, bytes] | None] | None = None,
        paths: tuple[str, ...] = ("/v1/assessments",),
    ) -> None:
        self.app = app
        self.cache = cache
        self.observer = observer
        self.max_body_bytes = max_body_bytes
        self.direct = direct
        self.paths = frozenset(paths)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        method = scope.get("method")
        if method not in ("GET", "POST") or scope["path"] not in self.paths or not self.cache.size:
            await self.app(scope, receive, send)  # (a websocket or lifespan scope has no method)
            return
        started = time.perf_counter()
        content_type = if_none_match = declared = None
        for name, value in scope["headers"]:  # the first Content-Type and If-None-Match, as the route reads them
            if name == b"content-type":
                content_type = value if content_type is None else content_type
            elif name == b"if-none-match":
                if_none_match = value if if_none_match is None else if_none_match
            elif name == b"content-length":
                declared = value  # the last, as the body limit reads it
        body = b""
        message: Message | None = None  # the body's message, given again to the app if it answers
        if method == "POST":
            if declared is not None and declared.isdigit() and int(declared) > self.max_body_bytes:
                await self.app(scope, receive, send)  # the body limit refuses it unread
                return
            message = await receive()
            body = message.get("body", b"")
            if message["type"] != "http.request" or message.get("more_body", False) or len(body) > self.max_body_bytes:
                await self.app(scope, _replaying(message, receive), send)  # streamed or too long: not looked up
                return
        content_type = content_type or b""
        if len(body) + len(scope["query_string"]) + len(content_type) > MAX_KEPT_BYTES:
            await self.app(scope, _replaying(message, receive), send)  # the route's, not kept under its bytes
            return
        key = (clock.today().toordinal(), method, scope["query_string"], content_type, body)
        try:
            ready = self.cache.ready(key) or self._computed(key, if_none_match)
            response = _ready_response(ready, if_none_match) if ready is not None else None
        except Exception:  # a fault of this path: the app answers (with its problem, should it fail too)
            response = None
        if response is None:
            scope[READY_KEY] = key
            scope[STARTED_KEY] = started  # the access line's duration counts the try too
            await self.app(scope, _replaying(message, receive), send)
            return
        await self.observer.send_answer(scope, send, started, *response, route=scope["path"])

    def _computed(self, key: tuple[Any, ...], if_none_match: bytes | None) -> tuple[bytes, bytes] | None:
        """A new question's answer computed without routing (``direct``), for a plain JSON POST (``key``: its day,
        method, query string, content type and body), kept ready if asked before: what FastAPI's routing, request
        and response objects add was most of a new answer's cost besides the law."""
        _, method, query_string, content_type, body = key
        direct = self.direct
        if direct is None or method != "POST" or if_none_match is not None:
            return None
        ready = direct(query_string, content_type, body)
        if ready is not None:
            self.cache.keep_ready(key, *ready)
        return ready


def _ready_response(ready: tuple[bytes, bytes], if_none_match: bytes | None) -> tuple[Message, bytes]:
    """The same status, headers and body as the route's :meth:`AnswerCache.respond` (Starlette's order)."""
    etag, body = ready
    if if_none_match is not None and not_modified(if_none_match.decode("latin-1"), etag.decode()):
        return {"type": "http.response.start", "status": 304, "headers": [(b"etag", etag), _CACHE_CONTROL]}, b""
    headers = [(b"etag", etag), _CACHE_CONTROL, (b"content-length", str(len(body)).encode()), _JSON]
    return {"type": "http.response.start", "status": 200, "headers": headers}, body


def _replaying(first: Message | None, receive: Receive) -> Receive:
    """``receive`` that gives ``first`` again before reading on (``receive`` itself when nothing was read)."""
    if first is None:
        return receive
    replayed = False

    async def replay() -> Message:
        nonlocal replayed
        if not replayed:
            replayed = True
            return first
        return await receive()

    return replay
