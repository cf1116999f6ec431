"""Constructions of the seventeenth held-out batch (the end-of-session-8 measure: news of 2004-2023), each pinned
with the article's sentence and paraphrases of our own (other states, treaties, dates, tenses).

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # --- counts as nouns of members and ratifications, ordinal counts ---
    (
        "n-qualified-treaty-members",  # the article's sentence
        "2013-02-12",
        "In order to block Bolivia's re-adherence to the Single Convention, one-third or more of the 184 UN treaty "
        "members would have had to formally object by January 10, 2013.",
        [("parties_count", "single-convention", None, "184")],
    ),
    (
        "n-convention-parties",
        "2024-05-01",
        "The Ottawa Convention's 164 convention parties meet in Geneva this year.",
        [("parties_count", "apmbc", None, "164")],
    ),
    (
        "n-un-member-states-are-not-the-treatys",  # the UN's members, not the convention's
        "2013-02-12",
        "Bolivia asked the 193 UN member states to back its reservation to the Single Convention.",
        [],
    ),
    (
        "it-ratified-by-n-countries",  # the article's: 'it' is the treaty last named
        "2019-04-27",
        "The Arms Trade Treaty regulates the arms trade. It has been ratified by 101 countries.",
        [("parties_count", "att", None, "101")],
    ),
    (
        "it-has-since-been-ratified-by-n-states",
        "2016-03-01",
        "The Ottawa Convention was adopted in 1997. It has since been ratified by 162 states.",
        [("parties_count", "apmbc", None, "162")],
    ),
    (
        "nth-member-to-ratify-with-its-day",  # the article's: the order of a deposit, dated, the treaty in force
        "2020-07-25",
        "Poland ratified the Istanbul Convention on April 27, 2015 and became the 18th member of the Council of Europe "
        "to ratify the Istanbul Convention.",
        [
            ("ratified", "istanbul-convention", "POL", "2015-04-27"),
            ("parties_count", "istanbul-convention", None, "18 (on 2015-04-27)"),
        ],
    ),
    (
        "nth-state-to-ratify-it",
        "2023-07-25",
        "Chile ratified the Istanbul Convention on 3 May 2022 and became the 38th state to ratify it.",
        [
            ("ratified", "istanbul-convention", "CHL", "2022-05-03"),
            ("parties_count", "istanbul-convention", None, "38 (on 2022-05-03)"),
        ],
    ),
    (
        "nth-to-ratify-before-entry-into-force-counts-no-parties",  # the 40th deposit brought it into force
        "1998-09-20",
        "The Ottawa Convention. Burkina Faso ratified it on 16 September 1998 and became the 40th state to ratify the "
        "convention.",
        [("ratified", "apmbc", "BFA", "1998-09-16")],
    ),
    (
        "nth-to-sign-counts-no-parties",
        "2021-06-21",
        "Ecuador signed the ICSID Convention on 21 June 2021 and became the 164th State to sign the Convention.",
        [("signed", "icsid-convention", "ECU", "2021-06-21")],
    ),
    (
        "states-that-objected-are-no-party-count",  # the article's
        "2013-02-12",
        "Bolivia asked to rejoin the Single Convention. Only 15 countries formally objected by that deadline, "
        "allowing Bolivia to begin the procedure to return to the convention.",
        [],
    ),
    (
        "parties-that-objected-are-no-party-count",
        "2013-02-12",
        "Eighteen parties objected to the reservation to the Single Convention.",
        [],
    ),
    (
        "a-count-after-an-instrument-the-rulebook-lacks",  # the article's: the Cotonou Agreement's ACP countries
        "2007-08-20",
        "Mauritanian officials want to restore cooperation with ECOWAS, which enables the country to tap trade "
        "benefits, especially the Cotonou Agreement, a 20-year trade package signed between the European Community, "
        "its member states and 77 countries of African Caribbean and Pacific (ACP). The package was signed on 23 June "
        "2000.",
        [],
    ),
    (
        "another-instrument-signed-by-n",
        "2010-01-01",
        "Peru stayed in the Rome Statute and joined the Bamako Accord, a regional pact signed by 45 states. The "
        "instrument was signed on 3 May 2001.",
        [],
    ),
    (
        "the-deal-was-signed-is-still-the-treaty",  # a treaty noun as the passive's subject
        "2010-01-01",
        "The Ottawa Convention bans mines. The deal was signed in Ottawa on 3 December 1997.",
        [("signed", "apmbc", None, "1997-12-03")],
    ),
    # --- re-accession ---
    (
        "returns-as-a-party-headline",  # the article's headline: back in by the day of the report
        "2013-02-12",
        "Bolivia Officially Returns as a Party to the 1961 Single Convention on Narcotic Drugs",
        [("joined", "single-convention", "BOL", "0001-01-01/2013-02-12")],
    ),
    (
        "returned-as-a-member-dated",
        "2024-01-10",
        "The United States returned as a member of UNESCO in July 2023.",
        [("joined", "unesco-constitution", "USA", "2023-07")],
    ),
    (
        "returns-to-a-treaty-named-with-its-year",
        "2013-02-12",
        "Bolivia returns to the 1961 Single Convention on Narcotic Drugs",
        [("joined", "single-convention", "BOL", "0001-01-01/2013-02-12")],
    ),
    (
        "it-is-now-again-a-party",  # the article's: 'it' the state the sentence before names
        "2013-02-12",
        "Only 15 countries formally objected by that deadline, allowing Bolivia to begin the procedure to return to "
        "the convention. It is now again a party to the Single Convention, having won a significant victory.",
        [("bound_on", "single-convention", "BOL", "true")],
    ),
    (
        "is-once-again-a-member",
        "2023-08-01",
        "The United States is once again a member of UNESCO.",
        [("bound_on", "unesco-constitution", "USA", "true")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_seventeen_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
