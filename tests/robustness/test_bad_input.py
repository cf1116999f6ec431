"""Bad input gets a clear 4xx problem, never a 500, and nothing is stored."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from app.db.migrate import upgrade
from app.db.session import get_engine
from app.main import create_app
from app.settings import Settings

TOKEN = {"Authorization": "Bearer t"}
RECORD = {"state": "FIN", "treaty": "apmbc", "received_on": "2025-07-10", "source_url": "https://example.org/fin"}


@pytest.fixture(scope="module")
def bad_app() -> FastAPI:
    """One app for the module (the rulebook loaded and compiled once); each test gives it an empty database."""
    return create_app(Settings(database_url="sqlite://", admin_token="t", max_body_bytes=64_000, log_level="WARNING"))


@pytest.fixture(scope="module")
def empty_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("empty") / "records.db"
    upgrade(f"sqlite:///{path}")
    get_engine(f"sqlite:///{path}").dispose()  # its write-ahead log checkpointed into the file that is copied
    return path


@pytest.fixture
def bad_client(bad_app: FastAPI, empty_database: Path, tmp_path: Path) -> Iterator[TestClient]:
    """The module's app on a fresh copy of a migrated, empty database."""
    shutil.copyfile(empty_database, tmp_path / "records.db")
    sqlite_url = f"sqlite:///{tmp_path / 'records.db'}"
    bad_app.state.settings = bad_app.state.settings.model_copy(update={"database_url": sqlite_url})
    with TestClient(bad_app, raise_server_exceptions=False) as client:
        yield client


def assert_problem(response: object, *statuses: int) -> None:
    status = response.status_code  # type: ignore[attr-defined]
    assert status in statuses, response.text  # type: ignore[attr-defined]
    assert response.headers["content-type"] == "application/problem+json"  # type: ignore[attr-defined]
    assert response.json()["status"] == status  # type: ignore[attr-defined]


def stored(client: TestClient) -> int:
    return int(client.get("/v1/withdrawals").json()["total"])


def test_oversized_bodies_are_refused_whole(bad_client: TestClient) -> None:
    big = b'{"treaty": "' + b"x" * 100_000 + b'", "state": "LTU"}'
    assert_problem(bad_client.post("/v1/assessments", content=big, headers={"content-type": "application/json"}), 413)

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit is counted as the body arrives
        yield b'{"state": "FIN", "source_url": "https://x.org", "notes": "'
        for _ in range(10):
            yield b"y" * 10_000
        yield b'"}'

    response = bad_client.post(
        "/v1/withdrawals", content=chunks(), headers={**TOKEN, "content-type": "application/json"}
    )
    assert_problem(response, 413)
    assert stored(bad_client) == 0


@pytest.mark.parametrize(
    "body",
    [
        b"[" * 20_000 + b"]" * 20_000,
        b'{"treaty": "ccm", "state": "LTU", "facts": ' + b'{"a": ' * 5_000 + b"1" + b"}" * 5_001,
        b'{"treaty": "\xff\xfe", "state": "LTU"}',
        b"\xef\xbb\xbf{}",
        b"",
        b"null",
        b'"just a string"',
    ],
    ids=["deep-array", "deep-object", "invalid-utf8", "bom", "empty", "null", "string"],
)
def test_malformed_bodies_are_4xx(bad_client: TestClient, body: bytes) -> None:
    for path in ("/v1/assessments", "/v1/checks", "/v1/withdrawals"):
        response = bad_client.post(path, content=body, headers={**TOKEN, "content-type": "application/json"})
        assert_problem(response, 400, 422)
    assert stored(bad_client) == 0


@pytest.mark.parametrize("day", ["0001-01-01", "1899-12-31", "2200-01-01", "9999-12-31", "2025-02-29", "0", "1e10"])
def test_dates_far_in_the_past_or_future_are_422(bad_client: TestClient, day: str) -> None:
    body = {"treaty": "ccm", "state": "LTU", "notification_date": day}
    response = bad_client.post("/v1/assessments", json=body)
    assert_problem(response, 422)
    assert response.json()["errors"][0]["pointer"] == "/notification_date"
    assert_problem(bad_client.get("/v1/assessments", params={"treaty": "ccm", "state": "LTU", "as_of": day}), 422)
    assert_problem(bad_client.post("/v1/withdrawals", json={**RECORD, "received_on": day}, headers=TOKEN), 422)
    assert stored(bad_client) == 0


def test_numbers_are_not_dates_and_strings_are_not_booleans(bad_client: TestClient) -> None:
    response = bad_client.post(
        "/v1/assessments", json={"treaty": "ccm", "state": "LTU", "notification_date": 1725580800}
    )
    assert_problem(response, 422)
    response = bad_client.post(
        "/v1/assessments", json={"treaty": "ccm", "state": "LTU", "facts": {"armed_conflict": "yes"}}
    )
    assert_problem(response, 422)


def test_unknown_fields_are_422_everywhere(bad_client: TestClient) -> None:
    assert_problem(bad_client.post("/v1/assessments", json={"treaty": "ccm", "state": "LTU", "x": 1}), 422)
    assert_problem(bad_client.post("/v1/withdrawals", json={**RECORD, "status": "effective"}, headers=TOKEN), 422)
    assert_problem(bad_client.post("/v1/checks", json={"claims": [{"kind": "joined", "value": "2003", "y": 1}]}), 422)
    assert_problem(bad_client.get("/v1/assessments", params={"treaty": "ccm", "state": "LTU", "foo": "bar"}), 422)
    assert stored(bad_client) == 0


def test_a_patch_that_clears_a_required_field_stores_nothing(bad_client: TestClient) -> None:
    created = bad_client.post("/v1/withdrawals", json=RECORD, headers=TOKEN).json()
    response = bad_client.patch(f"/v1/withdrawals/{created['id']}", json={"version": 1, "kind": None}, headers=TOKEN)
    assert_problem(response, 422)
    after = bad_client.get(f"/v1/withdrawals/{created['id']}").json()
    assert after["version"] == 1 and after["kind"] == "withdrawal"


def test_wrong_methods_say_which_are_allowed(bad_client: TestClient) -> None:
    response = bad_client.delete("/v1/assessments")
    assert_problem(response, 405)
    assert set(response.headers["allow"].split(", ")) == {"GET", "POST"}
