"""Constructions of the twenty-seventh held-out batch (explainers, Q&As, fact-checks, timelines and a live blog):
questions without their mark or after a list of states ('When Did the United States Join the Paris Agreement',
'Burkina Faso, Mali, Niger: What is the exit route from ECOWAS?'), 'is to become the first country to leave it' (a
step to come), outsiders listed after 'include the', a directive 'signed by' a president (a domestic act, no
signature of the treaty) and a signatory's status told by a copula ('The United States is a signatory to the treaty,
but not a party'), an exit named by its own name as done ('Brexit has finally happened'), 'its 27 remaining
members', a State's last day as a member named by its date and 'after ratification by 60 countries' (no
count), each pinned by the article's sentence and paraphrases of our own, with look-alikes that claim nothing.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # Questions assert nothing (app/reading/questions.py): a heading in question form without its mark, a question
    # after a colon that only names its subjects; a statement before the colon, an indirect question and 'What is
    # clear is that' still assert
    (
        "question-headline-without-mark",  # Casa Máquinas, 2023
        "2023-02-22",
        "When Did the United States Join the Paris Agreement\nThe United States signed the Paris Agreement on April 22, 2016.",
        [("signed", "paris-agreement", "USA", "2016-04-22")],
    ),
    (
        "question-after-a-list-of-states",  # TRT Afrika, 2024
        "2024-01-29",
        "Burkina Faso, Mali, Niger: What is the exit route from ECOWAS?\nArticle 91 requires one year's notice in writing.",
        [("notice_period", "ecowas-treaty", None, "P1Y")],
    ),
    (
        "question-how-long-does",  # our words
        "2025-05-01",
        "How Long Does It Take to Leave the Ottawa Convention\nLithuania left the Ottawa Convention on December 27, 2025.",
        [("withdrew", "apmbc", "LTU", "2025-12-27")],
    ),
    (
        "question-what-happens-when",  # our words
        "2025-05-01",
        "What Happens When A Country Leaves The International Criminal Court\nBurundi left the Rome Statute in 2017.",
        [("withdrew", "rome-statute", "BDI", "2017")],
    ),
    (
        "question-why-did",  # our words
        "2025-05-01",
        "Why Did Hungary Quit the ICC\nThe Rome Statute has 125 parties.",
        [("parties_count", "rome-statute", None, "125")],
    ),
    (
        "statement-before-colon-kept",  # our words
        "2025-07-01",
        "Hungary quits ICC following Israel's lead: What it means for the court?\nThe Rome Statute has 125 parties.",
        [("withdrew", "rome-statute", "HUN", "true"), ("parties_count", "rome-statute", None, "125")],
    ),
    (
        "list-before-colon-with-verb-kept",  # our words
        "2025-12-28",
        "Latvia, Lithuania, Estonia: Baltic states leave Ottawa Convention\nThe treaty bans anti-personnel mines.",
        [
            ("withdrew", "apmbc", "LVA", "true"),
            ("withdrew", "apmbc", "LTU", "true"),
            ("withdrew", "apmbc", "EST", "true"),
        ],
    ),
    (
        "indirect-question-title-kept",  # our words
        "2025-12-28",
        "Why African states have started leaving the ICC\nBurundi withdrew from the Rome Statute in 2017.",
        [("withdrew", "rome-statute", "BDI", "2017")],
    ),
    (
        "what-is-clear-is-that-kept",  # our words
        "2025-12-28",
        "What is clear is that Lithuania withdrew from the Convention on Cluster Munitions on March 6, 2025.",
        [("withdrew", "ccm", "LTU", "2025-03-06")],
    ),
    # 'is to become / is set to become the first to leave': an infinitive, a step to come, no exit done (tense.py)
    (
        "is-to-become-the-first-to-leave",  # IWPR, 2021
        "2021-05-14",
        "A decade after becoming the first signatory to the Istanbul Convention, Turkey is to become the first country to leave it.",
        [],
    ),
    (
        "is-set-to-become-the-first-to-withdraw",  # our words
        "2025-04-04",
        "Hungary is set to become the first EU country to withdraw from the Rome Statute.",
        [],
    ),
    (
        "became-the-first-to-leave-kept",  # our words
        "2017-10-28",
        "Burundi became the first country to leave the Rome Statute.",
        [("withdrew", "rome-statute", "BDI", "true")],
    ),
    (
        "has-become-the-first-to-withdraw-kept",  # our words
        "2026-06-03",
        "Hungary has become the first EU state to withdraw from the Rome Statute.",
        [("withdrew", "rome-statute", "HUN", "true")],
    ),
    # outsiders after 'include', the first with its article: 'include the United States, China, ...' (subjects.py)
    (
        "have-not-joined-include-the-first-state",  # AP Explains, 2016
        "2016-10-26",
        "The Rome Statute has 124 member states. Notable countries that have not joined include the United States, China, Russia and India.",
        [
            ("parties_count", "rome-statute", None, "124"),
            ("joined", "rome-statute", "USA", "false"),
            ("joined", "rome-statute", "CHN", "false"),
            ("joined", "rome-statute", "RUS", "false"),
            ("joined", "rome-statute", "IND", "false"),
        ],
    ),
    (
        "have-not-ratified-include-the-first-state",  # our words
        "2023-11-02",
        "Countries that have not ratified the CTBT include the United States, China and Egypt.",
        [
            ("ratified", "ctbt", "USA", "false"),
            ("ratified", "ctbt", "CHN", "false"),
            ("ratified", "ctbt", "EGY", "false"),
        ],
    ),
    (
        "include-the-state-not-outsiders",  # our words
        "2016-10-26",
        "The Rome Statute's parties include the Philippines, Brazil and Kenya.",
        [],
    ),
    # a directive or proclamation 'signed by' a president is a domestic act, not the treaty's signature (vocabulary.py)
    (
        "directive-signed-by-no-signature",  # CNN Fast Facts via WAAY-TV, 2018
        "2018-03-14",
        "The Rome Statute entered into force in 2002.\nNovember 16, 2016 - Russia says it will withdraw from the ICC under a directive signed by President Vladimir Putin.",
        [("entry_into_force", "rome-statute", None, "2002")],
    ),
    (
        "proclamation-signed-no-signature",  # our words
        "2026-01-08",
        "Under a proclamation signed by President Donald Trump, the United States will leave the UN Framework Convention on Climate Change.",
        [],
    ),
    (
        "treaty-signed-by-president-kept",  # our words
        "2016-09-01",
        "The Rome Statute was signed by President Bill Clinton on December 31, 2000.",
        [("signed", "rome-statute", "USA", "2000-12-31")],
    ),
    # a signatory's status with a copula: 'X is / remains a signatory to T, but not a party' (signatory_status.py):
    # signed, and never joined; not a past status, a condition, a count of signatories or a question
    (
        "is-a-signatory-but-not-a-party",  # CNN Fast Facts via WAAY-TV, 2018
        "2018-03-14",
        "The Rome Statute entered into force in 2002.\nThe United States is a signatory to the treaty, but not a party.",
        [
            ("entry_into_force", "rome-statute", None, "2002"),
            ("signed", "rome-statute", "USA", "true"),
            ("joined", "rome-statute", "USA", "false"),
        ],
    ),
    (
        "is-a-signatory-of-named-treaty-but-not-a-party",  # our words
        "2023-03-14",
        "Israel is a signatory to the Rome Statute but not a party.",
        [("signed", "rome-statute", "ISR", "true"), ("joined", "rome-statute", "ISR", "false")],
    ),
    (
        "remains-a-signatory-but-not-a-party",  # our words
        "2023-03-14",
        "The United States remains a signatory of the Comprehensive Nuclear-Test-Ban Treaty but not a party.",
        [("signed", "ctbt", "USA", "true"), ("joined", "ctbt", "USA", "false")],
    ),
    (
        "is-a-signatory-alone",  # our words
        "2023-03-14",
        "Ukraine is a signatory to the Istanbul Convention.",
        [("signed", "istanbul-convention", "UKR", "true")],
    ),
    (
        "was-a-signatory-not-read",  # our words
        "2023-03-14",
        "Hungary was a signatory to the Rome Statute until 2025.",
        [],
    ),
    (
        "if-a-signatory-not-read",  # our words
        "2023-03-14",
        "If Armenia is a signatory to the Rome Statute, it must cooperate with the court.",
        [],
    ),
    (
        "one-of-the-signatories-not-read",  # our words
        "2023-03-14",
        "Kenya is one of the signatories to the Rome Statute.",
        [],
    ),
    (
        "is-a-signatory-question-not-read",  # our words
        "2023-03-14",
        "The Rome Statute has 123 parties.\nIs Russia a signatory to the Rome Statute?",
        [("parties_count", "rome-statute", None, "123")],
    ),
    (
        "countries-that-joined-include-the",  # our words
        "2024-02-01",
        "Countries that have joined the Rome Statute include the Philippines and Armenia.",
        [],
    ),
    # an exit named by the rule file's exit_names told as done: 'Brexit has (finally) happened', 'Brexit is done'
    # (exit_done.py); not denied, future or possible
    (
        "brexit-has-finally-happened",  # our words
        "2020-01-31",
        "Live updates\nFour years after the referendum campaign began, the day came: Brexit has finally happened.",
        [("withdrew", "teu", "GBR", "true")],
    ),
    (
        "brexit-has-happened-heading",  # CNN live page, 2020
        "2020-01-31",
        "Brexit has happened. Now what?\nThe transition period runs to December.",
        [("withdrew", "teu", "GBR", "true")],
    ),
    (
        "brexit-is-done",  # our words
        "2020-02-01",
        "Brexit is done\nThe transition period runs to December.",
        [("withdrew", "teu", "GBR", "true")],
    ),
    (
        "brexit-has-not-happened-yet",  # our words
        "2019-10-01",
        "Live updates\nBrexit has not happened yet, and the talks go on.",
        [],
    ),
    (
        "brexit-will-happen",  # our words
        "2019-03-01",
        "Live updates\nBrexit will happen on March 29.",
        [],
    ),
    (
        "brexit-could-be-done",  # our words
        "2019-03-01",
        "Live updates\nBrexit could be done by March.",
        [],
    ),
    # 'its 27 remaining members': the count after an exit (counts.py); not 'remaining days'
    (
        "its-remaining-members",  # CNN live page, 2020
        "2020-01-31",
        "Live updates\nEuropean leaders expressed remorse in losing the UK, the first nation to leave in the EU’s history, but called for a bright future for its 27 remaining members.",
        [("withdrew", "teu", "GBR", "true"), ("parties_count", "teu", None, "27")],
    ),
    (
        "treaty-remaining-members",  # our words
        "2020-11-23",
        "Open Skies\nThe US left the Open Skies Treaty. The treaty's 33 remaining members will meet in Vienna.",
        [("withdrew", "open-skies", "USA", "true"), ("parties_count", "open-skies", None, "33")],
    ),
    (
        "remaining-days-no-count",  # our words
        "2020-11-23",
        "Open Skies\nThe US left the Open Skies Treaty. It has 12 remaining days of talks.",
        [("withdrew", "open-skies", "USA", "true")],
    ),
    # '<date> will mark X's final day as a member of T' / 'will be the last day of X membership in T': the exit takes
    # effect the next day (last_day.py); the weekday a page gets wrong ('Tuesday, January 21st' of 2026) is not
    # what names the day; not the last day of talks or of a session
    (
        "will-mark-final-day-as-a-member",  # The Gold Report, 2026
        "2026-01-06",
        "WHO\nTuesday, January 21st, will mark America’s final day as a member of the World Health Organization.",
        [("effective_date", "who-constitution", "USA", "2026-01-22")],
    ),
    (
        "will-be-the-last-day-of-membership",  # our words
        "2026-01-06",
        "WHO\nJanuary 21 will be the last day of US membership in the World Health Organization.",
        [("effective_date", "who-constitution", "USA", "2026-01-22")],
    ),
    (
        "last-day-as-a-party",  # our words
        "2025-06-20",
        "Ottawa\nDecember 26 will mark Lithuania's last day as a party to the Ottawa Convention.",
        [("effective_date", "apmbc", "LTU", "2025-12-27")],
    ),
    (
        "last-day-of-talks-no-claim",  # our words
        "2025-06-20",
        "Ottawa\nLithuania notified the UN. December 26 will be the last day of talks on the Ottawa Convention.",
        [],
    ),
    (
        "last-day-of-a-session-no-claim",  # our words
        "2025-06-20",
        "Ottawa\nOn Monday, the last day of the session, Lithuania's parliament voted to leave the Ottawa Convention.",
        [],
    ),
    # the consents an entry into force waited for, told as a noun ('after ratification by 60 countries'), are no
    # party count (counts.py), as 'after 60 countries ratified it'; 'ratified by 123 countries' still counts
    (
        "after-ratification-by-n-no-count",  # CNN Fast Facts via WAAY-TV, 2018
        "2018-03-14",
        "ICC facts\nJuly 1, 2002 - The Rome Statute enters into force after ratification by 60 countries.",
        [("entry_into_force", "rome-statute", None, "2002-07-01")],
    ),
    (
        "upon-ratification-of-n-no-count",  # our words
        "2020-10-25",
        "Ottawa facts\nThe Ottawa Convention entered into force upon the ratification of 40 states, and now has 164 parties.",
        [("parties_count", "apmbc", None, "164")],
    ),
    (
        "ratified-by-n-still-a-count",  # our words
        "2020-10-25",
        "ICC facts\nThe Rome Statute, ratified by 123 countries, entered into force in 2002.",
        [
            ("entry_into_force", "rome-statute", None, "2002"),
            ("parties_count", "rome-statute", None, "123 ratifications"),
        ],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twenty_seven_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
