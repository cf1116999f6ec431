"""GET /v1/coverage: every treaty and state file with its review date, what was verified and what was not."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from schemas.rules import Tier, Verification


class TreatyCoverage(BaseModel):
    id: str
    short_name: str
    tier: Tier = Field(description="`reviewed` by a person, or `drafted` by the clause reader and not yet reviewed.")
    clause: str | None = Field(description="The article that governs withdrawal; null when the treaty has none.")
    nature: str = Field(description="`treaty`, `political_commitment` or `disputed`.")
    reviewed: dt.date | None = Field(description="When the clause was last reviewed; null for a draft.")
    drafted: dt.date | None = Field(description="When the clause reader drafted it, if it did.")
    provisions_needing_review: int = Field(description="Words of the clause the reader could not encode.")
    clause_verification: Verification
    provisions_verified: int
    provisions_partly_verified: int
    provisions_unverified: int
    provisions_drafted: int = Field(description="Provisions drafted by the clause reader and not yet reviewed.")
    not_verified: list[str]
    examples: int
    examples_passing: int
    depositary: str | None
    depositary_verification: Verification | None


class StateCoverage(BaseModel):
    iso3: str
    name: str
    reviewed: dt.date
    confidence: str
    confidence_note: str
    steps: int
    steps_verified: int
    open_questions: list[str]


class ExampleProblem(BaseModel):
    treaty: str
    state: str
    received: dt.date | None
    expected: str
    computed: str


class Tiers(BaseModel):
    treaties: int
    reviewed: int
    drafted: int


class Coverage(BaseModel):
    rules_version: str
    counts: Tiers
    treaties: list[TreatyCoverage]
    states: list[StateCoverage]
