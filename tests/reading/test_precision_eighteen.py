"""Spurious reports left by session 17 (issue 14), fixed in session 18 (h-prec): each construction pinned with the
article's sentence, paraphrases of our own and look-alikes that must still be read (or must not be). Each case pins
every claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

_GAMBIA = (
    "The United Nations has formally received Gambia's notice reversing its withdrawal from the International "
    "Criminal Court, a spokesperson said on Tuesday. "
)
_DURBAN = (
    "Canada withdraws from the Kyoto Protocol. World leaders agreed to draft a new international treaty by 2015. "
    "The treaty, to be effective from 2020, will be the first legally binding deal that covers all countries, "
    "including the United States, China and India."
)

CASES: list[tuple[str, str, str, list[Row]]] = [
    # A predicate coordinated after a comma with no subject of its own takes the first verb's subject, not its object
    # (hivisasa-2017-10-27: Kenya read as leaving).
    (
        "coordinated-predicate-headline",
        "2017-10-27",
        "Burundi outpaces Kenya, leaves ICC first",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "coordinated-predicate-past",
        "2017-10-27",
        "Burundi outpaced Kenya, withdrew from the ICC first",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "coordinated-predicate-paraphrase",
        "2021-06-18",
        "Russia snubs Ukraine, quits the Open Skies Treaty",
        [("withdrew", "open-skies", "RUS", "true")],
    ),
    (
        "coordinated-predicate-possessive-object",
        "2025-06-02",
        "Hungary hosts Israel's leader, also leaves the ICC",
        [("withdrew", "rome-statute", "HUN", "true")],
    ),
    (
        "coordinated-predicate-fronted-lookalike",
        "2017-10-27",
        "After talks with Kenya, Burundi leaves ICC",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "coordinated-predicate-list-lookalike",
        "2017-10-27",
        "Burundi and Kenya leave ICC",
        [("withdrew", "rome-statute", "BDI", "true"), ("withdrew", "rome-statute", "KEN", "true")],
    ),
    # 'a new international treaty' named after the known ones: 'the treaty' after it is that one (climateaction-
    # 2011-12-13: the Durban deal's 'to be effective from 2020' read as three Kyoto exits).
    (
        "new-treaty-article",
        "2011-12-13",
        _DURBAN,
        [("withdrew", "kyoto-protocol", "CAN", "true")],
    ),
    (
        "new-deal-paraphrase",
        "2011-12-13",
        "Canada withdraws from the Kyoto Protocol. Ministers want a fresh climate deal. The deal, to take effect in "
        "2020, would cover the United States and China.",
        [("withdrew", "kyoto-protocol", "CAN", "true")],
    ),
    (
        "known-treaty-lookalike",
        "2011-12-13",
        "Canada withdrew from the Kyoto Protocol on Monday. The treaty, which Canada ratified in 2002, binds it until "
        "the withdrawal takes effect on 15 December 2012.",
        [
            ("withdrew", "kyoto-protocol", "CAN", "2011-12-12"),
            ("ratified", "kyoto-protocol", "CAN", "2002"),
            ("effective_date", "kyoto-protocol", "CAN", "2012-12-15"),
        ],
    ),
    # A definite letter restating the sentence before's notice that reverses the exit is no notice of withdrawal
    # (ap-2017-02-14).
    (
        "reversal-letter-article",
        "2017-02-14",
        _GAMBIA + "The world body received the letter from the tiny West African nation on Friday, said Farhan Haq.",
        [("withdrew", "rome-statute", "GMB", "false")],
    ),
    (
        "reversal-letter-paraphrase",
        "2017-03-08",
        "South Africa has sent a letter revoking its notice of withdrawal from the ICC. The UN received the letter on "
        "Tuesday.",
        [("withdrew", "rome-statute", "ZAF", "false")],
    ),
    (
        "withdrawal-letter-lookalike",
        "2016-11-11",
        "Gambia has notified the UN of its withdrawal from the International Criminal Court. The world body received "
        "the letter from the tiny West African nation on Thursday.",
        [
            ("notification_date", "rome-statute", "GMB", "0001-01-01/2016-11-11"),
            ("notification_date", "rome-statute", "GMB", "2016-11-10"),
        ],
    ),
    # A return in the present progressive that the next sentence calls an announced move is a decision under way,
    # not the return of the day (japantimes-2002-10-01); the lede of the day of the deposit still reads
    # (straitstimes-2007-10-08).
    (
        "announced-progressive-article",
        "2002-10-01",
        "UNESCO's second chance\n\nEighteen years after withdrawing in a huff, the United States is rejoining the "
        "United Nations Educational, Scientific and Cultural Organization. The move, announced by U.S. President "
        "George W. Bush in his recent U.N. speech, is a victory for the world.",
        [("withdrew", "unesco-constitution", "USA", "1984")],
    ),
    (
        "announced-progressive-paraphrase",
        "2002-10-01",
        "UNESCO's return\n\nThe United States is rejoining UNESCO. The decision, announced by the president last "
        "month, was welcomed in Paris.",
        [],
    ),
    (
        "progressive-of-the-day-lookalike",
        "2007-10-08",
        "Spore rejoins Unesco 20 years after\n\nMORE than two decades after pulling out from Unesco, Singapore is "
        "re-joining the organisation.\n\nThe minister told reporters on Monday that it is in Singapore's interest to "
        "engage Unesco.",
        [
            ("joined", "unesco-constitution", "SGP", "0001-01-01/2007-10-08"),  # the headline's
            ("joined", "unesco-constitution", "SGP", "0001-01-01/2007-10-08"),  # the lede's
            ("withdrew", "unesco-constitution", "SGP", "0001-01-01/1987-10-08"),
        ],
    ),
    # A date alone on the line above dates what happened on it, not a return told in the future
    # (whitehouse-2002-09-12).
    (
        "heading-date-future-article",
        "2002-09-12",
        "Fact Sheet\n\n--President George W. Bush\nSeptember 12, 2002\n\n  • Today, President Bush announced in his "
        "speech to the United Nations General Assembly that the United States will return to UNESCO.",
        [],
    ),
    (
        "heading-date-future-paraphrase",
        "2002-09-12",
        "Timeline\n\nSeptember 12, 2002\n\nThe United States announced that it will rejoin UNESCO.",
        [],
    ),
    # An instrument of consent signed by a leader is the instrument's signature, not the treaty's; submitted in the
    # same passive, it is the consent (ramanmedianetwork-2021-01-21).
    (
        "instrument-signed-article",
        "2021-01-21",
        "A new instrument of acceptance of the Paris Agreement on Climate Change by the United States was signed by "
        "President Joe Biden on 20 January 2021 and submitted to the UN Secretary-General on the same day.",
        [("ratified", "paris-agreement", "USA", "0001-01-01/2021-01-21")],
    ),
    (
        "instrument-signed-paraphrase",
        "2019-11-04",
        "The instrument of ratification of the Rome Statute was signed by the president on 1 March.",
        [],
    ),
    (
        "treaty-signed-lookalike",
        "2016-04-22",
        "The Paris Agreement was signed by the United States on 22 April 2016.",
        [("signed", "paris-agreement", "USA", "2016-04-22")],
    ),
    # An exit 'in fact' / 'de facto' with no act told is conduct assessed, not a claim about the State's status
    # (newsaz-2017-12-14; README 'An exit in fact'); with the notice told it is read (fox-2001-12-13), and dated too.
    (
        "exit-in-fact-headline",
        "2017-12-14",
        "Putin says Washington has in fact quit INF Treaty",
        [],
    ),
    (
        "exit-in-fact-body",
        "2017-12-14",
        "The United States has in fact quit the intermediate nuclear force (INF) Treaty with Russia, President "
        "Vladimir Putin told the annual news conference on Thursday.",
        [],
    ),
    (
        "exit-de-facto-paraphrase",
        "2017-12-14",
        "Moscow says Washington has de facto left the INF Treaty",
        [],
    ),
    (
        "exit-in-effect-with-notice-lookalike",
        "2001-12-13",
        "The official said the United States has, in effect, pulled out of the ABM treaty with the notification.",
        [("withdrew", "abm-treaty", "USA", "true")],
    ),
    (
        "exit-in-fact-dated-lookalike",
        "2019-08-02",
        "The United States in fact left the INF Treaty on 2 August 2019.",
        [("withdrew", "inf-treaty", "USA", "2019-08-02")],
    ),
    # A bare plural subject ('As countries quit the convention') speaks of any States, and a region's ('As the Baltic
    # states quit') of its members: a State named after the verb ('amid U.S. funding cuts') is not the one leaving
    # (reuters-2025-04-04).
    (
        "bare-plural-subject-article",
        "2025-04-04",
        "The Ottawa Convention bans mines. As countries quit the convention, global demining efforts are also "
        'backsliding amid "crippling" U.S. funding cuts, according to the International Campaign to Ban Landmines.',
        [],
    ),
    (
        "bare-plural-subject-paraphrase",
        "2025-04-04",
        "The Ottawa Convention bans mines. As nations leave the treaty, demining is backsliding amid U.S. funding cuts.",
        [],
    ),
    (
        "region-subject-paraphrase",
        "2025-04-04",
        "As the Baltic states quit the Ottawa Convention, U.S. funding cuts hit demining.",
        [
            ("withdrew", "apmbc", "EST", "true"),
            ("withdrew", "apmbc", "LVA", "true"),
            ("withdrew", "apmbc", "LTU", "true"),
        ],
    ),
    (
        "named-subject-lookalike",
        "2025-04-04",
        "The Ottawa Convention bans mines. As Lithuania quits the convention, global demining efforts are backsliding "
        "amid U.S. funding cuts.",
        [("withdrew", "apmbc", "LTU", "true")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_precision_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
