"""Exits told as the end of a membership: a period placed before its event at the head of the sentence ('Two years
after the denunciation of the charter, X withdrew ...'), 'withdrew from its membership', and 'excluded from
membership at its own request' (an exit the state asked for; an expulsion is none); 'remains obligated to comply
with the Statute until D' (the day the exit takes effect). Our own words."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

OAS = "Diplomats met at the Organization of American States.\n"

CASES: list[tuple[str, str, str, Read]] = [
    (
        "a-period-before-its-event-then-the-exit",
        "2023-05-10",
        OAS + "Two years after the denunciation of the charter, Peru formally withdrew from its membership on 4 May.",
        [
            ("withdrew", "oas-charter", "PER", "2023-05-04"),
            ("rule", "oas-charter", None, "P2Y after the denunciation of the charter"),
        ],
    ),
    (
        "removed-from-membership-at-its-own-request",
        "2023-05-10",
        OAS + "Besides Peru, Chile, which was removed from membership at its own request in 2017, stays away.",
        [("withdrew", "oas-charter", "CHL", "2017")],
    ),
    (
        "obligated-to-comply-with-the-treaty-until-a-day",  # the day the exit takes effect
        "2025-10-20",
        "Despite its notice, Peru remains legally obligated to comply with the Rome Statute until 3 March 2026.",
        [("effective_date", "rome-statute", "PER", "2026-03-03")],
    ),
    (
        "obliged-to-abide-by-something-else",
        "2025-10-20",
        "Peru left the Rome Statute in 2024. It is still obliged to abide by them, the court's lawyers said.",
        [("withdrew", "rome-statute", "PER", "2024")],
    ),
    (
        "an-expulsion-is-no-withdrawal",
        "2023-05-10",
        OAS + "Cuba was excluded from the organization in 1962.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_membership_exits(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
