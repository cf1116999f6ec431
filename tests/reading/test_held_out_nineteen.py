"""Constructions of the nineteenth held-out batch (non-native and translated English; exits from regional bodies and
organisations), each pinned by the article's sentence and paraphrases of our own.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # Instruments without a rule file (world/unruled) are named, so their claims are reported (judged unverifiable)
    (
        "an-exit-from-a-body-without-a-rule-file-headline",  # Xinhua, 2009
        "2009-08-19",
        "Georgia formally quits CIS",
        [("withdrew", "cis-charter", "GEO", "true")],
    ),
    (
        "an-exit-from-a-body-without-a-rule-file-dated",  # our words: another state, body and date
        "2018-09-01",
        "Ecuador left the Bolivarian Alliance for the Peoples of Our America in August 2018.",
        [("withdrew", "alba-tcp", "ECU", "2018-08")],
    ),
    (
        "joined-and-left-a-body-without-a-rule-file",  # our words: a relative clause and its main clause
        "2010-01-01",
        "Georgia, which joined the Commonwealth of Independent States in December 1993, quit it in 2009.",
        [("joined", "cis-charter", "GEO", "1993-12"), ("withdrew", "cis-charter", "GEO", "2009")],
    ),
    (
        "an-acronym-without-a-rule-file-is-not-a-nearby-treaty",  # KUNA, 2025: ECCAS is not ECOWAS
        "2025-06-08",
        "Rwanda on Sunday withdrew from the Economic Community of Central African States (ECCAS).",
        [("withdrew", "eccas-treaty", "RWA", "2025-06-08")],
    ),
    (
        "a-charter-without-a-rule-file-is-not-the-vienna-convention-named-before",  # Xinhua, 2009
        "2009-08-19",
        "Georgia remains part of treaties under the Vienna 1969 Convention on the Law of Treaties. The CIS Charter "
        "stipulates that formal withdrawal can only take effect 12 months after the CIS executive committee is "
        "notified of the decision.",
        [("rule", "cis-charter", None, "P12M after the cis executive committee is notified of the decision")],
    ),
    # An organisation's own names are its constitution's (UNIDO, as UNESCO and the WHO)
    (
        "a-list-of-states-that-left-an-organisation-by-its-acronym",  # our words (Xinhua, 2016: the UNIDO exits)
        "2016-11-22",
        "Australia, Canada and Britain are among those who have left UNIDO.",
        [
            ("withdrew", "constitution-united-nations-industrial-development", "AUS", "true"),
            ("withdrew", "constitution-united-nations-industrial-development", "CAN", "true"),
            ("withdrew", "constitution-united-nations-industrial-development", "GBR", "true"),
        ],
    ),
    # A possessive in a fronted adjunct stands for the subject after the comma, not the state named before
    (
        "a-fronted-possessive-exit-is-the-subjects",  # Xinhua, 2016
        "2016-11-22",
        "Portugal joined UNESCO in 1974. It was noted that upon its departure from UNIDO in 1996, the United States left a "
        "70-million-U.S.-dollar debt behind.",
        [
            ("joined", "unesco-constitution", "PRT", "1974"),
            ("withdrew", "constitution-united-nations-industrial-development", "USA", "1996"),
        ],
    ),
    (
        "a-fronted-possessive-exit-paraphrase",  # our words: another treaty, state, preposition
        "2020-01-01",
        "Israel voted against. After its withdrawal from UNESCO in 1984, the United States lost its seat.",
        [("withdrew", "unesco-constitution", "USA", "1984")],
    ),
    (
        "a-possessive-not-fronted-is-still-the-article-state",  # no adjunct before it: the state named before
        "2020-01-01",
        "Israel voted against the resolution, a year before its withdrawal from UNESCO in 2018.",
        [("withdrew", "unesco-constitution", "ISR", "2018")],
    ),
    # A perfect choice to leave over an elapsed span reports exits made; without the span it is a decision
    (
        "chosen-to-leave-over-the-past-decades-is-done",  # Xinhua, 2016
        "2016-11-22",
        "UNIDO turned 50.\nAustralia, Belgium and Canada are amongst those who have chosen to leave the organization "
        "over the past few decades.",
        [
            ("withdrew", "constitution-united-nations-industrial-development", "AUS", "true"),
            ("withdrew", "constitution-united-nations-industrial-development", "BEL", "true"),
            ("withdrew", "constitution-united-nations-industrial-development", "CAN", "true"),
        ],
    ),
    (
        "opted-to-quit-in-recent-years-is-done",  # our words: another verb, span and treaty
        "2020-01-01",
        "Headline\nBurundi and the Philippines have opted to quit the ICC in recent years.",
        [("withdrew", "rome-statute", "BDI", "true"), ("withdrew", "rome-statute", "PHL", "true")],
    ),
    (
        "chosen-to-leave-without-a-span-is-a-decision",  # no elapsed span: not labelled, not read
        "2016-11-22",
        "Headline\nAustralia has chosen to leave UNIDO.",
        [],
    ),
    # A note on suspension is no notice of withdrawal
    (
        "a-note-on-suspension-is-no-withdrawal-notice",  # ITAR-TASS, 2012
        "2012-06-28",
        "CSTO confirms getting note\nMOSCOW, June 28 (Itar-Tass) — Collective Security Treaty Organization /CSTO/ "
        "confirms that is has received a note from Uzbekistan on suspension of that country’s operations in the "
        "format of the organization.",
        [],
    ),
    (
        "a-note-on-withdrawal-is-still-a-notice",  # our words: the same shape, a withdrawal
        "2012-06-28",
        "Headline\nThe CSTO Secretariat has received a note from Uzbekistan on its withdrawal from the organization.",
        [("notification_date", "csto-charter", "UZB", "0001-01-01/2012-06-28")],
    ),
    # A future reported from a past statement: a day without its year in the month before the report is that day
    (
        "a-reported-future-day-just-past-is-this-years",  # Guyana Chronicle, 1999
        "1999-04-10",
        "Headline\nLuncheon said the denunciation of Guyana of the Optional Protocol to the International Covenant on "
        "Civil and Political Rights will take effect on April 5.",
        [("effective_date", "iccpr-op1", "GUY", "1999-04-05")],
    ),
    (
        "a-reported-future-paraphrase",  # our words: another state, treaty, verb
        "2019-04-02",
        "Headline\nThe minister told reporters that the Philippines' withdrawal from the Rome Statute would take "
        "effect on March 17.",
        [("effective_date", "rome-statute", "PHL", "2019-03-17")],
    ),
    (
        "an-unreported-future-day-just-past-is-next-years",  # no reporting verb: the report's own future
        "1999-04-10",
        "Headline\nBurundi's withdrawal from the Rome Statute will take effect on April 5.",
        [("effective_date", "rome-statute", "BDI", "2000-04-05")],
    ),
    # A notice sent by an international body is not the State's notice
    (
        "a-notice-sent-by-a-body-is-not-the-states",  # Guyana Chronicle, 1999
        "1999-04-10",
        "Headline\nLuncheon told reporters the UNHRC has sent notification that the denunciation of Guyana of the "
        "Optional Protocol to the International Covenant on Civil and Political Rights will take effect on April 5.",
        [("effective_date", "iccpr-op1", "GUY", "1999-04-05")],
    ),
    (
        "a-notice-sent-by-the-secretariat-paraphrase",  # our words: another body, state and treaty
        "2016-10-28",
        "Headline\nThe Secretariat has notified the parties of the withdrawal of Burundi from the Rome Statute.",
        [],
    ),
    (
        "a-notice-sent-by-a-state-is-still-read",  # the State as sender
        "2024-06-01",
        "Headline\nThe UK has sent notification of its withdrawal from the Energy Charter Treaty.",
        [("notification_date", "ect", "GBR", "0001-01-01/2024-06-01")],
    ),
    # Procedures completed for an exit, a membership restored, an exit presupposed by 'upon'
    (
        "finalized-the-procedures-for-its-withdrawal",  # Xinhua, 2009
        "2009-08-19",
        "Headline\nGeorgia has officially finalized all legal procedures necessary for its withdrawal from the "
        "Commonwealth of Independent States (CIS), Georgia's foreign ministry said Tuesday.",
        [("withdrew", "cis-charter", "GEO", "true")],
    ),
    (
        "completed-the-formalities-for-its-exit",  # our words: another verb, noun and treaty
        "2020-06-01",
        "Headline\nThe United Kingdom has completed the formalities for its exit from the Energy Charter Treaty.",
        [("withdrew", "ect", "GBR", "true")],
    ),
    (
        "will-complete-the-procedures-is-not-done",  # a future: no exit done
        "2009-08-19",
        "Headline\nGeorgia will complete the procedures for its withdrawal from the CIS next year.",
        [("effective_date", "cis-charter", "GEO", "2010")],
    ),
    (
        "reestablished-its-membership-is-a-return",  # The Day, 2012
        "2012-12-20",
        "Uzbekistan has suspended its membership in the CSTO. Nonetheless in August 2006 the country reestablished "
        "its membership in the CSTO after there was a cooling in its relations with the West.",
        [("joined", "csto-charter", "UZB", "2006-08")],
    ),
    (
        "restored-its-membership-paraphrase",  # our words: another state, treaty and date
        "2020-01-01",
        "Headline\nMorocco restored its membership in UNESCO in 1990.",
        [("joined", "unesco-constitution", "MAR", "1990")],
    ),
    (
        "upon-a-states-withdrawal-presupposes-it",  # ITAR-TASS, 2012
        "2012-06-28",
        "Headline\nUpon Uzbekistan’s withdrawal from the CSTO, its current members are Armenia, Belarus, Kazakhstan, "
        "Kyrgyzstan, Russia, and Tajikistan.",
        [("withdrew", "csto-charter", "UZB", "true")],
    ),
    # A hyphenated modifier between a count and its noun
    (
        "a-count-with-a-hyphenated-modifier",  # AZERTAC, 2018
        "2018-12-03",
        "Headline\nQatar will withdraw from the Organization of the Petroleum Exporting Countries (OPEC). The decision "
        "to quit the bloc of 15 oil-producing countries was confirmed by Qatar Petroleum.",
        [("parties_count", "opec-statute", None, "15")],
    ),
    (
        "a-count-with-a-hyphenated-modifier-paraphrase",  # our words: another treaty and modifier
        "2020-01-01",
        "Headline\nThe Energy Charter Treaty unites 53 energy-producing countries.",
        [("parties_count", "ect", None, "53")],
    ),
    # A return in the lede's present progressive: back in by the day of the report
    (
        "a-return-under-way-in-the-lede",  # The Straits Times, 2007
        "2007-10-08",
        "Headline\nMORE than two decades after pulling out from the United Nations Educational, Scientific and "
        "Cultural Organisation (Unesco), Singapore is re-joining the organisation.",
        [
            ("joined", "unesco-constitution", "SGP", "0001-01-01/2007-10-08"),
            ("withdrew", "unesco-constitution", "SGP", "0001-01-01/1987-10-08"),
        ],
    ),
    (
        "a-return-under-way-paraphrase",  # our words: another state, treaty and spelling
        "2021-02-19",
        "Headline\nAfter a short absence, Argentina is rejoining the WHO.",
        [("joined", "who-constitution", "ARG", "0001-01-01/2021-02-19")],
    ),
    (
        "a-dated-return-ahead-is-not-under-way",  # a date ahead: the plan's date, as before
        "2021-02-19",
        "Headline\nArgentina is rejoining the WHO next year.",
        [("joined", "who-constitution", "ARG", "2022")],
    ),
    # The states that supported or opposed a decision are voters, not the treaty's parties
    (
        "the-support-of-n-countries-is-no-party-count",  # The Korea Herald, 2017
        "2017-02-03",
        "Headline\nThe decision was made at the 28th Summit of the African Union in Addis Ababa, Ethiopia, on Jan. 31, "
        "with the support of 39 countries and nine countries opposed in voting.",
        [],
    ),
    (
        "the-support-of-n-states-paraphrase",  # our words: another treaty and number
        "2010-06-11",
        "Headline\nThe Rome Statute was amended in Kampala with the support of 40 states.",
        [],
    ),
    (
        "a-plain-party-count-is-still-read",  # no vote: the parties
        "2010-06-11",
        "Headline\nThe Rome Statute now has 111 states parties.",
        [("parties_count", "rome-statute", None, "111")],
    ),
    # An exit told by the time since it, in an adjunct that opens the sentence (the lede case above)
    (
        "years-after-leaving-paraphrase",  # our words: a round figure, another state and treaty
        "2028-10-27",
        "Headline\nEleven years after leaving the ICC, Burundi has not returned.",
        [("withdrew", "rome-statute", "BDI", "2017")],
    ),
    (
        "nearly-decades-after-leaving-is-no-bound",  # 'nearly': no bound to judge
        "2007-10-08",
        "Headline\nNearly two decades after leaving Unesco, Singapore is back.",
        [],
    ),
    (
        "years-after-leaving-office-is-not-an-exit",  # the gerund's object is no treaty
        "2020-01-01",
        "Headline\nTwo years after leaving office, the president praised the Paris Agreement, France said.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_nineteen_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
