"""Signing told with a gerund after 'join': "Canada joined other nations in signing the Paris Agreement" is a
signature (the other nations are those who signed with it), not a joining; "the US joined the WHO by signing its
Constitution in 1946" says both that it joined and that it signed, each judged on its own (a signature alone does not
make a state a party: consent to be bound does, VCLT Arts. 11-16); "joined the ICC by signing the Rome Statute in
1999 and ratifying it in 2001" joined by the ratification, read on its own: the signature alone here.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.verb_dates import resolved
from app.reading.vocabulary import JOIN_FORMS
from app.reading.when import claim_value
from app.reading.words import generic_references
from schemas.checks import Claim, ClaimKind

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
        if word.lower_ not in JOIN_FORMS:
            continue
        for j in range(i + 1, min(i + _REACH, len(words) - 1)):
            if words[j + 1].lower_ != "signing" or words[j].lower_ not in ("in", "by"):
                continue
            treaty_joined = any(w.ent_type_ == "TREATY" for w in words[i + 1 : j])
            if words[j].lower_ == "in" and not treaty_joined:
                return JoinedBySigning(word, ("signed",), words[j + 1])
            if words[j].lower_ == "by" and treaty_joined:
                kinds: tuple[ClaimKind, ...] = ("signed",) if _then_consent(words[j + 2 :]) else ("joined", "signed")
                return JoinedBySigning(word, kinds, words[j + 1])
            return None
    return None


_CONSENT_GERUNDS = {"ratifying", "acceding", "depositing", "approving", "accepting"}


def _then_consent(rest: list[Token]) -> bool:
    """'joined the ICC by signing the Rome Statute in 1999 and ratifying it in 2001': the joining is the later
    consent's (read on its own, with its date), not the signature's (a signature binds no State: VCLT Arts. 11-16)."""
    return any(a.lower_ == "and" and b.lower_ in _CONSENT_GERUNDS for a, b in pairwise(rest))


def joined_by_signing_claims(
    signing: JoinedBySigning, clause: Span, actors: list[Span], dates: list[Span], claims: list[Claim], context: Context
) -> list[Claim]:
    """'Canada joined other nations in signing the Paris Agreement' (signed), 'it joined the WHO by signing its
    Constitution in 1946' (joined and signed): the states before 'join' (or the actor 'it' stands for), the
    treaty after it, the first date after it (none: 'true')."""
    states = [str(e.ent_id_) for e in actors if e.end <= signing.join.i][-1:] or (
        [context.state] if context.state and clause.doc[signing.join.i - 1].lower_ in ("it", "they") else []
    )
    named = [e for e in clause.ents if e.label_ == "TREATY" and e.start > signing.join.i]
    generic = [t for t in generic_references(clause) if t.i > signing.signing.i]
    treaty = str(named[0].ent_id_) if named else (context.refer(generic[0].lower_) if generic else None)
    if not states or treaty is None:
        return claims
    stop = next((t.i for t in clause if t.i > signing.signing.i and t.lower_ in (",", "which", "that")), clause.end)
    own = [d for d in dates if d.end <= stop]  # not "..., which took effect in November 2016"
    later = [d for d in own if d.start > signing.join.i] or own  # "In 2016 Canada joined others in signing"
    when = resolved(later[0], "past", context) if later else None
    value = claim_value(when) if when else "true"
    kept = [c for c in claims if not (c.kind in ("joined", "signed") and c.state in states)]
    return kept + [
        Claim(kind=kind, treaty=treaty, state=one, value=value, as_of=context.published, tense="past")
        for kind in signing.kinds
        for one in states
    ]
