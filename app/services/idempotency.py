"""Idempotent record writes: a client that did not hear the answer repeats its request with the same
``Idempotency-Key`` and gets the stored answer, instead of a second write or a 409 for its own write.

The answer is stored in the same transaction as the write (so either both are committed or neither), keyed
by the key and the writer; a key reused for a different request is refused. The shape follows the IETF
HTTPAPI draft "The Idempotency-Key HTTP Header Field".
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sqlmodel import Session

from app.db.models import IdempotentWrite


class KeyReused(ValueError):
    """The key was used before for a different request."""


@dataclass(frozen=True)
class IdempotencyKey:
    key: str
    actor: str
    fingerprint: str

    @classmethod
    def of(cls, key: str, actor: str, method: str, path: str, body: str) -> IdempotencyKey:
        digest = hashlib.sha256(f"{method} {path}\n{body}".encode()).hexdigest()
        return cls(key, actor, digest)

    def stored(self, session: Session) -> IdempotentWrite | None:
        """The answer stored for this key, if any; :class:`KeyReused` if it answered another request."""
        found = session.get(IdempotentWrite, (self.key, self.actor))
        if found is not None and found.fingerprint != self.fingerprint:
            raise KeyReused(
                f"the Idempotency-Key {self.key!r} was used for a different request: use a new key for a new request"
            )
        return found

    def remember(self, session: Session, status_code: int, body: str, location: str | None = None) -> None:
        """Add the answer to the caller's transaction (committed with the write itself)."""
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
