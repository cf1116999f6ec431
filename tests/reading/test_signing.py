"""Signing told with a gerund after 'join' (app/reading/signing.py), in sentences of our own."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read


def test_joining_others_in_signing_is_a_signature(finder: ClaimFinder) -> None:
    text = "In 2016 Norway joined dozens of other nations in signing the Paris Agreement."
    assert read(finder, text, "2024-05-02") == [("signed", "paris-agreement", "NOR", "2016")]


def test_a_date_in_a_relative_clause_is_not_the_signing_s(finder: ClaimFinder) -> None:
    text = "Norway joined other nations in signing the Paris Agreement, which entered into force in November 2016."
    assert ("signed", "paris-agreement", "NOR", "true") in read(finder, text, "2024-05-02")


def test_joining_by_signing_says_both(finder: ClaimFinder) -> None:
    """Two claims, each judged on its own: signing does not make a member (VCLT Arts. 11-16)."""
    text = "Brazil says it joined the WHO by signing its Constitution in 1946."
    assert set(read(finder, text, "2024-05-02")) == {
        ("joined", "who-constitution", "BRA", "1946"),
        ("signed", "who-constitution", "BRA", "1946"),
    }


def test_a_plain_joining_stays_one(finder: ClaimFinder) -> None:
    assert read(finder, "Brazil joined the WHO in 1948.", "2024-05-02") == [
        ("joined", "who-constitution", "BRA", "1948")
    ]
