"""Strong ETags from the rules version and the canonical query; 304 on a matching If-None-Match; and a
bounded in-memory cache of answers, since an answer is a pure function of the rulebook and the query."""

from __future__ import annotations

import hashlib
import json
from collections import OrderedDict
from collections.abc import Callable
from threading import Lock
from typing import Any

from fastapi import Request, Response
from fastapi.responses import JSONResponse

CACHE_CONTROL = "public, max-age=300"


def etag_for(rules_version: str, query: Any) -> str:
    canonical = json.dumps(query, sort_keys=True, separators=(",", ":"), default=str)
    return '"' + hashlib.sha256(f"{rules_version}\n{canonical}".encode()).hexdigest()[:32] + '"'


def _not_modified(request: Request, etag: str) -> bool:
    candidates = {t.strip() for t in request.headers.get("if-none-match", "").split(",")}
    return etag in candidates or "*" in candidates


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


class AnswerCache:
    """The serialised answers to the last ``size`` distinct questions, by ETag (rules version + query)."""

    def __init__(self, size: int) -> None:
        self.size = size
        self._answers: OrderedDict[str, bytes] = OrderedDict()
        self._lock = Lock()
        self.hits = 0
        self.misses = 0

    def respond(self, request: Request, etag: str, compute: Callable[[], bytes]) -> Response:
        """304, or the cached bytes, or the bytes ``compute()`` serialises, kept for next time."""
        headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
        if _not_modified(request, etag):
            return Response(status_code=304, headers=headers)
        body: bytes | None
        with self._lock:
            body = self._answers.get(etag)
            if body is not None:
                self._answers.move_to_end(etag)
                self.hits += 1
        if body is None:
            body = compute()
            with self._lock:
                self.misses += 1
                if self.size:
                    self._answers[etag] = body
                    if len(self._answers) > self.size:
                        self._answers.popitem(last=False)
        return Response(body, media_type="application/json", headers=headers)
