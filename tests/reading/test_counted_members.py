"""An organisation named after 'including' that follows a count of parties is one of those counted, not the treaty
counted: 'It was signed by 53 parties, including the European Union and Euroatom' (urdupoint-2023-04-13, of the
Energy Charter Treaty) was read as the TEU's 53 signatories (words.signing_agent, as 'signed by 45 countries and the
European Union'). Look-alikes: the organisation counted itself ('The European Union has 27 members, including
France')."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

_ECT = "The Energy Charter Treaty was signed in 1994 in Lisbon. "

CASES = [
    ("signed-by-n-including", _ECT + "It was signed by 53 parties, including the European Union and Euratom.",
     ("parties_count", "ect", None, "53 signatories")),
    ("n-parties-including", "The Energy Charter Treaty has 53 parties, including the European Union.",
     ("parties_count", "ect", None, "53")),
    ("the-organisation-counted", "The European Union has 27 members, including France.",
     ("parties_count", "teu", None, "27")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_counted_member_is_no_treaty(finder: ClaimFinder, text: str, expected: tuple[str, str, None, str]) -> None:
    counts = [c for c in read(finder, text, "2023-04-13") if c[0] == "parties_count"]
    assert counts == [expected]
