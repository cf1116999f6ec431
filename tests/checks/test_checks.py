"""Newsroom checks: structured claims and claims found in article text (sample articles written for the tests)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def check(client: TestClient, *claims: dict[str, Any], as_of: str = "2025-01-14") -> list[dict[str, Any]]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": list(claims)})
    assert response.status_code == 200, response.text
    return list(response.json()["results"])


@pytest.mark.parametrize(
    ("value", "verdict"),
    [("March", "consistent"), ("2025-03", "consistent"), ("2025-03-06", "consistent"), ("2025", "consistent"),
     ("April", "inconsistent"), ("2025-03-07", "inconsistent"), ("6 March 2025", "consistent")],
)  # fmt: skip
def test_effective_date_at_the_claim_s_precision(client: TestClient, value: str, verdict: str) -> None:
    (result,) = check(client, {"kind": "effective_date", "treaty": "Oslo Convention", "state": "LTU", "value": value})
    assert result["verdict"] == verdict
    assert result["correct_value"] == "2025-03-06"
    cited = [e["citation"] for e in result["evidence"] if e.get("citation")]
    assert cited and cited[0]["cite"].startswith("Art. 20")


def test_effective_date_without_a_recorded_notification_is_unverifiable(client: TestClient) -> None:
    # a year a notice not yet given could still reach (a date no such notice could reach: test_too_soon.py)
    (result,) = check(client, {"kind": "effective_date", "treaty": "apmbc", "state": "FRA", "value": "2040"})
    assert result["verdict"] == "unverifiable" and "No notification" in result["explanation"]


def test_notice_period_entry_into_force_and_counts(client: TestClient) -> None:
    results = check(
        client,
        {"kind": "notice_period", "treaty": "ccm", "value": "six months"},
        {"kind": "notice_period", "treaty": "rome-statute", "value": "P12M"},
        {"kind": "notice_period", "treaty": "rome-statute", "value": "six months"},
        {"kind": "entry_into_force", "treaty": "apmbc", "value": "1999"},
        {"kind": "entry_into_force", "treaty": "apmbc", "value": "1998"},
    )
    assert [r["verdict"] for r in results] == ["consistent", "consistent", "inconsistent", "consistent", "inconsistent"]
    assert results[4]["correct_value"] == "1999-03-01"


def test_joined_lithuania_ottawa_is_inconsistent(client: TestClient) -> None:
    (result,) = check(client, {"kind": "joined", "treaty": "Ottawa Convention", "state": "LTU", "value": "2004"})
    assert result["verdict"] == "inconsistent"
    assert "12 May 2003" in result["explanation"] and "1 November 2003" in result["explanation"]
    (right,) = check(client, {"kind": "joined", "treaty": "apmbc", "state": "LTU", "value": "2003"})
    assert right["verdict"] == "consistent"


def test_86_of_141_is_not_confirmed_and_says_what_the_rulebook_holds(client: TestClient) -> None:
    (result,) = check(client, {"kind": "required_vote", "state": "LTU", "body": "Seimas", "value": "86/141"})
    assert result["verdict"] in ("unverifiable", "inconsistent")
    assert result["verdict"] != "consistent"
    text = result["explanation"]
    assert "Art. 69(2)" in text and "85" in text and "86" in text
    assert "confidence" in result["evidence"][0]["description"]
    (size,) = check(client, {"kind": "required_vote", "state": "LTU", "body": "Seimas", "value": "86/150"})
    assert size["verdict"] == "inconsistent" and "141" in size["explanation"]


def test_party_count_and_bound_on(client: TestClient) -> None:
    results = check(
        client,
        {"kind": "parties_count", "treaty": "apmbc", "value": "160", "comparator": "more_than"},
        {"kind": "parties_count", "treaty": "apmbc", "value": "200", "comparator": "more_than"},
        {"kind": "bound_on", "treaty": "apmbc", "state": "LTU", "on": "2025-12-01", "value": "true"},
        {"kind": "bound_on", "treaty": "apmbc", "state": "LTU", "on": "2026-01-05", "value": "true"},
    )
    assert results[0]["verdict"] in ("consistent", "partly_consistent")
    assert results[1]["verdict"] == "inconsistent"
    assert results[2]["verdict"] == "consistent"
    assert results[3]["verdict"] == "inconsistent"


def test_unknown_treaty_and_unreadable_values_are_unverifiable(client: TestClient) -> None:
    results = check(
        client,
        {"kind": "effective_date", "treaty": "Atlantis Pact", "state": "LTU", "value": "March"},
        {"kind": "effective_date", "treaty": "ccm", "state": "LTU", "value": "soonish"},
        {"kind": "notice_period", "treaty": "ccm", "value": "a while"},
    )
    assert [r["verdict"] for r in results] == ["unverifiable"] * 3


def test_bad_requests_are_problems(client: TestClient) -> None:
    assert client.post("/v1/checks", json={"claims": []}).status_code == 422
    too_many = [{"kind": "notice_period", "treaty": "ccm", "value": "P6M"}] * 1001
    assert client.post("/v1/checks", json={"claims": too_many}).status_code == 422
    bad_kind = client.post("/v1/checks", json={"claims": [{"kind": "rumour", "value": "x"}]})
    assert bad_kind.status_code == 422 and bad_kind.json()["errors"][0]["pointer"] == "/claims/0/kind"
    huge = client.post("/v1/checks/text", json={"published": "2025-01-14", "text": "x" * 100_001})
    assert huge.status_code == 413 and huge.headers["content-type"] == "application/problem+json"


def test_a_thousand_claims_in_one_request(client: TestClient) -> None:
    claim = {"kind": "effective_date", "treaty": "ccm", "state": "LTU", "value": "March"}
    results = check(client, *([claim] * 1000))
    assert len(results) == 1000 and {r["verdict"] for r in results} == {"consistent"}


def test_article_oslo_in_march(client: TestClient) -> None:
    text = (ARTICLES / "oslo-january-2025.txt").read_text()
    response = client.post("/v1/checks/text", json={"published": "2025-01-14", "text": text})
    assert response.status_code == 200
    claims = response.json()["claims"]
    by_kind = {c["claim"]["kind"]: c for c in claims}
    oslo = by_kind["effective_date"]
    assert oslo["claim"]["treaty"] == "ccm" and oslo["claim"]["state"] == "LTU"
    assert oslo["result"]["verdict"] == "consistent" and oslo["result"]["correct_value"] == "2025-03-06"
    assert "Oslo Convention will take effect in March" in text[oslo["start"] : oslo["end"]]
    assert by_kind["entry_into_force"]["result"]["verdict"] == "consistent"
    assert by_kind["joined"]["result"]["verdict"] == "inconsistent"
    assert by_kind["joined"]["claim"]["treaty"] == "apmbc"  # 'the convention' refers back to the Ottawa Convention
    assert by_kind["required_vote"]["result"]["verdict"] != "consistent"
    assert by_kind["rule"]["result"]["verdict"] == "consistent"  # six months after the notification: right
    for found in claims:
        assert text[found["start"] : found["end"]] == found["quote"]


def test_text_without_claims(client: TestClient) -> None:
    text = (ARTICLES / "no-claims.txt").read_text()
    response = client.post("/v1/checks/text", json={"published": "2025-01-14", "text": text})
    assert response.status_code == 200 and response.json()["claims"] == []


def test_the_paragraph_from_the_newsroom_page(client: TestClient) -> None:
    text = (
        "Lithuania's parliament voted in July 2024 to leave the convention banning cluster munitions; "
        "the exit from the Oslo Convention takes effect in March."
    )
    claims = client.post("/v1/checks/text", json={"published": "2025-01-14", "text": text}).json()["claims"]
    assert [(c["claim"]["kind"], c["result"]["verdict"]) for c in claims] == [("effective_date", "consistent")]


# --- edge cases a code review found: impossible dates, named dates, no right, counts, claims in text --------


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
