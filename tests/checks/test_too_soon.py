"""An exit claimed for a day no notice could reach: Burkina Faso, Mali and Niger said on 22 September 2025 that
their withdrawal from the Rome Statute took effect 'immediately', but Art. 127(1) counts one year from the
Secretary-General's receipt of a written notification, and none was recorded. A date before the earliest a notice
received on the article's day could reach is wrong in law; a date after it, a revoked notice or an exit long past
is not judged from the absence of a record."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize("value", ["2025-09-22", "2025-10", "immediately"])
def test_an_effect_before_any_notice_could_reach_it_is_wrong(client: TestClient, value: str) -> None:
    result = judge(client, "2025-09-23", kind="effective_date", treaty="rome-statute", state="MLI", value=value)
    assert result["verdict"] == "inconsistent", result
    assert result["correct_value"] == "not before 2026-09-23"
    assert "No notification by Mali" in result["explanation"]


@pytest.mark.parametrize(
    ("as_of", "state", "value"),
    [
        ("2025-09-23", "MLI", "2026-12"),  # a notice received soon could still reach it
        ("2025-09-23", "MLI", "2019-05"),  # an exit long past: the records may lack its notice
    ],
)
def test_what_the_absence_of_a_notice_does_not_decide(client: TestClient, as_of: str, state: str, value: str) -> None:
    """(A notice revoked before the article, South Africa's of October 2016, is judged as what would have been:
    tests/checks/test_world_facts_judged.py.)"""
    result = judge(client, as_of, kind="effective_date", treaty="rome-statute", state=state, value=value)
    assert result["verdict"] == "unverifiable", result


@pytest.mark.parametrize(
    ("treaty", "state", "as_of", "value", "verdict"),
    [
        ("unfccc", "USA", "2026-01-08", "2026-01-07", "partly_consistent"),  # a memorandum told as an exit
        ("rome-statute", "MLI", "2025-09-23", "2025-09-22", "partly_consistent"),  # an announcement told as one
        ("criminal-law-convention-corruption", "RUS", "2023-07-04", "2023-07-01", "unverifiable"),  # no records kept
    ],
)
def test_an_exit_said_on_the_day_with_no_notice(
    client: TestClient, treaty: str, state: str, as_of: str, value: str, verdict: str
) -> None:
    """'X withdrew on <a day of the article's week>', no notice of X recorded: where the world files keep the
    treaty's exits, no exit can have taken effect (the clause counts from receipt); where they keep none (Russia's
    denunciation of the Criminal Law Convention took effect on 1 July 2023, its receipt unrecorded), nothing is
    inferred from the absence."""
    result = judge(client, as_of, kind="withdrew", treaty=treaty, state=state, value=value)
    assert result["verdict"] == verdict, result
