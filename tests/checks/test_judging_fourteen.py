"""Judging rules and world facts of session 14 (h-judge), from held-out batches 30 and 32 sent as structured claims,
each pinned in several wordings and values with the law it follows:

- an undated joining told as the day's news names the deposit of the week before the report (VCLT Arts. 16, 24(3);
  tests/data/articles/README.md 'Label decisions (h-judge, session 14)');
- a count of signatories told as a signing, dated before the treaty was open for signature (Paris Art. 20(1));
- a notice's addressee named by its initialism ('the OAS Secretary General', ACHR Art. 78(1); VCLT Art. 67(1));
- an entry into force for one State told as a period after its deposit, with the day it gives.
"""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge

# --- a joining told as the day's news --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "treaty", "state", "tense"),
    [
        ("2020-07-07", "att", "CHN", None),  # 'China joins global arms trade treaty' (deposit 6 July 2020)
        ("2020-07-07", "att", "China", "present"),
        ("2023-08-08", "ccm", "SSD", None),  # 'South Sudan has now joined' (deposit 3 August 2023)
        ("2023-08-10", "ccm", "South Sudan", "present"),
        ("2018-05-23", "cwc", "PSE", None),  # 'now of the Chemical Weapons Convention' (deposit 17 May 2018)
        ("2013-01-11", "single-convention", "BOL", None),  # re-accession of 11 January 2013, the report's day
    ],
)
def test_a_joining_told_as_news_names_the_deposit_of_the_week(
    client: TestClient, as_of: str, treaty: str, state: str, tense: str | None
) -> None:
    claim = dict(kind="joined", treaty=treaty, state=state, value="true")
    if tense:
        claim["tense"] = tense
    result = judge(client, as_of, **claim)
    assert result["verdict"] == "consistent", result["explanation"]
    assert "deposit" in result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "treaty", "state"),
    [("2020-07-20", "att", "CHN"), ("2023-09-01", "ccm", "SSD"), ("2018-06-01", "cwc", "PSE")],
)
def test_a_deposit_older_than_the_week_is_still_only_a_consent(
    client: TestClient, as_of: str, treaty: str, state: str
) -> None:
    """More than a week after the deposit and before the entry into force for the State: consented, not yet a
    party, so 'joined' told as news is partly right (the week is the news; the status is not yet a party's)."""
    result = judge(client, as_of, kind="joined", treaty=treaty, state=state, value="true", tense="present")
    assert result["verdict"] == "partly_consistent", result["explanation"]


def test_a_past_joining_is_not_news_of_the_week(client: TestClient) -> None:
    """'China joined the ATT' (past tense) stays a joining done by the day (h-left's convention)."""
    result = judge(client, "2020-07-30", kind="joined", treaty="att", state="CHN", value="true", tense="past")
    assert result["verdict"] == "consistent"


# --- a count of signatories told as a signing ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("as_of", "value"),
    [
        ("2016-10-04", "195 signatories, 2015-12"),  # 'signed by 195 countries last December'
        ("2017-03-14", "194 signatories, 2015-12"),  # 'signed by 194 parties ... in December'
        ("2017-03-14", "194 signatories in December 2015"),
        ("2016-10-04", "195 signatories, 2015"),
    ],
)
def test_signatories_dated_before_signature_opened(client: TestClient, as_of: str, value: str) -> None:
    """Paris Art. 20(1): open for signature from 22 April 2016; adopted on 12 December 2015, signed by no one then."""
    result = judge(client, as_of, kind="signed", treaty="paris-agreement", value=value)
    assert result["verdict"] == "inconsistent", result["explanation"]
    assert result["correct_value"] == "2016-04-22"


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("196 signatories (195 States and the EU)", "inconsistent"),
        ("195 signatories", "consistent"),
        ("195 signatories (194 States and the EU)", "consistent"),
    ],
)
def test_signatories_told_as_signed_are_counted(client: TestClient, value: str, verdict: str) -> None:
    """'195 nations and the European Union have signed' (23 September 2019): 195 signatories since signature closed."""
    result = judge(client, "2019-09-23", kind="signed", treaty="paris-agreement", value=value)
    assert result["verdict"] == verdict, result["explanation"]


def test_a_state_s_signature_is_not_a_count(client: TestClient) -> None:
    result = judge(client, "2019-09-23", kind="signed", treaty="paris-agreement", state="USA", value="2016-04-22")
    assert result["verdict"] == "consistent"


# --- a notice's addressee by its initialism --------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "P1Y from notice to the OAS Secretary General",
        "P1Y from notice to the Secretary General of the OAS",
        "notice to the OAS Secretary General",
    ],
)
def test_the_oas_secretary_general_is_the_clause_s_addressee(client: TestClient, value: str) -> None:
    """ACHR Art. 78(1): notice 'addressed to the Secretary General of the Organization'; 'OAS' spells it."""
    result = judge(client, "2012-09-12", kind="rule", treaty="achr", value=value)
    assert result["verdict"] == "consistent", result["explanation"]


@pytest.mark.parametrize("value", ["P1Y from notice to the OAS Permanent Council", "notice to the IACHR"])
def test_another_body_named_by_initials_stays_another_body(client: TestClient, value: str) -> None:
    result = judge(client, "2012-09-12", kind="rule", treaty="achr", value=value)
    assert result["verdict"] == "partly_consistent", result["explanation"]


# --- an entry into force for one State told as a period after its deposit --------------------------------------


@pytest.mark.parametrize(
    ("value", "verdict"),
    [
        ("P90D from the deposit (2020-10-04)", "consistent"),
        ("P90D after the deposit (2020-10-04)", "consistent"),
        ("P90D from the deposit (2020-10-05)", "inconsistent"),
    ],
)
def test_an_entry_into_force_told_as_a_period_is_judged_by_its_day(
    client: TestClient, value: str, verdict: str
) -> None:
    """'Will enter into force for China 90 days after the deposit' (deposit 6 July 2020; ATT Art. 22(2))."""
    result = judge(client, "2020-07-07", kind="entry_into_force", treaty="att", state="CHN", value=value)
    assert result["verdict"] == verdict, result["explanation"]


@pytest.mark.parametrize(("value", "verdict"), [("P60D after the deposit", "consistent"), ("P90D", "inconsistent")])
def test_a_period_for_one_state_against_the_clause(client: TestClient, value: str, verdict: str) -> None:
    """Rome Statute Art. 126(2): the first day of the month after the 60th day following the deposit."""
    if value == "P90D":
        value = "P90D from the deposit"
    result = judge(client, "2024-10-26", kind="entry_into_force", treaty="rome-statute", state="UKR", value=value)
    assert result["verdict"] == verdict, result["explanation"]
