"""An undated past joining ('Burundi joined the Rome Statute': joined ``true``, tense ``past``) is judged as a joining
done by the date, whether or not the state has left since (VCLT Art. 70(1)); the perfect's membership ('has joined':
tense ``present``) as membership on the date (tests/data/articles/README.md 'Label decisions (h-left, session 13)')."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


@pytest.mark.parametrize(
    ("treaty", "state", "as_of", "tense", "verdict"),
    [
        ("rome-statute", "BDI", "2020-06-01", "past", "consistent"),  # joined in 2004, left in 2017
        ("rome-statute", "BDI", "2020-06-01", "present", "inconsistent"),  # 'has joined': not a party in 2020
        ("rome-statute", "ARM", "2024-02-01", "past", "consistent"),  # deposit 14 Nov 2023, a party 1 Feb 2024
        ("rome-statute", "ARM", "2023-06-01", "past", "inconsistent"),  # before its deposit
        ("apmbc", "RUS", "2024-02-01", "past", "inconsistent"),  # never a party
    ],
)
def test_undated_past_joining(
    client: TestClient, treaty: str, state: str, as_of: str, tense: str, verdict: str
) -> None:
    result = judge(client, as_of, kind="joined", treaty=treaty, state=state, value="true", tense=tense)
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize(
    ("state", "value", "as_of", "verdict"),
    [
        ("FIN", "0001-01-01/2023-04-05", "2023-04-05", "consistent"),  # 'Finland becomes NATO's 31st member'
        ("FIN", "2023-04-04", "2023-04-05", "consistent"),  # Art. 10: a party on the deposit of its accession
        ("SWE", "2024-03-07", "2024-03-08", "consistent"),
        ("SWE", "2023", "2024-03-08", "inconsistent"),
    ],
)
def test_nato_accessions(client: TestClient, state: str, value: str, as_of: str, verdict: str) -> None:
    claim = {"kind": "joined", "treaty": "north-atlantic-treaty", "state": state, "value": value}
    result = judge(client, as_of, **claim, tense="present" if value.startswith("0001") else "past")
    assert result["verdict"] == verdict, result
