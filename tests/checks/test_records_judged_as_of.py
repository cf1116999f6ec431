"""Judging on records added or read anew for issue 14 (session 10), as of the article's date:

- an exit whose notice is known only to its month (Mauritania, ECOWAS, December 1999; Art. 91(1): one year) takes
  effect within a span of days (December 2000): a year that holds it is right, the notice's own year calls the notice
  the exit (partly right), another year is wrong;
- an effect claimed earlier than any notice received on the article's day could take effect is wrong, whatever notice
  came later (Spain, ECT Art. 47(2): 'in December 2023' written in April 2023; its notice of 16 April 2024);
- Canada's withdrawal from the whaling convention (ICRW Art. XI: notice of 24 June 1981, effect 30 June 1982);
- NPT party counts from the UNODA table, complete from 1993, with the DPRK's disputed exit counted on every view;
- an extension agreed on the article's day (TEU Art. 50(3), the EU27 on 28 October 2019): both dates right that day.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("kind", "value", "verdict"),
    [
        ("withdrew", "1999", "partly_consistent"),  # afrol-2007-08-20: 'pull out of ECOWAS in 1999'
        ("withdrew", "2000", "consistent"),
        ("withdrew", "December 2000", "consistent"),
        ("withdrew", "true", "consistent"),
        ("withdrew", "2002", "inconsistent"),
        ("effective_date", "2000", "consistent"),
        ("effective_date", "2001", "inconsistent"),
        ("effective_date", "2000-12-15", "unverifiable"),  # the day of receipt decides
    ],
)
def test_an_exit_notified_in_a_month_takes_effect_in_a_span(
    client: TestClient, kind: str, value: str, verdict: str
) -> None:
    result = judge(client, "2007-08-20", kind=kind, treaty="ecowas-treaty", state="MRT", value=value)
    assert result["verdict"] == verdict, result["explanation"]
    if verdict != "unverifiable":
        assert result["correct_value"] == "2000-12-01/2000-12-31"


def test_an_exit_notified_in_a_month_is_not_yet_in_effect_months_later(client: TestClient) -> None:
    result = judge(client, "2000-06-01", kind="withdrew", treaty="ecowas-treaty", state="MRT", value="true")
    assert result["verdict"] == "partly_consistent"
    assert "still a party" in result["explanation"]


@pytest.mark.parametrize(("state", "value"), [("ESP", "2023-12"), ("ESP", "December 2023"), ("NLD", "2023-12")])
def test_an_effect_too_soon_for_any_notice_of_the_day_is_wrong_whatever_came_later(
    client: TestClient, state: str, value: str
) -> None:
    """electricityhub-2023-04-14: 'for which the withdrawal ECT will take effect in December 2023'."""
    result = judge(client, "2023-04-14", kind="effective_date", treaty="ect", state=state, value=value)
    assert result["verdict"] == "inconsistent"
    assert result["correct_value"] == "not before 2024-04-15"
    if state == "ESP":
        assert "16 April 2024" in result["explanation"] and "17 April 2025" in result["explanation"]


def test_spain_s_real_effect_forecast_years_ahead_stays_unverifiable(client: TestClient) -> None:
    """A date an exit could reach, with the notice more than a year after the article: what happened, not known."""
    result = judge(client, "2023-04-14", kind="effective_date", treaty="ect", state="ESP", value="2024-06")
    assert result["verdict"] == "unverifiable"


@pytest.mark.parametrize(
    ("value", "verdict"),
    [("1982", "consistent"), ("1982-06-30", "consistent"), ("1981", "partly_consistent"), ("1984", "inconsistent")],
)
def test_canada_left_the_whaling_convention_in_1982(client: TestClient, value: str, verdict: str) -> None:
    """reuters-1996-09-12: 'Canada left the IWC in 1982'."""
    result = judge(client, "1996-09-12", kind="withdrew", treaty="icrw", state="CAN", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value", "verdict", "correct"),
    [
        ("1993-06-12", "153", "inconsistent", "160"),  # latimes-1993-06-12: 'the 153-nation treaty'
        ("1993-06-12", "160", "consistent", "160"),
        ("2003-04-08", "188", "consistent", "188"),  # counting the DPRK
        ("2003-04-11", "187", "consistent", "187"),  # not counting it
        ("2003-04-11", "189", "inconsistent", "187"),
    ],
)
def test_npt_counts_from_the_unoda_table(
    client: TestClient, as_of: str, value: str, verdict: str, correct: str
) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="npt", value=value)
    assert (result["verdict"], result["correct_value"]) == (verdict, correct), result["explanation"]


def test_npt_counts_before_1993_are_not_judged_from_todays_states(client: TestClient) -> None:
    result = judge(client, "1990-04-11", kind="parties_count", treaty="npt", value="140")
    assert result["verdict"] == "unverifiable"
    assert "complete only from 1 January 1993" in result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2019-10-28", "2020-01-31", "consistent"),  # 'EU grants Article 50 extension to January 31 2020'
        ("2019-10-28", "2019-10-31", "consistent"),  # 'was due to leave the bloc on October 31', the same day
        ("2019-10-29", "2019-10-31", "inconsistent"),  # the next day: moved
        ("2019-10-27", "2020-01-31", "inconsistent"),  # the day before: not yet agreed
        ("2019-04-11", "2019-04-12", "consistent"),  # dailyguide-2019-04-11: the summit's day
        ("2019-04-12", "2019-04-12", "inconsistent"),
    ],
)
def test_a_date_moved_on_the_report_s_day_is_right_both_ways_that_day(
    client: TestClient, as_of: str, value: str, verdict: str
) -> None:
    result = judge(client, as_of, kind="effective_date", treaty="teu", state="GBR", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(("state", "value"), [("JAM", "1998-01-22"), ("JAM", "immediately"), ("TTO", "June 1998")])
def test_an_effect_of_a_covenant_exit_without_a_notice_or_a_right_is_wrong(
    client: TestClient, state: str, value: str
) -> None:
    """ips-1998-01-06: 'Jamaica's announced withdrawal from the International Covenant on Civil and Political Rights'
    dated 22 January 1998, where Jamaica denounced the First Optional Protocol (effective 23 January 1998): the
    Covenant gives no right of withdrawal (Human Rights Committee General Comment No. 26) and no notice is recorded."""
    result = judge(client, "1998-01-06", kind="effective_date", treaty="iccpr", state=state, value=value)
    assert (result["verdict"], result["correct_value"]) == ("inconsistent", "no withdrawal")
    assert "no right of withdrawal" in result["explanation"]


def test_the_protocol_s_own_effect_stays_right(client: TestClient) -> None:
    result = judge(client, "1998-01-06", kind="effective_date", treaty="iccpr-op1", state="JAM", value="1998-01-23")
    assert result["verdict"] == "consistent"
