"""Regression tests for the adversarial tour's findings (issue 16, item 6): each attack gets a problem, early."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import httpx
import pytest
from fastapi.testclient import TestClient

from app.db.migrate import upgrade
from app.main import create_app
from app.settings import Settings


def raw_exchange(url: str, request: bytes, chunk: int = 65_536) -> bytes:
    """Send ``request`` on a fresh socket (as far as the server lets us) and read until the server closes."""
    parts = urlsplit(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=10) as sock:
        try:
            for start in range(0, len(request), chunk):
                sock.sendall(request[start : start + chunk])
        except OSError:  # the server refused the rest and closed: its answer is already in our buffer
            pass
        out = b""
        try:
            while data := sock.recv(65_536):
                out += data
        except OSError:
            pass
        return out


def problem_of(response: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = response.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    headers = dict(line.lower().split(": ", 1) for line in lines[1:])
    return int(lines[0].split()[1]), headers, body


def test_a_huge_header_is_refused_early_with_a_431_problem(live_url: str) -> None:
    started = time.perf_counter()
    answer = raw_exchange(live_url, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Big: " + b"a" * 20_000_000 + b"\r\n\r\n")
    status, headers, body = problem_of(answer)
    assert status == 431 and headers["content-type"] == "application/problem+json", answer[:300]
    assert b'"status": 431' in body
    assert time.perf_counter() - started < 5  # refused at the limit, not after reading 20 MB
    assert httpx.get(f"{live_url}/healthz", timeout=5).status_code == 200


def test_many_small_headers_over_the_limit_are_refused(live_url: str) -> None:
    headers = b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 100) for i in range(400))
    status, _, _ = problem_of(raw_exchange(live_url, b"GET /healthz HTTP/1.1\r\nHost: x\r\n" + headers + b"\r\n"))
    assert status == 431


def test_an_over_long_url_gets_a_414_problem_not_plain_text(live_url: str) -> None:
    status, headers, body = problem_of(raw_exchange(live_url, b"GET /healthz?" + b"a" * 50_000 + b" HTTP/1.1\r\n\r\n"))
    assert status == 414 and headers["content-type"] == "application/problem+json"
    assert b"POST" in body


def test_unreadable_http_gets_a_400_problem(live_url: str) -> None:
    status, headers, _ = problem_of(raw_exchange(live_url, b"NOT HTTP AT ALL\r\n\r\n"))
    assert status == 400 and headers["content-type"] == "application/problem+json"


def test_no_server_banner_and_nosniff(live_url: str) -> None:
    for response in (
        httpx.get(f"{live_url}/healthz"),
        httpx.get(f"{live_url}/v1/treaties/nope"),
        httpx.post(f"{live_url}/v1/assessments", json={"treaty": "ccm", "state": "LTU"}),
    ):
        assert "server" not in response.headers
        assert response.headers["x-content-type-options"] == "nosniff"


@pytest.fixture(scope="module")
def adversarial_client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """One app for the module: its tests only ask and check (no test here writes a record)."""
    url = f"sqlite:///{tmp_path_factory.mktemp('adversarial') / 'records.db'}"
    upgrade(url)
    app = create_app(Settings(database_url=url, admin_token="test-admin-token", log_level="CRITICAL"))

    @app.get("/test-only/boom", include_in_schema=False)
    async def boom() -> None:
        raise RuntimeError("a defect")

    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


def test_a_500_is_a_problem_carrying_the_request_id(adversarial_client: TestClient) -> None:
    response = adversarial_client.get("/test-only/boom", headers={"X-Request-ID": "trace-me-42"})
    assert response.status_code == 500
    assert response.headers["content-type"] == "application/problem+json"
    assert response.headers["x-request-id"] == "trace-me-42"
    assert response.json()["request_id"] == "trace-me-42"
    generated = adversarial_client.get("/test-only/boom")
    assert generated.json()["request_id"] == generated.headers["x-request-id"]


def test_every_problem_names_its_request(adversarial_client: TestClient) -> None:
    response = adversarial_client.get("/v1/treaties/no-such-treaty")
    assert response.status_code == 404
    assert response.json()["request_id"] == response.headers["x-request-id"]


def test_deep_nesting_and_malformed_json_are_both_422(adversarial_client: TestClient) -> None:
    json_headers = {"content-type": "application/json"}
    for body in ("[" * 100_000 + "]" * 100_000, '{"treaty": ', "{bad"):
        response = adversarial_client.post("/v1/assessments", content=body, headers=json_headers)
        assert response.status_code == 422, (body[:20], response.text)
        assert response.headers["content-type"] == "application/problem+json"


def test_the_host_header_is_not_reflected_into_links(adversarial_client: TestClient) -> None:
    page = adversarial_client.get(
        "/?treaty=ccm&state=LTU&notification_date=2024-09-06", headers={"host": "evil.example"}
    )
    assert page.status_code == 200
    assert "evil.example" not in page.text
    assert 'href="/?' in page.text  # relative links when no PUBLIC_URL is configured


def test_a_configured_public_url_is_used_for_links(sqlite_url: str) -> None:
    app = create_app(Settings(database_url=sqlite_url, public_url="https://treatyexit.example.org/"))
    with TestClient(app) as client:
        page = client.get("/?treaty=ccm&state=LTU&notification_date=2024-09-06", headers={"host": "evil.example"})
    assert "https://treatyexit.example.org/?" in page.text and "evil.example" not in page.text


@pytest.mark.parametrize("path", ["/v1/checks", "/v1/checks/text", "/check"])
@pytest.mark.parametrize("published", ["2024-03-01", "2028-03-10", "2027-06-01"])
def test_29_february_with_an_inferred_year_never_500s(
    adversarial_client: TestClient, path: str, published: str
) -> None:
    sentence = "Lithuania's withdrawal from the Oslo Convention takes effect on 29 February."
    if path == "/v1/checks":
        claim = {"kind": "effective_date", "treaty": "ccm", "state": "LTU", "value": "29 February"}
        response = adversarial_client.post(path, json={"claims": [claim], "as_of": published})
    elif path == "/v1/checks/text":
        response = adversarial_client.post(path, json={"text": sentence, "published": published})
    else:
        response = adversarial_client.post(path, data={"text": sentence, "published": published})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize("value", ["-2025", "2025-", "+2025-03-06", "2025--03", "20250-03-06"])
def test_malformed_dates_are_not_called_correct(adversarial_client: TestClient, value: str) -> None:
    claim = {"kind": "effective_date", "treaty": "ccm", "state": "LTU", "value": value, "as_of": "2025-01-10"}
    result = adversarial_client.post("/v1/checks", json={"claims": [claim]}).json()["results"][0]
    assert result["verdict"] == "unverifiable"
    assert "not a date" in result["explanation"]


def test_a_numeric_day_month_date_is_reported_as_ambiguous(adversarial_client: TestClient) -> None:
    claim = {"kind": "effective_date", "treaty": "ccm", "state": "LTU", "value": "06/03/2025", "as_of": "2025-01-10"}
    result = adversarial_client.post("/v1/checks", json={"claims": [claim]}).json()["results"][0]
    assert result["verdict"] == "unverifiable"
    assert "ambiguous" in result["explanation"] and "6 March 2025" in result["explanation"]
    assert "3 June 2025" in result["explanation"]
    unique = {**claim, "value": "13/03/2025"}  # only one reading is a date: read as 13 March
    only = adversarial_client.post("/v1/checks", json={"claims": [unique]}).json()["results"][0]
    assert only["verdict"] == "inconsistent" and only["correct_value"] == "2025-03-06"
