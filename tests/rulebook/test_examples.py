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
    effective = service.assess(request, today=TODAY).effective
    assert (effective.status, effective.date) == (example.expect_status, example.expect_date)  # type: ignore[attr-defined]
