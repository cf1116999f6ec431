"""Constructions of the fourteenth held-out batch (a mid-session measure), in our own words.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from app.reading.plain import plain_text
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "signed-but-never-ratified",  # an undated signature of each listed state, and no ratification
        "2025-11-02",
        "Croatia and Moldova signed the Istanbul Convention but never ratified it.",
        [
            ("signed", "istanbul-convention", "HRV", "true"),
            ("signed", "istanbul-convention", "MDA", "true"),
            ("ratified", "istanbul-convention", "HRV", "false"),
            ("ratified", "istanbul-convention", "MDA", "false"),
        ],
    ),
    (
        "a-signed-decree-is-no-signature",  # the paper signed is the decree, not the treaty
        "2025-07-01",
        "The President of Ukraine has signed a decree to withdraw from the Ottawa Convention.",
        [],
    ),
    (
        "countries-that-have-signed-are-not-the-state-named",  # a relative clause's signers
        "2011-07-01",
        "Bolivia's move follows a call to free countries that have signed the Single Convention from its coca ban.",
        [],
    ),
    (
        "only-one-state-has-signed-is-a-group-claim",  # 'only X has signed it' is about the group, not X alone
        "2024-07-20",
        "Among the members bordering Belarus, only Lithuania has signed the Convention on Cluster Munitions.",
        [],
    ),
    (
        "never-been-signatories",  # a signature denied with a noun
        "2025-07-01",
        "India and Iran have never been signatories of the Ottawa Convention.",
        [("signed", "apmbc", "IND", "false"), ("signed", "apmbc", "IRN", "false")],
    ),
    (
        "a-state-adjective-before-another-states-parliament",  # 'the Latvian Seimas': Latvia's vote, whatever the
        "2025-10-31",  # parliament's name says
        "The Latvian Seimas voted on the Istanbul Convention on Thursday. The bill passed with 56 votes for, 32 "
        "against and 2 abstentions.",
        [("vote_tally", "istanbul-convention", "LVA", "56-32-2")],
    ),
    (
        "members-of-both-groups-is-not-the-treaty-left",  # 'members of both the EU and NATO' names their groups
        "2025-07-01",
        "On 27 June Poland notified the UN of its exit from the Ottawa Convention. Poland, a member of both the EU "
        "and NATO, says the exit takes effect six months after the notification.",
        [
            ("notification_date", "apmbc", "POL", "2025-06-27"),
            ("rule", "apmbc", None, "P6M after the notification"),
        ],
    ),
    (
        "the-law-of-treaties-applied-is-not-the-treaty-left",  # the Vienna Convention as the law applied
        "2026-03-20",
        "Argentina has left the World Health Organization. Under the Vienna Convention on the Law of Treaties, the "
        "withdrawal took effect one year after the notification.",
        [
            ("withdrew", "who-constitution", "ARG", "true"),
            ("rule", "who-constitution", None, "P1Y after the notification"),
        ],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_fourteen_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


def test_a_possessive_that_lost_its_apostrophe_is_read_as_one() -> None:
    """'PolandS exit': the stored copy's capital S after a name, before a lower-case word, reads as "'s"."""
    plain = plain_text("PolandS exit takes effect in 2026. The USS Maine sank.")
    assert plain.text == "Poland's exit takes effect in 2026. The USS Maine sank."
    assert plain.original(0, len("Poland's")) == (0, len("PolandS"))
