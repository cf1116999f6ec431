"""A measure's effect is no exit (app/reading/other_effects.py): 'the ban went into effect', 'the sanctions took
effect', in articles about a state's withdrawal; a withdrawal's effect still is. Our own words."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "a-ban-that-went-into-effect",
        "2019-07-01",
        "Norway left the International Whaling Commission in 1995. The commission banned commercial whaling in "
        "1982, and the ban went into effect in 1986.",
        [("withdrew", "icrw", "NOR", "1995")],
    ),
    (
        "sanctions-that-took-effect",
        "2025-02-01",
        "Mali left ECOWAS on 29 January 2025. The sanctions took effect on 1 February 2024.",
        [("withdrew", "ecowas-treaty", "MLI", "2025-01-29")],
    ),
    (
        "a-withdrawal-beside-a-ban-still-takes-effect",
        "2019-07-01",
        "The Whaling Convention. Norway's withdrawal, and the end of the ban, took effect on 30 June 1992.",
        [("effective_date", "icrw", "NOR", "1992-06-30")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_other_effect(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
