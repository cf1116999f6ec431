"""Constructions of the thirty-ninth held-out batch (the end-of-session-16 measure: wire, national and regional news,
an aggregator, a legal blog and an explainer of 2015-2026), each pinned by the article's sentence and paraphrases of our
own, with look-alikes:

- a syndicated copy's bare dateline, the agency dropped: 'Vilinus, June 29 Lithuania, Latvia and Estonia have
  officially submitted their withdrawal notices from the Ottawa Convention to the United Nations Secretary-General.'
  (IANS as reprinted by Lokmat Times, 29 June 2025) gave the notices the dispatch's day and was judged wrong (received
  27 June); the day after a place of capitalised names and a comma, with no year and the sentence going on at once, is
  the dispatch's, as 'TOKYO, Dec. 26 (Xinhua) --' is. Not when the place is a day or a function word opens the
  sentence ('On Friday, June 27 Lithuania notified ...', 'Friday, June 27 Lithuania notified ...': the act's day), nor
  when the day has its year ('Vilnius, June 27, 2025, Lithuania notified ...').
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_SUBMITTED = (
    " June 29 Lithuania, Latvia and Estonia have officially submitted their withdrawal notices from the Ottawa"
    " Convention to the United Nations Secretary-General."
)
_BY_DAY = "0001-01-01/2025-06-29"  # notified by the report's day

CASES: list[tuple[str, str, str, Read]] = [
    (
        "bare-dateline-three-states",  # IANS via Lokmat Times, 29 June 2025
        "2025-06-29",
        "Vilinus," + _SUBMITTED,
        [("notification_date", "apmbc", s, _BY_DAY) for s in ("LTU", "LVA", "EST")],
    ),
    (
        "bare-dateline-two-word-place",  # our words
        "2025-06-29",
        "New Delhi, June 29 Lithuania has notified the UN Secretary-General of its withdrawal from the Ottawa"
        " Convention.",
        [("notification_date", "apmbc", "LTU", _BY_DAY)],
    ),
    (
        "bare-dateline-past-tense",  # our words
        "2025-06-29",
        "Vilnius, June 28 Lithuania notified the UN Secretary-General of its withdrawal from the Ottawa Convention.",
        [("notification_date", "apmbc", "LTU", _BY_DAY)],
    ),
    # look-alikes: the day is the act's
    (
        "on-weekday-day-opens",
        "2025-06-29",
        "On Friday, June 27 Lithuania notified the UN Secretary-General of its withdrawal from the Ottawa Convention.",
        [("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    (
        "weekday-day-opens",
        "2025-06-29",
        "Friday, June 27 Lithuania notified the UN Secretary-General of its withdrawal from the Ottawa Convention.",
        [("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    (
        "day-with-its-year",
        "2025-06-29",
        "Vilnius, June 27, 2025, Lithuania notified the UN Secretary-General of its withdrawal from the Ottawa"
        " Convention.",
        [("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    (
        "agency-dateline-still-read",
        "2025-06-29",
        "VILNIUS, June 29 (IANS) Lithuania has notified the UN Secretary-General of its withdrawal from the Ottawa"
        " Convention.",
        [("notification_date", "apmbc", "LTU", _BY_DAY)],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirty_nine_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
