"""An act said to take a state out of a treaty (app/reading/acts.py), in sentences of our own, after a headline."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read


def test_an_order_that_pulls_a_state_out_is_an_exit_claimed(finder: ClaimFinder) -> None:
    text = "Climate diplomacy\n\nThe president signed an order, a step officials said pulls Brazil out of the UNFCCC."
    assert ("withdrew", "unfccc", "BRA", "true") in read(finder, text, "2026-01-08")


def test_a_decision_that_leaves_a_state_in_is_no_exit(finder: ClaimFinder) -> None:
    text = "Climate diplomacy\n\nThe decision leaves Brazil in the UNFCCC."
    assert not [c for c in read(finder, text, "2026-01-08") if c[0] == "withdrew"]
