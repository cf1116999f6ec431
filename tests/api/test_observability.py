"""The access log: one JSON line per request, also for answers served ready, with the request id; the metrics."""

from __future__ import annotations

import io
import json
import logging

from fastapi.testclient import TestClient
from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest

from app.main import create_app
from app.observability import LATENCY_BUCKETS, Metrics
from app.settings import Settings


def test_one_json_access_line_per_request() -> None:
    app = create_app(Settings(database_url="sqlite://", log_level="INFO"))
    handler = logging.getLogger("treatyexit").handlers[0]
    assert isinstance(handler, logging.StreamHandler)
    stream = io.StringIO()
    handler.setStream(stream)
    body = {"treaty": "ccm", "state": "FRA", "notification_date": "2024-09-06", "as_of": "2026-11-28"}
    with TestClient(app) as client:
        answers = [client.post("/v1/assessments", json=body, headers={"X-Request-ID": f"req-{i}"}) for i in range(2)]
        missing = client.get("/nowhere")
    lines = [json.loads(line) for line in stream.getvalue().splitlines()]
    access = [line for line in lines if line["logger"] == "treatyexit.access"]
    assert [a["request_id"] for a in access] == ["req-0", "req-1", missing.headers["x-request-id"]]
    assert [a.headers["x-request-id"] for a in answers] == ["req-0", "req-1"]
    first = access[0]
    assert first["message"] == "POST /v1/assessments 200" and first["level"] == "INFO"
    assert first["route"] == access[1]["route"] == "/v1/assessments" and first["status"] == 200
    assert access[2]["route"] == "unmatched" and access[2]["status"] == 404
    assert isinstance(first["duration_ms"], float) and first["time"][:2] == "20"


def test_fastapi_opentelemetry_is_off_unless_asked() -> None:
    """Off by default (the app has /metrics and JSON logs): FastAPI then skips asking OpenTelemetry's global
    providers on every request. ``OPENTELEMETRY=true`` gives FastAPI's native telemetry back, as configured."""
    off = create_app(Settings(database_url="sqlite://"))
    on = create_app(Settings(database_url="sqlite://", opentelemetry=True))
    assert not any(off._telemetry[signal] for signal in ("tracing", "metrics", "logs"))  # type: ignore[attr-defined]
    assert all(on._telemetry[signal] for signal in ("tracing", "metrics", "logs"))  # type: ignore[attr-defined]
    for app in (off, on):
        with TestClient(app) as client:
            body = {"treaty": "ccm", "state": "FRA", "notification_date": "2024-09-06", "as_of": "2026-11-28"}
            assert client.post("/v1/assessments", json=body).status_code == 200


def test_metrics_read_as_prometheus_clients_counter_and_histogram() -> None:
    """/metrics counts in plain numbers (app/observability.py ``Metrics``) and writes them as prometheus_client's
    own Counter and Histogram write the same observations: the same lines, but the ``_created`` times."""
    ours = Metrics()
    registry = CollectorRegistry()
    requests = Counter("treatyexit_requests_total", "HTTP requests by route, method and status",
                       ["route", "method", "status"], registry=registry)  # fmt: skip
    latency = Histogram("treatyexit_request_seconds", "HTTP request latency by route", ["route", "method"],
                        registry=registry, buckets=LATENCY_BUCKETS)  # fmt: skip
    seen = [("/v1/assessments", "POST", 200, 0.0004), ("/v1/assessments", "POST", 200, 0.0005),
            ("/v1/assessments", "POST", 422, 0.003), ("/v1/assessments", "GET", 200, 0.26),
            ("unmatched", "GET", 404, 7.5), ("/healthz", "GET", 200, 0.001), ("/v1/assessments", "POST", 200, 0.0)]  # fmt: skip
    for route, method, status, elapsed in seen:
        ours.observe(route, method, status, elapsed)
        requests.labels(route, method, str(status)).inc()
        latency.labels(route, method).observe(elapsed)

    def lines(text: bytes) -> list[str]:
        return [line.split(" ")[0] if "_created" in line else line for line in text.decode().splitlines()]

    written = generate_latest(ours.registry)
    assert lines(written) == lines(generate_latest(registry))
    assert b'treatyexit_request_seconds_bucket{le="0.0005",method="POST",route="/v1/assessments"} 3.0' in written
