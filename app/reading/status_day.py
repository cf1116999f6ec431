"""A day named without its year beside a state of membership: 'As of 17 March, the Philippines is no longer a
member of the ICC' in a report of 15 March 2019 is the coming 17 March (the exit two days ahead); 'As of December
27, Latvia is no longer a party' in a report of 28 December is the day before. A present status has no tense to
point back or forward, so the reader means the 17 March nearest the day of the report."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from spacy.tokens import Span

from app.reading.when import resolve
from app.services.partial_dates import PartialDate

_YEAR = re.compile(r"^(?:19|20)\d\d$")


def nearest_status_day(words: Sequence[str], published: dt.date) -> PartialDate | None:
    """The reading of a year-less day and month nearest the report (None when the words carry a year or a word
    such as 'last' or 'next' that already says which one)."""
    lowered = [w.lower() for w in words]
    if any(_YEAR.match(w) for w in words) or set(lowered) & {"last", "next", "this", "coming", "past", "previous"}:
        return None
    before = resolve(words, published, "past")
    after = resolve(words, published, "future")
    if before is None or after is None or before.precision != "day":
        return None
    return after if (after.start - published) < (published - before.start) else before


def as_of(date: Span | None) -> bool:
    """'As of Tuesday, January 27, 2026, the US withdraws from Paris Agreement protocols': 'as of' opens the day a
    state holds from, as in 'As of 17 March, X is no longer a member' (tests/data/articles/README.md 'A status from a
    named day'): a present exit from that day on is the day it takes effect."""
    if date is None:
        return False
    doc = date.doc
    opening = [t.lower_ for t in date[:2]]
    return opening == ["as", "of"] or (date.start >= 2 and [t.lower_ for t in doc[date.start - 2 : date.start]] ==
                                       ["as", "of"])  # fmt: skip


_DAY_NOUNS = {"day", "date"}
_OPENERS = {"but", "and", "so", "yet", "now", ","}


def named_as_the_day(verb: Span, published: dt.date) -> PartialDate | None:
    """'But today is the day that Britain officially leaves the EU', 'Friday is the day the UK officially leaves': a
    day the sentence's subject names as the day of the exit its relative clause tells in the present, that day (a
    weekday the coming one; None when no such frame stands before the verb, or its subject names no day)."""
    doc = verb.doc
    sentence = verb.sent
    for noun in doc[max(sentence.start, verb.start - 8) : verb.start]:
        if noun.lower_ not in _DAY_NOUNS or noun.i - 2 < sentence.start or noun.i + 1 >= verb.start:
            continue
        if doc[noun.i - 1].lower_ != "the" or doc[noun.i - 2].lower_ not in ("is", "was"):
            continue  # "the day that", "the day when", "the day the UK leaves": the relative word may be left out
        words = [t.text for t in doc[sentence.start : noun.i - 2] if t.lower_ not in _OPENERS and not t.is_punct]
        return (resolve(words, published, "future") or resolve(words, published, "present")) if words else None
    return None
