"""Constructions of the twenty-fifth held-out batch (legal blogs, think tanks and official releases: an exit's
'effectivity', a treaty's abbreviation in brackets before the date, a domestic act's signing, a suspension dated
'effective', a participle joined to a past one, a signing after 'despite', a date between 'ratify' and its object,
a notice 'filed one year earlier' than the effect, a period after a comma dating another event, a requirement 'for
denunciation to take effect', a letter requesting an extension, a singular relative clause after two states, a 'when'
clause after a date, a count told as a change), each pinned by the article's sentence and paraphrases of our own, with
look-alikes that claim nothing.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_CTBT = (
    "Russia is revoking its ratification of one of the most consequential international agreements for global "
    "security: the Comprehensive Nuclear-Test-Ban Treaty (CTBT). "
)

CASES: list[tuple[str, str, str, Read]] = [
    # 'the effectivity of the withdrawal of X from T on D' (Philippine English): the day the exit took effect; a
    # treaty's abbreviation in brackets does not part the noun phrase from its date
    (
        "effectivity-of-the-withdrawal",  # Senate of the Philippines, 2019
        "2019-03-18",
        "Despite the effectivity of the withdrawal of the Philippines from the Rome Statute of the International "
        "Criminal Court (ICC) on March 17, 2019, its obligation to cooperate with the ICC remains insofar as any "
        "proceeding commenced before the withdrawal is concerned.",
        [("effective_date", "rome-statute", "PHL", "2019-03-17")],
    ),
    (
        "effectivity-of-a-possessive-withdrawal",  # Senate of the Philippines, 2019 (another release)
        "2019-03-25",
        "However, with the effectivity of the Philippines' withdrawal from the ICC on March 17, 2019, it now becomes "
        "doubtful if the Philippines can still go to the ICC.",
        [("effective_date", "rome-statute", "PHL", "2019-03-17")],
    ),
    (
        "entry-into-force-of-the-withdrawal",  # our words: another state, treaty and phrase
        "2024-01-10",
        "Since the entry into force of Russia's withdrawal from the CFE Treaty on November 7, 2023, the allies have "
        "reviewed their position.",
        [("effective_date", "cfe-treaty", "RUS", "2023-11-07")],
    ),
    (
        "withdrawal-after-a-bracketed-abbreviation",  # our words: the abbreviation, a future effect
        "2025-06-03",
        "Hungary's withdrawal from the Rome Statute of the International Criminal Court (ICC) on June 2, 2026 will "
        "end its obligations.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
    (
        "the-effect-of-a-withdrawal-is-a-consequence",  # our words: 'effect of' tells no day
        "2019-03-18",
        "The effect of the withdrawal of the Philippines from the ICC on victims is unclear.",
        [],
    ),
    # 'the ... Act, which President X signed': the act's signing, not the treaty's
    (
        "an-acts-signing-in-a-relative-clause",  # House Foreign Affairs Committee, 2020 (the treaty ours)
        "2020-11-23",
        "Section 1234 of the National Defense Authorization Act for Fiscal Year 2020, which President Trump signed, "
        "required him to notify Congress 120 days in advance of announcing his intent to leave the Treaty on Open "
        "Skies.",
        [],
    ),
    (
        "a-decrees-signing-in-a-relative-clause",  # our words: 'that', a decree
        "2023-11-03",
        "The decree that Putin signed on Monday revokes the CTBT ratification.",
        [],
    ),
    (
        "a-treatys-signing-in-a-relative-clause-is-kept",  # our words: the treaty is the antecedent
        "2021-03-01",
        "The Open Skies Treaty, which the United States signed in 1992, allows flights.",
        [("signed", "open-skies", "USA", "1992")],
    ),
    (
        "a-complement-clause-after-a-memorandum-is-kept",  # Baltic Times, 2025 (our shortening): 'that' after a verb
        "2025-06-04",
        "The memorandum said that Estonia ratified the Ottawa Convention in 2004.",
        [("ratified", "apmbc", "EST", "2004")],
    ),
    # 'suspended its obligations effective D': the suspension's day, not an exit's effect (a suspended party remains
    # a party)
    (
        "a-suspension-dated-effective",  # Minnesota Law Review, 2019 (the article's 'if' clause left out)
        "2019-03-01",
        "The United States has suspended its obligations under the INF Treaty effective February 2, 2019 and will "
        "withdraw in six months.",
        [("notice_period", "inf-treaty", None, "P6M")],
    ),
    (
        "a-suspension-dated-effective-paraphrase",  # our words: another state and treaty
        "2008-01-10",
        "Russia suspended its participation in the CFE Treaty effective December 12, 2007.",
        [],
    ),
    (
        "an-exit-dated-effective-after-a-suspension-is-kept",  # our words: the exit named between
        "2023-11-08",
        "Russia suspended its obligations and withdrew from the CFE Treaty, effective November 7, 2023.",
        [("effective_date", "cfe-treaty", "RUS", "2023-11-07")],
    ),
    # 'Signed in 1992 and entering into force in 2002': a participle joined to a past one tells a past deed
    (
        "entering-into-force-after-signed-and",  # Arms Control Today, 2021 (the treaty named in our first sentence)
        "2021-03-01",
        "The Open Skies Treaty bans nothing. Signed in 1992 and entering into force in 2002, the treaty permits each "
        "state-party to conduct short-notice, unarmed observation flights over the others’ entire territories.",
        [("signed", "open-skies", None, "1992"), ("entry_into_force", "open-skies", None, "2002")],
    ),
    (
        "entering-into-force-in-an-apposition",  # our words
        "2021-03-01",
        "The Open Skies Treaty, signed in 1992 and entering into force in 2002, permits flights.",
        [("signed", "open-skies", None, "1992"), ("entry_into_force", "open-skies", None, "2002")],
    ),
    (
        "a-present-progressive-after-and-is-no-deed",
        "2021-03-01",
        "Russia signed the treaty in 2000 and is now leaving.",
        [],
    ),
    # 'despite signing it back in 1996': a dated gerund after 'despite', its subject the relative clause's antecedent
    (
        "despite-signing-after-a-relative-clause",  # Carnegie Endowment, 2023
        "2023-10-24",
        _CTBT + "Russian President Vladimir Putin claims that the move is being taken to reestablish strategic "
        "parity with the United States, which never ratified it, despite signing it back in 1996.",
        [("ratified", "ctbt", "USA", "false"), ("signed", "ctbt", "USA", "1996")],
    ),
    (
        "despite-signing-paraphrase",  # our words: the main clause's subject
        "2023-10-24",
        "The United States never ratified the CTBT despite signing it in 1996.",
        [("ratified", "ctbt", "USA", "false"), ("signed", "ctbt", "USA", "1996")],
    ),
    (
        "despite-signing-undated-says-no-date",  # our words: no date, no signature claim of its own
        "2023-10-24",
        "China has not ratified the CTBT despite signing it.",
        [("ratified", "ctbt", "CHN", "false")],
    ),
    # 'to ratify in 2012 the Convention': a date between the verb and its object ('the' opens the object, so the
    # year is no part of the treaty's name)
    (
        "ratify-in-a-year-the-treaty",  # Council of Europe, 2021
        "2021-03-21",
        "“Turkey was the first member State to ratify in 2012 the Council of Europe Convention on preventing and "
        "combating violence against women and domestic violence, opened for signature in Istanbul during the "
        "Turkish Chairmanship of the Organisation 10 years ago.",
        [("ratified", "istanbul-convention", "TUR", "2012"), ("signed", "istanbul-convention", None, "2011")],
    ),
    (
        "ratified-on-a-day-the-treaty",  # our words: another state, a day
        "2021-03-21",
        "Norway ratified on 9 July 1998 the Ottawa Convention.",
        [("ratified", "apmbc", "NOR", "1998-07-09")],
    ),
    (
        "a-year-in-the-treatys-name-stays-its-name",  # our words: 'the 1998 Rome Statute'
        "2021-03-21",
        "The 1998 Rome Statute entered into force in 2002.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    # 'X's withdrawal, filed N years earlier, became effective': the effect on the sentence's date, the notice N
    # years before it, and the period run from the notice (a rule)
    (
        "filed-one-year-earlier-became-effective",  # Opinio Juris, 2017
        "2017-10-31",
        "On Friday, October 27, Burundi’s withdrawal from the International Criminal Court’s Rome Statute, filed one "
        "year earlier, became effective.",
        [
            ("effective_date", "rome-statute", "BDI", "2017-10-27"),
            ("notification_date", "rome-statute", "BDI", "2016-10-27"),
            ("rule", "rome-statute", None, "P1Y after the notification"),
        ],
    ),
    (
        "lodged-two-years-earlier-took-effect",  # our words: another state, treaty, verb and period
        "2019-04-28",
        "On 27 April 2019, Venezuela's denunciation of the OAS Charter, lodged two years earlier, took effect.",
        [
            ("effective_date", "oas-charter", "VEN", "2019-04-27"),
            ("notification_date", "oas-charter", "VEN", "2017-04-27"),
            ("rule", "oas-charter", None, "P2Y after the notification"),
        ],
    ),
    (
        "submitted-a-year-before-dated-after-the-verb",  # our words: the date after the effect
        "2026-06-03",
        "Hungary's withdrawal from the Rome Statute, submitted a year before, took effect on 2 June 2026.",
        [
            ("effective_date", "rome-statute", "HUN", "2026-06-02"),
            ("notification_date", "rome-statute", "HUN", "2025-06-02"),
            ("rule", "rome-statute", None, "P1Y after the notification"),
        ],
    ),
    (
        "filed-earlier-but-revoked-is-no-effect",  # our words: no effect verb
        "2017-02-20",
        "The Gambia's withdrawal from the Rome Statute, filed one year earlier, was revoked in February.",
        [("withdrew", "rome-statute", "GMB", "false")],
    ),
    # a period set off after a comma dates the event before it: no rule unless that event is the exit
    (
        "a-period-after-a-lawsuit-is-the-storys-order",  # IISD, 2009 (our shortening): arbitration, not the exit
        "2009-09-02",
        "Bolivia was sued in October 2007, five months after it announced its exit from ICSID.",
        [],
    ),
    (
        "a-period-after-an-effect-is-a-rule",  # our words
        "2009-09-02",
        "Bolivia's denunciation of ICSID took effect in November 2007, six months after its notice.",
        [
            ("effective_date", "icsid-convention", "BOL", "2007-11"),
            ("rule", "icsid-convention", None, "P6M after its notice"),
        ],
    ),
    # 'the period required ... for denunciation to take effect': a requirement's purpose, no effect of its own
    (
        "required-for-denunciation-to-take-effect",  # IISD, 2009
        "2009-09-02",
        "Indeed, before Ecuador, Bolivia was the only country to have denounced the ICSID Convention.  Bolivia was "
        "taken to arbitration in October of 2007, five months after its announcement in May of 2007 (within the six "
        "month period required under Article 71 for denunciation to take effect).",
        [  # no Ecuadorian notice: 'before Ecuador,' fronted is a time landmark (h-prec, session 20; the label is BOL's)
            ("notification_date", "icsid-convention", "BOL", "0001-01-01/2009-09-02"),
            ("notice_period", "icsid-convention", None, "P6M"),
        ],
    ),
    (
        "needed-for-a-withdrawal-to-become-effective",  # our words: no date
        "2009-09-02",
        "Six months are needed for a withdrawal from the ICSID Convention to become effective.",
        [],
    ),
    (
        "notified-for-its-withdrawal-to-take-effect-on-a-date",  # our words: a dated purpose still tells when
        "2009-09-02",
        "Ecuador notified the World Bank in July for its withdrawal from the ICSID Convention to take effect in "
        "January 2010.",
        [
            ("notification_date", "icsid-convention", "ECU", "2009-07"),
            ("effective_date", "icsid-convention", "ECU", "2010-01"),
        ],
    ),
    # a letter requesting an extension of Article 50 gives no notice of withdrawal
    (
        "a-letter-requesting-an-extension",  # House of Commons Library, 2019 (the first two sentences ours)
        "2019-11-01",
        "When a Member State seeks to leave the EU, a process is initiated under Article 50 TEU. On 19 October 2019 "
        "the current Prime Minister, Boris Johnson, sent a letter to the President of the European Council "
        "requesting an extension of Article 50 until 31 January 2020.",
        [],
    ),
    (
        "a-letter-asking-for-a-delay-paraphrase",  # our words
        "2019-03-21",
        "When a Member State seeks to leave the EU, a process is initiated under Article 50 TEU. The UK sent a letter "
        "asking for a delay of its exit.",
        [],
    ),
    # 'A and B—which is not party': a singular relative clause speaks of the last state only
    (
        "a-singular-relative-after-a-pair",  # Lawfare, 2018
        "2018-10-25",
        "Trump cited Russian violations as the chief reason for U.S. withdrawal and said the United States would "
        "develop intermediate-range missiles until Russia and China—which is not party to the INF Treaty—agreed to "
        "cease development of their own intermediate-range missiles.",
        [("joined", "inf-treaty", "CHN", "false")],
    ),
    (
        "a-singular-relative-after-a-pair-with-a-comma",  # our words
        "2018-10-25",
        "The United States and China, which is not a party to the INF Treaty, disagree.",
        [("joined", "inf-treaty", "CHN", "false")],
    ),
    (
        "a-plural-relative-after-a-pair-keeps-both",  # our words
        "2025-01-01",
        "Russia and China, which are not parties to the Ottawa Convention, use mines.",
        [("joined", "apmbc", "RUS", "false"), ("joined", "apmbc", "CHN", "false")],
    ),
    # a 'when' clause opening after a date, away from it: the date is the main clause's, not the 'when' clause's
    (
        "when-the-treaty-was-signed-after-a-dated-exit",  # Arms Control Today, 2021 (the treaty named ours)
        "2021-03-01",
        "The U.S. withdrawal from the Open Skies Treaty in November 2020 “destroyed the balance of interests of the "
        "State-Parties reached when the Treaty was signed, inflicted a severe damage to its functioning,” the Russian "
        "Foreign Ministry said Jan. 15.",
        [("withdrew", "open-skies", "USA", "2020-11")],
    ),
    (
        "when-signed-with-its-own-date-is-kept",  # our words
        "2021-03-01",
        "The balance reached when the Open Skies Treaty was signed in 1992 is gone.",
        [("signed", "open-skies", None, "1992")],
    ),
    (
        "the-day-when-keeps-its-date",  # our words: a day named, then 'when'
        "2020-03-10",
        "On March 6, the day when Lithuania left the Convention on Cluster Munitions, protests followed.",
        [("withdrew", "ccm", "LTU", "2020-03-06")],
    ),
    # 'the number of <parties> has decreased (to N)': a count told as a change, the number it came to
    (
        "the-number-of-ratifying-countries-has-decreased-to",  # Opinio Juris, 2017
        "2017-10-31",
        "While it is frequently recited that the ICC’s Rome Statute needs to move towards “universality” as to "
        "ratifications, we should be concerned that the number of ratifying countries (which had stood at 124), has "
        "decreased (to 123).",
        [("parties_count", "rome-statute", None, "123")],
    ),
    (
        "the-number-of-parties-has-decreased-from-to",  # our words
        "2017-10-31",
        "With Burundi's exit, the number of parties to the Rome Statute has decreased from 124 to 123.",
        [("parties_count", "rome-statute", None, "123")],
    ),
    ("the-number-of-cases-is-no-count", "2017-10-31", "The number of Rome Statute cases has risen to 30.", []),
    (
        "a-number-that-could-fall-is-no-count",  # our words: a modal
        "2017-10-31",
        "The number of states parties to the Rome Statute could fall to 120.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twenty_five_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
