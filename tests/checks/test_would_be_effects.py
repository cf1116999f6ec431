"""An effect that HAD BEEN DUE on a day is a claim about the would-be day (tests/data/articles/README.md, 'An effect
that had been due'; issue 14): the DPRK's NPT notice of 12 March 1993 would have taken effect on 12 June 1993 under
Art. X(1) (three months), and was suspended on 11 June; South Africa's Rome Statute notice of 19 October 2016 would
have taken effect on 19 October 2017 under Art. 127(1) (one year), and was revoked on 7 March 2017. Told as still to
come ('will take effect today') after the revocation, the same day is wrong: a revoked notice takes effect on no day.
"""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def effects(client: TestClient, published: str, text: str) -> list[tuple[str | None, str, str]]:
    response = client.post("/v1/checks/text", json={"published": published, "text": text})
    assert response.status_code == 200, response.text
    claims: list[dict[str, Any]] = response.json()["claims"]
    return [
        (c["claim"]["state"], c["claim"]["value"], c["result"]["verdict"])
        for c in claims
        if c["claim"]["kind"] == "effective_date"
    ]


NPT = "North Korea suspended its withdrawal from the Nuclear Non-Proliferation Treaty on Friday. "
ICC = "South Africa revoked its withdrawal from the Rome Statute in March. "


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        (  # latimes-1993-06-12
            "1993-06-12",
            NPT + "Official withdrawal from the 153-nation treaty had been due to take effect today.",
            ("PRK", "1993-06-12", "consistent"),
        ),
        (
            "1993-06-12",
            NPT + "The withdrawal was scheduled to take effect on June 12.",
            ("PRK", "1993-06-12", "consistent"),
        ),
        ("2017-10-19", ICC + "The withdrawal had been due to take effect today.", ("ZAF", "2017-10-19", "consistent")),
        (  # the would-be day missed
            "1993-06-12",
            NPT + "The withdrawal had been due to take effect on 10 June 1993.",
            ("PRK", "1993-06-10", "inconsistent"),
        ),
        (  # still to come after the suspension: wrong
            "1993-06-12",
            NPT + "The withdrawal will take effect today.",
            ("PRK", "1993-06-12", "inconsistent"),
        ),
        ("2017-10-19", ICC + "The withdrawal will take effect today.", ("ZAF", "2017-10-19", "inconsistent")),
    ],
)
def test_an_effect_that_had_been_due_is_the_would_be_day(
    client: TestClient, published: str, text: str, expected: tuple[str, str, str]
) -> None:
    assert effects(client, published, text) == [expected]


def test_the_judge_reads_a_past_effect_of_a_revoked_notice_as_the_would_be_day(client: TestClient) -> None:
    claim = {"kind": "effective_date", "treaty": "npt", "state": "PRK", "value": "1993-06-12"}
    response = client.post("/v1/checks", json={"as_of": "1993-06-12", "claims": [{**claim, "tense": "past"}]})
    result = response.json()["results"][0]
    assert result["verdict"] == "consistent"
    assert "what would have been" in result["explanation"]
    response = client.post("/v1/checks", json={"as_of": "1993-06-12", "claims": [{**claim, "tense": "future"}]})
    assert response.json()["results"][0]["verdict"] == "inconsistent"
