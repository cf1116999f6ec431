"""Session 15's leftovers of session 14's held-out batches, read by construction, each in the article's words and in
wordings of our own, with look-alikes that claim nothing.

1. A tally told one side a sentence: 'For – 259 votes. Against – 8.' (a side's label, a dash or a colon, its number;
   the sentences that follow opening the same way give the other sides).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_SEIMAS = "The Seimas ratified the Convention on Cluster Munitions on Tuesday. "
_CCM_RATIFIED = ("ratified", "ccm", "LTU", "2022-06-21")

TALLIES: list[tuple[str, str, str, Read]] = [
    (
        "for-dash-votes-against-dash",  # SPZh, 20 June 2022 (the deputy's post as the article quotes it)
        "2022-06-20",
        "On June 20, the Verkhovna Rada voted for the ratification of the Istanbul Convention. “The Parliament "
        "supported the ratification of the Istanbul Convention (on the prevention of violence against women and "
        'domestic violence). For – 259 votes. Against – 8," the deputy wrote.',
        [
            ("ratified", "istanbul-convention", "UKR", "2022-06-20"),
            ("vote_tally", "istanbul-convention", "UKR", "259-8"),
        ],
    ),
    (
        "for-colon-against-colon-abstained-colon",  # our words
        "2022-06-21",
        _SEIMAS + "For: 98 votes. Against: 2. Abstained: 4.",
        [_CCM_RATIFIED, ("vote_tally", "ccm", "LTU", "98-2-4")],
    ),
    (
        "for-dash-against-dash-bare",
        "2022-06-21",
        _SEIMAS + "For – 98. Against – 2.",  # our words
        [_CCM_RATIFIED, ("vote_tally", "ccm", "LTU", "98-2")],
    ),
    (
        "against-first",
        "2022-06-21",
        _SEIMAS + "Against – 2. For – 98.",  # our words
        [_CCM_RATIFIED, ("vote_tally", "ccm", "LTU", "98-2")],
    ),
    (
        "yes-dash-no-dash",
        "2022-06-21",
        _SEIMAS + "Yes – 98. No – 2.",  # our words
        [_CCM_RATIFIED, ("vote_tally", "ccm", "LTU", "98-2")],
    ),
    # look-alikes: labels with no numbers, a number with no side's label, a side not opening its sentence
    ("labels-without-numbers", "2022-06-21", _SEIMAS + "For – the first time. Against – all odds.", [_CCM_RATIFIED]),
    ("a-count-that-is-no-side", "2022-06-21", _SEIMAS + "Chapter – 98. Against – 2.", [_CCM_RATIFIED]),
    ("votes-is-no-side", "2022-06-21", _SEIMAS + "Votes: 98. Against: 2.", [_CCM_RATIFIED]),
    ("for-without-a-dash", "2022-06-21", _SEIMAS + "For 98 days. Against 2 opponents.", [_CCM_RATIFIED]),
    (
        "the-other-side-sentences-later",  # a sentence between: only the side told
        "2022-06-21",
        _SEIMAS + "For – 98 votes. The bill now goes to the President. Against – 2.",
        [_CCM_RATIFIED, ("vote_tally", "ccm", "LTU", "98 for")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in TALLIES], ids=[c[0] for c in TALLIES])
def test_tally_one_side_a_sentence(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
