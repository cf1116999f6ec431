"""Constructions of the thirteenth held-out batch (the end-of-session-7 measure), in our own words.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim; the negative cases look alike and claim nothing
(or something else).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "a-period-from-the-depositarys-receipt-and-its-day-set-off",  # 'receives' is the event, not a notice given;
        "2025-12-01",  # the day after 'which is' is the effect's
        "Estonia has notified the UN of its exit from the Mine Ban Treaty. The exit will take effect six months "
        "after the depositary receives the notice, which is June 2026.",
        [
            ("notification_date", "apmbc", "EST", "0001-01-01/2025-12-01"),
            ("effective_date", "apmbc", "EST", "2026-06"),
            ("rule", "apmbc", None, "P6M after the depositary receives the notice"),
        ],
    ),
    (
        "a-past-notice-after-a-period-is-still-a-notice",  # negative: a dated deed in the past
        "2025-12-01",
        "Estonia's exit from the Mine Ban Treaty took effect six months after Estonia notified the UN on 27 June.",
        [
            ("notification_date", "apmbc", "EST", "2025-06-27"),
            ("rule", "apmbc", None, "P6M after estonia notified the un on 27 june"),
        ],
    ),
    (
        "a-fronted-event-and-an-effect-after-a-waiting-period",  # 'Following <the notice>, ... effective after <P>'
        "2025-03-10",
        "Following the deposit of its instrument with the UN, Lithuania's exit from the cluster munitions "
        "convention became effective after a six-month waiting period.",
        [
            ("notification_date", "ccm", "LTU", "0001-01-01/2025-03-10"),
            ("rule", "ccm", None, "P6M after the deposit of its instrument with the un"),
        ],
    ),
    (
        "a-fronted-event-without-an-effect-is-no-rule",  # negative
        "2025-03-10",
        "Following the protests, Lithuanian officials said the cluster munitions convention debate had become "
        "heated after a long week.",
        [],
    ),
    (
        "marking-a-period-since-the-notice",  # the time since the notice, as 'has passed since'
        "2026-01-22",
        "The United States' withdrawal from the World Health Organization takes effect today, marking one year "
        "since the formal notice was given.",
        [
            ("effective_date", "who-constitution", "USA", "2026-01-22"),
            ("notification_date", "who-constitution", "USA", "0001-01-01/2026-01-22"),
            ("rule", "who-constitution", None, "P1Y since the formal notice was given"),
        ],
    ),
    (
        "marking-a-year-since-something-else",  # negative: an anniversary, no withdrawal
        "2026-01-22",
        "The meeting in Geneva marked one year since the World Health Organization opened its new office.",
        [],
    ),
    (
        "a-city-before-a-treaty-name-is-part-of-the-name",  # not Canada's government; 'Ban' is no measure here
        "2025-07-01",
        "The Ottawa Mine Ban Convention entered into force in 1999.",
        [("entry_into_force", "apmbc", None, "1999")],
    ),
    (
        "a-court-founded-in-a-year",  # the body a treaty sets up exists from the treaty's entry into force
        "2025-07-01",
        "The International Criminal Court, founded in 2002, sits in The Hague.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "a-convention-established-in-a-year-is-its-adoption",  # negative: the instrument's initials, not a body
        "2026-01-08",
        "The UNFCCC, established in 1992, underpins the Paris Agreement.",
        [],
    ),
    (
        "an-inverted-effect-of-the-deal-just-named",  # 'only in <D> did it take effect' after the deal's signing
        "2017-08-05",
        "The US plans to leave the Paris Agreement. Although the deal was signed in April 2016, only in November "
        "2016 did it take effect.",
        [("signed", "paris-agreement", None, "2016-04"), ("entry_into_force", "paris-agreement", None, "2016-11")],
    ),
    (
        "an-inverted-effect-after-a-withdrawal-is-the-exits",  # negative: 'it' is the withdrawal
        "2025-09-01",
        "Finland notified the UN of its withdrawal from the Ottawa Convention in July; only in January 2026 will it "
        "take effect.",
        [("notification_date", "apmbc", "FIN", "2025-07"), ("effective_date", "apmbc", "FIN", "2026-01")],
    ),
    (
        "opened-for-signature",  # the treaty's own opening, no signer
        "2025-11-05",
        "The Istanbul Convention was opened for signature on 11 May 2011 in Istanbul.",
        [("signed", "istanbul-convention", None, "2011-05-11")],
    ),
    (
        "a-state-opening-something-else",  # negative
        "2025-11-05",
        "Latvia opened the Istanbul Convention debate in May 2011.",
        [],
    ),
    (
        "a-headline-statement-before-its-question",  # 'X leaves Y: what does it mean?' still states the exit
        "2026-03-18",
        "Argentina leaves WHO after US move: what does it mean for global health?",
        [("withdrew", "who-constitution", "ARG", "true")],
    ),
    (
        "a-question-states-nothing",  # negative
        "2026-03-18",
        "Will Argentina leave the WHO?",
        [],
    ),
    (
        "a-period-from-a-ratification-is-the-treatys-entry-into-force",  # negative: no exit rule
        "2018-03-14",
        "The Rome Statute enters into force for a State sixty days after the deposit of its instrument of "
        "ratification.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirteen_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
