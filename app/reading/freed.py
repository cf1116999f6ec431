"""An exit told by what it frees the State to do: "As a result, from December 27, 2025, Latvia is legally permitted
to acquire, produce and use anti-personnel mines" — what the treaty forbids (its very name says so: the Convention on
the Prohibition of ... Anti-Personnel Mines) the State may now do, so from that day it is no longer bound by the
treaty. Read only when the permitted acts share at least two words with the treaty's names.
"""

from __future__ import annotations

import re

from spacy.tokens import Span

_PERMITTED = {"permitted", "allowed", "free", "entitled"}
_BE = {"is", "are", "be", "becomes", "become"}
_SKIPPED = {"now", "legally", "once", "again", "fully", "formally"}
_WORD = re.compile(r"[a-z]{5,}")
_GENERIC = {"convention", "treaty", "agreement", "international", "their", "which", "other", "states", "state",
            "organization", "organisation", "protocol", "charter"}  # fmt: skip


def permitted_acts(clause: Span) -> Span | None:
    """The acts after 'is (legally) permitted / allowed / free to', up to the clause's end (at most 12 words)."""
    doc = clause.doc
    for token in clause:
        if token.lower_ not in _PERMITTED or token.i + 1 >= clause.end or doc[token.i + 1].lower_ != "to":
            continue
        i = token.i - 1
        while i >= clause.start and doc[i].lower_ in _SKIPPED:
            i -= 1
        if i >= clause.start and doc[i].lower_ in _BE:
            return doc[token.i + 2 : min(clause.end, token.i + 14)]
    return None


def forbidden_by(acts: Span, names: list[str]) -> bool:
    """The acts share two or more words with the treaty's names ('use anti-personnel mines')."""
    named = {w for n in names for w in _WORD.findall(n.lower())} - _GENERIC
    return len(set(_WORD.findall(acts.text.lower())) & named) >= 2
