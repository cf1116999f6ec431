"""Parliaments named at length as the subject of a consent, and a withdrawal a parliament approves.

'The National Assembly of the Republic of Armenia ratified the Rome Statute' (ArmInfo, 2 December 2024), 'Myanmar's
parliament, the Assembly of the Union, ratified the Convention' (OPCW, 9 July 2015), 'The legislature of the Southeast
Asian nation ratified the accord in December' (NTI, 6 February 2012): the body is the parliament, so the judge reads
its approval, not the deposit. 'Denmark's parliament approved the Energy Charter Treaty withdrawal on Tuesday': the
day is the approval's, a domestic decision, neither a ratification nor an exit.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from schemas.checks import TextCheckRequest


@pytest.mark.parametrize(
    ("published", "text", "body"),
    [
        (
            "2024-12-02",
            "The National Assembly of the Republic of Armenia ratified the Rome Statute of the International Criminal "
            "Court on October 3, 2023.",
            "National Assembly",
        ),
        (
            "2015-07-09",
            "In January this year, Myanmar's parliament, the Assembly of the Union, ratified the Chemical Weapons "
            "Convention.",
            "parliament",
        ),
        (
            "2021-10-07",
            "The Grand National Assembly of Turkey ratified the Paris Agreement on Wednesday.",
            "National Assembly",
        ),
        ("2016-11-15", "Israel's Knesset ratified the Paris Agreement last week.", "Knesset"),
        # look-alikes: no house, or a house that is not the subject of the consent
        ("2023-10-03", "The government of the Republic of Armenia ratified the Rome Statute.", None),
    ],
)
def test_a_house_named_at_length(finder: ClaimFinder, published: str, text: str, body: str | None) -> None:
    found = [f.claim for f in finder.find(text, dt.date.fromisoformat(published)) if f.claim.kind == "ratified"]
    assert [c.body for c in found] == [body], found


def test_the_house_s_ratification_is_judged_as_its_approval(rulebook: Rulebook, finder: ClaimFinder) -> None:
    """ArmInfo's sentence: the National Assembly's vote of 3 October 2023 is right (the deposit was 14 November)."""
    text = (
        "The National Assembly of the Republic of Armenia ratified the Rome Statute of the International Criminal "
        "Court on October 3, 2023."
    )
    service = CheckService(AssessmentService(rulebook))
    response = service.check_text(finder, TextCheckRequest(text=text, published=dt.date(2024, 12, 2)))
    assert [(c.claim.kind, c.result.verdict) for c in response.claims] == [("ratified", "consistent")]


@pytest.mark.parametrize(
    "text",
    [
        "Denmark's parliament approved the Energy Charter Treaty withdrawal on Tuesday.",
        "Lithuania's parliament backed the CCM withdrawal on Tuesday.",
        "Lithuania's Seimas approved the CCM exit on Tuesday.",
    ],
)
def test_an_approved_withdrawal_is_dated_by_the_approval(finder: ClaimFinder, text: str) -> None:
    found = [(f.claim.kind, f.claim.value) for f in finder.find(text, dt.date(2023, 4, 6))]
    assert found == [], found


def test_an_approved_withdrawal_with_its_effect_keeps_the_effect(finder: ClaimFinder) -> None:
    """'approved the withdrawal of ... from January 29, 2025' (ECOWAS): the day the exits take effect."""
    text = (
        "The ECOWAS summit approved the withdrawal of Niger, Mali and Burkina Faso as member states from "
        "January 29, 2025."
    )
    found = [(f.claim.kind, f.claim.state, f.claim.value) for f in finder.find(text, dt.date(2024, 12, 16))]
    assert found == [
        ("effective_date", "NER", "2025-01-29"),
        ("effective_date", "MLI", "2025-01-29"),
        ("effective_date", "BFA", "2025-01-29"),
    ]
