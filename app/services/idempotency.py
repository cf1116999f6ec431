"""Idempotent record writes: a client that did not hear the answer repeats its request with the same
``Idempotency-Key`` and gets the stored answer, instead of a second write or a 409 for its own write.

The answer is stored in the same transaction as the write (so either both are committed or neither), keyed
by the key and the writer; a key reused for a different request is refused. The shape follows the IETF
HTTPAPI draft "The Idempotency-Key HTTP Header Field", including its expiry (§2.3: a resource publishes how long
it keeps keys): a key is kept for a lifetime (``IDEMPOTENCY_KEY_HOURS``), then forgotten, and each write purges
the expired keys, so the table holds one lifetime of writes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlmodel import Session, col, delete

from app.db.models import IdempotentWrite


class KeyReused(ValueError):
    """The key was used before for a different request."""


@dataclass(frozen=True)
class IdempotencyKey:
    key: str
    actor: str
    fingerprint: str
    remembered_since: dt.datetime
    """Answers stored before this instant have expired."""

    @classmethod
    def of(cls, key: str, actor: str, method: str, path: str, body: str, lifetime: dt.timedelta) -> IdempotencyKey:
        digest = hashlib.sha256(f"{method} {path}\n{body}".encode()).hexdigest()
        return cls(key, actor, digest, dt.datetime.now(dt.UTC) - lifetime)

    def stored(self, session: Session) -> IdempotentWrite | None:
        """The answer stored for this key, if any and not expired; :class:`KeyReused` if it answered another
        request. An expired answer is deleted with the caller's transaction: the key is new again."""
        found = session.get(IdempotentWrite, (self.key, self.actor))
        if found is not None and found.created_at < self.remembered_since:
            session.delete(found)
            session.flush()
            return None
        if found is not None and found.fingerprint != self.fingerprint:
            raise KeyReused(
                f"the Idempotency-Key {self.key!r} was used for a different request: use a new key for a new request"
            )
        return found

    def remember(self, session: Session, status_code: int, body: str, location: str | None = None) -> None:
        """Add the answer to the caller's transaction (committed with the write itself), and purge the expired
        answers of every key."""
        expired = delete(IdempotentWrite).where(col(IdempotentWrite.created_at) < self.remembered_since)
        session.exec(expired)
        session.add(
            IdempotentWrite(
                key=self.key,
                actor=self.actor,
                fingerprint=self.fingerprint,
                status_code=status_code,
                location=location,
                body=body,
            )
        )
