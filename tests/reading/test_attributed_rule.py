"""A rule told as the treaty's own clause (app/reading/attributed.py): 'Under the organization's charter, the
withdrawal takes effect one year after notice is given' keeps ' under the charter' in the rule claim's value, so the
judge can say the WHO Constitution has no withdrawal clause (the year is the US reservation of 1948)."""

from __future__ import annotations

import pytest

from app.reading import ClaimFinder
from tests.reading.conftest import read

INDIANAWAAZ = (
    "Earlier, US President Donald Trump had signed an executive order to withdraw the country from the WHO. The United"
    " Nations received the formal notice two days later. Under the organization’s charter, the withdrawal takes"
    " effect one year after notice is given."
)  # India Awaaz, 25 January 2026


def _rules(finder: ClaimFinder, text: str, published: str) -> list[str]:
    return [c[3] for c in read(finder, text, published) if c[0] == "rule"]


def test_the_charter_named_before_the_rule_is_kept(finder: ClaimFinder) -> None:
    assert _rules(finder, INDIANAWAAZ, "2026-01-25") == ["P1Y after notice is given under the charter"]


@pytest.mark.parametrize(
    ("text", "tail"),
    [
        (
            "The US left the WHO. Under the WHO constitution, the withdrawal takes effect one year after notice is given.",
            " under the constitution",
        ),
    ],
)
def test_paraphrases_keep_the_instrument(finder: ClaimFinder, text: str, tail: str) -> None:
    rules = _rules(finder, text, "2026-01-25")
    assert rules and all(r.endswith(tail) for r in rules), rules


@pytest.mark.parametrize(
    "text",
    [
        "The US left the WHO. Under U.S. law, the withdrawal takes effect one year after notice is given.",
        "The US left the WHO. Under the 1948 joint resolution, the withdrawal takes effect one year after notice is"
        " given.",
        "The US left the WHO. The withdrawal takes effect one year after notice is given.",
        "Hungary has left the ICC. Under the treaty, withdrawal takes effect one year after the notification is"
        " received.",  # the treaty itself: its own clause, nothing to add
    ],
)
def test_no_treaty_named_adds_nothing(finder: ClaimFinder, text: str) -> None:
    rules = _rules(finder, text, "2026-01-25")
    assert rules and not any(" under the " in r for r in rules), rules
