"""A claim found in text: its sentence's span and the structured claim it was read as."""

from __future__ import annotations

from dataclasses import dataclass

from schemas.checks import Claim


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    quote: str
    claim: Claim
