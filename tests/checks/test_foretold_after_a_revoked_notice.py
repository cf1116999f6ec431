"""A date foretold for a new notice is judged by it, not by a revoked one (issue 14: verdicts as of the article's
date): on 20-21 January 2025, 'The US exit from the WHO takes effect on 22 January 2026' foretells the notice received on
22 January 2025 (one year: 22 U.S.C. 290c, the reservation of 1948). Before, the notice of 6 July 2020, revoked on 20
January 2021, made it 'revoked', wrong. A date the new notice does not bear out is still judged by the revoked one."""

from __future__ import annotations

import datetime as dt

import pytest

from app.services.assessment import AssessmentService
from app.services.checks import CheckService
from schemas.checks import Claim


@pytest.fixture(scope="module")
def checks(service: AssessmentService) -> CheckService:
    return CheckService(service)


def _claim(value: str, as_of: dt.date) -> Claim:
    return Claim(kind="effective_date", treaty="who-constitution", state="USA", value=value, as_of=as_of,
                 tense="future")  # fmt: skip


@pytest.mark.parametrize("as_of", [dt.date(2025, 1, 20), dt.date(2025, 1, 21)])
def test_the_new_notice_bears_the_foretold_date_out(checks: CheckService, as_of: dt.date) -> None:
    result = checks.check(_claim("2026-01-22", as_of), as_of)
    assert (result.verdict, result.correct_value) == ("consistent", "2026-01-22")
    assert "after the article" in result.explanation


def test_a_date_neither_notice_bears_out_is_wrong(checks: CheckService) -> None:
    assert checks.check(_claim("2025-07-06", dt.date(2025, 1, 21)), dt.date(2025, 1, 21)).verdict == "inconsistent"
