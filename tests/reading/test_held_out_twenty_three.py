"""Constructions of the twenty-third held-out batch (the end-of-session-10 measure: exits told as nouns over a list or a
group, relative years, counts as compound adjectives, absolute participles, periods counted from a day, procedures begun
and completed, approvals whose purpose is an exit), each pinned by the article's sentence and paraphrases of our own,
with look-alikes that claim nothing.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim. A one-line text is read as a headline.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_BODY = "The bloc met in Abuja.\n\n"  # a headline first: a one-line text is read as a headline

CASES: list[tuple[str, str, str, Read]] = [
    # An exit noun as the object of a reconsidering verb: an exit in question, not dated by the clause's date
    (
        "a-grace-period-to-rethink-their-exit",  # Reuters via KFM, 2025
        "2025-01-29",
        _BODY + "In December, ECOWAS gave Mali, Burkina Faso and Niger a six-month grace period to rethink their exit.",
        [],
    ),
    (
        "urged-to-reconsider-its-withdrawal",  # our words: another state and treaty
        "2016-11-20",
        _BODY + "In November, the African Union urged Gambia to reconsider its withdrawal from the Rome Statute.",
        [],
    ),
    (
        "completed-its-exit-is-still-read",  # our words: the deed, not a reconsidering verb
        "2025-03-01",
        _BODY + "Mali completed its exit from ECOWAS in January 2025.",
        [("effective_date", "ecowas-treaty", "MLI", "2025-01")],  # a completion told with its date: the exit's
        # effect (tests/data/articles/README.md 'Label decisions (h-left, session 13)'; was withdrew)
    ),
    # A petition filed in court is no notice of withdrawal
    (
        "a-petition-filed-is-no-notice",  # ABS-CBN News, 2021 (the petitioners' names cut)
        "2021-03-16",
        "Supreme Court junks petition\n\nThe first petition was filed on May 16, 2018 by opposition senators, arguing "
        "that the Philippines' withdrawal from the Rome Statute requires concurrence of the Senate.",
        [],
    ),
    (
        "lawmakers-filed-a-lawsuit-paraphrase",  # our words: another state, an active verb
        "2017-06-01",
        _BODY
        + "On 3 May 2017, lawmakers in South Africa filed a lawsuit against the withdrawal from the Rome Statute.",
        [],
    ),
    (
        "filed-its-notification-is-still-a-notice",  # our words
        "2016-11-01",
        _BODY + "Burundi filed its notification of withdrawal from the Rome Statute on 27 October 2016.",
        [("notification_date", "rome-statute", "BDI", "2016-10-27")],
    ),
    # A treaty 'created' or 'concluded' in a year: its making, told as its signature (no signer named)
    (
        "a-treaty-created-by-an-administration",  # Axios, 2018
        "2018-10-20",
        "U.S. to pull out of Intermediate-Range Nuclear Forces Treaty with Russia\n\nAfter speaking at a rally in "
        "Elko, Nevada, President Trump told reporters that he will pull the United States out of the "
        "Intermediate-Range Nuclear Forces Treaty with Russia that was created by the Reagan administration in 1986.",
        [("signed", "inf-treaty", None, "1986")],
    ),
    (
        "a-convention-concluded-paraphrase",  # our words: another treaty, a day's month
        "2021-01-01",
        _BODY + "The Ottawa Convention, which was concluded in Oslo in September 1997, bans anti-personnel mines.",
        [("signed", "apmbc", None, "1997-09")],
    ),
    (
        "a-body-created-is-its-founding-not-a-signature",  # our words: founded.py's reading, no signature
        "2021-01-01",
        _BODY + "The International Criminal Court was created in 2002.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    # A call for a state not to join is an aim, not a status
    (
        "calling-for-a-state-not-to-join",  # LSM, 2023
        "2023-10-05",
        "Saeima rejects initiative\n\nMore than 13,000 Latvian citizens signed a collective initiative calling for "
        "Latvia not to join the Istanbul Convention.",
        [],
    ),
    (
        "urged-not-to-ratify-paraphrase",  # our words
        "2023-10-05",
        _BODY + "The opposition urged Armenia not to ratify the Rome Statute.",
        [],
    ),
    (
        "has-not-ratified-is-still-a-status",  # our words
        "2023-10-05",
        _BODY + "Armenia has not ratified the Rome Statute.",
        [("ratified", "rome-statute", "ARM", "false")],
    ),
    # A period counted from a day: that day moved on by the period, not the day itself nor a rule
    (
        "one-year-from-a-day-in-a-headline",  # Reuters, 2016 (the court named)
        "2016-10-27",
        "Burundi to leave International Criminal Court one year from Oct. 27: U.N. envoy",
        [("effective_date", "rome-statute", "BDI", "2017-10-27")],
    ),
    (
        "will-take-effect-one-year-from-a-day",  # Reuters, 2016
        "2016-10-27",
        _BODY + "Burundi's Justice Minister notified the United Nations on Thursday of the country's withdrawal from "
        "the International Criminal Court, which will take effect one year from Oct. 27, the ambassador said.",
        [
            ("notification_date", "rome-statute", "BDI", "2016-10-27"),
            ("effective_date", "rome-statute", "BDI", "2017-10-27"),
        ],
    ),
    (
        "six-months-from-a-dated-day-paraphrase",  # our words: another state, treaty and period
        "2025-07-01",
        _BODY + "Ukraine said its withdrawal from the Ottawa Convention will take effect six months from 29 June 2025.",
        [("effective_date", "apmbc", "UKR", "2025-12-29")],
    ),
    (
        "will-leave-one-year-from-a-day-ahead-paraphrase",  # our words: the day read nearest the report
        "2025-07-01",
        _BODY + "Gambia will leave the Rome Statute one year from Nov. 10, the minister said.",
        [("effective_date", "rome-statute", "GMB", "2026-11-10")],
    ),
    # A formal exit told as a noun, announced by another: over a list of states (words describing them all before
    # it) or a group named by its kind in a headline (the states the body names first)
    (
        "a-headline-announces-the-formal-exit-of-a-group-by-its-kind",  # Reuters via KFM, 2025
        "2025-01-29",
        "West Africa bloc announces formal exit of three junta-led states\n\nThe Economic Community of West Africa "
        "States (ECOWAS) on Wednesday announced the formal exit of junta-led Mali, Burkina Faso and Niger from the "
        "bloc following their withdrawal last year.",
        [
            ("withdrew", "ecowas-treaty", "MLI", "true"),
            ("withdrew", "ecowas-treaty", "BFA", "true"),
            ("withdrew", "ecowas-treaty", "NER", "true"),
            ("withdrew", "ecowas-treaty", "MLI", "true"),
            ("withdrew", "ecowas-treaty", "BFA", "true"),
            ("withdrew", "ecowas-treaty", "NER", "true"),
            ("withdrew", "ecowas-treaty", "MLI", "2024"),
            ("withdrew", "ecowas-treaty", "BFA", "2024"),
            ("withdrew", "ecowas-treaty", "NER", "2024"),
        ],
    ),
    (
        "announced-the-official-exit-of-a-list-paraphrase",  # our words: another body, treaty and states
        "2025-01-10",
        _BODY + "The Council of Europe on Friday announced the official exit of neighbouring Russia and Belarus from "
        "the European Convention on Human Rights.",
        [("withdrew", "echr", "RUS", "true"), ("withdrew", "echr", "BLR", "true")],
    ),
    (
        "a-headline-final-exit-of-two-states-paraphrase",  # our words: the group's number, the body's first states
        "2025-01-10",
        "Bloc announces final exit of two Sahel countries\n\nNiger and Mali met the envoys of ECOWAS.",
        [("withdrew", "ecowas-treaty", "NER", "true"), ("withdrew", "ecowas-treaty", "MLI", "true")],
    ),
    (
        "a-headline-group-of-another-number-is-not-read",  # our words: two countries, three states in the body
        "2025-01-10",
        "Bloc announces final exit of two Sahel countries\n\nNiger and Mali met the envoys of ECOWAS and Nigeria.",
        [],
    ),
    (
        "announced-an-exit-to-come-is-no-deed",  # our words: the exit still to take place, its day read alone
        "2025-01-10",
        _BODY + "ECOWAS announced the formal exit of Mali and Niger, which will take place in July.",
        [("effective_date", "ecowas-treaty", "MLI", "2025-07"), ("effective_date", "ecowas-treaty", "NER", "2025-07")],
    ),
    (
        "following-their-withdrawal-last-year-paraphrase",  # our words: another treaty and year
        "2017-03-01",
        _BODY + "Burundi and South Africa were criticised in Addis Ababa following their withdrawal from the Rome "
        "Statute in 2016.",
        [("withdrew", "rome-statute", "BDI", "2016"), ("withdrew", "rome-statute", "ZAF", "2016")],
    ),
    (
        "after-its-withdrawal-of-one-state-paraphrase",  # our words: 'its' for the one state named
        "2021-03-01",
        _BODY + "The court kept its case against the Philippines after its withdrawal from the Rome Statute in 2019.",
        [("withdrew", "rome-statute", "PHL", "2019")],
    ),
    (
        "their-withdrawal-undated-is-not-read",  # our words: no date, nothing to read
        "2017-03-01",
        _BODY + "Burundi and South Africa were criticised following their withdrawal.",
        [],
    ),
    # Counts as compound adjectives before the treaty's generic noun
    (
        "the-15-member-body",  # Reuters via KFM, 2025
        "2025-01-29",
        "Mali, Burkina Faso and Niger leave ECOWAS\n\nWest Africa has been rocked by a spate of coups that has "
        "countries in the 15-member body under military rule in the past five years.",
        [
            ("withdrew", "ecowas-treaty", "MLI", "true"),
            ("withdrew", "ecowas-treaty", "BFA", "true"),
            ("withdrew", "ecowas-treaty", "NER", "true"),
            ("parties_count", "ecowas-treaty", None, "15"),
        ],
    ),
    (
        "the-50-plus-country-treaty",  # POLITICO Europe, 2022
        "2022-10-18",
        "Netherlands to leave embattled Energy Charter Treaty\n\nAn attempt by the EU to reform the deal was "
        "resisted by the other members of the 50-plus-country treaty.",
        [("parties_count", "ect", None, "50")],
    ),
    (
        "the-46-nation-convention-paraphrase",  # our words: another treaty and noun
        "2024-01-10",
        "Russia left the European Convention on Human Rights\n\nThe 46-nation convention binds its members.",
        [("withdrew", "echr", "RUS", "true"), ("parties_count", "echr", None, "46")],
    ),
    (
        "a-compound-count-of-a-foreign-council-is-not-read",  # the 'Council': a body the treaty does not name
        "2024-01-10",
        _BODY + "The 15-member Security Council met on Friday.",
        [],
    ),
    # An absolute participle: the exit noun its subject, a perfect (a deed done)
    (
        "the-withdrawal-having-taken-effect",  # ABS-CBN News, 2021
        "2021-03-16",
        "Supreme Court junks petition vs PH withdrawal from International Criminal Court\n\nThe dismissal was due "
        "to mootness, the withdrawal having taken effect on March 17, 2019.",
        [("effective_date", "rome-statute", "PHL", "2019-03-17")],
    ),
    (
        "a-named-withdrawal-having-taken-effect-paraphrase",  # our words: another state, the treaty named
        "2021-03-16",
        _BODY + "The case is moot, Burundi's withdrawal from the Rome Statute having taken effect on 27 October 2017.",
        [("effective_date", "rome-statute", "BDI", "2017-10-27")],
    ),
    # 'in 30 days': so many days on from the report's day
    (
        "will-officially-return-in-30-days-paraphrase",  # our words (BuzzFeed News, 2021, names 'the commitment')
        "2021-01-20",
        _BODY + "The US will officially return to the Paris Agreement in 30 days.",
        [("joined", "paris-agreement", "USA", "2021-02-19")],
    ),
    (
        "will-rejoin-in-two-weeks-paraphrase",  # our words: another state, treaty and unit
        "2021-01-20",
        _BODY + "Brazil will rejoin the Ottawa Convention in two weeks.",
        [("joined", "apmbc", "BRA", "2021-02-03")],
    ),
    # A procedure begun and its completion: the notice and the effect
    (
        "started-the-withdrawal-procedure-which-was-completed",  # dpa via News Ghana, 2021
        "2021-06-07",
        "Putin signs law to denounce Open Skies Treaty\n\nIn May 2020, the United States started the withdrawal "
        "procedure, which was completed on November 22.",
        [
            ("notification_date", "open-skies", "USA", "2020-05"),
            ("effective_date", "open-skies", "USA", "2020-11-22"),
        ],
    ),
    (
        "began-the-exit-procedure-which-was-completed-paraphrase",  # our words: another state, treaty and dates
        "2021-06-07",
        _BODY + "In 2019, Ukraine began the exit procedure from the Ottawa Convention, which was completed on 3 March "
        "2020.",
        [("notification_date", "apmbc", "UKR", "2019"), ("effective_date", "apmbc", "UKR", "2020-03-03")],
    ),
    (
        "a-reform-completed-is-no-exit",  # our words: no withdrawal noun before 'which was completed'
        "2021-06-07",
        _BODY + "In 2019, Ukraine began the reform of the Ottawa Convention, which was completed on 3 March 2020.",
        [],
    ),
    # A process begun, not formally, with no date of its own: no notice
    (
        "has-started-the-process-reported-on-a-day",  # Reuters, 2022
        "2022-10-13",
        "Spain to pull out of treaty protecting energy investments\n\nMADRID (Reuters) -Spain has started the "
        "process of withdrawing from the Energy Charter Treaty, an energy ministry spokesperson said on Thursday.",
        [],
    ),
    (
        "has-begun-the-process-paraphrase",  # our words: another state, verb and day
        "2022-10-18",
        _BODY + "The Netherlands has begun the process of leaving the Energy Charter Treaty, the ministry said on "
        "Tuesday.",
        [],
    ),
    (
        "officially-initiated-the-process-is-a-notice",  # our words: formally begun, the report's day its latest
        "2021-11-20",
        _BODY + "Venezuela announced on Friday, Nov. 19, that the country has officially initiated the process of "
        "withdrawing from the OAS.",
        [("notification_date", "oas-charter", "VEN", "2021-11-13/2021-11-19")],
    ),
    (
        "started-the-process-dated-is-a-notice",  # our words: dated by its own date
        "2021-11-20",
        _BODY + "In April 2017, Venezuela started the two-year process to leave the OAS.",
        [("notification_date", "oas-charter", "VEN", "2017-04"), ("notice_period", "oas-charter", None, "P2Y")],
    ),
    # A past notice with no date of its own restates the notice the sentence before told (the same state, treaty)
    (
        "a-photo-of-the-minister-handing-the-withdrawal-document",  # Reuters, 2016
        "2016-10-27",
        "Burundi to leave war crimes court\n\nBurundi's Justice Minister Aimee Laurentine Kanyana notified the "
        "United Nations on Thursday of the country's withdrawal from the International Criminal Court.\n\nShingiro "
        "posted a photo on Twitter of Kanyana handing the withdrawal document to Edmond Mulet, chief of staff for "
        "U.N. Secretary-General Ban Ki-moon.",
        [
            ("notification_date", "rome-statute", "BDI", "2016-10-27"),
            ("notification_date", "rome-statute", "BDI", "2016-10-27"),
        ],
    ),
    (
        "a-picture-of-the-ambassador-handing-the-instrument-paraphrase",  # our words: another state and treaty
        "2025-07-01",
        _BODY
        + "Latvia notified the Secretary-General of its withdrawal from the Ottawa Convention on 27 June 2025.\n\n"
        "The ministry shared a picture of Ambassador Kalnins handing the instrument of withdrawal to the Legal "
        "Counsel.",
        [("notification_date", "apmbc", "LVA", "2025-06-27"), ("notification_date", "apmbc", "LVA", "2025-06-27")],
    ),
    (
        "a-later-letter-is-not-that-notice",  # our words: 'later', another letter
        "2025-07-01",
        _BODY
        + "Latvia notified the Secretary-General of its withdrawal from the Ottawa Convention on 27 June 2025.\n\n"
        "Latvia later handed a second letter to the Legal Counsel.",
        [("notification_date", "apmbc", "LVA", "2025-06-27")],
    ),
    # An exit on a day as the purpose of the steps required; an international assembly's approval and tally
    (
        "the-european-parliament-approves-the-exit-deal",  # VOV World, 2020
        "2020-01-30",
        "European Parliament approves Brexit deal\n\n(VOVWORLD) - The European Parliament on Wednesday approved the "
        "Brexit deal agreed with the UK government, one of the last formal steps required, after three and a half "
        "years of negotiations, to take Britain out of the European Union on January 31.\n\nThe vote was 621 for, "
        "49 against, with 13 abstentions.",
        [("effective_date", "teu", "GBR", "2020-01-31"), ("vote_tally", "teu", None, "621-49-13")],
    ),
    (
        "the-final-step-needed-to-pull-a-state-out-paraphrase",  # our words: another state, treaty and verb
        "2025-06-20",
        _BODY + "The Verkhovna Rada approved the bill, the final step needed to pull Ukraine out of the Ottawa "
        "Convention on 27 June.",
        [("effective_date", "apmbc", "UKR", "2025-06-27")],
    ),
    (
        "a-wish-to-take-a-state-out-is-no-date",  # our words: no steps, a wish
        "2020-01-30",
        _BODY + "The opposition wants to take Britain out of the European Union on January 31.",
        [],
    ),
    (
        "a-parliament-approves-the-treaty-itself",  # our words: the treaty approved, still a ratification
        "2023-10-03",
        _BODY + "The Armenian parliament approved the Rome Statute on Tuesday.",
        [("ratified", "rome-statute", "ARM", "2023-10-03")],
    ),
    # A re-entry to the treaty described as 'the (adjectives) commitment': the treaty the article is about
    (
        "will-return-to-the-historic-commitment-in-30-days",  # BuzzFeed News, 2021
        "2021-01-20",
        "Biden Rejoins Paris Climate Agreement\n\nHours after being sworn in, Joe Biden signed an executive order to "
        "rejoin the Paris climate agreement.\n\nAs a result, the US will officially return to the historic "
        "commitment to limit warming to well below 2 degrees Celsius in 30 days.",
        [
            ("joined", "paris-agreement", "USA", "0001-01-01/2021-01-20"),
            ("joined", "paris-agreement", "USA", "2021-02-19"),
        ],
    ),
    (
        "will-return-to-the-global-commitment-paraphrase",  # our words: another state, treaty and unit
        "2021-01-20",
        "Brazil to rejoin the Ottawa Convention\n\nBrazil will return to the global commitment against landmines in "
        "two weeks.",
        [("joined", "apmbc", "BRA", "2021-02-03")],
    ),
    (
        "return-to-the-negotiating-table-is-no-treaty",  # our words
        "2021-01-20",
        "US and the Paris Agreement\n\nThe US will return to the negotiating table in 30 days.",
        [],
    ),
    (
        "return-to-compliance-is-no-reentry",  # our words
        "2021-01-20",
        "Russia and the treaty\n\nRussia said it would return to compliance with the Open Skies Treaty in 2026.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twenty_three_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


def test_a_count_with_plus_is_more_than_the_number(finder: ClaimFinder) -> None:
    """'the 50-plus-country treaty': more than 50 (the comparator the label's '>50' asks)."""
    found = finder.find(
        "Netherlands to leave Energy Charter Treaty\n\nThe reform was resisted by the other members of the "
        "50-plus-country treaty.",
        __import__("datetime").date(2022, 10, 18),
    )
    assert [(f.claim.value, f.claim.comparator) for f in found if f.claim.kind == "parties_count"] == [
        ("50", "more_than")
    ]
