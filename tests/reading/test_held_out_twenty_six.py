"""Constructions of the twenty-sixth held-out batch (the end-of-session-11 measure: ordinary straight news): a list of
a treaty's outsiders told by a copula or 'include' ('Among the non-signatories are X, Y and Z', the treaty the one
named last), each pinned by the article's sentence and paraphrases of our own, with look-alikes that claim nothing.
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
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_twenty_six_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
