"""A notice told as given before the depositary received it (README 'A notice received after the report').

The clauses count from receipt (Rome Statute Art. 127(1), Ottawa Art. 20(3)); a report of the day a note was sent
or handed over says it was 'submitted'. A notice told as given by the report's day (no day said, or a month that
reaches past the report) whose receipt came within a week after is right in substance and early in its day: partly
right (the Philippines, Rome Statute: handed over 16 March 2018, received 17 March). Where no notice reached the
depositary in that week and the treaty's exits are kept (world/records), none had been given: wrong, the later
receipt named (the Gambia: announced 25 October 2016, notified 10 November). An exit told on such a day is a
decision told as an exit, partly right, also when the later notice was revoked before it took effect (the Gambia
revoked on 10 February 2017). A notice of another act on the claimed day (Russia's CFE suspension, 14 July 2007)
is the notice the sentence dates."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("treaty", "state", "as_of", "value", "tense", "verdict", "correct"),
    [
        # the corpus: 'Philippines makes withdrawal ICC official, submits notice UN' (bworld, 16 March 2018)
        ("rome-statute", "PHL", "2018-03-16", "0001-01-01/2018-03-16", "present", "partly_consistent", "2018-03-17"),
        ("rome-statute", "PHL", "2018-03-16", "2018-03", "past", "partly_consistent", "2018-03-17"),
        ("rome-statute", "PHL", "2018-03-16", "true", "past", "partly_consistent", "2018-03-17"),
        # paraphrases: Lithuania's Ottawa notice (received 27 June 2025) told as sent three days before
        ("apmbc", "LTU", "2025-06-24", "true", "past", "partly_consistent", "2025-06-27"),
        ("apmbc", "LTU", "2025-06-24", "2025-06", "past", "partly_consistent", "2025-06-27"),
        # a day said is a day judged: one day early is wrong (README 'A date that is wrong')
        ("rome-statute", "PHL", "2018-03-16", "2018-03-16", "past", "inconsistent", "2018-03-17"),
        # the month said after the receipt holds it
        ("rome-statute", "PHL", "2018-03-20", "2018-03", "past", "consistent", "2018-03-17"),
        # the corpus: 'Gambia has become the third African nation to submit its withdrawal' (26 October 2016)
        ("rome-statute", "GMB", "2016-10-26", "0001-01-01/2016-10-26", "past", "inconsistent", "2016-11-10"),
        ("rome-statute", "GMB", "2016-10-26", "2016-10", "past", "inconsistent", "2016-11-10"),
        # paraphrase: Hungary's notice (received 2 June 2025) told as submitted on the day of its announcement
        ("rome-statute", "HUN", "2025-04-03", "true", "past", "inconsistent", "2025-06-02"),
    ],
)
def test_a_notice_told_before_its_receipt(
    client: TestClient, treaty: str, state: str, as_of: str, value: str, tense: str, verdict: str, correct: str
) -> None:
    result = judge(client, as_of, kind="notification_date", treaty=treaty, state=state, value=value, tense=tense)
    assert (result["verdict"], result["correct_value"]) == (verdict, correct), result


def test_the_answer_names_the_later_receipt(client: TestClient) -> None:
    result = judge(client, "2016-10-26", kind="notification_date", treaty="rome-statute", state="GMB", value="true")
    assert "10 November 2016" in result["explanation"], result
    assert "world/records/rome-statute" in result["explanation"]
    early = judge(client, "2018-03-16", kind="notification_date", treaty="rome-statute", state="PHL", value="true")
    assert "1 day after the report" in early["explanation"], early


@pytest.mark.parametrize(
    ("treaty", "state", "as_of", "correct"),
    [
        ("rome-statute", "GMB", "2016-10-26", "2017-11-10"),  # the corpus headline; revoked 10 February 2017
        ("rome-statute", "HUN", "2025-04-03", "2026-06-02"),  # paraphrase: notified 2 June 2025, revoked 29 May 2026
    ],
)
def test_an_exit_told_before_a_notice_later_revoked(
    client: TestClient, treaty: str, state: str, as_of: str, correct: str
) -> None:
    result = judge(client, as_of, kind="withdrew", treaty=treaty, state=state, value="true", tense="present")
    assert (result["verdict"], result["correct_value"]) == ("partly_consistent", correct), result


def test_the_revocation_is_named(client: TestClient) -> None:
    result = judge(client, "2016-10-26", kind="withdrew", treaty="rome-statute", state="GMB", value="true")
    assert "revoked on 10 February 2017" in result["explanation"], result


def test_a_notice_of_another_act_on_the_day(client: TestClient) -> None:
    """'the Russian Foreign Ministry forwarded these notifications on July 14, 2007' (a suspension)."""
    result = judge(client, "2007-07-23", kind="notification_date", treaty="cfe-treaty", state="RUS", value="2007-07-14")
    assert (result["verdict"], result["correct_value"]) == ("consistent", "2007-07-14"), result
    assert "suspension" in result["explanation"]


def test_no_notice_yet_and_none_later_is_not_confirmed(client: TestClient) -> None:
    """Poland and the Istanbul Convention (2020: announced, never notified): nothing to date it by."""
    result = judge(
        client, "2020-07-25", kind="notification_date", treaty="istanbul-convention", state="POL", value="true"
    )
    assert result["verdict"] == "unverifiable", result
