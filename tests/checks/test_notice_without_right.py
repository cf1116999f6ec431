"""A notice of withdrawal from a treaty the rules give no right to leave ends nothing: the ICCPR (Human Rights
Committee General Comment No. 26, 1997; VCLT Art. 56(1)) and North Korea's notice of August 1997
(thedailystar-2022-12-01: 'North Korea as a state party continues to bear the legal obligations under the ICCPR')."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from tests.checks.test_judging import judge


@pytest.mark.parametrize(("value", "verdict"), [("true", "consistent"), ("false", "inconsistent")])
@pytest.mark.parametrize("as_of", ["1998-01-01", "2022-12-01"])
def test_still_bound_after_a_notice_without_a_right(client: TestClient, value: str, verdict: str, as_of: str) -> None:
    result = judge(client, as_of, kind="bound_on", treaty="iccpr", state="PRK", value=value)
    assert (result["verdict"], result["correct_value"]) == (verdict, "true"), result
    assert "August 1997" in result["explanation"] and "General Comment No. 26" in result["explanation"]


def test_a_treaty_with_a_clause_is_left_by_its_notice(client: TestClient) -> None:
    """Look-alike: the INF Treaty has a clause (Art. XV(2)): the US notice took effect on 2 August 2019."""
    result = judge(client, "2022-12-01", kind="bound_on", treaty="inf-treaty", state="USA", value="true")
    assert result["verdict"] == "inconsistent", result
