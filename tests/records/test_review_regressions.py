"""Regressions from the code review: records and the law on revocations, extensions and armed conflicts."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

from tests.records.conftest import AUTH


def record(client: TestClient, **values: Any) -> int:
    body = {"state": "EST", "treaty": "apmbc", "source_url": "https://example.org/r", **values}
    response = client.post("/v1/withdrawals", json=body, headers=AUTH)
    assert response.status_code == 201, response.text
    return int(response.json()["id"])


def event(client: TestClient, record_id: int, kind: str, date: str) -> None:
    body = {"kind": kind, "date": date, "source_url": "https://example.org/e"}
    assert client.post(f"/v1/withdrawals/{record_id}/events", json=body, headers=AUTH).status_code == 201


def status(client: TestClient, record_id: int, as_of: str) -> dict[str, Any]:
    return dict(client.get(f"/v1/withdrawals/{record_id}", params={"as_of": as_of}).json())


def test_brexit_takes_effect_on_the_agreed_date(records_client: TestClient) -> None:
    (gbr,) = records_client.get("/v1/withdrawals", params={"state": "GBR", "treaty": "teu"}).json()["items"]
    assert gbr["effective_date"] == "2020-02-01" and gbr["status"] == "effective"
    assert status(records_client, gbr["id"], "2019-06-01")["status"] == "pending"
    bound = records_client.get("/v1/treaties/teu/bound", params={"state": "GBR", "on": "2019-06-01"}).json()
    assert bound["bound"] is True


def test_an_extension_names_the_new_date_from_when_it_is_recorded(records_client: TestClient) -> None:
    record_id = record(records_client, state="FIN", treaty="teu", received_on="2030-03-29")
    event(records_client, record_id, "extended", "2032-11-01")
    assert status(records_client, record_id, "2031-06-01")["effective_date"] == "2032-11-01"
    assert status(records_client, record_id, "2032-11-02")["status"] == "effective"


def test_a_revocation_while_an_armed_conflict_holds_the_withdrawal_back_counts(records_client: TestClient) -> None:
    record_id = record(records_client, received_on="2025-01-10")
    event(records_client, record_id, "armed_conflict_declared", "2025-05-01")
    event(records_client, record_id, "revoked", "2025-09-01")
    event(records_client, record_id, "armed_conflict_ended", "2026-01-01")
    assert status(records_client, record_id, "2025-09-02")["status"] == "revoked"
    assert status(records_client, record_id, "2026-02-01")["status"] == "revoked"


def test_ambiguous_dates_with_a_late_revocation_and_with_a_conflict(records_client: TestClient) -> None:
    late = record(records_client, received_on="2024-08-31")
    event(records_client, late, "revoked", "2025-06-01")
    assert status(records_client, late, "2025-07-01")["status"] == "effective"
    held = record(records_client, state="LVA", received_on="2024-08-31")
    event(records_client, held, "armed_conflict_declared", "2025-01-01")
    assert status(records_client, held, "2025-06-01")["status"] == "suspended"


def test_a_notification_the_rules_refuse_is_not_stored(records_client: TestClient) -> None:
    before = records_client.get("/v1/withdrawals", params={"limit": 500}).json()["total"]
    for body in (
        {"state": "LVA", "treaty": "apmbc", "received_on": "1990-01-10"},
        {"state": "USA", "treaty": "inf-treaty", "received_on": "2020-01-01"},
    ):
        response = records_client.post(
            "/v1/withdrawals", json={**body, "source_url": "https://example.org/x"}, headers=AUTH
        )
        assert response.status_code == 422 and response.json()["errors"][0]["pointer"] == "/received_on"
    listing = records_client.get("/v1/withdrawals", params={"limit": 500})
    assert listing.status_code == 200 and listing.json()["total"] == before
    assert records_client.get("/v1/calendar.ics").status_code == 200
