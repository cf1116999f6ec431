"""Constructions of the tenth held-out batch, made general, in our own words.

Each case pins every claim the reader finds in a short text (kind, treaty, state, value), so a construction that
adds a spurious claim fails as surely as one that misses a claim.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

DESCRIBED: list[tuple[str, str, str, Read]] = [
    (
        "a-year-and-a-subject-name-one-treaty",  # 1961 and 'narcotic' fit the Single Convention only
        "2011-07-01",
        "Bolivia withdrew from the 1961 UN narcotics convention on 29 June 2011.",
        [("withdrew", "single-convention", "BOL", "2011-06-29")],
    ),
    (
        "a-subject-two-treaties-share-names-neither",  # 'narcotic' stands in the 1961 and 1988 conventions
        "2011-07-01",
        "Bolivia withdrew from the narcotics convention on 29 June 2011.",
        [],
    ),
    (
        "an-alias-word-describes-its-treaty",  # 'cluster bomb' of the CCM's aliases, with another noun
        "2025-03-07",
        "Lithuania left the cluster bomb convention on 6 March 2025.",
        [("withdrew", "ccm", "LTU", "2025-03-06")],
    ),
    (
        "an-anti-compound-describes-by-its-subject",  # 'anti-torture': torture
        "2025-03-07",
        "Burundi left the anti-torture convention on 6 March 2025.",
        [("withdrew", "cat", "BDI", "2025-03-06")],
    ),
    (
        "a-description-no-name-holds-is-no-treaty",
        "2025-03-07",
        "Lithuania left the controversial gender convention on 6 March 2025.",
        [],
    ),
    (
        "a-description-many-treaties-fit-is-no-treaty",  # human rights: the ECHR, the ACHR, the ICCPR, ...
        "2025-03-07",
        "Lithuania left the human rights convention on 6 March 2025.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), DESCRIBED,
                         ids=[c[0] for c in DESCRIBED])  # fmt: skip
def test_construction(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    got = read(finder, text, published)
    assert got == expected, name
