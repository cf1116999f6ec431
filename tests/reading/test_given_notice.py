"""A notice named before the clause that says it was given (app/reading/given_notice.py), in sentences of our own."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read

BY_THEN = ("notification_date", "who-constitution", "USA", "0001-01-01/2025-02-10")


def test_a_notice_which_a_state_already_gave(finder: ClaimFinder) -> None:
    text = "Leaving the WHO takes a year's notice, which the United States has already given."
    assert BY_THEN in read(finder, text, "2025-02-10")


def test_a_notice_a_state_may_give_is_no_notice(finder: ClaimFinder) -> None:
    text = "Leaving the WHO takes a year's notice, which the United States may give at any time."
    assert BY_THEN not in read(finder, text, "2025-02-10")
