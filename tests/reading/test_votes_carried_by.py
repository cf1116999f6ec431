"""Tallies told by the votes that carried a text (issue 14: 'vote tallies in any common form'): 'backed leaving the
Ottawa Convention by 107 votes, with none against and three abstentions', 'by 107 votes to none', 'approved ... by 107
votes, with three abstentions' (the Seimas, 8 May 2025: 107 for, none against, three abstentions; world/records/
apmbc.yaml). 'by N votes' is the side for only after a verb of adopting; a text defeated by N votes tells no side for.
Sentences of our own, verdicts from the recorded vote."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.services.assessment import AssessmentService
from app.services.checks import CheckService

_DAY = dt.date(2025, 5, 9)

READ = [
    ("The Seimas backed leaving the Ottawa Convention by 107 votes, with none against and three abstentions.", "107-0-3"),
    ("The Seimas backed leaving the Ottawa Convention by 107 votes to none, with three abstentions.", "107-0-3"),
    ("Lithuania's Seimas approved the withdrawal from the Ottawa Convention by 107 votes to none.", "107-0"),
    ("The Seimas approved leaving the Ottawa Convention by 107 votes, with three abstentions.", "107 for"),
]  # fmt: skip

NOTHING = [
    "A motion to stay in the Ottawa Convention was defeated in the Seimas by 107 votes, with none against.",
    "The Seimas debated leaving the Ottawa Convention for 107 minutes, with three speakers against.",
]


@pytest.mark.parametrize(("sentence", "value"), READ)
def test_votes_that_carried_the_text_are_the_side_for(
    finder: ClaimFinder, checks: CheckService, sentence: str, value: str
) -> None:
    found = [f.claim for f in finder.find(sentence, _DAY) if f.claim.kind == "vote_tally"]
    assert [(c.treaty, c.state, c.value) for c in found] == [("apmbc", "LTU", value)]
    assert checks.check(found[0], _DAY).verdict == "consistent"


@pytest.mark.parametrize("sentence", NOTHING)
def test_no_side_for_without_a_verb_of_adopting(finder: ClaimFinder, sentence: str) -> None:
    assert not [f for f in finder.find(sentence, _DAY) if f.claim.kind == "vote_tally"]


@pytest.fixture(scope="module")
def checks(finder: ClaimFinder) -> CheckService:
    return CheckService(AssessmentService(finder.rulebook))
