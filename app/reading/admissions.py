"""Membership granted rather than sought: 'when the body admitted Palestine as a full member', 'Iceland has been
readmitted to the IWC', 'granting full membership to Palestine in 2011', 'among the founding members of the UPU',
'The trio, founding members of ECOWAS since 1975'. Each is a ``joined`` claim: the organisation's admission of the
state, or its founding signature, which the judge reads against world/parties ``admissions``. The date is the one
the clause gives ('since 1975', 'in 2011'); with none, the membership is told as held by the day of the report.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.vocabulary import FUTURE, NEGATION
from app.reading.when import claim_value, resolve
from app.reading.words import with_year
from schemas.checks import Claim

_ADMITTING = {"admitted", "admits", "admit", "readmitted", "readmits", "granted", "granting", "grants"}
_FOUNDING = {"founding", "founder", "founders", "original"}
_MEMBERS = {"member", "members", "state", "states", "party", "parties"}
_GROUPS = {"trio", "pair", "duo", "three", "two", "countries", "states", "nations", "juntas"}
_UNASSERTED = FUTURE | {"would", "could", "may", "might", "should", "if", "unless", "whether", "to", "bid", "seek",
                        "seeks", "sought", "apply", "applied", "application"}  # fmt: skip


def admission_claims(
    clause: Span, actors: list[Span], dates: list[Span], treaty: str | None, context: Context
) -> list[Claim]:
    """The joined claims of the clause's admissions and founding memberships."""
    if treaty is None or any(t.lower_ in NEGATION for t in clause):
        return []
    claims: list[Claim] = []
    for token in clause:
        if token.lower_ in _ADMITTING:
            states = _admitted(token, clause, actors)
        elif token.lower_ in _FOUNDING and _of_members(token):
            states = _founders(token, clause, actors, context)
        elif token.lower_ in _FOUNDING and (named := _as_founder(token, actors)):
            states = named
        else:
            continue
        if not states or any(t.lower_ in _UNASSERTED for t in clause.doc[max(clause.start, token.i - 3) : token.i]):
            continue
        value = _value(token, clause, dates, context)
        claims += [
            Claim(kind="joined", treaty=treaty, state=s, value=value, as_of=context.published, tense="past")
            for s in states
        ]
    return claims


def _of_members(token: Token) -> bool:
    """'founding members of', 'a founding member state of', 'among the original parties to'."""
    doc = token.doc
    after = [t.lower_ for t in doc[token.i + 1 : min(len(doc), token.i + 4)]]
    return bool(after) and after[0] in _MEMBERS and any(w in ("of", "to", "since") for w in after[1:])


def _as_founder(token: Token, actors: list[Span]) -> list[str]:
    """'It began operations in 2002 ..., with Hungary as one of the founding members.' (The Epoch Times, 20 May 2025),
    'with Mali as a founding member': the State right before 'as', the body the clause names (no 'of' needed)."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is None or after.lower_ not in _MEMBERS:
        return []
    if after.i + 1 < len(doc) and doc[after.i + 1].text in ("'", "’", "'s", "’s"):
        return []  # "with Hungary as one of the founding members' critics": a possessive, no membership told
    words = [t.lower_ for t in doc[max(0, token.i - 4) : token.i]]
    if words == ["as", "one", "of", "the"]:
        start = token.i - 4
    elif words[-2:] in (["as", "a"], ["as", "an"]):
        start = token.i - 2
    else:
        return []
    return [str(e.ent_id_) for e in actors if e.end == start][:1]


def _admitted(verb: Token, clause: Span, actors: list[Span]) -> list[str]:
    """'admitted Palestine as a full member', 'granting full membership to Palestine' (the state after the verb);
    'Iceland has been readmitted to' (the state before a passive)."""
    doc = clause.doc
    window = doc[verb.i + 1 : min(clause.end, verb.i + 6)]
    if _short_of_membership(verb, window):
        return []  # "have been granted candidate country status", "admitted as an observer": not a member
    i = verb.i - 1
    while i > clause.start and doc[i].lower_ in _BETWEEN_AUXILIARY:
        i -= 1  # "Palestine was Monday admitted to ... (Unesco) as a full member" (IANS, 31 October 2011; batch 50)
    passive = i >= clause.start and i < verb.i and doc[i].lower_ in ("been", "was", "were", "be", "is")
    if passive:
        before = [e for e in actors if e.end <= verb.i and verb.i - e.end <= 4]
        return [str(before[-1].ent_id_)] if before else []
    if verb.lower_.startswith("grant") and not any(t.lower_ == "membership" for t in window):
        return []  # "granted a waiver to Iceland": no membership
    after = [e for e in actors if verb.i < e.start <= verb.i + 5]
    if not after:
        return []
    follows = {t.lower_ for t in doc[after[0].end : min(clause.end, after[0].end + 4)]} | {t.lower_ for t in window}
    return [str(after[0].ent_id_)] if follows & {"member", "membership", "as", "to", "into"} else []


_BETWEEN_AUXILIARY = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "on", "today",
                      "yesterday", "formally", "officially", "finally", "also", "unanimously"}  # fmt: skip
_SHORT_OF_MEMBERSHIP = {"candidate", "candidacy", "observer", "observers", "partner", "partnership", "associate",
                        "associated", "guest", "dialogue"}  # fmt: skip


def _short_of_membership(verb: Token, window: Span) -> bool:
    """'The Republic of Moldova and Ukraine have been granted candidate country status', 'was admitted as an
    observer', 'granted partner status': a standing short of membership (an EU candidate is not a member, TEU
    Art. 49), no joining; a grant must name membership ('granted full membership to Palestine')."""
    if any(t.lower_ in _SHORT_OF_MEMBERSHIP for t in window):
        return True
    return verb.lower_.startswith("grant") and not any(t.lower_ in ("membership", "member") for t in window)


def _founders(token: Token, clause: Span, actors: list[Span], context: Context) -> list[str]:
    """'The United States is among the founding members of the UPU', 'The trio, founding members of ECOWAS'."""
    doc = clause.doc
    before = [e for e in actors if e.end <= token.i]
    if before:
        return list(dict.fromkeys(str(e.ent_id_) for e in before))
    group = {t.lower_ for t in doc[clause.start : token.i]} & _GROUPS
    return list(context.states) if group else []


def _value(token: Token, clause: Span, dates: list[Span], context: Context) -> str:
    """The clause's date nearest the word ('since 1975', 'in 2011'), else 'by the day of the report'."""
    near = sorted(dates, key=lambda d: abs(d.start - token.i))
    for date in near:
        when = resolve(with_year(date), context.published, "past")
        if when is not None and when.start <= context.published:
            return claim_value(when)
    return f"0001-01-01/{context.published}"
