"""GET /v1/coverage: every treaty and state file with its review date, what was verified and what was not."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel

from schemas.rules import Verification


class TreatyCoverage(BaseModel):
    id: str
    short_name: str
    reviewed: dt.date
    clause_verification: Verification
    provisions_verified: int
    provisions_partly_verified: int
    provisions_unverified: int
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


class Coverage(BaseModel):
    rules_version: str
    treaties: list[TreatyCoverage]
    states: list[StateCoverage]
