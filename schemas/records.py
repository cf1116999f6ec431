"""Requests and responses of the withdrawal-record endpoints (what states did, and its status on a date)."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, HttpUrl, UrlConstraints, field_validator, model_validator
from pydantic.json_schema import SkipJsonSchema

from schemas.api import Assessment
from schemas.facts import LegalDate

RecordKind = Literal["withdrawal", "denunciation", "suspension", "ratification_revoked"]
"""``ratification_revoked`` (world/records: ``revocation_of_ratification``): a state withdraws its consent to a
treaty not in force (Russia, CTBT, 2023) - its own kind of act, not a withdrawal under the treaty's clause
(VCLT Art. 18)."""
EventKind = Literal["revoked", "extended", "armed_conflict_declared", "armed_conflict_ended"]
RecordStatus = Literal["pending", "effective", "suspended", "revoked", "contested"]
SourceUrl = Annotated[
    HttpUrl, UrlConstraints(max_length=2000), Field(json_schema_extra={"pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"})
]  # stored as text: normalising may lengthen it


class _In(BaseModel):
    model_config = ConfigDict(extra="forbid")

    @field_validator("*", mode="after")
    @classmethod
    def _no_nul(cls, value: object) -> object:
        """PostgreSQL text cannot hold NUL (U+0000): refused here on every database alike, as a 422."""
        if isinstance(value, str) and "\x00" in value:
            raise ValueError("text cannot contain the NUL character (U+0000)")
        return value


class WithdrawalCreate(_In):
    state: str = Field(pattern=r"^[A-Za-z]{3}$", description="ISO 3166-1 alpha-3", examples=["LTU"])
    treaty: str = Field(min_length=1, max_length=200, description="Treaty id or alias", examples=["apmbc"])
    kind: RecordKind = "withdrawal"
    signed_on: LegalDate | None = None
    received_on: LegalDate = Field(description="Date the depositary received the notification")
    depositary_reference: str | None = Field(None, max_length=120, examples=["C.N.305.2025.TREATIES-XXVI.5"])
    specified_date: LegalDate | None = Field(None, description="A later effective date named in the notification")
    source_url: SourceUrl
    notes: str | None = Field(None, max_length=4000)


class WithdrawalPatch(_In):
    """Fields to change; ``version`` must be the version read (optimistic locking: no lost update).
    ``kind``, ``received_on`` and ``source_url`` may be changed but not cleared."""

    version: int = Field(ge=1, le=2**31 - 1)
    kind: RecordKind | SkipJsonSchema[None] = None
    signed_on: LegalDate | None = None
    received_on: LegalDate | SkipJsonSchema[None] = None
    depositary_reference: str | None = Field(None, max_length=120)
    specified_date: LegalDate | None = None
    source_url: SourceUrl | SkipJsonSchema[None] = None
    notes: str | None = Field(None, max_length=4000)

    @model_validator(mode="after")
    def _required_stay_set(self) -> WithdrawalPatch:
        cleared = [
            f for f in ("kind", "received_on", "source_url") if f in self.model_fields_set and getattr(self, f) is None
        ]
        if cleared:
            raise ValueError(f"{', '.join(cleared)} cannot be cleared, only changed")
        return self


class EventCreate(_In):
    """``date``: when it happened; for ``extended``, the new date the withdrawal takes effect (a withdrawal
    agreement's entry into force, or the end of an extension)."""

    kind: EventKind
    date: LegalDate
    source_url: SourceUrl
    notes: str | None = Field(None, max_length=4000)


class EventPublic(BaseModel):
    id: int
    kind: str
    date: dt.date
    source_url: str
    notes: str | None


class WithdrawalPublic(BaseModel):
    id: int
    state: str
    treaty: str
    kind: str
    signed_on: dt.date | None
    received_on: dt.date
    depositary_reference: str | None
    specified_date: dt.date | None
    source_url: str
    notes: str | None
    version: int
    as_of: dt.date
    status: RecordStatus = Field(description="Computed by the engine on `as_of`; never stored.")
    effective_date: dt.date | None
    status_reason: str
    events: list[EventPublic]


class WithdrawalDetail(WithdrawalPublic):
    assessment: Assessment | None = Field(description="Null when the rules refuse the notification itself.")


class WithdrawalPage(BaseModel):
    items: list[WithdrawalPublic]
    total: int
    limit: int
    offset: int
    rules_version: str


class TimelineEntry(BaseModel):
    date: dt.date
    kind: Literal[
        "notification_received",
        "effective",
        "revoked",
        "extended",
        "armed_conflict_declared",
        "armed_conflict_ended",
    ]
    state: str
    treaty: str
    record_id: int
    computed: bool = Field(description="True for dates the engine computed, false for recorded events.")
    description: str


class Timeline(BaseModel):
    subject: str
    entries: list[TimelineEntry]
    rules_version: str


class BoundAnswer(BaseModel):
    treaty: str
    state: str
    on: dt.date
    bound: bool | None = Field(description="null when the record cannot tell (party status not recorded).")
    reason: str
    record_id: int | None = None
