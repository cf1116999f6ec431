"""A parliament's vote for the consent is its approval of the ratification (issue 14: 'ratified' kept apart from
'became a party'; the corpus labels such a vote `ratified` with its `body`): 'Armenia's parliament voted on Tuesday to
ratify the Rome Statute' (3 October 2023: the National Assembly's vote, 60-22; the instrument was deposited on 14
November 2023, rules/treaties/rome-statute.yaml), with the house found before the vote the verb completes; undated in the
perfect or the present, the day's news ('The Armenian parliament has voted in favor of ratifying the Rome Statute',
Meduza, 3 October 2023). A vote told in another year is judged on that year."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.services.assessment import AssessmentService
from app.services.checks import CheckService

_DAY = dt.date(2023, 10, 4)
_BY_THE_DAY = f"{dt.date.min}/{_DAY}"

CASES = [
    ("Armenia's parliament voted on Tuesday to ratify the Rome Statute.", "2023-10-03", "consistent"),
    ("The Armenian parliament voted in favor of ratifying the Rome Statute on Tuesday.", "2023-10-03", "consistent"),
    ("The Armenian parliament has voted in favor of ratifying the Rome Statute, which is the treaty that established "
     "the ICC.", _BY_THE_DAY, "consistent"),
    ("Armenia's parliament has voted to ratify the Rome Statute.", _BY_THE_DAY, "consistent"),
    ("Armenia's parliament votes to ratify the Rome Statute.", _BY_THE_DAY, "consistent"),
    ("Armenia's parliament voted in favour of ratifying the Rome Statute in 2022.", "2022", "inconsistent"),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "value", "verdict"), CASES)
def test_a_parliaments_vote_to_ratify_is_its_approval(
    finder: ClaimFinder, sentence: str, value: str, verdict: str
) -> None:
    found = [f.claim for f in finder.find(sentence, _DAY) if f.claim.kind == "ratified"]
    assert [(c.treaty, c.state, c.value) for c in found] == [("rome-statute", "ARM", value)]
    assert found[0].body is not None
    checks = CheckService(AssessmentService(finder.rulebook))
    assert checks.check(found[0], _DAY).verdict == verdict


def test_a_vote_in_the_past_with_no_day_is_not_the_reports_day(finder: ClaimFinder) -> None:
    """'voted in favour of ratifying' with no day and no perfect: not dated by the report."""
    found = finder.find("Armenia's parliament voted in favour of ratifying the Rome Statute.", _DAY)
    assert [f.claim.value for f in found if f.claim.kind == "ratified"] != [_BY_THE_DAY]
