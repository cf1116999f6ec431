"""Tables: recorded withdrawal notifications (SQLModel families: Base / Create / table / Public)."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from sqlalchemy import UniqueConstraint
from sqlmodel import Field, SQLModel

RecordKind = Literal["withdrawal", "denunciation", "suspension"]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class WithdrawalRecordBase(SQLModel):
    state: str = Field(min_length=3, max_length=3, index=True, description="ISO 3166-1 alpha-3")
    treaty: str = Field(max_length=60, index=True, description="Treaty id in rules/treaties")
    kind: str = Field(default="withdrawal", max_length=20)
    signed_on: dt.date | None = Field(default=None, description="Date the notification was signed")
    received_on: dt.date = Field(description="Date the depositary received the notification")
    depositary_reference: str | None = Field(default=None, max_length=120, description="e.g. a UN C.N. number")
    specified_date: dt.date | None = Field(default=None, description="A later effective date named by the state")
    source_url: str = Field(max_length=2000)
    notes: str | None = Field(default=None, max_length=4000)


class WithdrawalRecord(WithdrawalRecordBase, table=True):
    __tablename__ = "withdrawal_record"
    __table_args__ = (UniqueConstraint("state", "treaty", "received_on", name="uq_withdrawal_record_notification"),)

    id: int | None = Field(default=None, primary_key=True)
    created_at: dt.datetime = Field(default_factory=_now)
    updated_at: dt.datetime = Field(default_factory=_now)
    version: int = Field(default=1, description="Optimistic-lock counter: a write must name the version it read")
