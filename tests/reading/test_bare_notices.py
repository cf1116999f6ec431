"""A notice told with no content, 'X notified the UN Secretary-General on D': the exit's notice where the article tells
that exit (the depositary receives a withdrawal's notification: VCLT Art. 67(1), 77(1)(e); Ottawa Art. 20(2)), and
no notice where the article or the sentence before tells a consent instead (a joining's instrument is deposited with
the same office). Found with the issue's own example, 'Notified on 27 June 2025'.

- the depositary as the object of 'notified' / 'informed', the date after the office ('notified the UN
  Secretary-General on 27 June 2025': one notice, dated by the office's date), 'has informed' undated (the report's
  day bounds it);
- not when the depositary is notified of something else ('of its plans', 'that it would attend'), not the depositary
  notifying others, and not after a joining or a ratification told in the sentence or the one before (main read
  'Lithuania joined the Ottawa Convention in 2003. It notified the UN Secretary-General on 12 May 2003.' as an exit's
  notice of 2003).
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_LEAD = "Lithuania leaves the Ottawa Convention. "
_EXIT = ("withdrew", "apmbc", "LTU", "true")

CASES: list[tuple[str, str, str, Read]] = [
    (
        "state-notified-the-secretary-general-on-a-day",
        "2025-07-01",
        _LEAD + "Lithuania notified the UN Secretary-General on 27 June 2025.",
        [_EXIT, ("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    (
        "office-named-in-full",
        "2025-07-01",
        _LEAD + "Lithuania notified the Secretary-General of the United Nations on 27 June.",
        [_EXIT, ("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    (
        "pronoun-notified",
        "2025-07-01",
        _LEAD + "It notified the UN Secretary-General on 27 June 2025.",
        [_EXIT, ("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    (
        "capital-has-informed-undated",
        "2025-07-01",
        _LEAD + "Vilnius has informed the UN secretary-general.",
        [_EXIT, ("notification_date", "apmbc", "LTU", "0001-01-01/2025-07-01")],
    ),
    (
        "notified-on-a-weekday",
        "2025-07-01",
        _LEAD + "Lithuania notified the UN Secretary-General on Friday.",
        [_EXIT, ("notification_date", "apmbc", "LTU", "2025-06-27")],
    ),
    # look-alikes: told of something else, the depositary as the actor, a consent's instrument
    (
        "notified-of-its-plans",
        "2025-07-01",
        _LEAD + "Lithuania notified the UN Secretary-General of its plans on 27 June 2025.",
        [_EXIT],
    ),
    (
        "informed-that-it-would-attend",
        "2025-07-01",
        _LEAD + "Lithuania informed the UN Secretary-General that it would attend on 27 June 2025.",
        [_EXIT],
    ),
    (
        "notified-on-the-matter",
        "2025-07-01",
        _LEAD + "Lithuania notified the UN Secretary-General on the matter.",
        [_EXIT],
    ),
    (
        "the-depositary-notified-the-parties",
        "2025-07-01",
        _LEAD + "The UN Secretary-General notified the parties on 1 July 2025.",
        [_EXIT],
    ),
    (
        "joined-then-it-notified",
        "2025-07-01",
        "Lithuania joined the Ottawa Convention in 2003. It notified the UN Secretary-General on 12 May 2003.",
        [("joined", "apmbc", "LTU", "2003")],
    ),
    (
        "ratified-and-notified-in-an-exit-article",
        "2025-07-01",
        _LEAD + "Lithuania ratified the convention in 2003 and notified the UN Secretary-General on 12 May 2003.",
        [_EXIT, ("ratified", "apmbc", "LTU", "2003")],
    ),
]


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bare_notices(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
