"""Cued patterns (app/reading/cued.py): the cue read from a pattern is what its every match holds, and a cued
pattern finds what the pattern finds, on the corpus's sentences and on texts made to test the cue (case, letters
that ignoring case matches to ASCII ones, a cue in one branch of an alternation)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest

import app.reading
from app.reading.cued import Cued, cue_of, cued

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


@pytest.mark.parametrize(
    ("pattern", "flags", "cue"),
    [
        (r"\bsix\s+months\b", 0, ("months",)),  # the longest run of literals
        (r"\bsince\b", re.IGNORECASE, ("since",)),  # through zero-width assertions
        (r"(?:the\s+)?treaty(?:\s+of)?", 0, ("treaty",)),  # optional parts hold nothing
        (r"(?:withdrawal|departure)\s+from", 0, ("withdrawal", "departure")),  # one of an alternation's branches
        (r"(?:withdrawal|exit)\s+from", 0, ("from",)),  # the most telling: its shortest word the longest
        (r"\b(?:membership|participation)\s+in\b", re.IGNORECASE, ("membership", "participation")),
        (r"not\s+(?:a\s+)?part(?:y|ies)|opt(?:s|ed)?\s+out", 0, ("part", "opt")),  # each branch's best
        (r"(?:left|)\s+the", 0, ("the",)),  # a branch without a cue: the alternation gives none
        (r"(?:ab)+c", 0, ("ab",)),  # repeated at least once
        (r"[a-z]+\d*", 0, ()),  # no literal: no cue
        (r"Ottawa", re.IGNORECASE, ("ottawa",)),  # case ignored: the lower case
        (r"(?i:ottawa) convention", 0, (" convention",)),  # inline flags: the group holds no cue
        (r"d\u00e9nonciation", 0, ("nonciation",)),  # ASCII letters only
    ],
)
def test_the_cue_is_what_every_match_holds(pattern: str, flags: int, cue: tuple[str, ...]) -> None:
    assert cue_of(re.compile(pattern, flags)) == cue


def _reader_patterns() -> list[Cued]:
    found = []
    for module in pkgutil.iter_modules(app.reading.__path__):
        loaded = importlib.import_module(f"app.reading.{module.name}")
        for value in vars(loaded).values():
            items = value if isinstance(value, list) else [value]
            found += [item for item in items if isinstance(item, Cued)]
    return found


MADE = [
    "Six months have passed since Lithuania notified its withdrawal.",
    "SIX MONTHS HAVE PASSED SINCE LITHUANIA NOTIFIED ITS WITHDRAWAL.",
    "Six months have passed ſince Lithuania notified its withdrawal.",  # 'ſ' matches 's' when case is ignored
    "Its membership in the Council of Europe came to an end; membership ended.",
    "Its MEMBERſHIP in the Council of Europe has ended.",
    "78 years after the convention went into effect, it withdrew after 78 years and is not party to it.",
    "the number of parties rose to 125; there is no notice period; it considers its withdrawal effective immediately",
    "a member since 1950; a 70-year membership; they opted out of it; Kelvin: \u212a",
    "",
]


def test_a_cued_pattern_finds_what_the_pattern_finds() -> None:
    patterns = _reader_patterns()
    assert len(patterns) >= 10
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))[::5]]
    sentences = [s for text in texts for s in re.split(r"(?<=[.;])\s+|\n+", text) if s] + MADE
    for cued_pattern in patterns:
        pattern = cued_pattern.pattern
        for text in sentences:
            expected = pattern.search(text)
            got = cued_pattern.search(text)
            assert (got and got.span()) == (expected and expected.span()), (pattern.pattern, text)
            assert [m.span() for m in cued_pattern.finditer(text)] == [m.span() for m in pattern.finditer(text)]


def test_a_text_without_the_cue_is_not_searched() -> None:
    since = cued(r"\b(?P<n>\d{1,3}|[a-z]+)\s+(?:months?|years?)\s+since\b", re.IGNORECASE)
    assert since.cue == ("since",)
    assert since._absent("Six months have passed, Lithuania said.")
    assert not since._absent("Six months SINCE it notified.")
    assert not since._absent("Six months ſince it notified.")  # not ASCII: searched
    assert since.search("Six months ſince it notified.") is not None
