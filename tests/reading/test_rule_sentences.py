"""Claims about the withdrawal rule itself (issue 14): the period, the event it is counted from, a deadline
("within"), a recipient the clause does not name, a step the treaty does not have ("has three months to
process"), the length of the whole exit, the other parties' approval, and how long the treaty goes on applying
after the exit. Each sentence is in our own words; the verdicts come from the real rule files (Ottawa Art. 20(3),
NPT Art. X(1), Paris Art. 28, TEU Art. 50, Istanbul Art. 80, CCM Art. 20(3), ECHR Art. 58, ICRW Art. XI,
Rome Statute Art. 127(1), ECT Art. 47(3))."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from tests.reading.conftest import read

CASES: list[tuple[str, str, str, str, str, str]] = [
    (
        "from-the-date-of-filing",
        "2025-07-01",
        "Lithuania notified the United Nations of its exit from the Ottawa Convention on 27 June. "
        "The withdrawal will take effect six months from the date of filing.",
        "P6M after the date of filing", "consistent", "six months after receipt",
    ),
    (
        "within-days-of-notice",
        "2003-04-11",
        "Under the NPT, a state can leave within 90 days of notifying the U.N. Security Council.",
        "within P90D of notifying the u.n. security council", "partly_consistent", "it is not a deadline",
    ),
    (
        "waiting-counted-from-ratification",
        "2020-11-04",
        "The Paris Agreement requires three years to pass after its ratification before a country can withdraw.",
        "P3Y after its ratification", "inconsistent", "entry into force for the party, not after its ratification",
    ),
    (
        "whole-exit-process",
        "2017-06-06",
        "The Paris Agreement specifies a four-year exit process.",
        "P4Y exit process", "partly_consistent", "earliest exit is four years",
    ),
    (
        "exactly-the-default",
        "2017-03-29",
        "Under Article 50 of the Treaty on European Union, a state must leave exactly two years after sending its "
        "notification.",
        "exactly P2Y after sending its notification", "partly_consistent", "only the default",
    ),
    (
        "a-processing-step",
        "2021-04-30",
        "Turkey notified the Council of Europe of its withdrawal from the Istanbul Convention. "
        "The Council of Europe has three months to process the withdrawal request.",
        "P3M to process the withdrawal request", "partly_consistent", "has to process it",
    ),
    (
        "approval-by-the-others",
        "2017-03-29",
        "Britain's withdrawal from the EU must be fully agreed upon and ratified by all remaining 27 EU countries.",
        "withdrawal ratified by all remaining 27 EU countries", "inconsistent", "VCLT Art. 54(a)",
    ),
    (
        "this-started-after-the-notice",
        "2025-03-06",
        "Lithuania voted to leave the Convention on Cluster Munitions in July, after which it submitted the "
        "instrument to the United Nations in September. This started a six-month waiting period.",
        "P6M after submitted the instrument to the united nations in september", "consistent", "six months",
    ),
    (
        "this-triggered-after-the-vote",
        "2025-03-06",
        "Lithuania left the Convention on Cluster Munitions today. Parliament voted for the exit in July. "
        "This triggered a six-month waiting period.",
        "P6M after voted for the exit in july", "inconsistent", "not from voted",
    ),
    (
        "since-the-end-of-membership",
        "2022-09-16",
        "Russia ceased to be a party to the European Convention on Human Rights today. "
        "Exactly half a year has passed since Russia was expelled from the Council of Europe.",
        "exactly P6M since russia was expelled from the council of europe", "consistent", "Art. 58(3)",
    ),
    (
        "days-of-the-year-and-the-wrong-recipient",
        "2018-12-26",
        "Japan will leave the International Whaling Commission. Under the convention, a withdrawal becomes "
        "effective on June 30 following notice to the commission by Jan. 1.",
        "notice to the commission by 1 January, effect 30 June", "partly_consistent", "depositary Government",
    ),
    (
        "survival-names-what-survives",
        "2024-06-16",
        "The UK left the Energy Charter Treaty. The ECT continues to apply to existing investments under its sunset "
        "clause for another 20 years.",
        "P20Y survival: continues to apply to existing investments under its sunset clause", "consistent",
        "Art. 47(3)",
    ),
    (
        "survival-said-of-the-whole-treaty",
        "2022-11-30",
        "Germany approves withdrawal from Energy Charter Treaty. The agreement binds its members to its provisions "
        "for 20 years.",
        "P20Y survival: binds its members to its provisions", "partly_consistent", "only part of the treaty",
    ),
    (
        "survival-of-another-length",
        "2024-06-16",
        "The UK left the Energy Charter Treaty. The ECT continues to apply to existing investments for ten years.",
        "P10Y survival: continues to apply to existing investments", "inconsistent", "twenty years",
    ),
    (
        "notice-to-another-body",
        "2025-09-23",
        "Burkina Faso, Mali and Niger announced their withdrawal from the Rome Statute. The withdrawal takes effect "
        "one year from the date of submitting the written notification to the court.",
        "P1Y after the date of submitting the written notification to the court", "partly_consistent",
        "not to the court",
    ),
    (
        "notice-to-the-un",
        "2019-03-17",
        "The Philippines left the Rome Statute. Under the treaty, withdrawal is only effective one year after a "
        "country gives written notice of its decision to the UN.",
        "P1Y after a country gives written notice of its decision to the un", "consistent", "one year",
    ),
    (
        "from-today",
        "2001-12-13",
        "The United States is withdrawing from the Anti-Ballistic Missile Treaty. The effective date of withdrawal "
        "will be six months from today, the White House said.",
        "P6M after today", "consistent", "not checked by this claim",
    ),
    (
        "began-when-an-order-was-signed",
        "2025-02-01",
        "The US is leaving the WHO. A one-year waiting period began when Trump signed the executive order.",
        "P1Y after trump signed the executive order", "inconsistent", "not from trump signed",
    ),
    (
        "wait-from-entry-into-force",
        "2017-06-06",
        "The US is leaving the Paris Agreement. Under the deal, no country can give notice of withdrawal until three "
        "years after the agreement entered into force.",
        "P3Y after the agreement entered into force", "consistent", "entry into force for the party",
    ),
    (
        "counted-from-a-parliament-s-approval",
        "2025-07-01",
        "Estonia is leaving the Ottawa Convention. The withdrawal will take effect six months after the Riigikogu "
        "approved it.",
        "P6M after the riigikogu approved it", "inconsistent", "not from the riigikogu approved it",
    ),
    (
        "approval-of-the-others-as-a-noun",
        "2025-07-01",
        "Estonia is leaving the Ottawa Convention. The withdrawal needs the approval of the other state parties.",
        "withdrawal needs the approval of the other state parties", "inconsistent", "VCLT Art. 54(a)",
    ),
    (
        "a-wait-before-notice",
        "2017-06-06",
        "The US is leaving the Paris Agreement. Countries must wait three years before they can give notice of "
        "withdrawal.",
        "P3Y wait before notice", "consistent", "three years after its entry into force for the party",
    ),
    (
        "to-whom-notice-goes",
        "2021-04-30",
        "Turkey left the Istanbul Convention. Any party may withdraw by a notification to the Secretary General of "
        "the Council of Europe.",
        "notification to the Secretary General of the Council of Europe", "consistent", "Art. 80(1)",
    ),
    (
        "to-a-body-the-clause-does-not-name",
        "2025-07-01",
        "Latvia left the Ottawa Convention. A state can withdraw by notifying the European Commission.",
        "notification to the European Commission", "partly_consistent", "not to the European Commission",
    ),
]  # fmt: skip


@pytest.fixture(scope="module")
def reading(rulebook: Rulebook, service: AssessmentService) -> tuple[ClaimFinder, CheckService]:
    return ClaimFinder(rulebook), CheckService(service)


@pytest.mark.parametrize(("name", "published", "text", "value", "verdict", "says"), CASES, ids=[c[0] for c in CASES])
def test_rule_sentence(
    reading: tuple[ClaimFinder, CheckService], name: str, published: str, text: str, value: str, verdict: str,
    says: str,
) -> None:  # fmt: skip
    finder, checks = reading
    on = dt.date.fromisoformat(published)
    rules = [f.claim for f in finder.find(text, on) if f.claim.kind in ("rule", "notice_period")]
    assert [(c.kind, c.value) for c in rules] == [("rule", value)], name
    result = checks.check(rules[0], on)
    assert result.verdict == verdict, result.explanation
    assert says in result.explanation
    assert result.evidence and result.evidence[0].citation


def test_an_exit_process_is_the_notice_period_unless_the_treaty_makes_a_party_wait(
    reading: tuple[ClaimFinder, CheckService],
) -> None:
    """The OAS Charter has no wait before notice: its 'two-year exit process' is the notice period (Art. 143); the
    Paris Agreement's 'four-year exit process' counts the wait of Art. 28(1) too, a claim about the rule."""
    finder, _ = reading
    text = "Venezuela is leaving the OAS. The organization's rules mandate a two-year exit process."
    found = [(f.claim.kind, f.claim.value) for f in finder.find(text, dt.date(2017, 4, 28))]
    assert found == [("notice_period", "P2Y")]


def test_the_consent_of_a_body_that_is_not_the_other_parties_is_no_consent_claim(
    reading: tuple[ClaimFinder, CheckService],
) -> None:
    """TEU Art. 50(3): an extension needs the European Council's unanimous decision, a true statement."""
    finder, _ = reading
    text = "Britain is leaving the EU. An extension of the exit requires the consent of the European Council."
    assert not [f for f in finder.find(text, dt.date(2017, 3, 29)) if f.claim.kind == "rule"]


def test_two_days_of_one_exit_are_no_rule_where_the_treaty_counts_a_period(
    reading: tuple[ClaimFinder, CheckService],
) -> None:
    """Ottawa Art. 20(3) counts six months: 'effective on December 27 following notification by June 27' gives
    that exit's dates, not a rule of fixed days (as ICRW Art. XI is)."""
    finder, _ = reading
    text = (
        "Lithuania is leaving the Ottawa Convention. Its withdrawal becomes effective on December 27 following "
        "notification to the Secretary-General by June 27."
    )
    assert not [f for f in finder.find(text, dt.date(2025, 7, 1)) if f.claim.kind == "rule"]


def test_a_wait_before_the_exit_is_the_notice_period(reading: tuple[ClaimFinder, CheckService]) -> None:
    finder, _ = reading
    text = "The US is leaving the Paris Agreement. The US must wait a year before its exit becomes official."
    assert [(f.claim.kind, f.claim.value) for f in finder.find(text, dt.date(2025, 1, 28))] == [
        ("notice_period", "P1Y")
    ]


def test_a_waiting_period_a_move_carries_is_the_notice_period(reading: tuple[ClaimFinder, CheckService]) -> None:
    """'carries a one-year waiting period' names the notice period; only 'This started / initiated ...' says what
    it is counted from (tests/data/articles/README.md, period kinds)."""
    finder, _ = reading
    text = "The US is leaving the Paris Agreement. That move carries a one-year waiting period before taking effect."
    found = [(f.claim.kind, f.claim.value) for f in finder.find(text, dt.date(2025, 1, 28))]
    assert ("notice_period", "P1Y") in found and not any(kind == "rule" for kind, _ in found)
    # "That move" is the withdrawal just named, from the UNFCCC, though the Paris Agreement is named after it
    text = (
        "The US is also pursuing a withdrawal from the U.N. Framework Convention on Climate Change, the treaty that "
        "underpins the Paris Agreement. That move carries a separate one-year waiting period before taking effect."
    )
    found = [(f.claim.kind, f.claim.treaty) for f in finder.find(text, dt.date(2026, 1, 27))]
    assert found == [("notice_period", "unfccc")]


def test_a_recipient_rule_needs_an_exit(finder: ClaimFinder) -> None:
    """'Any party may leave through a notification to X' states the exit's addressee; the same modal sentence about
    another notification (reservations) says nothing about withdrawal and gives no claim."""
    leave = "Under the Istanbul Convention, any party may leave the treaty through a notification to the Council."
    amend = "Under the Istanbul Convention, any party may amend its reservations through a notification to the Council."
    assert [kind for kind, *_ in read(finder, leave, "2021-04-30")] == ["rule"]
    assert read(finder, amend, "2021-04-30") == []
