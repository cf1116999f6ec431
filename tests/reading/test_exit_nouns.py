"""'exit' / 'exits' as a noun: right after a determiner, a possessive or a preposition ('Trump's second term: a year of
exits', 'more exits loom', 'Trump's exits') it names exits, not a State's deed, and a plural with no treaty of its own
names several exits, none the treaty the body names first (the headline gave a spurious US exit from the WHO, the
body's first treaty). The verb stays one: 'US exits WHO', 'US exits', 'Argentina to exit WHO' (words.exit_noun, used
by triggers.kept_triggers and the back-off's nouns)."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

_BODY = "\n\nThe United States left the World Health Organization on January 22, 2026."
_BODY_EXIT = ("withdrew", "who-constitution", "USA", "2026-01-22")

CASES = [
    ("Trump's second term: a year of exits", []),
    ("Trump's year of exits", []),
    ("Trump's exits", []),
    ("A year of exits and new deals for the US", []),
    ("Trump's first year back: more exits than ever", []),
    # look-alikes: the verb, with or without its object
    ("US exits WHO", [("withdrew", "who-constitution", "USA", "true")]),
    ("US exits the WHO", [("withdrew", "who-constitution", "USA", "true")]),
    ("More exits loom as US quits WHO", [("withdrew", "who-constitution", "USA", "true")]),
]


@pytest.mark.parametrize(("headline", "expected"), CASES, ids=[c[0] for c in CASES])
def test_exit_noun_in_a_headline(finder: ClaimFinder, headline: str, expected: list[tuple[str, str, str, str]]) -> None:
    found = read(finder, headline + _BODY, "2026-01-25")
    assert found == [*expected, _BODY_EXIT]
