"""Constructions left from held-out batches 24-26 (session 12, h-left), each pinned by the article's sentence and
paraphrases of our own (other states, treaties, tenses, word orders), with look-alikes that claim nothing: an act the
sentence before names unasserted told again by a pro-verb ('None of the five countries have done so yet', 'Russia did
so that same month'); a stranded exit verb whose treaty is the antecedent of 'was one of the bodies' and those listed
'along with' it ('UNESCO was one of several international bodies Trump withdrew from during his first term, along with
the World Health Organization ...'); an exit told again as the move it repeats ('..., repeating a move he had
already ordered during his first term', on that term) and a reversal dated by the leader it came under ('which had been
reversed under Joe Biden': the state's return during his tenure); notices told as 'has told the United Nations it has
begun the process of pulling out of' (no 'that'), dated after an attribution set off by commas ('sent to the
Secretariat, according to the available information, in January 2015') or by the letter that carries them ('This
letter, dated 27 April 2017, ... presents ... the official notification of Venezuela's definitive withdrawal'), or told as a leader's first day in office ('gave notice that the U.S. would quit the organization on the
first day of his presidency in 2025': the day his tenure began, world/leaders).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_FIVE = (
    "The Estonian parliament voted in favour of withdrawing from the Ottawa Convention. All five countries which "
    "border Russia – Lithuania, Latvia, Estonia, Poland and Finland – have said they plan to exit the treaty. "
)
_NONE_OF_FIVE = [("notification_date", "apmbc", state, "false") for state in ("LTU", "LVA", "EST", "POL", "FIN")]
_CTBT = "On June 4, 2000, the two presidents signed a Joint Statement that mentioned ratifying the CTBT. "

CASES: list[tuple[str, str, str, Read]] = [
    # a pro-verb ('did so', 'have done so') for the act the sentence before names without asserting it (a gerund, an
    # infinitive): for the states before it (a list, 'the five countries': the last list of five), denied or dated
    (
        "none-of-the-five-have-done-so",  # Reuters, 2025
        "2025-06-04",
        _FIVE + "The countries would be able to lay landmines six months after informing other treaty members and the "
        "United Nations of their decision. None of the five countries have done so yet.",
        _NONE_OF_FIVE,
    ),
    (
        "the-two-have-not-done-so",  # our words: two states, 'have not', a notice to the Secretary-General
        "2025-03-20",
        "Latvia and Lithuania voted to quit the Convention on Cluster Munitions. Leaving requires notifying the UN "
        "Secretary-General of the withdrawal. The two countries have not done so.",
        [("notification_date", "ccm", "LVA", "false"), ("notification_date", "ccm", "LTU", "false")],
    ),
    (
        "a-named-state-has-not-done-so",  # our words: one state named, a ratification by an infinitive
        "2023-10-24",
        "The conference called on all states to ratify the Comprehensive Nuclear-Test-Ban Treaty. The United States "
        "has not done so.",
        [("ratified", "ctbt", "USA", "false")],
    ),
    (
        "did-so-that-same-month",  # Carnegie, 2023
        "2023-10-24",
        _CTBT + "Russia did so that same month, but the United States has dragged its feet ever since.",
        [("ratified", "ctbt", "RUS", "2000-06")],
    ),
    (
        "did-so-the-same-year",  # our words: the year of the date before
        "2023-10-24",
        _CTBT + "Russia did so the same year.",
        [("ratified", "ctbt", "RUS", "2000")],
    ),
    (
        "did-so-in-a-year",  # our words: a date of its own, a signature by an infinitive
        "2021-01-22",
        "Campaigners urged Ireland to sign the Treaty on the Prohibition of Nuclear Weapons. Ireland did so in 2017.",
        [("signed", "tpnw", "IRL", "2017")],
    ),
    ("will-do-so-is-no-deed", "2023-10-24", _CTBT + "Russia will do so next month.", []),
    (
        "plans-to-do-so-is-no-deed",
        "2025-06-04",
        _FIVE + "Leaving requires notifying the UN. Latvia plans to do so.",
        [],
    ),
    (
        "did-so-undated-claims-nothing",  # our words: no date, no denial
        "2023-10-24",
        _CTBT + "Russia did so.",
        [],
    ),
    (
        "done-so-after-an-asserted-deed-is-elided",  # our words: the sentence before asserts it (elided.py's)
        "2023-10-24",
        "Russia ratified the CTBT in 2000. Few others did so.",
        [("ratified", "ctbt", "RUS", "2000")],
    ),
    (
        "done-so-after-no-act",  # our words: 'done so' after a sentence naming no act
        "2025-06-04",
        _FIVE + "The countries want to protect their borders. None of the five countries have done so yet.",
        [],
    ),
    # 'X was one of (several) <bodies> <state> withdrew from <date>, along with A, B': the exit verb's preposition
    # stranded, its treaties the antecedent and the list after 'along with', on the verb's date
    (
        "one-of-several-bodies-withdrew-from-along-with",  # Reuters via Business Recorder, 2025
        "2025-07-22",
        "UNESCO was one of several international bodies Trump withdrew from during his first term, along with the "
        "World Health Organization, the Paris Agreement global climate change accord and the U.N. Human Rights "
        "Council.",
        [
            ("withdrew", "unesco-constitution", "USA", "2017-01-20/2021-01-19"),
            ("withdrew", "who-constitution", "USA", "2017-01-20/2021-01-19"),
            ("withdrew", "paris-agreement", "USA", "2017-01-20/2021-01-19"),
        ],
    ),
    (
        "one-of-several-accords-pulled-out-of",  # our words: present copula, 'pulled out of', a year
        "2025-07-22",
        "The Paris Agreement is one of several accords the United States pulled out of in 2020, along with the Open "
        "Skies Treaty.",
        [("withdrew", "paris-agreement", "USA", "2020"), ("withdrew", "open-skies", "USA", "2020")],
    ),
    (
        "one-of-the-agencies-no-list",  # our words: another state, no list
        "2025-07-22",
        "UNESCO was one of the agencies Nicaragua withdrew from in 2025.",
        [("withdrew", "unesco-constitution", "NIC", "2025")],
    ),
    (
        "one-of-the-bodies-criticised",  # our words: no exit verb
        "2025-07-22",
        "UNESCO was one of several bodies Trump criticised during his first term, along with the WHO.",
        [],
    ),
    (
        "one-of-the-agencies-it-may-withdraw-from",  # our words: a modal, no deed
        "2025-07-22",
        "UNESCO is one of the agencies the United States may withdraw from next year, along with the WHO.",
        [],
    ),
    (
        "one-of-the-agencies-it-wants-to-leave",  # our words: an intention
        "2025-07-22",
        "UNESCO is one of the agencies the United States wants to withdraw from, along with the WHO.",
        [],
    ),
    # ', repeating a move he had already ordered <date>': the sentence's exit again on the repeated move's date;
    # ', which had been reversed under <leader>': the state's return in the leader's tenure (world/leaders)
    (
        "repeating-a-move-reversed-under-a-leader",  # Reuters via Business Recorder, 2025
        "2025-07-22",
        "President Donald Trump pulled the United States out of the U.N. culture and education agency UNESCO on "
        "Tuesday, repeating a move he had already ordered during his first term, which had been reversed under Joe "
        "Biden.",
        [
            ("withdrew", "unesco-constitution", "USA", "2025-07-22"),
            ("joined", "unesco-constitution", "USA", "2021-01-20/2025-01-19"),
            ("withdrew", "unesco-constitution", "USA", "2017-01-20/2021-01-19"),
        ],
    ),
    (
        "echoing-a-decision-made-in-a-year",  # our words: another treaty, 'echoing a decision it had made'
        "2026-02-01",
        "The United States withdrew from the Paris Agreement on January 27, 2026, echoing a decision it had made in "
        "2020.",
        [("withdrew", "paris-agreement", "USA", "2026-01-27"), ("withdrew", "paris-agreement", "USA", "2020")],
    ),
    (
        "a-move-reversed-under-a-leader",  # our words: an apposition, the exit dated by its year
        "2026-02-01",
        "Trump withdrew the United States from the Paris Agreement in 2020, a move reversed under Joe Biden.",
        [("withdrew", "paris-agreement", "USA", "2020"), ("joined", "paris-agreement", "USA", "2021-01-20/2025-01-19")],
    ),
    (
        "repeating-a-threat-is-no-exit",  # our words: a threat repeated
        "2026-02-01",
        "Trump pulled the United States out of UNESCO on Tuesday, repeating a threat he had made in 2017.",
        [("withdrew", "unesco-constitution", "USA", "2026-01-27")],
    ),
    (
        "reversed-under-pressure-is-no-return",  # our words: 'under' naming no leader
        "2026-02-01",
        "Trump withdrew the United States from UNESCO in 2017, a move reversed under pressure from allies.",
        [("withdrew", "unesco-constitution", "USA", "2017")],
    ),
    # the depositary told, with no 'that', of an exit its subject says under way
    (
        "told-the-un-it-has-begun-the-process",  # AP via Fox Business, 2019
        "2019-11-04",
        "The United States has told the United Nations it has begun the process of pulling out of the landmark 2015 "
        "Paris climate agreement.",
        [("notification_date", "paris-agreement", "USA", "0001-01-01/2019-11-04")],
    ),
    (
        "told-the-secretary-general-it-is-withdrawing",  # our words: another state and treaty, 'is withdrawing'
        "2025-06-03",
        "Hungary has told the UN Secretary-General it is withdrawing from the Rome Statute.",
        [("notification_date", "rome-statute", "HUN", "0001-01-01/2025-06-03")],
    ),
    ("told-the-un-it-may-withdraw", "2025-06-03", "Hungary has told the UN it may withdraw from the Rome Statute.", []),
    (
        "told-the-un-it-is-considering",
        "2025-06-03",
        "Hungary told the UN it is considering leaving the Rome Statute.",
        [],
    ),
    (
        "told-reporters-it-is-withdrawing",
        "2025-06-03",
        "Hungary told reporters it is withdrawing from the Rome Statute.",
        [],
    ),
    # a date after an attribution set off by commas is the predicate's
    (
        "notice-sent-according-to-then-dated",  # Paul Hastings, 2015
        "2015-04-28",
        "Italy is reported from many sources to have withdrawn from the Energy Charter Treaty (“ECT”), through a formal "
        "notice sent to the Energy Charter Secretariat, according to the available information, in January 2015.",
        [("withdrew", "ect", "ITA", "true"), ("notification_date", "ect", "ITA", "2015-01")],
    ),
    (
        "handed-according-to-then-dated",  # our words: another state and treaty, a day
        "2025-07-28",
        "Hungary handed its notice of withdrawal from the Rome Statute to the Secretary-General, according to the "
        "ministry, on 2 June 2025.",
        [("notification_date", "rome-statute", "HUN", "2025-06-02")],
    ),
    (
        "according-to-then-a-relative-clause",  # our words: the date belongs to the relative clause, not the notice
        "2025-07-28",
        "Hungary handed its notice of withdrawal from the Rome Statute to the Secretary-General, according to the "
        "ministry, which cited the court's decisions in 2024.",
        [("notification_date", "rome-statute", "HUN", "0001-01-01/2025-07-28")],
    ),
    # a letter dated in apposition that presents, gives or contains the notification of a state's withdrawal
    (
        "a-dated-letter-presents-the-notification",  # Opinio Juris, 2017
        "2017-05-30",
        "Venezuela announced it would leave the OAS. This letter, dated 27 April 2017, claims that the OAS is acting "
        "as an instrument for United States’ interventionism and presents to the Secretary General of the OAS "
        "(OASSG) the official notification of Venezuela’s definitive withdrawal from the organization.",
        [("notification_date", "oas-charter", "VEN", "2017-04-27")],
    ),
    (
        "a-dated-note-gives-notice",  # our words: another state and treaty, 'gives notice of'
        "2025-07-30",
        "Hungary decided to leave the Rome Statute. The note, dated 2 June 2025, gives notice of Hungary's withdrawal "
        "from the Statute.",
        [("notification_date", "rome-statute", "HUN", "2025-06-02")],
    ),
    (
        "a-dated-letter-criticises-a-withdrawal",  # our words: no notification carried
        "2025-07-30",
        "Hungary decided to leave the Rome Statute. The letter, dated 2 June 2025, criticises Hungary's withdrawal "
        "from the Statute.",
        [],
    ),
    # a notice dated by the day a leader took office: the notice's day, not the effect of the exit it announces
    (
        "gave-notice-on-the-first-day-of-his-presidency",  # Reuters, 2026
        "2026-01-22",
        "The United States left the World Health Organization on Thursday. President Donald Trump gave notice that "
        "the U.S. would quit the organization on the first day of his presidency in 2025, via an executive order.",
        [
            ("withdrew", "who-constitution", "USA", "2026-01-22"),
            ("notification_date", "who-constitution", "USA", "2025-01-20"),
        ],
    ),
    (
        "gave-notice-on-the-first-day-then-that",  # our words: the date right after the notice, another treaty named
        "2026-01-22",
        "President Donald Trump gave notice on the first day of his presidency in 2025 that the U.S. would quit the "
        "WHO.",
        [("notification_date", "who-constitution", "USA", "2025-01-20")],
    ),
    (
        "signed-an-order-on-his-first-day-in-office",  # our words: no notice, no treaty
        "2026-01-22",
        "Trump signed an order on his first day in office.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_leftover_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert sorted(read(finder, text, published)) == sorted(expected)
