"""Signatories counted from a complete party list whose signatures are all listed (world/parties ``signatories_complete``),
with the organisations that signed (the European Union), and after signature closed; dated counts of the CTBT."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_outsiders import judge


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        (
            "2016-09-20",
            "174 signatories on 2016-04-22",
            "consistent",
        ),  # 'At that ceremony, 174 States and the EU signed'
        ("2016-09-20", "175 signatories on 2016-04-22", "consistent"),  # the same with the European Union
        ("2016-09-20", "180 signatories on 2016-09-15", "consistent"),  # 'As of 15 September 2016, ... 180 signatories'
        ("2016-09-20", "170 signatories on 2016-04-22", "inconsistent"),
        ("2023-02-22", "195 signatories", "consistent"),  # signature closed on 21 April 2017 (Art. 20(1))
        ("2025-06-01", "196 signatories", "inconsistent"),  # 'signed by 196 countries': 194 States and the EU
    ],
)
def test_paris_signatories(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="paris-agreement", value=value)
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize(
    ("as_of", "value"),
    [
        ("2013-09-27", "161 ratifications"),  # UN News: '183 have so far signed the CTBT and 161 have ratified it'
        ("2013-09-27", "183 signatories"),
        ("2016-09-21", "166 ratifications"),  # Myanmar the 166th (CTBTO, 22 September 2016)
    ],
)
def test_ctbt_counts_of_2013_and_2016(client: TestClient, as_of: str, value: str) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="ctbt", value=value)
    assert result["verdict"] == "consistent", result
