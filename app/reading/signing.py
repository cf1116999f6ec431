"""Signing told with a gerund after 'join': "Canada joined other nations in signing the Paris Agreement" is a
signature (the other nations are those who signed with it), not a joining; "the US joined the WHO by signing its
Constitution in 1946" says both that it joined and that it signed, each judged on its own (a signature alone does not
make a state a party: consent to be bound does, VCLT Arts. 11-16).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from schemas.checks import ClaimKind

_JOIN = {"join", "joins", "joined", "joining"}
_REACH = 8  # words between 'joined' and 'in signing' ("joined some 170 other nations in signing")


@dataclass(frozen=True)
class JoinedBySigning:
    """The 'join' verb, what the sentence asserts ('signed', or 'joined' and 'signed') and where the signing is."""

    join: Token
    kinds: tuple[ClaimKind, ...]
    signing: Token


def joined_by_signing(clause: Span) -> JoinedBySigning | None:
    """'joined <others> in signing <treaty>' -> signed; 'joined <treaty> by signing <its text>' -> joined and
    signed; None otherwise."""
    words = list(clause)
    for i, word in enumerate(words):
        if word.lower_ not in _JOIN:
            continue
        for j in range(i + 1, min(i + _REACH, len(words) - 1)):
            if words[j + 1].lower_ != "signing" or words[j].lower_ not in ("in", "by"):
                continue
            treaty_joined = any(w.ent_type_ == "TREATY" for w in words[i + 1 : j])
            if words[j].lower_ == "in" and not treaty_joined:
                return JoinedBySigning(word, ("signed",), words[j + 1])
            if words[j].lower_ == "by" and treaty_joined:
                return JoinedBySigning(word, ("joined", "signed"), words[j + 1])
            return None
    return None
