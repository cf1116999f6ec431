"""A withdrawal whose effect is disputed: the DPRK said its NPT withdrawal took effect on 11 January 2003, the day
after its statement; most counted three months from that notice (Art. X(1): 10 or 11 April 2003); Japan held it
still bound. The record names each position (world/records/npt.yaml ``disputed``) and the check takes none of them
as the fact: a date only one side gives cannot be confirmed, a date every dated position holds is right with the
dispute named, a date none holds is wrong."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("kind", "value", "verdict"),
    [
        ("effective_date", "2003-04-10", "unverifiable"),
        ("effective_date", "2003-01-11", "unverifiable"),
        ("effective_date", "2003", "consistent"),
        ("effective_date", "2004-06", "inconsistent"),
        ("withdrew", "true", "consistent"),
    ],
)
def test_every_position_is_named_and_none_is_taken(client: TestClient, kind: str, value: str, verdict: str) -> None:
    result = judge(client, "2003-04-11", kind=kind, treaty="npt", state="PRK", value=value)
    assert result["verdict"] == verdict, result
    assert result["correct_value"] == "disputed: 2003-01-11 / 2003-04-10 / 2003-04-11 / not in effect"
    assert "not in effect according to Japan" in result["explanation"]
    assert len(result["evidence"]) == 4


def test_before_the_three_months_ran_an_exit_is_one_side_s_claim(client: TestClient) -> None:
    result = judge(client, "2003-02-01", kind="withdrew", treaty="npt", state="PRK", value="true")
    assert result["verdict"] == "unverifiable", result


@pytest.mark.parametrize("value", ["true", "2003-01-10"])
def test_on_the_day_of_the_notice_an_exit_is_the_notice_called_an_exit(client: TestClient, value: str) -> None:
    """mg-2003-01-10: 'North Korea walks out of nuclear treaty', 'North Korea today withdrew': the statement of 10
    January 2003 was the notice; no position had it in effect that day (the DPRK's own: 11 January)."""
    result = judge(client, "2003-01-10", kind="withdrew", treaty="npt", state="PRK", value=value)
    assert result["verdict"] == "partly_consistent", result
    assert "notice of withdrawal was given on 10 January 2003" in result["explanation"]


def test_an_effect_dated_on_the_notice_s_day_stays_wrong(client: TestClient) -> None:
    result = judge(client, "2003-01-10", kind="effective_date", treaty="npt", state="PRK", value="2003-01-10")
    assert result["verdict"] == "inconsistent", result
