"""Judgements the fifty-third held-out batch asked for (session 20, h-b53), in our own words:

- a rank to come ('Ukraine will thus become the 125th state party', Polish News, 21 August 2024, the day the Rada
  voted) is judged on the day the State's membership begins (1 January 2025: 125), not on the report's (124);
  the same rank told as of the report's day ('is the 125th') stays wrong that day;
- a notification of succession recorded in world/parties is held as the reader gives it, an accession (South Sudan
  and the Ottawa Convention, 11 November 2011); told as a ratification it stays partly right;
- a deposit recorded with its day (Albania's and Portugal's ratifications of the Istanbul Convention, 4 and 5
  February 2013, PACE) and a signatory that never ratified (Belarus and the Energy Charter Treaty).
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_held_out_nineteen import judge


@pytest.mark.parametrize(
    ("tense", "value", "verdict"),
    [("future", "125", "consistent"), ("future", "126", "inconsistent"), (None, "125", "inconsistent")],
)
def test_a_rank_to_come_is_judged_on_the_day_membership_begins(
    client: TestClient, tense: str | None, value: str, verdict: str
) -> None:
    claim = {"kind": "parties_count", "treaty": "rome-statute", "state": "UKR", "value": value, "tense": tense}
    result = judge(client, "2024-08-21", **claim)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(("kind", "verdict"), [("acceded", "consistent"), ("ratified", "partly_consistent")])
def test_a_notification_of_succession_is_held_as_an_accession(client: TestClient, kind: str, verdict: str) -> None:
    result = judge(client, "2011-11-14", kind=kind, treaty="apmbc", state="SSD", value="2011-11-11")
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("state", "value", "verdict"),
    [("ALB", "2013-02-04", "consistent"), ("PRT", "2013-02-05", "consistent"), ("ALB", "2013-03", "inconsistent")],
)
def test_a_deposit_recorded_with_its_day(client: TestClient, state: str, value: str, verdict: str) -> None:
    result = judge(client, "2013-06-01", kind="ratified", treaty="istanbul-convention", state=state, value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(("value", "verdict"), [("false", "consistent"), ("true", "inconsistent")])
def test_a_signatory_that_never_ratified(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "2024-04-24", kind="ratified", treaty="ect", state="BLR", value=value)
    assert result["verdict"] == verdict, result["explanation"]
