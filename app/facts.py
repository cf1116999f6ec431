"""What is derived from the facts declared once in :class:`schemas.facts.AssessmentFacts`.

Adding a fact is one field there (type, help text and a :class:`~schemas.facts.Fact` with its label and what
the engine sees); the POST body is that model, and the GET query parameters, the engine facts, the page's
form and the engine cross-check tests are built from it here.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any, Literal, TypeVar

from pydantic import BaseModel, Field, create_model

from schemas.facts import FACTS, AssessmentFacts, FactField, LegalDate

FactValue = bool | str
M = TypeVar("M", bound=BaseModel)


def engine_facts(facts: AssessmentFacts, ruleset: Literal["treaty", "state"]) -> dict[str, FactValue]:
    """The facts the rules of ``ruleset`` see: a value as ``true``/``false``/``"unknown"``, a date as whether
    it was given (the date itself is the date functions' business)."""
    seen: dict[str, FactValue] = {}
    for field in FACTS:
        if field.fact.engine is None or field.fact.ruleset != ruleset:
            continue
        value = getattr(facts, field.name)
        seen[field.name] = (value is not None) if field.fact.engine == "given" else _tri(value)
    return seen


def _tri(value: bool | None) -> FactValue:
    return "unknown" if value is None else value


def _query_annotation(field: FactField) -> Any:
    return LegalDate | None if field.type == "date" else bool | None


def with_fact_parameters(base: type[M]) -> type[M]:
    """``base`` (a GET query model) with one optional query parameter per declared fact, with its help text."""
    fields: dict[str, Any] = {f.name: (_query_annotation(f), Field(None, description=f.description)) for f in FACTS}
    return create_model(base.__name__, __base__=base, __module__=base.__module__, **fields)


def facts_from(values: BaseModel) -> AssessmentFacts:
    """The facts held by a flat model (the GET query) as :class:`AssessmentFacts`."""
    return AssessmentFacts.model_validate({f.name: getattr(values, f.name) for f in FACTS})


def random_facts(rng: random.Random, received: dt.date) -> dict[str, object]:
    """Random facts for the soak test: each declared fact, given half the time (dates around the notice)."""
    facts: dict[str, object] = {}
    for field in FACTS:
        if rng.random() < 0.5:
            continue
        if field.type == "bool":
            facts[field.name] = rng.choice([True, False])
        else:
            span = field.fact.sample_days or 365
            facts[field.name] = received + dt.timedelta(days=rng.randrange(min(0, span), max(0, span) + 1))
    return facts
