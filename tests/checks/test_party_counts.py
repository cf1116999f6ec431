"""Party and signatory counts judged on the article's date from the dated counts of world/counts and the complete
party lists (issue 14): a count out of date by days is partly right, today's count given for another day or for
the signatories is partly right, a day no record covers is unverifiable."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def judge(client: TestClient, as_of: str, value: str, treaty: str) -> dict[str, Any]:
    claim = {"kind": "parties_count", "treaty": treaty, "value": value}
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


@pytest.mark.parametrize(
    ("treaty", "as_of", "value", "verdict", "correct"),
    [
        ("open-skies", "2020-11-23", "34", "partly_consistent", "33"),  # the day after the US left
        ("open-skies", "2020-11-23", "33", "consistent", "33"),
        ("open-skies", "2019-06-01", "34", "consistent", "34"),
        ("open-skies", "2019-06-01", "35", "inconsistent", "34"),
        ("teu", "2020-02-11", "28", "partly_consistent", "27"),  # ten days after Brexit
        ("teu", "2019-06-01", "28", "consistent", "28"),
        ("teu", "2022-06-01", "28", "inconsistent", "27"),  # more than a year out of date: wrong
        ("north-atlantic-treaty", "2023-11-07", "31", "consistent", "31"),
        ("north-atlantic-treaty", "2024-06-01", "31", "inconsistent", "32"),  # out of date by three months: wrong
        ("north-atlantic-treaty", "2024-03-15", "31", "partly_consistent", "32"),  # eight days after Sweden joined
        ("paris-agreement", "2020-11-04", "197 signatories", "inconsistent", "195"),
        ("paris-agreement", "2017-06-06", "195 signatories", "consistent", "195"),
        ("apmbc", "2025-06-30", "164 signatories in 1997", "partly_consistent", "123"),  # today's parties, not 1997's
        ("apmbc", "2025-06-30", "123 signatories in 1997", "consistent", "123"),
        ("apmbc", "2025-06-30", "133 signatories", "consistent", "133"),
        ("coe-statute", "2022-03-20", "47", "partly_consistent", "46"),  # four days after Russia ceased to be one
        ("coe-statute", "2022-03-01", "46", "partly_consistent", "47"),  # Russia suspended, still a member
        ("ecowas-treaty", "2024-12-15", "15", "consistent", "15"),
        ("ecowas-treaty", "2025-02-01", "12", "consistent", "12"),
        ("ccm", "2025-03-06", "112", "partly_consistent", "111"),  # the day Lithuania's withdrawal took effect
        ("ccm", "2025-03-06", "113", "inconsistent", "111"),
        (
            "rome-statute",
            "2024-01-31",
            "124",
            "consistent",
            "124",
        ),  # the eve of Armenia's entry into force (1 Feb 2024)
        ("rome-statute", "2025-03-18", "124", "inconsistent", "125"),  # Ukraine the 125th from 1 January 2025: stale
        ("rome-statute", "2018-03-14", "124", "inconsistent", "123"),  # Burundi out from 27 October 2017: stale
        ("rome-statute", "2025-01-10", "124", "partly_consistent", "125"),  # nine days after Ukraine: out of date
        ("rome-statute", "2024-12-31", "125", "consistent", "125"),  # the eve of Ukraine's entry into force
        ("oas-charter", "2017-04-28", "35", "consistent", "35"),
        ("oas-charter", "2017-04-28", "34", "partly_consistent", "35"),  # 34 take part: Cuba's Government does not
        ("oas-charter", "2010-06-01", "33", "partly_consistent", "35"),  # Honduras suspended too
        ("oas-charter", "2017-04-28", "36", "inconsistent", "35"),
    ],
)
def test_counts_on_the_day(client: TestClient, treaty: str, as_of: str, value: str, verdict: str, correct: str) -> None:
    result = judge(client, as_of, value, treaty)
    assert (result["verdict"], result["correct_value"]) == (verdict, correct), result
    assert result["evidence"], result


def test_a_day_no_record_covers_is_unverifiable_and_says_which_record(client: TestClient) -> None:
    result = judge(client, "2010-06-01", "27", "teu")
    assert result["verdict"] == "unverifiable", result
    assert "world/counts/teu.yaml" in result["explanation"], result


def test_signatories_of_a_treaty_without_a_signatory_record_read_as_parties_only_when_they_match(
    client: TestClient,
) -> None:
    """'among the 111 signatories to the CCM' (2025): news often calls the parties so; the CCM's signatures are not all
    listed (no signatories_complete), so a count of its parties given as its signatories is read as the parties."""
    loose = judge(client, "2025-05-20", "111 signatories", "ccm")
    assert loose["verdict"] == "consistent" and "read as the parties" in loose["explanation"], loose
    other = judge(client, "2025-05-20", "120 signatories", "ccm")
    assert other["verdict"] == "unverifiable", other


def test_parties_called_signatories_where_the_signatures_are_all_listed(client: TestClient) -> None:
    """'among the 125 signatories to the ICC' (2025): the Rome Statute's 139 signatures are all listed (world/parties
    signatories_complete, h-b18), so its 125 parties given as its signatories are partly right, as the module says."""
    result = judge(client, "2025-05-20", "125 signatories", "rome-statute")
    assert (result["verdict"], result["correct_value"]) == ("partly_consistent", "139"), result
    assert "parties" in result["explanation"], result
    exact = judge(client, "2025-05-20", "139 signatories", "rome-statute")
    assert exact["verdict"] == "consistent", exact


@pytest.mark.parametrize(
    ("as_of", "value", "verdict", "correct"),
    [
        ("2025-06-19", "36 non-signatories", "inconsistent", "32"),  # 197 - 164 parties - the Marshall Islands
        ("2025-06-19", "32 non-signatories", "consistent", "32"),
        ("2025-06-19", "33 non-parties", "consistent", "33"),
        ("2026-03-01", "33 non-parties", "inconsistent", "36"),  # after five withdrawals took effect
    ],
)
def test_non_members_are_judged_as_non_members(
    client: TestClient, as_of: str, value: str, verdict: str, correct: str
) -> None:
    result = judge(client, as_of, value, "apmbc")
    assert (result["verdict"], result["correct_value"]) == (verdict, correct), result
    assert "parties" not in result["explanation"].split("(")[0], result  # not a party count


def test_non_members_without_a_number_of_states_are_unverifiable(client: TestClient) -> None:
    result = judge(client, "2025-06-19", "33 non-parties", "ccm")
    assert result["verdict"] == "unverifiable" and "world/counts/ccm.yaml" in result["explanation"], result


def test_an_ordinal_is_the_count_when_that_state_joined(client: TestClient) -> None:
    """'The Philippines ... became the 117th member' (Rome Statute, in force for it on 1 November 2011);
    'the US rejoined as UNESCO's 194th member state' (the count recorded with its acceptance of July 2023)."""
    claim = {"kind": "parties_count", "treaty": "rome-statute", "state": "PHL", "value": "117"}
    response = client.post("/v1/checks", json={"as_of": "2018-03-15", "claims": [claim]})
    assert response.json()["results"][0]["verdict"] == "consistent", response.text
    claim = {"kind": "parties_count", "treaty": "unesco-constitution", "state": "USA", "value": "194"}
    response = client.post("/v1/checks", json={"as_of": "2025-07-22", "claims": [claim]})
    assert response.json()["results"][0]["verdict"] == "consistent", response.text
