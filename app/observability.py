"""Operations: a request id on every request and log line, JSON logs, Prometheus metrics by route."""

from __future__ import annotations

import json
import logging
import os
import time
from contextvars import ContextVar

from fastapi import FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, Counter, Histogram, generate_latest
from starlette.types import ASGIApp, Message, Receive, Scope, Send

request_id: ContextVar[str] = ContextVar("request_id", default="-")
_SAFE_ID = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time, level, logger, message, request id (and the exception, if any)."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {
            "time": self.formatTime(record, "%Y-%m-%dT%H:%M:%S%z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
            "request_id": request_id.get(),
        }
        for key in ("method", "path", "route", "status", "duration_ms"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def configure_logging(level: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(JsonFormatter())
    root = logging.getLogger("treatyexit")
    root.handlers = [handler]
    root.setLevel(level.upper())
    root.propagate = False


async def _send_internal_error(send: Send, path: str, rid: str) -> None:
    """A 500 problem that names the request id, for an error no handler took before the response started."""
    from app.api.problems import internal_error_body

    body = internal_error_body(path, rid)
    headers = [(b"content-type", b"application/problem+json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": 500, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def install(app: FastAPI, extra_headers: dict[str, list[tuple[bytes, bytes]]] | None = None) -> None:
    """Request ids, access logs and metrics as one pure ASGI middleware (cheap on the hot path); also adds
    ``extra_headers`` to the responses of the named paths (the explorer's Content-Security-Policy)."""
    registry = CollectorRegistry()
    requests = Counter(
        "treatyexit_requests_total", "HTTP requests by route, method and status", ["route", "method", "status"],
        registry=registry,
    )  # fmt: skip
    latency = Histogram(
        "treatyexit_request_seconds", "HTTP request latency by route", ["route", "method"], registry=registry,
        buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
    )  # fmt: skip
    log = logging.getLogger("treatyexit.access")
    per_path = extra_headers or {}
    always = [(b"x-content-type-options", b"nosniff")]  # no MIME sniffing of JSON or problem bodies

    class Observe:
        def __init__(self, inner: ASGIApp) -> None:
            self.inner = inner

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await self.inner(scope, receive, send)
                return
            incoming = dict(scope.get("headers", [])).get(b"x-request-id", b"").decode("latin-1")
            rid = incoming if incoming and len(incoming) <= 64 and set(incoming) <= _SAFE_ID else os.urandom(12).hex()
            token = request_id.set(rid)
            started = time.perf_counter()
            status = 500
            extra = per_path.get(scope["path"], [])

            async def send_with_id(message: Message) -> None:
                nonlocal status
                if message["type"] == "http.response.start":
                    status = message["status"]
                    message["headers"] = [*message.get("headers", []), (b"x-request-id", rid.encode()), *always, *extra]
                await send(message)

            started_response = False

            async def send_tracked(message: Message) -> None:
                nonlocal started_response
                started_response = started_response or message["type"] == "http.response.start"
                await send_with_id(message)

            try:
                await self.inner(scope, receive, send_tracked)
            except Exception:  # no handler took it: a 500 problem that names the request id, never a bare 500
                logging.getLogger("treatyexit").exception("unhandled error on %s", scope["path"])
                if started_response:
                    raise
                await _send_internal_error(send_with_id, scope["path"], rid)
            finally:
                elapsed = time.perf_counter() - started
                route = getattr(scope.get("route"), "path", None) or "unmatched"
                requests.labels(route, scope["method"], str(status)).inc()
                latency.labels(route, scope["method"]).observe(elapsed)
                if log.isEnabledFor(logging.INFO):
                    log.info(
                        "%s %s %s", scope["method"], scope["path"], status,
                        extra={"method": scope["method"], "path": scope["path"], "route": route, "status": status,
                               "duration_ms": round(elapsed * 1000, 2)},
                    )  # fmt: skip
                request_id.reset(token)

    app.add_middleware(Observe)

    @app.get("/metrics", include_in_schema=False)
    async def metrics() -> Response:
        return Response(generate_latest(registry), media_type=CONTENT_TYPE_LATEST)
