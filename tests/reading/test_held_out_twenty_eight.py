"""Constructions of the twenty-eighth held-out batch (treaties with a rule file and few articles: Kyoto, the UPU, the
ACHR, the ILO, whaling, UNIDO, ICSID): a period's day restated after 'therefore' / 'thus' / 'hence' ('will take
effect six months after the receipt of Ecuador's notice, therefore on 7 January 2010'); a second verb after the
exit's object, coordinated or a purpose infinitive, with its own date ('will quit the IWC and resume commercial
whaling next year', 'in order to resume commercial whaling in July 2019'); a dispatch's day after its place ('TOKYO,
Dec. 26 (Xinhua) --'); an organisation's founding told by a fronted participle when the body is a commission
('Established in 1948, the IWC'); a count of members as a compound adjective after a share ('a fourth of the
135-member organization's budget') and an acronym written with stops ('the I.L.O.'); a third of a named month as a
calendar unit ('at the end of June 2019': late June, judged right for 30 June), each pinned by the article's sentence and paraphrases of our own, with look-alikes
that claim nothing.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_ICSID = (
    "On 6 July 2009, Ecuador submitted to the World Bank a written notice of its denunciation of the ICSID Convention. "
)

CASES: list[tuple[str, str, str, Read]] = [
    # ', therefore on D' / ', thus on D' / ', hence on D': the day a period comes to, restated after a word of result
    (
        "period-therefore-on-day",  # Practical Law, 2009
        "2009-08-12",
        _ICSID + "In accordance with Article 71 of the ICSID Convention, the denunciation will take effect six months "
        "after the receipt of Ecuador's notice, therefore on 7 January 2010.",
        [
            ("notification_date", "icsid-convention", "ECU", "2009-07-06"),
            ("effective_date", "icsid-convention", "ECU", "2010-01-07"),
            ("rule", "icsid-convention", None, "P6M after the receipt of ecuador's notice"),
        ],
    ),
    (
        "period-thus-on-day",  # our words: another state, treaty and word of result
        "2025-06-03",
        "Hungary notified the Secretary-General of its withdrawal from the Rome Statute on 2 June 2025. Under Article "
        "127, the withdrawal takes effect one year after the notification is received, thus on 2 June 2026.",
        [
            ("notification_date", "rome-statute", "HUN", "2025-06-02"),
            ("effective_date", "rome-statute", "HUN", "2026-06-02"),
            ("rule", "rome-statute", None, "P1Y after the notification is received"),
        ],
    ),
    (
        "period-hence-in-month",  # our words: a past tense, a month
        "2025-04-01",
        "Lithuania's exit from the Convention on Cluster Munitions took effect six months after its notice, hence in "
        "March 2025.",
        [("effective_date", "ccm", "LTU", "2025-03"), ("rule", "ccm", None, "P6M after its notice")],
    ),
    (
        "therefore-no-day",  # our words: 'therefore' opening a clause with no day is no restatement
        "2024-01-01",
        "Russia left the CFE Treaty on 7 November 2023, therefore it is no longer bound by its limits.",
        [("withdrew", "cfe-treaty", "RUS", "2023-11-07"), ("bound_on", "cfe-treaty", "RUS", "false")],
    ),
    # A second verb after the exit's object ('and resume', 'in order to resume', 'so as to resume') owns
    # the date after it: whaling resumes in July, the exit takes effect on 30 June
    (
        "coordinated-bare-verb-next-year",  # AOL, 2018
        "2018-12-26",
        "Japan confirmed on Wednesday that it will quit the International Whaling Commission and resume commercial "
        "whaling next year.",
        [],
    ),
    (
        "purpose-in-order-to",  # Xinhua, 2018 (with its dateline)
        "2018-12-26",
        "TOKYO, Dec. 26 (Xinhua) -- Japan will withdraw from the International Whaling Commission (IWC) in order to "
        "resume commercial whaling in July 2019, the Japanese government said Wednesday.",
        [],
    ),
    (
        "ratified-and-endorsed-it",  # our words: two verbs before the object share its date
        "2019-03-17",
        "The Philippines ratified and endorsed the Rome Statute in August 2011.",
        [("ratified", "rome-statute", "PHL", "2011-08")],
    ),
    (
        "intention-to-leave-on-day",  # our words: an exit infinitive after 'intention' keeps the notice's day
        "2019-11-01",
        "The UK notified the European Council of its intention to leave the EU on 29 March 2017.",
        [("notification_date", "teu", "GBR", "2017-03-29")],
    ),
    (
        "purpose-so-as-to",  # our words
        "2018-12-26",
        "Japan will withdraw from the IWC so as to resume commercial whaling in July 2019.",
        [],
    ),
    (
        "exit-day-then-second-verb",  # our words: the exit's own day before the second verb stays the exit's
        "2018-12-26",
        "Japan will withdraw from the IWC on June 30 and resume commercial whaling in July.",
        [("effective_date", "icrw", "JPN", "2019-06-30")],
    ),
    (
        "to-take-effect-is-the-exits",  # our words: 'to take effect on D' is the exit's own effect
        "1991-12-27",
        "Iceland will leave the whaling convention to take effect on 30 June 1992.",
        [("effective_date", "icrw", "ISL", "1992-06-30")],
    ),
    (
        "and-the-court-is-a-list",  # our words: 'and the <noun>' after the object is a list, not a second verb
        "2025-06-03",
        "Hungary will withdraw from the Rome Statute and the court on 2 June 2026.",
        [("effective_date", "rome-statute", "HUN", "2026-06-02")],
    ),
    # 'at the end of June 2019', 'in mid-June 2019': a third of a named month, a calendar unit (judged right when the
    # day falls inside), not a span of named days
    (
        "end-of-a-named-month",  # AOL, 2018
        "2018-12-26",
        "Japan will quit the International Whaling Commission. Suga says the withdrawal will come into effect at the "
        "end of June 2019.",
        [("effective_date", "icrw", "JPN", "late 2019-06")],
    ),
    (
        "mid-a-named-month",  # our words: another treaty, the middle third
        "2025-06-03",
        "Hungary's withdrawal from the Rome Statute will take effect in mid-June 2026.",
        [("effective_date", "rome-statute", "HUN", "mid 2026-06")],
    ),
    (
        "late-a-named-month-past",  # our words: a past tense
        "2024-01-01",
        "Russia left the CFE Treaty in late November 2023.",
        [("withdrew", "cfe-treaty", "RUS", "late 2023-11")],
    ),
    (
        "a-whole-month-stays-a-month",  # our words: no third named
        "2018-12-26",
        "Japan's withdrawal from the IWC will take effect in June 2019.",
        [("effective_date", "icrw", "JPN", "2019-06")],
    ),
    # 'CITY, Mon. DD (Agency) --': the dispatch's day, never the day of what the report tells
    (
        "dateline-day-with-exit-day",  # our words: the exit's own day read, the dateline's not
        "2018-12-26",
        "TOKYO, Dec. 26 (Xinhua) -- Japan will withdraw from the International Whaling Commission on June 30, 2019, "
        "the government said.",
        [("effective_date", "icrw", "JPN", "2019-06-30")],
    ),
    (
        "dateline-day-alone",  # our words: a dash and no agency, another treaty
        "2018-10-17",
        "WASHINGTON, Oct. 17 -- The United States will withdraw from the Universal Postal Union on 17 October 2019.",
        [("effective_date", "upu-constitution", "USA", "2019-10-17")],
    ),
    # 'Established in 1948, the IWC': a commission a treaty sets up (the whaling convention's) is a founded body
    (
        "fronted-participle-commission",  # Xinhua, 2018
        "2018-12-26",
        "Established in 1948, the IWC is an international body aimed at protecting whales and upholding the "
        '"orderly development of the whaling industry."',
        [("entry_into_force", "icrw", None, "1948")],
    ),
    (
        "commission-founded-after-name",  # our words: the participle after the name, a wrong year
        "2018-12-26",
        "The International Whaling Commission, founded in 1946, meets every two years.",
        [("entry_into_force", "icrw", None, "1946")],
    ),
    (
        "european-commission-no-treaty",  # our words: a commission no rule file founds
        "2018-12-26",
        "The European Commission, established in 1958, proposed a law.",
        [],
    ),
    # 'a fourth of the 135-member organization's budget': a share before 'of the <count>' is no group of members;
    # 'the I.L.O.': an acronym of three to five letters written with stops is the acronym
    (
        "share-of-the-member-count",  # Time, 1977
        "1977-11-14",
        "The action will wipe out U.S. financial support of the I.L.O., which amounts to about a fourth of the "
        "135-member organization's $80 million annual budget.",
        [("parties_count", "ilo-constitution", None, "135")],
    ),
    (
        "a-third-of-the-member-count",  # our words: another body and share
        "2022-03-16",
        "Russia paid a third of the Council of Europe's budget, a fifth of the 47-member organisation's staff costs.",
        [("parties_count", "coe-statute", None, "47")],
    ),
    (
        "dotted-acronym-headline",  # Time, 1977
        "1977-11-14",
        "U.S. Quits I.L.O.",
        [("withdrew", "ilo-constitution", "USA", "true")],
    ),
    (
        "dotted-acronym-past",  # our words: another organisation, a past tense
        "1984-12-31",
        "The U.S. left the W.H.O. this week.",
        [("withdrew", "who-constitution", "USA", "1984-12-31/1985-01-06")],
    ),
    (
        "two-letter-dotted-is-no-treaty",  # our words: 'U.N.' stays the United Nations, no treaty
        "2005-03-10",
        "The U.N. agency said the U.S. left it.",
        [],
    ),
    (
        "eight-of-the-states-a-group",  # our words: a cardinal before 'of the' still counts a group, not the parties
        "2025-06-04",
        "Only 8 of the 44 states in the region have ratified the Ottawa Convention.",
        [],
    ),
]


@pytest.mark.parametrize(("case_id", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_held_out_twenty_eight_constructions(
    finder: ClaimFinder, case_id: str, published: str, text: str, expected: Read
) -> None:
    assert sorted(read(finder, text, published), key=str) == sorted(expected, key=str), case_id
