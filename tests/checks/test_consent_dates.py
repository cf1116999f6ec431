"""Consent claims read against what the records hold (issue 14): a ratification said to be made 'in the
parliament' is the parliament's approval (world/parties ``approved``), not the deposit of the instrument."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def read(client: TestClient, text: str, published: str) -> list[dict[str, Any]]:
    response = client.post("/v1/checks/text", json={"text": text, "published": published})
    assert response.status_code == 200, response.text
    claims: list[dict[str, Any]] = response.json()["claims"]
    return claims


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        ("The Istanbul Convention was ratified in the Turkish Parliament in 2012.", "partly_consistent"),
        ("The Istanbul Convention was ratified in the Turkish Parliament in 2011.", "consistent"),
        ("The Istanbul Convention was ratified in the Turkish Parliament in 2013.", "inconsistent"),
        ("Turkey ratified the Istanbul Convention in 2012.", "consistent"),  # the deposit, 14 March 2012
    ],
)
def test_a_ratification_in_parliament_is_the_parliament_s_approval(
    client: TestClient, sentence: str, verdict: str
) -> None:
    claims = [c for c in read(client, sentence, "2021-04-30") if c["claim"]["kind"] == "ratified"]
    assert [c["result"]["verdict"] for c in claims] == [verdict], claims


@pytest.mark.parametrize(
    ("sentence", "verdict"),
    [
        # Estonia acceded on 12 May 2004: the time is right, the mode is accession
        ("Estonia ratified the Ottawa Convention more than 20 years ago.", "partly_consistent"),
        # Lithuania became a party in 2003; its withdrawal of 2025 says nothing of an earlier membership
        ("Lithuania joined the Ottawa Convention more than 30 years ago.", "inconsistent"),
    ],
)
def test_more_than_n_years_ago_is_on_or_before_that_day(client: TestClient, sentence: str, verdict: str) -> None:
    claims = [c for c in read(client, sentence, "2025-06-04") if c["claim"]["kind"] in ("ratified", "joined")]
    assert [c["result"]["verdict"] for c in claims] == [verdict], claims
