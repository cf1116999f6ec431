"""States named as never having joined a treaty, in the phrasing news uses when another state leaves it: "the US will
join Libya, Yemen, and Iran as nations that are not part of the Paris Agreement", "will join countries like Iran,
Yemen and Libya to opt out of the Paris Accord", "will join the only three members of the United Nations that are not
a party to the agreement: Iran, Libya and Yemen", "the following States remain outside the Convention: A, B and C",
"places the US alongside Iran, Libya and Yemen as the only countries in the world outside the 2015 pact". Each listed
state is claimed not bound on the day of the report (``bound_on`` false), which the checks judge against the sourced
outsiders of the treaty's party list (world/parties ``outsiders``). The state that joins them is left to the readings
of its own withdrawal.
"""

from __future__ import annotations

import datetime as dt
import re

from spacy.tokens import Span

from app.reading.cued import cued
from app.reading.spans import text_of
from app.reading.vocabulary import GENERIC_TREATY, JOIN_FORMS
from app.reading.words import listed_with
from schemas.checks import Claim

_OUTSIDE = cued(
    r"\b(?:(?:are|is|were|remain|remains)\s+)?not\s+(?:a\s+)?part(?:y|ies)?\s+(?:of|to)\b"
    r"|\bopt(?:s|ed|ing)?\s+out\s+of\b"
    r"|\b(?:remain|remains|remained|stay|stays|stayed)\s+outside\b"
    r"|\b(?:have|has)\s+not\s+(?:joined|ratified)\b"
    r"|\b(?:countries|nations|states)\s+(?:in\s+the\s+world\s+)?outside\b"  # "as the only countries outside"
    r"|\b(?:countries|nations|states)\s+not\s+(?:currently\s+|now\s+|yet\s+)?(?:within|inside|in)\b"
    r"|\bas\s+non-?(?:members|parties)\s+(?:of|to)\b",  # "joins A and B as non-members of the IWC"
    re.IGNORECASE,
)


def outsiders_named(clause: Span, states: list[Span]) -> list[Span]:
    """The states the clause lists as outside a treaty: after 'join' and before the words saying they are outside
    it ('join A, B and C as nations that are not part of'), or in a list after a colon or a dash that follows those
    words ('not a party to the agreement: A, B and C', 'remain outside the Convention – A, B and C'). A state before
    'join' is the one joining them, not listed."""
    text = text_of(clause)
    outside = _OUTSIDE.search(text)
    if outside is None:
        return []
    cue = clause.char_span(outside.start(), outside.end(), alignment_mode="expand")
    if cue is None or (cue[-1].lower_ in _NEEDS_TREATY and not _treaty_ahead(clause, cue)):
        return []
    join = next((t for t in clause if (t.lower_ in JOIN_FORMS or t.lower_ == "alongside") and t.i < cue.start), None)
    colon = next((t for t in clause if t.text in _LIST_OPENERS and t.i >= cue.end), None)
    if join is None and colon is None:
        return _staying_out(clause, cue, states)
    listed = []
    for state in states:
        between = join is not None and join.i < state.start < cue.start
        after_colon = colon is not None and state.start > colon.i
        if between or after_colon:
            listed.append(state)
    return listed


_NEEDS_TREATY = {"within", "inside", "in", "of", "to"}  # "countries not in favour", "as non-members of the board"


def _treaty_ahead(clause: Span, cue: Span) -> bool:
    """Whether the treaty (named, or a word for one) follows the cue within three words ('not currently within the
    NPT regime', 'as non-members of the IWC'), not another thing ('not in favour', 'non-members of the board')."""
    ahead = clause.doc[cue.end : min(cue.end + 3, clause.end)]
    return any(t.ent_type_ == "TREATY" or t.lower_ in GENERIC_TREATY for t in ahead)


_LIST_OPENERS = (":", "–", "—", "--")  # "Five States remain outside the Convention – Angola, Egypt, ...": a dash too


def outsider_claims(clause: Span, states: list[Span], treaty: str, published: dt.date) -> list[Claim]:
    """One ``bound_on`` false claim per listed outsider, on the day of the report; and the exit of the state that
    'now joins' them as a non-member (:func:`_joiner_out`)."""
    listed = outsiders_named(clause, states)
    ids = list(dict.fromkeys(str(s.ent_id_) for s in listed))
    outside = [
        Claim(kind="bound_on", treaty=treaty, state=one, value="false", on=published, as_of=published) for one in ids
    ]
    joiner = _joiner_out(clause, states, listed) if listed else None
    if joiner is not None:
        outside.append(
            Claim(kind="withdrew", treaty=treaty, state=joiner, value="true", tense="present", as_of=published)
        )
    return outside


_AS_NON_MEMBERS = re.compile(r"\bas\s+non-?(?:members|parties)\s+(?:of|to)\b", re.IGNORECASE)
_NOW = {"now", "thus", "therefore", "officially", "formally"}


def _joiner_out(clause: Span, states: list[Span], listed: list[Span]) -> str | None:
    """'Japan now joins Iceland and Norway as non-members of the IWC': the state right before a present 'joins' (an
    adverb between) is outside the treaty too, as of the report: an exit told (not 'will join', 'could join', the
    readings of its own withdrawal)."""
    doc = clause.doc
    join = next((t for t in clause if t.lower_ == "joins" and t.i < listed[0].start), None)
    if join is None or not _AS_NON_MEMBERS.search(text_of(clause)):
        return None
    i = join.i - 1
    while i > clause.start and doc[i].lower_ in _NOW:
        i -= 1
    subject = next((s for s in states if s.end == i + 1 and s.label_ == "STATE"), None)
    return str(subject.ent_id_) if subject is not None else None


_STAYING = {"remain", "remains", "stay", "stays"}  # the report's day ('remained': a past day not told)
_STILL = {"still", "all", "both", "also"}


def _staying_out(clause: Span, cue: Span, states: list[Span]) -> list[Span]:
    """'Russia, China and the United States remain outside the Ottawa Convention', 'Israel still stays outside the
    NPT': the states the verb's subject lists, right before it, with the treaty (named or meant) right after."""
    doc = clause.doc
    if cue[0].lower_ not in _STAYING or cue.end >= clause.end:
        return []
    ahead = doc[cue.end : min(cue.end + 3, clause.end)]
    if not any(t.ent_type_ == "TREATY" or t.lower_ in GENERIC_TREATY for t in ahead):
        return []  # "remain outside the talks", "stay outside the bloc's plans"
    i = cue.start - 1
    while i > clause.start and doc[i].lower_ in _STILL:
        i -= 1
    subject = next((s for s in states if s.end == i + 1), None)
    return listed_with(states, subject, forward=False) if subject is not None else []
