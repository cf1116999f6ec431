"""Constructions of the fortieth held-out batch (joining news: ratifications, accessions, counts and entries into
force), each pinned by the article's sentence and paraphrases of our own, with look-alikes:

- a passive deposit whose agents are listed after 'by' is each agent's consent (VCLT Art. 16: consent by the
  deposit), 'ratification instruments' as 'instruments of ratification': 'Apart from Croatia, the ratification
  instruments were deposited by Bulgaria, Denmark, ... and the United Kingdom' (Croatia's foreign ministry, 2014) was
  read as nothing, or as notices of withdrawal; a counted group that deposits is no State named ('after 15 member
  states have deposited', 'at least 55 Parties ... have deposited': conditions of entry into force);
- a count the day's consents bring the treaty to: 'bringing the total number of states parties to 53' (ASIL, 2014),
  'bringing the total number of ratifying states to 166' (ExchangeMonitor, 2016), 'bringing the total number of
  parties to 65' (Pressenza/ICAN, 2022); a bare 'bringing the total to 53' stays unread (test_precision_three.py);
- counts out of a universe of States, the counted noun elided: 'Out of a total listed number of 195 States, 183 have
  so far signed the CTBT and 161 have ratified it' (UN News, 2013) was read as 195;
- 'Eight nations remain: China, Egypt, ...' after a sentence about ratifying ('must ratify the treaty before it can
  enter into force', ExchangeMonitor, 2016): the States left to ratify;
- outsiders listed after a dash as after a colon: 'Five States remain outside the Convention – Angola, Egypt, ...'
  (OPCW, 2015);
- a membership named by the treaty's name before 'member': 'Israel, like the United States, is not an ICC member'
  (EWN/Reuters, 2015), the State compared sharing the predicate;
- a people named for its government, 'the Palestinians', 'the Russians' (EWN/Reuters, 2015), and a joining named by
  the treaty's name before 'member': 'UN confirms Palestine will be ICC member on 1 April' (the same);
- a headline's counted group is the States the body names first, a capital named as a place ('gathers in Vienna')
  none of them: 'Three countries ratify nuclear weapon ban treaty' (Pressenza/ICAN, 2022);
- an entry into force still to come for a treaty already in force is the State's whose consent the sentence before
  told (VCLT Art. 24(3); CWC Art. XXI(2)): 'Angola deposited the instrument of accession ... on September 16th 2015.
  The convention will come into force on October 16th 2015.' (Tehran Peace Museum, 2015) was judged against the
  Convention's own entry into force of 1997.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_BY_2_APRIL = "0001-01-01/2014-04-02"

CASES: list[tuple[str, str, str, Read]] = [
    # a passive deposit, its agents listed after 'by'
    (
        "ratification-instruments-were-deposited-by",  # Croatia's foreign ministry, 2014 (shortened list)
        "2014-04-02",
        "Croatia deposited its instrument of ratification of the Arms Trade Treaty on 2 April. Apart from Croatia, the "
        "ratification instruments were deposited by Bulgaria, Denmark, El Salvador and the United Kingdom.",
        [
            ("ratified", "att", "HRV", "2014-04-02"),
            ("ratified", "att", "BGR", _BY_2_APRIL),
            ("ratified", "att", "DNK", _BY_2_APRIL),
            ("ratified", "att", "SLV", _BY_2_APRIL),
            ("ratified", "att", "GBR", _BY_2_APRIL),
        ],
    ),
    (
        "ratification-instruments-of-the-treaty-were-deposited-by",  # our words: the treaty named in between
        "2014-04-02",
        "The ratification instruments of the Arms Trade Treaty were deposited by Bulgaria and Denmark.",
        [("ratified", "att", "BGR", _BY_2_APRIL), ("ratified", "att", "DNK", _BY_2_APRIL)],
    ),
    (
        "accession-instrument-was-deposited-by",  # our words: an accession
        "2014-04-02",
        "France deposited its instrument of ratification of the Arms Trade Treaty. Its accession instrument was "
        "deposited by Andorra.",
        [("ratified", "att", "FRA", _BY_2_APRIL), ("acceded", "att", "AND", _BY_2_APRIL)],
    ),
    # look-alikes: a counted group that deposits, a condition of entry into force
    (
        "after-15-member-states-have-deposited",  # Croatia's foreign ministry, 2014 (the treaty named)
        "2014-04-02",
        "Under its provisions, the Arms Trade Treaty can go into force after 15 member states have deposited their "
        "ratification instruments.",
        [],
    ),
    (
        "at-least-55-parties-have-deposited",  # ABC Live, 2016 (shortened)
        "2016-09-20",
        "The Paris Agreement shall enter into force on the thirtieth day after the date on which at least 55 Parties "
        "have deposited their instruments of ratification.",
        [],
    ),
    # the count the day's consents bring the treaty to
    (
        "bringing-the-total-number-of-states-parties-to",  # ASIL, 2014 (the day corrected, the treaty named)
        "2014-10-03",
        "On September 25, 2014, eight states ratified the Arms Trade Treaty, bringing the total number of states "
        "parties to 53.",
        [("parties_count", "att", None, "53")],
    ),
    (
        "bringing-the-total-number-of-ratifying-states-to",  # ExchangeMonitor, 2016
        "2016-09-21",
        "Myanmar and Swaziland on Wednesday formally ratified the Comprehensive Nuclear Test Ban Treaty, bringing the "
        "total number of ratifying states to 166.",
        [
            ("ratified", "ctbt", "MMR", "2016-09-21"),
            ("ratified", "ctbt", "SWZ", "2016-09-21"),
            ("parties_count", "ctbt", None, "166 ratifications"),
        ],
    ),
    (
        "bringing-the-total-number-of-parties-to",  # Pressenza/ICAN, 2022 (the treaty named)
        "2022-06-21",
        "Three more countries have ratified the Treaty on the Prohibition of Nuclear Weapons, bringing the total "
        "number of parties to 65.",
        [("parties_count", "tpnw", None, "65")],
    ),
    (
        "bringing-the-total-to",  # look-alike: a bare total, read nowhere (test_precision_three.py)
        "2014-10-03",
        "Eight states ratified the Arms Trade Treaty on Thursday, bringing the total to 53.",
        [],
    ),
    (
        "bringing-the-total-number-of-signatories-to",  # our words: signatures
        "2016-05-01",
        "Norway signed the Paris Agreement, bringing the total number of signatories to 177.",
        [("parties_count", "paris-agreement", None, "177 signatories")],
    ),
    (
        "took-its-case-to-12-judges",  # look-alike: no total, no count of parties
        "2019-05-01",
        "The court took its case to 12 judges of the International Criminal Court.",
        [],
    ),
    # counts out of a universe of States, their noun elided
    (
        "out-of-a-total-listed-number-of-195-states",  # UN News, 2013
        "2013-09-27",
        "Out of a total listed number of 195 States, 183 have so far signed the CTBT and 161 have ratified it.",
        [("parties_count", "ctbt", None, "183 signatories"), ("parties_count", "ctbt", None, "161 ratifications")],
    ),
    (
        "out-of-193-countries-164-have-ratified",  # our words
        "2013-09-27",
        "Out of 193 countries, 164 have ratified the Ottawa Convention.",
        [("parties_count", "apmbc", None, "164 ratifications")],
    ),
    (
        "out-of-50-delegates",  # look-alike: people, no States
        "2013-09-27",
        "Out of 50 delegates, 30 have signed the letter about the CTBT.",
        [],
    ),
    # the States left to ratify, listed after 'N nations remain:' following a sentence about ratifying
    (
        "eight-nations-remain",  # ExchangeMonitor, 2016 (the sentence before shortened)
        "2016-09-21",
        "The forty-four CTBT Annex 2 nations must ratify the treaty before it can enter into force. Eight nations "
        "remain: China, Egypt, India, Iran, Israel, North Korea, Pakistan, and the United States.",
        [("ratified", "ctbt", state, "false") for state in ("CHN", "EGY", "IND", "IRN", "ISR", "PRK", "PAK", "USA")],
    ),
    (
        "nations-remain-with-no-ratifying-before",  # look-alike: the sentence before tells of no ratifying
        "2016-09-21",
        "The CTBT was discussed at the meeting. Eight nations remain: China, Egypt and India.",
        [],
    ),
    (
        "nations-remain-in-the-talks",  # look-alike: no list
        "2016-09-21",
        "The CTBT must be ratified by 44 states. Eight nations remain in the talks.",
        [],
    ),
    # outsiders listed after a dash
    (
        "remain-outside-the-convention-dash",  # OPCW, 2015 (the sentence before shortened)
        "2015-07-09",
        "Myanmar joined the Chemical Weapons Convention. Five States remain outside the Convention – Angola, Egypt, "
        "Israel, North Korea and South Sudan.",
        [
            ("joined", "cwc", "MMR", "true"),
            ("bound_on", "cwc", "AGO", "false"),
            ("bound_on", "cwc", "EGY", "false"),
            ("bound_on", "cwc", "ISR", "false"),
            ("bound_on", "cwc", "PRK", "false"),
            ("bound_on", "cwc", "SSD", "false"),
        ],
    ),
    (
        "remain-outside-the-convention-colon",  # our words: the colon, as before
        "2015-07-09",
        "Myanmar joined the Chemical Weapons Convention. Five States remain outside the Convention: Angola, Egypt and "
        "Israel.",
        [
            ("joined", "cwc", "MMR", "true"),
            ("bound_on", "cwc", "AGO", "false"),
            ("bound_on", "cwc", "EGY", "false"),
            ("bound_on", "cwc", "ISR", "false"),
        ],
    ),
    (
        "a-dash-with-no-outsiders",  # look-alike: a dash, nobody said to stay outside
        "2015-07-09",
        "Myanmar joined the Chemical Weapons Convention – the convention Israel signed in 1993.",
        [("joined", "cwc", "MMR", "true"), ("signed", "cwc", "ISR", "1993")],
    ),
    # a membership named by the treaty's name before 'member'
    (
        "like-the-united-states-is-not-an-icc-member",  # EWN/Reuters, 2015
        "2015-01-08",
        "Israel, like the United States, is not an ICC member, but its citizens could be tried.",
        [("joined", "rome-statute", "ISR", "false"), ("joined", "rome-statute", "USA", "false")],
    ),
    (
        "is-not-an-icc-member",  # our words
        "2015-01-08",
        "Russia is not an ICC member.",
        [("joined", "rome-statute", "RUS", "false")],
    ),
    (
        "is-an-icc-member-state",  # our words: affirmed, bound on the day as 'is a member of the ICC' is read
        "2024-08-30",
        "Mongolia is an ICC member state.",
        [("bound_on", "rome-statute", "MNG", "true")],
    ),
    (
        "is-not-a-member-of-the-icc",  # our words: the form read before
        "2015-01-08",
        "Israel is not a member of the ICC.",
        [("joined", "rome-statute", "ISR", "false")],
    ),
    (
        "like-many-others",  # look-alike: compared with no State
        "2015-01-08",
        "Israel, like many others, is not an ICC member.",
        [],
    ),
    # a joining named by the treaty's name before 'member', still to come
    (
        "will-be-icc-member-on",  # EWN/Reuters, 2015: the headline
        "2015-01-08",
        "UN confirms Palestine will be ICC member on 1 April",
        [("joined", "rome-statute", "PSE", "2015-04-01")],
    ),
    (
        "will-become-an-icc-member-on",  # our words
        "2015-01-08",
        "Palestine will become an ICC member on 1 April.",
        [("joined", "rome-statute", "PSE", "2015-04-01")],
    ),
    (
        "hopes-to-become-an-icc-member",  # look-alike: a wish
        "2015-01-08",
        "Palestine hopes to become an ICC member.",
        [],
    ),
    # a headline's counted group: the States the body names first (a capital named as a place is none of them)
    (
        "three-countries-ratify",  # Pressenza/ICAN, 2022 (the body shortened, the treaty named)
        "2022-06-21",
        "Three countries ratify nuclear weapon ban treaty on eve of historic Vienna meeting\n\nAs states gather in "
        "Vienna, Cabo Verde, Grenada, and Timor-Leste deposited their instruments of ratification of the Treaty on "
        "the Prohibition of Nuclear Weapons on 20 June.",
        [
            ("ratified", "tpnw", "CPV", "0001-01-01/2022-06-21"),
            ("ratified", "tpnw", "GRD", "0001-01-01/2022-06-21"),
            ("ratified", "tpnw", "TLS", "0001-01-01/2022-06-21"),
            ("ratified", "tpnw", "CPV", "2022-06-20"),
            ("ratified", "tpnw", "GRD", "2022-06-20"),
            ("ratified", "tpnw", "TLS", "2022-06-20"),
        ],
    ),
    (
        "two-countries-ratify-three-named",  # look-alike: the body names more States than the headline counts
        "2022-06-21",
        "Two countries ratify nuclear weapon ban treaty\n\nCabo Verde, Grenada, and Timor-Leste deposited their "
        "instruments of ratification of the Treaty on the Prohibition of Nuclear Weapons on 20 June.",
        [
            ("ratified", "tpnw", "CPV", "2022-06-20"),
            ("ratified", "tpnw", "GRD", "2022-06-20"),
            ("ratified", "tpnw", "TLS", "2022-06-20"),
        ],
    ),
    # a people named for its government
    (
        "the-palestinians-will-formally-become-a-member",  # EWN/Reuters, 2015 (shortened)
        "2015-01-08",
        "Ban Ki-moon has confirmed the Palestinians will formally become a member of the International Criminal Court "
        "on 1 April.",
        [("joined", "rome-statute", "PSE", "2015-04-01")],
    ),
    (
        "the-russians-said-the-north-koreans",  # our words after the LA Times's 'the North Koreans'
        "2003-01-10",
        "The Russians said the North Koreans had withdrawn from the Nuclear Non-Proliferation Treaty.",
        [("withdrew", "npt", "PRK", "true")],
    ),
    (
        "should-join",  # look-alike: a wish, no act
        "2015-01-08",
        "The French said the Palestinians should join the ICC.",
        [],
    ),
    # an entry into force still to come, the State's whose consent the sentence before told
    (
        "the-convention-will-come-into-force-on",  # Tehran Peace Museum, 2015 (shortened)
        "2015-09-17",
        "Angola deposited the instrument of accession to the Chemical Weapons Convention on September 16th 2015. The "
        "convention will come into force on October 16th 2015.",
        [("acceded", "cwc", "AGO", "2015-09-16"), ("entry_into_force", "cwc", "AGO", "2015-10-16")],
    ),
    (
        "not-yet-in-force",  # look-alike: the treaty not yet in force, its own entry into force
        "1997-03-01",
        "Hungary ratified the Chemical Weapons Convention in 1996. The convention will come into force on 29 April "
        "1997.",
        [("ratified", "cwc", "HUN", "1996"), ("entry_into_force", "cwc", None, "1997-04-29")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_forty_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
