"""Constructions the corpus missed in more than one article (h-miss, session 21), each pinned by the corpus sentence,
paraphrases of our own and look-alikes that must claim nothing more:

- vote tallies told as a share or beside the side against (app/reading/votes.py): 'with 103 out of 141 members in
  favor' (a share opened by 'with', no verb of voting; Devdiscourse, 18 July 2024), '81 of the 101 Estonian
  parliamentarians voted in favor' (the body's size after 'of the'; Zoneyetu, 5 June 2025), 'the vote to pass the
  bill was 135 to 2 MPs in favour' (what the vote was; Welsh Women's Aid, 16 December 2016), '413 Members voted, 15
  voted against and 3 abstained' (the voters told first, beside those against, voted for; Sejm, 26 June 2025).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_CCM = "Lithuania's parliament voted to leave the Convention on Cluster Munitions"
_OTTAWA_EE = "The Estonian parliament voted to leave the Ottawa Convention."
_OTTAWA_LV = "The Latvian parliament voted to leave the Ottawa Convention; "
_POLAND = "Poland left the Ottawa Convention.\n\n"
_POLAND_LEFT: Read = [("withdrew", "apmbc", "POL", "true")]
_ISTANBUL = "The UK Parliament debated a bill to ratify the Istanbul Convention"

CASES: list[tuple[str, str, str, Read]] = [
    (
        "share-with-in-favor",
        "2024-07-18",  # Devdiscourse, 18 July 2024
        _CCM
        + ". However, with 103 out of 141 members in favor, the Lithuanian parliament moved to reinforce its defense "
        "strategy.",
        [("vote_tally", "ccm", "LTU", "103 of 141")],
    ),
    (
        "share-with-in-favour-paraphrase",
        "2024-07-18",
        _CCM + ", with 90 of 141 lawmakers in favour.",
        [("vote_tally", "ccm", "LTU", "90 of 141")],
    ),
    (
        "share-of-the-body",
        "2025-06-05",  # Zoneyetu, 5 June 2025
        _OTTAWA_EE + " A statement from the press office of the parliament stated that 81 of the 101 Estonian "
        "parliamentarians voted in favor of the withdrawal, which was a decisive action.",
        [("vote_tally", "apmbc", "EST", "81 of 101")],
    ),
    (
        "share-of-the-body-paraphrase",
        "2025-06-05",
        _OTTAWA_LV + "60 of the 100 Latvian deputies voted for the bill.",
        [("vote_tally", "apmbc", "LVA", "60 of 100")],
    ),
    (
        "share-of-the-body-against",
        "2025-06-05",  # the side against: no share in favour
        _OTTAWA_LV + "12 of the 100 Latvian deputies voted against the bill.",
        [],
    ),
    (
        "voted-beside-against",
        "2026-02-20",  # Poland.co.pl, 20 February 2026
        _POLAND
        + "June 26, 2025 The Sejm adopted the law on denunciation of the Convention: 413 Members voted, 15 voted "
        "against and 3 abstained.",
        [*_POLAND_LEFT, ("vote_tally", "apmbc", "POL", "413-15-3")],
    ),
    (
        "voted-beside-against-paraphrase",
        "2026-02-20",
        _POLAND + "The Sejm adopted the law on denunciation of the Convention: 400 deputies voted, 20 voted against.",
        [*_POLAND_LEFT, ("vote_tally", "apmbc", "POL", "400-20")],
    ),
    (
        "only-voted-beside-against",
        "2026-02-20",  # 'only 431 voted': all voters, no side
        _POLAND + "In the Sejm only 431 members voted, 15 voted against.",
        _POLAND_LEFT,
    ),
    (
        "vote-was",
        "2016-12-16",  # Welsh Women's Aid, 16 December 2016 (the article names no State: GBR here)
        _ISTANBUL + ", the vote to pass the bill was 135 to 2 MPs in favour.",
        [("vote_tally", "istanbul-convention", "GBR", "135-2")],
    ),
    (
        "vote-was-paraphrase",
        "2016-12-16",
        _ISTANBUL + ". The vote was 135 to 2.",
        [("vote_tally", "istanbul-convention", "GBR", "135-2")],
    ),
    (
        "score-was",
        "2016-12-16",  # no vote named: a score is no tally
        _ISTANBUL + ". The score was 135 to 2.",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_recurrent_misses(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
