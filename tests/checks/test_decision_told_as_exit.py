"""'X withdraws' on the day of a decision, before any notice: Slovenia's parliamentary committee decided on
16 November 2022 and the depositary received the notice on 13 October 2023 (effect 14 October 2024); Trump's order
of 20 January 2025 was followed by the notice of 27 January (effect 27 January 2026). A notice received in the year
after the article makes the claim a decision told as an exit: partly right. And a state that left and came back
(the United States left the Paris Agreement on 4 November 2020 and accepted it again on 20 January 2021) is not
out again by its earlier exit: 'withdraws' in the present is about a new one, 'pulled out' in the past may be the
old one."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("treaty", "state", "as_of", "tense", "verdict", "correct"),
    [
        ("ect", "SVN", "2022-11-17", "past", "partly_consistent", "2024-10-14"),
        ("paris-agreement", "USA", "2025-01-20", "present", "partly_consistent", "2026-01-27"),
        ("paris-agreement", "USA", "2025-01-20", "past", "consistent", "2020-11-04"),
    ],
)
def test_an_exit_said_before_its_notice(
    client: TestClient, treaty: str, state: str, as_of: str, tense: str, verdict: str, correct: str
) -> None:
    result = judge(client, as_of, kind="withdrew", treaty=treaty, state=state, value="true", tense=tense)
    assert result["verdict"] == verdict, result
    assert result["correct_value"] == correct


def test_back_in_and_nothing_new_is_not_confirmed(client: TestClient) -> None:
    result = judge(
        client, "2021-06-01", kind="withdrew", treaty="paris-agreement", state="USA", value="true", tense="present"
    )
    assert result["verdict"] == "unverifiable", result
    assert "consented again" in result["explanation"]
