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
        ("2017-03-08", "ZAF", "2017-10"),  # the notice of October 2016 was revoked: a counterfactual
    ],
)
def test_what_the_absence_of_a_notice_does_not_decide(client: TestClient, as_of: str, state: str, value: str) -> None:
    result = judge(client, as_of, kind="effective_date", treaty="rome-statute", state=state, value=value)
    assert result["verdict"] == "unverifiable", result
