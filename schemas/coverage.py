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
    world: WorldCoverage | None = Field(None, description="How complete the party list and the records are.")


class WorldCoverage(BaseModel):
    """How complete the world files are for one treaty: its party list and its records of what states did."""

    party_list: bool = Field(description="Whether world/parties holds a list for the treaty.")
    parties_listed: int
    party_list_as_of: dt.date | None
    party_list_complete: bool = Field(description="True only when the list names every party on its `as_of`.")
    party_list_source: str | None
    records: int = Field(description="Acts recorded in world/records (withdrawals, denunciations, revocations...).")
    records_with_depositary_reference: int
    records_with_domestic_steps: int
    records_complete_since: dt.date | None = Field(
        description="Every act since this date is recorded (null: unproven)."
    )
    note: str | None = None


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
