"""Load what states did: the records of world/records/*.yaml (with depositary references, revocations and
later events), then any real withdrawal a rule file carries as an example that the records lack. Idempotent: a
second run adds nothing (a notification is keyed by state, treaty and receipt)."""

from __future__ import annotations

from sqlmodel import Session, select

from app.db.models import RecordEvent, WithdrawalRecord
from app.rulebook import Rulebook
from schemas.world import WorldRecord

_KINDS = {"withdrawal": "withdrawal", "denunciation": "denunciation", "suspension": "suspension",
          "revocation_of_ratification": "ratification_revoked"}  # fmt: skip
"""World acts stored as records; a ``revocation_of_withdrawal`` becomes a ``revoked`` event of its withdrawal."""


def _exists(session: Session, state: str, treaty: str, received: object) -> WithdrawalRecord | None:
    return session.exec(
        select(WithdrawalRecord).where(
            WithdrawalRecord.state == state, WithdrawalRecord.treaty == treaty, WithdrawalRecord.received_on == received
        )
    ).first()


def _notes(record: WorldRecord) -> str | None:
    extra = [f"{s.title or 'source'}: {s.url}" for s in record.sources[1:]]
    text = " ".join(p for p in [record.note or "", ("Also: " + "; ".join(extra) + ".") if extra else ""] if p)
    return text[:4000] or None


def seed_world(session: Session, rulebook: Rulebook, only: str | None = None) -> int:
    """Insert each act of world/records not yet recorded; return how many."""
    added = 0
    revocations: list[tuple[str, WorldRecord]] = []
    for treaty_id, item in rulebook.world.records_for(treaty=only):
        if item.act not in _KINDS:
            revocations.append((treaty_id, item))
            continue
        if _exists(session, item.state, treaty_id, item.notified):
            continue
        record = WithdrawalRecord(
            state=item.state, treaty=treaty_id, kind=_KINDS[item.act], signed_on=item.signed,
            received_on=item.notified, depositary_reference=item.depositary_reference,
            specified_date=item.specified_date, source_url=str(item.sources[0].url), notes=_notes(item),
        )  # fmt: skip
        session.add(record)
        session.flush()
        assert record.id is not None
        for event in item.events:
            if event.kind == "other":
                continue
            extended = event.kind == "extended" and event.new_effective is not None
            session.add(
                RecordEvent(
                    record_id=record.id,
                    kind=event.kind,
                    date=event.new_effective if extended and event.new_effective else event.date,
                    source_url=str((event.source or item.sources[0]).url),
                    notes=(f"decided {event.date}: " if extended else "")
                    + (event.note or event.kind.replace("_", " ")),
                )
            )
        if item.revoked is not None and not any(e.kind == "revoked" for e in item.events):
            session.add(
                RecordEvent(record_id=record.id, kind="revoked", date=item.revoked,
                            source_url=str(item.sources[-1].url), notes="notification revoked")
            )  # fmt: skip
        added += 1
    session.flush()
    for treaty_id, item in revocations:  # a revocation of a withdrawal: an event of the withdrawal it revokes
        target = session.exec(
            select(WithdrawalRecord)
            .where(WithdrawalRecord.state == item.state, WithdrawalRecord.treaty == treaty_id)
            .where(WithdrawalRecord.received_on <= item.notified)
            .order_by(WithdrawalRecord.received_on.desc())  # type: ignore[attr-defined]
        ).first()
        if target is None or target.id is None:
            continue
        known = session.exec(
            select(RecordEvent).where(RecordEvent.record_id == target.id, RecordEvent.kind == "revoked")
        ).first()
        if known is None:
            session.add(
                RecordEvent(record_id=target.id, kind="revoked", date=item.notified,
                            source_url=str(item.sources[0].url), notes=item.note or "notification revoked")
            )  # fmt: skip
    return added


def seed(session: Session, rulebook: Rulebook, only: str | None = None) -> int:
    """The world records, then the examples they lack; return how many records were added."""
    added = seed_world(session, rulebook, only)
    for treaty in sorted(rulebook.treaties.values(), key=lambda t: t.id):
        if only is not None and treaty.id != only:
            continue
        # Where two examples share a notification (Brexit: the agreed date, the two-year default), the one with
        # the agreed date is what happened.
        for example in sorted(treaty.examples, key=lambda e: e.facts.agreed_date is None):
            if example.received is None or example.facts.armed_conflict is not None:
                continue  # not a notification, or a hypothetical fact on a real one
            if _exists(session, example.state, treaty.id, example.received):
                continue
            record = WithdrawalRecord(
                state=example.state,
                treaty=treaty.id,
                kind="withdrawal",
                received_on=example.received,
                specified_date=example.facts.specified_date,
                source_url=str(example.sources[0].url),
                notes=example.note,
            )
            session.add(record)
            session.flush()
            assert record.id is not None
            if example.facts.agreed_date is not None:
                session.add(
                    RecordEvent(
                        record_id=record.id,
                        kind="extended",
                        date=example.facts.agreed_date,
                        source_url=str(example.sources[-1].url),
                        notes="the date agreed for the withdrawal to take effect",
                    )
                )
            if example.revoked is not None:
                session.add(
                    RecordEvent(
                        record_id=record.id,
                        kind="revoked",
                        date=example.revoked.date,
                        source_url=str(example.revoked.sources[0].url),
                        notes=f"notification revoked ({example.revoked.verification.replace('_', ' ')})",
                    )
                )
            added += 1
    session.commit()
    return added
