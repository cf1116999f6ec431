"""An exit claimed where a state only decided to withdraw and no notification is recorded (world/records
``unnotified``: the US presidential memorandum of 7 January 2026 on the UNFCCC), judged through ``POST /v1/checks``."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.checks.test_outsiders import judge


def test_a_decision_told_as_an_exit_is_partly_right(client: TestClient) -> None:
    result = judge(client, "2026-01-09", kind="withdrew", treaty="unfccc", state="USA", value="true")
    assert result["verdict"] == "partly_consistent", result
    assert "no notification" in result["explanation"]


def test_before_the_decision_nothing_is_confirmed(client: TestClient) -> None:
    result = judge(client, "2026-01-05", kind="withdrew", treaty="unfccc", state="USA", value="true")
    assert result["verdict"] != "partly_consistent", result
