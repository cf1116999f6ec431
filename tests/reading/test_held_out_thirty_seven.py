"""Constructions of the thirty-seventh held-out batch (explainers, analyses and fact-checks: the Paris exit explained,
the US and the WHO, Lithuania's CCM exit, leaving the ECHR, NATO's Art. 13, the Philippines and the ICC), each pinned
by the article's sentence and paraphrases of our own, with look-alikes:

- 'written notification to the Depository' (Pace Law Library, 2019): 'depository' written for 'depositary' is the
  depositary, as the clause names it (Paris Art. 28(1)); another body stays another body ('to the court');
- a treaty that 'did not go into effect until D' went into effect on D: its entry into force, not a withdrawal's
  effect, also when the sentence goes on to a withdrawal (Care About Climate, 2018);
- 'N later' after an opening clause of time naming no date ('Once that notification is received, the withdrawal
  becomes effective one year later', promoforex, 2026) counts from that clause's event: a rule, not a day counted from
  the date the sentence before gave (1949 + 1); 'The withdrawal will take effect one year later' after a dated notice
  still gives the day;
- 'informed X that ...' whose 'that' clause names no exit, treaty or notice is no notice of withdrawal ('Trump informed
  the director-general that his administration's review confirmed his accusations', AJIL, 2020);
- 'cannot withdraw ... without (first) paying' states a condition of the exit, not that the State did not withdraw
  ('The US Cannot Withdraw from the WHO Without First Paying Its Dues', Just Security, 2020); 'has not withdrawn' still
  denies the exit;
- 'one more year' is a period ('It takes exactly one more year for the withdrawal notice to become official', Foreign
  Policy, 2019): the notice period.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_PA = "paris-agreement"


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


CASES: list[tuple[str, str, str, Read]] = [
    (
        "did-not-go-into-effect-until",  # Care About Climate, 3 October 2018 (the Agreement named in the sentence)
        "2018-10-03",
        "However, since the Paris Agreement did not go into effect until November 4, 2016, the earliest the United"
        " States could completely withdraw is November 4, 2020.",
        [("entry_into_force", _PA, None, "2016-11-04")],
    ),
    (
        "did-not-enter-into-force-until",  # our words
        "2018-10-03",
        "The Paris Agreement did not enter into force until November 4, 2016.",
        [("entry_into_force", _PA, None, "2016-11-04")],
    ),
    (
        "withdrawal-will-not-take-effect-until",  # look-alike: a withdrawal's effect stays one
        "2025-06-03",
        "Hungary's withdrawal from the ICC will not take effect until June 2, 2026.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
    (
        "once-that-notification-is-received-one-year-later",  # promoforex, 9 April 2026
        "2026-04-09",
        "Article 13 of the North Atlantic Treaty grants any member the right to withdraw. Once that notification is"
        " received, the withdrawal becomes effective one year later.",
        [
            ("rule", "north-atlantic-treaty", None, "every party may withdraw"),
            ("rule", "north-atlantic-treaty", None, "P1Y after notification is received"),
        ],
    ),
    (
        "dated-notice-then-one-year-later",  # look-alike: the notice's day counts
        "2025-06-03",
        "Hungary notified the Secretary-General of its withdrawal from the Rome Statute on 2 June. The withdrawal will"
        " take effect one year later.",
        [
            ("notification_date", "rome-statute", "HUN", "2025-06-02"),
            ("effective_date", "rome-statute", "HUN", "2026-06"),
            ("rule", "rome-statute", None, "P1Y after notified the secretary-general of its withdrawal"),
        ],
    ),
    (
        "informed-the-director-general-that-the-review",  # AJIL, 20 October 2020
        "2020-10-20",
        "Trump Administration Submits Notice of U.S. Withdrawal from the World Health Organization\n\nIn a letter to the"
        " WHO director-general a month later, Trump informed the director-general that his administration's review"
        " confirmed his accusations.",
        [("notification_date", "who-constitution", "USA", "0001-01-01/2020-10-20")],  # the headline's only
    ),
    (
        "informed-unesco-that-it-would-withdraw",  # look-alike: the content is an exit
        "2017-10-12",
        "The United States informed UNESCO that it would withdraw from the organization.",
        [("notification_date", "unesco-constitution", "USA", "0001-01-01/2017-10-12")],
    ),
    (
        "notified-that-it-was-pulling-out",  # look-alike: 'pulling out'
        "2020-07-08",
        "The United States notified the UN Secretary-General that it was pulling out of the World Health Organization.",
        [("notification_date", "who-constitution", "USA", "0001-01-01/2020-07-08")],
    ),
    (
        "cannot-withdraw-without-first-paying",  # Just Security, 26 May 2020 (headline)
        "2020-05-26",
        "The US Cannot Withdraw from the WHO Without First Paying Its Dues",
        [],
    ),
    (
        "cannot-leave-without-paying",  # our words
        "2020-05-26",
        "The United States cannot leave the WHO without paying its dues.",
        [],
    ),
    (
        "has-not-withdrawn",  # look-alike: a denial of the exit
        "2020-05-26",
        "The United States has not withdrawn from the WHO.",
        [("withdrew", "who-constitution", "USA", "false")],
    ),
    (
        "takes-one-more-year",  # Foreign Policy, 5 November 2019
        "2019-11-05",
        "The United States isn't quite out of the Paris agreement yet. It takes exactly one more year for the"
        " withdrawal notice to become official.",
        [("notice_period", _PA, None, "P1Y")],
    ),
    (
        "remain-a-member-for-one-more-year",  # look-alike: a stay, no period of the rule
        "2019-11-05",
        "Russia will remain a member of the Council of Europe for one more year.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirty_seven_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
