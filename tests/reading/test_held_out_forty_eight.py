"""Constructions of the forty-eighth held-out batch (the end-of-session-19 measure: straight news of 2017-2026 on the
treaties the issue names), each pinned by the article's sentence and paraphrases of our own, with look-alikes:

- an exit told with no object and its day right after it, the subject a State or a group of States: 'therefore, the
  three countries officially withdrew this Saturday' (Lianhe Zaobao via Topwe, 28 December 2025, the Ottawa Convention
  named in the sentences before), 'Lithuania formally withdrew on Saturday': ``withdrew`` dated, of the treaty the
  article's withdrawal is about (app/reading/dated_exits.py `dated_bare_exit`); not 'The troops withdrew on Saturday'
  (no State), 'withdrew its ambassador on Monday' (an object), 'the delegations left on Monday'.
"""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

Read = list[tuple[str, str | None, str | None, str]]  # kind, treaty, state, value

_BEFORE = (
    "The Ottawa Convention bans anti-personnel mines. Lithuania, Latvia and Estonia submitted their documents for "
    "withdrawal from the Convention to the United Nations on June 27. "
)
_NOTICES: Read = [
    ("notification_date", "apmbc", "LTU", "2025-06-27"),
    ("notification_date", "apmbc", "LVA", "2025-06-27"),
    ("notification_date", "apmbc", "EST", "2025-06-27"),
]
_THREE: Read = [
    ("withdrew", "apmbc", "LTU", "2025-12-27"),
    ("withdrew", "apmbc", "LVA", "2025-12-27"),
    ("withdrew", "apmbc", "EST", "2025-12-27"),
]

CASES: list[tuple[str, str, str, Read]] = [
    (
        "group-withdrew-this-saturday",  # Lianhe Zaobao via Topwe, 28 December 2025
        "2025-12-28",
        "On June 27, Latvia, Estonia and Lithuania submitted their documents for withdrawal from the Ottawa Convention "
        "to the United Nations. According to the Convention, withdrawal by a member state takes effect six months "
        "after the submission of the application documents; therefore, the three countries officially withdrew this "
        "Saturday.",
        [
            ("notification_date", "apmbc", "LVA", "2025-06-27"),
            ("notification_date", "apmbc", "EST", "2025-06-27"),
            ("notification_date", "apmbc", "LTU", "2025-06-27"),
            ("rule", "apmbc", None, "P6M after the submission of the application documents"),
            ("withdrew", "apmbc", "LVA", "2025-12-27"),
            ("withdrew", "apmbc", "EST", "2025-12-27"),
            ("withdrew", "apmbc", "LTU", "2025-12-27"),
        ],
    ),
    ("group-withdrew-paraphrase", "2025-12-28", _BEFORE + "The three countries officially withdrew this Saturday.",
     _NOTICES + _THREE),
    ("state-formally-withdrew-on-saturday", "2025-12-28", _BEFORE + "Lithuania formally withdrew on Saturday.",
     [*_NOTICES, ("withdrew", "apmbc", "LTU", "2025-12-27")]),
    ("state-left-on-a-day", "2025-12-28", _BEFORE + "Estonia left on 27 December.",
     [*_NOTICES, ("withdrew", "apmbc", "EST", "2025-12-27")]),
    ("look-alike-troops", "2025-12-28", _BEFORE + "The troops withdrew on Saturday.", _NOTICES),
    ("look-alike-an-object", "2025-12-28", _BEFORE + "Lithuania withdrew its ambassador on Monday.", _NOTICES),
    ("look-alike-delegations", "2025-12-28", _BEFORE + "The talks broke down and the delegations left on Monday.",
     _NOTICES),
]  # fmt: skip


@pytest.mark.parametrize(("published", "text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_held_out_forty_eight_constructions(finder: ClaimFinder, published: str, text: str, expected: Read) -> None:
    assert read(finder, text, published) == expected
