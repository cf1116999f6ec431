"""Answers from warm caches are the answers computed from nothing, byte for byte.

Much of an answer is remembered (app/memo.py): decisions, traces, citations, conditions, requirements,
survivals and the plan of every answer of a shape, each under a key naming what it is a pure function of. A
key that leaves out something its value depends on would hand one question the value computed for another.
So: many questions over every treaty (states with records, extensions, armed conflicts and none; dates at
month ends, on 29 February, on recorded notifications, before a state joined, either side of a change of
depositary; asked before and after a treaty's end; names as written, misspelt and in other words; random
facts) are answered in one order, then in the reverse order after every cache is emptied (each remembered
value then comes from another question first), and a sample again with every cache emptied before each
question. The bytes must be the same each time. (Each omission from a key was tried: this test catches it.)
Each answer is also written as the API writes it (:func:`app.services.assessment.answer_json`, the plan's runs of
shared parts spliced in): the same bytes.
"""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from app.facts import random_facts
from app.json_parts import dumps
from app.memo import forget_all
from app.provisions.base import AssessmentError
from app.rulebook import Rulebook
from app.services.assessment import AssessmentService, answer_json
from app.services.lookup import Ambiguous, NotFound
from schemas.api import AssessmentRequest
from tests.conftest import TODAY

STATES = ["GBR", "UKR", "RUS", "USA", "LTU", "FIN", "BDI", "VEN", "PHL", "HUN", "FRA", "JPN", "ISR", "TTO"]
AWKWARD_DAYS = [dt.date(2023, 8, 31), dt.date(2024, 2, 29), dt.date(2023, 1, 31), dt.date(2024, 12, 31)]


def _questions(rulebook: Rulebook, seed: int = 11) -> list[AssessmentRequest]:
    rng = random.Random(seed)
    out: list[AssessmentRequest] = []
    for n, treaty in enumerate(sorted(rulebook.treaties)):
        for k in range(3):
            day = rng.choice([*AWKWARD_DAYS, dt.date(1960, 1, 1) + dt.timedelta(days=rng.randrange(365 * 70))])
            facts = random_facts(rng, day) if k == 2 else {}
            notified = None if k == 1 and rng.random() < 0.5 else day
            state = STATES[(n + k) % len(STATES)]
            out.append(_request(treaty, state, notified, facts))
    for treaty_id in sorted(rulebook.treaties)[::25]:  # the same question in other words: the notes say how read
        short = rulebook.treaties[treaty_id].short_name
        misspelt = short[:-1] + short[-1] * 2
        for treaty_name, state in ((treaty_id, "FRA"), (short, "FRA"), (misspelt, "FRA"), (treaty_id, "france")):
            out.append(_request(treaty_name, state, dt.date(2024, 2, 29), {}))
    for ended in sorted((t for t in rulebook.treaties.values() if t.terminated), key=lambda t: t.id):
        for as_of in (ended.terminated - dt.timedelta(days=1), ended.terminated):  # asked before and after its end
            out.append(_request(ended.id, "USA", None, {}, as_of))
    for treaty, record in rulebook.world.records_for():  # recorded notices: extensions, exits, revocations
        out.append(_request(treaty, record.state, record.notified, {}))
        out.append(_request(treaty, record.state, record.notified + dt.timedelta(days=1), {}))
    for treaty_id, listing in sorted(rulebook.world.parties.items()):  # not yet a party: each state's own source
        for entry in listing.parties[:40]:
            if entry.consent_date is not None and entry.consent_date > dt.date(1900, 1, 2):
                out.append(_request(treaty_id, entry.state, entry.consent_date - dt.timedelta(days=1), {}))
    for treaty, record in rulebook.world.records_for():  # long after a recorded exit: the record is the source
        out.append(_request(treaty, record.state, record.notified + dt.timedelta(days=3 * 365), {}))
    for treaty in sorted(rulebook.treaties.values(), key=lambda t: t.id):  # on each side of a dated recipient
        for rule in rulebook.owned_provisions(treaty).values():
            for dated in getattr(rule.provision, "recipients_from", []):
                for day in (dated.since - dt.timedelta(days=1), dated.since):
                    out += [_request(treaty.id, state, day, {}) for state in ("FRA", "JPN")]
    return out


def _request(
    treaty: str, state: str, notified: dt.date | None, facts: dict[str, Any], as_of: dt.date = TODAY
) -> AssessmentRequest:
    return AssessmentRequest.model_validate(
        {"treaty": treaty, "state": state, "notification_date": notified, "facts": facts, "as_of": as_of}
    )


def _answer(service: AssessmentService, request: AssessmentRequest) -> bytes | str:
    """The answer's bytes (also written from its plan's runs, as the API writes it: the same bytes)."""
    try:
        evaluation = service.evaluate(request, today=TODAY)
        written = dumps(evaluation.assessment)
        assert answer_json(evaluation) == written, request.model_dump_json()
        return written
    except AssessmentError as error:
        return f"refused at {error.field}: {error}"
    except (NotFound, Ambiguous) as error:
        return f"not found: {error}"


def test_warm_caches_answer_as_empty_ones(rulebook: Rulebook, service: AssessmentService) -> None:
    questions = _questions(rulebook)
    forget_all()
    forward = [_answer(service, q) for q in questions]
    forget_all()
    backward = [_answer(service, q) for q in reversed(questions)][::-1]
    differ = [q.model_dump_json() for q, a, b in zip(questions, forward, backward, strict=True) if a != b]
    assert differ == []
    for i in random.Random(5).sample(range(len(questions)), 25):
        forget_all()
        assert _answer(service, questions[i]) == forward[i], questions[i].model_dump_json()
    assert sum(isinstance(a, bytes) for a in forward) > 1000
