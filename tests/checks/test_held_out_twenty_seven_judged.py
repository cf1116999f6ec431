"""Judging fixes from held-out batch 27 (tests/data/articles/README.md): a count of the next day given on the report's
own day, the last of the old count ('its 27 remaining members' on the evening the United Kingdom left the European
Union: the exit fixed by then), is right, as 'now one of 124' on the eve of an entry into force (README 'A count out
of date'); a day before that, or a count of the next day named as another day's, stays wrong. Pinned with the
article's claim and our own paraphrases (another treaty, other days)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("treaty", "value", "day", "verdict"),
    [
        ("teu", "27", "2020-01-31", "consistent"),  # CNN's live page: 'its 27 remaining members', the exit's evening
        ("teu", "28", "2020-01-31", "consistent"),  # the count of the day itself stays right
        ("teu", "27", "2020-01-30", "inconsistent"),  # two days early: wrong
        ("open-skies", "33", "2020-11-21", "consistent"),  # ours: the US left Open Skies on 22 November 2020
        ("open-skies", "32", "2020-11-21", "inconsistent"),  # ours: neither day's count
    ],
)
def test_a_count_of_the_next_day_on_the_last_day_of_the_old_count(
    client: TestClient, treaty: str, value: str, day: str, verdict: str
) -> None:
    result = judge(client, day, kind="parties_count", treaty=treaty, value=value)
    assert result["verdict"] == verdict, result
    if verdict == "consistent" and value in ("27", "33"):
        assert "Correct from the next day" in result["explanation"], result


@pytest.mark.parametrize(
    ("value", "body", "verdict"),
    [
        ("1988-05-27", "US Senate", "consistent"),  # The Sun: 'ratified by the US Senate on May 27, 1988' (its vote)
        ("1988-06-01", None, "consistent"),  # ours: the exchange of instruments, the entry into force
        ("1988", None, "consistent"),  # ours: the year
        ("1986", None, "inconsistent"),  # ours: a year before the signature
    ],
)
def test_the_inf_treaty_consents_are_recorded(client: TestClient, value: str, body: str | None, verdict: str) -> None:
    """world/parties/inf-treaty.yaml: the Senate's advice and consent of 27 May 1988 (93-5) and the exchange of the
    instruments on 1 June 1988, where the judge said the US consent unrecorded."""
    claim = {"kind": "ratified", "treaty": "inf-treaty", "state": "USA", "value": value}
    result = judge(client, "2018-10-21", **claim, **({"body": body} if body else {}))
    assert result["verdict"] == verdict, result
