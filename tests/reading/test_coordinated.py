"""Two treaties left together (app/reading/coordinated.py), in sentences of our own."""

from __future__ import annotations

from app.reading import ClaimFinder
from tests.reading.conftest import read


def test_an_exit_from_two_treaties_is_claimed_for_both(finder: ClaimFinder) -> None:
    text = "Canada withdrew from the Ottawa Convention and the Convention on Cluster Munitions on 1 May 2025."
    assert set(read(finder, text, "2026-01-08")) == {
        ("withdrew", "apmbc", "CAN", "2025-05-01"),
        ("withdrew", "ccm", "CAN", "2025-05-01"),
    }


def test_two_treaties_named_otherwise_are_not_paired(finder: ClaimFinder) -> None:
    text = "Canada, a party to the Ottawa Convention and the Convention on Cluster Munitions, stays in both."
    assert not [c for c in read(finder, text, "2026-01-08") if c[0] == "withdrew"]
