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


def test_an_effect_of_a_withdrawal_the_treaty_does_not_allow_is_wrong(client: TestClient) -> None:
    """IPS, 1998: 'Jamaica's announced withdrawal from the International Covenant on Civil and Political Rights,
    planned for Jan. 22': the Covenant gives no right of withdrawal (General Comment No. 26), and none is recorded
    (Jamaica denounced the First Optional Protocol, which Art. 12 allows)."""
    result = judge(client, "1998-01-06", kind="effective_date", treaty="iccpr", state="JAM", value="1998-01-22")
    assert result["verdict"] == "inconsistent", result["explanation"]
    assert "no right of withdrawal" in result["explanation"]
