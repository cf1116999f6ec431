"""The states of an ordinal's parenthesis did the act before; the subject does it now: 'Ecuador became the second
country, after Bolivia, to withdraw from ICSID' is Ecuador's exit and Bolivia's earlier one (app/reading/
after_others.py). The parenthesis had taken the subject's place: Bolivia was given Ecuador's day ('Ecuador on Monday
became ...' read as Bolivia's exit on that Monday, flagged wrong) and Ecuador's claim was lost. Sentences of our own;
the dates are the depositaries' (ICSID: Bolivia's denunciation effective 3 November 2007, Ecuador's 7 January 2010;
the Rome Statute: Burundi's exit 27 October 2017, the Philippines' 17 March 2019)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

CASES = [
    ("Ecuador became the second country, after Bolivia, to withdraw from the ICSID Convention.", "2010-01-08",
     {("ECU", "true"), ("BOL", "true")}),
    ("Ecuador on Thursday became the second country, after Bolivia, to withdraw from the ICSID Convention.",
     "2010-01-08", {("ECU", "2010-01-07"), ("BOL", "true")}),
    ("The Philippines became the second state, after Burundi, to quit the ICC.", "2019-03-18",
     {("PHL", "true"), ("BDI", "true")}),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), CASES)
def test_the_subject_acts_now_and_the_parenthesis_acted_before(
    finder: ClaimFinder, sentence: str, published: str, expected: set[tuple[str, str]]
) -> None:
    found = finder.find(sentence, dt.date.fromisoformat(published))
    assert {(f.claim.state, f.claim.value) for f in found if f.claim.kind == "withdrew"} == expected


def test_a_hypothetical_subject_still_gives_the_earlier_exit(finder: ClaimFinder) -> None:
    found = finder.find(
        "Ecuador would be only the second country, after Bolivia, to withdraw from ICSID.", dt.date(2009, 7, 7)
    )
    assert [(f.claim.state, f.claim.value) for f in found if f.claim.kind == "withdrew"] == [("BOL", "true")]
