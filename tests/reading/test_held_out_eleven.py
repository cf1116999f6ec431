"""Constructions of the eleventh held-out batch (mainstream exits in news genres), in our own words.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "no-longer-part-of-is-the-status-of-no-longer-a-party",  # 'part of' for 'a party to'
        "2017-10-27",
        "As of today, Burundi is no longer part of the Rome Statute.",
        [("effective_date", "rome-statute", "BDI", "2017-10-27")],
    ),
    (
        "not-part-of-a-team-is-no-exit",
        "2020-03-17",
        "He is no longer part of the negotiating team on the Paris Agreement.",
        [],
    ),
    (
        "member-until-its-withdrawal-takes-effect-on-a-day-is-that-effective-date",  # not a status 'true'
        "2025-06-01",
        "Nicaragua will remain a member of UNESCO until its withdrawal takes effect on 31 December 2026.",
        [("effective_date", "unesco-constitution", "NIC", "2026-12-31")],
    ),
    (
        "member-until-its-withdrawal-takes-effect-without-a-day-stays-a-status",
        "2025-06-01",
        "Nicaragua will remain a member of UNESCO until its withdrawal takes effect.",
        [("bound_on", "unesco-constitution", "NIC", "true")],
    ),
    (
        "participle-opening-the-sentence-is-said-of-the-treaty-after-its-comma",
        "2020-01-01",
        "Signed in 1997, the Ottawa Convention outlaws anti-personnel mines.",
        [("signed", "apmbc", None, "1997")],
    ),
    (
        "a-non-party-in-a-relative-clause-after-a-preposition",  # the state before ', which' is the subject
        "2025-07-01",
        "Norway shares a border with Russia, which has never joined the Ottawa Convention.",
        [("joined", "apmbc", "RUS", "false")],
    ),
    (
        "the-only-other-state-to-leave-is-x",  # the ordinal phrase as subject, the state after the copula
        "2019-03-20",
        "The only other state ever to leave the Rome Statute is Burundi.",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "will-become-the-first-to-withdraw-is-not-done",  # a future copula: no exit yet
        "2025-04-03",
        "Hungary will become the first European country to withdraw from the Rome Statute.",
        [],
    ),
    (
        "notice-issued-by-the-group-named-before-and-its-effect-in-a-relative-clause",
        "2025-04-22",
        "Talks on the exit of Mali, Burkina Faso and Niger from ECOWAS went on. The move followed a withdrawal "
        "notice issued by the three states in January 2024, which took effect in January 2025.",
        [
            ("notification_date", "ecowas-treaty", "MLI", "2024-01"),
            ("notification_date", "ecowas-treaty", "BFA", "2024-01"),
            ("notification_date", "ecowas-treaty", "NER", "2024-01"),
            ("effective_date", "ecowas-treaty", "MLI", "2025-01"),
            ("effective_date", "ecowas-treaty", "BFA", "2025-01"),
            ("effective_date", "ecowas-treaty", "NER", "2025-01"),
        ],
    ),
    (
        "issued-its-withdrawal-notice-is-a-notice",
        "2024-02-02",
        "Burkina Faso issued its withdrawal notice to ECOWAS on 29 January 2024.",
        [("notification_date", "ecowas-treaty", "BFA", "2024-01-29")],
    ),
    (
        "a-count-of-states-party-to-the-treaty-is-of-that-treaty",  # not of the EU named in an 'including' aside
        "2024-01-01",
        "Italy left the Energy Charter Treaty in 2016. All 50 states that are party to the treaty, including the EU "
        "countries, met in December.",
        [("withdrew", "ect", "ITA", "2016"), ("parties_count", "ect", None, "50")],
    ),
    (
        "a-grace-period-is-no-notice-period",
        "2025-04-22",
        "Mali left ECOWAS in January. A six-month grace period granted by the ECOWAS summit ends in July.",
        [("withdrew", "ecowas-treaty", "MLI", "2025-01")],
    ),
    (
        "a-period-that-begins-after-the-event-of-an-opening-time-clause-is-a-rule",  # and that event no deed yet
        "2017-03-29",
        "Britain invoked Article 50 of the Treaty on European Union today. After the notification is received by "
        "the European Council, the two-year countdown will begin.",
        [
            ("notification_date", "teu", "GBR", "2017-03-29"),
            ("rule", "teu", None, "P2Y after the notification is received by the european council"),
        ],
    ),
    (
        "a-period-that-begins-after-a-vote-is-a-rule-from-that-vote",  # the judge finds the wrong event
        "2025-01-01",
        "Poland's parliament voted to leave the Ottawa Convention. After the vote in parliament, the six-month "
        "withdrawal period will begin.",
        [("rule", "apmbc", None, "P6M after the vote in parliament")],
    ),
    (
        "a-joining-dated-in-a-gerund-after-after-takes-the-main-verbs-tense",
        "2018-01-01",
        "Burundi quit the Rome Statute in 2017, thirteen years after joining it in 2004.",
        [("withdrew", "rome-statute", "BDI", "2017"), ("joined", "rome-statute", "BDI", "2004")],
    ),
    (
        "the-withdrawal-article-triggered-in-the-passive-is-the-notice",
        "2017-03-30",
        "Britain said there was no turning back from Brexit as Article 50 has been triggered.",
        [("notification_date", "teu", "GBR", "0001-01-01/2017-03-30")],
    ),
    (
        "a-letter-of-notification-handed-on-a-day-after-the-signer-of-the-letter",  # 'signed by' is the paper's
        "2017-03-29",
        "The ambassador gave a letter of formal notification of Britain's withdrawal from the Treaty on European "
        "Union signed by the prime minister to the Council president on Wednesday.",
        [("notification_date", "teu", "GBR", "2017-03-29")],
    ),
    (
        "should-leave-on-a-day-is-the-expected-effective-date",
        "2017-03-29",
        "The notice was sent today. Therefore Britain should leave the European Union on 29 March 2019.",
        [("effective_date", "teu", "GBR", "2019-03-29")],
    ),
    (
        "should-leave-without-a-day-is-an-opinion",
        "2016-06-01",
        "Britain should leave the European Union, he said.",
        [],
    ),
    (
        "confirmed-the-termination-of-a-states-membership-is-an-exit-done",
        "2026-01-23",
        "On Thursday the ministry confirmed the termination of Argentina's membership in the World Health "
        "Organization.",
        [("withdrew", "who-constitution", "ARG", "true")],
    ),
    (
        "a-termination-called-for-is-no-exit",
        "2026-01-23",
        "The minister called for the termination of Argentina's membership in the World Health Organization.",
        [],
    ),
    (
        "the-first-day-a-state-could-leave-is-its-effective-date",  # as 'making D the official date'
        "2019-08-02",
        "The United States notified Russia on 2 February 2019, setting up 2 August 2019 as the first day the "
        "United States could leave the INF Treaty.",
        [
            ("notification_date", "inf-treaty", "USA", "2019-02-02"),
            ("effective_date", "inf-treaty", "USA", "2019-08-02"),
        ],
    ),
    (
        "setting-up-an-office-is-no-effect",
        "2020-01-01",
        "Setting up the new office of the Paris Agreement took a year.",
        [],
    ),
    (
        "must-give-a-notification-to-a-body-is-a-rule-naming-the-recipient",  # the judge compares the recipient
        "2024-12-15",
        "Under Article 91 of the ECOWAS Treaty, a member state wishing to leave must give written notice to the "
        "Executive Secretary.",
        [("rule", "ecowas-treaty", None, "notification to the Executive Secretary")],
    ),
    (
        "the-recipient-ends-before-the-next-clause",
        "2025-01-01",
        "Poland must give notice to the UN Secretary-General before it can withdraw from the Ottawa Convention.",
        [("rule", "apmbc", None, "notification to the UN Secretary-General")],
    ),
    (
        "now-that-the-withdrawal-has-become-official-is-an-exit-done",  # 'now that' states a fact, not a doubt
        "2019-03-18",
        "Burundi left the Rome Statute in 2017. Nobody knows what happens to the case now that the withdrawal has "
        "become official.",
        [("withdrew", "rome-statute", "BDI", "2017"), ("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "a-withdrawal-that-may-become-official-is-no-exit",
        "2019-03-18",
        "Burundi gave notice under the Rome Statute. The withdrawal could become official next year.",
        [("notification_date", "rome-statute", "BDI", "0001-01-01/2019-03-18")],
    ),
    (
        "issued-a-statement-is-no-notice",
        "2024-02-02",
        "Mali issued a statement on its withdrawal from ECOWAS on 28 January 2024.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_construction(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    got = read(finder, text, published)
    assert got == expected, name
