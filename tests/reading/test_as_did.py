"""'X did it, as did Y and Z' (app/reading/elided.py): the comparison at a sentence's end repeats the one claim of
the sentence for each state it lists, with the same treaty and value; anything more than a bare list (a date of
its own, 'several others') repeats nothing. 'Y followed suit' repeats an exit, undated (a day of its own)."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway left the Ottawa Convention on 3 March 2031, as did Sweden and Denmark.",
            {("withdrew", "apmbc", s, "2031-03-03") for s in ("NOR", "SWE", "DNK")},
        ),
        (
            "Norway left the Ottawa Convention on 3 March 2031, as did Sweden in 2032.",
            {("withdrew", "apmbc", "NOR", "2031-03-03")},
        ),
        (
            "Norway left the Ottawa Convention on 3 March 2031, as have several other states.",
            {("withdrew", "apmbc", "NOR", "2031-03-03")},
        ),
    ],
)
def test_as_did_repeats_the_claim_for_a_bare_list(
    finder: ClaimFinder, text: str, expected: set[tuple[str, ...]]
) -> None:
    assert set(read(finder, text, "2033-01-10")) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Norway Quits Ottawa Convention, Sweden Follows Suit",
            {("withdrew", "apmbc", "NOR", "true"), ("withdrew", "apmbc", "SWE", "true")},
        ),
        (  # a day of its own: the follower's exit is undated
            "Norway left the Ottawa Convention in 2031 and Sweden followed suit.",
            {("withdrew", "apmbc", "NOR", "2031"), ("withdrew", "apmbc", "SWE", "true")},
        ),
        (  # a notice is its date: not repeated
            "Norway notified its withdrawal from the Ottawa Convention on 3 March 2031 and Sweden followed suit.",
            {("notification_date", "apmbc", "NOR", "2031-03-03")},
        ),
    ],
)
def test_following_suit_repeats_an_exit_undated(finder: ClaimFinder, text: str, expected: set[tuple[str, ...]]) -> None:
    assert set(read(finder, text, "2033-01-10")) == expected
