"""World facts the judge reads (issue 14, held-out batches 7-10): dates bounded by 'before D' / 'not before D',
the date an instrument bears as against its receipt, party counts with or without the organisations the depositary
counts (the EU, UNFCCC Art. 22), survival periods counted from the exit's effect, and membership by admission or
foundation (world/parties ``admissions``). Real rule files and world files, through the API."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from app.services.partial_dates import UnreadableDate, parse_partial_date
from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("before 2012-09-06", dt.date(1, 1, 1), dt.date(2012, 9, 5)),
        ("not before 2023-04", dt.date(2023, 4, 1), dt.date(9999, 12, 31)),
        ("after 2023-04-15", dt.date(2023, 4, 16), dt.date(9999, 12, 31)),
        ("not after 2020", dt.date(1, 1, 1), dt.date(2020, 12, 31)),
    ],
)
def test_bounds_by_a_day_a_month_or_a_year(text: str, start: dt.date, end: dt.date) -> None:
    read = parse_partial_date(text, dt.date(2022, 1, 1), "past")
    assert (read.start, read.end, read.describe()) == (start, end, text)


def test_an_earlier_notice_bounded_by_a_later_day(client: TestClient) -> None:
    """Trinidad and Tobago's denunciation (received 26 May 1998) came before Venezuela's of 6 September 2012."""
    result = judge(
        client, "2013-01-09", kind="notification_date", treaty="achr", state="TTO", value="before 2012-09-06"
    )
    assert result["verdict"] == "consistent" and result["correct_value"] == "1998-05-26"


def test_an_effect_bounded_from_below(client: TestClient) -> None:
    """Nicaragua's OAS exit (Charter Art. 143, two years) could not take effect before April 2023."""
    result = judge(
        client, "2022-04-25", kind="effective_date", treaty="oas-charter", state="NIC", value="not before 2023-04"
    )
    assert result["verdict"] == "consistent" and result["correct_value"] == "2023-11-19"


def test_the_date_the_instrument_bears_is_partly_right(client: TestClient) -> None:
    """Venezuela's denunciation of the American Convention is dated 6 September 2012, received 10 September (the
    day Art. 78(1) counts from): the instrument's date is the right day of another act; another day is wrong."""
    dated = judge(client, "2013-01-09", kind="notification_date", treaty="achr", state="VEN", value="2012-09-06")
    assert dated["verdict"] == "partly_consistent" and dated["correct_value"] == "2012-09-10"
    assert "6 September 2012" in dated["explanation"] and "10 September 2012" in dated["explanation"]
    other = judge(client, "2013-01-09", kind="notification_date", treaty="achr", state="VEN", value="2012-09-07")
    assert other["verdict"] == "inconsistent"


@pytest.mark.parametrize(
    ("value", "counting"),
    [("194", "counting States only"), ("195", "counting the European Union as the depositary does")],
)
def test_unfccc_parties_with_or_without_the_eu(client: TestClient, value: str, counting: str) -> None:
    """December 2011: 194 States, 195 Parties with the European Union (approval 21 December 1993)."""
    result = judge(client, "2011-12-13", kind="parties_count", treaty="unfccc", value=value)
    assert result["verdict"] == "consistent" and result["correct_value"] == value
    assert counting in result["explanation"]
    assert "194 States; 195 Parties with the European Union" in result["explanation"]


def test_unfccc_count_matching_neither_names_both(client: TestClient) -> None:
    result = judge(client, "2011-12-13", kind="parties_count", treaty="unfccc", value="197")
    assert result["verdict"] == "inconsistent" and result["correct_value"] == "195"
    assert "194 States; 195 Parties with the European Union" in result["explanation"]


@pytest.mark.parametrize(
    "value",
    [
        "P20Y from the effective date, for qualifying investments",
        "P20Y from the date the withdrawal takes effect, for existing investments",
    ],
)
def test_survival_counted_from_the_exit_is_not_the_notice_period(client: TestClient, value: str) -> None:
    """ECT Art. 47(3): twenty years from the date the withdrawal takes effect, for investments made before it."""
    result = judge(client, "2024-05-31", kind="rule", treaty="ect", value=value)
    assert result["verdict"] == "consistent", result["explanation"]
    wrong = judge(client, "2024-05-31", kind="rule", treaty="ect", value=value.replace("P20Y", "P10Y"))
    assert wrong["verdict"] == "inconsistent"


@pytest.mark.parametrize(
    ("treaty", "state", "value", "says"),
    [
        ("unesco-constitution", "PSE", "2011-10-31", "admitted to membership by the General Conference"),
        ("unesco-constitution", "PSE", "2011-11-23", "acceptance"),
        ("ecowas-treaty", "MLI", "1975", "founding member: it signed the Treaty of Lagos"),
        ("ecowas-treaty", "BFA", "1975", "founding member"),
        ("upu-constitution", "USA", "1874", "the Treaty of Bern"),
    ],
)
def test_admitted_or_founding_members(client: TestClient, treaty: str, state: str, value: str, says: str) -> None:
    result = judge(client, "2019-01-03", kind="joined", treaty=treaty, state=state, value=value)
    assert result["verdict"] == "consistent" and says in result["explanation"]


def test_a_founding_member_dated_later_is_wrong(client: TestClient) -> None:
    result = judge(client, "2024-01-29", kind="joined", treaty="ecowas-treaty", state="NER", value="1980")
    assert result["verdict"] == "inconsistent" and result["correct_value"] == "1975-05-28"


def test_admission_is_no_party_status(client: TestClient) -> None:
    """A founding signature makes no State a party to the Revised Treaty on any day: the party list decides."""
    result = judge(client, "2024-01-29", kind="joined", treaty="ecowas-treaty", state="MLI", value="true")
    assert result["verdict"] == "unverifiable"


@pytest.mark.parametrize("text", ["before 0001", "after 9999-12-31", "not before 0000"])
def test_bounds_beyond_the_calendar_are_unreadable(text: str) -> None:
    with pytest.raises(UnreadableDate):
        parse_partial_date(text, dt.date(2022, 1, 1), "past")
