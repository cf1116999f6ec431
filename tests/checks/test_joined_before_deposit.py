"""A joining dated on the domestic act in the months before the deposit, judged through ``POST /v1/checks``."""

from __future__ import annotations

from fastapi.testclient import TestClient

from tests.checks.test_outsiders import judge


def test_a_return_dated_on_the_decree_before_the_deposit_is_partly_right(client: TestClient) -> None:
    """'The definitive return of the country to ICSID was carried out through Executive Decree 122 signed by the
    president on July 16, 2021' (Pichincha, 19 July 2021): Ecuador deposited again on 4 August 2021 (in force 3
    September): the decree's day given to the joining, judged on the second membership, not the one of 1986."""
    result = judge(client, "2021-07-19", kind="joined", treaty="icsid-convention", state="ECU", value="2021-07-16")
    assert result["verdict"] == "partly_consistent", result
    assert "4 August 2021" in result["explanation"], result
    assert "1986" not in result["explanation"], result


def test_a_joining_long_before_any_deposit_stays_wrong(client: TestClient) -> None:
    """A day more than six months before any deposit is no domestic step of it: still wrong."""
    result = judge(client, "2021-07-19", kind="joined", treaty="icsid-convention", state="ECU", value="2020-07-16")
    assert result["verdict"] == "inconsistent", result
