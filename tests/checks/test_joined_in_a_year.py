"""A joining dated by the entry into force for the state (a period holding only the deposit: partly), a day naming
either (README 'Joined in a year'); a joining in the present tense tells the week's news to the report's day. The
world party list's entry into force completes a rule file's participation record that lacks it (Hungary and the Rome
Statute: deposit 30 November 2001, in force 1 July 2002)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("treaty", "state", "as_of", "value", "tense", "verdict"),
    [
        ("apmbc", "LVA", "2025-04-16", "2005", "past", "partly_consistent"),  # dpa-2025-04-16: acceded July 2005
        ("apmbc", "LVA", "2025-04-16", "2006", "past", "consistent"),  # a party from 1 January 2006
        ("apmbc", "POL", "2026-02-20", "2012", "past", "partly_consistent"),  # clashreport: deposit 27 December 2012
        ("rome-statute", "HUN", "2025-04-03", "2002", "past", "consistent"),  # bbc: in force 1 July 2002
        ("rome-statute", "HUN", "2025-04-03", "2001", "past", "partly_consistent"),  # paraphrase: the deposit's year
        ("rome-statute", "HUN", "2025-04-03", "2001-11-30", "past", "consistent"),  # the deposit's day
        ("rome-statute", "HUN", "2025-04-03", "2003", "past", "inconsistent"),
        ("rome-statute", "ARM", "2024-01-31", "2024-01-31", "past", "inconsistent"),  # 'joined ... on Jan. 31'
        # 'Armenia formally joins ICC' on 31 January 2024: the report's day, a day before its entry into force
        ("rome-statute", "ARM", "2024-01-31", "0001-01-01/2024-01-31", "present", "inconsistent"),
        ("rome-statute", "UKR", "2025-01-01", "0001-01-01/2025-01-01", "present", "consistent"),  # 'Ukraine joins'
        ("rome-statute", "ARM", "2024-01-31", "0001-01-01/2024-01-31", "past", "partly_consistent"),  # deposited only
    ],
)
def test_joined(client: TestClient, treaty: str, state: str, as_of: str, value: str, tense: str, verdict: str) -> None:
    result = judge(client, as_of, kind="joined", treaty=treaty, state=state, value=value, tense=tense)
    assert result["verdict"] == verdict, result


@pytest.mark.parametrize(
    ("treaty", "state", "as_of", "verdict"),
    [
        ("unesco-constitution", "USA", "2023-07-11", "consistent"),  # afp: 'becomes a full member', deposit 10 July
        ("single-convention", "BOL", "2013-02-12", "consistent"),  # wola: 'Officially Returns', in force 10 February
        ("rome-statute", "ARM", "2024-01-31", "inconsistent"),  # 'formally joins', in force the next day
    ],
)
def test_a_present_headline_tells_the_week_s_news(
    client: TestClient, treaty: str, state: str, as_of: str, verdict: str
) -> None:
    value = f"0001-01-01/{as_of}"
    result = judge(client, as_of, kind="joined", treaty=treaty, state=state, value=value, tense="present")
    assert result["verdict"] == verdict, result


def test_a_present_headline_names_the_day_s_act(client: TestClient) -> None:
    """buzzfeednews-2021-01-20: 'Biden Rejoins Paris Climate Agreement', the acceptance deposited that day."""
    result = judge(
        client, "2021-01-20", kind="joined", treaty="paris-agreement", state="USA", value="0001-01-01/2021-01-20",
        tense="present",
    )  # fmt: skip
    assert result["verdict"] == "consistent", result


@pytest.mark.parametrize(
    ("treaty", "state", "as_of", "value"),
    [
        (
            "istanbul-convention",
            "UKR",
            "2025-11-05",
            "2011",
        ),  # liga: 'joined ... back in 2011', signed 11 November 2011
        ("apmbc", "UKR", "2025-04-16", "1999"),  # tass: 'when 164 states, including Ukraine, joined it', signed 1999
        ("who-constitution", "USA", "2025-01-28", "1946"),  # merylnass: 'joined the WHO by signing ... in 1946'
    ],
)
def test_a_joining_dated_by_the_signature_is_wrong(
    client: TestClient, treaty: str, state: str, as_of: str, value: str
) -> None:
    """A signature does not make a party (VCLT Arts. 14, 24): the signature's year given to the joining is wrong."""
    result = judge(client, as_of, kind="joined", treaty=treaty, state=state, value=value)
    assert result["verdict"] == "inconsistent", result
