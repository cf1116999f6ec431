"""Exits told as the end of a membership: a period placed before its event at the head of the sentence ('Two years
after the denunciation of the charter, X withdrew ...'), 'withdrew from its membership', and 'excluded from
membership at its own request' (an exit the state asked for; an expulsion is none). Our own words."""

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
        "an-expulsion-is-no-withdrawal",
        "2023-05-10",
        OAS + "Cuba was excluded from the organization in 1962.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_membership_exits(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
