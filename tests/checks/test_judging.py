"""Judging structured claims as of the article's date (issue 14): the clock a withdrawal takes effect on, claims
about the rule itself, exits announced but not in effect, suspensions and revoked ratifications."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


@pytest.mark.parametrize("value", ["2020-01-31", "31 January 2020", "2020-02-01"])
def test_brexit_either_day_is_right_and_the_clock_is_explained(client: TestClient, value: str) -> None:
    """TEU Art. 50(3): the Treaties ceased to apply at 00:00 CET on 1 February 2020, 23:00 GMT on 31 January."""
    result = judge(client, "2020-02-11", kind="withdrew", treaty="teu", state="GBR", value=value)
    assert result["verdict"] == "consistent"
    assert "23:00 GMT on 31 January 2020" in result["explanation"]
    assert "00:00 CET on 1 February 2020" in result["explanation"]


def test_brexit_a_day_after_both_is_wrong(client: TestClient) -> None:
    result = judge(client, "2020-02-11", kind="effective_date", treaty="teu", state="GBR", value="2020-02-02")
    assert result["verdict"] == "inconsistent" and result["correct_value"] == "2020-02-01"


def test_brexit_date_as_the_article_s_date_saw_it(client: TestClient) -> None:
    """In March 2017 the two-year default was the date; the extensions decided from March 2019 came later."""
    result = judge(client, "2017-03-29", kind="effective_date", treaty="teu", state="GBR", value="March 29, 2019")
    assert result["verdict"] == "consistent"
    assert result["correct_value"] == "2019-03-30"
    assert "later extended" in result["explanation"] and "1 February 2020" in result["explanation"]
    after = judge(client, "2019-04-20", kind="effective_date", treaty="teu", state="GBR", value="2019-03-29")
    assert after["verdict"] == "inconsistent" and after["correct_value"] == "2019-11-01"


@pytest.mark.parametrize(
    ("treaty", "state", "value", "verdict", "says"),
    [
        ("apmbc", None, "six months after parliament's decision", "inconsistent", "not from parliament's decision"),
        ("apmbc", None, "P6M from receipt by the Secretary-General", "consistent", "six months"),
        ("who-constitution", "USA", "P1Y from the signing of the executive order", "inconsistent", "not from"),
        ("who-constitution", "USA", "one year after the US notified the UN Secretary General", "consistent", "one"),
        ("teu", None, "exactly two years after notification", "partly_consistent", "only the default"),
        ("teu", None, "P2Y after the notification", "consistent", "two years"),
        ("paris-agreement", None, "three years from ratification", "inconsistent", "not after ratification"),
        ("paris-agreement", None, "a four-year exit process", "partly_consistent", "earliest exit is four years"),
        ("npt", None, "within 90 days of notice", "partly_consistent", "not a deadline"),
        ("istanbul-convention", None, "three months after notification", "partly_consistent", "first day"),
        ("apmbc", None, "one year after notification", "inconsistent", "the period is six months"),
    ],
)  # fmt: skip
def test_claims_about_the_rule(
    client: TestClient, treaty: str, state: str | None, value: str, verdict: str, says: str
) -> None:
    result = judge(client, "2025-07-01", kind="rule", treaty=treaty, state=state, value=value)
    assert result["verdict"] == verdict, result["explanation"]
    assert says in result["explanation"]
    assert result["evidence"] and result["evidence"][0]["citation"]


def test_who_notice_period_is_the_us_reservation(client: TestClient) -> None:
    result = judge(client, "2020-07-07", kind="notice_period", treaty="who-constitution", state="USA", value="P1Y")
    assert result["verdict"] == "consistent" and "290c" in result["explanation"]


def test_a_vote_called_an_exit_is_partly_right(client: TestClient) -> None:
    """Lithuania's Seimas voted on 18 July 2024; the UN received the notice on 6 September 2024."""
    result = judge(client, "2024-07-18", kind="withdrew", treaty="ccm", state="LTU", value="true")
    assert result["verdict"] == "partly_consistent"
    assert "Seimas" in result["explanation"] and "still a party" in result["explanation"]
    assert result["correct_value"] == "2025-03-06"


def test_a_decree_called_an_exit_is_partly_right(client: TestClient) -> None:
    result = judge(client, "2025-06-29", kind="withdrew", treaty="apmbc", state="UKR", value="2025-06-29")
    assert result["verdict"] == "partly_consistent" and "President of Ukraine" in result["explanation"]


def test_a_revoked_ratification_is_not_a_withdrawal(client: TestClient) -> None:
    result = judge(client, "2023-11-02", kind="withdrew", treaty="ctbt", state="RUS", value="true")
    assert result["verdict"] == "inconsistent" and "revocation of ratification" in result["explanation"]


def test_a_suspension_is_not_a_withdrawal(client: TestClient) -> None:
    result = judge(client, "2023-02-21", kind="withdrew", treaty="new-start", state="RUS", value="false")
    assert result["verdict"] == "consistent" and "suspension" in result["explanation"]


@pytest.mark.parametrize("value", ["2021-03-19", "2021-03-20", "2021-03"])
def test_the_month_of_a_notice_recorded_to_the_month(client: TestClient, value: str) -> None:
    """Türkiye's notice is recorded to the month (March 2021); it took effect on 1 July 2021."""
    result = judge(client, "2021-04-30", kind="withdrew", treaty="istanbul-convention", state="TUR", value=value)
    assert result["verdict"] == "partly_consistent" and result["correct_value"] == "2021-07-01"
