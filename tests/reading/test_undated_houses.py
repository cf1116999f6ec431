"""A State's house as an undated consent's subject, and a time adverb before a relative clause's date (session 19,
lead), each pinned with the corpus sentence, paraphrases and look-alikes that must not read:

- 'The Verkhovna Rada ratified the Istanbul Convention, which Ukraine signed back in 2011' (Galinfo's headline, 20 June
  2022), 'Ukraine's parliament has ratified the convention', 'The Ukrainian parliament ratified it': the house's
  approval, undated ('true', the ``body`` named), judged by the report's day (app/reading/ratification.py
  `_the_states_house`, `_a_house_alone`); not a house's organ ('the parliament's committee') or member ('parliament
  speaker'), a verb between ('failed to ratify'), the European Parliament (no State's house) or a paper ratified;
- 'which Ukraine signed back in 2011', 'which it first signed in 1996': a time adverb between the verb and its date
  leaves the verb without an object, so the relative's antecedent is the treaty (treaty_refs._bare).
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from tests.reading.conftest import read


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The Verkhovna Rada ratified the Istanbul Convention, which Ukraine signed back in 2011", "Rada"),
        ("The Verkhovna Rada has ratified the Istanbul Convention.", "Rada"),
        ("Ukraine's parliament ratified the Istanbul Convention.", "parliament"),
        ("The Ukrainian parliament has ratified the Istanbul Convention.", "parliament"),
    ],
)
def test_a_house_ratifies_undated(finder: ClaimFinder, sentence: str, body: str) -> None:
    found = finder.find(sentence, dt.date(2022, 6, 21))
    ratified = [f.claim for f in found if f.claim.kind == "ratified"]
    assert [(c.treaty, c.state, c.value) for c in ratified] == [("istanbul-convention", "UKR", "true")]
    assert ratified[0].body == body


@pytest.mark.parametrize(
    "sentence",
    [
        "The parliament's committee ratified the Istanbul Convention.",
        "Ukraine's parliament speaker ratified the Istanbul Convention.",
        "Ukraine's parliament failed to ratify the Istanbul Convention.",
        "The European Parliament ratified the Paris Agreement.",
        "The Verkhovna Rada ratified the decree on the Istanbul Convention.",
    ],
)
def test_no_house_consent_in_look_alikes(finder: ClaimFinder, sentence: str) -> None:
    assert not [c for c in read(finder, sentence, "2022-06-21") if c[0] == "ratified" and c[3] == "true"]


def test_a_state_house_undated_is_judged_by_the_report_day(finder: ClaimFinder) -> None:
    """The Rada approved the ratification on 20 June 2022 (world/parties/istanbul-convention.yaml): 'true' on the
    21st, not yet on the 19th."""
    checks = CheckService(AssessmentService(finder.rulebook))
    sentence = "Ukraine's parliament ratified the Istanbul Convention."
    for day, verdict in (("2022-06-21", "consistent"), ("2022-06-19", "inconsistent")):
        published = dt.date.fromisoformat(day)
        (found,) = [f for f in finder.find(sentence, published) if f.claim.kind == "ratified"]
        assert checks.check(found.claim, published).verdict == verdict


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Verkhovna Rada ratified the Istanbul Convention, which Ukraine signed back in 2011", ("UKR", "2011")),
        ("Poland ratified the Istanbul Convention, which it signed back in 2012.", ("POL", "2012")),
        ("Russia, which first signed in 1996, ratified the CTBT in 2000.", ("RUS", "1996")),
    ],
)
def test_a_time_adverb_before_the_relatives_date(finder: ClaimFinder, sentence: str, expected: tuple[str, str]) -> None:
    assert expected in {(c[2], c[3]) for c in read(finder, sentence, "2022-06-21") if c[0] == "signed"}
