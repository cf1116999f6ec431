"""A status told to last until a time, right after an exit's notice, is that exit's effect: 'Hungary notified the UN
of its withdrawal from the ICC on June 2. Hungary will remain a member until June 2 next year.' names no treaty in the
second sentence, but the notice just told says of which (Rome Statute Art. 127(1): one year after receipt; Hungary's
notice was received on 2 June 2025). Not a membership told without an exit in view, nor another body named."""

from __future__ import annotations

import datetime as dt

from app.reading import ClaimFinder

_DAY = dt.date(2025, 6, 3)


def _read(finder: ClaimFinder, text: str) -> list[tuple[str, str | None, str | None, str]]:
    return [(f.claim.kind, f.claim.treaty, f.claim.state, f.claim.value) for f in finder.find(text, _DAY)]


def test_a_membership_until_a_day_after_the_notice_is_the_exits_effect(finder: ClaimFinder) -> None:
    for second in (
        "Hungary will remain a member until June 2 next year.",
        "Hungary will remain a party until 2 June 2026.",
    ):
        text = "Hungary notified the UN of its withdrawal from the ICC on June 2. " + second
        assert ("effective_date", "rome-statute", "HUN", "2026-06-02") in _read(finder, text)


def test_no_exit_in_view_no_effect(finder: ClaimFinder) -> None:
    read = _read(finder, "Hungary joined the ICC in 2001. Hungary will remain a member until 2030.")
    assert not [r for r in read if r[0] == "effective_date"]


def test_another_body_named_is_that_bodys(finder: ClaimFinder) -> None:
    read = _read(
        finder, "Hungary notified the UN of its withdrawal from the ICC on June 2. Hungary remains a member of the EU."
    )
    assert not [r for r in read if r[1] == "rome-statute" and r[0] in ("effective_date", "bound_on")]
