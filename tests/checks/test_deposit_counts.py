"""A count of ratifications is not a count of parties (issue 14; app/services/checks/deposits.py).

Before a treaty enters into force no State is a party, so 'ratified by 66' (the Rome Statute, May 2002) counts the
instruments deposited; after it, a count that says it counts ratifications is right on the deposits or the parties
of the day. Counted from the complete party lists of world/parties: the Rome Statute's sixtieth to sixty-sixth
instruments on 11 April 2002 (Art. 126(1)), the Ottawa Convention's fortieth on 16 September 1998 (Art. 17(1)), the
CCM's thirtieth on 16 February 2010 (Art. 17(1)), South Sudan's CCM accession of 3 August 2023 in force on 1 February
2024 (Art. 17(2))."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [{"kind": "parties_count", **claim}]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


@pytest.mark.parametrize(
    ("treaty", "as_of", "value", "deposits"),
    [
        ("rome-statute", "2002-05-06", "66", 66),  # alternet-2002-05-06: 'ratified by 66'
        ("rome-statute", "2002-05-06", "66 ratifications", 66),
        ("rome-statute", "2002-04-10", "56 ratifications", 56),  # the day before the ten of 11 April 2002
        ("apmbc", "1998-09-16", "40", 40),  # 'the treaty now has 40 ratifications'
        ("ccm", "2010-02-16", "30 ratifications", 30),
    ],
)
def test_a_count_before_entry_into_force_counts_deposits(
    client: TestClient, treaty: str, as_of: str, value: str, deposits: int
) -> None:
    result = judge(client, as_of, treaty=treaty, value=value)
    assert result["verdict"] == "consistent", result["explanation"]
    assert result["correct_value"] == str(deposits)
    assert "none was a party yet" in result["explanation"]


@pytest.mark.parametrize(
    ("treaty", "as_of", "value", "deposits"),
    [("rome-statute", "2002-05-06", "60", 66), ("ccm", "2010-02-15", "30 ratifications", 28)],
)
def test_a_wrong_count_before_entry_into_force_is_wrong_on_the_deposits(
    client: TestClient, treaty: str, as_of: str, value: str, deposits: int
) -> None:
    result = judge(client, as_of, treaty=treaty, value=value)
    assert result["verdict"] == "inconsistent"
    assert result["correct_value"] == str(deposits)


@pytest.mark.parametrize(
    ("value", "verdict", "says"),
    [
        ("112 ratifications in December 2023", "consistent", "(the deposits)"),  # gstimes-2025-03-06
        ("111 ratifications in December 2023", "consistent", "(the parties)"),
        ("110 ratifications in December 2023", "inconsistent", "112 States had deposited"),
    ],
)
def test_a_ratification_count_after_entry_into_force_is_right_on_deposits_or_parties(
    client: TestClient, value: str, verdict: str, says: str
) -> None:
    """South Sudan acceded on 3 August 2023, in force for it on 1 February 2024: 112 deposits, 111 parties."""
    result = judge(client, "2025-03-06", treaty="ccm", value=value)
    assert result["verdict"] == verdict, result["explanation"]
    assert says in result["explanation"]


def test_a_ratification_count_counts_exits_out(client: TestClient) -> None:
    """'has been ratified by 164 states' in January 2026 (caliber-2026-01-16): four Ottawa exits had taken effect."""
    result = judge(client, "2026-01-16", treaty="apmbc", value="164 ratifications")
    assert result["verdict"] == "inconsistent"
    assert result["correct_value"] == "162"


def test_a_plain_count_after_entry_into_force_stays_a_party_count(client: TestClient) -> None:
    result = judge(client, "2025-06-20", treaty="apmbc", value="164")
    assert result["verdict"] == "consistent"
    assert "parties to the Ottawa Convention" in result["explanation"]
    assert "deposited" not in result["explanation"]


@pytest.mark.parametrize(("treaty", "as_of"), [("ctbt", "2023-12-01"), ("att", "2014-06-01")])
def test_before_entry_into_force_a_partial_list_cannot_count_deposits(
    client: TestClient, treaty: str, as_of: str
) -> None:
    """The CTBT never entered into force and the ATT did on 24 December 2014: their lists are partial scrapes (the
    CTBT's dated counts of world/counts end with Russia's revocation of 2-3 November 2023)."""
    result = judge(client, as_of, treaty=treaty, value="40")
    assert result["verdict"] == "unverifiable"
    assert "no State was a party" in result["explanation"]
    assert "not a complete list" in result["explanation"]
