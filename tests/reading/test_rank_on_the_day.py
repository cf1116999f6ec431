"""A rank told in the present, 'Syria is the 190th country to join the convention' (The Hindu, 14 October 2013, the
day the CWC entered into force for Syria): the parties on the report's day, as 'became the 190th country to join'.
Not a rank hoped for ('is expected to be') nor one of a past day not told ('was the 190th')."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria is the 190th country to join the Chemical Weapons Convention.", [("parties_count", "cwc", "190")]),
        ("Syria became the 190th country to join the Chemical Weapons Convention.", [("parties_count", "cwc", "190")]),
        ("Syria is expected to be the 190th country to join the Chemical Weapons Convention.", []),
        ("Syria was the 190th country to join the Chemical Weapons Convention.", []),
    ],
)
def test_a_rank_on_the_report_s_day(finder: ClaimFinder, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = finder.find(text, dt.date(2013, 10, 14))
    assert [(f.claim.kind, f.claim.treaty, f.claim.value) for f in found if f.claim.kind == "parties_count"] == expected
