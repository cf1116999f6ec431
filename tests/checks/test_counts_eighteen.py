"""Counts added in session 18 (h-counts), each judged as a structured claim on the days the records cover:

- the ICSID Convention's signatories, as the Centre counts them in its releases: 165 from Angola's signature (14 July
  2022, 'signed by 165 countries') to the day before Equatorial Guinea's (13 June 2024, 'the 166th State to sign');
  the Centre's count of signatories only grows (a State that signed stays counted), so it holds on every day between. 'As of the end of 2023, the ICSID Convention had 165 signatories'
  (Latinvex / White & Case, 18 April 2024) is right. Its Contracting States are not recorded (the 158th deposit's day
  was not read), so a count of them stays unverifiable.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2024-04-18", "165 signatories", "consistent"),  # latinvex-2024-04-18-honduras-exits-icsid
        ("2022-07-14", "165 signatories", "consistent"),  # Angola's signature day
        ("2024-06-12", "165 signatories", "consistent"),  # the day before the 166th
        ("2023-12-31", "165 signatories", "consistent"),
        ("2024-04-18", "162 signatories", "inconsistent"),
        ("2024-04-18", "175 signatories", "inconsistent"),
    ],
)
def test_the_icsid_convention_s_signatories(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="icsid-convention", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value"),
    [
        ("2024-04-18", "158"),  # the Contracting States: not recorded
        ("2024-07-01", "166 signatories"),  # after the recorded period (the file's as_of is 13 June 2024)
        ("2021-01-01", "163 signatories"),  # before it
    ],
)
def test_icsid_counts_not_recorded_stay_unverifiable(client: TestClient, as_of: str, value: str) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="icsid-convention", value=value)
    assert result["verdict"] == "unverifiable", result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2023-11-07", "22 signatories (16 NATO, 6 Warsaw Pact)", "consistent"),  # kyivindependent-2023-11-07
        ("2025-11-21", "22 signatories", "consistent"),  # trtworld-2025-11-21
        ("1990-11-19", "22 signatories", "consistent"),
        ("2025-11-21", "28 signatories", "inconsistent"),  # 'Twenty-eight countries ultimately became signatories'
        ("2025-11-21", "30 signatories", "inconsistent"),
    ],
)
def test_the_cfe_treaty_s_signatories(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    """The CFE Treaty's 22 signatories: the members of NATO and of the Warsaw Treaty Organization that signed at
    Paris on 19 November 1990 (the US On-Site Inspection Agency's history); no later signature is recorded."""
    result = judge(client, as_of, kind="parties_count", treaty="cfe-treaty", value=value)
    assert result["verdict"] == verdict, result["explanation"]


def test_the_cfe_treaty_s_parties_stay_unverifiable(client: TestClient) -> None:
    """Its States Parties (successors of the USSR and Czechoslovakia among them) are not recorded."""
    result = judge(client, "2025-11-21", kind="parties_count", treaty="cfe-treaty", value="30")
    assert result["verdict"] == "unverifiable", result["explanation"]


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("118 signatories", "consistent"),  # mvep-2014-04-02: 'has been signed by 118 countries'
        ("31 ratifications", "consistent"),
        ("27 ratifications", "inconsistent"),  # mvep-2014-04-02: 'today that number has grown to 27'
        ("9 ratifications", "inconsistent"),
        ("120 signatories", "inconsistent"),
    ],
)
def test_the_att_on_the_first_anniversary_of_its_adoption(client: TestClient, value: str, verdict: str) -> None:
    """The Arms Trade Treaty on 2 April 2014, the Secretary-General's statement of that day: '118 States have signed
    the Treaty' and eighteen deposits 'which brings the number of deposited ratifications to 31' (before the entry into
    force, Art. 22(1), a count of ratifications is one of deposits)."""
    result = judge(client, "2014-04-02", kind="parties_count", treaty="att", value=value)
    assert result["verdict"] == verdict, result["explanation"]


def test_the_att_on_other_days_of_2014_stays_unverifiable(client: TestClient) -> None:
    result = judge(client, "2014-06-01", kind="parties_count", treaty="att", value="118 signatories")
    assert result["verdict"] == "unverifiable", result["explanation"]
