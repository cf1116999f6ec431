"""Constructions of the twenty-sixth held-out batch (the end-of-session-11 measure: ordinary straight news): a list of
a treaty's outsiders told by a copula or 'include' ('Among the non-signatories are X, Y and Z', the treaty the one
named last), a tally in words told by a side's verb ('Eighty-one members of the 101 parliament supported the motion',
the body's size no side), an organisation an exit verb's object names ('Russia quits Council of Europe rights
watchdog': its founding Statute, the treaty 'the council' then refers to), each pinned by the article's sentence and paraphrases of our own, with look-alikes that claim nothing.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_ICC = "The Rome Statute has 125 parties. "

CASES: list[tuple[str, str, str, Read]] = [
    # 'Among the non-signatories are X, Y and Z' / 'Non-parties include X': the outsiders listed after a copula or
    # 'include', the treaty the one named last when the clause names none
    (
        "among-the-non-signatories-are",  # RT, 2025
        "2025-05-20",
        "Hungary's parliament voted to leave the International Criminal Court. The court is currently recognized by "
        "123 countries. Among the non-signatories are the US, Russia, China, and Israel.",
        [
            ("parties_count", "rome-statute", None, "123"),
            ("signed", "rome-statute", "USA", "false"),
            ("signed", "rome-statute", "RUS", "false"),
            ("signed", "rome-statute", "CHN", "false"),
            ("signed", "rome-statute", "ISR", "false"),
        ],
    ),
    (
        "non-parties-include",  # our words: 'include', non-parties
        "2025-05-20",
        _ICC + "Non-parties include India, Pakistan and Turkey.",
        [
            ("parties_count", "rome-statute", None, "125"),
            ("joined", "rome-statute", "IND", "false"),
            ("joined", "rome-statute", "PAK", "false"),
            ("joined", "rome-statute", "TUR", "false"),
        ],
    ),
    (
        "the-non-signatories-were",  # our words: another treaty, a past copula
        "2025-06-04",
        "The Ottawa Convention bans anti-personnel landmines. The non-signatories were the United States and Russia.",
        [("signed", "apmbc", "USA", "false"), ("signed", "apmbc", "RUS", "false")],
    ),
    ("non-signatories-by-kind-are-no-list", "2025-05-20", "Among the non-signatories are many Asian states.", []),
    (
        "members-are-no-outsiders",  # our words: 'Among the members are' names no outsider
        "2025-05-20",
        "Hungary left the ICC. Among the remaining members are France and Germany.",
        [("withdrew", "rome-statute", "HUN", "true")],
    ),
    (
        "non-signatories-not-bound",  # our words: no list after the copula
        "2025-05-20",
        _ICC + "The non-signatories are not bound by it.",
        [("parties_count", "rome-statute", None, "125")],
    ),
    # 'Eighty-one members of the 101 parliament supported the motion': a number in words joined by a hyphen, a side
    # told by 'supported' / 'backed', the body's seats ('of the 101 parliament', 'the 100-seat parliament') no side
    (
        "a-tally-in-words-supported",  # Reuters, 2025
        "2025-06-04",
        "The Estonian parliament on Wednesday voted in favour of withdrawing from the Ottawa Convention that bans the "
        "use of anti-personnel landmines. Eighty-one members of the 101 parliament supported the motion, its press "
        "office said.",
        [("vote_tally", "apmbc", "EST", "81 for")],
    ),
    (
        "a-tally-in-words-backed",  # our words: another state, treaty, verb and the body's size as '-seat'
        "2024-10-10",
        "Latvia's Saeima voted to leave the Istanbul Convention. Fifty-six members of the 100-seat parliament backed "
        "the bill.",
        [("vote_tally", "istanbul-convention", "LVA", "56 for")],
    ),
    (
        "a-tally-in-digits-still-read",  # our words: a tally of both sides keeps its form
        "2024-10-10",
        "Latvia's Saeima voted 56-32 to leave the Istanbul Convention.",
        [("vote_tally", "istanbul-convention", "LVA", "56-32")],
    ),
    (
        "supported-by-a-government-is-no-tally",  # our words: no number
        "2025-06-04",
        "Estonia's parliament voted to leave the Ottawa Convention. The motion was supported by the government.",
        [],
    ),
    (
        "countries-that-supported-are-no-tally",  # our words: states, not a parliament's members
        "2025-06-04",
        "Estonia's parliament voted to leave the Ottawa Convention. Eighty-one countries supported the treaty in 1997.",
        [],
    ),
    # 'Russia quits Council of Europe rights watchdog': the organisation an exit verb's object names is left by its
    # founding treaty (Statute of the Council of Europe, Art. 7), which 'the council' then refers to
    (
        "quits-an-organisation-named-after-the-verb",  # The National, 2022
        "2022-03-15",
        "Russia quits Council of Europe rights watchdog\n\nRussia joined the council in 1996 and is only the second "
        "country to leave",
        [("withdrew", "coe-statute", "RUS", "true"), ("withdrew", "coe-statute", "RUS", "true")],
    ),
    (
        "withdrew-from-an-organisation",  # our words: another state, a past exit with its year
        "2022-03-15",
        "Greece withdrew from the Council of Europe in 1969.",
        [("withdrew", "coe-statute", "GRC", "1969")],
    ),
    (
        "an-organ-of-the-organisation-is-not-left",  # our words: 'the Council of Europe's assembly'
        "2022-03-15",
        "Turkey walked out of the Council of Europe's assembly on Tuesday.",
        [],
    ),
    (
        "a-notice-to-the-organisation-stays-the-conventions",  # our words: the organisation as the notice's recipient
        "2022-03-15",
        "Russia notified the Council of Europe of its withdrawal from the European Convention on Human Rights.",
        [("notification_date", "echr", "RUS", "0001-01-01/2022-03-15")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twenty_six_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
