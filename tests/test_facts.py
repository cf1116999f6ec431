"""Each fact is declared once (schemas/facts.py); the GET query, the engine facts, the page's form and the soak's
random questions are derived from that declaration, so a new fact cannot be silently left out of one of them."""

from __future__ import annotations

import datetime as dt
import random

import pytest
from fastapi.testclient import TestClient

from app.facts import random_facts
from app.services.assessment import AssessmentService
from schemas.api import AssessmentRequest
from schemas.facts import ENGINE_FACT_NAMES, FACTS
from tests.conftest import TODAY

NAMES = [f.name for f in FACTS]


def test_every_fact_is_a_query_parameter_of_the_get_assessment(client: TestClient) -> None:
    operation = client.get("/openapi.json").json()["paths"]["/v1/assessments"]["get"]
    parameters = {p["name"]: p for p in operation["parameters"]}
    for fact in FACTS:
        assert fact.name in parameters
        assert parameters[fact.name].get("description") == fact.description


@pytest.mark.parametrize("fact", FACTS, ids=NAMES)
def test_a_fact_given_by_get_is_the_same_as_by_post(client: TestClient, fact: object) -> None:
    value = "true" if fact.type == "bool" else "2026-09-01"  # type: ignore[attr-defined]
    query = {"treaty": "rome-statute", "state": "HUN", "notification_date": "2025-06-02", "as_of": "2026-01-01"}
    got = client.get("/v1/assessments", params=query | {fact.name: value})  # type: ignore[attr-defined]
    posted = client.post(
        "/v1/assessments",
        json={k: v for k, v in query.items()}
        | {"facts": {fact.name: value == "true" if fact.type == "bool" else value}},  # type: ignore[attr-defined]
    )
    assert got.status_code == posted.status_code == 200, got.text
    assert got.json() == posted.json()


def test_every_fact_is_on_the_page_form(client: TestClient) -> None:
    html = client.get("/").text
    for name in NAMES:
        assert f'name="{name}"' in html


def test_engine_facts_follow_the_declaration(service: AssessmentService) -> None:
    treaty_facts = {f.name for f in FACTS if f.fact.engine and f.fact.ruleset == "treaty"}
    seen = service.engine_facts(AssessmentRequest(treaty="apmbc", state="LTU"), today=TODAY)
    assert treaty_facts <= set(seen) <= ENGINE_FACT_NAMES
    given = {f.name: (True if f.type == "bool" else dt.date(2030, 1, 1)) for f in FACTS}
    seen = service.engine_facts(AssessmentRequest(treaty="apmbc", state="LTU", facts=given), today=TODAY)  # type: ignore[arg-type]
    assert all(seen[name] is True for name in treaty_facts)


def test_the_soak_draws_every_fact() -> None:
    rng = random.Random(1)
    drawn = set()
    for _ in range(50):
        drawn |= set(random_facts(rng, dt.date(2020, 1, 1)))
    assert drawn == set(NAMES)
