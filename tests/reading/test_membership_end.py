"""An exit told as a membership ending (app/reading/membership_end.py), in our own words: done in the past, or
reported in a headline's present; a membership said to end in the body's present is no deed yet."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "headline-membership-comes-to-an-end",
        "2017-10-27",
        "Burundi’s membership in the ICC comes to an end",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "membership-came-to-an-end",
        "2017-11-01",
        "The Rome Statute was adopted in 1998.\n\nBurundi's membership of the Court came to an end, its government said.",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "participation-has-ended",
        "2017-11-01",
        "The Rome Statute was adopted in 1998.\n\nBurundi's participation in the Rome Statute has ended.",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "body-present-is-no-deed",
        "2017-10-20",
        "The Rome Statute was adopted in 1998.\n\nAnalysts ask whether Burundi's membership in the ICC ends soon.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_membership_end(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
