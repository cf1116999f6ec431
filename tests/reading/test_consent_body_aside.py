"""The parliament that ratified, named before a time phrase set off by a comma ('South Sudan parliament in May 2023,
ratified the ... Convention', Eye Radio, 8 August 2023): the body is the parliament (the judge reads its approval)."""

from __future__ import annotations

import datetime as dt

import pytest

from app.reading import ClaimFinder

_DAY = dt.date(2023, 8, 8)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("South Sudan parliament in May 2023, ratified the Convention on Cluster Munitions.", "parliament"),
        ("The Turkish parliament, on Wednesday, ratified the Paris Agreement.", "parliament"),
        ("Lithuania, in May 2023, ratified the Convention on Cluster Munitions.", None),  # no parliament named
    ],
)
def test_the_parliament_before_a_time_aside(finder: ClaimFinder, text: str, body: str | None) -> None:
    found = [f.claim for f in finder.find(text, _DAY) if f.claim.kind == "ratified"]
    assert [c.body for c in found] == [body], found
