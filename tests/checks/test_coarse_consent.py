"""A consent the party list dates only to its month: Russia's instrument of ratification of the Criminal Law
Convention on Corruption, deposited in October 2006 (in force for it on 1 February 2007, Art. 32(4)). 'Russia
ratified the convention on January 27, 1999' gives the day it signed: wrong, and said so; the year of the deposit
is right; a day inside the month cannot be confirmed; a day in the months before is the domestic act."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("1999-01-27", "inconsistent"),
        ("2006", "consistent"),
        ("2006-07-25", "partly_consistent"),
        ("2006-10-04", "unverifiable"),
    ],
)
def test_a_consent_known_to_the_month(client: TestClient, value: str, verdict: str) -> None:
    result = judge(
        client, "2023-01-10", kind="ratified", treaty="criminal-law-convention-corruption", state="RUS", value=value
    )
    assert result["verdict"] == verdict, result
    if verdict == "unverifiable":
        assert "only to October 2006" in result["explanation"]
    else:
        assert result["correct_value"] == "2006-10"
    if value == "1999-01-27":
        assert "date of signature" in result["explanation"]
