"""Constructions of the thirty-seventh held-out batch (explainers, analyses and fact-checks: the Paris exit explained,
the US and the WHO, Lithuania's CCM exit, leaving the ECHR, NATO's Art. 13, the Philippines and the ICC), each pinned
by the article's sentence and paraphrases of our own, with look-alikes:

- 'written notification to the Depository' (Pace Law Library, 2019): 'depository' written for 'depositary' is the
  depositary, as the clause names it (Paris Art. 28(1)); another body stays another body ('to the court').
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from app.services.checks import CheckService


@pytest.fixture(scope="module")
def reading(rulebook: Rulebook, service: AssessmentService) -> tuple[ClaimFinder, CheckService]:
    return ClaimFinder(rulebook), CheckService(service)


def _judged(reading: tuple[ClaimFinder, CheckService], text: str, published: str) -> list[tuple[str, str, str]]:
    """Each claim read in ``text`` as (kind, value, verdict)."""
    finder, checks = reading
    on = dt.date.fromisoformat(published)
    return [(f.claim.kind, f.claim.value, checks.check(f.claim, on).verdict) for f in finder.find(text, on)]


RECIPIENTS = [
    (
        "written-notification-to-the-depository",  # Pace Law Library, 5 November 2019
        "2019-11-05",
        "Article 28 of the Paris Agreement discusses the withdrawal of any nation from the Agreement. Withdrawal may be"
        " made by providing written notification to the Depository.",
        "consistent",
    ),
    (
        "notice-to-the-depository-of-the-rome-statute",  # our words, another treaty
        "2024-01-10",
        "Under the Rome Statute, withdrawal may be made by providing written notification to the Depository.",
        "consistent",
    ),
    (
        "notice-to-the-depository-of-ottawa",  # our words, a third treaty
        "2024-01-10",
        "A State may withdraw from the Ottawa Convention by giving notice to the Depository.",
        "consistent",
    ),
]


@pytest.mark.parametrize(("published", "text", "verdict"), [c[1:] for c in RECIPIENTS], ids=[c[0] for c in RECIPIENTS])
def test_a_notice_to_the_depository_is_a_notice_to_the_depositary(
    reading: tuple[ClaimFinder, CheckService], published: str, text: str, verdict: str
) -> None:
    rules = [(value, said) for kind, value, said in _judged(reading, text, published) if kind == "rule"]
    assert rules and all(said == verdict for _, said in rules), rules


def test_a_notice_to_the_court_is_not_read_as_one_to_the_depositary(reading: tuple[ClaimFinder, CheckService]) -> None:
    """Look-alike: the ICC is not the Rome Statute's depositary (Art. 127(1): the UN Secretary-General)."""
    text = "Under the Rome Statute, withdrawal may be made by providing written notification to the court."
    rules = [(value, said) for kind, value, said in _judged(reading, text, "2024-01-10") if kind == "rule"]
    assert rules and all(said != "consistent" for _, said in rules), rules
