"""Newsroom checks: structured claims in, verdicts with the rule or record behind them out."""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from schemas.api import Citation
from schemas.facts import LegalDate

ClaimKind = Literal[
    "effective_date", "notice_period", "required_vote", "entry_into_force", "joined", "parties_count", "bound_on",
    "notification_date", "withdrew", "vote_tally", "signed", "ratified", "acceded", "rule",
]  # fmt: skip
Verdict = Literal["consistent", "inconsistent", "partly_consistent", "unverifiable"]
Comparator = Literal["exactly", "more_than", "at_least", "fewer_than", "at_most", "about"]

MAX_CLAIMS = 1_000
MAX_TEXT_BYTES = 100_000


class Claim(BaseModel):
    """One checkable statement. ``value`` is the claim as precise as it was made: a date (`2025-03-06`), a
    month (`2025-03` or `March` with `as_of`), a year (`2025`), an interval (`2025-09-01/2025-11-30`,
    `autumn 2024`, `early 2026`, `before 1950`), a day with a time on the withdrawing state's clock
    (`2019-03-29T23:00`), a period (`P6M`, `six months`), a vote (`86`, `86/141`, `3/5`, `majority`), a tally
    (`142-21`, `98-2-4`: for, against, abstained; `103 of 141`), a count (`160` with a comparator, `164 in
    1999` for a count on a past date), `true`/`false` (bound_on; withdrew without a date; joined, signed,
    ratified), `not in force` (entry_into_force), or for `rule` a period and what it runs from (`P6M after
    parliament's decision`, `P1Y from receipt by the Secretary-General`, `exactly two years after
    notification`, `three years from ratification`). Claims are judged as of ``as_of``."""

    model_config = ConfigDict(extra="forbid")

    id: str | None = Field(None, max_length=100, description="Your reference, echoed back")
    kind: ClaimKind
    treaty: str | None = Field(None, max_length=200, examples=["Oslo Convention"])
    state: str | None = Field(None, max_length=60, examples=["LTU"])
    value: str = Field(min_length=1, max_length=200, examples=["March"])
    comparator: Comparator = "exactly"
    body: str | None = Field(None, max_length=100, description="For required_vote: the body, e.g. 'Seimas'")
    on: LegalDate | None = Field(None, description="For bound_on: the date")
    as_of: LegalDate | None = Field(None, description="Publication date; resolves 'in March' and 'next month'")
    tense: Literal["past", "future", "present"] | None = Field(
        None, description="Whether the claim speaks of the past or the future; resolves a month without a year"
    )


class ChecksRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    claims: list[Claim] = Field(min_length=1, max_length=MAX_CLAIMS)
    as_of: LegalDate | None = Field(None, description="Default publication date for claims without one")


class Evidence(BaseModel):
    kind: Literal["rule", "record", "assessment"]
    description: str
    citation: Citation | None = None
    url: str | None = None


class CheckResult(BaseModel):
    id: str | None
    claim: Claim
    verdict: Verdict
    correct_value: str | None = Field(description="What the rulebook or record holds, as precise as it knows")
    explanation: str = Field(description="One sentence a journalist can paste")
    evidence: list[Evidence]
    trace: list[str] = Field(default=[], description="The rules and records consulted, in order")
    caveats: list[str] = Field(
        default=[],
        description="Facts the verdict rests on that the records hold with a doubt (inferred, not read, computed, "
        "sources disagree): one sentence each, naming the fact and why it is uncertain; empty when none",
    )


class ChecksResponse(BaseModel):
    results: list[CheckResult]
    rules_version: str


class TextCheckRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str = Field(min_length=1, description="Article text, plain, up to 100 KB")
    published: LegalDate = Field(description="Publication date: 'in March' and 'last week' are read from it")


class FoundClaim(BaseModel):
    start: int = Field(description="Character offset of the claim's sentence in the text")
    end: int
    quote: str
    claim: Claim
    result: CheckResult


class TextCheckResponse(BaseModel):
    published: dt.date
    claims: list[FoundClaim]
    rules_version: str
