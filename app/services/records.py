"""Recorded withdrawals: writes with optimistic locking and an audit trail, and their status on any date.

The status is computed from the record and its events by the assessment engine, never stored:
``revoked`` (revoked before it took effect), ``effective`` / ``pending`` (on or after / before the date
the rules give), ``suspended`` (an armed-conflict clause holds the effect back), ``contested`` (the rules
give no right, the notice came too early, or the date is ambiguous on ``as_of``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import and_, delete, func, or_, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from app.db.models import AuditEntry, IdempotentWrite, RecordEvent, RecordStatusSpan, WithdrawalRecord, utc_now
from app.services.assessment import AssessmentError, AssessmentService
from app.services.idempotency import IdempotencyKey
from app.services.lookup import find_state
from app.services.notices import Notification
from schemas.api import Assessment, AssessmentRequest
from schemas.facts import EARLIEST_DATE, LATEST_DATE, AssessmentFacts
from schemas.records import (
    BoundAnswer,
    EventCreate,
    EventPublic,
    RecordStatus,
    TimelineEntry,
    WithdrawalCreate,
    WithdrawalDetail,
    WithdrawalPatch,
    WithdrawalPublic,
)


class RecordNotFound(LookupError):
    pass


class Conflict(Exception):
    """The write would overwrite a change the writer has not seen, or duplicate a record."""


@dataclass(frozen=True)
class RecordStatusResult:
    status: RecordStatus
    effective_date: dt.date | None
    reason: str
    assessment: Assessment | None


def _ratification_revoked(record: WithdrawalRecord, as_of: dt.date) -> RecordStatusResult:
    """Not a withdrawal: the consent ends when the revocation is made (Russia, CTBT, 2023)."""
    return RecordStatusResult(
        "effective" if as_of >= record.received_on else "pending",
        record.received_on,
        f"ratification revoked on {record.received_on}: the state is a signatory again, not a party "
        "(a revocation of ratification, not a withdrawal under the treaty's clause)",
        None,
    )


def _held_by_recorded_conflict(assessment: Assessment, as_of: dt.date) -> RecordStatusResult | None:
    """A withdrawal held back by an armed conflict the situations file records (Ottawa Art. 20(3))."""
    effective = assessment.effective
    situation = next((c for c in effective.conditions if c.id.startswith("world/situations/")), None)
    if situation is None or effective.status != "conditional":
        return None
    expiry, url = effective.earliest_date, situation.citation.url
    if expiry is not None and as_of >= expiry:
        return RecordStatusResult(
            "suspended", None, f"the period ended on {expiry} during a recorded armed conflict ({url})", assessment
        )
    reason = f"the period ends on {expiry}; a recorded armed conflict would hold it back ({url})"
    return RecordStatusResult("pending", None, reason, assessment)


class RecordService:
    def __init__(self, assessments: AssessmentService) -> None:
        self.assessments = assessments
        self.engine_runs = 0

    # --- status -----------------------------------------------------------------------------------

    def status(self, record: WithdrawalRecord, events: list[RecordEvent], as_of: dt.date) -> RecordStatusResult:
        """The record's status on ``as_of``, from the rules and the events recorded up to that day.

        - An ``extended`` event names the new date the withdrawal takes effect (a withdrawal agreement's entry
          into force or an extension, TEU Art. 50(3)); it counts from when it is recorded, whatever its date.
        - An armed-conflict clause (Ottawa Art. 20(3)) looks at the state on the expiry of the period (on either
          reading when the date is ambiguous); the withdrawal then takes effect when the conflict ends.
        - A revocation counts only before the withdrawal took effect (VCLT Art. 68).
        """
        if record.kind == "ratification_revoked":
            return _ratification_revoked(record, as_of)
        known = sorted((e for e in events if e.date <= as_of), key=lambda e: e.date)
        extensions = [e for e in events if e.kind == "extended"]
        base_facts = AssessmentFacts(
            specified_date=record.specified_date, agreed_date=extensions[-1].date if extensions else None
        )
        try:
            assessment = self._assess(record, base_facts, as_of)
        except AssessmentError as exc:
            return RecordStatusResult("contested", None, f"the rules refuse this notification: {exc}", None)
        effective = assessment.effective
        revoked = next((e.date for e in known if e.kind == "revoked"), None)
        recorded_hold = _held_by_recorded_conflict(assessment, as_of) if revoked is None else None
        if recorded_hold is not None:
            return recorded_hold
        if effective.status == "determined" and effective.date is not None:
            first = last = effective.date
        elif effective.status == "ambiguous":
            first, last = effective.candidates[0], effective.candidates[-1]
        else:
            if revoked is not None:
                return RecordStatusResult("revoked", None, f"notice revoked on {revoked}", assessment)
            return RecordStatusResult("contested", None, effective.explanation, assessment)

        expiry = first
        conflict = _conflict_at(known, expiry)
        held_back = False
        if conflict is not None:
            held = self._assess(record, base_facts.model_copy(update={"armed_conflict": True}), as_of)
            if any(c.kind == "suspension" for c in held.effective.conditions):
                assessment, held_back = held, True
                if isinstance(conflict, dt.date):  # ended after the expiry: the withdrawal takes effect then
                    first = last = max(conflict, last)
                    held_back = False

        if revoked is not None and (held_back or revoked < first):
            return RecordStatusResult(
                "revoked", None, f"notice revoked on {revoked}, before it took effect", assessment
            )
        if revoked is not None and revoked < last:
            reason = f"revoked on {revoked}: after the effect on one reading ({first}), before it on the other ({last})"
            return RecordStatusResult("contested", None, reason, assessment)
        if held_back:
            if as_of >= expiry:
                return RecordStatusResult(
                    "suspended", None, f"the state was engaged in an armed conflict on {expiry}", assessment
                )
            return RecordStatusResult(
                "pending", None, f"the period ends on {expiry}; an armed conflict holds it back", assessment
            )
        if first == last:
            if as_of >= first:
                reason = f"in effect since {first}" + (" (when the armed conflict ended)" if conflict else "")
                return RecordStatusResult("effective", first, reason, assessment)
            return RecordStatusResult("pending", first, f"takes effect on {first}", assessment)
        if as_of >= last:
            return RecordStatusResult("effective", last, f"in effect on either reading ({first} or {last})", assessment)
        if as_of < first:
            return RecordStatusResult("pending", None, f"takes effect on {first} or {last}", assessment)
        return RecordStatusResult("contested", None, f"in effect only on one reading ({first} or {last})", assessment)

    def _assess(self, record: WithdrawalRecord, facts: AssessmentFacts, as_of: dt.date) -> Assessment:
        self.engine_runs += 1  # a count operations can read (and the tests: listings must not run the engine)
        return self.assessments.assess(
            AssessmentRequest(
                treaty=record.treaty, state=record.state, notification_date=record.received_on, facts=facts, as_of=as_of
            )
        )

    def public(self, session: Session, record: WithdrawalRecord, as_of: dt.date) -> WithdrawalPublic:
        events = self.events(session, record)
        return _public(record, events, as_of, self.status(record, events, as_of))

    def detail(self, session: Session, record_id: int, as_of: dt.date) -> WithdrawalDetail:
        record = self.get(session, record_id)
        events = self.events(session, record)
        result = self.status(record, events, as_of)
        public = _public(record, events, as_of, result)
        return WithdrawalDetail(**public.model_dump(), assessment=result.assessment)

    # --- reads --------------------------------------------------------------------------------------

    def get(self, session: Session, record_id: int) -> WithdrawalRecord:
        record = session.get(WithdrawalRecord, record_id)
        if record is None:
            raise RecordNotFound(record_id)
        return record

    def events(self, session: Session, record: WithdrawalRecord) -> list[RecordEvent]:
        query = select(RecordEvent).where(RecordEvent.record_id == record.id).order_by(col(RecordEvent.date))
        return list(session.exec(query).all())

    def notifications(self, session: Session, state: str, treaty: str) -> list[Notification]:
        """The notifications of withdrawal recorded for ``state`` and ``treaty`` that have not been revoked, by
        receipt. A suspension (Russia and the CFE Treaty, 2007) or a revoked ratification is no notice of withdrawal
        (VCLT Arts. 54 and 57 keep them apart): the state stays a party."""
        query = select(WithdrawalRecord).where(
            WithdrawalRecord.state == state,
            WithdrawalRecord.treaty == treaty,
            col(WithdrawalRecord.kind).in_(("withdrawal", "denunciation")),
        )
        out = []
        for record in session.exec(query.order_by(col(WithdrawalRecord.received_on))).all():
            events = self.events(session, record)
            if any(e.kind == "revoked" for e in events):
                continue
            assert record.id is not None
            agreed = [e.date for e in events if e.kind == "extended"]
            out.append(
                Notification(
                    record.received_on,
                    record.specified_date,
                    record.source_url,
                    record.id,
                    agreed[-1] if agreed else None,
                )
            )
        return out

    def search(
        self, session: Session, *, as_of: dt.date, state: str | None = None, treaty: str | None = None
    ) -> list[WithdrawalPublic]:
        """Every record of a state or a treaty, by receipt date, with its status on ``as_of`` (see :meth:`page`)."""
        return self.page(session, as_of=as_of, state=state, treaty=treaty)[0]

    def page(
        self,
        session: Session,
        *,
        as_of: dt.date,
        state: str | None = None,
        treaty: str | None = None,
        status: RecordStatus | None = None,
        effective_from: dt.date | None = None,
        effective_to: dt.date | None = None,
        limit: int | None = None,
        offset: int = 0,
    ) -> tuple[list[WithdrawalPublic], int]:
        """One page of :meth:`search` and the number of matching records, filtered, ordered and counted in SQL."""
        self.ensure_spans(session)
        version = self.assessments.rulebook.version
        span = RecordStatusSpan
        on = and_(
            col(span.record_id) == col(WithdrawalRecord.id),
            col(span.rules_version) == version,
            or_(col(span.valid_from).is_(None), col(span.valid_from) <= as_of),
            or_(col(span.valid_to).is_(None), col(span.valid_to) > as_of),
        )
        conditions = []
        if state:
            conditions.append(col(WithdrawalRecord.state) == find_state(state).iso3)
        if treaty:
            conditions.append(col(WithdrawalRecord.treaty) == self.assessments.find_treaty(treaty).id)
        if status:
            conditions.append(col(span.status) == status)
        if effective_from:
            conditions.append(col(span.effective_date) >= effective_from)
        if effective_to:
            conditions.append(col(span.effective_date) <= effective_to)
        total = session.exec(select(func.count()).select_from(WithdrawalRecord).join(span, on).where(*conditions)).one()
        query = (
            select(WithdrawalRecord, col(span.status), col(span.effective_date), col(span.reason))
            .join(span, on)
            .where(*conditions)
            .order_by(col(WithdrawalRecord.received_on), col(WithdrawalRecord.id))
            .offset(offset)
        )
        if limit is not None:
            query = query.limit(limit)
        rows = session.exec(query).all()
        ids = [record.id for record, *_ in rows]
        events: dict[int, list[RecordEvent]] = {}
        if ids:
            found = select(RecordEvent).where(col(RecordEvent.record_id).in_(ids)).order_by(col(RecordEvent.date))
            for event in session.exec(found).all():
                events.setdefault(event.record_id, []).append(event)
        items = [
            _public(
                record,
                events.get(record.id or 0, []),
                as_of,
                RecordStatusResult(cast(RecordStatus, st), eff, reason, None),
            )
            for record, st, eff, reason in rows
        ]
        return items, int(total)

    # --- status spans -------------------------------------------------------------------------------

    def spans(self, record: WithdrawalRecord, events: list[RecordEvent]) -> list[RecordStatusSpan]:
        """The record's status over every ``as_of`` from 1900 to 2199, as spans: the status is evaluated once
        before every date it depends on and once on each such date (events, the dates the rules give)."""
        assert record.id is not None
        points = {e.date for e in events} | {record.received_on}
        for facts in (AssessmentFacts(specified_date=record.specified_date),
                      AssessmentFacts(specified_date=record.specified_date, armed_conflict=True)):  # fmt: skip
            extensions = [e.date for e in events if e.kind == "extended"]
            facts = facts.model_copy(update={"agreed_date": extensions[-1] if extensions else None})
            try:
                effective = self._assess(record, facts, LATEST_DATE).effective
            except AssessmentError:
                continue
            points |= {d for d in (effective.date, effective.earliest_date, *effective.candidates) if d is not None}
        starts = sorted(d for d in points if EARLIEST_DATE < d <= LATEST_DATE)
        spans: list[RecordStatusSpan] = []
        for valid_from, valid_to in zip([None, *starts], [*starts, None], strict=True):
            result = self.status(record, events, valid_from or EARLIEST_DATE)
            last = spans[-1] if spans else None
            if last is not None and (last.status, last.effective_date, last.reason) == (
                result.status, result.effective_date, result.reason
            ):  # fmt: skip
                last.valid_to = valid_to
                continue
            spans.append(
                RecordStatusSpan(
                    record_id=record.id,
                    rules_version=self.assessments.rulebook.version,
                    seq=len(spans),
                    valid_from=valid_from,
                    valid_to=valid_to,
                    status=result.status,
                    effective_date=result.effective_date,
                    reason=result.reason,
                )
            )
        return spans

    def store_spans(self, session: Session, record: WithdrawalRecord, events: list[RecordEvent]) -> None:
        """Replace the record's spans for this rules version (inside the caller's transaction)."""
        session.exec(
            delete(RecordStatusSpan).where(
                col(RecordStatusSpan.record_id) == record.id,
                col(RecordStatusSpan.rules_version) == self.assessments.rulebook.version,
            )
        )
        session.add_all(self.spans(record, events))

    def ensure_spans(self, session: Session) -> int:
        """Compute the spans of records that have none for this rules version (seeded rows, rows written by a
        replica running another version, a new rulebook): once per record and version. Returns how many."""
        version = self.assessments.rulebook.version
        has_spans = select(RecordStatusSpan.record_id).where(col(RecordStatusSpan.rules_version) == version)
        missing = session.exec(select(WithdrawalRecord).where(col(WithdrawalRecord.id).not_in(has_spans))).all()
        if not missing:
            return 0
        for record in missing:
            self.store_spans(session, record, self.events(session, record))
        try:
            session.commit()
        except IntegrityError:  # another request or replica stored them first: theirs are the same
            session.rollback()
        return len(missing)

    def timeline(
        self, session: Session, *, as_of: dt.date, state: str | None = None, treaty: str | None = None
    ) -> list[TimelineEntry]:
        return timeline_of(self.search(session, as_of=as_of, state=state, treaty=treaty))

    def bound(self, session: Session, treaty: str, state: str, on: dt.date) -> BoundAnswer:
        """Whether the state is bound on ``on``, as far as the recorded withdrawals tell."""
        treaty_id = self.assessments.find_treaty(treaty).id
        iso3 = find_state(state).iso3
        items = self.search(session, as_of=on, state=iso3, treaty=treaty_id)
        live = [i for i in items if i.status != "revoked" and i.received_on <= on]
        for item in reversed(live):
            if item.kind == "suspension":  # it leaves the state a party (VCLT Art. 72(1)(b))
                return BoundAnswer(
                    treaty=treaty_id, state=iso3, on=on, bound=True, record_id=item.id,
                    reason=f"it notified a suspension on {item.received_on}, which is not a withdrawal: still a party",
                )  # fmt: skip
            if item.status == "effective":
                return BoundAnswer(
                    treaty=treaty_id, state=iso3, on=on, bound=False, record_id=item.id,
                    reason=f"its {item.kind} notified on {item.received_on} took effect on {item.effective_date}",
                )  # fmt: skip
            return BoundAnswer(
                treaty=treaty_id, state=iso3, on=on, bound=True, record_id=item.id,
                reason=(
                    f"it notified its {item.kind} on {item.received_on}, so it was a party then; on {on} the "
                    f"withdrawal is {item.status} ({item.status_reason})"
                ),
            )  # fmt: skip
        reason = (
            f"no withdrawal by {iso3} from {treaty_id} is recorded before {on}; whether it was a party on that date "
            "is not recorded"
        )
        return BoundAnswer(treaty=treaty_id, state=iso3, on=on, bound=None, reason=reason)

    # --- writes -------------------------------------------------------------------------------------

    def _check_with_the_rules(self, record: WithdrawalRecord) -> None:
        """A notification the rules refuse (dated before the treaty existed or after it ended) is not stored."""
        try:
            self._assess(record, AssessmentFacts(specified_date=record.specified_date), record.received_on)
        except AssessmentError as exc:
            raise AssessmentError("/received_on", str(exc).replace("notification_date", "received_on")) from exc

    def create(
        self, session: Session, data: WithdrawalCreate, actor: str, idempotency: IdempotencyKey | None = None
    ) -> WithdrawalDetail:
        """Store the notification with its audit entry and status spans. The answer is built before the commit,
        from what is being committed, so a committed write is always acknowledged (nothing is read after it)."""
        treaty = self.assessments.find_treaty(data.treaty)
        state = find_state(data.state)
        values = data.model_dump(mode="json") | {"treaty": treaty.id, "state": state.iso3}
        record = WithdrawalRecord.model_validate(values)
        self._check_with_the_rules(record)
        session.add(record)
        try:
            session.flush()
        except IntegrityError as exc:
            session.rollback()
            raise Conflict(
                f"a notification by {state.iso3} of {treaty.id} received on {data.received_on} is already recorded"
            ) from exc
        session.add(AuditEntry(actor=actor, action="create", record_id=record.id, changes=values))
        self.store_spans(session, record, [])
        answer = self._detail_of(record, [])
        if idempotency:
            idempotency.remember(session, 201, answer.model_dump_json(), f"/v1/withdrawals/{answer.id}")
        self._commit(session, idempotency, "the notification is already recorded")
        return answer

    def patch(
        self,
        session: Session,
        record_id: int,
        data: WithdrawalPatch,
        actor: str,
        idempotency: IdempotencyKey | None = None,
    ) -> WithdrawalDetail:
        """Apply the change only if nobody wrote since ``data.version`` was read (compare-and-set)."""
        self.get(session, record_id)
        changes: dict[str, Any] = data.model_dump(mode="json", exclude_unset=True, exclude={"version"})
        statement = (
            update(WithdrawalRecord)
            .where(col(WithdrawalRecord.id) == record_id, col(WithdrawalRecord.version) == data.version)
            .values(**_column_values(changes), version=data.version + 1, updated_at=utc_now())
        )
        result = session.exec(statement)
        if result.rowcount != 1:
            session.rollback()
            current = self.get(session, record_id)
            raise Conflict(f"record {record_id} is at version {current.version}, not {data.version}: read it again")
        updated = self.get(session, record_id)
        session.refresh(updated)
        try:
            self._check_with_the_rules(updated)
        except AssessmentError:
            session.rollback()
            raise
        session.add(AuditEntry(actor=actor, action="update", record_id=record_id, changes=changes))
        events = self.events(session, updated)
        self.store_spans(session, updated, events)
        answer = self._detail_of(updated, events)
        if idempotency:
            idempotency.remember(session, 200, answer.model_dump_json())
        self._commit(session, idempotency, "the change would duplicate another recorded notification")
        return answer

    def add_event(
        self,
        session: Session,
        record_id: int,
        data: EventCreate,
        actor: str,
        idempotency: IdempotencyKey | None = None,
    ) -> EventPublic:
        self.get(session, record_id)
        session.exec(  # first, and in SQL: takes the row's lock, and concurrent events each count
            update(WithdrawalRecord)
            .where(col(WithdrawalRecord.id) == record_id)
            .values(version=col(WithdrawalRecord.version) + 1, updated_at=utc_now())
        )
        event = RecordEvent.model_validate(data.model_dump(mode="json") | {"record_id": record_id})
        session.add(event)
        session.add(AuditEntry(actor=actor, action="event", record_id=record_id, changes=data.model_dump(mode="json")))
        session.flush()
        record = self.get(session, record_id)
        self.store_spans(session, record, self.events(session, record))
        answer = EventPublic(**event.model_dump(exclude={"record_id", "created_at"}))
        if idempotency:
            idempotency.remember(session, 201, answer.model_dump_json())
        self._commit(session, idempotency, "the event conflicts with the stored records")
        return answer

    def _detail_of(self, record: WithdrawalRecord, events: list[RecordEvent]) -> WithdrawalDetail:
        """The answer to a write, from the values being written: the engine only, no database read."""
        today = dt.date.today()
        result = self.status(record, events, today)
        return WithdrawalDetail(**_public(record, events, today, result).model_dump(), assessment=result.assessment)

    @staticmethod
    def _commit(session: Session, idempotency: IdempotencyKey | None, conflict: str) -> None:
        try:
            session.commit()
        except IntegrityError as exc:
            session.rollback()
            stored = None if idempotency is None else session.get(IdempotentWrite, (idempotency.key, idempotency.actor))
            if stored is not None:
                raise Conflict(
                    "a request with this Idempotency-Key was stored at the same moment: repeat it to get its answer"
                ) from exc
            raise Conflict(conflict) from exc


def _conflict_at(events: list[RecordEvent], day: dt.date) -> dt.date | bool | None:
    """Whether an armed conflict was going on on ``day``: None if not, its end date if it ended later, else True."""
    declared = [e.date for e in events if e.kind == "armed_conflict_declared" and e.date <= day]
    if not declared:
        return None
    ended = [e.date for e in events if e.kind == "armed_conflict_ended" and e.date >= declared[-1]]
    if ended and ended[0] <= day:
        return None
    return ended[0] if ended else True


def _column_values(changes: dict[str, Any]) -> dict[str, Any]:
    """JSON-mode values back to the column types (dates)."""
    out = dict(changes)
    for key in ("signed_on", "received_on", "specified_date"):
        if isinstance(out.get(key), str):
            out[key] = dt.date.fromisoformat(out[key])
    return out


def timeline_of(items: list[WithdrawalPublic]) -> list[TimelineEntry]:
    """Notifications, later events and computed effective dates of records already assessed, in date order."""
    entries: list[TimelineEntry] = []
    for item in items:
        received = f"The depositary received {item.state}'s notification of {item.kind} ({item.treaty})."
        entries.append(_entry(item, item.received_on, "notification_received", received))
        entries += [_entry(item, e.date, e.kind, e.notes or e.kind.replace("_", " ")) for e in item.events]
        if item.effective_date:
            effect = f"{item.state}'s {item.kind} takes effect ({item.status_reason})."
            entries.append(_entry(item, item.effective_date, "effective", effect, computed=True))
    return sorted(entries, key=lambda e: (e.date, e.record_id, e.kind != "notification_received"))


def _entry(item: WithdrawalPublic, date: dt.date, kind: str, description: str, computed: bool = False) -> TimelineEntry:
    return TimelineEntry.model_validate(
        {"date": date, "kind": kind, "state": item.state, "treaty": item.treaty, "record_id": item.id,
         "computed": computed, "description": description}
    )  # fmt: skip


def _public(
    record: WithdrawalRecord, events: list[RecordEvent], as_of: dt.date, result: RecordStatusResult
) -> WithdrawalPublic:
    return WithdrawalPublic(
        **record.model_dump(exclude={"created_at", "updated_at"}),
        as_of=as_of,
        status=result.status,
        effective_date=result.effective_date,
        status_reason=result.reason,
        events=[EventPublic(**e.model_dump(exclude={"record_id", "created_at"})) for e in events],
    )
