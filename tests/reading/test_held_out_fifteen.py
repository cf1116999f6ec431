"""Constructions of the fifteenth held-out batch (2025-2026 exits in newsroom genres), in our own words.

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
        "neither-are-shares-the-denial",  # the states after 'neither are' are outside the treaty too
        "2025-06-01",
        "Brazil is not a party to the Rome Statute, and neither are countries such as India, Iran and Turkey.",
        [
            ("joined", "rome-statute", "BRA", "false"),
            ("joined", "rome-statute", "IND", "false"),
            ("joined", "rome-statute", "IRN", "false"),
            ("joined", "rome-statute", "TUR", "false"),
        ],
    ),
    (
        "nor-has-shares-a-ratification-denied",
        "2025-06-01",
        "Armenia has not ratified the Istanbul Convention, nor has Azerbaijan.",
        [("ratified", "istanbul-convention", "ARM", "false"), ("ratified", "istanbul-convention", "AZE", "false")],
    ),
    (
        "nor-without-a-state-shares-nothing",  # 'nor does it intend to': no second state
        "2025-06-01",
        "India is not a party to the Ottawa Convention, nor does it plan to sign.",
        [("joined", "apmbc", "IND", "false")],
    ),
    (
        "this-decision-dates-the-exit-told-before",  # the decision is the exit the sentence before announced
        "2025-12-30",
        "On 10 July the Polish government also announced its withdrawal from the Ottawa Convention. This decision "
        "will come into force in February 2026.",
        [("effective_date", "apmbc", "POL", "2026-02")],
    ),
    (
        "a-decision-that-is-no-exit-is-not-dated",  # the sentence before tells no withdrawal
        "2025-12-30",
        "Poland adopted a new defence budget. This decision will come into force in February 2026.",
        [],
    ),
    (
        "european-convention-against-torture-is-the-coe-one",  # not the UN Convention against Torture
        "2025-10-01",
        "Moscow quits the European Convention against Torture",
        [("withdrew", "cpt-convention", "RUS", "true")],
    ),
    (
        "leaders-pull-their-state-from-a-treaty",  # a headline's plural present after two leaders
        "2025-05-06",
        "Ortega and Murillo Pull Nicaragua from UNESCO",
        [("withdrew", "unesco-constitution", "NIC", "true")],
    ),
    (
        "a-statement-of-intent-to-withdraw-is-no-effect",  # a purpose, not a date the exit takes effect
        "2025-12-30",
        "Estonia has withdrawn from the Ottawa Convention. In April 2025, the prime ministers of Estonia and Finland "
        "signed a statement of intent to withdraw from the treaty.",
        [("withdrew", "apmbc", "EST", "true")],
    ),
    (
        "another-body-named-by-its-acronym-is-not-the-treaty",  # 'the FAO' is no rule file's treaty
        "2025-05-06",
        "Nicaragua leaves UNESCO. In February, the government withdrew from the FAO after the agency criticised it.",
        [("withdrew", "unesco-constitution", "NIC", "true")],
    ),
    (
        "the-un-before-a-treaty-noun-is-the-treatys-owner",  # 'the UN climate treaty' is still a treaty
        "2026-02-01",
        "The United States withdrew from the UN climate treaty in 2026.",
        [("withdrew", "unfccc", "USA", "2026")],
    ),
    (
        "of-that-same-year-is-the-year-named-before",  # not the year of the report
        "2026-01-09",
        "Canada signed the Kyoto Protocol in April 1998 and ratified it in December of that same year.",
        [("signed", "kyoto-protocol", "CAN", "1998-04"), ("ratified", "kyoto-protocol", "CAN", "1998-12")],
    ),
    (
        "later-that-year-is-the-year-named-before",
        "2026-01-09",
        "Chile signed the Paris Agreement in September 2016 and ratified it later that year.",
        [("signed", "paris-agreement", "CHL", "2016-09"), ("ratified", "paris-agreement", "CHL", "2016")],
    ),
    (
        "a-parliament-approving-the-treaty-is-its-ratification",  # the parliament named, the treaty approved
        "2026-01-09",
        "The Australian Parliament approved the Kyoto Protocol in December 2007.",
        [("ratified", "kyoto-protocol", "AUS", "2007-12")],
    ),
    (
        "a-parliament-approving-a-withdrawal-bill-approves-no-treaty",
        "2025-04-17",
        "The Saeima approved the bill on withdrawal from the Ottawa Convention on Wednesday.",
        [],
    ),
    (
        "a-notice-said-on-a-day-after-it-was-given",  # 'said on Thursday, after being notified': by that day
        "2025-01-24",
        "Japan will leave the whaling convention on June 30, the depositary said on Thursday, after being formally "
        "notified of the decision by Tokyo.",
        [
            ("effective_date", "icrw", "JPN", "2025-06-30"),
            ("notification_date", "icrw", "JPN", "2025-01-17/2025-01-23"),
        ],
    ),
    (
        "months-passed-since-the-notice-date-it",  # the notice, that long before the report's day
        "2026-02-20",
        "Poland is out of the Ottawa Convention. Exactly six months have passed since Poland informed the UN "
        "Secretary-General of its withdrawal.",
        [
            ("withdrew", "apmbc", "POL", "true"),
            ("rule", "apmbc", None, "exactly P6M since poland informed the un secretary-general of its"),
            ("notification_date", "apmbc", "POL", "2025-08-20"),
        ],
    ),
    (
        "years-passed-since-another-event-date-no-notice",
        "2026-02-20",
        "Two years have passed since the war began, and Poland is still in the Ottawa Convention.",
        [],
    ),
    (
        "no-longer-obliged-after-a-denunciation-is-not-bound",  # the treaty's duties said gone, with the denunciation
        "2025-09-30",
        "Moscow signed a law denouncing the European Convention for the Prevention of Torture. With the denunciation, "
        "Russia is no longer obliged to admit the committee's inspectors.",
        [("bound_on", "cpt-convention", "RUS", "false")],
    ),
    (
        "no-longer-obliged-without-an-exit-is-no-status",  # another duty, no treaty left
        "2025-09-30",
        "Under the new budget, Russia is no longer obliged to fund the committee's visits.",
        [],
    ),
    (
        "since-a-year-when-the-state-signed",  # the year is the 'when' clause's deed, not a span since then
        "2025-09-30",
        "Moscow left the European Convention for the Prevention of Torture. Since 1997, when Russia signed the "
        "convention, inspectors had visited its prisons.",
        [("withdrew", "cpt-convention", "RUS", "true"), ("signed", "cpt-convention", "RUS", "1997")],
    ),
    (
        "coordinated-verbs-share-the-treaty-object",  # 'withdrawn from, rejoined, and again left X'
        "2026-01-09",
        "Brazil has previously withdrawn from, rejoined, and again left the Kyoto Protocol.",
        [("withdrew", "kyoto-protocol", "BRA", "true")],
    ),
    (
        "a-move-later-reversed-is-no-status-today",  # undone at an untold day: no 'not withdrawn' as of the report
        "2026-01-08",
        "The United States left the Paris Agreement in 2020, a move that the next president later reversed.",
        [("withdrew", "paris-agreement", "USA", "2020")],
    ),
    (
        "a-quoted-today-is-the-day-the-sentence-before-gives-the-saying",
        "2025-06-28",
        'The foreign minister said so on Friday. "Today, Finland notified the UN Secretary-General of its withdrawal '
        'from the Ottawa Convention," she said.',
        [("notification_date", "apmbc", "FIN", "2025-06-27")],
    ),
    (
        "an-embedded-posts-today-is-its-signature-lines-day",
        "2025-07-12",
        "Finland's withdrawal from the Ottawa Convention is under way.\n"
        "Today, Finland has formally notified the UN Secretary-General of its withdrawal from the Ottawa Convention.\n"
        "— Elina Valtonen (@elinavaltonen) July 10, 2025",
        [("notification_date", "apmbc", "FIN", "2025-07-10")],
    ),
    (
        "pulled-from-talks-is-no-exit",  # the treaty must follow 'from'
        "2025-05-06",
        "Moscow pulled Minsk from the talks on the Ottawa Convention.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_fifteen_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
