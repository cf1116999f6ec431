"""Answers written through app/json_parts.py are byte for byte what pydantic writes, and shared parts never
change after they are shared."""

from __future__ import annotations

from typing import Any

import pytest

from app import json_parts
from app.json_parts import changed_parts, dumps, shared
from app.provisions.base import AssessmentError
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService, answer_json
from app.services.lookup import Ambiguous, NotFound
from bench.queries import assessment_queries, cold_queries, open_treaties
from schemas.api import Assessment, AssessmentRequest, AssessmentSummary, StateRef
from tests.conftest import TODAY, dev_cases


def _questions(rulebook: Rulebook) -> list[dict[str, Any]]:
    cases = [
        {"treaty": c["treaty"], "state": c["state"], "facts": c["facts"], "notification_date": c["notification_date"]}
        for c in dev_cases()
    ]
    base = assessment_queries(open_treaties(rulebook), 300, seed=3)
    return cases + base + cold_queries(base, 300) + [{"treaty": t, "state": "FRA"} for t in rulebook.treaties]


def test_answers_are_written_as_pydantic_writes_them(rulebook: Rulebook, service: AssessmentService) -> None:
    written = 0
    for question in _questions(rulebook):
        try:
            evaluation = service.evaluate(AssessmentRequest.model_validate({"as_of": TODAY.isoformat(), **question}))
        except (AssessmentError, NotFound, Ambiguous):
            continue
        answer = evaluation.assessment
        assert dumps(answer) == answer.model_dump_json().encode(), question
        assert answer_json(evaluation) == dumps(answer), question  # as the API writes it: the plan's runs spliced
        # the answer, read back as the model, is the same answer
        assert Assessment.model_validate_json(dumps(answer)).model_dump_json() == answer.model_dump_json()
        summary = AssessmentSummary.of(answer)
        assert dumps(summary) == summary.model_dump_json().encode()
        written += 1
    assert written > 600
    assert changed_parts() == []


def test_a_part_changed_after_sharing_is_found(service: AssessmentService) -> None:
    answer = service.assess(AssessmentRequest(treaty="ccm", state="FRA", notification_date=TODAY, as_of=TODAY))
    treaty = answer.treaty
    before = treaty.name
    treaty.name = before + " (changed)"
    try:
        assert treaty in changed_parts()
        assert dumps(answer) != answer.model_dump_json().encode()  # what the check above exists to catch
    finally:
        treaty.name = before
    assert changed_parts() == []


def test_other_objects_are_refused() -> None:
    with pytest.raises(TypeError):
        dumps(AssessmentRequest.model_construct(treaty=object()))  # type: ignore[arg-type]


def test_forgotten_parts_are_written_in_full(monkeypatch: pytest.MonkeyPatch) -> None:
    """Past MAX_PARTS the oldest parts are forgotten, fragment and model together; their JSON is then written
    from their fields, the same bytes."""
    monkeypatch.setattr(json_parts, "MAX_PARTS", 16)
    monkeypatch.setattr(json_parts, "_PARTS", {})  # a cache of its own (the others' parts stay as they are)
    monkeypatch.setattr(json_parts, "_FRAGMENTS", {})
    parts = [shared(StateRef(iso3=f"X{i:02d}", name=f"State {i}", domestic_procedure="encoded")) for i in range(40)]
    assert len(json_parts._PARTS) <= 16 and json_parts._FRAGMENTS.keys() == json_parts._PARTS.keys()
    assert all(dumps(part) == part.model_dump_json().encode() for part in parts)
