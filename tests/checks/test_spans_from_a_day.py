"""Dates told as a span of unnamed length from a day ('ratified weeks before 9 November 2016': 14 to 91 days before
it) and open intervals bounded by a decade ('left before the mid-1990s': before 1993), judged through the checks API
(app/services/partial_dates.py); and two world facts read for structured misses: the TPNW's 73 parties of 24-27
September 2024 (world/counts/tpnw.yaml, ICAN) and Czechia's Istanbul signature of 2 May 2016 (world/parties)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from fastapi.testclient import TestClient

from app.services.partial_dates import UnreadableDate, parse_partial_date


def _check(client: TestClient, claim: dict[str, Any], as_of: str) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("weeks before 2016-11-09", "2016-08-10", "2016-10-26"),
        ("a few weeks before 2016-11-09", "2016-08-10", "2016-10-26"),
        ("several days after 2020-01-01", "2020-01-03", "2020-01-14"),
        ("months before 2020-06-01", "2018-06-02", "2020-04-06"),
        ("before the mid-1990s", "0001-01-01", "1992-12-31"),
        ("after the 1980s", "1990-01-01", "9999-12-31"),
        ("not before the late 1990s", "1996-01-01", "9999-12-31"),
    ],
)
def test_a_span_from_a_day_and_a_decade_bound_are_intervals(text: str, start: str, end: str) -> None:
    period = parse_partial_date(text, dt.date(2020, 1, 1), "past")
    assert (period.start.isoformat(), period.end.isoformat(), period.precision) == (start, end, "interval")


@pytest.mark.parametrize(
    "text", ["week before 2016-11-09", "weeks 2016-11-09", "years before 2016-11-09", "before the mid-1990"]
)
def test_look_alikes_are_not_read_as_spans(text: str) -> None:
    with pytest.raises(UnreadableDate):
        parse_partial_date(text, dt.date(2020, 1, 1), "past")


@pytest.mark.parametrize(
    ("state", "verdict", "day"),
    [("IND", "consistent", "2016-10-02"), ("CHN", "consistent", "2016-09-03"), ("USA", "consistent", "2016-09-03"),
     ("JPN", "inconsistent", "2016-11-08")],  # Japan deposited the day before: not weeks before
)  # fmt: skip
def test_ratified_weeks_before_the_report(client: TestClient, state: str, verdict: str, day: str) -> None:
    claim = {"kind": "ratified", "treaty": "Paris Agreement", "state": state, "value": "weeks before 2016-11-09"}
    result = _check(client, claim, "2016-11-09")
    assert (result["verdict"], result["correct_value"]) == (verdict, day)


def test_an_exit_told_as_before_a_decade(client: TestClient) -> None:
    claim = {"kind": "withdrew", "treaty": "UNIDO", "state": "AUS", "value": "before the mid-1990s"}
    result = _check(client, claim, "2013-04-23")
    assert (result["verdict"], result["correct_value"]) == ("inconsistent", "1997-12-31")
    later = _check(client, {**claim, "value": "after the 1980s"}, "2013-04-23")
    assert later["verdict"] == "consistent"


@pytest.mark.parametrize(
    ("value", "as_of", "verdict"),
    [("73 ratifications", "2024-09-25", "consistent"), ("72", "2024-09-25", "inconsistent"),
     ("73", "2024-10-30", "consistent"),  # 73 to the day before Ghana's deposit of 26 September 2025 (batch 52)
     ("74", "2025-10-30", "unverifiable"),  # after the last day a source was read for
     ("86 signatories", "2022-01-22", "unverifiable"),  # December 2020's count, not checked since
     ("86 signatories", "2020-12-12", "consistent")],
)  # fmt: skip
def test_tpnw_counts_hold_only_on_the_days_read(client: TestClient, value: str, as_of: str, verdict: str) -> None:
    result = _check(client, {"kind": "parties_count", "treaty": "TPNW", "value": value}, as_of)
    assert result["verdict"] == verdict


@pytest.mark.parametrize(
    ("value", "verdict"), [("true", "consistent"), ("2016", "consistent"), ("2015", "inconsistent")]
)
def test_czechia_s_istanbul_signature_is_read(client: TestClient, value: str, verdict: str) -> None:
    claim = {"kind": "signed", "treaty": "Istanbul Convention", "state": "CZE", "value": value}
    result = _check(client, claim, "2024-01-25")  # the Senate's vote against ratification, eight years after
    assert result["verdict"] == verdict and "2 May 2016" in result["explanation"]
