"""Constructions the labelled corpus held that the reader missed (session 11, h-missed), grouped by their grammatical
shape, each pinned by the corpus sentence, paraphrases of our own (other states, treaties, dates, tenses) and
look-alikes that must claim nothing.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that adds
a spurious claim fails as surely as one that misses a claim. A one-line text is read as a headline.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # An organisation's founding told in passing: its founding treaty's entry into force (founded.py)
    (
        "founded-inaugurated-in-a-relative-clause",  # Reuters, 2017
        "2017-03-08",
        "South Africa revoked its notice. The ICC, which was inaugurated in July 2002 and has 124 member states, is "
        "the first legal body with permanent international jurisdiction.",
        [("entry_into_force", "rome-statute", None, "2002-07"), ("parties_count", "rome-statute", None, "124")],
    ),
    (
        "founded-launched-in-a-relative-clause",  # Tribune, 2017
        "2017-02-22",
        "South Africa still intends to quit. The ICC, which launched in July 2002, is the first permanent court.",
        [("entry_into_force", "rome-statute", None, "2002-07")],
    ),
    (
        "founded-created-paraphrase",  # our words
        "2020-05-01",
        "The talks went on. The World Health Organization, which was created in April 1948, met in Geneva.",
        [("entry_into_force", "who-constitution", None, "1948-04")],
    ),
    (
        "founded-in-an-apposition",  # Pressenza, 2026
        "2026-01-23",
        "Officials met. The WHO, a United Nations agency founded in 1948 to coordinate global health efforts, has never "
        "before had a member-state withdraw.",
        [("entry_into_force", "who-constitution", None, "1948")],
    ),
    (
        "founded-in-an-apposition-paraphrase",  # our words
        "2019-03-17",
        "Judges met. The ICC, a tribunal established in 2002, sits in The Hague.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "founded-since-its-founding",  # World Today News, 2025
        "2025-10-17",
        "This makes Hungary the first European state to leave the ICC since its founding in 2002.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "founded-since-its-creation-paraphrase",  # our words
        "2021-02-01",
        "The dispute has shaped the International Criminal Court since its creation in July 2002.",
        [("entry_into_force", "rome-statute", None, "2002-07")],
    ),
    # ... but not an act the body did, a treaty's own year or a state's 'its'
    (
        "founded-launched-an-examination-is-not",  # Reuters, 2019
        "2019-03-17",
        "Manila moved to quit. The ICC, which launched an examination in 2018, is based in The Hague.",
        [],
    ),
    (
        "founded-created-an-object-is-not",  # our words
        "2020-05-01",
        "The talks went on. The ICC, which created a trust fund in 2004, sits in The Hague.",
        [],
    ),
    (
        "founded-by-the-treaty-that-established-it-is-not",  # Babel, 2024 (1998: the Statute's adoption)
        "2024-02-01",
        "Armenia joined. The Rome Statute is an international treaty that established the International Criminal "
        "Court in 1998.",
        [("joined", "rome-statute", "ARM", "true")],  # the undated past joining (README 'Label decisions (h-left,
        # session 13)'); no entry into force
    ),
    (
        "founded-its-decision-is-not",  # our words
        "2019-03-17",
        "The Philippines criticised the ICC after its ruling in 2018.",
        [],
    ),
    # A count written in words with a hyphen ('Fifty-three'), a list naming one treaty twice not taken for the counted
    (
        "count-hyphenated-number-words",  # Global Compliance News, 2023
        "2023-02-10",
        "Luxembourg announced it would leave the Energy Charter Treaty. Fifty-three states are currently contracting "
        "parties to the treaty, including countries in Europe, Asia and the Middle East, as well as the European Union "
        "(EU).",
        [("parties_count", "ect", None, "53")],
    ),
    (
        "count-hyphenated-number-words-paraphrase",  # our words
        "2022-07-01",
        "Thirty-eight states have ratified the Istanbul Convention.",
        [
            ("parties_count", "istanbul-convention", None, "38 ratifications")
        ],  # 'N ratifications' since h-b34 (session 14): the subject of 'have ratified' counts instruments deposited
    ),
    (
        "count-hyphenated-signatories",  # Gettotext (Le Monde), 2022
        "2022-12-19",
        "France is the second country, among the fifty-three signatories of the ECT, to take such a decision.",
        [("parties_count", "ect", None, "53 signatories")],
    ),
    # ... but not a count of votes
    ("count-hyphenated-votes-is-not", "2022-07-01", "Twenty-five countries voted for the Istanbul Convention.", []),
    # An exit's date moved by agreement, told as the new date, for a treaty whose own rules let the date be agreed
    # (TEU Art. 50(3); extensions.py)
    (
        "extension-headline-to-a-day",  # Parliamentary Review, 2019 (its state named; the article's comes later)
        "2019-10-28",
        "EU grants UK Article 50 extension to January 31 2020",
        [("effective_date", "teu", "GBR", "2020-01-31")],
    ),
    (
        "extension-agreed-to-extend-the-deadline-until-and-a-quoted-noun",  # Parliamentary Review, 2019: the state
        "2019-10-28",  # is the one the body names later
        "EU grants Article 50 extension to January 31 2020\n\nThe EU has agreed to extend the deadline to Article 50 "
        "until January 31 2020, according to a tweet from Donald Tusk.\n\nTusk said that the EU had granted a "
        "“flextension” until January 31, allowing for the UK to leave the bloc before the deadline.",
        [("effective_date", "teu", "GBR", "2020-01-31")] * 3,
    ),
    (
        "extension-headline-delay-to",  # Daily Guide (BBC), 2019
        "2019-04-11",
        "Brexit: UK And EU Agree Delay To 31 October",
        [("effective_date", "teu", "GBR", "2019-10-31")],
    ),
    (
        "extension-the-new-deadline-in-dashes",  # Daily Guide (BBC), 2019
        "2019-04-11",
        "European Union leaders have granted the UK an extension to Brexit. The new deadline – 31 October – averts the "
        "prospect of the UK having to leave the EU without a deal.",
        [("effective_date", "teu", "GBR", "2019-10-31")],
    ),
    (
        "extension-paraphrase-granted-until",  # our words: an earlier extension
        "2019-03-22",
        "Brexit: EU leaders have granted Britain an extension until 22 May.",
        [("effective_date", "teu", "GBR", "2019-05-22")],
    ),
    (
        "extension-paraphrase-another-state",  # our words: a state the rules do not single out
        "2027-03-01",
        "The European Council agreed to extend Hungary's exit from the European Union until 30 June 2027.",
        [("effective_date", "teu", "HUN", "2027-06-30")],
    ),
    # ... but not an extension wished, asked, refused or possible, another thing extended, or a treaty whose date
    # cannot be agreed
    ("extension-wanted-is-not", "2019-03-20", "Brexit: May wanted to delay Brexit until 30 June.", []),
    ("extension-asked-is-not", "2019-03-20", "Brexit: May asked for an extension to 30 June.", []),
    ("extension-refused-is-not", "2019-03-20", "The EU refused to grant the UK an extension to 30 June.", []),
    ("extension-possible-is-not", "2019-03-20", "Brexit: the EU could extend Article 50 until 22 May.", []),
    (
        "extension-of-sanctions-is-not",  # our words
        "2020-06-01",
        "The EU summit met in Brussels. The EU extended sanctions on Russia until July 31, 2020.",
        [],
    ),
    (
        "extension-of-another-treaty-is-not",  # our words: Paris Art. 28 has no agreed date
        "2019-11-05",
        "The UN extended the deadline for comments on the Paris Agreement until June 30, 2020.",
        [],
    ),
    # A date after a long description of the treaty between commas is the verb's (verb_dates.py `_appositive`)
    (
        "appositive-description-before-the-date",  # Tribune, 2017
        "2017-02-22",
        "South Africa notified the UN of its intent to withdraw from the Rome Statute, the 1998 treaty establishing "
        "the Hague-based court, last October.",
        [("notification_date", "rome-statute", "ZAF", "2016-10")],
    ),
    (
        "appositive-description-before-the-date-paraphrase",  # our words
        "2019-03-01",
        "Washington notified Moscow of its withdrawal from the INF Treaty, the 1987 pact banning land-based "
        "missiles, on February 2, 2019.",
        [("notification_date", "inf-treaty", "USA", "2019-02-02")],
    ),
    # A ratification told as its completion ('has completed the ratification of'), or a parliament's vote for it
    # ('the Rada supported the ratification of')
    (
        "ratification-completed",  # Front News, 2022
        "2022-07-18",
        "Kyiv welcomes the news. Ukraine has completed the ratification of the Istanbul Convention.",
        [("ratified", "istanbul-convention", "UKR", "true")],
    ),
    (
        "ratification-completed-dated-paraphrase",  # our words
        "2022-02-15",
        "Moldova completed the ratification of the Istanbul Convention on 31 January 2022.",
        [("ratified", "istanbul-convention", "MDA", "2022-01-31")],
    ),
    (
        "ratification-supported-by-a-parliament",  # Front News, 2022 (the state the article names)
        "2022-07-18",
        "Ukraine deposited its instrument of ratification of the Istanbul Convention. As you know, on June 20, the "
        "Verkhovna Rada supported the ratification of the Istanbul Convention.",
        [
            ("ratified", "istanbul-convention", "UKR", "0001-01-01/2022-07-18"),
            ("ratified", "istanbul-convention", "UKR", "2022-06-20"),
        ],
    ),
    (
        "ratification-approved-by-a-parliament-paraphrase",  # our words
        "2023-10-20",
        "Armenia deposited its instrument of ratification of the Rome Statute. On 3 October the parliament approved the "
        "ratification of the Rome Statute.",
        [
            ("ratified", "rome-statute", "ARM", "0001-01-01/2023-10-20"),
            ("ratified", "rome-statute", "ARM", "2023-10-03"),
        ],
    ),
    # ... but not a government's support, nor others' opposition
    (
        "ratification-supported-by-a-government-is-not",  # our words
        "2022-07-18",
        "Hungary's government supported the ratification of the Istanbul Convention.",
        [],
    ),
    ("ratification-opposed-is-not", "2022-07-18", "Critics opposed the ratification of the Istanbul Convention.", []),
    # A length of membership told as 'N years as a member state', or as 'nearly N years': the joining in the year
    # after the day N years before the report (tenure.py)
    (
        "tenure-nearly-n-years-as-a-member-state",  # Pressenza, 2026
        "2026-01-23",
        "The United States has officially completed its withdrawal from the World Health Organization (WHO), marking a "
        "historic break after nearly 78 years as a member state.",
        [
            ("withdrew", "who-constitution", "USA", "true"),
            ("joined", "who-constitution", "USA", "1948-01-23/1949-01-22"),
        ],
    ),
    (
        "tenure-n-years-as-a-party-paraphrase",  # our words: another state, treaty and day
        "2019-03-17",
        "The Philippines has left the Rome Statute after 8 years as a party.",
        [
            ("withdrew", "rome-statute", "PHL", "true"),
            ("joined", "rome-statute", "PHL", "2010-09-15/2011-09-16"),
        ],
    ),
    (
        "tenure-almost-n-years-of-membership-paraphrase",  # our words
        "2025-05-20",
        "Hungary leaves the ICC after almost 24 years of membership.",
        [("withdrew", "rome-statute", "HUN", "true"), ("joined", "rome-statute", "HUN", "2001-05-20/2002-05-20")],
    ),
    # ... but not 'about N years', nor years as something else
    (
        "tenure-about-n-years-is-not",  # our words
        "2022-03-16",
        "Russia left the Council of Europe after about 26 years of membership.",
        [("withdrew", "coe-statute", "RUS", "true")],  # the exit (held-out batch 26), no joining from 'about'
    ),
    (
        "tenure-years-as-an-observer-is-not",  # our words
        "2026-01-23",
        "Officials met. The country spent 20 years as an observer at the talks.",
        [],
    ),
    # A consent's papers handed over: 'the documents of ratification' as 'the instrument of ratification'
    (
        "consent-documents-handed-over",  # Front News, 2022
        "2022-07-18",
        "Ukraine has officially handed over the documents of ratification of the Istanbul Convention to the Deputy "
        "Secretary General of the Council of Europe, Bjorn Berge.",
        [("ratified", "istanbul-convention", "UKR", "0001-01-01/2022-07-18")],
    ),
    (
        "consent-documents-handed-over-dated-paraphrase",  # our words
        "2022-02-15",
        "Moldova handed over its documents of ratification of the Istanbul Convention on 31 January 2022.",
        [("ratified", "istanbul-convention", "MDA", "2022-01-31")],
    ),
    (
        "consent-documents-of-accession-paraphrase",  # our words
        "2024-02-01",
        "Armenia submitted the documents of accession to the Ottawa Convention on 12 January 2024.",
        [("acceded", "apmbc", "ARM", "2024-01-12")],
    ),
    # ... but not other papers handed over
    (
        "consent-other-documents-is-not",  # our words
        "2022-07-18",
        "Ukraine handed over documents on the war to the Council of Europe.",
        [],
    ),
]


@pytest.mark.parametrize(("case", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_missed_constructions(finder: ClaimFinder, case: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
