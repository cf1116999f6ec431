"""The reader's leftovers of session 16 (issue 14), fixed in session 17 (h-left): constructions the corpus showed
missed, each pinned with the article's sentence, paraphrases of our own and look-alikes that must not be read. Each
case pins every claim the text gives as (kind, treaty, state, value), so a spurious claim fails as surely as a lost one.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Row = tuple[str, str | None, str | None, str]

CASES: list[tuple[str, str, str, list[Row]]] = [
    # A headline's present 'X signs T' is a State's signature by the day of the report, as 'X ratifies T' is its
    # ratification (aa-2013-09-13: Syria never signed the CWC, it acceded; abclive-2016-09-20: Micronesia had signed in
    # April; punch-2017-09-20: Nigeria signed that day). 'Micronesia' is the State's short name.
    (
        "headline-signs",
        "2013-09-13",
        "Syria signs Chemical Weapons Convention",
        [("signed", "cwc", "SYR", "0001-01-01/2013-09-13")],
    ),
    (
        "headline-signs-short-name",
        "2016-09-20",
        "Micronesia signs Paris climate change agreement",
        [("signed", "paris-agreement", "FSM", "0001-01-01/2016-09-20")],
    ),
    (
        "headline-signs-described",
        "2017-09-20",
        "UNGA: Nigeria signs nuclear weapons prohibition treaty",
        [("signed", "tpnw", "NGA", "0001-01-01/2017-09-20")],
    ),
    (
        "headline-signs-paraphrase",
        "2013-06-04",
        "Chile signs the Arms Trade Treaty",
        [("signed", "att", "CHL", "0001-01-01/2013-06-04")],
    ),
    (
        "headline-signs-law-lookalike",
        "2021-06-07",
        "Putin signs law to denounce Open Skies Treaty",
        [],
    ),
    (
        "headline-signs-order-lookalike",
        "2021-01-20",
        "Biden signs executive order to rejoin Paris Agreement",
        [],
    ),
    (
        "headline-signs-no-state-lookalike",
        "2013-06-04",
        "Nations sign the Arms Trade Treaty",
        [],
    ),
    (
        "headline-signs-subordinate-lookalike",
        "2013-06-04",
        "After Chile signs the Arms Trade Treaty, Peru will follow",
        [],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_leftover_shape(finder: ClaimFinder, published: str, text: str, expected: list[Row]) -> None:
    assert read(finder, text, published) == expected
