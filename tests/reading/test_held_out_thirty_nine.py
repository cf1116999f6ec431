"""Constructions of the thirty-ninth held-out batch (the end-of-session-16 measure: wire, national and regional news,
an aggregator, a legal blog and an explainer of 2015-2026), each pinned by the article's sentence and paraphrases of our
own, with look-alikes:

- a syndicated copy's bare dateline, the agency dropped: 'Vilinus, June 29 Lithuania, Latvia and Estonia have
  officially submitted their withdrawal notices from the Ottawa Convention to the United Nations Secretary-General.'
  (IANS as reprinted by Lokmat Times, 29 June 2025) gave the notices the dispatch's day and was judged wrong (received
  27 June); the day after a place of capitalised names and a comma, with no year and the sentence going on at once, is
  the dispatch's, as 'TOKYO, Dec. 26 (Xinhua) --' is. Not when the place is a day or a function word opens the
  sentence ('On Friday, June 27 Lithuania notified ...', 'Friday, June 27 Lithuania notified ...': the act's day), nor
  when the day has its year ('Vilnius, June 27, 2025, Lithuania notified ...');
- an initiative to withdraw is a purpose, not a deed: 'In early October, Putin himself took the initiative to withdraw
  from the agreement' (Adyrna, 2 November 2023) was read as Russia's exit taking effect in October 2024; 'initiative'
  joins 'proposal', 'bid' and 'effort' (vocabulary.INTENDING). A deed in the same sentence is still read ('Russia had
  ratified'), and so is a withdrawal told as done.
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
    (
        "took-the-initiative-to-withdraw",  # Adyrna, 2 November 2023, the treaty named (the article: 'the agreement')
        "2023-11-02",
        "In early October, Putin himself took the initiative to withdraw from the CTBT - he said that, unlike the"
        " United States, Russia had ratified the CTBT.",
        [("ratified", "ctbt", "RUS", "true")],
    ),
    (
        "government-initiative-to-leave",  # our words
        "2022-03-10",
        "The Duma backed the government's initiative to leave the Council of Europe on 10 March.",
        [],
    ),
    # look-alike: a withdrawal told as done
    (
        "withdrew-in-a-month",
        "2023-11-02",
        "Putin took the initiative, and Russia left the Open Skies Treaty in December 2021.",
        [("withdrew", "open-skies", "RUS", "2021-12")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirty_nine_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
