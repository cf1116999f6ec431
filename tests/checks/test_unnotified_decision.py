"""An exit claimed where a state only decided to withdraw and no notification is recorded (world/records
``unnotified``: the US presidential memorandum of 7 January 2026 on the UNFCCC), judged through ``POST /v1/checks``."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.checks.test_outsiders import judge


def test_a_decision_told_as_an_exit_is_partly_right(client: TestClient) -> None:
    result = judge(client, "2026-01-09", kind="withdrew", treaty="unfccc", state="USA", value="true")
    assert result["verdict"] == "partly_consistent", result
    assert "no notification" in result["explanation"]


def test_before_the_decision_the_later_notice_is_named(client: TestClient) -> None:
    """Before the memorandum of 7 January 2026 no decision is recorded; since session 14 the notice received on 27
    February 2026 is (world/records/unfccc.yaml), so an exit told in the weeks before it is judged as any exit told
    before a notice received within the year after the report (withdrew.py _notified_later), naming that notice; it
    was '!= partly_consistent' while no notice was recorded."""
    result = judge(client, "2026-01-05", kind="withdrew", treaty="unfccc", state="USA", value="true")
    assert "27 February 2026" in result["explanation"], result
