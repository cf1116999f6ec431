"""Every real withdrawal recorded beside its rule runs as a test of that rule."""

from __future__ import annotations

import pytest

from app.rulebook import load_rulebook
from app.services.assessment import AssessmentService
from schemas.api import AssessmentRequest
from tests.conftest import TODAY

EXAMPLES = [
    pytest.param(treaty.id, example, id=f"{treaty.id}-{example.state}-{example.received}-{i}")
    for treaty in load_rulebook().treaties.values()
    for i, example in enumerate(treaty.examples)
]


def test_there_are_real_examples() -> None:
    assert len(EXAMPLES) >= 25


@pytest.mark.parametrize(("treaty_id", "example"), EXAMPLES)
def test_rule_example(service: AssessmentService, treaty_id: str, example: object) -> None:
    request = AssessmentRequest(
        treaty=treaty_id,
        state=example.state,  # type: ignore[attr-defined]
        notification_date=example.received,  # type: ignore[attr-defined]
        facts=example.facts,  # type: ignore[attr-defined]
    )
    effective = service.evaluate(request, today=TODAY, world=False).assessment.effective  # the rule beside it
    assert (effective.status, effective.date) == (example.expect_status, example.expect_date)  # type: ignore[attr-defined]


RECORDS = [
    pytest.param(depositary.id, record, id=f"{depositary.id}-{record.treaty}-{record.state}-{record.received}")
    for depositary in load_rulebook().depositaries.values()
    for record in depositary.evidence
]


@pytest.mark.parametrize(("depositary_id", "record"), RECORDS)
def test_depositary_records_are_reproduced(service: AssessmentService, depositary_id: str, record: object) -> None:
    """Each depositary's counting practice reproduces the real records it rests on."""
    treaty = service.rulebook.treaties.get(record.treaty)  # type: ignore[attr-defined]
    if treaty is None:
        pytest.skip(f"{record.treaty} is not encoded yet")  # type: ignore[attr-defined]
    if treaty.depositary != depositary_id and not (treaty.depositary is None and depositary_id == "bilateral"):
        pytest.skip(f"{treaty.id}'s notices go to {treaty.depositary}; the record illustrates a general practice")
    request = AssessmentRequest(treaty=treaty.id, state=record.state, notification_date=record.received)  # type: ignore[attr-defined]
    effective = service.evaluate(request, today=TODAY, world=False).assessment.effective
    assert effective.date == record.effective  # type: ignore[attr-defined]
