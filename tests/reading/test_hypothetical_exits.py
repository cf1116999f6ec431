"""An exit told as what would follow it is not an exit done (app/reading/triggers.py, ``_after_leaving_could``).

'After leaving the treaty, X could ...' and 'X will be free to ... after withdrawing' tell the consequence of a
withdrawal still to come; a dated gerund ('eight years after joining it in 2011') or a main clause in the past
('After leaving the treaty, X bought ...') tells a deed, and is read as before.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, Read]] = [
    ("After leaving the Ottawa Convention, Estonia could stockpile anti-personnel mines again.", "2025-05-01", []),
    (
        "Estonia would be able to lay mines on its border after withdrawing from the Ottawa Convention.",
        "2025-05-01",
        [],
    ),
    ("Upon leaving the Ottawa Convention, Latvia will be free to produce mines.", "2025-05-01", []),
    (
        "After leaving the Ottawa Convention, Estonia bought anti-personnel mines.",
        "2026-03-01",
        [("withdrew", "apmbc", "EST", "true")],
    ),
    (
        "Estonia left the Ottawa Convention, 21 years after joining it in 2004.",
        "2026-03-01",
        [("withdrew", "apmbc", "EST", "true"), ("joined", "apmbc", "EST", "2004")],
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), CASES)
def test_an_exit_told_as_what_would_follow_it(finder: ClaimFinder, text: str, published: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
