"""The leftovers of session 12 and the conventions it left open (h-left, session 13): each convention decided in
tests/data/articles/README.md 'Label decisions (h-left, session 13)' and each construction fixed by its general English
pattern, pinned by the corpus sentence, paraphrases of our own (other states, treaties, tenses) and look-alikes.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that adds
a spurious claim fails as surely as one that misses a claim. A one-line text is read as a headline.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # (a) An undated simple past 'X joined T' / 'X became a party to T' is a joining done by the report's day
    (
        "undated-became-a-party",  # Babel, 2024 (corpus)
        "2024-02-01",
        "Headline\n\nArmenia officially became a party to the Rome Statute of the International Criminal Court.",
        [("joined", "rome-statute", "ARM", "true")],
    ),
    (
        "undated-joined-paraphrase",  # our words: a state that has left since
        "2020-06-01",
        "Headline\n\nBurundi joined the Rome Statute, and left it again.",
        [("joined", "rome-statute", "BDI", "true"), ("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "undated-rejoined-paraphrase",  # our words
        "2008-01-10",
        "Headline\n\nSingapore rejoined UNESCO.",
        [("joined", "unesco-constitution", "SGP", "true")],
    ),
    (
        "undated-signed-on-by-its-government",  # Stabroek News, 2011 (corpus): the state's government as the subject
        "2011-12-12",
        "Headline\n\nCanada's former Liberal government signed on to Kyoto.",
        [("joined", "kyoto-protocol", "CAN", "true")],
    ),
    (
        "undated-joined-in-a-time-clause-is-none",  # freepressjournal, 2025 (corpus): told in passing
        "2025-06-28",
        "Headline\n\nThe ministry noted that the security environment has changed since Latvia joined the Ottawa "
        "Convention.",
        [],
    ),
    (
        "undated-became-the-nth-party-is-the-count",  # Babel, 2024 (corpus): the ordinal count is the claim
        "2024-02-01",
        "Headline\n\nArmenia became the 24th state party to the Rome Statute.",
        [("parties_count", "rome-statute", "ARM", "24")],
    ),
    (
        "joined-others-in-a-deed-is-no-joining",  # our words
        "2025-04-05",
        "Headline\n\nHungary joined Burundi in leaving the Rome Statute.",
        [("withdrew", "rome-statute", "HUN", "true"), ("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "a-count-that-joined-is-no-state",  # our words: a count as the subject
        "2024-02-01",
        "Headline\n\nMore than 160 countries joined the Ottawa Convention.",
        [("parties_count", "apmbc", None, "160")],
    ),
    # (b) A completion told with its day is the day the exit took effect; undated it is the exit done
    (
        "completed-the-procedure-on-a-day",  # UNN, 2026 (corpus)
        "2026-01-10",
        "Headline\n\nOn December 27, 2025, Lithuania officially completed the procedure for withdrawing from the "
        "Ottawa Convention.",
        [("effective_date", "apmbc", "LTU", "2025-12-27")],
    ),
    (
        "finalized-its-pullout-on-a-weekday",  # AP, 2023 (corpus)
        "2023-11-07",
        "Headline\n\nRussia on Tuesday finalized its pullout from the Treaty on Conventional Armed Forces in Europe.",
        [("effective_date", "cfe-treaty", "RUS", "2023-11-07")],
    ),
    (
        "completed-its-withdrawal-on-a-day-paraphrase",  # our words
        "2026-01-25",
        "Headline\n\nThe United States completed its withdrawal from the World Health Organization on 22 January 2026.",
        [("effective_date", "who-constitution", "USA", "2026-01-22")],
    ),
    (
        "completed-undated-is-the-exit-done",  # Pressenza, 2026 (corpus)
        "2026-01-23",
        "Headline\n\nThe United States has officially completed its withdrawal from the World Health Organization.",
        [("withdrew", "who-constitution", "USA", "true")],
    ),
    # (c) A progressive announcement ('announces it is withdrawing') claims nothing; a notice so told is the notice
    (
        "timeline-announces-it-is-withdrawing",  # CNN via WAAY-TV, 2018 (corpus)
        "2018-03-14",
        "ICC Fast Facts\n\nOctober 26, 2016 - Gambia announces it is withdrawing from the court, citing bias against "
        "Africans.\n\nThe court is in The Hague, under the Rome Statute.",
        [],
    ),
    ("says-it-is-leaving-paraphrase", "2016-10-26", "Gambia says it is leaving the ICC", []),  # our words
    (
        "declares-that-it-is-quitting-paraphrase",  # our words
        "2017-01-01",
        "Headline\n\nBurundi declares that it is quitting the Rome Statute.",
        [],
    ),
    (
        "the-united-states-is-no-longer-part",  # Pressenza, 2026 (corpus): 'States' is no saying verb
        "2026-01-23",
        "The United States is no longer part of the WHO",
        [("withdrew", "who-constitution", "USA", "true")],
    ),
    # (d) A past 'took N to complete' is one state's process from a start it does not name: no period claim
    (
        "took-three-years-to-complete",  # Casa Maquinas, 2023 (corpus)
        "2023-02-22",
        "Headline\n\nThe US withdrawal from the Paris Agreement took three years to complete.",
        [],
    ),
    (
        "lasted-to-finish-paraphrase",  # our words
        "2020-02-05",
        "Headline\n\nBritain's exit from the European Union took three and a half years to finish.",
        [],
    ),
    (
        "took-a-year-to-take-effect-is-the-period",  # our words: the effect named, the notice period
        "2021-01-01",
        "Headline\n\nThe US withdrawal from the Paris Agreement took one year to take effect.",
        [("notice_period", "paris-agreement", None, "P1Y")],
    ),
    # A date between 'deposited' and its object: the instrument named after it says what was deposited
    (
        "deposited-on-a-day-its-instrument-of-accession",  # Sputnik, 2018 (corpus)
        "2018-05-23",
        'Headline\n\n"The State of Palestine deposited on 17 May 2018 its instrument of accession to the Chemical '
        'Weapons Convention," the statement said.',
        [("acceded", "cwc", "PSE", "2018-05-17")],
    ),
    (
        "deposited-on-a-day-its-instrument-of-ratification",  # our words
        "2024-11-01",
        "Headline\n\nUkraine deposited on 25 October 2024 its instrument of ratification of the Rome Statute.",
        [("ratified", "rome-statute", "UKR", "2024-10-25")],
    ),
    (
        "deposited-on-a-weekday-the-instrument",  # our words: a weekday, 'the'
        "2023-11-16",
        "Headline\n\nArmenia deposited on Tuesday the instrument of ratification of the Rome Statute.",
        [("ratified", "rome-statute", "ARM", "2023-11-14")],
    ),
    (
        "deposited-on-a-day-its-notification-of-withdrawal-is-the-notice",  # our words: the notice, not an effect
        "2025-06-10",
        "Headline\n\nHungary deposited on 2 June 2025 its notification of withdrawal from the Rome Statute.",
        [("notification_date", "rome-statute", "HUN", "2025-06-02")],
    ),
    # A headline's present joining with an ordinal: the joining of the day and the count
    (
        "becomes-the-organisations-nth-member",  # BizWatchNigeria, 2023 (corpus)
        "2023-04-05",
        "Finland becomes NATO's 31st member",
        [
            ("joined", "north-atlantic-treaty", "FIN", "0001-01-01/2023-04-05"),
            ("parties_count", "north-atlantic-treaty", "FIN", "31"),
        ],
    ),
    (
        "becomes-the-nth-member-of-the-organisation",  # our words
        "2024-03-08",
        "Sweden becomes the 32nd member of NATO",
        [
            ("joined", "north-atlantic-treaty", "SWE", "0001-01-01/2024-03-08"),
            ("parties_count", "north-atlantic-treaty", "SWE", "32"),
        ],
    ),
    (
        "becomes-the-nth-state-party-paraphrase",  # our words: another treaty
        "2025-01-01",
        "Ukraine becomes the 125th state party to the Rome Statute",
        [("joined", "rome-statute", "UKR", "0001-01-01/2025-01-01"), ("parties_count", "rome-statute", "UKR", "125")],
    ),
    (
        "became-the-nth-member-in-a-year-is-dated",  # our words: a year in the headline dates it
        "2024-03-08",
        "Sweden becomes NATO's 32nd member in 2024",
        [("joined", "north-atlantic-treaty", "SWE", "2024"), ("parties_count", "north-atlantic-treaty", "SWE", "32")],
    ),
    # A body of an organisation is not the organisation's founding treaty
    (
        "withdrew-from-a-body-of-the-un",  # Havana Times, 2025 (corpus): UNESCO still read
        "2025-05-05",
        "Headline\n\nNicaragua also withdrew from the UN Human Rights Council on February 27, and in the same month "
        "left UNESCO.",
        [("withdrew", "unesco-constitution", "NIC", "true")],
    ),
    (
        "left-a-body-of-the-un-paraphrase",  # our words
        "2019-01-01",
        "Headline\n\nThe United States withdrew from the UN Human Rights Council in 2018.",
        [],
    ),
    (
        "the-organisation-itself-is-still-its-treaty",  # our words
        "2022-03-17",
        "Headline\n\nRussia was expelled from the Council of Europe on 16 March 2022.",
        [("withdrew", "coe-statute", "RUS", "2022-03-16")],
    ),
    (
        "joined-the-organisation-named",  # The National, 2022 (corpus, 'the council' there): the founding treaty
        "2022-03-15",
        "Headline\n\nRussia joined the Council of Europe in 1996.",
        [("joined", "coe-statute", "RUS", "1996")],
    ),
    # An ordinal's parenthesis presupposes the earlier exits: 'the second country, after Bolivia, to withdraw'
    (
        "the-second-country-after-x-to-withdraw",  # Crowell & Moring, 2009 (corpus): Ecuador's own still to come
        "2009-06-23",
        "Headline\n\nEcuador would be only the second country, after Bolivia, to withdraw from ICSID.",
        [("withdrew", "icsid-convention", "BOL", "true")],
    ),
    (
        "the-third-state-after-two-to-denounce",  # our words: two states in the parenthesis
        "2012-02-01",
        "Headline\n\nVenezuela became the third state, after Bolivia and Ecuador, to denounce the ICSID Convention.",
        [("withdrew", "icsid-convention", "BOL", "true"), ("withdrew", "icsid-convention", "ECU", "true")],
    ),
    (
        "a-ranking-without-commas-is-none",  # our words: no parenthesis, an intention
        "2009-06-23",
        "Headline\n\nEcuador is the second country after Bolivia to consider leaving ICSID.",
        [],
    ),
    # A 'by'-gerund exit before a modal is a means to a hoped-for end, no exit told
    (
        "argued-that-by-withdrawing-would",  # Human Rights Watch, 1998 (corpus)
        "1998-06-01",
        "Headline\n\nThe government argued that by withdrawing from the American Convention, and thereby eliminating "
        "an avenue for appeal, death sentences would be imposed more swiftly.",
        [],
    ),
    (
        "said-that-by-leaving-could",  # our words
        "2017-01-01",
        "Headline\n\nThe minister said that by leaving the Rome Statute, Burundi could protect its sovereignty.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_leftovers_thirteen(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
