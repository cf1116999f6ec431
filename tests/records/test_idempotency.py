"""Record writes with an ``Idempotency-Key``: a repeat gets the stored answer, never a second write or a 409 for
its own write; and a write the database committed is acknowledged even if the connection is lost afterwards."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, event, text
from sqlalchemy.engine import make_url
from sqlmodel import Session

from tests.records.conftest import AUTH

RECORD = {"state": "NOR", "treaty": "apmbc", "received_on": "2025-07-10", "source_url": "https://example.org/fin"}


def keyed(key: str) -> dict[str, str]:
    return {**AUTH, "Idempotency-Key": key}


def test_a_repeated_create_replays_the_answer(records_client: TestClient) -> None:
    key = str(uuid.uuid4())
    first = records_client.post("/v1/withdrawals", json=RECORD, headers=keyed(key))
    again = records_client.post("/v1/withdrawals", json=RECORD, headers=keyed(key))
    assert first.status_code == again.status_code == 201
    assert again.headers["idempotency-replayed"] == "true"
    assert again.json() == first.json() and again.headers["location"] == first.headers["location"]
    listed = records_client.get("/v1/withdrawals?state=FIN&treaty=apmbc").json()
    assert listed["total"] == 1
    assert records_client.post("/v1/withdrawals", json=RECORD, headers=AUTH).status_code == 409  # no key: a 409


def test_a_key_reused_for_another_request_is_refused(records_client: TestClient) -> None:
    key = str(uuid.uuid4())
    assert records_client.post("/v1/withdrawals", json=RECORD, headers=keyed(key)).status_code == 201
    other = records_client.post("/v1/withdrawals", json={**RECORD, "received_on": "2025-07-11"}, headers=keyed(key))
    assert other.status_code == 422
    assert other.json()["type"].endswith("idempotency-key-reused")


def test_patch_and_event_replays(records_client: TestClient) -> None:
    created = records_client.post("/v1/withdrawals", json=RECORD, headers=AUTH).json()
    patch = {"version": created["version"], "notes": "corrected"}
    key = str(uuid.uuid4())
    first = records_client.patch(f"/v1/withdrawals/{created['id']}", json=patch, headers=keyed(key))
    again = records_client.patch(f"/v1/withdrawals/{created['id']}", json=patch, headers=keyed(key))
    assert first.status_code == again.status_code == 200 and again.json() == first.json()
    assert records_client.patch(f"/v1/withdrawals/{created['id']}", json=patch, headers=AUTH).status_code == 409
    ev = {"kind": "revoked", "date": "2025-08-01", "source_url": "https://example.org/r"}
    key = str(uuid.uuid4())
    one = records_client.post(f"/v1/withdrawals/{created['id']}/events", json=ev, headers=keyed(key))
    two = records_client.post(f"/v1/withdrawals/{created['id']}/events", json=ev, headers=keyed(key))
    assert one.status_code == two.status_code == 201 and one.json() == two.json()
    assert len(records_client.get(f"/v1/withdrawals/{created['id']}").json()["events"]) == 1


@pytest.fixture
def drop_connections_after_commit(postgres_database: str) -> Iterator[str]:
    """Every commit on the test database is followed by the server dropping all its connections (a real
    PostgreSQL fault, as when a connection is lost while the answer is built)."""
    admin = create_engine(
        make_url(postgres_database.replace("postgresql://", "postgresql+psycopg://", 1)).render_as_string(False),
        isolation_level="AUTOCOMMIT",
    )
    name = make_url(postgres_database).database

    def terminate(_session: Session) -> None:
        with admin.connect() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :db AND pid <> pg_backend_pid()"
                ),
                {"db": name},
            )

    event.listen(Session, "after_commit", terminate)
    try:
        yield postgres_database
    finally:
        event.remove(Session, "after_commit", terminate)
        admin.dispose()


def test_a_committed_write_is_acknowledged_when_the_connection_drops_after_the_commit(
    drop_connections_after_commit: str,
) -> None:
    from app.db.migrate import upgrade
    from app.main import create_app
    from app.settings import Settings

    upgrade(drop_connections_after_commit)
    app = create_app(Settings(database_url=drop_connections_after_commit, admin_token="test-admin-token"))
    with TestClient(app) as client:
        answer = client.post("/v1/withdrawals", json=RECORD, headers=keyed("commit-then-drop"))
        assert answer.status_code == 201, answer.text
        stored = client.get(answer.headers["location"])
        assert stored.status_code == 200 and stored.json()["received_on"] == RECORD["received_on"]
        again = client.post("/v1/withdrawals", json=RECORD, headers=keyed("commit-then-drop"))
        assert again.status_code == 201 and again.json()["id"] == answer.json()["id"]


def test_a_key_past_its_lifetime_is_forgotten_and_purged(records_client: TestClient, records_url: str) -> None:
    """IETF draft "The Idempotency-Key HTTP Header Field" §2.3: keys expire (here after IDEMPOTENCY_KEY_HOURS)."""
    old, other = str(uuid.uuid4()), str(uuid.uuid4())
    assert records_client.post("/v1/withdrawals", json=RECORD, headers=keyed(old)).status_code == 201
    engine = create_engine(make_url(records_url.replace("postgresql://", "postgresql+psycopg://", 1)))
    with engine.begin() as connection:  # the key was stored 25 hours ago (the lifetime is 24 hours)
        connection.execute(
            text("UPDATE idempotent_write SET created_at = :then WHERE key = :key"),
            {"then": dt.datetime.now(dt.UTC) - dt.timedelta(hours=25), "key": old},
        )
    reused = records_client.post("/v1/withdrawals", json={**RECORD, "received_on": "2025-07-11"}, headers=keyed(old))
    assert reused.status_code == 201 and "idempotency-replayed" not in reused.headers  # a new write, not a 422
    with engine.begin() as connection:
        connection.execute(
            text("UPDATE idempotent_write SET created_at = :then WHERE key = :key"),
            {"then": dt.datetime.now(dt.UTC) - dt.timedelta(hours=25), "key": old},
        )
    third = {**RECORD, "received_on": "2025-07-12"}
    assert records_client.post("/v1/withdrawals", json=third, headers=keyed(other)).status_code == 201
    with engine.connect() as connection:  # the write purged every expired key
        keys = set(connection.execute(text("SELECT key FROM idempotent_write")).scalars())
    engine.dispose()
    assert old not in keys and other in keys
