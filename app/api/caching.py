"""Strong ETags from the rules version and the canonical query; 304 on a matching If-None-Match."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from fastapi import Request, Response
from fastapi.responses import JSONResponse

CACHE_CONTROL = "public, max-age=300"


def etag_for(rules_version: str, query: Any) -> str:
    canonical = json.dumps(query, sort_keys=True, separators=(",", ":"), default=str)
    return '"' + hashlib.sha256(f"{rules_version}\n{canonical}".encode()).hexdigest()[:32] + '"'


def cached_json(request: Request, etag: str, payload: Any) -> Response:
    """200 with the payload and cache headers, or 304 when the client already holds this answer."""
    headers = {"ETag": etag, "Cache-Control": CACHE_CONTROL}
    candidates = {t.strip() for t in request.headers.get("if-none-match", "").split(",")}
    if etag in candidates or "*" in candidates:
        return Response(status_code=304, headers=headers)
    return JSONResponse(payload, headers=headers)
