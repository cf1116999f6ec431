"""Judgements the twenty-first held-out batch asked for, in our own words: a tally said of a named chamber ('The
Federation Council approved the move by 156 votes to zero') is judged against that chamber's recorded vote, not the
other chamber's ('the State Duma voted 415-0'); a chamber with no recorded vote by the day leaves it unverifiable; a
word that names no chamber ('lawmakers') is judged against the state's votes as before."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_held_out_nineteen import judge


@pytest.mark.parametrize(
    ("as_of", "body", "value", "verdict"),
    [
        ("2023-10-25", "Federation Council", "156-0", "consistent"),  # TASS: all 156 senators, none against
        ("2023-10-25", "the Federation Council", "415-0", "inconsistent"),  # the Duma's figures, not the senators'
        ("2023-10-17", "State Duma", "412-0-0", "consistent"),  # the first reading, 17 October 2023
        ("2023-10-18", "Duma", "415-0", "consistent"),  # the second and third readings
        ("2023-10-20", "Federation Council", "156-0", "unverifiable"),  # no vote of the senators by that day
        ("2023-10-25", "lawmakers", "415-0", "consistent"),  # no chamber named: the state's votes
        ("2023-10-25", None, "156-0", "consistent"),  # none named: the closest recorded tally
    ],
)
def test_a_tally_of_a_named_chamber(client: TestClient, as_of: str, body: str | None, value: str, verdict: str) -> None:
    claim = {"kind": "vote_tally", "treaty": "ctbt", "state": "RUS", "value": value}
    result = judge(client, as_of, **(claim | ({"body": body} if body else {})))
    assert result["verdict"] == verdict, result["explanation"]
    if body and "Federation" in body and verdict == "inconsistent":
        assert "Federation Council voted 156-0" in result["explanation"], result["explanation"]
