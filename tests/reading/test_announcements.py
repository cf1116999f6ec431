"""Announcements are not exits: a government that announces or declares its withdrawal has given no notice that
a depositary received, and one that 'denounces' a court 'as' something condemns it; a headline's group of
countries that quit is the states the body names. Short texts of our own words."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "an-announced-immediate-withdrawal-is-no-notice",
        "2025-03-04",
        "On Monday the governments of Kenya and Uganda announced their immediate withdrawal from the Rome Statute.",
        [],
    ),
    (
        "a-declared-withdrawal-that-denounces-the-court-as-biased",
        "2025-03-04",
        "Kenya and Uganda declared their withdrawal from the International Criminal Court on Monday, denouncing it "
        "as a tool of foreign powers.",
        [],
    ),
    (
        "a-denunciation-in-law-is-still-read",
        "2025-03-04",
        "Kenya denounced the Rome Statute on 3 March.",
        [("notification_date", "rome-statute", "KEN", "2025-03-03")],  # a denunciation is the notice,
    ),
    (
        "a-headlines-group-is-the-states-the-body-names",
        "2025-03-04",
        "Two African states quit the court\n"
        "Kenya and Uganda said on Monday that they would leave the International Criminal Court.",
        [("withdrew", "rome-statute", "KEN", "true"), ("withdrew", "rome-statute", "UGA", "true")],
    ),
    (
        "a-headlines-number-that-does-not-match-the-body-names-no-one",
        "2025-03-04",
        "Three African states quit the court\n"
        "Kenya and Uganda said on Monday that they would leave the International Criminal Court.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_announcements(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
