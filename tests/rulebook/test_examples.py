"""The legal cases, all in the rule files beside the rules they test (OpenFisca's YAML tests), each a named test:
every real withdrawal (``examples``, with its sources) and every constructed edge case (``cases``, with the legal
point it pins), answered from the rules alone; and each depositary's counting against its real records."""

from __future__ import annotations

import dataclasses
from types import MappingProxyType

import pytest

from app.rulebook import load_rulebook
from app.services.assessment import AssessmentService
from app.services.coverage import case_computed, case_effective, case_expected, lint_examples
from schemas.api import AssessmentRequest
from schemas.rules import Case
from tests.conftest import TODAY

RULEBOOK = load_rulebook()  # loaded once for collection
EXAMPLES = [
    pytest.param(treaty.id, example, id=f"{treaty.id}-{example.state}-{example.received}-{i}")
    for treaty in RULEBOOK.treaties.values()
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
    assert "None" not in effective.explanation


CASES = [
    pytest.param(treaty.id, case, id=f"{treaty.id}-{case.name}")
    for treaty in RULEBOOK.treaties.values()
    for case in treaty.cases
]


@pytest.mark.parametrize(("treaty_id", "case"), CASES)
def test_rule_case(service: AssessmentService, treaty_id: str, case: Case) -> None:
    effective = case_effective(service, treaty_id, case)
    assert case_computed(case, effective) == case_expected(case), case.why
    assert "None" not in effective.explanation


def test_a_wrong_case_is_a_problem_rules_check_reports(service: AssessmentService) -> None:
    """`rules check` recomputes the cases too: a case expecting another answer is reported with its name."""
    rulebook = service.rulebook
    treaty = rulebook.treaties["kyoto-protocol"]
    case = treaty.cases[0].model_copy(update={"expect_status": "determined"})
    wrong = treaty.model_copy(update={"cases": [case], "examples": []})
    treaties = MappingProxyType({wrong.id: wrong, "vclt": rulebook.general_law})
    broken = dataclasses.replace(rulebook, treaties=treaties, _owned={})
    problems = lint_examples(AssessmentService(broken, service.engine), TODAY)
    assert [(p.treaty, p.expected.split(":")[0]) for p in problems] == [("kyoto-protocol", f"case {case.name}")]


RECORDS = [
    pytest.param(depositary.id, record, id=f"{depositary.id}-{record.treaty}-{record.state}-{record.received}")
    for depositary in RULEBOOK.depositaries.values()
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
