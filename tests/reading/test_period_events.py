"""Periods whose start or end news names in passing (app/reading/periods.py), in sentences of our own: a period that
runs 'once' an event happens is a rule claim about that event; 'obligations ... end in six months' is the time to
the exit."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read


def test_a_period_once_the_notice_is_filed_is_a_rule(finder: ClaimFinder) -> None:
    text = "Leaving the UNFCCC takes a year to become effective once Washington submits its notice to the UN."
    assert read(finder, text, "2026-01-09") == [
        ("rule", "unfccc", None, "P1Y after washington submits its notice to the un")
    ]


def test_a_period_once_a_non_event_is_no_rule(finder: ClaimFinder) -> None:
    text = "Leaving the UNFCCC takes a year to become effective once the talks are over."
    assert not [c for c in read(finder, text, "2026-01-09") if c[0] == "rule"]


def test_obligations_that_end_in_six_months(finder: ClaimFinder) -> None:
    text = "The United States left the Open Skies Treaty process today; its obligations under the treaty end in six months."
    assert ("notice_period", "open-skies", None, "P6M") in read(finder, text, "2020-05-22")
