"""States that share a denial by "neither" or "nor": "The US is not a party to the Rome Statute, and neither are
countries like China, Russia and Israel"; "Hungary has not ratified it, nor has Serbia". The states named after the
"neither/nor + auxiliary" have the same status as the one before it, so each gets a copy of its claim. Only claims
that deny ("false") and that the clause itself gives a state are copied; "neither" with no state after it ("nor does
it intend to join") copies nothing.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.spans import lowered
from schemas.checks import Claim

_SHARE = frozenset({"neither", "nor"})
_AUXILIARIES = frozenset({"are", "is", "was", "were", "do", "does", "did", "have", "has", "had"})
_DENIED = frozenset({"joined", "ratified", "signed", "acceded", "bound_on", "withdrew"})  # statuses a state can share


def _sharing_cue(clause: Span) -> Token | None:
    """The auxiliary of 'neither are', 'nor has' in the clause (the first one), if any."""
    for token in clause[:-1]:
        follower = clause.doc[token.i + 1]
        if token.lower_ in _SHARE and follower.lower_ in _AUXILIARIES:
            return follower
    return None


def _neither_nor(clause: Span, actors: list[Span], claims: list[Claim]) -> list[Claim]:
    """'Neither Poland nor Finland has left the Ottawa Convention': the states between 'neither' and 'nor' share the
    denial the clause reads for the state after 'nor'."""
    words = [t.lower_ for t in clause]
    if "neither" not in words or "nor" not in words[words.index("neither") :]:
        return []
    neither = clause.start + words.index("neither")
    nor = neither + words[words.index("neither") :].index("nor")
    first = list(dict.fromkeys(str(a.ent_id_) for a in actors if neither < a.start < nor))
    second = {str(a.ent_id_) for a in actors if a.start > nor}
    denied = [c for c in claims if c.value == "false" and c.kind in _DENIED and c.state in second]
    have = {(c.kind, c.treaty, c.state) for c in claims}
    return [c.model_copy(update={"state": s}) for c in denied for s in first if (c.kind, c.treaty, s) not in have]


def shared_denials(clause: Span, actors: list[Span], claims: list[Claim]) -> list[Claim]:
    """A copy of each denial claim of the clause for every state named after 'neither/nor + auxiliary', and for
    the states of 'neither X nor Y'."""
    if "nor" not in lowered(clause.doc) and "neither" not in lowered(clause.doc):
        return []  # each reading needs 'neither' or 'nor'
    cue = _sharing_cue(clause)
    if cue is None:
        return _neither_nor(clause, actors, claims)
    after = list(dict.fromkeys(str(a.ent_id_) for a in actors if a.start > cue.i))
    before = {str(a.ent_id_) for a in actors if a.end <= cue.i}
    denied = [c for c in claims if c.value == "false" and c.kind in _DENIED and c.state in before]
    have = {(c.kind, c.treaty, c.state) for c in claims}
    return [
        c.model_copy(update={"state": state})
        for c in denied
        for state in after
        if (c.kind, c.treaty, state) not in have and state not in before
    ]


def without_consent(clause: Span, claims: list[Claim]) -> list[Claim]:
    """'The U.S. likewise signed the statute without ratification', 'signed it without ratifying it': each signer of
    the clause did not ratify (a denial of the consent the signature lacked)."""
    words = [t.lower_ for t in clause]
    at = next((i for i, w in enumerate(words[:-1]) if w == "without" and words[i + 1] in _CONSENT_WORDS), None)
    if at is None:
        return []
    signed = [c for c in claims if c.kind == "signed" and c.state and c.value != "false"]
    return [
        Claim(kind="ratified", treaty=c.treaty, state=c.state, value="false", as_of=c.as_of, tense="past")
        for c in signed
    ]


_CONSENT_WORDS = {"ratification", "ratifying", "ratified", "ratify"}
