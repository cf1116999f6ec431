"""Constructions of the thirtieth held-out batch (the end-of-session-13 measure: wire, agency and regional copy on
joinings, ratifications and exits): the treaty's holdouts listed in a sentence that does not name the treaty ('There
are eight remaining holdouts -- China, Egypt, ...' after a sentence on the CTBT: not ratified, as 'Other holdouts to the
treaty include China, ...' is read), listed after a dash or colon, by 'are' or by 'include', each pinned by the article's
sentence and paraphrases of our own, with look-alikes that claim nothing.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_CTBT = "ctbt"
_LEAD = "Indonesia on Monday ratified the Comprehensive Test Ban Treaty. "
_INDONESIA = ("ratified", _CTBT, "IDN", "2012-02-06")


def _holdouts(*states: str) -> Read:
    return [_INDONESIA] + [("ratified", _CTBT, s, "false") for s in states]


CASES: list[tuple[str, str, str, Read]] = [
    # holdouts of the treaty the sentence before names, listed after a dash or a colon, by 'are' or 'include'
    (
        "remaining-holdouts-after-dashes",  # NTI Global Security Newswire, 2012 (the list as the article gives it)
        "2012-02-07",
        _LEAD
        + "There are eight remaining holdouts -- China, Egypt, India, Iran, Israel, North Korea, Pakistan and the "
        "United States.",
        _holdouts("CHN", "EGY", "IND", "IRN", "ISR", "PRK", "PAK", "USA"),
    ),
    (
        "holdouts-after-a-colon",  # our words
        "2012-02-07",
        _LEAD + "There are now two holdouts: Israel and Egypt.",
        _holdouts("ISR", "EGY"),
    ),
    (
        "remaining-holdouts-are",  # our words
        "2012-02-07",
        _LEAD + "The remaining holdouts are India and Pakistan.",
        _holdouts("IND", "PAK"),
    ),
    (
        "are-the-last-holdouts",  # our words: the States first
        "2012-02-07",
        _LEAD + "Israel and Egypt are the last holdouts.",
        _holdouts("ISR", "EGY"),
    ),
    (
        "other-holdouts-include",  # our words
        "2012-02-07",
        _LEAD + "Other holdouts include Iran.",
        _holdouts("IRN"),
    ),
    # look-alikes: holdouts doing something else, and holdouts with no treaty before, are no claim
    (
        "holdouts-urged-a-state",
        "2012-02-07",
        _LEAD + "The holdouts had urged Argentina to pay its debts.",
        [_INDONESIA],
    ),
    ("holdouts-with-no-treaty", "2012-02-07", "There are two remaining holdouts -- Argentina and Greece.", []),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirty_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
