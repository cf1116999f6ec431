"""A treaty's own term ending ('expire') claims no exit; one State's treaty expiring 'for' it does — one test
(app/reading/expiry.treaty_expires) for the readers of effects and of triggers."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

_DAY = dt.date(2023, 3, 1)


@pytest.mark.parametrize(
    "text",
    [
        "Russia suspended New START in February, and it is set to expire in early 2026.",
        "New START, the last remaining arms control treaty between the United States and Russia, expires in 2026.",
        "New START is the last remaining U.S.-Russian arms control agreement and will expire in February 2026.",
        "The pact was originally set to expire in February 2021 but was extended for five years.",
    ],
)
def test_a_treatys_term_is_no_exit(finder: ClaimFinder, text: str) -> None:
    found = [f.claim for f in finder.find(text, _DAY) if f.claim.kind in ("withdrew", "effective_date")]
    assert not found, found


def test_a_treaty_expiring_for_a_state_is_its_exit(finder: ClaimFinder) -> None:
    text = "Turkey left the Istanbul Convention by decree. The convention will expire on July 1, 2021 for Turkey."
    found = [f.claim for f in finder.find(text, dt.date(2021, 4, 30)) if f.claim.kind == "effective_date"]
    assert [(c.state, c.value) for c in found] == [("TUR", "2021-07-01")], found
