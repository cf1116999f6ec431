"""Judgements the twentieth held-out batch asked for, in our own words: a tally told in words ('voted
unanimously') is judged against the last recorded vote of the state's body on the treaty."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_held_out_nineteen import judge


@pytest.mark.parametrize(
    ("as_of", "treaty", "state", "verdict"),
    [
        ("2023-10-18", "ctbt", "RUS", "consistent"),  # the State Duma, 415-0 on 18 October 2023
        ("2025-10-31", "istanbul-convention", "LVA", "inconsistent"),  # the Saeima, 56-32-2 on 30 October 2025
        ("2023-10-01", "ctbt", "RUS", "unverifiable"),  # before any recorded vote
    ],
)
def test_a_unanimous_vote_against_the_recorded_tally(
    client: TestClient, as_of: str, treaty: str, state: str, verdict: str
) -> None:
    for value in ("unanimous", "Unanimously"):
        result = judge(client, as_of, kind="vote_tally", treaty=treaty, state=state, value=value)
        assert result["verdict"] == verdict, result["explanation"]
