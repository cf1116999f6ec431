"""A rule denied: 'there is no time limit' in a passage about a withdrawal says the exit needs no notice period (a
claim the judge weighs against the clause); the same words about something else claim nothing. Our own words."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "no-time-limit-after-a-withdrawal",
        "2025-02-01",
        "Brazil could withdraw from the Paris Agreement by a simple letter. There is no set time limit either.",
        [("rule", "paris-agreement", None, "no notice period")],
    ),
    (
        "no-notice-is-required",
        "2025-02-01",
        "Brazil could withdraw from the Paris Agreement by a simple letter, and no notice period is required.",
        [("rule", "paris-agreement", None, "no notice period")],
    ),
    (
        "no-time-limit-for-something-else",
        "2025-02-01",
        "Diplomats discussed the Paris Agreement in Bonn. There is no time limit for comments on the draft text.",
        [],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_no_period(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
