"""Constructions of the forty-second held-out batch (the end-of-session-17 measure: wire copy, national and regional
papers, a broadcaster's page, aggregators and law-firm notes of 2001-2025), each pinned by the article's sentence and
paraphrases of our own, with look-alikes:

- the time since something last happened is not a period of the exit: 'Defying international outcry, Japan will
  withdraw from the International Whaling Commission on Sunday to resume commercial whaling for the first time in 31
  years.' (Jiji Press via Nippon.com, 29 June 2019) gave a notice period of 31 years; a period after 'in' that an
  ordinal 'first' (or 'only') governs counts back ('the first time in 31 years', 'its first commercial hunt in three
  decades'). A period the exit takes after 'in' is still read ('will withdraw ... in six months', 'will take effect in
  six months, the first such exit in years').
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "first-time-in-years",  # Jiji Press via Nippon.com, 29 June 2019
        "2019-06-29",
        "Tokyo, June 29 (Jiji Press)--Defying international outcry, Japan will withdraw from the International Whaling"
        " Commission on Sunday to resume commercial whaling for the first time in 31 years.",
        [("effective_date", "icrw", "JPN", "2019-06-30")],
    ),
    (
        "first-hunt-in-decades",  # our words
        "2019-06-29",
        "Japan will leave the International Whaling Commission on June 30 and hold its first commercial hunt in three"
        " decades.",
        [("effective_date", "icrw", "JPN", "2019-06-30")],
    ),
    (
        "only-exit-in-years",  # our words
        "2019-06-29",
        "Japan will withdraw from the International Whaling Commission on Sunday, the only such exit in 20 years.",
        [("effective_date", "icrw", "JPN", "2019-06-30")],
    ),
    (
        "look-alike-in-six-months",  # our words: a period the exit takes
        "2019-06-29",
        "Japan will withdraw from the International Whaling Commission in six months.",
        [("notice_period", "icrw", None, "P6M")],
    ),
    (
        "look-alike-first-such-exit",  # our words: the period still read beside an ordinal elsewhere
        "2019-06-29",
        "Japan said its withdrawal from the International Whaling Commission will take effect in six months, the first"
        " such exit in years.",
        [("notice_period", "icrw", None, "P6M")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_forty_two_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
