"""Claims about a fixed-day withdrawal rule (ICRW Art. XI: notice given on or before 1 January to the depositary
Government takes effect on 30 June of the same year): the days, and to whom the notice goes."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def judge(client: TestClient, value: str) -> dict[str, Any]:
    response = client.post(
        "/v1/checks", json={"as_of": "2018-12-26", "claims": [{"kind": "rule", "treaty": "icrw", "value": value}]}
    )
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("notice by 1 January, effect 30 June", "consistent"),
        ("notice by January 1st, effective June 30", "consistent"),
        ("notice to the depositary Government by 1 January, effect 30 June", "consistent"),
        ("notice to the Commission by 1 January, effect 30 June", "partly_consistent"),
        ("notice by 1 July, effect 30 June", "inconsistent"),
        ("notice by 1 January, effect 31 December", "inconsistent"),
    ],
)
def test_the_whaling_convention_s_days(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, value)
    assert result["verdict"] == verdict, result
    assert "Art. XI" in result["explanation"]


def test_a_rule_claim_without_a_day_is_not_judged(client: TestClient) -> None:
    assert judge(client, "a lengthy procedure")["verdict"] == "unverifiable"
