"""Rules that change on a date and what the records add: the ECT recipient after Portugal left (2 February
2025), the 2017 Brexit notice with its recorded extensions, Russia's CTBT revocation of ratification."""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.services.assessment import AssessmentService
from schemas.api import AssessmentRequest


def _ask(service: AssessmentService, treaty: str, state: str, notified: str, **facts: Any) -> Any:
    request = AssessmentRequest(
        treaty=treaty, state=state, notification_date=dt.date.fromisoformat(notified), facts=facts,
        as_of=dt.date(2026, 11, 28),
    )  # fmt: skip
    return service.assess(request)


def _notice(answer: Any) -> Any:
    return next(r for r in answer.requirements if r.id == "ect/notice")


def test_an_ect_notice_after_2_february_2025_goes_to_the_secretariat(service: AssessmentService) -> None:
    after = _notice(_ask(service, "ect", "JPN", "2025-06-01"))
    assert any("Energy Charter Secretariat" in r for r in after.recipients)
    assert not any("Portuguese" in r for r in after.recipients)
    assert "2025-02-02" in after.citation.cite and after.citation.url and "eumonitor" in after.citation.url
    before = _notice(_ask(service, "ect", "JPN", "2024-06-01"))
    assert any("Portuguese Republic" in r for r in before.recipients)


def test_portugal_own_ect_withdrawal_is_an_example(service: AssessmentService) -> None:
    answer = _ask(service, "ect", "PRT", "2024-02-01")
    assert (answer.effective.status, answer.effective.date) == ("determined", dt.date(2025, 2, 2))


def test_the_2017_brexit_notice_answers_with_its_agreed_date_and_shows_the_extensions(
    service: AssessmentService,
) -> None:
    answer = _ask(service, "teu", "GBR", "2017-03-29")
    assert (answer.effective.status, answer.effective.date) == ("determined", dt.date(2020, 2, 1))
    known = next(c for c in answer.effective.conditions if c.kind == "known_fact")
    assert known.id == "world/records/teu" and "2019-04-13" in known.description and "2019-11-01" in known.description
    given = _ask(service, "teu", "GBR", "2017-03-29", agreed_date="2019-04-13")  # a fact given still wins
    assert given.effective.date == dt.date(2019, 4, 13)


def test_a_revocation_of_ratification_is_not_a_withdrawal(service: AssessmentService) -> None:
    answer = _ask(service, "ctbt", "RUS", "2024-06-01")
    assert answer.effective.status == "not_a_party"
    assert "revocation of ratification" in answer.effective.explanation
