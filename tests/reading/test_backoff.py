"""The back-off reading (app/reading/backoff.py): claims read from a sentence's parts where the construction
readers found none, in short texts of our own words.

Each case pins what the back-off adds: the claims read with it less those read without it (``backoff=False``). A
negative case (hedged, negated, intended, conditional, announced, another state's act, an ambiguous date) adds
nothing.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from app.rulebook import Rulebook
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

SAHEL = "ECOWAS.\nMali, Burkina Faso and Niger faced sanctions. "
MINES = "The Ottawa Convention.\n"

ADDED: list[tuple[str, str, str, Read]] = [
    (
        "a-notice-and-its-effect-each-dated-for-a-group",  # each date to the cue that governs it, for each state
        "2025-02-10",
        SAHEL + "Their letters of withdrawal reached the ECOWAS Commission in January 2024; the exit of the three "
        "countries became effective in January 2025.",
        [
            ("notification_date", "ecowas-treaty", "MLI", "2024-01"),
            ("notification_date", "ecowas-treaty", "BFA", "2024-01"),
            ("notification_date", "ecowas-treaty", "NER", "2024-01"),
        ],  # the effects are the construction readers' own
    ),
    (
        "a-group-owned-notice-and-effect",  # 'the trio's': each of the three (the readers read only the last)
        "2025-02-10",
        SAHEL + "The trio's instruments of withdrawal, lodged in January 2024, became effective in January 2025.",
        [
            ("notification_date", "ecowas-treaty", "MLI", "2024-01"),
            ("notification_date", "ecowas-treaty", "BFA", "2024-01"),
            ("effective_date", "ecowas-treaty", "MLI", "2025-01"),
            ("effective_date", "ecowas-treaty", "BFA", "2025-01"),
        ],
    ),
    (
        "a-letter-that-reached-the-depositary",  # the office a notice went to, dated; the state that sent it
        "2025-07-10",
        MINES + "Latvia's letter of withdrawal reached the Secretary-General on 27 June 2025.",
        [("notification_date", "apmbc", "LVA", "2025-06-27")],
    ),
    (
        "another-states-welcome-is-not-its-notice",  # the letter is Latvia's, not Estonia's
        "2025-07-10",
        MINES + "Estonia's government welcomed Latvia's letter of withdrawal, which reached the Secretary-General on "
        "27 June 2025.",
        [("notification_date", "apmbc", "LVA", "2025-06-27")],
    ),
]

NOTHING_ADDED: list[tuple[str, str, str]] = [
    ("a-modal", "2025-07-10", MINES + "Latvia could hand its notice of withdrawal to the depositary in June 2026."),
    ("a-denial", "2025-07-10", MINES + "Latvia has not handed any notice of withdrawal to the depositary in 2025."),
    ("a-plan", "2025-07-10", MINES + "Latvia plans to hand its notice of withdrawal to the depositary in June 2026."),
    ("a-threat", "2026-01-05", MINES + "Latvia threatened to abandon the convention in June 2025."),
    ("a-consideration", "2026-01-05", MINES + "Latvia is considering whether to quit the convention in March 2026."),
    ("a-call", "2026-01-05", MINES + "Lawmakers called for Latvia to exit the convention in 2026."),
    ("an-announcement", "2025-07-10", MINES + "Latvia announced its withdrawal from the convention on 16 April 2025."),
    (
        "a-quoted-denial",
        "2025-07-10",
        MINES + '"We will never hand in a notice of withdrawal," Latvia\'s minister said on 16 April 2025.',
    ),
    ("a-statement", "2024-02-02", SAHEL + "Mali issued a statement on its withdrawal from ECOWAS on 28 January 2024."),
    (
        "an-alternative-under-a-modal",
        "2019-04-12",
        "The Treaty on European Union.\nThe UK must hold European elections in May, or leave on 1 June.",
    ),
    ("a-suspension", "2025-07-10", MINES + "Latvia suspended its obligations under the convention in June 2025."),
    (
        "a-condition",
        "2025-07-10",
        MINES + "Should Latvia hand its notice to the depositary in June, its exit would take effect in December.",
    ),
    (
        "a-date-either-cue-could-own",  # the notice's or the effect's month: neither is claimed
        "2025-07-10",
        MINES + "Estonia and Latvia spoke. Their notice of withdrawal in June 2025 took effect.",
    ),
    (
        "a-depositary-passing-a-notice-on",
        "2025-07-10",
        MINES + "The Secretary-General has informed all the parties of Latvia's notice of withdrawal.",
    ),
    (
        "the-treatys-own-entry-into-force",
        "2025-07-10",
        MINES + "Latvia, the first Baltic state to withdraw since the convention took effect in 1999, said so.",
    ),
]


@pytest.fixture(scope="module")
def readers(rulebook: Rulebook) -> tuple[ClaimFinder, ClaimFinder]:
    return ClaimFinder(rulebook), ClaimFinder(rulebook, backoff=False)


def added(readers: tuple[ClaimFinder, ClaimFinder], text: str, published: str) -> Read:
    with_backoff, without = (read(r, text, published) for r in readers)
    return [claim for claim in with_backoff if claim not in without]


@pytest.mark.parametrize(("name", "published", "text", "expected"), ADDED, ids=[c[0] for c in ADDED])
def test_backoff_reads(
    readers: tuple[ClaimFinder, ClaimFinder], name: str, published: str, text: str, expected: Read
) -> None:
    assert added(readers, text, published) == expected, name


@pytest.mark.parametrize(("name", "published", "text"), NOTHING_ADDED, ids=[c[0] for c in NOTHING_ADDED])
def test_backoff_refuses(readers: tuple[ClaimFinder, ClaimFinder], name: str, published: str, text: str) -> None:
    assert added(readers, text, published) == [], name


def test_construction_readers_take_precedence(readers: tuple[ClaimFinder, ClaimFinder]) -> None:
    """A sentence the construction readers read gives their claims alone: nothing of the same kind and state twice."""
    text = MINES + "Latvia's withdrawal from the convention will take effect on 27 December 2025, the ministry said."
    with_backoff, without = (read(r, text, "2025-07-10") for r in readers)
    assert with_backoff == without == [("effective_date", "apmbc", "LVA", "2025-12-27")]
