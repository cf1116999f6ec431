"""A group of states as the subject ('countries that have not joined'): the states it gives as examples ('include',
'like') and those it stands in apposition to are the ones the verb is said of. Our own words."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

OTTAWA = "The Ottawa Convention bans anti-personnel mines. "

CASES: list[tuple[str, str, str, Read]] = [
    (
        "examples-after-include",
        "2025-06-28",
        OTTAWA + "Nations that have not joined it include Egypt, Israel and Iran.",
        [("joined", "apmbc", c, "false") for c in ("EGY", "ISR", "IRN")],
    ),
    (
        "an-apposition-and-an-example-after-like",
        "2025-06-28",
        OTTAWA + "Most mines are made in Egypt and Israel, states that, like Iran, have not joined the treaty.",
        [("joined", "apmbc", c, "false") for c in ("EGY", "ISR", "IRN")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_group_members(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
