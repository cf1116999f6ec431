"""A ratification or accession dated at the treaty's entry into force for the state, not at the deposit: the right
day given to another act, partly right (README 'A date that is wrong': partly_consistent for 'the right day given to
another act'). A State consents by its deposit and is bound from entry into force for it (VCLT Art. 24(3); Rome
Statute Art. 126(2): the first day of the month after the sixtieth day following the deposit)."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(
    ("kind", "treaty", "state", "value", "verdict", "correct"),
    [
        # verafiles-2022-08-04: 'The Philippines acceded to the Rome Statute in November 2011, thus binding the country'
        ("ratified", "rome-statute", "PHL", "2011-11", "partly_consistent", "2011-08-30"),
        ("acceded", "rome-statute", "PHL", "2011-11", "partly_consistent", "2011-08-30"),
        # paraphrases: Ukraine (deposit 25 October 2024, in force 1 January 2025); Latvia and Ottawa (1 July 2005, 2006)
        ("ratified", "rome-statute", "UKR", "2025-01-01", "partly_consistent", "2024-10-25"),
        ("acceded", "apmbc", "LVA", "2006-01", "partly_consistent", "2005-07-01"),
        # look-alikes: the deposit's month is right; a month holding neither is wrong
        ("ratified", "rome-statute", "PHL", "2011-08", "consistent", "2011-08-30"),
        ("ratified", "rome-statute", "PHL", "2011-12", "inconsistent", "2011-08-30"),
    ],
)
def test_consent_dated_at_the_entry_into_force(
    client: TestClient, kind: str, treaty: str, state: str, value: str, verdict: str, correct: str
) -> None:
    result = judge(client, "2025-06-01", kind=kind, treaty=treaty, state=state, value=value)
    assert (result["verdict"], result["correct_value"]) == (verdict, correct), result
