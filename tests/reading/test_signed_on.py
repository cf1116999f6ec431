"""'To sign on (to)', 'to sign up (to / for)', 'to sign onto' a treaty: the idiom for joining (consent to be bound,
VCLT Arts. 11-16), read as `joined`, not as a signature; 'signed on' a day or 'on behalf of' stays a signature. Pinned
by the corpus sentence (sunnews-2012-12-14), paraphrases of our own and look-alikes."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "never-signed-on-as-reason",  # sunnews-2012-12-14 (the Kyoto Protocol named in the sentence before)
        "2012-12-14",
        "Canada has officially withdrawn from the Kyoto Protocol. Environment Minister Peter Kent pointed to the fact "
        "the United States and China - the two largest carbon emitters - never signed on as reason to abandon the "
        "agreement.",
        [
            ("withdrew", "kyoto-protocol", "CAN", "true"),
            ("joined", "kyoto-protocol", "USA", "false"),
            ("joined", "kyoto-protocol", "CHN", "false"),
        ],
    ),
    (
        "signed-on-to-dated",  # our words: another state, treaty, with a year
        "2025-06-30",
        "The United States signed on to the Paris Agreement in 2016.",
        [("joined", "paris-agreement", "USA", "2016")],
    ),
    (
        "signed-onto-dated",  # our words: one word
        "2025-06-30",
        "Turkey signed onto the Kyoto Protocol in 2009.",
        [("joined", "kyoto-protocol", "TUR", "2009")],
    ),
    (
        "signed-up-for-dated",  # our words: 'up for'
        "2025-06-30",
        "India signed up for the Ottawa Convention in 1999.",
        [("joined", "apmbc", "IND", "1999")],
    ),
    (
        "never-signed-on-to",  # our words: denied
        "2025-06-30",
        "Syria never signed on to the Paris Agreement.",
        [("joined", "paris-agreement", "SYR", "false")],
    ),
    (
        "signed-on-a-day",  # look-alike: 'on' before a day is the signature's date
        "2025-06-30",
        "Canada signed on Monday the Paris Agreement.",
        [("signed", "paris-agreement", "CAN", "2025-06-30")],
    ),
    (
        "signed-on-a-date",  # look-alike: the treaty's own signing
        "2025-06-30",
        "The Ottawa Convention was signed on December 3, 1997.",
        [("signed", "apmbc", None, "1997-12-03")],
    ),
    (
        "signed-on-behalf-of",  # look-alike: 'on behalf of' names who signs for whom
        "2025-06-30",
        "Canada signed on behalf of its provinces the Kyoto Protocol in 1998.",
        [("signed", "kyoto-protocol", "CAN", "1998")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_signed_on_is_joined(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
