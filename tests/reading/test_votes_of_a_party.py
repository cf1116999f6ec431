"""A tally of one party's members ('58 deputies from the ruling party voted for') is that party's, not the chamber's:
the reader names the party as the claim's body (the judge holds it against the chamber's tally)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

_DAY = dt.date(2023, 10, 3)
_LEAD = "The Armenian parliament ratified the Rome Statute. "


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ('58 deputies from the ruling party "Civil Contract" voted for the ratification.', "the ruling party"),  # Babel
        ("Some 58 lawmakers of the governing faction voted in favour of the ratification.", "the governing faction"),
    ],
)
def test_a_partys_votes_name_the_party(finder: ClaimFinder, sentence: str, body: str) -> None:
    found = [f.claim for f in finder.find(_LEAD + sentence, _DAY) if f.claim.kind == "vote_tally"]
    assert [(c.value, c.body) for c in found] == [("58 for", body)], found


def test_a_chambers_votes_name_no_party(finder: ClaimFinder) -> None:
    found = [f.claim for f in finder.find(_LEAD + "60 deputies voted for the ratification.", _DAY)]
    assert [(c.value, c.body) for c in found if c.kind == "vote_tally"] == [("60 for", "deputies")], found
