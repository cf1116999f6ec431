"""A committee's tally is the committee's ('The committee, led by Akif Çağatay Kılıç, accepted the draft in a unanimous
vote', Daily Sabah, 6 October 2021): the reader names the committee as the voting body, so the judge does not answer it
with the plenary's vote of the same day (the Grand National Assembly's 353-0 on the Paris Agreement); a chamber named
keeps its own name. Pinned by the article's sentence and paraphrases of our own."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

_LEAD = "Turkey will ratify the Paris Agreement. "

CASES = [
    ("The committee, led by Akif Çağatay Kılıç, accepted the draft in a unanimous vote.", "committee"),
    ("The foreign affairs commission accepted the draft in a unanimous vote.", "commission"),
    ("The parliamentary committee approved the bill by 20 votes to 2.", "committee"),
    ("The parliament accepted the draft in a unanimous vote.", "parliament"),
]


@pytest.mark.parametrize(("sentence", "body"), CASES)
def test_the_voting_body_is_read(finder: ClaimFinder, sentence: str, body: str) -> None:
    found = [f.claim for f in finder.find(_LEAD + sentence, dt.date(2021, 10, 6)) if f.claim.kind == "vote_tally"]
    assert [(c.state, c.body) for c in found] == [("TUR", body)]
