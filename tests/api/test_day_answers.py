"""A new question of a shape asked before is answered from the shape's kept answer with its own date's values
(app/services/day_answers.py): the ETag and the bytes must be the engine's for that question, on every treaty,
several states, and dates drawn where the law turns — month ends, 29 February, the days around entry into force,
adoption and termination, the party list's and the party's dates, recorded notifications and their effects,
armed conflicts, changes of depositary — and anywhere else."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from app.api.assessments import _prepared
from app.api.caching import etag_of_canonical
from app.dates.text import iso, iso_bytes
from app.facts import random_facts
from app.provisions.base import AssessmentError
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService
from app.services.day_answers import DayAnswers
from app.services.lookup import Ambiguous, NotFound
from schemas.api import AssessmentRequest
from tests.conftest import TODAY
from tests.run_lengths import RunLengths

STATES = ["FRA", "USA", "UKR", "RUS", "GBR", "BDI", "VEN", "HUN", "PHL", "TTO", "MLI", "GMB"]
STATES_PER_TREATY = RunLengths().day_answer_states  # 2 in CI (each treaty with 2 of the 12 in turn), 12 with --release
_DAY_FACTS = ("specified_date", "agreed_date")  # a shape naming either is answered by the engine every time


def _dates_in(value: Any) -> Iterator[dt.date]:
    if isinstance(value, dt.date):
        yield value
    elif isinstance(value, BaseModel):
        yield from _dates_in(value.__dict__)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _dates_in(item)
    elif isinstance(value, list | tuple):
        for item in value:
            yield from _dates_in(item)


def turning_days(rulebook: Rulebook, treaty: str, state: str) -> list[dt.date]:
    """Every date the rules and the world files hold about the treaty and the state, and the day either side."""
    world = rulebook.world
    held = [rulebook.treaties[treaty], world.parties.get(treaty), world.records_of(treaty, state)]
    held += [s for s in world.situations if state in s.parties]
    days = set(_dates_in(held))
    return sorted(d + dt.timedelta(days=k) for d in days for k in (-1, 0, 1) if d.year > 1900 and d.year < 2199)


def month_ends(rng: random.Random, count: int) -> list[dt.date]:
    days = []
    for _ in range(count):
        year, month = rng.randrange(1950, 2100), rng.randrange(1, 13)
        first_of_next = dt.date(year + month // 12, month % 12 + 1, 1)
        days.append(first_of_next - dt.timedelta(days=rng.choice([1, 2, 3, 4])))
    days.append(dt.date(rng.choice([2000, 2004, 2016, 2020, 2024, 2028]), 2, 29))
    return days


def engine_answer(service: AssessmentService, question: dict[str, Any]) -> tuple[bytes, object] | None:
    """The ETag and bytes of the engine's answer (or the kind of its refusal); None for no question at all."""
    try:
        request = AssessmentRequest.model_validate(question)
    except ValidationError:
        return None
    try:
        etag, compute = _prepared(service, request, "full")
        return etag.encode(), compute()
    except (AssessmentError, NotFound, Ambiguous) as refused:
        return b"", type(refused)


def day_answer(day: DayAnswers, question: dict[str, Any]) -> tuple[bytes, object] | None:
    ready = day.prepared(question)
    if ready is None:
        return None
    try:
        body: object = ready[1]()
    except (AssessmentError, NotFound, Ambiguous) as refused:
        return b"", type(refused)
    return etag_of_canonical(day.service.rulebook.version, ready[0]).encode(), body


def ask(service: AssessmentService, day: DayAnswers, shape: dict[str, Any], received: dt.date) -> bool:
    """Ask ``shape`` on ``received`` both ways; the same answer (or refusal) where the day path takes it."""
    question = orjson.loads(orjson.dumps(shape | {"notification_date": received}))
    given_back = day_answer(day, question)
    if given_back is None:
        return False
    expected = engine_answer(service, question)
    assert expected is not None, question
    etag, body = given_back
    if body is not expected[1]:  # not a refusal: the ETag is the question's whatever the answer
        assert etag == expected[0], question
    assert body == expected[1], question
    return True


def a_shape(rulebook: Rulebook, treaty: str, state: str, seed: int) -> dict[str, Any]:
    facts = random_facts(random.Random(seed), TODAY) if seed % 2 else {}
    facts = {k: v for k, v in facts.items() if k not in _DAY_FACTS}
    return {"treaty": treaty, "state": state, "facts": facts, "as_of": TODAY}


def test_every_treaty_several_states(rulebook: Rulebook, service: AssessmentService) -> None:
    """Every treaty, ``STATES_PER_TREATY`` states each (in turn), a run of days, month ends and the turning days:
    answered from the kept answers wherever the day path takes a question, byte for byte the engine's."""
    day = DayAnswers(service, 100_000)
    asked = 0
    for index, treaty in enumerate(sorted(rulebook.treaties)):
        rng = random.Random(treaty)
        for state in (STATES[(index + k) % len(STATES)] for k in range(STATES_PER_TREATY)):
            shape = a_shape(rulebook, treaty, state, index)
            start = dt.date(rng.randrange(1960, 2090), rng.randrange(1, 13), rng.randrange(1, 29))
            turning = turning_days(rulebook, treaty, state)
            days = [start + dt.timedelta(days=k) for k in range(4)] + month_ends(rng, 3)
            days += rng.sample(turning, min(len(turning), 4))
            asked += sum(ask(service, day, shape, received) for received in days)
    assert asked > 3_000 * STATES_PER_TREATY and day.filled > asked // 3, (
        asked,
        day.filled,
    )  # the day path answered most


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    index=st.integers(min_value=0, max_value=10_000),
    state=st.sampled_from(STATES),
    seed=st.integers(min_value=0, max_value=2**16),
    picks=st.lists(st.integers(min_value=0, max_value=10_000), min_size=4, max_size=12),
    drawn=st.lists(st.dates(dt.date(1900, 1, 1), dt.date(2199, 12, 31)), min_size=0, max_size=4),
    run=st.integers(min_value=0, max_value=8),
)
def test_generated_days(
    rulebook: Rulebook,
    service: AssessmentService,
    index: int,
    state: str,
    seed: int,
    picks: list[int],
    drawn: list[dt.date],
    run: int,
) -> None:
    treaty = sorted(rulebook.treaties)[index % len(rulebook.treaties)]
    shape = a_shape(rulebook, treaty, state, seed)
    turning = turning_days(rulebook, treaty, state) + month_ends(random.Random(seed), 4)
    days = [turning[p % len(turning)] for p in picks] + drawn
    days += [days[0] + dt.timedelta(days=k) for k in range(run)]
    day = DayAnswers(service, 16)
    for received in days + days:  # asked twice: the second time every class has been seen
        ask(service, day, shape, received)


def test_an_answer_is_kept_once_the_engine_confirms_it_on_another_date(service: AssessmentService) -> None:
    """The first question of a class is the engine's, held; the second is the engine's too, and checks the first
    where all their values differ (a period counted from the day), else is checked on a date near it where they all
    do (the first day of the month after the period is the same all month long); every later one is written."""
    for treaty, state in (("apmbc", "FRA"), ("convention-mutual-administrative-assistance-tax-matters", "DEU")):
        day = DayAnswers(service, 16)
        shape = {"treaty": treaty, "state": state, "as_of": TODAY}
        for k, received in enumerate(dt.date(2021, 3, 1) + dt.timedelta(days=k) for k in range(5)):
            assert ask(service, day, shape, received)
            assert day.filled == max(0, k - 1)
        assert day.mismatches == 0


def test_a_shape_asked_once_costs_the_engines_answer_only(service: AssessmentService) -> None:
    """A question of a class never seen is the engine's answer, held as it is: no other date is computed for it."""
    day = DayAnswers(service, 16)
    assert ask(service, day, {"treaty": "apmbc", "state": "FRA", "as_of": TODAY}, dt.date(2021, 3, 1))
    assert day.computed == 1 and day.filled == 0


@pytest.mark.parametrize(
    "question",
    [
        {"treaty": "apmbc", "state": "FRA", "notification_date": None},  # no date: the engine's path
        {"treaty": "apmbc", "state": "FRA", "notification_date": "2021-3-01"},
        {"treaty": "apmbc", "state": "FRA", "notification_date": "1899-12-31"},
        {"treaty": "apmbc", "state": "FRA", "notification_date": 20210301},
        {"treaty": "apmbc", "state": "FRA", "notification_date": "2021-03-01", "extra": 1},
        {
            "treaty": "apmbc",
            "state": "FRA",
            "notification_date": "2021-03-01",
            "facts": {"specified_date": "2023-01-01"},
        },
        {"treaty": "apmbc", "state": "UKR", "notification_date": "2025-06-27"},  # an armed conflict may be recorded
        {"treaty": "no such treaty", "state": "FRA", "notification_date": "2021-03-01"},
        [1, 2],
    ],
)
def test_what_the_day_path_leaves_to_the_engine(service: AssessmentService, question: Any) -> None:
    assert DayAnswers(service, 16).prepared(question) is None


@given(st.dates())
def test_iso_text_is_isoformat(day: dt.date) -> None:
    """The table-read ISO text and bytes of any date are date.isoformat's."""
    assert iso(day) == day.isoformat() == f"{day}"
    assert iso_bytes(day) == day.isoformat().encode()
