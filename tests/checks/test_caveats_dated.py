"""A count's caveat comes from the counted period the answer rests on, not from another period with the same
number (world/counts/coe-statute.yaml: 46 members since 16 March 2022, read; 46 taking part from 25 February to
15 March 2022, COMPUTED as the 47 less Russia, suspended). README 'Judging' (caveats)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from schemas.checks import Claim


@pytest.fixture(scope="module")
def checks(service: AssessmentService) -> CheckService:
    return CheckService(service)


def _count(checks: CheckService, day: str) -> tuple[str, list[str]]:
    on = dt.date.fromisoformat(day)
    result = checks.check(Claim(kind="parties_count", treaty="coe-statute", value="46", as_of=on), on)
    return result.verdict, result.caveats


def test_a_count_of_2025_rests_on_no_doubt_of_2022(checks: CheckService) -> None:
    verdict, caveats = _count(checks, "2025-08-26")  # Sky News, 26 August 2025: "46 signatories"
    assert verdict == "consistent"
    assert caveats == []


def test_a_count_resting_on_a_computed_period_says_so(checks: CheckService) -> None:
    """ECOWAS's 12 from 29 January 2025, COMPUTED as 15 less Burkina Faso, Mali and Niger (Art. 91)."""
    on = dt.date(2025, 6, 1)
    result = checks.check(Claim(kind="parties_count", treaty="ecowas-treaty", value="12", as_of=on), on)
    assert result.verdict == "consistent"
    assert any("computed as 15 less" in c for c in result.caveats), result.caveats
