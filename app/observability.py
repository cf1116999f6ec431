"""Operations: a request id on every request and log line, JSON logs, Prometheus metrics by route."""

from __future__ import annotations

import bisect
import itertools
import json
import logging
import os
import time
from collections.abc import Iterator
from contextlib import nullcontext
from contextvars import ContextVar

import orjson
from fastapi import FastAPI, Response
from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.metrics_core import CounterMetricFamily, HistogramMetricFamily, Metric
from starlette.types import ASGIApp, Message, Receive, Scope, Send

request_id: ContextVar[str] = ContextVar("request_id", default="-")
_SAFE_ID = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")
_NEW_IDS: list[str] = []  # random request ids read from the OS 256 at a time (one system call, not one a request)
os.register_at_fork(after_in_child=_NEW_IDS.clear)  # a forked worker reads its own


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


class AccessLog:
    """One JSON line per request on the handler :func:`configure_logging` set up, written directly: the same
    fields as :class:`JsonFormatter` gives, at a tenth of the cost of a ``logging`` record (the access log is
    on the hot path). Off below INFO (``LOG_LEVEL=WARNING``), like any ``treatyexit.access`` record."""

    def __init__(self) -> None:
        self.logger = logging.getLogger("treatyexit.access")
        self.root = logging.getLogger("treatyexit")  # its handlers are read on each write (configure_logging sets them)
        self._second = -1
        self._stamp = ""

    def write(self, method: str, path: str, route: str, status: int, elapsed: float, rid: str) -> None:
        if not self.logger.isEnabledFor(logging.INFO):
            return
        handlers = self.root.handlers
        handler = handlers[0] if handlers else None
        if not isinstance(handler, logging.StreamHandler) or not isinstance(handler.formatter, JsonFormatter):
            self.logger.info(  # configured otherwise (tests, embedding): through logging as usual
                "%s %s %s", method, path, status,
                extra={"method": method, "path": path, "route": route, "status": status,
                       "duration_ms": round(elapsed * 1000, 2)},
            )  # fmt: skip
            return
        now = int(time.time())
        if now != self._second:
            self._second, self._stamp = now, time.strftime("%Y-%m-%dT%H:%M:%S%z", time.localtime(now))
        entry = {
            "time": self._stamp, "level": "INFO", "logger": "treatyexit.access", "message": f"{method} {path} {status}",
            "request_id": rid, "method": method, "path": path, "route": route, "status": status,
            "duration_ms": round(elapsed * 1000, 2),
        }  # fmt: skip
        line = orjson.dumps(entry, option=orjson.OPT_APPEND_NEWLINE).decode()
        stream = handler.stream
        with handler.lock or nullcontext():  # what handler.flush() does, without taking the lock again
            stream.write(line)
            stream.flush()


LATENCY_BUCKETS = (0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
_LE = [*map(repr, LATENCY_BUCKETS), "+Inf"]  # the buckets' labels, as prometheus_client writes these bounds
_MAX_LABEL_SETS = 10_000  # routes are templates, so the label sets are few


class Metrics:
    """Prometheus counters and latency histograms by route, method and status, counted in plain numbers on the
    request path and written out as ``prometheus_client``'s Counter and Histogram write them (the same names,
    labels, buckets and ``_created`` series) when /metrics is read. A child's ``inc`` and ``observe`` took a lock
    each and scanned the buckets (6-9 µs a request, loaded machine); counting here is a dictionary read and three
    additions (1.3 µs in the same minutes). Used from the event loop only (the middleware and /metrics run
    there), so no lock."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        self._requests: dict[tuple[str, str, int], list[float]] = {}  # [count, created]
        self._latency: dict[tuple[str, str], list[float]] = {}  # [per bucket (+Inf last)..., sum, created]
        self._series: dict[tuple[str, str, int], tuple[list[float], list[float]]] = {}  # both, by label set
        self.registry.register(self)

    def observe(self, route: str, method: str, status: int, elapsed: float) -> None:
        series = self._series.get((route, method, status))
        if series is None:
            series = self._new(route, method, status)
        counted, latency = series
        counted[0] += 1
        latency[bisect.bisect_left(LATENCY_BUCKETS, elapsed)] += 1  # the first bucket whose bound is >= elapsed
        latency[-2] += elapsed

    def _new(self, route: str, method: str, status: int) -> tuple[list[float], list[float]]:
        """The counter of a label set and its route's histogram, made on first use (both found in one read
        afterwards, for up to ``_MAX_LABEL_SETS`` label sets)."""
        counted = self._requests.setdefault((route, method, status), [0.0, time.time()])
        latency = self._latency.setdefault((route, method), [0.0] * (len(LATENCY_BUCKETS) + 2) + [time.time()])
        if len(self._series) < _MAX_LABEL_SETS:
            self._series[(route, method, status)] = (counted, latency)
        return counted, latency

    def collect(self) -> Iterator[Metric]:
        """The counters and histograms as ``prometheus_client`` writes them (called by the registry)."""
        requests = CounterMetricFamily(
            "treatyexit_requests", "HTTP requests by route, method and status", labels=["route", "method", "status"]
        )
        for (route, method, status), (count, created) in list(self._requests.items()):
            requests.add_metric([route, method, str(status)], count, created=created)
        yield requests
        latency = HistogramMetricFamily(
            "treatyexit_request_seconds", "HTTP request latency by route", labels=["route", "method"]
        )
        for (route, method), values in list(self._latency.items()):
            cumulative = list(itertools.accumulate(values[: len(LATENCY_BUCKETS) + 1]))
            latency.add_metric([route, method], list(zip(_LE, cumulative, strict=True)), values[-2])
            latency.add_sample("treatyexit_request_seconds_created", {"route": route, "method": method}, values[-1])
        yield latency


def _request_id(scope: Scope) -> str:
    """The client's X-Request-ID when it is short and plain, else a new random one."""
    for name, value in scope["headers"]:
        if name == b"x-request-id":
            incoming = str(value.decode("latin-1"))
            if incoming and len(incoming) <= 64 and set(incoming) <= _SAFE_ID:
                return incoming
            break
    while True:
        try:
            return _NEW_IDS.pop()
        except IndexError:  # none left (a list's pop is atomic: safe from any thread)
            pool = os.urandom(12 * 256).hex()
            _NEW_IDS.extend(pool[i : i + 24] for i in range(0, len(pool), 24))


def install(app: FastAPI, extra_headers: dict[str, list[tuple[bytes, bytes]]] | None = None) -> None:
    """Request ids, access logs and metrics as one pure ASGI middleware (cheap on the hot path); also adds
    ``extra_headers`` to the responses of the named paths (the explorer's Content-Security-Policy)."""
    metrics = Metrics()
    access = AccessLog()
    per_path = extra_headers or {}
    always = [(b"x-content-type-options", b"nosniff")]  # no MIME sniffing of JSON or problem bodies

    class Observe:
        def __init__(self, inner: ASGIApp) -> None:
            self.inner = inner

        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            if scope["type"] != "http":
                await self.inner(scope, receive, send)
                return
            rid = _request_id(scope)
            token = request_id.set(rid)
            started = time.perf_counter()
            status, responded = 500, False
            added = [(b"x-request-id", rid.encode()), *always, *per_path.get(scope["path"], ())]

            async def send_with_id(message: Message) -> None:
                nonlocal status, responded
                if message["type"] == "http.response.start":
                    status, responded = message["status"], True
                    message["headers"] = [*message.get("headers", ()), *added]
                await send(message)

            try:
                await self.inner(scope, receive, send_with_id)
            except Exception:  # no handler took it: a 500 problem that names the request id, never a bare 500
                logging.getLogger("treatyexit").exception("unhandled error on %s", scope["path"])
                if responded:
                    raise
                await _send_internal_error(send_with_id, scope["path"], rid)
            finally:
                elapsed = time.perf_counter() - started
                matched = scope.get("route")  # none for a direct answer: getattr(None, ...) would raise and format
                route = (getattr(matched, "path", None) if matched is not None else None) or "unmatched"
                metrics.observe(route, scope["method"], status, elapsed)
                access.write(scope["method"], scope["path"], route, status, elapsed, rid)
                request_id.reset(token)

    app.add_middleware(Observe)

    @app.get("/metrics", include_in_schema=False)
    async def get_metrics() -> Response:
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)
