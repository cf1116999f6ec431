"""'As of <day and month>, X is no longer a member of Y': the day nearest the report (app/reading/status_day.py),
the exit's day when it is ahead, an exit done when it is past; each in a short text of our own words."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "a-day-two-days-ahead-is-the-exits-day",  # not the 17 March of the year before
        "2019-03-15",
        "As of 17 March, Chile is no longer a member of the International Criminal Court.",
        [("effective_date", "rome-statute", "CHL", "2019-03-17")],
    ),
    (
        "the-day-before-the-report-is-an-exit-done",
        "2025-12-28",
        "As of December 27, Latvia is no longer a party to the Ottawa Convention.",
        [("withdrew", "apmbc", "LVA", "2025-12-27")],
    ),
    (
        "a-day-with-its-year-ahead-is-the-exits-day",
        "2019-03-15",
        "As of 17 March 2019, Chile is no longer a member of the International Criminal Court.",
        [("effective_date", "rome-statute", "CHL", "2019-03-17")],
    ),
    (
        "the-reports-own-day-is-the-exits-day",  # a status from the day of the report: it takes effect that day
        "2019-03-17",
        "This means that today, 17 March, Chile is no longer a State party to the International Criminal Court.",
        [("effective_date", "rome-statute", "CHL", "2019-03-17")],
    ),
    (
        "today-alone-is-the-exits-day",
        "2019-03-17",
        "Chile is no longer a party to the Rome Statute as of today.",
        [("effective_date", "rome-statute", "CHL", "2019-03-17")],
    ),
    (
        "no-day-is-an-exit-done-by-the-report",
        "2019-03-18",
        "Chile is no longer a member of the International Criminal Court.",
        [("withdrew", "rome-statute", "CHL", "true")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_status_day(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
