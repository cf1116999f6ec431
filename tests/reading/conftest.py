"""The reader as the reading tests use it: one ClaimFinder over the session's rulebook, and what it reads."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder
from app.rulebook import Rulebook


@pytest.fixture(scope="session")
def finder(rulebook: Rulebook) -> ClaimFinder:
    return ClaimFinder(rulebook)


def read(finder: ClaimFinder, text: str, published: str) -> list[tuple[str, str | None, str | None, str]]:
    """Each claim read in ``text`` as (kind, treaty, state, value)."""
    found = finder.find(text, dt.date.fromisoformat(published))
    return [(f.claim.kind, f.claim.treaty, f.claim.state, f.claim.value) for f in found]
