"""A present verb of effect in a time clause after the main one, with no day, tells when something else happens:
'The US must settle its arrears before its exit from the WHO takes effect' is no effect on the report's day (it was
read as the exit taking effect on 21 January 2025 and flagged wrong). With its day ('before the withdrawal ... takes
effect on 22 January 2026') the day is still read; so is a main clause's effect."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

_DAY = dt.date(2025, 1, 21)

NOTHING = [
    "The US must settle its arrears before its exit from the WHO takes effect.",
    "The US must give a year's notice and settle its arrears before its WHO exit takes effect.",
    "Washington has to pay its dues before the withdrawal from the WHO becomes effective.",
]

READ = [
    ("The US must pay its dues before the withdrawal from the WHO takes effect on 22 January 2026.", "2026-01-22"),
    ("The US exit from the WHO takes effect on 22 January 2026, when the notice period ends.", "2026-01-22"),
]


@pytest.mark.parametrize("sentence", NOTHING)
def test_an_undated_time_clause_is_no_effect(finder: ClaimFinder, sentence: str) -> None:
    assert not [f for f in finder.find(sentence, _DAY) if f.claim.kind == "effective_date"]


@pytest.mark.parametrize(("sentence", "value"), READ)
def test_a_dated_effect_is_read(finder: ClaimFinder, sentence: str, value: str) -> None:
    found = [f.claim for f in finder.find(sentence, _DAY) if f.claim.kind == "effective_date"]
    assert [(c.treaty, c.state, c.value) for c in found] == [("who-constitution", "USA", value)]
