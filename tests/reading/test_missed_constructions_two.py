"""Constructions the labelled corpus held that the reader missed, second round (session 12, h-missed): grouped and
pinned as in test_missed_constructions.py (every claim a short text gives, corpus sentence, paraphrases of our own,
look-alikes that must claim nothing; a one-line text is read as a headline).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read
from tests.reading.test_missed_constructions import Read

CASES: list[tuple[str, str, str, Read]] = [
    # An exit's effect in the present perfect with no date: in effect by the day of the report, the week up to it
    # (effects.effect_just_taken); the formal withdrawal its subject is the effect's, not a second exit claim
    (
        "perfect-effect-formal-withdrawal",  # Sputnik, 2026
        "2026-01-10",
        "Finland exits Ottawa Convention\nFinland's formal withdrawal from the Ottawa Convention, which prohibits the "
        "use, stockpiling, and production of anti-personnel landmines, has officially taken effect, Yle reports.",
        [
            ("withdrew", "apmbc", "FIN", "true"),  # the headline's
            ("effective_date", "apmbc", "FIN", "2026-01-04/2026-01-10"),
        ],
    ),
    (
        "perfect-effect-of-paraphrase",  # our words
        "2019-03-18",
        "Officials met.\nThe withdrawal of the Philippines from the Rome Statute has now taken effect.",
        [("effective_date", "rome-statute", "PHL", "2019-03-12/2019-03-18")],
    ),
    (
        "perfect-effect-come-into-effect-paraphrase",  # our words
        "2025-03-07",
        "Officials met.\nLithuania's exit from the Convention on Cluster Munitions has come into effect.",
        [("effective_date", "ccm", "LTU", "2025-03-01/2025-03-07")],
    ),
    # ... but not a perfect with its period after it (the rule's), a past perfect, a treaty's own entry into force
    (
        "perfect-effect-with-a-period-is-not",  # our words (the period and its event: a rule claim)
        "2019-03-18",
        "Officials met.\nThe Philippines' withdrawal from the Rome Statute has taken effect one year after the "
        "notification.",
        [("rule", "rome-statute", None, "P1Y after the notification")],
    ),
    (
        "perfect-effect-past-perfect-is-not",  # our words
        "2019-03-18",
        "Officials met.\nBy then the Philippines' withdrawal from the Rome Statute had taken effect.",
        [],
    ),
    (
        "perfect-effect-treaty-in-force-is-not",  # our words
        "2016-11-05",
        "Officials met.\nThe Paris Agreement has now taken effect.",
        [],
    ),
    # The states a membership or a consent is said of all but ('except'): no parties, no consent (excepted.py)
    (
        "except-after-a-count-of-adherents",  # LETA, 2025
        "2025-04-16",
        "Latvia leaves the Ottawa Convention\nThe Ottawa Convention has 164 adherents, including all NATO members "
        "(except the United States).",
        [
            ("withdrew", "apmbc", "LVA", "true"),
            ("parties_count", "apmbc", None, "164"),
            ("joined", "apmbc", "USA", "false"),
        ],
    ),
    (
        "except-after-a-ratification-paraphrase",  # our words
        "2022-07-01",
        "Officials met.\nAll EU states have ratified the Istanbul Convention except Hungary and Bulgaria.",
        [("ratified", "istanbul-convention", "HUN", "false"), ("ratified", "istanbul-convention", "BGR", "false")],
    ),
    (
        "except-with-the-exception-of-a-signature-paraphrase",  # our words
        "2022-07-01",
        "Officials met.\nThe Rome Statute has been signed by every country in the region with the exception of Israel.",
        [("signed", "rome-statute", "ISR", "false")],
    ),
    (
        "except-excluding-after-a-party-count-paraphrase",  # our words
        "2022-07-01",
        "Officials met.\nThe Paris Agreement has 195 parties, excluding Iran, Libya and Yemen.",
        [
            ("parties_count", "paris-agreement", None, "195"),
            ("joined", "paris-agreement", "IRN", "false"),
            ("joined", "paris-agreement", "LBY", "false"),
            ("joined", "paris-agreement", "YEM", "false"),
        ],
    ),
    # ... but not an exception to something else, a meeting of the parties, a modal
    (
        "except-a-vote-is-not",  # our words
        "2022-07-01",
        "Officials met.\nAll NATO members except the United States and Turkey voted for the resolution on the Ottawa "
        "Convention.",
        [],
    ),
    (
        "except-a-meeting-of-parties-is-not",  # our words
        "2022-07-01",
        "Officials met.\nAll parties to the Ottawa Convention met in Geneva, except Finland.",
        [],
    ),
    (
        "except-a-modal-is-not",  # our words
        "2022-07-01",
        "Officials met.\nAll EU states could ratify the Istanbul Convention except Hungary.",
        [],
    ),
    # A state's non-participation in a treaty: no party (nonmembers.non_participation_claims)
    (
        "non-participation-possessive",  # TRT, 2025
        "2025-06-29",
        "Ukraine to exit the Ottawa Convention\nHe cited Russia's non-participation in the treaty and accused Moscow of "
        '"massively" using mines against Ukraine.',
        [("joined", "apmbc", "RUS", "false")],
    ),
    (
        "non-membership-of-a-list-paraphrase",  # our words
        "2025-06-29",
        "Officials met.\nKyiv pointed to the non-membership of Russia and China in the Rome Statute.",
        [("joined", "rome-statute", "RUS", "false"), ("joined", "rome-statute", "CHN", "false")],
    ),
    (
        "non-participation-named-treaty-paraphrase",  # our words
        "2018-06-29",
        "Officials met.\nThe United States' non-participation in the Paris Agreement drew criticism.",
        [("joined", "paris-agreement", "USA", "false")],
    ),
    # ... but not in talks, nor a participation
    (
        "non-participation-in-talks-is-not",  # our words
        "2025-06-29",
        "Ukraine to exit the Ottawa Convention\nHe cited Russia's non-participation in the talks.",
        [],
    ),
    (
        "participation-is-not",  # our words
        "2025-06-29",
        "Ukraine to exit the Ottawa Convention\nRussia's participation in the treaty was never in question.",
        [],
    ),
    # A withdrawal notice as a noun phrase with its addressee or its message, its giver and its day
    # (notice_phrases.py)
    (
        "notice-phrase-possessive-month-its-intent",  # Tribune, 2017
        "2017-02-22",
        "South Africa still intends to quit ICC\nMasutha described October's notification to the United Nations of "
        "its intent to withdraw from the Rome Statute, the 1998 treaty establishing the Hague-based court, as a policy "
        "decision.",
        [("notification_date", "rome-statute", "ZAF", "2016-10")],
    ),
    (
        "notice-phrase-today-by-a-minister-of-the-state",  # The National, 2022
        "2022-03-15",
        'Russia quits Council of Europe\n"The Committee of Ministers will hold an extraordinary meeting tomorrow '
        "morning in the light of today's notification by the Minister of Foreign Affairs of the Russian Federation of "
        "the Russian leadership's decision to withdraw from the Council of Europe.\"",
        [("withdrew", "coe-statute", "RUS", "true"), ("notification_date", "coe-statute", "RUS", "2022-03-15")],
    ),
    (
        "notice-phrase-following-undated",  # World Today News, 2025
        "2025-10-17",
        "Hungary must still arrest Putin\nHungary's withdrawal from the International Criminal Court (ICC) will take "
        "effect on June 2, 2026, following formal notification to the United Nations by Prime Minister Viktor Orbán's "
        "government.",
        [
            ("effective_date", "rome-statute", "HUN", "2026-06-02"),
            ("notification_date", "rome-statute", "HUN", "0001-01-01/2025-10-17"),
        ],
    ),
    (
        "notice-phrase-communication-expressing-intent",  # Hindu BusinessLine, 2021
        "2021-01-21",
        "Biden commits to stay in WHO\nThe letter to UN Secretary General António Guterres retracts a communication "
        "from the US administration in July last year expressing intent to withdraw from the WHO, effective July "
        "6,2021.",
        [
            ("effective_date", "who-constitution", "USA", "2021-07"),
            ("notification_date", "who-constitution", "USA", "2020-07"),
        ],
    ),
    (
        "notice-phrase-by-a-government-paraphrase",  # our words
        "2019-03-20",
        "Manila quits ICC\nCritics recalled last March's notification by the Philippine government to the United "
        "Nations of its withdrawal from the Rome Statute.",
        [("withdrew", "rome-statute", "PHL", "true"), ("notification_date", "rome-statute", "PHL", "2018-03")],
    ),
    (
        "notice-phrase-possessive-dated-paraphrase",  # our words
        "2025-07-01",
        "Officials met.\nEstonia's formal notification to the Secretary-General of its withdrawal from the Ottawa "
        "Convention came on 27 June.",
        [("notification_date", "apmbc", "EST", "2025-06-27")],
    ),
    (
        "notice-phrase-from-a-capital-paraphrase",  # our words
        "2023-11-21",
        "Officials met.\nNicaragua's withdrawal from the OAS took effect after a notification from Managua to the OAS "
        "Secretary General in November 2021.",
        [("notification_date", "oas-charter", "NIC", "2021-11")],
    ),
    # ... but not a notice the depositary passes on, one to come, planned, required, to a court, or a verb's object
    (
        "notice-phrase-the-depositarys-is-not",  # our words
        "2025-07-01",
        "Officials met.\nThe Secretary-General's notification to the parties of Hungary's withdrawal from the Rome "
        "Statute was circulated.",
        [],
    ),
    (
        "notice-phrase-future-is-not",  # our words
        "2025-07-01",
        "Officials met.\nFinland will send a notification to the United Nations of its decision to withdraw from the "
        "Ottawa Convention.",
        [],
    ),
    (
        "notice-phrase-planned-is-not",  # our words
        "2025-07-01",
        "Officials met.\nThe planned notification to the United Nations of Latvia's withdrawal from the Ottawa "
        "Convention was delayed.",
        [],
    ),
    (
        "notice-phrase-to-a-court-is-not",  # our words
        "2025-07-01",
        "Officials met.\nLawyers filed a notice to the court of an appeal against Latvia's withdrawal from the Ottawa "
        "Convention.",
        [],
    ),
    (
        "notice-phrase-required-is-not",  # our words
        "2025-07-01",
        "Officials met.\nLuxembourg must give written notice of its withdrawal from the Energy Charter Treaty to the "
        "depositary.",
        [],
    ),
    (
        "notice-phrase-a-period-from-it-is-not",  # teleSUR, 2025 (a rule: the period and its event)
        "2025-01-21",
        "US to leave Paris Agreement\nThe withdrawal takes one year from the formal notification by Washington to the "
        "United Nations.",
        [("rule", "paris-agreement", None, "P1Y after the formal notification by washington to the united nations")],
    ),
    # The day an exit takes effect named as its 'effective date' or 'the date of' it, by a copula or a dash
    # (effective_named.py)
    (
        "named-effective-date-before-the-copula",  # Sputnik Africa, 2024 (the states in brackets before it)
        "2024-02-18",
        'Sahel states to leave ECOWAS\n"According to the treaty, they [Burkina Faso, Mali and Niger] have one year '
        "on exactly 29th of January 2025, is the effective date of separation from ECOWAS if the three countries, have "
        'not withdrawn their notices during this period," Touray said on the sidelines of the African Union Summit.',
        [
            ("effective_date", "ecowas-treaty", "BFA", "2025-01"),
            ("effective_date", "ecowas-treaty", "MLI", "2025-01"),
            ("effective_date", "ecowas-treaty", "NER", "2025-01"),
        ],
    ),
    (
        "named-date-of-termination-between-dashes",  # Russia's News, 2022
        "2022-09-16",
        "Russia and the ECHR\nThe date of the final termination of the convention in relation to the Russians – "
        "September 16 – was determined by the Committee of Ministers of the Council of Europe (CMCE) back in March.",
        [("effective_date", "echr", "RUS", "2022-09-16")],
    ),
    (
        "named-effective-date-possessive-paraphrase",  # our words
        "2024-02-18",
        "Officials met.\nJanuary 29, 2025 is the effective date of Mali's withdrawal from ECOWAS.",
        [("effective_date", "ecowas-treaty", "MLI", "2025-01-29")],
    ),
    (
        "named-effective-date-after-the-copula-paraphrase",  # our words
        "2024-02-18",
        "Officials met.\nThe effective date of Mali's withdrawal from ECOWAS is January 29, 2025.",
        [("effective_date", "ecowas-treaty", "MLI", "2025-01-29")],
    ),
    # ... but not hedged, unknown, or a treaty's own
    (
        "named-effective-date-hedged-is-not",  # our words
        "2024-02-18",
        "Officials met.\nThe effective date of Mali's withdrawal from ECOWAS could be January 29, 2025.",
        [],
    ),
    (
        "named-effective-date-unknown-is-not",  # our words
        "2024-02-18",
        "Officials met.\nWe do not know the effective date of Mali's withdrawal from ECOWAS.",
        [],
    ),
    (
        "named-effective-date-of-a-treaty-is-not",  # our words
        "2002-05-01",
        "Officials met.\nThe effective date of the Rome Statute is 1 July 2002.",
        [],
    ),
    # Spurious: an elapsed time told roughly before a story's event is no rule (periods._approximate)
    (
        "approximate-elapsed-more-than-is-no-rule",  # CNN, 2020
        "2020-01-31",
        "Brexit live updates\nBrexit is done: More than three years after the British people voted in a referendum, "
        "the United Kingdom has left the European Union.",
        [("withdrew", "teu", "GBR", "true")],
    ),
    (
        "approximate-elapsed-nearly-is-no-rule",  # CNN, 2020
        "2020-02-01",
        "Brexit live updates\nNearly four years after the UK voted to leave the European Union, Brexit has finally "
        "happened.",
        [("withdrew", "teu", "GBR", "true")],
    ),
    (
        "approximate-elapsed-almost-is-no-rule-paraphrase",  # our words
        "2019-03-18",
        "Officials met.\nAlmost a year after the Senate voted on it, the Philippines' withdrawal from the Rome Statute "
        "took effect on Sunday.",
        [("effective_date", "rome-statute", "PHL", "2019-03-17")],
    ),
    # ... but an exact period from its event is the rule
    (
        "exact-period-is-the-rule",  # our words
        "2019-03-18",
        "Officials met.\nThe withdrawal from the Rome Statute takes effect one year after the notification.",
        [("rule", "rome-statute", None, "P1Y after the notification")],
    ),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_missed_constructions_two(finder: ClaimFinder, case: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
