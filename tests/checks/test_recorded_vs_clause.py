"""One rule for 'effective_date' and 'withdrew' claims where the record's effective date (with its source) differs
from the withdrawal clause's count: the recorded date is right, the clause's date partly right, both are said
(Venezuela, OAS Charter Art. 143: 27 April 2019 recorded, 28 April by the clause; North Korea's NPT exit, whose
effect is disputed rather than recorded, is in test_disputed_exit.py). And a time of day is checked for 'withdrew' as for
'effective_date' (TEU: 23:00 London time on 31 January 2020)."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


CASES = [
    ("oas-charter", "VEN", "2019-05-10", "2019-04-27", "2019-04-28", "2019-05-02"),
]


@pytest.mark.parametrize("kind", ["effective_date", "withdrew"])
@pytest.mark.parametrize(("treaty", "state", "as_of", "recorded", "clause", "other"), CASES)
def test_both_kinds_agree_and_say_both_dates(
    client: TestClient, kind: str, treaty: str, state: str, as_of: str, recorded: str, clause: str, other: str
) -> None:
    right = judge(client, as_of, kind=kind, treaty=treaty, state=state, value=recorded)
    assert right["verdict"] == "consistent" and right["correct_value"] == recorded, right
    assert "disagree" in right["explanation"]
    partly = judge(client, as_of, kind=kind, treaty=treaty, state=state, value=clause)
    assert partly["verdict"] == "partly_consistent" and partly["correct_value"] == recorded, partly
    assert "the withdrawal clause alone gives" in partly["explanation"]
    wrong = judge(client, as_of, kind=kind, treaty=treaty, state=state, value=other)
    assert wrong["verdict"] == "inconsistent", wrong


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("2020-01-31T22:00", "partly_consistent"),
        ("2020-01-31T23:00", "consistent"),
        ("2020-02-01T00:00+01:00", "consistent"),
    ],
)
def test_withdrew_checks_the_time_of_day(client: TestClient, value: str, verdict: str) -> None:
    """EU (Withdrawal) Act 2018, s. 20(1): exit day 11.00 p.m. UK time, 31 January 2020."""
    result = judge(client, "2020-02-11", kind="withdrew", treaty="teu", state="GBR", value=value)
    assert result["verdict"] == verdict, result["explanation"]
