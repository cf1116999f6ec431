"""Listings read each record's status from its stored status spans: the same answer as the engine gives for
the record on that day, without running the engine per row (issue 16: a page of 10,000 records is cheap)."""

from __future__ import annotations

import datetime as dt

from fastapi.testclient import TestClient
from sqlmodel import Session, select

from app.db.models import WithdrawalRecord
from app.db.session import get_engine
from app.services.records import RecordService
from tests.records.conftest import AUTH


def test_a_span_gives_the_status_the_engine_gives_on_every_day_it_depends_on(records_client: TestClient) -> None:
    records: RecordService = records_client.app.state.records  # type: ignore[attr-defined]
    url = records_client.app.state.settings.database_url  # type: ignore[attr-defined]
    event = {"kind": "armed_conflict_declared", "date": "2026-01-05", "source_url": "https://example.org/war"}
    created = records_client.post(
        "/v1/withdrawals",
        json={"state": "NOR", "treaty": "apmbc", "received_on": "2025-07-10", "source_url": "https://example.org/f"},
        headers=AUTH,
    ).json()
    assert records_client.post(f"/v1/withdrawals/{created['id']}/events", json=event, headers=AUTH).status_code == 201
    ended = {"kind": "armed_conflict_ended", "date": "2026-09-01", "source_url": "https://example.org/peace"}
    assert records_client.post(f"/v1/withdrawals/{created['id']}/events", json=ended, headers=AUTH).status_code == 201
    with Session(get_engine(url)) as session:
        records.ensure_spans(session)
        compared = 0
        for record in session.exec(select(WithdrawalRecord)).all():
            events = records.events(session, record)
            days = {record.received_on, dt.date(1990, 1, 1), dt.date(2199, 12, 31), dt.date(2026, 11, 28)}
            for span in records.spans(record, events):
                for edge in (span.valid_from, span.valid_to):
                    if edge is not None:
                        days |= {edge - dt.timedelta(days=1), edge, edge + dt.timedelta(days=1)}
            for day in sorted(d for d in days if dt.date(1900, 1, 1) <= d <= dt.date(2199, 12, 31)):
                direct = records.status(record, events, day)
                listed = [i for i in records.search(session, as_of=day, treaty=record.treaty) if i.id == record.id]
                assert len(listed) == 1, (record.id, day)
                assert (listed[0].status, listed[0].effective_date, listed[0].status_reason) == (
                    direct.status, direct.effective_date, direct.reason,
                ), (record.state, record.treaty, day)  # fmt: skip
                compared += 1
    assert compared > 100


def test_listing_a_page_runs_the_engine_for_no_row(records_client: TestClient) -> None:
    records: RecordService = records_client.app.state.records  # type: ignore[attr-defined]
    assert records_client.get("/v1/withdrawals?limit=1").status_code == 200  # computes missing spans, once
    before = records.engine_runs
    for query in ("limit=1", "limit=50&status=effective", "effective_from=2020-01-01&limit=5", "as_of=2010-01-01"):
        page = records_client.get(f"/v1/withdrawals?{query}")
        assert page.status_code == 200, page.text
    assert records_client.get("/v1/calendar.ics").status_code == 200
    assert records_client.get("/treaties/apmbc").status_code == 200
    assert records.engine_runs == before


def test_pages_are_counted_and_filtered_in_the_database(records_client: TestClient) -> None:
    everything = records_client.get("/v1/withdrawals?limit=500").json()
    first = records_client.get("/v1/withdrawals?limit=2&offset=1").json()
    assert first["total"] == everything["total"] and len(first["items"]) == 2
    assert [i["id"] for i in first["items"]] == [i["id"] for i in everything["items"][1:3]]
    effective = records_client.get("/v1/withdrawals?status=effective&limit=500").json()
    assert effective["total"] == sum(1 for i in everything["items"] if i["status"] == "effective")


def test_the_page_size_has_a_maximum(records_client: TestClient) -> None:
    response = records_client.get("/v1/withdrawals?limit=501")
    assert response.status_code == 422
    assert response.json()["errors"][0]["pointer"] == "/limit"
