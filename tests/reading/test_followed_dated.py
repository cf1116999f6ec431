"""A date told after 'X followed Y out of T' is the follower's (session 19, lead; app/reading/follows.py): the followed
States left before, undated ('true'); the gerund's reading no longer gives them the follower's day."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read


def _exits(finder: ClaimFinder, text: str, published: str) -> set[tuple[str | None, str | None, str]]:
    return {(t, s, v) for k, t, s, v in read(finder, text, published) if k == "withdrew"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Argentina followed the US out of the WHO in February.",
            {("who-constitution", "ARG", "2025-02"), ("who-constitution", "USA", "true")},
        ),
        (
            "Russia followed the US in withdrawing from the Open Skies Treaty in December 2020.",
            {("open-skies", "RUS", "2020-12"), ("open-skies", "USA", "true")},
        ),
        (
            "Estonia joined Lithuania and Latvia in quitting the Ottawa Convention on June 27.",
            {("apmbc", "EST", "2025-06-27"), ("apmbc", "LTU", "true"), ("apmbc", "LVA", "true")},
        ),
    ],
)
def test_the_date_is_the_followers(finder: ClaimFinder, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _exits(finder, sentence, "2025-07-01") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # undated, present: each an exit, undated (unchanged)
        (
            "Russia follows US in withdrawal from Open Skies Treaty",
            {("open-skies", "RUS", "true"), ("open-skies", "USA", "true")},
        ),
        # hedged: no exit for any of them (unchanged)
        ("Germany may follow France in leaving the Energy Charter Treaty in 2024.", set()),
    ],
)
def test_look_alikes(finder: ClaimFinder, sentence: str, expected: set[tuple[str, str, str]]) -> None:
    assert _exits(finder, sentence, "2025-07-01") == expected
