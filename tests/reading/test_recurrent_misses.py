"""Constructions the corpus missed in more than one article (h-miss, session 21), each pinned by the corpus sentence,
paraphrases of our own and look-alikes that must claim nothing more:

- vote tallies told as a share or beside the side against (app/reading/votes.py): 'with 103 out of 141 members in
  favor' (a share opened by 'with', no verb of voting; Devdiscourse, 18 July 2024), '81 of the 101 Estonian
  parliamentarians voted in favor' (the body's size after 'of the'; Zoneyetu, 5 June 2025), 'the vote to pass the
  bill was 135 to 2 MPs in favour' (what the vote was; Welsh Women's Aid, 16 December 2016), '413 Members voted, 15
  voted against and 3 abstained' (the voters told first, beside those against, voted for; Sejm, 26 June 2025);
- an instrument of consent handed over in the simple past, undated, after the lede (app/reading/reader.py
  `_instrument_handed`): 'Ukraine's Permanent Representative ... officially deposited the instrument of ratification
  of the Rome Statute' (UNN, 25 October 2024), 'Finnish Foreign Minister Pekka Haavisto handed over Finland's
  instrument of accession' (BizWatchNigeria, 5 April 2023), 'Ghana's Foreign Minister ... formally deposited the
  country's instrument of ratification' (Astana Times, 1 October 2025): done by the day of the report; not a
  restatement of the ratification the sentence before told, an instrument to come, or a notice of withdrawal;
- a State that became the Nth country (state party, member State) to ratify or accede: its consent done, beside the
  count (app/reading/counts.py `ranked_consent`): 'after Honduras became the 50th country to ratify the United Nations
  Treaty on the Prohibition of Nuclear Weapons' (Common Dreams, 25 October 2020), 'that Honduras had become the 50th
  state party to ratify the pact' (The Japan Times, 25 October 2020); not a rank hoped for, to come or only held;
- a count whose treaty is the opening 'It' of a second predicate or of a membership (counts.counted_by_it): 'It was
  open for signing in June 2013 and has been signed by 118 countries' (MVEP, 2 April 2014), 'It has a membership of
  174 countries' (TVNZ, 1 July 2012); not another verb's agents, nor a membership fee;
- an exit's effect told by its coming (app/reading/pipeline.py EFFECT): 'The formal exit will come on July 1' (IWPR,
  14 May 2021), 'has officially come into legal effect as of Thursday' (SeeNews, 6 March 2025; 'into' and 'legal'
  both), 'the withdrawal became legally binding on March 6, 2025' (SeeNews; a withdrawal's only, not the treaty's nor
  a decision's); and 'Later that year' opening a sentence: the year the sentence before named, not a later date read earlier
  (verb_dates._that_year: '... voted ... in July 2024. Later that year, the government formally notified the UN').
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_CCM = "Lithuania's parliament voted to leave the Convention on Cluster Munitions"
_OTTAWA_EE = "The Estonian parliament voted to leave the Ottawa Convention."
_OTTAWA_LV = "The Latvian parliament voted to leave the Ottawa Convention; "
_POLAND = "Poland left the Ottawa Convention.\n\n"
_POLAND_LEFT: Read = [("withdrew", "apmbc", "POL", "true")]
_ISTANBUL = "The UK Parliament debated a bill to ratify the Istanbul Convention"

_UKRAINE = (
    "Ukraine will become a state party to the ICC on January 1, 2025\n\nStarting in 2025, Ukraine will become the "
    "125th state party to the ICC.\n\n"
)
_UKRAINE_JOINS: Read = [
    ("joined", "rome-statute", "UKR", "2025-01-01"),
    ("joined", "rome-statute", "UKR", "2025"),
    ("parties_count", "rome-statute", "UKR", "125"),
]
_FINLAND = "Finland becomes NATO's 31st member\n\nThe Kremlin warned of countermeasures.\n\n"
_FINLAND_JOINS: Read = [
    ("joined", "north-atlantic-treaty", "FIN", "0001-01-01/2023-04-05"),
    ("parties_count", "north-atlantic-treaty", "FIN", "31"),
]
_TPNW = (
    "The Treaty on the Prohibition of Nuclear Weapons now has a majority of countries as signatories or parties.\n\n"
    "Kyrgyzstan signed it.\n\n"
)
_KYRGYZSTAN: Read = [("signed", "tpnw", "KGZ", "true")]

_TPNW_IN_FORCE = "The TPNW will enter into force in January. "
_IN_JANUARY: Read = [("entry_into_force", "tpnw", None, "2021-01")]

_ATT = "The Arms Trade Treaty is the first global legal instrument on conventional arms. "
_UNIDO = "New Zealand will pull out of UNIDO. "

_TURKEY = "Turkey withdrew from the Istanbul Convention. "
_TURKEY_LEFT: Read = [("withdrew", "istanbul-convention", "TUR", "true")]
_LITHUANIA_EFFECT = (
    "Lithuania's decision to withdraw from the Convention on Cluster Munitions has officially come into legal effect "
    "as of Thursday."
)

CASES: list[tuple[str, str, str, Read]] = [
    (
        "share-with-in-favor",
        "2024-07-18",  # Devdiscourse, 18 July 2024
        _CCM
        + ". However, with 103 out of 141 members in favor, the Lithuanian parliament moved to reinforce its defense "
        "strategy.",
        [("vote_tally", "ccm", "LTU", "103 of 141")],
    ),
    (
        "share-with-in-favour-paraphrase",
        "2024-07-18",
        _CCM + ", with 90 of 141 lawmakers in favour.",
        [("vote_tally", "ccm", "LTU", "90 of 141")],
    ),
    (
        "share-of-the-body",
        "2025-06-05",  # Zoneyetu, 5 June 2025
        _OTTAWA_EE + " A statement from the press office of the parliament stated that 81 of the 101 Estonian "
        "parliamentarians voted in favor of the withdrawal, which was a decisive action.",
        [("vote_tally", "apmbc", "EST", "81 of 101")],
    ),
    (
        "share-of-the-body-paraphrase",
        "2025-06-05",
        _OTTAWA_LV + "60 of the 100 Latvian deputies voted for the bill.",
        [("vote_tally", "apmbc", "LVA", "60 of 100")],
    ),
    (
        "share-of-the-body-against",
        "2025-06-05",  # the side against: no share in favour
        _OTTAWA_LV + "12 of the 100 Latvian deputies voted against the bill.",
        [],
    ),
    (
        "voted-beside-against",
        "2026-02-20",  # Poland.co.pl, 20 February 2026
        _POLAND
        + "June 26, 2025 The Sejm adopted the law on denunciation of the Convention: 413 Members voted, 15 voted "
        "against and 3 abstained.",
        [*_POLAND_LEFT, ("vote_tally", "apmbc", "POL", "413-15-3")],
    ),
    (
        "voted-beside-against-paraphrase",
        "2026-02-20",
        _POLAND + "The Sejm adopted the law on denunciation of the Convention: 400 deputies voted, 20 voted against.",
        [*_POLAND_LEFT, ("vote_tally", "apmbc", "POL", "400-20")],
    ),
    (
        "only-voted-beside-against",
        "2026-02-20",  # 'only 431 voted': all voters, no side
        _POLAND + "In the Sejm only 431 members voted, 15 voted against.",
        _POLAND_LEFT,
    ),
    (
        "vote-was",
        "2016-12-16",  # Welsh Women's Aid, 16 December 2016 (the article names no State: GBR here)
        _ISTANBUL + ", the vote to pass the bill was 135 to 2 MPs in favour.",
        [("vote_tally", "istanbul-convention", "GBR", "135-2")],
    ),
    (
        "vote-was-paraphrase",
        "2016-12-16",
        _ISTANBUL + ". The vote was 135 to 2.",
        [("vote_tally", "istanbul-convention", "GBR", "135-2")],
    ),
    (
        "score-was",
        "2016-12-16",  # no vote named: a score is no tally
        _ISTANBUL + ". The score was 135 to 2.",
        [],
    ),
    # an instrument of consent handed over, undated, after the lede
    (
        "deposited-after-the-lede",
        "2024-10-25",  # UNN, 25 October 2024
        _UKRAINE
        + "According to the OP, in New York, Deputy Head of the Presidential Office Iryna Mudra and Ukraine's Permanent "
        "Representative to the UN Serhiy Kyslytsia officially deposited the instrument of ratification of the Rome "
        "Statute of the International Criminal Court.",
        [*_UKRAINE_JOINS, ("ratified", "rome-statute", "UKR", "0001-01-01/2024-10-25")],
    ),
    (
        "deposited-after-the-lede-paraphrase",
        "2024-10-25",
        "Ukraine will join the ICC on January 1, 2025\n\nThe decision was long awaited.\n\nUkraine's ambassador "
        "officially deposited the instrument of ratification of the Rome Statute.",
        [("joined", "rome-statute", "UKR", "2025-01-01"), ("ratified", "rome-statute", "UKR", "0001-01-01/2024-10-25")],
    ),
    (
        "handed-over-accession",
        "2023-04-05",  # BizWatchNigeria, 5 April 2023
        _FINLAND + "“We welcome Finland to the Alliance!” exclaimed NATO Secretary General Jens Stoltenberg as Finnish "
        "Foreign Minister Pekka Haavisto handed over Finland’s instrument of accession to the US government, "
        "represented by Secretary of State Antony Blinken.",
        [*_FINLAND_JOINS, ("acceded", "north-atlantic-treaty", "FIN", "0001-01-01/2023-04-05")],
    ),
    (
        "deposited-the-countrys-instrument",
        "2025-10-01",  # Astana Times, 1 October 2025
        _TPNW + "Ghana’s Foreign Minister Samuel Okudzeto Ablakwa formally deposited the country’s instrument of "
        "ratification.",
        [*_KYRGYZSTAN, ("ratified", "tpnw", "GHA", "0001-01-01/2025-10-01")],
    ),
    (
        "instrument-to-come",
        "2025-10-01",
        _TPNW + "Ghana's Foreign Minister will deposit the country's instrument of ratification.",
        _KYRGYZSTAN,
    ),
    (
        "deposit-restated",
        "2016-10-03",  # Xinhua, 3 October 2016: the ratification of the sentence before, restated
        "India ratifies Paris climate agreement\n\nIndia on Sunday ratified the historic Paris agreement on climate "
        "change by depositing the instrument of ratification with the United Nations, officials said.\n\nIndia's "
        "ambassador to the United Nations Syed Akbaruddin handed over Instrument of ratification signed by Indian "
        "President Pranab Mukherjee to Santiago Villalpando, head of the treaties division during a ceremony in New "
        "York.",
        [
            ("ratified", "paris-agreement", "IND", "0001-01-01/2016-10-03"),
            ("ratified", "paris-agreement", "IND", "2016-10-02"),
            ("ratified", "paris-agreement", "IND", "0001-01-01/2016-10-03"),
        ],
    ),
    (
        "instrument-of-withdrawal",
        "2025-06-30",  # a notice, not a consent
        "Lithuania left the Ottawa Convention.\n\nThe decision was long awaited.\n\nLithuania's ambassador "
        "deposited the instrument of withdrawal with the Secretary-General.",
        [("withdrew", "apmbc", "LTU", "true"), ("notification_date", "apmbc", "LTU", "0001-01-01/2025-06-30")],
    ),
    # a State ranked by its consent
    (
        "became-the-nth-to-ratify",
        "2020-10-25",  # Common Dreams, 25 October 2020
        "The global movement celebrated a milestone Saturday after Honduras became the 50th country to ratify the "
        "United Nations Treaty on the Prohibition of Nuclear Weapons.",
        [("ratified", "tpnw", "HND", "true"), ("parties_count", "tpnw", None, "50 ratifications (on 2020-10-24)")],
    ),
    (
        "had-become-the-nth-state-party-to-ratify",
        "2020-10-25",  # The Japan Times, 25 October 2020
        "A United Nations treaty to ban nuclear weapons takes effect Jan. 22, following confirmation Saturday that "
        "Honduras had become the 50th state party to ratify the pact.",
        [
            ("entry_into_force", "tpnw", None, "2021-01-22"),
            ("ratified", "tpnw", "HND", "true"),
            ("parties_count", "tpnw", "HND", "50"),
        ],
    ),
    (
        "has-become-the-nth-to-ratify",
        "2020-10-25",
        _TPNW_IN_FORCE + "Honduras has become the 50th state to ratify the pact.",
        [*_IN_JANUARY, ("ratified", "tpnw", "HND", "true"), ("parties_count", "tpnw", None, "50 ratifications")],
    ),
    (
        "became-the-nth-to-accede",
        "2017-09-01",
        "Palau became the 100th country to accede to the Convention on Cluster Munitions.",
        [("acceded", "ccm", "PLW", "true"), ("parties_count", "ccm", None, "100 ratifications")],
    ),
    (
        "expected-to-become-the-nth",
        "2020-10-25",
        _TPNW_IN_FORCE + "Honduras is expected to become the 50th state to ratify the pact.",
        _IN_JANUARY,
    ),
    (
        "will-become-the-nth",
        "2020-10-25",
        _TPNW_IN_FORCE + "Honduras will become the 50th state to ratify the pact.",
        _IN_JANUARY,
    ),
    ("was-the-nth", "2020-10-25", _TPNW_IN_FORCE + "Honduras was the 50th state to ratify the pact.", _IN_JANUARY),
    # a count of the treaty 'It' stands for
    (
        "it-second-predicate-count",
        "2014-04-02",  # MVEP, 2 April 2014
        _ATT + "It was open for signing in June 2013 and has been signed by 118 countries.",
        [("parties_count", "att", None, "118 signatories")],
    ),
    (
        "it-second-predicate-count-paraphrase",
        "2014-04-02",
        _ATT + "It opened for signature in 2013 and has since been ratified by 60 countries.",
        [("signed", "att", None, "2013"), ("parties_count", "att", None, "60 ratifications")],
    ),
    (
        "it-second-predicate-praised",
        "2014-04-02",
        _ATT + "It was open for signing in June 2013 and was praised by 118 countries.",
        [],
    ),
    (
        "it-second-predicate-another-agent",
        "2014-04-02",
        _ATT + "It was criticised by Russia and has been attacked by 30 countries.",
        [],
    ),
    (
        "it-has-a-membership-of",
        "2012-07-01",  # TVNZ, 1 July 2012
        _UNIDO + "UNIDO specialises in boosting sustainable industrial development in poor countries. It has a "
        "membership of 174 countries, although that no longer includes Australia or the US.",
        [("parties_count", "constitution-united-nations-industrial-development", None, "174")],
    ),
    (
        "it-currently-has-a-membership-of",
        "2012-07-01",
        _UNIDO + "It currently has a membership of 170 states.",
        [("parties_count", "constitution-united-nations-industrial-development", None, "170")],
    ),
    ("it-has-a-membership-fee", "2012-07-01", _UNIDO + "It has a membership fee of 100 dollars.", []),
    # an exit's effect told by its coming
    (
        "exit-will-come-on",
        "2021-03-22",  # IWPR, 14 May 2021 (Turkey's exit of 1 July 2021)
        _TURKEY + "The formal exit will come on July 1.",
        [*_TURKEY_LEFT, ("effective_date", "istanbul-convention", "TUR", "2021-07-01")],
    ),
    (
        "departure-would-come-in",
        "2019-06-01",
        "The United States will leave UNESCO. Its departure would come in December 2018.",
        [("effective_date", "unesco-constitution", "USA", "2018-12")],
    ),
    ("decision-will-come-on", "2021-03-22", _TURKEY + "The decision will come on July 1.", _TURKEY_LEFT),
    ("exit-will-come-as", "2021-03-22", _TURKEY + "The exit will come as a shock.", _TURKEY_LEFT),
    (
        "come-into-legal-effect",
        "2025-03-06",  # SeeNews, 6 March 2025 (a Thursday)
        _LITHUANIA_EFFECT,
        [("effective_date", "ccm", "LTU", "2025-03-06")],
    ),
    (
        "go-into-full-effect",
        "2025-03-06",
        "Estonia's withdrawal from the Ottawa Convention will go into full effect on 27 December.",
        [("effective_date", "apmbc", "EST", "2025-12-27")],
    ),
    (
        "withdrawal-became-legally-binding",
        "2025-03-06",  # SeeNews, 6 March 2025
        "Lithuania left the Convention on Cluster Munitions. Following a six-month waiting period, the withdrawal "
        "became legally binding on March 6, 2025.",
        [
            ("withdrew", "ccm", "LTU", "true"),
            ("effective_date", "ccm", "LTU", "2025-03-06"),
            ("notice_period", "ccm", None, "P6M"),
        ],
    ),
    (
        "withdrawal-became-binding",
        "2025-03-06",
        "Lithuania's withdrawal from the Convention on Cluster Munitions became binding on 6 March.",
        [("effective_date", "ccm", "LTU", "2025-03-06")],
    ),
    (
        "treaty-became-legally-binding",
        "2025-03-06",
        "The Convention on Cluster Munitions became legally binding on 1 August 2010.",
        [],
    ),
    (
        "decision-became-legally-binding",
        "2025-03-06",
        "Lithuania left the Convention on Cluster Munitions. The decision became legally binding on March 6, 2025.",
        [("withdrew", "ccm", "LTU", "true")],
    ),
    ("law-into-legal-effect", "2025-03-06", "The new law will come into legal effect on 1 April.", []),
    (
        "later-that-year-after-a-year-named",
        "2025-03-06",  # SeeNews, 6 March 2025: 2024, not the 2025 of the effect read before
        _LITHUANIA_EFFECT + "\n\nThe Lithuanian Parliament, known as the Seimas, voted in favor of leaving the "
        "treaty in July 2024. Later that year, the government formally notified the United Nations of its intention "
        "to exit the agreement.",
        [("effective_date", "ccm", "LTU", "2025-03-06"), ("notification_date", "ccm", "LTU", "2024")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_recurrent_misses(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
