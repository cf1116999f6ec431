"""A count stated 'as of' a day is the count on that day, not on the report's (the judge counts it then)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

CASES: list[tuple[str, str, str, list[str]]] = [
    (
        "as-of-a-day",  # ABC Live, 20 September 2016
        "2016-09-20",
        "As of 15 September 2016, there are 180 signatories to the Paris Agreement.",
        ["180 signatories (on 2016-09-15)"],
    ),
    (
        "as-of-a-day-paraphrase",
        "2016-09-30",
        "As of September 21, 2016, the Paris Agreement had 60 ratifications.",
        ["60 ratifications (on 2016-09-21)"],
    ),
    (
        "as-of-a-year-is-no-day",
        "2016-09-20",
        "As of 2016, there are 180 signatories to the Paris Agreement.",
        ["180 signatories"],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_count_as_of(finder: ClaimFinder, name: str, published: str, text: str, expected: list[str]) -> None:
    found = finder.find(text, dt.date.fromisoformat(published))
    assert [f.claim.value for f in found if f.claim.kind == "parties_count"] == expected, name
