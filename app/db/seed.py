"""Load the real withdrawals that the rule files carry as examples. Idempotent: a second run adds nothing."""

from __future__ import annotations

from sqlmodel import Session, select

from app.db.models import RecordEvent, WithdrawalRecord
from app.rulebook import Rulebook


def seed(session: Session, rulebook: Rulebook, only: str | None = None) -> int:
    """Insert each example notification not yet recorded (keyed by state, treaty, receipt); return how many."""
    added = 0
    for treaty in sorted(rulebook.treaties.values(), key=lambda t: t.id):
        if only is not None and treaty.id != only:
            continue
        # Where two examples share a notification (Brexit: the agreed date, the two-year default), the one with
        # the agreed date is what happened.
        for example in sorted(treaty.examples, key=lambda e: e.facts.agreed_date is None):
            if example.received is None or example.facts.armed_conflict is not None:
                continue  # not a notification, or a hypothetical fact on a real one
            exists = session.exec(
                select(WithdrawalRecord).where(
                    WithdrawalRecord.state == example.state,
                    WithdrawalRecord.treaty == treaty.id,
                    WithdrawalRecord.received_on == example.received,
                )
            ).first()
            if exists:
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
