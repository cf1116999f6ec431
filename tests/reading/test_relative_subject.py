"""The states a relative 'who' stands for act (app/reading/relative.py), not the main clause's subject; our words."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "a-list-before-who-notified",
        "2016-11-20",
        "Chile's exit from the ICC follows the same step by Peru and Bolivia who both notified the United Nations "
        "in October of their withdrawal from the court.",
        [
            ("notification_date", "rome-statute", "PER", "2016-10"),
            ("notification_date", "rome-statute", "BOL", "2016-10"),
        ],
    ),
    (
        "one-state-comma-who-had-notified",
        "2016-11-20",
        "The Rome Statute. Chile followed Peru, who had notified the United Nations of its withdrawal in October.",
        [("notification_date", "rome-statute", "PER", "2016-10")],
    ),
    (
        "without-who-the-subject-acts",
        "2016-11-20",
        "The Rome Statute. Chile notified the United Nations of its withdrawal in October, following Peru.",
        [("notification_date", "rome-statute", "CHL", "2016-10")],
    ),
]


@pytest.mark.parametrize(("name", "published", "text", "expected"), CASES, ids=[c[0] for c in CASES])
def test_relative_subject(finder: ClaimFinder, name: str, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected


def test_the_state_after_by_in_a_withdrawal_phrase_is_the_one_leaving(finder: ClaimFinder) -> None:
    """'The denunciation of the Rome Statute by Burundi and the Philippines': 'by' names who denounced; after another
    noun ('received by the United Nations') it names no state leaving."""
    text = (
        "The denunciation of the Rome Statute by Burundi and the Philippines took effect in 2017 and 2019 respectively."
    )
    assert read(finder, text, "2020-01-10") == [
        ("effective_date", "rome-statute", "BDI", "2017"),
        ("effective_date", "rome-statute", "PHL", "2019"),
    ]
