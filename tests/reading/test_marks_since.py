"""A notice dated by the time a day marks since it: 'December 27 marks exactly six months since Lithuania officially
notified the UN Secretary-General of its withdrawal' (Ukrinform, 27 December 2025: the notice of 27 June 2025), 'It
has been a year since ...'. The day named (else the report's) less the period, as 'six months have passed since'."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder


@pytest.mark.parametrize(
    ("text", "published", "notice"),
    [
        (
            "It is noted that December 27 marks exactly six months since Lithuania officially notified the UN "
            "Secretary-General of its withdrawal from the Ottawa Convention.",
            "2025-12-27",
            "2025-06-27",
        ),
        (
            "It has been six months since Lithuania notified the UN of its withdrawal from the Ottawa Convention.",
            "2025-12-27",
            "2025-06-27",
        ),
        (
            "Today marks one year since Hungary notified the UN Secretary-General of its withdrawal from the Rome "
            "Statute.",
            "2026-06-02",
            "2025-06-02",
        ),
    ],
)
def test_a_day_marks_the_time_since_a_notice(finder: ClaimFinder, text: str, published: str, notice: str) -> None:
    found = finder.find(text, dt.date.fromisoformat(published))
    assert [f.claim.value for f in found if f.claim.kind == "notification_date"] == [notice]


def test_the_time_since_another_event_dates_no_notice(finder: ClaimFinder) -> None:
    """'marks six months since the war began': no notice is dated by it."""
    text = "Saturday marks six months since the war began, and Lithuania notified the UN of its exit from the Ottawa Convention."
    found = finder.find(text, dt.date(2025, 12, 27))
    assert [f.claim.value for f in found if f.claim.kind == "notification_date"] != ["2025-06-27"]
