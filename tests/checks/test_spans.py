"""An effective date given as a span of named days (ECOWAS, Revised Treaty Art. 91(1): the exits of Burkina Faso,
Mali and Niger took effect on 29 January 2025, one year after the notices; 29 July 2025 ended a transition the
Authority set). A span wider than a week that holds the fixed date is partly right; a calendar unit is not a span."""

from __future__ import annotations

from typing import Any

import pytest
from fastapi.testclient import TestClient


def judge(client: TestClient, as_of: str, **claim: Any) -> dict[str, Any]:
    response = client.post("/v1/checks", json={"as_of": as_of, "claims": [claim]})
    assert response.status_code == 200, response.text
    result: dict[str, Any] = response.json()["results"][0]
    return result


def test_a_span_holding_the_fixed_date_is_partly_right(client: TestClient) -> None:
    value = "2025-01-29/2025-07-29"
    result = judge(client, "2024-12-15", kind="effective_date", treaty="ecowas-treaty", state="MLI", value=value)
    assert result["verdict"] == "partly_consistent", result
    assert result["correct_value"] == "2025-01-29"
    assert "fixed, not open" in result["explanation"]


@pytest.mark.parametrize("value", ["2025-01-29", "January 2025", "2025", "2025-01-27/2025-01-31"])
def test_a_day_a_calendar_unit_or_a_few_days_stay_consistent(client: TestClient, value: str) -> None:
    result = judge(client, "2024-12-15", kind="effective_date", treaty="ecowas-treaty", state="MLI", value=value)
    assert result["verdict"] == "consistent", result


def test_a_span_missing_the_date_is_still_wrong(client: TestClient) -> None:
    value = "2025-02-01/2025-07-29"
    result = judge(client, "2024-12-15", kind="effective_date", treaty="ecowas-treaty", state="MLI", value=value)
    assert result["verdict"] == "inconsistent", result
