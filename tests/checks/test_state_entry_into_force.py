"""A treaty's entry into force for a State that consents later, by its clause (rules/treaties/rome-statute.yaml
``state_entry_into_force``, Art. 126(2): 'on the first day of the month after the 60th day following the deposit by
such State of its instrument'): the rule told in news, and the day computed from a deposit."""

from __future__ import annotations

import datetime as dt

import pytest
from fastapi.testclient import TestClient

from app.rulebook import Rulebook
from app.services.checks.state_in_force import in_force_for
from tests.checks.test_judging import judge


def test_the_clause_gives_every_recorded_day(rulebook: Rulebook) -> None:
    """Every deposit the UN status table dates, with the entry into force it gives (world/parties), agrees with
    Art. 126(1)-(2): those before the Statute's own entry into force on 1 July 2002, then the clause."""
    treaty = rulebook.treaties["rome-statute"]
    rows = [m for row in rulebook.world.parties["rome-statute"].parties for m in row.memberships]
    dated = [(m.consent_date, m.in_force) for m in rows if m.consent_date and m.in_force]
    assert len(dated) > 100
    assert all(in_force_for(treaty, deposit) == in_force for deposit, in_force in dated)


@pytest.mark.parametrize(
    ("deposit", "in_force"),
    [
        ("2024-10-25", "2025-01-01"),  # Ukraine: 60th day 24 December 2024
        ("2023-11-14", "2024-02-01"),  # Armenia: 60th day 13 January 2024
        ("2011-08-30", "2011-11-01"),  # the Philippines: 60th day 29 October 2011
        ("2002-04-11", "2002-07-01"),  # the sixtieth deposits: the Statute's own entry into force (Art. 126(1))
        ("2001-11-30", "2002-07-01"),  # Hungary, before it
    ],
)
def test_a_day_from_a_deposit(rulebook: Rulebook, deposit: str, in_force: str) -> None:
    treaty = rulebook.treaties["rome-statute"]
    assert in_force_for(treaty, dt.date.fromisoformat(deposit)) == dt.date.fromisoformat(in_force)


def test_no_clause_no_day(rulebook: Rulebook) -> None:
    assert in_force_for(rulebook.treaties["apmbc"], dt.date(2005, 7, 1)) is None


@pytest.mark.parametrize(
    ("as_of", "state", "value", "verdict"),
    [
        # kyivindependent-2024-08-21: 'It will come into force 60 days after being received by the U.N. secretary
        # general' (the first day of the following month left out)
        ("2024-08-21", "UKR", "P60D from deposit with the Secretary-General", "partly_consistent"),
        # paraphrases: Armenia and 'ratification' (the instrument deposited), no state, the whole clause told
        ("2023-10-04", "ARM", "P60D from ratification", "partly_consistent"),
        ("2024-08-21", None, "P60D from the deposit of the instrument", "partly_consistent"),
        ("2024-08-21", "UKR", "first day of the month after P60D from the deposit of the instrument", "consistent"),
        # look-alikes: another period, another event; a withdrawal's period stays a withdrawal rule
        ("2024-08-21", "UKR", "P90D from deposit", "inconsistent"),
        ("2024-08-21", "UKR", "P60D from the parliament's vote", "inconsistent"),
        ("2024-08-21", "UKR", "P1Y from the notification", "consistent"),
        ("2024-08-21", None, "P1Y from receipt by the Secretary-General", "consistent"),
    ],
)
def test_the_rule_told(client: TestClient, as_of: str, state: str | None, value: str, verdict: str) -> None:
    claim = {"kind": "rule", "treaty": "rome-statute", "value": value} | ({"state": state} if state else {})
    result = judge(client, as_of, **claim)
    assert result["verdict"] == verdict, result


def test_the_rule_told_names_the_state_s_day(client: TestClient) -> None:
    value = "P60D from deposit with the Secretary-General"
    result = judge(client, "2024-08-21", kind="rule", treaty="rome-statute", state="UKR", value=value)
    assert "Art. 126(2)" in result["explanation"] and "1 January 2025" in result["explanation"]
    assert result["correct_value"].endswith("(2025-01-01)")


def test_a_treaty_without_the_clause_keeps_its_withdrawal_rule(client: TestClient) -> None:
    """Ottawa: no state_entry_into_force held, so 'six months from deposit' is read as its withdrawal rule."""
    result = judge(client, "2025-07-01", kind="rule", treaty="apmbc", value="P6M from deposit")
    assert result["verdict"] == "consistent" and "Art. 20(3)" in result["explanation"]
