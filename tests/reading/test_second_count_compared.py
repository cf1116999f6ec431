"""A second count after 'and ratified by' with a comparator ('more than 120') is read with it."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # Meduza, 3 October 2023
            "The Rome Statute has been signed by 137 countries and ratified by more than 120.",
            [("137 signatories", "exactly"), ("120 ratifications", "more_than")],
        ),
        (
            "The Rome Statute has been signed by 137 countries and ratified by 123.",
            [("137 signatories", "exactly"), ("123 ratifications", "exactly")],
        ),
    ],
)
def test_a_second_count_with_a_comparator(finder: ClaimFinder, text: str, expected: list[tuple[str, str]]) -> None:
    found = [f.claim for f in finder.find(text, dt.date(2023, 10, 3)) if f.claim.kind == "parties_count"]
    assert [(c.value, c.comparator) for c in found] == expected, found
