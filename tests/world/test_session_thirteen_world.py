"""World facts added in session 13 (h-world) for batch 29's first sight, each pinned by a real claim judged through
the checks service: NATO accessions (Finland 4 April 2023, Sweden 7 March 2024, deposit = membership, Art. 10), the
Whaling Convention's adherences (Japan 21 April 1951, Finland 23 February 1983), Israel a UNESCO Member State from 16
September 1949, Russia outside the ATT, the Grand National Assembly's 353-0 approval of the Paris Agreement (6
October 2021), Sri Lanka's CTBT deposit (25 July 2023, the 178th ratification; the Treaty not in force), the CWC's
entry into force (29 April 1997) and its 192/193 States Parties (2018), the VCCR Optional Protocol's entry into
force (19 March 1967) and the Paris Agreement's signature period (from 22 April 2016, Art. 20(1))."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge

CASES = [
    # (as_of, claim fields, verdict)
    ("2023-04-05", dict(kind="joined", treaty="north-atlantic-treaty", state="FIN", value="2023-04-04"), "consistent"),
    (
        "2023-04-05",
        dict(kind="joined", treaty="north-atlantic-treaty", state="FIN", value="2022-07-05"),
        "inconsistent",
    ),
    (
        "2023-04-05",
        dict(kind="ratified", treaty="north-atlantic-treaty", state="FIN", value="2023-04-04"),
        "partly_consistent",
    ),
    ("2024-03-08", dict(kind="joined", treaty="north-atlantic-treaty", state="SWE", value="2024-03-07"), "consistent"),
    ("2024-03-08", dict(kind="joined", treaty="north-atlantic-treaty", state="SWE", value="true"), "consistent"),
    ("2019-06-30", dict(kind="joined", treaty="icrw", state="JPN", value="1951"), "consistent"),
    ("2019-06-30", dict(kind="joined", treaty="icrw", state="JPN", value="1956"), "inconsistent"),
    ("2025-07-10", dict(kind="joined", treaty="icrw", state="FIN", value="1983"), "consistent"),
    ("2017-12-30", dict(kind="joined", treaty="unesco-constitution", state="ISR", value="1949"), "consistent"),
    ("2017-12-30", dict(kind="joined", treaty="unesco-constitution", state="ISR", value="1955"), "inconsistent"),
    ("2019-04-27", dict(kind="joined", treaty="att", state="RUS", value="false"), "consistent"),
    (
        "2021-10-07",
        dict(kind="ratified", treaty="paris-agreement", state="TUR", value="2021-10-06", body="Turkish parliament"),
        "consistent",
    ),
    (
        "2021-10-07",
        dict(kind="ratified", treaty="paris-agreement", state="TUR", value="2021-10-06"),
        "partly_consistent",
    ),
    ("2021-10-07", dict(kind="vote_tally", treaty="paris-agreement", state="TUR", value="unanimous"), "consistent"),
    ("2021-10-07", dict(kind="vote_tally", treaty="paris-agreement", state="TUR", value="353-0"), "consistent"),
    ("2021-10-07", dict(kind="vote_tally", treaty="paris-agreement", state="TUR", value="300-53"), "inconsistent"),
    ("2023-07-26", dict(kind="ratified", treaty="ctbt", state="LKA", value="2023-07-25"), "consistent"),
    ("2023-07-26", dict(kind="joined", treaty="ctbt", state="LKA", value="true"), "partly_consistent"),
    ("2023-07-26", dict(kind="parties_count", treaty="ctbt", value="178 ratifications"), "consistent"),
    ("2023-07-26", dict(kind="parties_count", treaty="ctbt", value="177 ratifications"), "partly_consistent"),
    ("2023-07-26", dict(kind="parties_count", treaty="ctbt", value="150 ratifications"), "inconsistent"),
    ("2018-05-23", dict(kind="entry_into_force", treaty="cwc", value="1997"), "consistent"),
    ("2018-05-23", dict(kind="entry_into_force", treaty="cwc", value="1995"), "inconsistent"),
    ("2018-05-23", dict(kind="parties_count", treaty="cwc", value="192"), "consistent"),
    ("2018-06-16", dict(kind="parties_count", treaty="cwc", value="193"), "consistent"),
    ("2005-03-10", dict(kind="entry_into_force", treaty="vccr-optional-protocol", value="1967"), "consistent"),
    ("2023-02-22", dict(kind="signed", treaty="paris-agreement", value="2016"), "consistent"),
    ("2023-02-22", dict(kind="signed", treaty="paris-agreement", value="2015"), "inconsistent"),
]


@pytest.mark.parametrize(("as_of", "claim", "verdict"), CASES)
def test_a_new_fact_decides_a_real_claim(client: TestClient, as_of: str, claim: dict[str, str], verdict: str) -> None:
    result = judge(client, as_of, **claim)
    assert result["verdict"] == verdict, (claim, result["explanation"])


def test_a_committee_tally_is_not_the_plenary_s(client: TestClient) -> None:
    """'The committee ... accepted the draft in a unanimous vote' (Daily Sabah, 6 October 2021): the Grand National
    Assembly's 353-0 of that day does not answer it, the committee's vote not being recorded."""
    for body in ("Foreign Affairs Committee", "the committee", "Foreign Affairs Commission"):
        result = judge(
            client, "2021-10-06", kind="vote_tally", treaty="paris-agreement", state="TUR", value="unanimous", body=body
        )
        assert result["verdict"] == "unverifiable", (body, result["explanation"])
    plenary = judge(
        client, "2021-10-06", kind="vote_tally", treaty="paris-agreement", state="TUR", value="unanimous",
        body="Grand National Assembly",
    )  # fmt: skip
    assert plenary["verdict"] == "consistent"


def test_a_deposit_under_a_treaty_not_in_force_makes_no_party(client: TestClient) -> None:
    """CTBT Art. XIV: not in force, so 'becoming a full party' is partly right, in any wording of the State."""
    for state in ("LKA", "Sri Lanka"):
        result = judge(client, "2023-07-26", kind="joined", treaty="ctbt", state=state, value="true")
        assert result["verdict"] == "partly_consistent"
        assert "not in force" in result["explanation"]
