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
