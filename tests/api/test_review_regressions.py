"""Regressions from the code review: the assessment's status and dates on edge cases."""

from __future__ import annotations

from typing import Any

from fastapi.testclient import TestClient

URL = "/v1/assessments"


def effective(client: TestClient, body: dict[str, Any]) -> dict[str, Any]:
    response = client.post(URL, json={"as_of": "2026-01-15", **body})
    assert response.status_code == 200, response.text
    return dict(response.json()["effective"])


def test_a_named_later_date_applies_over_an_ambiguous_minimum(client: TestClient) -> None:
    body = {"treaty": "kyoto-protocol", "state": "JPN", "notification_date": "2024-02-29"}
    assert effective(client, body)["status"] == "ambiguous"
    named = effective(client, {**body, "facts": {"specified_date": "2026-01-01"}})
    assert (named["status"], named["date"]) == ("determined", "2026-01-01")


def test_an_agreed_date_must_follow_the_notice(client: TestClient) -> None:
    body = {"treaty": "teu", "state": "GBR", "notification_date": "2017-03-29", "facts": {"agreed_date": "2016-01-01"}}
    response = client.post(URL, json=body)
    assert response.status_code == 422 and response.json()["errors"][0]["pointer"] == "/facts/agreed_date"
    no_right = effective(client, {"treaty": "iccpr", "state": "PRK", "notification_date": "1997-08-25",
                                  "facts": {"agreed_date": "1998-01-01"}})  # fmt: skip
    assert no_right["status"] == "no_withdrawal_right"


def test_not_yet_permitted_gives_the_earliest_real_date(client: TestClient) -> None:
    body = {"treaty": "paris-agreement", "state": "USA", "notification_date": "2017-08-04",
            "facts": {"entry_into_force_for_state": "2016-11-04"}, "as_of": "2017-08-04"}  # fmt: skip
    result = client.post(URL, json=body).json()["effective"]
    assert result["status"] == "not_yet_permitted" and result["earliest_date"] == "2020-11-04"


def test_armed_conflict_on_an_ambiguous_date_keeps_the_earliest(client: TestClient) -> None:
    body = {"treaty": "apmbc", "state": "LTU", "notification_date": "2024-08-31", "facts": {"armed_conflict": True}}
    result = effective(client, body)
    assert result["status"] == "conditional" and result["earliest_date"] == "2025-02-28"
    assert "None" not in result["explanation"]


def test_terminated_and_not_in_force_treaties(client: TestClient) -> None:
    inf = effective(client, {"treaty": "inf-treaty", "state": "USA"})
    assert inf["status"] == "no_withdrawal_right" and inf["earliest_date"] is None
    ctbt = effective(client, {"treaty": "ctbt", "state": "GBR", "notification_date": "2026-01-01"})
    assert ctbt["status"] == "conditional" and ctbt["date"] is None


def test_get_can_ask_everything_post_can(client: TestClient) -> None:
    params = {"treaty": "teu", "state": "GBR", "notification_date": "2017-03-29", "agreed_date": "2020-02-01",
              "as_of": "2026-01-15"}  # fmt: skip
    assert client.get(URL, params=params).json()["effective"]["date"] == "2020-02-01"
