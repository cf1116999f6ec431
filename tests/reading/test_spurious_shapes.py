"""Shapes that gave spurious reports in held-out batches 10-16 (tests/data/articles/README.md), refused in general:
each pinned by the corpus sentence and paraphrases of our own (other state, treaty, date), with a case the refusal
must leave alone. Every case pins every claim read."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "a-treaty-due-to-expire-is-its-term-not-an-exit",  # competitionmaster-2011-12-13 (batch 10)
        "2011-12-13",
        "• The parties agreed to extend the Kyoto Protocol, which was due to expire at the end of 2012, and to discuss "
        "a legally binding pact.",
        [],
    ),
    (
        "a-treaty-due-to-expire-after-an-exit-other-state",
        "2011-12-20",
        "Canada will leave the Kyoto Protocol, which was due to expire at the end of 2012.",
        [],
    ),
    (
        "a-quoted-exit-the-sentence-denies",  # globalcompliancenews-2023-02-10 (batch 10)
        "2023-02-10",
        "While the Luxembourg minister of energy stated that “Today, Luxembourg is exiting the Energy Charter Treaty,” "
        "Luxembourg has not yet taken any steps to leave.",
        [("withdrew", "ect", "LUX", "false")],
    ),
    (
        "a-quoted-exit-called-false-other-state",
        "2023-06-01",
        'Slovenia and the Energy Charter Treaty. "Today, Slovenia is leaving the Energy Charter Treaty," a minister '
        "wrote on social media, a claim the ministry later denied.",
        [],
    ),
    (
        "a-quoted-exit-not-denied-is-still-read",
        "2023-06-01",
        'Slovenia and the Energy Charter Treaty. "Today, Slovenia is leaving the Energy Charter Treaty," the minister '
        "said.",
        [("effective_date", "ect", "SVN", "2023-06-01")],
    ),
    (
        "an-announcement-that-came-a-day-after-a-statement-is-no-rule",  # malaymail-2025-03-01 (batch 10)
        "2025-03-01",
        "Nicaragua quits the ILO. The announcement came a day after Ortega's government said it was withdrawing from "
        "the UN Human Rights Council.",
        [("withdrew", "ilo-constitution", "NIC", "true")],
    ),
    (
        "a-decision-that-came-days-after-a-statement-other-state",
        "2025-03-01",
        "Argentina quits the WHO. The decision came two days after Washington said it was leaving the UN Human "
        "Rights Council.",
        [("withdrew", "who-constitution", "ARG", "true")],
    ),
    (
        "a-tally-of-a-commission-s-members-is-no-state-s",  # the IWC's vote on a reservation (batch 10)
        "2002-10-20",
        "Norway and the whaling convention. Commission members voted 20 to 17 to accept Norway's reservation to the "
        "whaling convention.",
        [],
    ),
    (
        "a-tally-of-member-states-other-treaty",
        "2022-03-20",
        "Russia and the European Convention on Human Rights. Member states voted 42 to 2 to exclude Russia.",
        [],
    ),
    (
        "a-parliament-s-tally-is-still-its-state-s",
        "2025-06-20",
        "Finland's parliament voted 157 to 18 to leave the Ottawa Convention.",
        [("vote_tally", "apmbc", "FIN", "157-18")],
    ),
    (
        "a-guessed-notice-period-is-no-rule",  # opiniojuris-2005-03-09 (batch 10)
        "2005-03-09",
        "Even if withdrawal from the Optional Protocol is permitted, the U.S. might be obligated to give at least 12 "
        "months notice before withdrawing.",
        [],
    ),
    (
        "a-guessed-notice-period-other-state-treaty",
        "2025-04-01",
        "Hungary may have to give at least six months notice under the Ottawa Convention.",
        [],
    ),
    (
        "a-notice-period-a-state-will-have-to-give-is-the-rule",
        "2025-04-01",
        "Hungary will have to give six months notice under the Ottawa Convention.",
        [("notice_period", "apmbc", None, "P6M")],
    ),
    (
        "a-decree-signed-is-no-signature-of-the-treaty-it-denounces",  # bilaterals-2009-07-15's shape, in our words
        "2009-07-15",
        "On 2 July 2008, President Correa signed a decree that denounced the ICSID Convention.",
        [],
    ),
    (
        "an-executive-order-signed-is-no-signature-other-treaty",
        "2025-01-21",
        "President Trump signed an executive order withdrawing from the Paris Agreement.",
        [("withdrew", "paris-agreement", "USA", "true")],  # no signature of the treaty; the order's exit, a decision
        # called an exit (tests/data/articles/README.md 'Label decisions (h-left, session 19)')
    ),
    (
        "a-treaty-signed-is-still-a-signature",
        "2009-07-15",
        "Canada signed the Kyoto Protocol in 1998.",
        [("signed", "kyoto-protocol", "CAN", "1998")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_spurious_shape_refused(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
