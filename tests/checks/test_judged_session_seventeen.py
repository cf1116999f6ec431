"""Session 17 (h-judge): a party's votes against the chamber's tally; the founding members of the Council of Europe;
the TPNW's ratifications of 20 June 2022. Judged through ``POST /v1/checks``."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_outsiders import judge


@pytest.mark.parametrize(("value", "verdict"), [("58 for", "unverifiable"), ("61 for", "inconsistent")])
def test_a_partys_votes_within_the_chambers(client: TestClient, value: str, verdict: str) -> None:
    """'58 deputies from the ruling party "Civil Contract" voted for the ratification' (Babel, 3 October 2023): the
    National Assembly voted 60-22; how many of the 60 sat for the party is not recorded. More than 60 is wrong."""
    result = judge(client, "2023-10-03", kind="vote_tally", treaty="rome-statute", state="ARM", value=value,
                   body="the ruling party")  # fmt: skip
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize(("value", "verdict"), [("1949", "consistent"), ("1950", "inconsistent")])
def test_the_uk_a_founding_member_of_the_council_of_europe(client: TestClient, value: str, verdict: str) -> None:
    """'The UK joined the Council of Europe in 1949' (Obiter J, 2015): it signed the Statute on 5 May 1949."""
    result = judge(client, "2015-06-06", kind="joined", treaty="coe-statute", state="GBR", value=value)
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize("state", ["CPV", "GRD", "TLS"])
def test_three_tpnw_ratifications_of_20_june_2022(client: TestClient, state: str) -> None:
    """'Cabo Verde, Grenada, and Timor-Leste deposited their instruments of ratification ... on 20 June' (ICAN)."""
    result = judge(client, "2022-06-21", kind="ratified", treaty="tpnw", state=state, value="2022-06-20")
    assert result["verdict"] == "consistent", result


@pytest.mark.parametrize(
    ("as_of", "value", "verdict"),
    [
        ("2015-07-09", "191", "consistent"),  # 'raising its membership to 191 States Parties' (OPCW): 190 + Myanmar's
        ("2015-07-09", "190", "consistent"),  # the States Parties with the Convention in force for them
        ("2015-07-09", "192", "inconsistent"),
        ("2015-09-17", "192", "consistent"),  # 'Angola has joined ... as the 192nd member': 191 + Angola's deposit
        ("2016-06-01", "192", "consistent"),
    ],
)
def test_cwc_counts_with_deposits_pending(client: TestClient, as_of: str, value: str, verdict: str) -> None:
    result = judge(client, as_of, kind="parties_count", treaty="cwc", value=value)
    assert result["verdict"] == verdict, result
