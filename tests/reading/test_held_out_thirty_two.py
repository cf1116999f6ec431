"""Constructions of the thirty-second held-out batch (everyday wire and regional copy on ratifications, accessions,
signatures, votes and counts), each pinned by the article's sentence and paraphrases of our own, with look-alikes:

- an abbreviated month standing alone is a name, not a date: 'Zhang Jun deposited China's instrument of accession'
  was read as an accession in June (Xinhua, 2020); a month alone is written in full ('in June') or with its stop;
- a year before a treaty's title names the treaty even when the title opens with an organisation's words: 'ratified
  the 2008 United Nations Convention on Cluster Munitions' was read as ratified in 2008 (Eye Radio, 2023), 'United'
  taken for a verb between the year and the name;
- a paper signed is not the treaty signed (VCLT Arts. 11-16: the signature of the treaty is one act; a head of
  government's signature of a resolution, or of the instrument that consents, another): 'has signed a Cabinet
  resolution on ratifying the Paris climate agreement' (Vestnik Kavkaza, 2019), 'signed the Instrument of Accession
  for the Paris climate deal' (The Philippine Star, 2017), 'Instrument of ratification signed by Indian President'
  (Xinhua, 2016) were read as signatures of the Agreement.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_PARIS = "paris-agreement"

CASES: list[tuple[str, str, str, Read]] = [
    # an abbreviated month alone is a name
    (
        "zhang-jun-deposited-on-monday",  # Xinhua, 2020: 'on Monday' attaches to the Secretary-General
        "2020-07-07",
        "Zhang Jun deposited China's instrument of accession to ATT to UN Secretary-General Antonio Guterres on Monday.",
        [("acceded", "att", "CHN", "2020-07-06")],
    ),
    (
        "ambassador-zhang-jun-deposited",  # our words: no day at all
        "2020-07-07",
        "Ambassador Zhang Jun deposited China's instrument of accession to the Arms Trade Treaty.",
        [("acceded", "att", "CHN", "0001-01-01/2020-07-07")],
    ),
    (
        "jan-eliasson-watched",  # our words: 'Jan' a first name
        "2016-10-02",
        "Jan Eliasson watched as India deposited its instrument of ratification of the Paris Agreement.",
        [("ratified", _PARIS, "IND", "0001-01-01/2016-10-02")],
    ),
    # look-alikes: a month written in full, or abbreviated with its stop, is still a date
    (
        "month-in-full",
        "2016-10-02",
        "India ratified the Paris Agreement in June.",
        [("ratified", _PARIS, "IND", "2016-06")],
    ),
    (
        "month-abbreviated-with-stop-and-year",
        "2016-10-02",
        "India ratified the Paris Agreement in Oct. 2016.",
        [("ratified", _PARIS, "IND", "2016-10")],
    ),
    # a year before a title that opens with an organisation's words
    (
        "ratified-the-2008-united-nations-convention",  # Eye Radio, 2023
        "2023-08-08",
        "South Sudan parliament in May 2023, ratified the 2008 United Nations Convention on Cluster Munitions.",
        [("ratified", "ccm", "SSD", "2023-05")],
    ),
    (
        "ratified-the-2008-united-nations-convention-date-after",  # our words: the date after the name
        "2023-08-08",
        "South Sudan ratified the 2008 United Nations Convention on Cluster Munitions in May 2023.",
        [("ratified", "ccm", "SSD", "2023-05")],
    ),
    (
        "acceded-to-the-1997-united-nations-ottawa-convention",  # our words: another treaty, another verb
        "2017-12-20",
        "Sri Lanka acceded to the 1997 United Nations Ottawa Convention in December 2017.",
        [("acceded", "apmbc", "LKA", "2017-12")],
    ),
    # a paper signed is not the treaty signed
    (
        "signed-a-cabinet-resolution-on-ratifying",  # Vestnik Kavkaza, 2019
        "2019-09-23",
        "Russian Prime Minister Dmitry Medvedev has signed a Cabinet resolution on ratifying the Paris climate agreement.",
        [],
    ),
    (
        "signed-the-instrument-of-accession",  # The Philippine Star, 2017
        "2017-03-14",
        "Earlier this month, President Rodrigo Duterte signed the Instrument of Accession for the Paris climate deal.",
        [],
    ),
    (
        "instrument-of-ratification-signed-by",  # Xinhua, 2016
        "2016-10-03",
        "India's ambassador handed over the Instrument of ratification signed by Indian President Pranab Mukherjee "
        "to the UN.",
        [],
    ),
    (
        "signed-a-government-decree-on-the-adoption",  # our words: a decree
        "2019-09-23",
        "The prime minister signed a government decree on the adoption of the Paris Agreement.",
        [],
    ),
    # look-alikes: the treaty itself signed
    (
        "signed-the-paris-agreement-on-a-day",
        "2016-04-22",
        "Russia signed the Paris Agreement on 22 April 2016.",
        [("signed", _PARIS, "RUS", "2016-04-22")],
    ),
    (
        "signed-the-paris-agreement-in-new-york",
        "2016-04-23",
        "The Philippines signed the Paris Agreement in New York on Friday.",
        [("signed", _PARIS, "PHL", "2016-04-22")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_thirty_two_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
