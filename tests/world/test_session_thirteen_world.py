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


@pytest.mark.parametrize("state", ["PSE", "State of Palestine", "Palestine"])
def test_a_consent_not_yet_in_force_for_the_state_is_partly_a_party(client: TestClient, state: str) -> None:
    """Palestine's CWC accession (deposited 17 May 2018, in force for it 16 June, Art. XXI(2)): 'joined' on 23 May
    names the deposit of the week before (right: session 14's convention, README 'Label decisions (h-judge, session
    14)'; partly right before it); on 30 May, the deposit older than a week, partly right (consented, not yet a
    party); on 20 June right."""
    news = judge(client, "2018-05-23", kind="joined", treaty="cwc", state=state, value="true")
    before = judge(client, "2018-05-30", kind="joined", treaty="cwc", state=state, value="true")
    after = judge(client, "2018-06-20", kind="joined", treaty="cwc", state=state, value="true")
    assert (news["verdict"], before["verdict"], after["verdict"]) == ("consistent", "partly_consistent", "consistent")


@pytest.mark.parametrize("body", ["Turkish parliament", "the Grand National Assembly", "lawmakers"])
def test_a_parliament_ratifying_before_the_deposit_is_its_approval(client: TestClient, body: str) -> None:
    """'Turkish parliament ratifies Paris climate agreement' (7 October 2021): the Assembly's approval of 6 October,
    the deposit following on 11 October; the day before the vote it had not."""
    claim = dict(kind="ratified", treaty="paris-agreement", state="TUR", value="true", body=body)
    assert judge(client, "2021-10-07", **claim)["verdict"] == "consistent"
    assert judge(client, "2021-10-05", **claim)["verdict"] == "inconsistent"


@pytest.mark.parametrize("value", ["2009", "August 2009", "true"])
def test_russia_s_ect_exit_is_its_notice_that_it_would_not_ratify(client: TestClient, value: str) -> None:
    """'Russia withdrew from the treaty in 2009' (AFP, 2022): never a Contracting Party; its notice of August 2009
    ended its provisional application (Art. 45(3)(a)): partly right."""
    result = judge(client, "2022-10-18", kind="withdrew", treaty="ect", state="RUS", value=value)
    assert result["verdict"] == "partly_consistent", result["explanation"]
