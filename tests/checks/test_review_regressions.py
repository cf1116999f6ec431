"""Regressions from the code review: checks and claim extraction."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def one(client: TestClient, claim: dict[str, Any], as_of: str = "2025-07-01") -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    return dict(response.json()["results"][0])


@pytest.mark.parametrize("value", ["2025-13", "2025-02-30", "2025-00", "0000"])
def test_impossible_dates_are_unverifiable_not_500(client: TestClient, value: str) -> None:
    result = one(client, {"kind": "effective_date", "treaty": "ccm", "state": "LTU", "value": value})
    assert result["verdict"] == "unverifiable"
    text = client.post(
        "/v1/checks/text",
        json={
            "published": "2025-01-14",
            "text": f"Lithuania's withdrawal from the Oslo Convention takes effect on {value}.",
        },
    )
    assert text.status_code == 200


def test_brexit_and_named_dates(client: TestClient) -> None:
    teu = one(client, {"kind": "effective_date", "treaty": "teu", "state": "GBR", "value": "2020-02-01"}, "2021-01-01")
    assert teu["verdict"] == "consistent"
    bound = one(client, {"kind": "bound_on", "treaty": "teu", "state": "GBR", "value": "true", "on": "2019-06-01"})
    assert bound["verdict"] == "consistent"
    cfe = one(client, {"kind": "bound_on", "treaty": "cfe-treaty", "state": "RUS", "value": "true", "on": "2023-11-06"})
    assert cfe["verdict"] == "consistent"


def test_no_right_means_no_notice_period_and_counts_read_thousands(client: TestClient) -> None:
    iccpr = one(client, {"kind": "notice_period", "treaty": "iccpr", "value": "twelve months"})
    assert iccpr["verdict"] == "unverifiable" and "no right" in iccpr["explanation"]
    count = one(client, {"kind": "parties_count", "treaty": "apmbc", "value": "1,000", "comparator": "more_than"})
    assert count["verdict"] == "inconsistent"


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        ("2025-07-01", "Lithuania's withdrawal from the Convention on Cluster Munitions took effect in March 2025.",
         [("effective_date", "consistent")]),
        ("2025-07-01", "Lithuania's withdrawal from the Ottawa Convention, which was announced in March, takes effect in December.",
         [("effective_date", "consistent")]),
        ("2026-01-10", "Lithuania's withdrawal from the Ottawa Convention took effect in December, the ministry said, and it will no longer be bound.",
         [("effective_date", "consistent"), ("bound_on", "consistent")]),
        ("2025-12-27", "Lithuania's withdrawal from the Ottawa Convention will take effect on 27 December.",
         [("effective_date", "consistent")]),
        ("2025-01-14", "Lithuania's withdrawal from the Convention on Cluster Munitions will take effect six months after it notified the UN on 6 September 2024.",
         [("notification_date", "consistent"), ("rule", "consistent")]),
        ("2025-01-14", "The Ottawa Convention entered into force for Lithuania on 1 November 2003.",
         [("entry_into_force", "consistent")]),
        ("2025-07-01", "The U.S. withdrawal from the Paris Agreement took effect on 4 November 2020.",
         [("effective_date", "consistent")]),
        ("2025-07-01", "Lithuania's withdrawal from the Ottawa Convention takes effect on Dec. 27.",
         [("effective_date", "consistent")]),
    ],
)  # fmt: skip
def test_claims_found_in_text(client: TestClient, published: str, text: str, expected: list[tuple[str, str]]) -> None:
    claims = client.post("/v1/checks/text", json={"published": published, "text": text}).json()["claims"]
    assert [(c["claim"]["kind"], c["result"]["verdict"]) for c in claims] == expected
