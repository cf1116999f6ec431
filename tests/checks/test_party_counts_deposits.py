"""A count of 'States Parties' on the day of a deposit (README 'Party counts: deposits or in force', h-judge, session
13): the depositary counts as Parties every State whose instrument is deposited, in force for it or not (the UN Treaty
Collection's status tables; the CCM's 'State Party No. 112' for South Sudan on its deposit of 3 August 2023), while in
law a State is a party only once the treaty is in force for it (VCLT Art. 24(3)). A count matching either figure is
right, the answer naming both; one matching neither stays wrong, and a count out of date stays out of date."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("as_of", "treaty", "value", "verdict"),
    [
        ("2023-03-02", "ccm", "111", "consistent"),  # Nigeria deposited on 28 February 2023, in force 1 August
        ("2023-03-02", "ccm", "111 States Parties", "consistent"),
        ("2023-03-02", "ccm", "110", "consistent"),  # in force for them
        ("2023-03-02", "ccm", "112", "inconsistent"),
        ("2023-08-07", "ccm", "112", "consistent"),  # South Sudan deposited on 3 August 2023, in force 1 February 2024
        ("2023-08-07", "ccm", "112th", "consistent"),
        ("2023-08-07", "ccm", "113", "inconsistent"),
        ("2017-03-14", "paris-agreement", "134", "consistent"),  # 133 States and the EU had deposited
        ("2017-03-14", "paris-agreement", "133", "consistent"),  # the States alone, as the UNFCCC counts allow
        ("2017-03-14", "paris-agreement", "131", "consistent"),  # in force: 130 States and the EU
        ("2017-03-14", "paris-agreement", "136", "inconsistent"),
    ],
)
def test_a_count_of_parties_matching_the_deposits_or_the_parties_is_right(
    client: TestClient, as_of: str, treaty: str, value: str, verdict: str
) -> None:
    result = judge(client, as_of, kind="parties_count", treaty=treaty, value=value)
    assert result["verdict"] == verdict, result["explanation"]


def test_the_answer_names_both_figures(client: TestClient) -> None:
    result = judge(client, "2023-03-02", kind="parties_count", treaty="ccm", value="111")
    assert result["correct_value"] == "111"
    assert "111 Parties with an instrument deposited" in result["explanation"]
    assert "110 with the treaty in force for them" in result["explanation"]


def test_a_count_of_the_deposits_out_of_date_is_still_out_of_date(client: TestClient) -> None:
    """Rome Statute: 124 deposits from Armenia's (14 November 2023) until Ukraine's (25 October 2024); 124 given on 10
    January 2025, nine days after Ukraine's entry into force, is out of date as before."""
    result = judge(client, "2025-01-10", kind="parties_count", treaty="rome-statute", value="124")
    assert result["verdict"] == "partly_consistent", result["explanation"]
