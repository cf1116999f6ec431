"""Slips of the reader found in the labelled corpus, each read in general: a capital inside a person's name ('Senator
Leila de Lima') is no government, and a described treaty's words spread over its names stand before the treaty's
noun in each ('landmine treaty', 'Mine Ban Treaty'), so a generic word of a long title ('nuclear' in the Seabed
Treaty's) makes 'the global nuclear arms control treaty' no treaty of its own.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value). A one-line text is read as
a headline.
"""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # A capital inside a person's name: after a name particle, an honorific or a given name
    (
        "capital-after-a-name-particle",  # ABS-CBN, 2021 (Senator Leila de Lima, not Peru)
        "2021-03-16",
        "The first petition was filed on May 16, 2018 by opposition Senators Francis Pangilinan, Franklin Drilon, "
        "Bam Aquino, Leila de Lima, Risa Hontiveros and Antonio Trillanes IV, arguing that the Philippines' "
        "withdrawal from the Rome Statute, the treaty which created the ICC, requires concurrence of at least 2/3 "
        "of the members of the Senate.",
        [],
    ),
    ("name-particle-acting", "2019-03-18", "Leila de Lima withdrew from the Rome Statute in 2018.", []),
    ("honorific-and-particle", "2019-03-18", "Mr de Lima said Peru would stay in the Rome Statute.", []),
    ("honorific", "2019-03-18", "Senator Lima withdrew from the Rome Statute in 2018.", []),
    ("given-name", "2019-03-18", "Opposition senator Leila Lima withdrew from the Rome Statute in 2018.", []),
    (
        "particle-then-a-government",  # our words: the capital after the name is the government
        "2019-03-18",
        "Senator Leila M. de Lima said Manila withdrew from the Rome Statute in 2019.",
        [("withdrew", "rome-statute", "PHL", "2019")],
    ),
    (
        "capital-acting",  # look-alike: a capital alone is its government
        "2019-03-18",
        "Moscow quit the Rome Statute in 2016.",
        [("withdrew", "rome-statute", "RUS", "2016")],
    ),
    (
        "capital-after-a-date",
        "2019-03-18",
        "In 2018 Lima withdrew from the Rome Statute.",
        [("withdrew", "rome-statute", "PER", "2018")],
    ),
    (
        "leader-after-his-title",  # look-alike (Glance, 2025): a leader in office after his title stands for his state
        "2025-07-22",
        "This decision marks the third U.N. agency that President Trump has exited this year, following the WHO.",
        [("withdrew", "who-constitution", "USA", "2025")],
    ),
    (
        "title-case-headline-verb",  # look-alike: a headline's verb in title case is no given name
        "2017-06-02",
        "Trump Quits Paris Climate Deal",
        [("withdrew", "paris-agreement", "USA", "true")],
    ),
    # A treaty described by generic words: the words spread over two names stand before the noun in each
    (
        "generic-arms-control-treaty",  # Mail & Guardian, 2003 (the NPT, named so the sentence before)
        "2003-01-10",
        "North Korea today withdrew from the global nuclear arms control treaty, in a move certain to heighten "
        "tension over its nuclear development efforts.",
        [],
    ),
    ("generic-arms-control-paraphrase", "2023-01-10", "Iran left the nuclear arms control treaty in 2023.", []),
    (
        "landmine-ban-treaty",  # look-alike: 'landmine treaty' and 'Mine Ban Treaty', the Ottawa Convention
        "2025-06-27",
        "Lithuania leaves landmine ban treaty",
        [("withdrew", "apmbc", "LTU", "true")],
    ),
    (
        "landmine-ban-convention",  # our words
        "2025-06-27",
        "Latvia has left the landmine ban convention.",
        [("withdrew", "apmbc", "LVA", "true")],
    ),
    # A membership denied at any time ('never'): joined false with tense 'past' (pinned in test_never_tense below)
    (
        "never-a-state-party",  # Senate of the Philippines, 2019 (Malacañang's claim, reported)
        "2019-03-18",
        "It says that the ICC has never and can never acquire jurisdiction over the matter of EJKs perpetrated by the "
        "Duterte administration because the Philippines was never a state party to the Rome Statute of the ICC.",
        [("joined", "rome-statute", "PHL", "false")],
    ),
    (
        "never-been-a-party",
        "2024-05-01",
        "India has never been a party to the NPT.",
        [("joined", "npt", "IND", "false")],
    ),
    (
        "never-joined",
        "2022-01-01",
        "Israel never joined the Rome Statute.",
        [("joined", "rome-statute", "ISR", "false")],
    ),
    (
        "never-ratified",
        "2019-03-18",
        "Kenya has never ratified the Rome Statute.",
        [("ratified", "rome-statute", "KEN", "false")],
    ),
    (
        "not-a-party",
        "2019-03-18",
        "Israel is not a party to the Rome Statute.",
        [("joined", "rome-statute", "ISR", "false")],
    ),
    ("not-been-a-party-since", "2024-02-01", "Burundi has not been a party to the Rome Statute since 2017.", []),
    ("never-to-join", "2019-03-18", "Activists urged Latvia never to join the Istanbul Convention.", []),
]


@pytest.mark.parametrize(
    ("text", "tense"),
    [
        ("The Philippines was never a state party to the Rome Statute.", "past"),
        ("India has never been a party to the NPT.", "past"),
        ("The Philippines never joined the Rome Statute.", "past"),
        ("Israel is not a party to the Rome Statute.", None),
    ],
)
def test_never_tense(finder: ClaimFinder, text: str, tense: str | None) -> None:
    """'never' denies the membership at any time up to the report: tense 'past' (the judge then counts any
    membership begun before); 'not' only on the report's date."""
    (found,) = finder.find(text, dt.date(2019, 3, 18))
    assert (found.claim.kind, found.claim.value, found.claim.tense) == ("joined", "false", tense)


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_reader_slips(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
