"""The armed-conflict rule told in general (Ottawa Art. 20(3), second sentence; CCM Art. 20(3); the Geneva
Conventions' denunciation clauses), read as a ``rule`` claim (app/reading/conflict_rule.py) and judged against the
treaty's ``suspension`` provision (app/services/checks/conflict_rule.py). Session 19, lead: the mission's own
question ('What if the state is then in an armed conflict?') had no reading when an article stated the rule."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.reading.conflict_rule import RULE_VALUE
from app.services.assessment import AssessmentService
from app.services.checks import CheckService

_OTTAWA = "Ukraine begins the process to quit the Ottawa Convention, which bans anti-personnel mines. "
_PARIS = "The United States notified its withdrawal from the Paris Agreement. "


def _rules(finder: ClaimFinder, text: str) -> list[tuple[str | None, str]]:
    found = finder.find(text, dt.date(2025, 6, 29))
    return [(f.claim.treaty, f.claim.value) for f in found if f.claim.kind == "rule"]


@pytest.mark.parametrize(
    "sentence",
    [
        # News Alert, 29 June 2025
        "However, if the withdrawing state is engaged in armed conflict at the time, the withdrawal cannot take effect"
        " until the conflict ends.",
        # paraphrases of our own
        "A withdrawal does not take effect while the withdrawing country is at war.",
        "If a state is engaged in an armed conflict, its withdrawal is postponed until the end of the conflict.",
        "The exit cannot become effective during an armed conflict.",
    ],
)
def test_the_rule_is_read_for_the_treaty_discussed(finder: ClaimFinder, sentence: str) -> None:
    assert _rules(finder, _OTTAWA + sentence) == [("apmbc", RULE_VALUE)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ukraine's withdrawal cannot take effect while the war with Russia continues.",  # a State's situation
        "Could the withdrawal take effect during the war?",  # a question
        "The war has delayed the talks until next year.",  # no withdrawal
        "The withdrawal takes effect six months after the notice, unless the state is in an armed conflict.",  # the
        # period's rule, read once with its condition
    ],
)
def test_look_alikes_give_no_conflict_rule(finder: ClaimFinder, sentence: str) -> None:
    assert ("apmbc", RULE_VALUE) not in _rules(finder, _OTTAWA + sentence)


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        (_OTTAWA + "The withdrawal cannot take effect until the armed conflict ends.", "consistent"),
        (_PARIS + "The withdrawal cannot take effect until the armed conflict ends.", "inconsistent"),
    ],
)
def test_judged_against_the_treaty(finder: ClaimFinder, text: str, verdict: str) -> None:
    checks = CheckService(AssessmentService(finder.rulebook))
    published = dt.date(2025, 6, 29)
    (found,) = [f for f in finder.find(text, published) if f.claim.value == RULE_VALUE]
    result = checks.check(found.claim, published)
    assert result.verdict == verdict, result.explanation
    assert result.evidence and result.evidence[0].citation is not None
