"""An exit begun is the notice given: 'Trump triggered the US withdrawal from the WHO in July 2020', 'initiated the
US withdrawal' (after MENAFN, 25 January 2026: 'He initially triggered U.S. withdrawal in 2020'): the notice of 6 July
2020, not an exit in 2020 (the US never left then)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump triggered the US withdrawal from the WHO in July 2020.", [("notification_date", "USA", "2020-07")]),
        ("Trump initiated the US withdrawal from the WHO in July 2020.", [("notification_date", "USA", "2020-07")]),
        ("Trump launched the US withdrawal from the WHO in July 2020.", [("notification_date", "USA", "2020-07")]),
        # look-alike: the exit itself, dated, as the subject of another verb
        ("The US withdrawal from the WHO in January 2026 began a new era.", [("effective_date", "USA", "2026-01")]),
    ],
)
def test_an_exit_begun_is_the_notice(finder: ClaimFinder, text: str, expected: list[tuple[str, str, str]]) -> None:
    found = finder.find(text, dt.date(2026, 1, 25))
    assert [(f.claim.kind, f.claim.state, f.claim.value) for f in found] == expected
