"""A treaty whose own term ends is no State's exit and no entry into force (New START Art. XIV(2): ten years,
extended once to 5 February 2026), also when an apposition stands between the treaty and 'expire' (end-of-session-14
precision read: 'New START, the last remaining arms control treaty between ..., is set to expire on February 5')."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

DAY = dt.date(2025, 12, 10)


@pytest.mark.parametrize(
    "sentence",
    [
        "New START, the last remaining arms control treaty between the United States and Russia, is set to expire on "
        "February 5.",
        "New START, the last remaining arms control treaty between the United States and Russia, expires on February 5.",
        "New START, a 2010 accord capping deployed warheads, was due to expire on February 5, 2026.",
    ],
)
def test_a_treaty_expiring_after_an_apposition_claims_nothing(finder: ClaimFinder, sentence: str) -> None:
    assert finder.find(sentence, DAY) == []


def test_an_expiry_for_a_state_after_an_apposition_is_still_its_exit(finder: ClaimFinder) -> None:
    found = finder.find(
        "The Istanbul Convention, the landmark treaty on violence against women, will expire on July 1, 2021 for "
        "Turkey.",
        dt.date(2021, 4, 10),
    )
    assert [(f.claim.kind, f.claim.state, f.claim.value) for f in found] == [("effective_date", "TUR", "2021-07-01")]
