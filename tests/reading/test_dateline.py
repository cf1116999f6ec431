"""Dates a report gives that are not what they seem. A past-tense day on the morrow of the report: the report's
dateline behind the event's ('“ICC Rome statute officially entered into force for Armenia on 1 February,”', Kyiv
Independent, dated 31 January 2024, a time zone behind The Hague). One day of grace, for a day only: two days on, or
a month, is still last year's."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.reading.when import resolve


@pytest.mark.parametrize(
    ("words", "published", "start", "end"),
    [
        ("on 1 February", "2024-01-31", "2024-02-01", "2024-02-01"),  # the morrow: this year's
        ("on 1 February", "2024-01-30", "2023-02-01", "2023-02-01"),  # two days on: last year's
        ("on 31 January", "2024-01-31", "2024-01-31", "2024-01-31"),  # the day itself
        ("in February", "2024-01-31", "2023-02-01", "2023-02-28"),  # a month is not a dateline's slip
        ("on January 1", "2025-12-31", "2026-01-01", "2026-01-01"),  # across the new year
    ],
)
def test_a_past_day_on_the_morrow(words: str, published: str, start: str, end: str) -> None:
    when = resolve(words.split(), dt.date.fromisoformat(published), "past")
    assert when is not None
    assert (when.start.isoformat(), when.end.isoformat()) == (start, end)


_RECEIVED = (
    "UNESCO deeply regrets Israel's withdrawal. Azoulay said she had received official notice from the Government of "
    "Israel on the country's withdrawal from the agency effective from Dec. 31, 2018, a decision which was announced "
    "on Oct. 12, 2017."
)


@pytest.mark.parametrize(
    ("text", "notice"),
    [
        (_RECEIVED, "0001-01-01/2017-12-30"),  # a passive report tells of the decision, not of the notice
        (  # an active report gives the day the notice was reported: the week up to it
            "Finland has notified the United Nations it is leaving the Ottawa Convention, its foreign ministry said "
            "late on Thursday.",
            "2017-12-22/2017-12-28",
        ),
    ],
)
def test_a_passive_report_does_not_date_a_notice(finder: ClaimFinder, text: str, notice: str) -> None:
    """The Whistler, 30 December 2017: 'had received official notice ..., a decision which was announced on Oct. 12,
    2017' (the notice was received on 29 December; the announcement's day is not the notice's)."""
    found = finder.find(text, dt.date(2017, 12, 30))
    assert [f.claim.value for f in found if f.claim.kind == "notification_date"] == [notice]


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # News Americas, 11 September 2012: Venezuela's notice was received on the 10th
            "News Americas, WASHINGTON, D.C., Tues. Sept. 11, 2012: The government of the Bolivarian Republic of "
            "Venezuela has denounced the American Convention on Human Rights.",
            "2012-09-11",
            [("notification_date", "VEN", "0001-01-01/2012-09-11")],
        ),
        (  # TNS, 23 November 2020: the US exit took effect on the 22nd
            "United States: Nov 23, 2020 (TNS): The United States has formally withdrawn from the Treaty on Open Skies.",
            "2020-11-23",
            [("withdrew", "USA", "true")],
        ),
        (  # a timeline's entry: the day is the event's
            "March 6, 2025: Lithuania's withdrawal from the Convention on Cluster Munitions takes effect.",
            "2025-03-10",
            [("effective_date", "LTU", "2025-03-06")],
        ),
        (  # a place in title case without an agency: the event's day
            "Lithuania, March 6, 2025: Lithuania's withdrawal from the Convention on Cluster Munitions took effect.",
            "2025-03-10",
            [("effective_date", "LTU", "2025-03-06")],
        ),
    ],
)
def test_a_dateline_closed_by_a_colon(
    finder: ClaimFinder, text: str, published: str, expected: list[tuple[str, str, str]]
) -> None:
    """A paragraph headed by where and when a report was filed ('News Americas, WASHINGTON, D.C., Tues. Sept. 11,
    2012:', 'United States: Nov 23, 2020 (TNS):'): the day is the dispatch's, not the deed's."""
    found = finder.find(text, dt.date.fromisoformat(published))
    assert [(f.claim.kind, f.claim.state, f.claim.value) for f in found] == expected
