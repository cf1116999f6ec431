"""'X joined Y in <year>' from a party list row (world/parties) when the rule file has none: the UK's membership of
the Communities the Union succeeded (Treaty of Accession deposited 18 October 1972, in force 1 January 1973). A
period holding the entry into force holds the day membership began; one holding only the deposit is partly right."""

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
    ("value", "verdict"),
    [("1973", "consistent"), ("1 January 1973", "consistent"), ("1972", "partly_consistent"), ("1975", "inconsistent")],
)
def test_uk_joined_the_union_s_predecessor(client: TestClient, value: str, verdict: str) -> None:
    result = judge(client, "2020-02-11", kind="joined", treaty="teu", state="GBR", value=value)
    assert result["verdict"] == verdict, result
    assert result["correct_value"] == "1973-01-01"
