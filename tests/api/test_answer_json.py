"""The API writes an answer from its fields and its plan (app/services/assessment.py ``answer_json``: no models
built for the answer and its effect; the trace, citations and domestic steps the plan lists written from their
JSON joined once, app/json_parts.py ``Run``): the bytes are pydantic's ``model_dump_json()`` of the answer's
validated model, on generated questions over every treaty, and a run is spliced only where the list holds its
very parts."""

from __future__ import annotations

import datetime as dt
import random

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from app.facts import random_facts
from app.json_parts import run_of, shared, spliced
from app.provisions.base import AssessmentError
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService, answer_json
from app.services.lookup import Ambiguous, NotFound
from schemas.api import Assessment, AssessmentRequest, Citation, Condition, Effective, PartyStatusRef, StateRef
from tests.conftest import TODAY

STATES = ["FRA", "USA", "UKR", "RUS", "GBR", "DEU", "BDI", "VEN", "JPN", "HUN", "LTU", "PHL", "ISR", "TTO"]


@settings(max_examples=60, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    index=st.integers(min_value=0, max_value=10_000),
    state=st.sampled_from(STATES),
    received=st.one_of(st.none(), st.dates(dt.date(1950, 1, 1), dt.date(2199, 12, 31))),
    seed=st.integers(min_value=0, max_value=2**16),
)
def test_answers_written_from_the_plan_are_pydantics_bytes(
    rulebook: Rulebook, service: AssessmentService, index: int, state: str, received: dt.date | None, seed: int
) -> None:
    treaty = sorted(rulebook.treaties)[index % len(rulebook.treaties)]
    facts = random_facts(random.Random(seed), received or TODAY) if seed % 3 == 0 else {}
    question = {"treaty": treaty, "state": state, "notification_date": received, "facts": facts, "as_of": TODAY}
    try:
        request = AssessmentRequest.model_validate(question)
    except ValidationError:  # facts drawn past the last day a question may name (2199-12-31): no question at all
        return
    try:
        evaluation = service.evaluate(request, today=TODAY)
    except (AssessmentError, NotFound, Ambiguous):
        return
    assert evaluation.plan is not None
    assert answer_json(evaluation) == evaluation.assessment.model_dump_json().encode()


def test_an_answers_fields_are_its_models_in_their_order(service: AssessmentService) -> None:
    """The fields an evaluation holds are the models' (written without building them), and the models built from
    them on first use are the answer."""
    question = AssessmentRequest(treaty="apmbc", state="UKR", notification_date=dt.date(2025, 6, 27), as_of=TODAY)
    evaluation = service.evaluate(question, today=TODAY)
    assert list(evaluation.fields) == list(Assessment.model_fields)
    assert list(evaluation.fields["effective"]) == list(Effective.model_fields)
    assert list(evaluation.fields["party"]) == list(PartyStatusRef.model_fields)
    assert evaluation.assessment is evaluation.assessment  # built once
    assert evaluation.assessment.effective.status == evaluation.fields["effective"]["status"] == "conditional"
    unlisted = AssessmentRequest(
        treaty="convention-concerning-organisations-rural-workers-role", state="FRA", notification_date=TODAY
    )  # no party list recorded: the answer assumes a party, cited to the day
    evaluation = service.evaluate(unlisted, today=TODAY)
    (assumed,) = [c for c in evaluation.fields["effective"]["conditions"] if isinstance(c, dict)]
    assert list(assumed) == list(Condition.model_fields) and list(assumed["citation"]) == list(Citation.model_fields)
    assert evaluation.assessment.effective.conditions[-1] == Condition.model_validate(assumed)


def test_a_run_is_spliced_only_over_its_own_parts() -> None:
    parts = tuple(shared(StateRef(iso3=f"R{i:02d}", name=f"Run {i}", domestic_procedure="encoded")) for i in range(3))
    run = run_of(parts)
    extra = StateRef(iso3="R09", name="Extra", domestic_procedure="not_encoded")
    assert spliced([*parts, extra], run) == [run.json, extra]
    equal_copies = [p.model_copy() for p in parts]  # equal but other objects: written part by part
    assert spliced(equal_copies, run) is equal_copies
    assert spliced(list(parts[:2]), run) == list(parts[:2])  # shorter than the run
    assert spliced([parts[1], parts[0], parts[2]], run)[0] is parts[1]  # another order
    assert spliced([extra], run_of(())) == [extra]  # no parts: nothing to splice
