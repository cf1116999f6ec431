"""Constructions of the nineteenth held-out batch (non-native and translated English; exits from regional bodies and
organisations), each pinned by the article's sentence and paraphrases of our own.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    # Instruments without a rule file (world/unruled) are named, so their claims are reported (judged unverifiable)
    (
        "an-exit-from-a-body-without-a-rule-file-headline",  # Xinhua, 2009
        "2009-08-19",
        "Georgia formally quits CIS",
        [("withdrew", "cis-charter", "GEO", "true")],
    ),
    (
        "an-exit-from-a-body-without-a-rule-file-dated",  # our words: another state, body and date
        "2018-09-01",
        "Ecuador left the Bolivarian Alliance for the Peoples of Our America in August 2018.",
        [("withdrew", "alba-tcp", "ECU", "2018-08")],
    ),
    (
        "joined-and-left-a-body-without-a-rule-file",  # our words: a relative clause and its main clause
        "2010-01-01",
        "Georgia, which joined the Commonwealth of Independent States in December 1993, quit it in 2009.",
        [("joined", "cis-charter", "GEO", "1993-12"), ("withdrew", "cis-charter", "GEO", "2009")],
    ),
    (
        "an-acronym-without-a-rule-file-is-not-a-nearby-treaty",  # KUNA, 2025: ECCAS is not ECOWAS
        "2025-06-08",
        "Rwanda on Sunday withdrew from the Economic Community of Central African States (ECCAS).",
        [("withdrew", "eccas-treaty", "RWA", "2025-06-08")],
    ),
    (
        "a-charter-without-a-rule-file-is-not-the-vienna-convention-named-before",  # Xinhua, 2009
        "2009-08-19",
        "Georgia remains part of treaties under the Vienna 1969 Convention on the Law of Treaties. The CIS Charter "
        "stipulates that formal withdrawal can only take effect 12 months after the CIS executive committee is "
        "notified of the decision.",
        [("rule", "cis-charter", None, "P12M after the cis executive committee is notified of the decision")],
    ),
    # An organisation's own names are its constitution's (UNIDO, as UNESCO and the WHO)
    (
        "a-list-of-states-that-left-an-organisation-by-its-acronym",  # our words (Xinhua, 2016: the UNIDO exits)
        "2016-11-22",
        "Australia, Canada and Britain are among those who have left UNIDO.",
        [
            ("withdrew", "constitution-united-nations-industrial-development", "AUS", "true"),
            ("withdrew", "constitution-united-nations-industrial-development", "CAN", "true"),
            ("withdrew", "constitution-united-nations-industrial-development", "GBR", "true"),
        ],
    ),
    # A possessive in a fronted adjunct stands for the subject after the comma, not the state named before
    (
        "a-fronted-possessive-exit-is-the-subjects",  # Xinhua, 2016
        "2016-11-22",
        "Portugal joined UNESCO in 1974. It was noted that upon its departure from UNIDO in 1996, the United States left a "
        "70-million-U.S.-dollar debt behind.",
        [
            ("joined", "unesco-constitution", "PRT", "1974"),
            ("withdrew", "constitution-united-nations-industrial-development", "USA", "1996"),
        ],
    ),
    (
        "a-fronted-possessive-exit-paraphrase",  # our words: another treaty, state, preposition
        "2020-01-01",
        "Israel voted against. After its withdrawal from UNESCO in 1984, the United States lost its seat.",
        [("withdrew", "unesco-constitution", "USA", "1984")],
    ),
    (
        "a-possessive-not-fronted-is-still-the-article-state",  # no adjunct before it: the state named before
        "2020-01-01",
        "Israel voted against the resolution, a year before its withdrawal from UNESCO in 2018.",
        [("withdrew", "unesco-constitution", "ISR", "2018")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_nineteen_construction(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
