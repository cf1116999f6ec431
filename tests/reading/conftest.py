"""The reader as the reading tests use it: one ClaimFinder over the session's rulebook, and what it reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Protocol

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


class _Named(Protocol):
    @property
    def id(self) -> str: ...


def gap_params(cases: Sequence[_Named], gaps: dict[str, str]) -> list[object]:
    """Each case as a test parameter, those in ``gaps`` marked xfail(strict) with the reason (a fix makes one pass,
    and its mark must then go)."""
    return [
        pytest.param(case, id=case.id, marks=pytest.mark.xfail(strict=True, reason=gaps[case.id]))
        if case.id in gaps
        else pytest.param(case, id=case.id)
        for case in cases
    ]
