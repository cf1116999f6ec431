"""Tables: recorded withdrawal notifications, later events on them, and an audit log of every change.

SQLModel families (FastAPI full-stack template style): ``*Base`` holds the fields a client sends, the
``table=True`` class adds what the database owns.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import JSON, Column, ForeignKey, Index, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

RECORD_KINDS = ("withdrawal", "denunciation", "suspension", "ratification_revoked")  # kind: 20 characters at most
EVENT_KINDS = ("revoked", "extended", "armed_conflict_declared", "armed_conflict_ended")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class WithdrawalRecordBase(SQLModel):
    state: str = Field(min_length=3, max_length=3, index=True, description="ISO 3166-1 alpha-3")
    treaty: str = Field(max_length=60, index=True, description="Treaty id in rules/treaties")
    kind: str = Field(default="withdrawal", max_length=20)
    signed_on: dt.date | None = Field(default=None, description="Date the notification was signed")
    received_on: dt.date = Field(description="Date the depositary received the notification")
    depositary_reference: str | None = Field(default=None, max_length=120, description="e.g. a UN C.N. number")
    specified_date: dt.date | None = Field(default=None, description="A later effective date named by the state")
    source_url: str = Field(sa_type=Text, description="As normalised; may exceed the 2,000 characters sent")
    notes: str | None = Field(default=None, max_length=4000)


class WithdrawalRecord(WithdrawalRecordBase, table=True):
    __tablename__ = "withdrawal_record"
    __table_args__ = (
        UniqueConstraint("state", "treaty", "received_on", name="uq_withdrawal_record_notification"),
        Index("ix_withdrawal_record_received_on_id", "received_on", "id"),  # the listing's keyset order
    )

    id: int | None = Field(default=None, primary_key=True)
    created_at: dt.datetime = Field(default_factory=utc_now)
    updated_at: dt.datetime = Field(default_factory=utc_now)
    version: int = Field(default=1, description="Optimistic-lock counter: a write must name the version it read")


class RecordEventBase(SQLModel):
    kind: str = Field(max_length=40, description=f"One of: {', '.join(EVENT_KINDS)}")
    date: dt.date
    source_url: str = Field(sa_type=Text)
    notes: str | None = Field(default=None, max_length=4000)


class RecordEvent(RecordEventBase, table=True):
    __tablename__ = "record_event"

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = Field(
        sa_column=Column(Integer, ForeignKey("withdrawal_record.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    created_at: dt.datetime = Field(default_factory=utc_now)


class AuditEntry(SQLModel, table=True):
    """Who changed what, when: one row per write, in the write's own transaction."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: dt.datetime = Field(default_factory=utc_now)
    actor: str = Field(max_length=120)
    action: str = Field(max_length=40)
    record_id: int | None = Field(default=None, index=True)
    changes: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class RecordStatusSpan(SQLModel, table=True):
    """A record's status over a span of ``as_of`` dates, as computed by the engine under one rules version.

    A status changes only on dates the record and the rules name (an event, the end of the period, the
    effective date), so each record has a handful of spans; listings read the span holding ``as_of`` from
    here instead of running the engine per row. Derived data, never edited: recomputed when the record or
    its events change, and for each rules version that reads it (``rules_version`` keeps versions apart, so
    replicas of two versions can share the database during a rolling deploy).
    """

    __tablename__ = "record_status_span"
    __table_args__ = (UniqueConstraint("record_id", "rules_version", "seq", name="uq_record_status_span"),)

    id: int | None = Field(default=None, primary_key=True)
    record_id: int = Field(
        sa_column=Column(Integer, ForeignKey("withdrawal_record.id", ondelete="CASCADE"), nullable=False, index=True)
    )
    rules_version: str = Field(max_length=64, index=True)
    seq: int = Field(description="Order of the span within the record's spans")
    valid_from: dt.date | None = Field(default=None, description="First as_of of the span; null: from the start")
    valid_to: dt.date | None = Field(default=None, description="First as_of after the span; null: open-ended")
    status: str = Field(max_length=20, index=True)
    effective_date: dt.date | None = Field(default=None, index=True)
    reason: str = Field(sa_type=Text)


class IdempotentWrite(SQLModel, table=True):
    """The answer to a record write sent with an ``Idempotency-Key``, stored in the write's own transaction:
    a repeat of the key gets the same answer instead of a second write (or a 409 for its own write)."""

    __tablename__ = "idempotent_write"

    key: str = Field(primary_key=True, max_length=200)
    actor: str = Field(primary_key=True, max_length=120)
    fingerprint: str = Field(max_length=64, description="SHA-256 of method, path and body")
    status_code: int
    location: str | None = Field(default=None, sa_type=Text)
    body: str = Field(sa_type=Text)
    created_at: dt.datetime = Field(default_factory=utc_now, index=True)
