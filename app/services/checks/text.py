"""An article in: what finds its claims, and the size it may have."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

from schemas.checks import MAX_TEXT_BYTES, Claim


class ClaimSpan(Protocol):
    """A claim found in text: where it is and what it was read as (:mod:`app.services.claim_extraction`)."""

    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def quote(self) -> str: ...
    @property
    def claim(self) -> Claim: ...


class ClaimReader(Protocol):
    """What finds the claims in an article."""

    def find(self, text: str, published: dt.date) -> Sequence[ClaimSpan]: ...


class TextTooLong(ValueError):
    """An article over :data:`schemas.checks.MAX_TEXT_BYTES` (a 413)."""


def refuse_too_long(text: str) -> None:
    """Refuse an article over :data:`schemas.checks.MAX_TEXT_BYTES` before any reading work is spent on it."""
    if len(text.encode()) > MAX_TEXT_BYTES:
        raise TextTooLong(f"The text is over {MAX_TEXT_BYTES // 1000} KB")
