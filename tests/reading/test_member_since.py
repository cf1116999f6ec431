"""A membership dated by 'since': the organisation named (not only a treaty: 'a member of the Council of Europe since
1996'), the day when one is named ('since February 28, 1996', BEARR Trust, 2023), and 'since its inception in 1985'
when the name says whose inception it is (TVNZ, 2012, on UNIDO)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Russia has been a member of the Council of Europe since February 28, 1996.",
            [("joined", "coe-statute", "RUS", "1996-02-28")],
        ),
        ("Hungary has been a member of the Council of Europe since 1990.", [("joined", "coe-statute", "HUN", "1990")]),
        (
            "Hungary has been a party to the Rome Statute since 1 July 2002.",
            [("joined", "rome-statute", "HUN", "2002-07-01")],
        ),
        (
            "New Zealand's been a member of the Unido since its inception in 1985.",
            [("joined", "constitution-united-nations-industrial-development", "NZL", "1985")],
        ),
        # look-alikes: whose inception the sentence does not say; an end, not a beginning
        ("The UK has been a member of the Council since its inception in 1949.", []),
        ("Russia has not been a member of the Council of Europe since March 16, 2022.", []),
    ],
)
def test_a_membership_since(finder: ClaimFinder, text: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = finder.find(text, dt.date(2023, 2, 16))
    assert [
        (f.claim.kind, f.claim.treaty, f.claim.state, f.claim.value) for f in found if f.claim.kind == "joined"
    ] == (expected)
