"""States a consent is denied to, beside the others who gave it or the entry into force that waits for them:

- after a passive count: "It has since been ratified by 160 countries, but not by the US, China or, crucially,
  Russia", "signed by most states but not by India or Pakistan";
- after an active one, the verb elided: "More than 160 countries have ratified it, though the United States, China,
  and Russia have not" (the states after 'though' / 'but' / 'while' / 'whereas' and before a bare 'have not');
- in the condition an entry into force waits for: "cannot go into force until eight holdouts — China, Egypt, ... —
  have signed and ratified it" (CTBT Art. XIV: in force only after all 44 Annex 2 States have ratified, so the
  states the condition names have not; 'signed and ratified' denies the ratification, not the signature).

The states named did not do what the sentence says of the others (``ratified`` / ``signed`` / ``joined`` false, on
the day of the report).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from schemas.checks import Claim, ClaimKind

_DENIED: dict[str, ClaimKind] = {"ratified": "ratified", "signed": "signed", "joined": "joined", "acceded": "ratified"}
_CONSENTS: dict[str, ClaimKind] = {
    "ratify": "ratified", "ratifies": "ratified", "ratified": "ratified", "accede": "ratified", "accedes": "ratified",
    "acceded": "ratified", "sign": "signed", "signs": "signed", "signed": "signed", "join": "joined",
    "joins": "joined", "joined": "joined",
}  # fmt: skip
_STRONGER = ("ratified", "joined", "signed")  # 'signed and ratified': the ratification is what is denied
_CONTRASTS = {"though", "although", "but", "while", "whereas"}
_HAVE = {"have", "has", "had", "did", "do", "does"}
_WAITS = {"force", "effect"}  # 'enter into force', 'go into force', 'take effect'
_HELD = {"until", "till", "unless"}
_PRESENT = {"cannot", "can", "ca", "will", "wo", "does", "do", "is", "shall"}  # 'ca' and 'wo' of "can't", "won't"
_PAST = {"did", "was", "were", "could", "had", "would"}


def not_by_claims(clause: Span, actors: list[Span], treaty: str | None, published: dt.date) -> list[Claim]:
    """One denial per state named after 'but not by' that follows 'ratified by' (or signed, joined, acceded to), after
    an elided 'though X have not', or in the condition an entry into force waits for."""
    if treaty is None:
        return []
    return (
        _not_by(clause, actors, treaty, published)
        + _elided_denial(clause, actors, treaty, published)
        + _waited_for(clause, actors, treaty, published)
    )


def _not_by(clause: Span, actors: list[Span], treaty: str, published: dt.date) -> list[Claim]:
    doc = clause.doc
    cue = next(
        (
            t.i
            for t in clause
            if t.lower_ == "not"
            and t.i + 1 < clause.end
            and doc[t.i + 1].lower_ == "by"
            and doc[t.i - 1].lower_ == "but"
        ),
        None,
    )
    if cue is None:
        return []
    verb = next(
        (t for t in doc[clause.start : cue] if t.lower_ in _DENIED and doc[t.i + 1].lower_ in ("by", "to")), None
    )
    if verb is None:
        return []
    return _denials(actors, cue + 1, len(doc), _DENIED[verb.lower_], treaty, published)


def _elided_denial(clause: Span, actors: list[Span], treaty: str, published: dt.date) -> list[Claim]:
    """'..., though the United States, China, and Russia have not.': a contrast after a consent verb whose own
    clause ends at 'have not' (or 'have not yet', 'did not'), the verb left out because it is the one before."""
    doc = clause.doc
    for token in clause:
        if token.lower_ not in _CONTRASTS or token.i == clause.start or doc[token.i - 1].text != ",":
            continue
        nots = [t.i for t in doc[token.i + 1 : clause.end] if t.lower_ in ("not", "n't")]
        if not nots or doc[nots[0] - 1].lower_ not in _HAVE:
            continue
        rest = [t for t in doc[nots[0] + 1 : clause.end] if not t.is_punct]
        if rest and [t.lower_ for t in rest] not in (["yet"], ["done", "so"], ["so"]):
            continue  # 'but did not ratify it until 2012': the verb is there, another construction
        verbs = [t for t in doc[clause.start : token.i] if t.lower_ in _CONSENTS]
        if verbs:
            own = _object_treaty(verbs[-1], token.i) or treaty
            return _denials(actors, token.i + 1, nots[0], _CONSENTS[verbs[-1].lower_], own, published)
    return []


def _waited_for(clause: Span, actors: list[Span], treaty: str, published: dt.date) -> list[Claim]:
    """'cannot go into force until eight holdouts — ... — have signed and ratified it', 'will not enter into force
    unless China and Egypt ratify it': an entry into force denied until the states named consent."""
    doc = clause.doc
    for token in clause:
        if token.lower_ not in _HELD:
            continue
        before = {t.lower_ for t in doc[max(clause.start, token.i - 6) : token.i]}
        if not (before & _WAITS and before & {"not", "n't", "cannot"}) or not before & _PRESENT or before & _PAST:
            continue  # 'did not enter into force until Russia ratified it in 2004': Russia did, then
        verbs = [t for t in doc[token.i + 1 : clause.end] if t.lower_ in _CONSENTS]
        if not verbs:
            return []
        kinds = {_CONSENTS[t.lower_] for t in verbs}
        kind = next(k for k in _STRONGER if k in kinds)
        return _denials(actors, token.i + 1, verbs[0].i, kind, treaty, published)
    return []


def _object_treaty(verb: Token, end: int) -> str | None:
    """The treaty named right after the consent verb ('have ratified the Istanbul Convention'), over 'the'."""
    doc = verb.doc
    ent = next((e for e in doc.ents if e.label_ == "TREATY" and verb.i < e.start <= verb.i + 3 and e.end <= end), None)
    return str(ent.ent_id_) if ent is not None else None


def _denials(actors: list[Span], start: int, end: int, kind: ClaimKind, treaty: str, published: dt.date) -> list[Claim]:
    states = list(dict.fromkeys(str(e.ent_id_) for e in actors if start <= e.start < end))
    return [Claim(kind=kind, treaty=treaty, state=state, value="false", as_of=published) for state in states]
