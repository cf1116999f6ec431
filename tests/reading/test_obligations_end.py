"""The obligations' end told in an interval: 'Lithuania will cease to be bound by the Ottawa Convention in December'
was read as a status on 1 December 2025 ('not bound') and flagged inconsistent (Lithuania was bound until 27
December), a false alarm; 'will no longer be bound ... from late December' the same; 'will cease to be bound', with no
time, was read as not bound on the report's day. The day the obligations end lies somewhere in the interval, so the
claim is the exit's effect in it (done: the exit in it), as 'will cease to be a party in December' is read; with no
time, a change still to come ('will cease to be bound') says nothing of the status now, while 'it will no longer
be bound' is from now on (a status on the report's day). Look-alikes: a day told keeps the status on that day, and the present
'is no longer bound' stays a status on the report's day.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

CASES: list[tuple[str, str, str, Read]] = [
    (
        "will-cease-to-be-bound-in-december",
        "2025-07-15",
        "Lithuania will cease to be bound by the Ottawa Convention in December.",
        [("effective_date", "apmbc", "LTU", "2025-12")],
    ),
    (
        "will-no-longer-be-bound-from-late-december",
        "2025-07-15",
        "Lithuania will no longer be bound by the Ottawa Convention from late December.",
        [("effective_date", "apmbc", "LTU", "late 2025-12")],
    ),
    (
        "ceased-to-be-bound-in-december",
        "2025-12-29",
        "Lithuania ceased to be bound by the Ottawa Convention in December.",
        [("withdrew", "apmbc", "LTU", "2025-12")],
    ),
    (
        "will-cease-to-be-bound-undated",
        "2025-07-15",
        "Lithuania will cease to be bound by the Ottawa Convention.",
        [],
    ),
    # look-alikes: a day told, the present status, 'will no longer be bound' from now on after the exit took effect
    (
        "took-effect-and-it-will-no-longer-be-bound",
        "2026-01-10",
        "Lithuania's withdrawal from the Ottawa Convention took effect in December, the ministry said, and it will no"
        " longer be bound.",
        [("effective_date", "apmbc", "LTU", "2025-12"), ("bound_on", "apmbc", "LTU", "false")],
    ),
    (
        "will-cease-to-be-bound-on-a-day",
        "2025-07-15",
        "Lithuania will cease to be bound by the Ottawa Convention on 27 December.",
        [("bound_on", "apmbc", "LTU", "false")],
    ),
    (
        "is-no-longer-bound",
        "2025-12-29",
        "Lithuania is no longer bound by the Ottawa Convention.",
        [("bound_on", "apmbc", "LTU", "false")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_obligations_end(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
