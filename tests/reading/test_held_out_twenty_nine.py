"""Constructions of the twenty-ninth held-out batch (the end-of-session-12 measure: straight news and wire copies on
joinings, ratifications and exits): a joining told as an organisation's ordinal member with the organisation's
possessive before the ordinal ('On Tuesday, Finland became NATO's 31st member': a joining on that day, as 'became the
31st member of NATO' is read, and the count it gives), each pinned by the article's sentence and paraphrases of our
own, with look-alikes that claim nothing.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_NATO = "north-atlantic-treaty"

CASES: list[tuple[str, str, str, Read]] = [
    # 'X became ORG's Nth member': the organisation's possessive before the ordinal, the joining dated as the clause says
    (
        "became-natos-31st-member",  # BizWatch Nigeria, 2023
        "2023-04-05",
        "On Tuesday, Finland became NATO’s 31st member, a historic realignment of Europe’s defenses.",
        [("joined", _NATO, "FIN", "2023-04-04"), ("parties_count", _NATO, "FIN", "31")],
    ),
    (
        "became-natos-32nd-member-on-a-day",  # our words: another State, a date after the noun, a straight apostrophe
        "2024-03-08",
        "Sweden became NATO's 32nd member on 7 March 2024.",
        [("joined", _NATO, "SWE", "2024-03-07"), ("parties_count", _NATO, "SWE", "32")],
    ),
    # look-alikes: a membership expected or possible, and the ordinal as an appositive, are no joining
    ("expected-to-become-natos-member", "2023-04-05", "Sweden is expected to become NATO's 32nd member next year.", []),
    ("could-become-natos-member", "2023-04-05", "Finland could become NATO's 31st member within weeks.", []),
    ("natos-member-as-appositive", "2023-04-05", "NATO's 31st member, Finland, shares a long border with Russia.", []),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twenty_nine_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
