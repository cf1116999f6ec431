"""Regression tests for the adversarial tour's record findings (issue 16): NUL bytes, concurrent events."""

from __future__ import annotations

import threading

from fastapi.testclient import TestClient

from tests.records.conftest import AUTH

RECORD = {"state": "NOR", "treaty": "apmbc", "received_on": "2025-07-10", "source_url": "https://example.org/fin"}


def test_nul_bytes_are_a_422_on_every_database(records_client: TestClient) -> None:
    body = {**RECORD, "notes": "before\x00after"}
    response = records_client.post("/v1/withdrawals", json=body, headers=AUTH)
    assert response.status_code == 422, response.text
    assert response.json()["errors"][0]["pointer"] == "/notes"
    assert "Retry-After" not in response.headers


def test_concurrent_events_each_increment_the_version(records_client: TestClient) -> None:
    created = records_client.post("/v1/withdrawals", json=RECORD, headers=AUTH)
    assert created.status_code == 201, created.text
    record_id, version = created.json()["id"], created.json()["version"]
    event = {"kind": "armed_conflict_declared", "date": "2025-08-01", "source_url": "https://example.org/e"}
    statuses: list[int] = []

    def add() -> None:
        statuses.append(
            records_client.post(f"/v1/withdrawals/{record_id}/events", json=event, headers=AUTH).status_code
        )

    threads = [threading.Thread(target=add) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert statuses.count(201) == 6, statuses
    assert records_client.get(f"/v1/withdrawals/{record_id}").json()["version"] == version + 6
