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
        [("parties_count", "att", None, "101 ratifications")],
    ),
    (
        "it-has-since-been-ratified-by-n-states",
        "2016-03-01",
        "The Ottawa Convention was adopted in 1997. It has since been ratified by 162 states.",
        [("parties_count", "apmbc", None, "162 ratifications")],
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
        "nth-to-ratify-before-entry-into-force-counts-deposits-not-parties",  # the 40th deposit brought it into
        "1998-09-20",  # force: no party yet, the instruments deposited by that day counted ('Counts of ratifications')
        "The Ottawa Convention. Burkina Faso ratified it on 16 September 1998 and became the 40th state to ratify the "
        "convention.",
        [
            ("ratified", "apmbc", "BFA", "1998-09-16"),
            ("parties_count", "apmbc", None, "40 ratifications (on 1998-09-16)"),
        ],
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
    # --- an institution's founding: the entry into force of the treaty that sets it up, never an exit's date ---
    (
        "body-established-over-an-aside",  # the article's
        "2016-11-16",
        "The ICC, which is based in the Netherlands, was established in 2002 to punish the most serious crimes.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "body-founded-over-a-participle-aside",
        "2019-06-01",
        "The WHO, based in Geneva, was founded in 1948.",
        [("entry_into_force", "who-constitution", None, "1948")],
    ),
    (
        "the-court-set-up-after-an-exit-verb",  # the article's: 2002 is the Court's, not the exit's
        "2013-09-06",
        "Kenya would be the first country to pull out of the ICC since the Court was set up in 2002.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "the-court-established-after-a-dated-exit",
        "2019-09-06",
        "Burundi left the Rome Statute in 2017, fifteen years after the Court was established in 2002.",
        [("withdrew", "rome-statute", "BDI", "2017"), ("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "a-court-the-treaty-does-not-set-up",
        "2019-09-06",
        "The US left the Paris Agreement. The Court was founded in 1948.",
        [("withdrew", "paris-agreement", "USA", "true")],
    ),
    # --- membership since, obligations borne, no longer bound ---
    (
        "a-state-party-since",  # the article's (a name the gazetteer misses, then its initials)
        "2022-12-01",
        "North Korea has been a state party to the International Covenant on the Civil and Political Rights (ICCPR) "
        "since 1981.",
        [("joined", "iccpr", "PRK", "1981")],
    ),
    (
        "a-state-party-since-a-short-name",
        "2024-02-01",
        "Burundi has been a state party to the Ottawa Convention since 2003.",
        [("joined", "apmbc", "BDI", "2003")],
    ),
    (
        "continues-to-bear-the-obligations",  # the article's
        "2022-12-01",
        "That means North Korea as a state party continues to bear the legal obligations under the ICCPR.",
        [("bound_on", "iccpr", "PRK", "true")],
    ),
    (
        "remains-to-carry-its-obligations",
        "2022-12-01",
        "Hungary continues to carry its obligations under the Rome Statute.",
        [("bound_on", "rome-statute", "HUN", "true")],
    ),
    (
        "no-longer-bound-to-the-obligations-listed-in",  # the article's: 'the country', the state named before
        "2013-09-10",
        "Venezuela left the American Convention on Human Rights. Now that this period is over, the country is no "
        "longer bound to the human rights obligations listed in the Convention.",
        [("withdrew", "achr", "VEN", "true"), ("bound_on", "achr", "VEN", "false")],
    ),
    (
        "no-longer-bound-to-the-obligations-under",
        "2019-09-10",
        "Burundi is no longer bound to the obligations under the Rome Statute.",
        [("bound_on", "rome-statute", "BDI", "false")],
    ),
    (
        "bound-to-policies-is-no-treaty",
        "2019-09-10",
        "The Rome Statute. Burundi is bound to the policies set at EU level.",
        [],
    ),
    # --- exits told otherwise: persuaded, attempted, denounced second, after another did so ---
    (
        "succeeded-in-convincing-a-state-to-pull-out",  # the article's: the exit done, in 1999
        "2007-08-20",
        "The Arab-Maghreb Union finally succeeded in convincing Mauritania to pull out of ECOWAS in 1999.",
        [("withdrew", "ecowas-treaty", "MRT", "1999")],
    ),
    (
        "persuaded-a-state-to-leave",
        "2007-08-20",
        "Libya persuaded Mauritania to leave ECOWAS in 1999.",
        [("withdrew", "ecowas-treaty", "MRT", "1999")],
    ),
    (
        "failed-to-convince-is-no-exit",
        "2007-08-20",
        "Libya failed to convince Mauritania to leave ECOWAS in 1999.",
        [],
    ),
    (
        "compelled-to-exit-is-no-exit-yet",  # a pressure the state may not have acted on
        "2021-06-19",
        "The Kremlin said the US exit had upset the balance of the Open Skies Treaty and had compelled Russia to exit.",
        [],
    ),
    (
        "made-an-attempt-to-withdraw",  # the article's: the notice of an attempt that took no effect
        "2022-12-01",
        "North Korea joined the ICCPR in 1981. It made an attempt to withdraw from the ICCPR in 1997.",
        [("joined", "iccpr", "PRK", "1981"), ("notification_date", "iccpr", "PRK", "1997")],
    ),
    (
        "attempted-to-withdraw",
        "2022-12-01",
        "Peru attempted to withdraw from the American Convention on Human Rights in July 1999.",
        [("notification_date", "achr", "PER", "1999-07")],
    ),
    (
        "the-second-country-to-denounce-after-another-did-so",  # the article's: notices, the other's dated
        "2013-09-10",
        "Venezuela is now the second country to denounce the American Convention, after Trinidad and Tobago did so "
        "in 1998.",
        [
            ("notification_date", "achr", "VEN", "0001-01-01/2013-09-10"),
            ("notification_date", "achr", "TTO", "1998"),
        ],
    ),
    (
        "became-the-second-to-denounce-after-another",
        "2013-09-10",
        "Venezuela became the second country to denounce the American Convention, after Trinidad and Tobago.",
        [
            ("notification_date", "achr", "VEN", "0001-01-01/2013-09-10"),
            ("notification_date", "achr", "TTO", "0001-01-01/2013-09-10"),
        ],
    ),
    (
        "the-third-to-leave-after-others-did-so-in-a-year",
        "2024-09-10",
        "Hungary became the third country to leave the ICC, after the Philippines did so in 2019.",
        [("withdrew", "rome-statute", "HUN", "true"), ("withdrew", "rome-statute", "PHL", "2019")],
    ),
    # --- dates of other acts and days named by a relative ---
    (
        "a-convention-adopted-in-a-year-dates-no-ratification",  # the article's: 2011 is the adoption's
        "2020-07-25",
        "The Istanbul Convention aims to end violence. Turkey was the first country to ratify the Council of Europe "
        "convention adopted in 2011 in Istanbul.",
        [("ratified", "istanbul-convention", "TUR", "true")],
    ),
    (
        "the-convention-adopted-in-a-year-first-to-ratify",
        "2020-07-25",
        "The Ottawa Convention bans mines. Norway was the first country to ratify the convention adopted in 1997 in "
        "Oslo.",
        [("ratified", "apmbc", "NOR", "true")],
    ),
    (
        "a-letter-sent-on-a-day-to-inform",  # the article's: the purpose told in the tense of the sending
        "2019-05-16",
        "Malaysia left the Rome Statute. The government had issued a withdrawal letter to UN secretary-general "
        "Antonio Guterres on April 29 to inform the international body of Malaysia's withdrawal from ratifying the "
        "treaty.",
        [("withdrew", "rome-statute", "MYS", "true"), ("notification_date", "rome-statute", "MYS", "2019-04-29")],
    ),
    (
        "a-note-issued-on-a-day-to-inform",
        "2024-03-01",
        "Niger issued a note to the ECOWAS Commission on 28 January to inform it of its withdrawal from the ECOWAS "
        "Treaty.",
        [("notification_date", "ecowas-treaty", "NER", "2024-01-28")],
    ),
    (
        "the-day-which-was-the-date-a-letter-was-submitted",  # the article's
        "2019-05-16",
        "Malaysia left the Rome Statute. Wisma Putra said the withdrawal took effect on April 29, which was the date "
        "the Malaysian government submitted a withdrawal letter to the secretary-general.",
        [
            ("withdrew", "rome-statute", "MYS", "true"),
            ("effective_date", "rome-statute", "MYS", "2019-04-29"),
            ("notification_date", "rome-statute", "MYS", "2019-04-29"),
        ],
    ),
    # --- what asserts nothing: an order to notify, a proposal's purpose, any withdrawal, a decision not to ratify ---
    (
        "ordered-to-inform-that-no-longer-a-party",  # the article's: what a notice still to be given will say
        "2016-11-16",
        "According to a government document, Mr. Putin ordered the Foreign Ministry to inform the General Secretary of "
        "the United Nations that it was no longer a party to the Rome Statute of the ICC.",
        [],
    ),
    (
        "asked-to-notify-that-leaving",
        "2016-11-16",
        "Burundi's parliament asked the government to notify the UN that Burundi is leaving the ICC.",
        [],
    ),
    (
        "informed-that-no-longer-a-party-is-a-notice",
        "2017-10-30",
        "Burundi informed the UN that it would no longer be a party to the Rome Statute from 27 October 2017.",
        [
            ("notification_date", "rome-statute", "BDI", "0001-01-01/2017-10-30"),
            ("effective_date", "rome-statute", "BDI", "2017-10-27"),
        ],
    ),
    (
        "a-suggestion-on-a-day-to-withdraw",  # the article's: a proposal's purpose, its day no exit's
        "2020-07-25",
        "Ziobro added that the Justice Ministry will make a suggestion to the Family Ministry on Monday to withdraw "
        "from the Istanbul Convention.",
        [],
    ),
    (
        "a-proposal-to-leave-on-a-day",
        "2024-05-01",
        "The ministry sent a proposal to the cabinet on 2 May to leave the Energy Charter Treaty.",
        [],
    ),
    (
        "any-withdrawal-would-not-take-effect-for-a-year",  # the article's: a rule, not this exit's date
        "2013-09-06",
        "Kenya joined the Rome Statute. A withdrawal would still have to be approved by the Kenyan Senate and would "
        "not come into effect for a year.",
        [("joined", "rome-statute", "KEN", "true"), ("notice_period", "rome-statute", None, "P1Y")],  # the undated
        # past joining: done by the day (tests/data/articles/README.md 'Label decisions (h-left, session 13)')
    ),
    (
        "this-exit-unable-to-take-effect-for-another-year",  # a given exit's bound still read
        "2023-05-10",
        "Niger said it had completed its withdrawal from the ECOWAS Treaty, a move unable to go into effect for "
        "another year.",
        [
            ("withdrew", "ecowas-treaty", "NER", "true"),
            ("effective_date", "ecowas-treaty", "NER", "2024-05-10/9999-12-31"),
        ],
    ),
    (
        "announced-that-it-would-not-be-ratifying",  # the article's: a decision told, not a status
        "2019-05-16",
        "This comes following the Prime Minister's announcement on April 5 that Malaysia would not be ratifying the "
        "Rome Statute.",
        [],
    ),
    (
        "said-it-will-not-ratify",
        "2019-05-16",
        "Ukraine said it will not ratify the Rome Statute.",
        [],
    ),
    (
        "has-not-ratified-is-still-a-status",
        "2019-05-16",
        "Ukraine has not ratified the Rome Statute.",
        [("ratified", "rome-statute", "UKR", "false")],
    ),
    # --- consents denied, dates over a relative, a withdrawal initiated, the one outsider ---
    (
        "signed-without-ratification",  # the article's: the signer did not ratify
        "2016-11-16",
        "Russia signed the Rome Statute in 2000, but never ratified it. The U.S. likewise signed the statute without "
        "ratification and pulled out of the agreement under President George W. Bush.",
        [
            ("signed", "rome-statute", "RUS", "2000"),
            ("ratified", "rome-statute", "RUS", "false"),
            ("signed", "rome-statute", "USA", "true"),
            ("withdrew", "rome-statute", "USA", "true"),
            ("ratified", "rome-statute", "USA", "false"),
        ],
    ),
    (
        "signed-without-ratifying-it",
        "2016-11-16",
        "Israel signed the Rome Statute in 2000 without ratifying it.",
        [("signed", "rome-statute", "ISR", "2000"), ("ratified", "rome-statute", "ISR", "false")],
    ),
    (
        "signed-the-pact-which-was-opposed-in-a-year",  # the article's: the date after the relative is the signing's
        "2019-04-27",
        "The Arms Trade Treaty regulates the arms trade. President Barack Obama signed the pact, which has long been "
        "opposed by the NRA, in 2013.",
        [("signed", "att", "USA", "2013")],  # a former president named right before 'signed' signed in office
        # (h-prec, session 17: mentions._signs_next; the United States signed on 25 September 2013)
    ),
    (
        "signed-the-pact-which-senators-opposed-on-a-day",
        "2019-04-27",
        "The Arms Trade Treaty regulates the arms trade. The United States signed the pact, which many senators "
        "opposed, on 25 September 2013.",
        [("signed", "att", "USA", "2013-09-25")],
    ),
    (
        "said-last-month-it-had-initiated-its-withdrawal",  # the article's: the notice, by the month of the saying
        "2016-11-16",
        "The ICC. Russia's move comes after South Africa said last month that it had initiated its withdrawal from the "
        "court to focus on continental instruments and institutions.",
        [("notification_date", "rome-statute", "ZAF", "2016-10")],
    ),
    (
        "initiated-its-withdrawal-in-a-month",
        "2024-03-01",
        "Mali initiated its withdrawal from the ECOWAS Treaty in January 2024.",
        [("notification_date", "ecowas-treaty", "MLI", "2024-01")],
    ),
    (
        "the-only-country-that-does-not-enjoy-membership",  # the article's: the bloc is the treaty named before
        "2007-08-20",
        "Libya persuaded Mauritania to leave ECOWAS in 1999. Mauritania is so far the only country that does not "
        "enjoy membership in the regional economic bloc.",
        [("withdrew", "ecowas-treaty", "MRT", "1999"), ("bound_on", "ecowas-treaty", "MRT", "false")],
    ),
    (
        "the-only-state-without-membership-of-a-named-treaty",
        "2020-08-20",
        "South Sudan is the only state that does not enjoy membership in the WTO.",
        [("bound_on", "wto-agreement", "SSD", "false")],
    ),
    (
        "the-only-country-not-a-party-said-once",  # 'that is not a party to' is read as a denial already
        "2020-08-20",
        "Belarus remains the only country in Europe that is not a party to the European Convention on Human Rights.",
        [("joined", "echr", "BLR", "false")],
    ),
    (
        "the-only-country-that-signed-denies-nothing",
        "2020-08-20",
        "Palau is the only country that has signed the WTO agreement this year.",
        [("signed", "wto-agreement", "PLW", "2020")],  # its signature, no membership denied
    ),
    # --- a time given to act is no notice period ---
    (
        "a-period-for-the-government-to-denounce",  # the article's: a constitution's time to act
        "2013-02-12",
        "Bolivia left the Single Convention in 2011. The Constitution allowed for a period of four years for the "
        "government to denounce and renegotiate the treaties.",
        [("withdrew", "single-convention", "BOL", "2011")],
    ),
    (
        "a-period-for-parliament-to-approve",
        "2020-01-01",
        "The Rome Statute gives a period of six months for parliament to approve the withdrawal.",
        [],
    ),
    (
        "a-period-for-the-withdrawal-to-take-effect-is-the-notice-period",
        "2020-01-01",
        "The Rome Statute requires a period of one year for the withdrawal to take effect.",
        [("notice_period", "rome-statute", None, "P1Y")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_seventeen_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
