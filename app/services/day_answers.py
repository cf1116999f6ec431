"""New questions answered from their shape's answer, with the day's values written in.

A notified question asked on a day (``as_of``, default today) is its *shape* — the treaty, the state and the
facts as asked — and its notification date. Within a shape the engine's answer depends on the date only through

- the preconditions' results on the date (met or not, and from when notice is permitted),
- the state's party status on the date (its status, reason, list, entry and record: all but the date itself),
- the notice's recipients in force on the date (a depositary that changed, ``recipients_from``),
- the date the effect provision gives the notice (exact, or two candidates: the missing-day rule),

and it *writes* the date (``N``), the effective date or its candidates (``D``, ``C``), that date's reasoning
(``R``) and the ends of the survivals counted from the effective date (``U``), and nothing else of the day.
(What reads the date, app/services/assessment.py: ``_case`` and the preconditions, ``_refuse_impossible_notice``,
``World.party_status``, ``_dates`` and the effect kinds, ``decide_status``'s rows, ``Notice.requirements``,
``Survival.survives``, the party's conditions and notes; the plan is keyed on the preconditions' results.) So
the answers to two questions of a shape whose four results agree — their *class* — are equal but for those
values. The first answer of a class is held with its values; when a second question of the class comes, the
engine answers it too, and one answer's bytes with the other's values written where its own stood must be
exactly the other's bytes — the second's, where every value differs between the two, else the engine's answer on
a date found near the second where they all do (the first day of the month after a period is the same all month
long). That also catches a value that happened to stand elsewhere in the answer (a date in a source's title).
From then on the class's questions get the kept bytes with their own values, computed by the engine's own
functions (:meth:`AssessmentService.day_case`, :meth:`AssessmentService.day_party`,
:func:`app.services.assessment.day_date`, ``Survival.survives``). tests/api/test_day_answers.py compares them with
the engine's answers on generated dates (month ends, 29 February, before and after entry into force, party dates
and recorded notifications).

Answered by the engine every time (:meth:`DayAnswers.prepared` gives None, or the class is not kept): a date
equal to a recorded notification's (an extension agreed for it may apply), an impossible notice (before the
treaty existed, after it ended: refused), a date named or agreed in the facts (compared with the computed
date), a state and treaty where the situations file may add an armed conflict, values of a class that
coincide (the same text for two of them), and a class whose answers did not match four times.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Hashable, Iterator
from dataclasses import dataclass, field
from typing import Any

import orjson
from dateutil.relativedelta import relativedelta

from app import clock
from app.dates import DateResult
from app.dates.text import iso_bytes
from app.memo import evict_oldest
from app.provisions import Case, kind_of
from app.provisions.notice import dated_recipients
from app.services.assessment import (
    AssessmentService,
    Evaluation,
    Plan,
    answer_json,
    day_date,
    refuse_impossible_notice,
)
from app.world.model import PartyStatus
from schemas.api import AssessmentRequest
from schemas.facts import EARLIEST_DATE, LATEST_DATE

_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")  # as schemas.facts.LegalDate reads a date
_MARK = "\x00notification_date\x00"
TRIES = 4  # second answers of a class that may fail to match before the class is answered by the engine only
CLASSES_PER_SHAPE = 16


@dataclass
class _Class:
    """One class of a shape: its first answer (values and bytes) until a second question of the class confirms it;
    then those bytes cut wherever one of its values stood (``pieces``: the bytes between, with a place left for
    each value; ``slots``: which value goes in each place, in order); ``tries``: answers that could not be
    confirmed. An answer is the pieces joined with its values in their places: one allocation of the answer's
    exact size and one copy of each piece (``bytes % values`` scanned the 17 KB for ``%`` and grew its buffer
    past the template's size, copying what it had written: 3.7 against 2.2 µs for an answer)."""

    first: tuple[tuple[bytes, ...], bytes] | None = None
    pieces: list[bytes] = field(default_factory=list)
    slots: tuple[int, ...] = ()
    ends: bool = False  # whether a survival's end stands in the answer (else the ends are not counted)
    tries: int = 0

    def filled(self, values: tuple[bytes, ...]) -> bytes:
        pieces = self.pieces.copy()
        pieces[1::2] = [values[slot] for slot in self.slots]
        return b"".join(pieces)


@dataclass
class _Shape:
    """A question without its notification date, as validated once; ``None`` fields for a shape the engine
    answers every time."""

    request: AssessmentRequest | None
    named: Any = None
    as_of: dt.date = dt.date.min
    case: Case | None = None  # the case the day does not change; None where preconditions read the day
    recorded: frozenset[dt.date] = frozenset()
    canonical: tuple[bytes, bytes] = (b"", b"")  # the ETag's canonical query, before and after the date
    plans: dict[Hashable, Plan] = field(default_factory=dict)
    classes: dict[Hashable, _Class] = field(default_factory=dict)


class DayAnswers:
    """The shapes of the last ``size`` questions asked (their oldest eighth forgotten at once when full). Used
    from the event loop only (the direct answers of app/api/assessments.py), so no lock."""

    def __init__(self, service: AssessmentService, size: int) -> None:
        self.service = service
        self.size = max(size, 1)
        self.shapes: dict[tuple[int, bytes], _Shape] = {}
        self.filled = 0  # answers written from a class's bytes (for tests and the benchmark)
        self.computed = 0  # answers the engine computed on this path (the questions' own, and checking dates)
        self.mismatches = 0  # second answers that did not match their class's first

    def prepared(self, body: Any) -> tuple[bytes, Callable[[], bytes]] | None:
        """For a JSON body already parsed: the canonical query of its ETag (app/api/caching.py) and how to compute
        its answer's bytes; None for a body this path does not take (the engine's path answers it, or refuses)."""
        if not isinstance(body, dict):
            return None
        received = _legal_date(body.get("notification_date"))
        if received is None:
            return None
        rest = dict(body)
        del rest["notification_date"]
        today = clock.today()
        key = (today.toordinal(), orjson.dumps(rest, option=orjson.OPT_SORT_KEYS))
        shape = self.shapes.get(key)
        if shape is None:
            shape = self._shape(rest, today)
            if len(self.shapes) >= self.size:
                evict_oldest(self.shapes, self.size)
            self.shapes[key] = shape
        if shape.request is None or received in shape.recorded:
            return None
        before, after = shape.canonical
        return before + iso_bytes(received) + after, lambda: self._answer(shape, received)

    def _shape(self, rest: dict[str, Any], today: dt.date) -> _Shape:
        service = self.service
        try:
            request = AssessmentRequest.model_validate(rest)
            named = service._named(request)
        except Exception:  # a question the engine's path refuses (with its problem) or reads otherwise
            return _Shape(None)
        facts = request.facts
        if request.notification_date is not None or facts.specified_date or facts.agreed_date:
            return _Shape(None)
        if service.world_may_add_facts(named):
            return _Shape(None)
        as_of = request.as_of or today
        treaty, state = named
        recorded = frozenset(r.notified for r in service.rulebook.world.records_of(treaty.id, state.iso3))
        query = request.model_dump(mode="json", exclude_none=True) | {"as_of": as_of.isoformat()}
        canonical = orjson.dumps(query | {"notification_date": _MARK}, option=orjson.OPT_SORT_KEYS, default=str)
        before, mark, after = canonical.partition(orjson.dumps(_MARK))
        if not mark or orjson.dumps(_MARK) in after:
            return _Shape(None)
        case = None if service.has_preconditions(treaty) else service.day_case(request, named, as_of)
        return _Shape(request, named, as_of, case, recorded, (before + b'"', b'"' + after))

    def _answer(self, shape: _Shape, received: dt.date) -> bytes:
        """The class's kept bytes with this question's values, or the engine's answer (kept for its class)."""
        day, case = self._day(shape, received)  # raises what the engine's path raises (an impossible notice)
        plan = shape.plans.get(day)
        if plan is not None:
            key, date = _class_of(day, case, plan, received)
            known = shape.classes.get(key)
            if known is not None and known.pieces:
                self.filled += 1
                values = _values(received, date)
                return known.filled(values + _ends(case, plan, date) if known.ends else values)
        evaluation = self._engine(shape, received)
        written = answer_json(evaluation)
        if evaluation.plan is not None and (plan is not None or len(shape.plans) < CLASSES_PER_SHAPE):
            plan = shape.plans.setdefault(day, evaluation.plan)  # the same plan's content (its memo's key is the day's)
            key, date = _class_of(day, case, plan, received)
            known = shape.classes.get(key)
            if known is None and len(shape.classes) < CLASSES_PER_SHAPE:
                known = shape.classes[key] = _Class()
            if known is not None and not known.pieces and known.tries < TRIES:
                values = _values(received, date)
                self._learn(shape, (day, key), known, (values, _ends(case, plan, date)), written, received)
        return written

    def _engine(self, shape: _Shape, received: dt.date) -> Evaluation:
        assert shape.request is not None
        self.computed += 1
        request = shape.request.model_copy(update={"notification_date": received})
        return self.service.evaluate(request, today=shape.as_of)

    def _day(self, shape: _Shape, received: dt.date) -> tuple[Hashable, Case]:
        """What the day decides of a question besides its date (the preconditions' results, the party status but
        its day), and its case (only what does not depend on the day is read of it, but the preconditions)."""
        assert shape.request is not None
        case = shape.case
        if case is None:
            request = shape.request.model_copy(update={"notification_date": received})
            case = self.service.day_case(request, shape.named, shape.as_of)
            party = case.party
        else:
            refuse_impossible_notice(case.treaty, received)
            party = self.service.day_party(shape.named, received)
        return (tuple((p.met, p.earliest_notice) for p in case.preconditions), _party_key(party)), case

    def _learn(
        self,
        shape: _Shape,
        keys: tuple[Hashable, Hashable],
        known: _Class,
        values: tuple[tuple[bytes, ...], tuple[bytes, ...]],
        written: bytes,
        received: dt.date,
    ) -> None:
        """Keep the engine's answer for its class, once the engine's answer on another date of the class, every value
        of which differs, is these bytes with its values written where these values stand (``values``: the values
        but the survivals' ends, and the ends). The first answer of a class is only held (a shape asked once costs
        no more than the engine's answer); the second checks it where their values all differ, else is checked
        on a date found near it (:meth:`_check`: one more answer of the engine's)."""
        joined = values[0] + values[1]
        if known.first is None:
            known.first = (joined, written)
            return
        kept, kept_written = known.first
        if _distinct(kept) and _distinct(joined) and all(a != b for a, b in zip(kept, joined, strict=True) if a):
            check: tuple[tuple[bytes, ...], bytes] | None = (joined, written)
            joined, written = kept, kept_written
        else:
            check = self._check(shape, keys, joined, received) if _distinct(joined) else None
        known.first = None
        if check is None:
            known.tries += 1  # two values alike (a notice effective on receipt), or no other date to check on
            return
        pieces, slots = _cut(written, joined)
        candidate = _Class(pieces=pieces, slots=slots)
        if candidate.filled(check[0]) != check[1]:
            self.mismatches += 1  # a value that also stands elsewhere in this answer (a date in a title): not kept
            known.tries += 1
            return
        known.pieces, known.slots = pieces, slots
        known.ends = any(slot >= len(values[0]) for slot in slots)

    def _check(
        self, shape: _Shape, keys: tuple[Hashable, Hashable], first: tuple[bytes, ...], received: dt.date
    ) -> tuple[tuple[bytes, ...], bytes] | None:
        """The values and the engine's answer on the nearest date of the same class whose values all differ from
        ``first`` (days, months and years away), if one is found. A date the engine refuses, or on which a date
        function fails (29 February of a year without one), is passed over."""
        day, key = keys
        plan = shape.plans[day]
        for other in _nearby(received):
            if other in shape.recorded or not EARLIEST_DATE <= other <= LATEST_DATE:
                continue
            try:
                other_day, case = self._day(shape, other)
                if other_day != day:
                    continue
                other_key, date = _class_of(day, case, plan, other)
                values = _values(other, date) + _ends(case, plan, date)
                if (
                    other_key == key
                    and _distinct(values)
                    and all(a != b for a, b in zip(first, values, strict=True) if a)
                ):
                    return values, answer_json(self._engine(shape, other))
            except Exception:  # the engine's refusals and failures alike: another date is tried
                continue
        return None


def _nearby(received: dt.date) -> Iterator[dt.date]:
    """Dates near ``received``, nearest first: days, then months, then years either side."""
    for days in (1, 2, 3, 7):
        yield received + dt.timedelta(days=days)
        yield received - dt.timedelta(days=days)
    for months in (1, 2, 3, 6, 12, 13, 24, 25, 36, 48, 60, 120):
        yield received + relativedelta(months=months)
        yield received - relativedelta(months=months)


def _legal_date(value: object) -> dt.date | None:
    """``value`` as :data:`schemas.facts.LegalDate` reads it from JSON, or None (not a date it accepts, or none)."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return None
    return day if EARLIEST_DATE <= day <= LATEST_DATE else None


def _party_key(party: PartyStatus | None) -> Hashable:
    """All of a party status but its day, by identity for the world's objects (which the plan's rulebook holds)."""
    if party is None:
        return None
    return (party.status, party.reason, party.as_of, party.complete, id(party.source), id(party.entry),
            id(party.record))  # fmt: skip


def _class_of(day: Hashable, case: Case, plan: Plan, received: dt.date) -> tuple[Hashable, DateResult | None]:
    """The question's class within its shape (``day``: its preconditions' results and party status; the kind of
    result its effective date is; the notice's recipients in force), and that date."""
    date = day_date(case, plan.effect, received)
    recipients = dated_recipients(plan.requiring, received)  # the dated values are the rulebook's: ids are stable
    return (day, date is None, date is not None and date.ambiguous, len(date.candidates) if date else 0,
            recipients), date  # fmt: skip


def _values(received: dt.date, date: DateResult | None) -> tuple[bytes, ...]:
    """The question's values but the survivals' ends, in the order they are looked for: ``R``, the ``C``\\ s, ``D``
    and ``N``."""
    effective = date.date if date is not None else None
    return (
        orjson.dumps(date.reasoning)[1:-1] if date is not None else b"",
        *(iso_bytes(c) for c in (date.candidates if date is not None and date.ambiguous else ())),
        iso_bytes(effective) if effective else b"",
        iso_bytes(received),
    )


def _ends(case: Case, plan: Plan, date: DateResult | None) -> tuple[bytes, ...]:
    """The ``U``\\ s: the survivals' ends, counted from the date the effect provision gives (where the answer has
    no effective date, a status other than ``determined``, they stand nowhere in it)."""
    effective = date.date if date is not None else None
    return tuple(
        iso_bytes(survival.until) if survival.until else b""
        for rule in plan.surviving
        for survival in kind_of(rule.provision).survives(case, rule, rule.provision, effective)
    )


def _distinct(values: tuple[bytes, ...]) -> bool:
    present = [v for v in values if v]
    return len(set(present)) == len(present)


def _cut(written: bytes, values: tuple[bytes, ...]) -> tuple[list[bytes], tuple[int, ...]]:
    """``written`` cut wherever one of ``values`` stands (the first of them that stands there, in their order): the
    pieces between, each followed by a place for a value (``b""`` until filled), and which value each place takes."""
    slot_of = {value: slot for slot, value in enumerate(values) if value}
    pattern = re.compile(b"(" + b"|".join(re.escape(v) for v in values if v) + b")")
    pieces = pattern.split(written)
    return [b"" if n % 2 else piece for n, piece in enumerate(pieces)], tuple(slot_of[v] for v in pieces[1::2])
