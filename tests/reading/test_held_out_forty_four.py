"""Constructions of the forty-fourth held-out batch (exits, denunciations, suspensions and returns the corpus held
little of), each pinned by the article's sentence and paraphrases of our own, with look-alikes:

- a State's non-membership in a non-restrictive relative clause: 'He went to Equatorial Guinea, which is not an ICC
  member state' (AP, 14 February 2017), as 'Equatorial Guinea is not an ICC member state' is read
  (app/reading/named_members.py `_relative_antecedent`);
- the outsiders a leaving State joins, told 'as the only countries not currently within' a treaty ('North Korea now
  joins India, Pakistan, Israel, as the only countries not currently within the NPT regime', Waging Peace, 10 April
  2003) or 'as non-members of' it ('Japan now joins Iceland and Norway as non-members of the IWC', Light Weeks, 2018,
  batch 39): each listed State not bound that day, as 'as the only countries outside' was (app/reading/outsiders.py);
  the treaty must follow the words ('as the only countries not in favour of the resolution' is no claim);
- the State the copula says is 'one of' a group whose relative clause acts: 'Gambia was one of three African countries
  that informed the UN chief last year they were withdrawing from the court' (AP, 2017) is the Gambia's notice
  (app/reading/subjects.py `_one_of_the_group`), not when the State only hosts the group;
- a notice whose content undoes the exit, 'received Gambia's notice reversing its withdrawal', 'notification ... of The
  Gambia's decision to reverse withdrawal' (AP, 2017), is no notice of withdrawal (VCLT Art. 68; triggers.py
  `reversing_notice`, nominal.py);
- a field many treaties share is no treaty's description: 'the 187-nation arms-control pact' (FT, 10 April 2003) is
  the NPT the article discusses, not the Seabed Arms Control Treaty whose short name holds the words (described.py
  `_FIELDS`); and a count before such a described instrument ('the 187-nation arms-control pact', 'the 191-member
  nuclear treaty') counts the treaty the clause refers to (counts.py `_described_instrument`), not a named body;
- 'signed and ratified' (and 'signed and later ratified'): the ratification, the second verb of a pair whose first is
  the State's signature, has the pair's subject (ratification.py `_after_signing`); an aside on the subject set off by
  commas or dashes ('Canada—unlike the U.S.—signed and ratified the Kyoto Protocol', TIME, 12 December 2011;
  'Lithuania, a NATO member bordering Russia, has ratified') is passed over (words.py `past_aside`, `set_aside` with
  'unlike' and dashes; a dash after an abbreviation's stop, 'U.S.—signed', is split off by the tokenizer);
- an exit dated by a decade with the treaty named before ('withdrew in the 1980s', The Japan Times, 1 October 2002;
  exits.py `_decade`), and 'along with Britain and Singapore' after a comma that closes the verb's adjunct
  (subjects.py `along_after`);
- 'The others were South Africa and Burundi.' after a sentence telling one State's deed as one of a group's (AP,
  2017): the same deed for each State listed (app/reading/others.py), not when no State is listed or the sentence
  before tells of several;
- 'the dues payment required for the United States to rejoin UNESCO' (the White House, 2002): 'for X to VERB' after a
  word of need tells what a deed would take, no joining (triggers.py `_needed_for`);
- an exit told by the time since it with a gerund that names no treaty: 'Eighteen years after withdrawing in a huff,
  the United States is rejoining the United Nations Educational, Scientific and Cultural Organization' (The Japan
  Times, 1 October 2002): the exit from the treaty the main clause returns to (app/reading/years_after.py), not from
  one a State merely signs after 'leaving', nor after 'withdrawing its troops'.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "not-a-member-in-a-relative-clause",  # AP via News24, 14 February 2017
        "2017-02-14",
        "He went to Equatorial Guinea, which is not an ICC member state.",
        [("joined", "rome-statute", "GNQ", "false")],
    ),
    (
        "a-member-in-a-relative-clause",  # our words
        "2017-02-14",
        "Putin visited Mongolia, which is an ICC member state.",
        [("bound_on", "rome-statute", "MNG", "true")],
    ),
    (
        "not-a-member-in-a-relative-clause-with-who",  # our words
        "2017-02-14",
        "The summit was hosted by Equatorial Guinea, who is not an ICC member.",
        [("joined", "rome-statute", "GNQ", "false")],
    ),
    (
        "relative-clause-of-something-else",  # look-alike: 'whose ally' is not the State
        "2017-02-14",
        "He went to Equatorial Guinea, whose ally is not an ICC member state.",
        [],
    ),
    (
        "joins-as-the-only-countries-not-within",  # Waging Peace, 10 April 2003
        "2003-04-10",
        "North Korea now joins India, Pakistan, Israel, as the only countries not currently within the NPT regime.",
        [("bound_on", "npt", "IND", "false"), ("bound_on", "npt", "PAK", "false"), ("bound_on", "npt", "ISR", "false")],
    ),
    (
        "joins-as-non-members-of",  # Light Weeks, 28 December 2018 (batch 39); Japan's own exit since session 17
        "2018-12-28",
        "Japan now joins Iceland and Norway as non-members of the IWC.",
        [
            ("bound_on", "icrw", "ISL", "false"),
            ("bound_on", "icrw", "NOR", "false"),
            ("withdrew", "icrw", "JPN", "true"),
        ],
    ),
    (
        "joins-as-the-only-states-not-in",  # our words
        "2003-04-10",
        "North Korea joins India and Pakistan as the only states not in the Non-Proliferation Treaty.",
        [("bound_on", "npt", "IND", "false"), ("bound_on", "npt", "PAK", "false")],
    ),
    (
        "joins-as-the-only-countries-not-in-favour",  # look-alike: no treaty after the words
        "2003-04-10",
        "Under the NPT, France joins Germany and Italy as the only countries not in favour of the resolution.",
        [],
    ),
    (
        "joins-as-non-members-of-a-board",  # look-alike: a board, not the treaty
        "2003-04-10",
        "Russia joins China and India as non-members of the board of the Paris Agreement.",
        [],
    ),
    (
        "one-of-the-group-that-notified",  # AP via News24, 14 February 2017 (the treaty named as a court)
        "2017-02-14",
        "Gambia was one of three African countries that notified the UN chief last year they were withdrawing from"
        " the ICC.",
        [("notification_date", "rome-statute", "GMB", "2016")],
    ),
    (
        "one-of-the-group-that-ratified",  # our words
        "2017-02-14",
        "Gambia was one of the countries that ratified the Rome Statute in 2002.",
        [("ratified", "rome-statute", "GMB", "2002")],
    ),
    (
        "a-group-hosted-not-one-of-it",  # look-alike: the Gambia is not one of the group
        "2017-02-14",
        "The Gambia hosted three African countries that notified the UN last year they were withdrawing from the ICC.",
        [],
    ),
    (
        "notice-reversing-a-withdrawal",  # AP via News24, 14 February 2017
        "2017-02-14",
        "The United Nations has formally received Gambia's notice reversing its withdrawal from the International"
        " Criminal Court, a spokesperson said on Tuesday.",
        [("withdrew", "rome-statute", "GMB", "false")],
    ),
    (
        "notification-of-a-decision-to-reverse",  # AP via News24 (the Coalition's words), 14 February 2017
        "2017-02-14",
        "President Barrow's notification to the UN secretary-general of The Gambia's decision to reverse withdrawal"
        " from the ICC is a crucial victory.",
        [],
    ),
    (
        "letter-revoking-a-notification",  # our words
        "2017-03-14",
        "South Africa sent a letter revoking its notification of withdrawal from the Rome Statute on 7 March 2017.",
        [("withdrew", "rome-statute", "ZAF", "false")],
    ),
    (
        "notice-of-withdrawal-still-read",  # look-alike: a notice of withdrawal
        "2017-03-14",
        "Gambia notified the UN on 10 November 2016 of its withdrawal from the ICC.",
        [("notification_date", "rome-statute", "GMB", "2016-11-10")],
    ),
    (
        "a-field-is-no-treaty-s-name",  # FT via YaleGlobal, 10 April 2003
        "2003-04-10",
        "North Korea became the first country to withdraw from the nuclear non-proliferation treaty (NPT) on"
        " Thursday. The withdrawal dealt a blow to the 187-nation arms-control pact.",
        [("withdrew", "npt", "PRK", "2003-04-10"), ("parties_count", "npt", None, "187")],
    ),
    (
        "a-counted-instrument-described",  # our words
        "2025-06-16",
        "The NPT is the cornerstone of the regime. Iran may leave the 191-member nuclear treaty.",
        [("parties_count", "npt", None, "191")],
    ),
    (
        "a-named-body-counted-is-not-the-treaty",  # look-alike: the Council is no instrument
        "2025-06-16",
        "The 15-member Security Council met on Monday about the NPT.",
        [],
    ),
    (
        "the-seabed-treaty-still-named",  # look-alike: the short name itself
        "2003-04-10",
        "Russia left the seabed arms control treaty in 2003.",
        [("withdrew", "seabed-treaty", "RUS", "2003")],
    ),
    (
        "signed-and-ratified-past-a-dash-aside",  # TIME, 12 December 2011
        "2011-12-12",
        "Canada—unlike the U.S.—signed and ratified the Kyoto Protocol, which required the country to reduce"
        " greenhouse gas emissions.",
        [("signed", "kyoto-protocol", "CAN", "true"), ("ratified", "kyoto-protocol", "CAN", "true")],
    ),
    (
        "signed-and-later-ratified",  # our words
        "2011-12-12",
        "Canada signed and later ratified the Kyoto Protocol.",
        [("signed", "kyoto-protocol", "CAN", "true"), ("ratified", "kyoto-protocol", "CAN", "true")],
    ),
    (
        "signed-and-ratified-past-a-comma-aside",  # our words
        "2011-12-12",
        "Canada, unlike the U.S., signed and ratified the Kyoto Protocol.",
        [("signed", "kyoto-protocol", "CAN", "true"), ("ratified", "kyoto-protocol", "CAN", "true")],
    ),
    (
        "ratified-past-an-appositive",  # our words
        "2025-03-01",
        "Lithuania, a NATO member bordering Russia, has ratified the CCM.",
        [("ratified", "ccm", "LTU", "true")],
    ),
    (
        "along-with-past-a-dash-aside",  # our words: the abbreviation's stop before the dash
        "2011-12-12",
        "The U.S.—along with Russia—has not ratified the CTBT.",
        [("ratified", "ctbt", "USA", "false"), ("ratified", "ctbt", "RUS", "false")],
    ),
    (
        "signed-then-another-state-ratified",  # look-alike: two subjects
        "2011-12-12",
        "Canada signed the deal and Mexico ratified the Kyoto Protocol.",
        [("signed", "kyoto-protocol", "CAN", "true"), ("ratified", "kyoto-protocol", "MEX", "true")],
    ),
    (
        "holdouts-that-have-signed-and-ratified",  # look-alike: a condition not yet met
        "2011-12-12",
        "Until eight holdouts — China, Egypt and the United States — have signed and ratified it, the CTBT cannot"
        " enter into force.",
        [],
    ),
    (
        "withdrew-in-a-decade-along-with",  # The Japan Times, 1 October 2002 (UNESCO named in the sentences before)
        "2002-10-01",
        "UNESCO's importance has grown. The U.S., a founding member that once supplied a quarter of its annual budget,"
        " withdrew in the 1980s, along with Britain and Singapore, in protest over corruption.",
        [
            ("withdrew", "unesco-constitution", "USA", "1980-01-01/1989-12-31"),
            ("withdrew", "unesco-constitution", "GBR", "1980-01-01/1989-12-31"),
            ("withdrew", "unesco-constitution", "SGP", "1980-01-01/1989-12-31"),
        ],
    ),
    (
        "ratified-on-a-day-together-with",  # our words
        "2014-09-30",
        "Kenya ratified the ATT on Monday, together with Ghana.",
        [("ratified", "att", "KEN", "2014-09-29"), ("ratified", "att", "GHA", "2014-09-29")],
    ),
    (
        "along-with-no-state",  # look-alike: 'its allies' names none
        "2023-11-08",
        "Russia withdrew from the CFE Treaty in 2023, along with its allies.",
        [("withdrew", "cfe-treaty", "RUS", "2023")],
    ),
    (
        "left-in-a-decade-something-else",  # look-alike: talks, no treaty
        "2002-10-01",
        "Japan left in the 1980s the whaling talks.",
        [],
    ),
    (
        "the-others-were",  # AP via News24, 14 February 2017
        "2017-02-14",
        "Gambia was one of three African countries that notified the UN chief last year they were withdrawing from"
        " the ICC. The others were South Africa and Burundi.",
        [
            ("notification_date", "rome-statute", "GMB", "2016"),
            ("notification_date", "rome-statute", "ZAF", "2016"),
            ("notification_date", "rome-statute", "BDI", "2016"),
        ],
    ),
    (
        "the-other-two-were",  # our words
        "2025-07-01",
        "Estonia notified the UN on 27 June 2025 of its withdrawal from the Ottawa Convention. The other two were"
        " Latvia and Lithuania.",
        [
            ("notification_date", "apmbc", "EST", "2025-06-27"),
            ("notification_date", "apmbc", "LVA", "2025-06-27"),
            ("notification_date", "apmbc", "LTU", "2025-06-27"),
        ],
    ),
    (
        "the-others-were-quick",  # look-alike: no States listed
        "2025-07-01",
        "Estonia notified the UN on 27 June 2025 of its withdrawal from the Ottawa Convention. The others were quick to"
        " follow.",
        [("notification_date", "apmbc", "EST", "2025-06-27")],
    ),
    (
        "the-others-after-two-states",  # look-alike: the sentence before tells of two States, not one of a group
        "2025-07-01",
        "Latvia and Estonia left the Ottawa Convention in 2025. The others were Lithuania and Finland.",
        [("withdrew", "apmbc", "LVA", "2025"), ("withdrew", "apmbc", "EST", "2025")],
    ),
    (
        "required-for-a-state-to-rejoin",  # the White House fact sheet, 12 September 2002
        "2002-09-12",
        "In 2001, the House voted to authorize the $60 million dues payment required for the United States to rejoin"
        " UNESCO.",
        [],
    ),
    (
        "needed-for-a-state-to-ratify",  # our words
        "2002-09-12",
        "Two-thirds of the Senate is needed for the United States to ratify the treaty.",
        [],
    ),
    (
        "rejoined-in-a-year",  # look-alike: the deed itself
        "2004-01-12",
        "The United States rejoined UNESCO in 2003.",
        [("joined", "unesco-constitution", "USA", "2003")],
    ),
    (
        "years-after-withdrawing-in-a-huff",  # The Japan Times, 1 October 2002
        "2002-10-01",
        "Eighteen years after withdrawing in a huff, the United States is rejoining the United Nations Educational,"
        " Scientific and Cultural Organization.",
        [
            ("joined", "unesco-constitution", "USA", "0001-01-01/2002-10-01"),
            ("withdrew", "unesco-constitution", "USA", "1984"),
        ],
    ),
    (
        "years-after-leaving-returned-to",  # our words
        "2002-10-01",
        "Twenty years after leaving, the United States returned to UNESCO.",
        [("withdrew", "unesco-constitution", "USA", "1982")],
    ),
    (
        "years-after-leaving-then-signing",  # look-alike: signing is no return, the exit's treaty is not said
        "2002-10-01",
        "Two years after leaving, France signed the Paris Agreement.",
        [("signed", "paris-agreement", "FRA", "true")],
    ),
    (
        "years-after-withdrawing-troops",  # look-alike: the gerund's own object
        "2002-10-01",
        "Five years after withdrawing its troops from the region, Russia rejoined the CFE Treaty.",
        [("joined", "cfe-treaty", "RUS", "true")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_forty_four_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
