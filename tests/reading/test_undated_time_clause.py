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


IT_THE_EXIT = [
    # 'it' after a withdrawal told earlier in its sentence is that withdrawal: no entry into force of the treaty
    ("The Istanbul Convention allows a party to denounce it by notifying the Council of Europe's secretary general; it "
     "takes effect three months later.", "2021-03-21", []),
    ("Turkey denounced the Istanbul Convention in March; it takes effect on July 1.", "2021-03-21",
     [("effective_date", "TUR", "2021-07-01")]),
    ("The Istanbul Convention was adopted in 2011; it entered into force in 2014.", "2021-03-21",
     [("entry_into_force", None, "2014")]),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "published", "expected"), IT_THE_EXIT)
def test_it_after_a_withdrawal_is_the_withdrawal(
    finder: ClaimFinder, sentence: str, published: str, expected: list[tuple[str, str | None, str]]
) -> None:
    found = finder.find(sentence, dt.date.fromisoformat(published))
    kinds = ("effective_date", "entry_into_force")
    assert [(f.claim.kind, f.claim.state, f.claim.value) for f in found if f.claim.kind in kinds] == expected
