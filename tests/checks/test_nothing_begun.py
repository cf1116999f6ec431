"""An exit claimed before anything towards it had happened (world/records ``first_step``; README 'Judging').

A decision or an announcement called an exit is partly right (tests/data/articles/README.md); before the first step
the sources show there was nothing to mislabel, so the claim is wrong. On 20 January 2025 neither Estonia, Latvia
nor Poland had decided or announced anything: Poland's Prime Minister first said he would recommend withdrawing on
7 March 2025, the defence ministers of the Baltic States and Poland recommended it jointly on 18 March 2025, the
notices came in June and August 2025. Real rule files and world files, through the API."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge

SENTENCE = "Estonia, Poland and Latvia have withdrawn from the mine-ban treaty."


def test_the_sentence_before_any_step_is_wrong_for_each_state(client: TestClient) -> None:
    response = client.post("/v1/checks/text", json={"published": "2025-01-20", "text": SENTENCE})
    assert response.status_code == 200
    found = {c["claim"]["state"]: c["result"] for c in response.json()["claims"] if c["claim"]["kind"] == "withdrew"}
    assert set(found) == {"EST", "POL", "LVA"}, found
    for state, result in found.items():
        assert (result["verdict"], result["correct_value"]) == ("inconsistent", "false"), (state, result)
    assert "18 March 2025" in found["EST"]["explanation"] and "7 March 2025" in found["POL"]["explanation"]
    assert "nor decided or announced" in found["LVA"]["explanation"]


@pytest.mark.parametrize(
    ("state", "as_of", "value", "tense", "verdict"),
    [
        # paraphrases before the first step: undated, present, a year said, years before
        ("EST", "2025-03-17", "true", "past", "inconsistent"),  # the day before the ministers' statement
        ("FIN", "2025-03-20", "true", "present", "inconsistent"),  # Finland announced only on 1 April 2025
        ("LVA", "2025-02-01", "2024", "past", "inconsistent"),
        ("EST", "2020-06-01", "true", "past", "inconsistent"),
        # look-alikes on or after the first step: a step told as an exit, partly right
        ("EST", "2025-03-18", "true", "past", "partly_consistent"),  # 'Poland, Baltics quit landmine treaty'
        ("POL", "2025-03-10", "true", "past", "partly_consistent"),  # after Tusk's statement of 7 March
        ("FIN", "2025-04-01", "true", "present", "partly_consistent"),
        ("LVA", "2025-04-20", "true", "past", "partly_consistent"),  # after the Saeima's law of 16 April
        # the exits themselves, once in effect
        ("EST", "2025-12-28", "true", "past", "consistent"),
        ("POL", "2026-02-21", "true", "past", "consistent"),
    ],
)
def test_before_and_after_the_first_step(
    client: TestClient, state: str, as_of: str, value: str, tense: str, verdict: str
) -> None:
    result = judge(client, as_of, kind="withdrew", treaty="apmbc", state=state, value=value, tense=tense)
    assert result["verdict"] == verdict, result


def test_a_first_step_known_only_to_the_month_is_given_the_benefit_of_the_doubt(client: TestClient) -> None:
    """Lithuania's ministry advised withdrawing in January 2025 (the day not read): on 20 January it may have done."""
    result = judge(client, "2025-01-20", kind="withdrew", treaty="apmbc", state="LTU", value="true")
    assert result["verdict"] == "partly_consistent", result
    assert "Perhaps by then" in result["explanation"]
    before = judge(client, "2024-12-20", kind="withdrew", treaty="apmbc", state="LTU", value="true")
    assert before["verdict"] == "inconsistent", before


def test_the_partly_right_answer_says_what_had_happened_by_then(client: TestClient) -> None:
    result = judge(client, "2025-03-20", kind="withdrew", treaty="apmbc", state="EST", value="true")
    assert "By then: on 18 March 2025 (Ministers of Defence" in result["explanation"], result
    assert "27 June 2025" in result["explanation"]


def test_without_a_first_step_on_record_nothing_changes(client: TestClient) -> None:
    """Slovenia and the ECT: no first step recorded, so the decision told as an exit stays partly right."""
    result = judge(client, "2022-11-17", kind="withdrew", treaty="ect", state="SVN", value="true")
    assert result["verdict"] == "partly_consistent", result


def test_hungary_before_its_announcement(client: TestClient) -> None:
    """Hungary announced on 3 April 2025 that it would leave the Rome Statute (before it: a 'review' of its relations
    with the Court, February 2025); 'Hungary has withdrawn from the ICC' in March 2025 is wrong, and the answer says
    the notice was later revoked; on the day of the announcement it is a decision told as an exit."""
    before = judge(client, "2025-03-01", kind="withdrew", treaty="rome-statute", state="HUN", value="true")
    assert before["verdict"] == "inconsistent" and "3 April 2025" in before["explanation"], before
    assert "revoked on 29 May 2026" in before["explanation"]
    on_the_day = judge(client, "2025-04-03", kind="withdrew", treaty="rome-statute", state="HUN", value="true")
    assert on_the_day["verdict"] == "partly_consistent", on_the_day


@pytest.mark.parametrize(
    ("treaty", "state", "as_of", "value", "verdict", "said"),
    [
        # an exit dated before the first step, told after it: judged on its own time (session 19, lead)
        ("rome-statute", "HUN", "2025-06-01", "2024", "inconsistent", "by 31 December 2024"),  # 'left ... last year'
        ("rome-statute", "HUN", "2025-05-01", "2024-11", "inconsistent", "by 30 November 2024"),
        ("apmbc", "LTU", "2025-06-01", "2024", "inconsistent", "by 31 December 2024"),
        # look-alikes: a time that holds the first step or the notice stays a step told as an exit, or its effect
        ("rome-statute", "HUN", "2025-06-10", "2025-04", "partly_consistent", ""),
        # an earlier notice of the state's recorded before the claimed time: not judged here (South Africa's of 2016)
        ("rome-statute", "ZAF", "2025-06-01", "2017", "inconsistent", "revoked"),
    ],
)
def test_an_exit_dated_before_the_first_step(
    client: TestClient, treaty: str, state: str, as_of: str, value: str, verdict: str, said: str
) -> None:
    result = judge(client, as_of, kind="withdrew", treaty=treaty, state=state, value=value)
    assert result["verdict"] == verdict, result
    assert said in result["explanation"], result["explanation"]
