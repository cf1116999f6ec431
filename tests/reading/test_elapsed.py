"""A day told by the years since a treaty entered into force (app/reading/elapsed.py), in sentences of our own."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read


def test_the_day_is_years_after_the_entry_into_force(finder: ClaimFinder) -> None:
    text = "On Friday, five years after the Ottawa Convention entered into force, Canada hosted a review."
    assert ("entry_into_force", "apmbc", None, "1999") in read(finder, text, "2004-03-05")


def test_an_entry_into_force_with_its_own_date_is_kept(finder: ClaimFinder) -> None:
    text = "The Ottawa Convention entered into force on 1 March 1999."
    assert read(finder, text, "2004-03-05") == [("entry_into_force", "apmbc", None, "1999-03-01")]
