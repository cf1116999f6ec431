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
  Policy, 2019): the notice period;
- a modal 'must (formally) notify X of its intent(ion) to leave' names the recipient of the notice (a rule claim),
  also beside a period in the same clause ('must formally notify the Council of Europe of its intention to withdraw
  with six months’ notice', Love Europe, 2024; 'must notify the depositary government—currently the U.S. itself—of its
  intent to leave', promoforex, 2026); not a parliament ('must notify parliament of its decision', a domestic step);
- 'the WHO Constitution lacked a withdrawal provision' (Just Security, 2020), 'has no withdrawal clause': the treaty
  gives no right of withdrawal, judged against the rule file (the TPNW has one, Art. 17); not 'has a withdrawal clause';
- the judge reads a period 'after the agreement went into force' as counted from the entry into force, a wait before
  notice (Paris Art. 28(1): 'can’t formally even begin to withdraw until three years after the agreement went into
  force', Foreign Policy, 2019), as it read 'entered into force'.
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


RULES: list[tuple[str, str, str, list[tuple[str, str, str]]]] = [
    (
        "must-notify-the-depositary-government",  # promoforex, 9 April 2026
        "2026-04-09",
        "The North Atlantic Treaty specifies that a member must notify the depositary government—currently the U.S."
        " itself—of its intent to leave.",
        [("rule", "notification to the depositary government", "consistent")],
    ),
    (
        "must-notify-the-us-government",  # our words
        "2026-04-09",
        "Under the North Atlantic Treaty, a member must notify the United States government of its intention to"
        " withdraw.",
        [("rule", "notification to the United States government", "consistent")],
    ),
    (
        "must-formally-notify-the-council-of-europe-with-six-months",  # Love Europe, 8 October 2024
        "2024-10-08",
        "At the international level, to leave the ECHR, a state must formally notify the Council of Europe of its"
        " intention to withdraw with six months’ notice.",
        [("notice_period", "P6M", "consistent"), ("rule", "notification to the Council of Europe", "consistent")],
    ),
    (
        "must-notify-parliament",  # look-alike: a domestic step
        "2024-10-08",
        "The UK must notify parliament of its decision before it can leave the ECHR.",
        [],
    ),
    (
        "notice-one-year-prior-to-the-withdrawal",  # look-alike (HSF, 2015): 'prior to' is a time, no recipient
        "2015-04-30",
        "In order for a Contracting Party to withdraw from the ECT, pursuant to article 47(2) they must give notice one"
        " year prior to the withdrawal taking effect.",
        [("notice_period", "P1Y", "consistent")],
    ),
    (
        "lacked-a-withdrawal-provision",  # Just Security, 26 May 2020
        "2020-05-26",
        "Because the WHO Constitution lacked a withdrawal provision, the joint resolution passed by Congress included a"
        " specific provision regarding exit.",
        [("rule", "no withdrawal clause", "consistent")],
    ),
    (
        "tpnw-has-no-withdrawal-clause",  # our words: wrong (TPNW Art. 17)
        "2020-05-26",
        "The Treaty on the Prohibition of Nuclear Weapons has no withdrawal clause.",
        [("rule", "no withdrawal clause", "inconsistent")],
    ),
    (
        "npt-has-a-withdrawal-clause",  # look-alike: a clause there is
        "2020-05-26",
        "The NPT has a withdrawal clause.",
        [],
    ),
    (
        "cannot-begin-to-withdraw-until-three-years-after-it-went-into-force",  # Foreign Policy, 5 November 2019
        "2019-11-05",
        "A country can’t formally even begin to withdraw from the Paris agreement until three years after the"
        " agreement went into force.",
        [("rule", "P3Y after the agreement went into force", "consistent")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in RULES], ids=[c[0] for c in RULES])
def test_held_out_thirty_seven_rules_judged(
    reading: tuple[ClaimFinder, CheckService], published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    assert _judged(reading, text, published) == expected
