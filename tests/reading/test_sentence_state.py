"""The state of a clause with none of its own is the one its sentence names ('although the government in Lima
announced ..., this decision will not take effect until ...'), not the state the article named most elsewhere.
Our own words."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

OTHER_STATE_FIRST = "Chile's president is expected in Geneva. Chile's envoy will also attend. "

CASES: list[tuple[str, str, str, Read]] = [
    (
        "the-government-in-a-capital-acts",
        "2025-10-17",
        OTHER_STATE_FIRST + "A diplomat noted that although the government in Lima has announced its withdrawal "
        "from the ICC, the step will not take effect until May next year.",
        [("effective_date", "rome-statute", "PER", "2026-05")],
    ),
    (
        "the-state-of-the-first-clause",
        "2025-10-17",
        OTHER_STATE_FIRST + "Although Peru has announced its withdrawal from the ICC, the step will not take effect "
        "until May next year.",
        [("effective_date", "rome-statute", "PER", "2026-05")],
    ),
    (
        "as-a-member-state-is-a-role-not-any-state",
        "2025-10-20",
        "Peru has confirmed its withdrawal from the ICC as a member state, effective March 3 next year.",
        [("effective_date", "rome-statute", "PER", "2026-03-03")],
    ),
    (
        "a-place-is-still-no-actor",
        "2025-10-17",
        "Peru's envoy spoke in Santiago on Monday, and Peru's withdrawal from the ICC takes effect in May next year.",
        [("effective_date", "rome-statute", "PER", "2026-05")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_sentence_state(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
