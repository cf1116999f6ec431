"""The record endpoints on SQLite and on real PostgreSQL: reads, status on a date, writes, auth, conflicts."""

from __future__ import annotations

import threading
from typing import Any

from fastapi.testclient import TestClient
from icalendar import Calendar

from tests.records.conftest import AUTH

NEW = {  # hypothetical: Norway has not withdrawn (Finland's real notice of that day is seeded from world/records)
    "state": "NOR",
    "treaty": "Ottawa Convention",
    "received_on": "2025-07-10",
    "source_url": "https://example.org/fin",
}


def create(client: TestClient, body: dict[str, Any] | None = None) -> dict[str, Any]:
    response = client.post("/v1/withdrawals", json=body or NEW, headers=AUTH)
    assert response.status_code == 201, response.text
    return dict(response.json())


def test_seeded_records_with_status_on_a_date(records_client: TestClient) -> None:
    before = records_client.get("/v1/withdrawals", params={"state": "LTU", "as_of": "2025-12-01"}).json()
    by_treaty = {i["treaty"]: i for i in before["items"]}
    assert by_treaty["ccm"]["status"] == "effective" and by_treaty["ccm"]["effective_date"] == "2025-03-06"
    assert by_treaty["apmbc"]["status"] == "pending" and by_treaty["apmbc"]["effective_date"] == "2025-12-27"
    after = records_client.get("/v1/withdrawals", params={"state": "LTU", "treaty": "apmbc", "as_of": "2026-01-01"})
    assert after.json()["items"][0]["status"] == "effective"


def test_filters_and_pagination(records_client: TestClient) -> None:
    everything = records_client.get("/v1/withdrawals", params={"limit": 500}).json()
    assert everything["total"] == len(everything["items"]) >= 20
    page = records_client.get("/v1/withdrawals", params={"limit": 5, "offset": 5}).json()
    assert [i["id"] for i in page["items"]] == [i["id"] for i in everything["items"][5:10]]
    window = records_client.get(
        "/v1/withdrawals", params={"effective_from": "2025-12-01", "effective_to": "2025-12-31", "limit": 500}
    ).json()
    assert window["items"] and all("2025-12-01" <= i["effective_date"] <= "2025-12-31" for i in window["items"])
    pending = records_client.get("/v1/withdrawals", params={"status": "pending", "as_of": "2025-07-01"}).json()
    assert pending["items"] and all(i["status"] == "pending" for i in pending["items"])
    bad = records_client.get("/v1/withdrawals", params={"status": "gone"})
    assert bad.status_code == 422 and bad.headers["content-type"] == "application/problem+json"


def test_detail_carries_the_engine_assessment(records_client: TestClient) -> None:
    item = records_client.get("/v1/withdrawals", params={"state": "LTU", "treaty": "ccm"}).json()["items"][0]
    detail = records_client.get(f"/v1/withdrawals/{item['id']}", params={"as_of": "2025-03-06"}).json()
    assert detail["status"] == "effective"
    assert detail["assessment"]["effective"]["date"] == "2025-03-06"
    assert any(t["rule"] == "ccm/effect" for t in detail["assessment"]["trace"])
    assert records_client.get("/v1/withdrawals/999999").status_code == 404


def test_writes_need_the_admin_token(records_client: TestClient) -> None:
    assert records_client.post("/v1/withdrawals", json=NEW).status_code == 401
    wrong = records_client.post("/v1/withdrawals", json=NEW, headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403 and wrong.headers["content-type"] == "application/problem+json"
    assert records_client.get("/v1/withdrawals", params={"state": "NOR"}).json()["total"] == 0


def test_create_patch_event_and_audit(records_client: TestClient) -> None:
    created = create(records_client)
    assert created["treaty"] == "apmbc" and created["state"] == "NOR" and created["version"] == 1
    record_id = created["id"]
    assert created["effective_date"] == "2026-01-10"
    duplicate = records_client.post("/v1/withdrawals", json=NEW, headers=AUTH)
    assert duplicate.status_code == 409

    patched = records_client.patch(
        f"/v1/withdrawals/{record_id}", json={"version": 1, "received_on": "2025-07-11"}, headers=AUTH
    )
    assert patched.status_code == 200 and patched.json()["version"] == 2
    assert patched.json()["effective_date"] == "2026-01-11"
    stale = records_client.patch(f"/v1/withdrawals/{record_id}", json={"version": 1, "notes": "x"}, headers=AUTH)
    assert stale.status_code == 409

    event = {"kind": "revoked", "date": "2025-09-01", "source_url": "https://example.org/revoked"}
    assert records_client.post(f"/v1/withdrawals/{record_id}/events", json=event, headers=AUTH).status_code == 201
    detail = records_client.get(f"/v1/withdrawals/{record_id}", params={"as_of": "2026-02-01"}).json()
    assert detail["status"] == "revoked" and detail["version"] == 3


def test_invalid_writes_store_nothing(records_client: TestClient) -> None:
    for body in (
        {**NEW, "received_on": "2025-02-30"},
        {**NEW, "state": "XX1"},
        {**NEW, "source_url": "not a url"},
        {**NEW, "unknown": 1},
        {**NEW, "received_on": "1850-01-01"},
    ):
        response = records_client.post("/v1/withdrawals", json=body, headers=AUTH)
        assert response.status_code == 422, body
    assert records_client.post("/v1/withdrawals", json={**NEW, "treaty": "nope"}, headers=AUTH).status_code == 404
    assert records_client.get("/v1/withdrawals", params={"state": "NOR"}).json()["total"] == 0


def test_armed_conflict_events_suspend_then_release(records_client: TestClient) -> None:
    record_id = create(records_client)["id"]
    url = f"/v1/withdrawals/{record_id}"
    declared = {"kind": "armed_conflict_declared", "date": "2025-12-01", "source_url": "https://example.org/war"}
    records_client.post(f"{url}/events", json=declared, headers=AUTH)
    held = records_client.get(url, params={"as_of": "2026-02-01"}).json()
    assert held["status"] == "suspended" and held["effective_date"] is None
    ended = {"kind": "armed_conflict_ended", "date": "2026-03-01", "source_url": "https://example.org/peace"}
    records_client.post(f"{url}/events", json=ended, headers=AUTH)
    assert records_client.get(url, params={"as_of": "2026-02-01"}).json()["status"] == "suspended"
    released = records_client.get(url, params={"as_of": "2026-04-01"}).json()
    assert released["status"] == "effective" and released["effective_date"] == "2026-03-01"


def test_two_writers_on_one_record_lose_no_update(records_client: TestClient) -> None:
    record_id = create(records_client)["id"]
    results: list[int] = []
    barrier = threading.Barrier(2)

    def writer(note: str) -> None:
        barrier.wait()
        response = records_client.patch(
            f"/v1/withdrawals/{record_id}", json={"version": 1, "notes": note}, headers=AUTH
        )
        results.append(response.status_code)

    threads = [threading.Thread(target=writer, args=(n,)) for n in ("first", "second")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [200, 409]
    final = records_client.get(f"/v1/withdrawals/{record_id}").json()
    assert final["version"] == 2 and final["notes"] in ("first", "second")


def test_timelines_bound_and_calendar(records_client: TestClient) -> None:
    timeline = records_client.get("/v1/states/LTU/timeline").json()["entries"]
    kinds = [(e["date"], e["kind"], e["treaty"]) for e in timeline]
    assert ("2024-09-06", "notification_received", "ccm") in kinds
    assert ("2025-03-06", "effective", "ccm") in kinds
    assert [e["date"] for e in timeline] == sorted(e["date"] for e in timeline)
    treaty_timeline = records_client.get("/v1/treaties/apmbc/timeline").json()["entries"]
    assert {e["state"] for e in treaty_timeline} >= {"LTU", "LVA", "EST"}

    bound = records_client.get("/v1/treaties/apmbc/bound", params={"state": "LTU", "on": "2025-12-01"}).json()
    assert bound["bound"] is True
    freed = records_client.get("/v1/treaties/apmbc/bound", params={"state": "LTU", "on": "2026-01-01"}).json()
    assert freed["bound"] is False and "2025-12-27" in freed["reason"]
    unknown = records_client.get("/v1/treaties/apmbc/bound", params={"state": "FRA", "on": "2026-01-01"}).json()
    assert unknown["bound"] is None

    feed = records_client.get("/v1/calendar.ics", params={"state": "LTU"})
    assert feed.headers["content-type"].startswith("text/calendar")
    events = [c for c in Calendar.from_ical(feed.content).walk("VEVENT")]
    assert {str(e["UID"]) for e in events} == {
        f"withdrawal-{i['id']}-effective@treatyexit"
        for i in records_client.get("/v1/withdrawals", params={"state": "LTU"}).json()["items"]
    }
    again = records_client.get("/v1/calendar.ics", params={"state": "LTU"})
    assert sorted(str(e["UID"]) for e in Calendar.from_ical(again.content).walk("VEVENT")) == sorted(
        str(e["UID"]) for e in events
    )


def test_writes_disabled_without_admin_token(records_client: TestClient) -> None:
    settings = records_client.app.state.settings  # type: ignore[attr-defined]
    records_client.app.state.settings = settings.model_copy(update={"admin_token": ""})  # type: ignore[attr-defined]
    response = records_client.post("/v1/withdrawals", json=NEW, headers=AUTH)
    assert response.status_code == 403 and "disabled" in response.json()["title"]


def test_a_revoked_withdrawal_never_takes_effect(records_client: TestClient) -> None:
    """South Africa's 2016 notice of withdrawal from the Rome Statute, revoked on 7 March 2017."""
    (zaf,) = records_client.get("/v1/withdrawals", params={"state": "ZAF", "treaty": "rome-statute"}).json()["items"]
    for day in ("2017-01-01", "2017-10-19", "2026-11-28"):
        record = records_client.get(f"/v1/withdrawals/{zaf['id']}", params={"as_of": day}).json()
        expected = "pending" if day < "2017-03-07" else "revoked"
        assert record["status"] == expected and (expected == "pending" or record["effective_date"] is None)
    bound = records_client.get("/v1/treaties/rome-statute/bound", params={"state": "ZAF", "on": "2018-01-01"}).json()
    assert bound["bound"] is not False


def test_acceptance_bound_dates(records_client: TestClient) -> None:
    on_1_december = records_client.get("/v1/treaties/apmbc/bound", params={"state": "LTU", "on": "2025-12-01"}).json()
    assert on_1_december["bound"] is True and "2025-12-27" in on_1_december["reason"]
    on_28_december = records_client.get("/v1/treaties/apmbc/bound", params={"state": "LTU", "on": "2025-12-28"}).json()
    assert on_28_december["bound"] is False


def test_every_accepted_write_is_in_the_audit_log(records_client: TestClient, records_url: str) -> None:
    from sqlmodel import Session, select

    from app.db.models import AuditEntry
    from app.db.session import get_engine

    record_id = create(records_client)["id"]
    records_client.patch(f"/v1/withdrawals/{record_id}", json={"version": 1, "notes": "checked"}, headers=AUTH)
    event = {"kind": "extended", "date": "2025-12-01", "source_url": "https://example.org/ext"}
    records_client.post(f"/v1/withdrawals/{record_id}/events", json=event, headers=AUTH)
    records_client.patch(f"/v1/withdrawals/{record_id}", json={"version": 1, "notes": "stale"}, headers=AUTH)  # 409
    records_client.post("/v1/withdrawals", json=NEW)  # 401
    with Session(get_engine(records_url)) as session:
        entries = session.exec(select(AuditEntry).where(AuditEntry.record_id == record_id)).all()
    assert [(e.action, e.actor) for e in entries] == [("create", "admin"), ("update", "admin"), ("event", "admin")]
    assert entries[1].changes == {"notes": "checked"}


# --- events on a record: extensions, revocations, armed conflicts, refused notices (a code review's edges) ---


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
