"""A return told as a noun: 'The definitive return of the country to ICSID was carried out through Executive Decree
122 signed by the president on July 16, 2021' (a return done, on the clause's day), 'Another of the actions promoted
this Wednesday by Biden ... is the return of the United States to the Paris Agreement' (one of the acts of that day),
'The President ... ratified the return of Ecuador to the ICSID Convention' (the State's consent to the treaty again).

A return noun counts only with its State ('of <State>', '<State>'s', 'the country' for the article's State) and the
treaty after 'to' (named, or a generic noun for the treaty the article discusses), and only where the clause asserts
it done: the subject of a verb of completion, the complement of 'is' / 'was' after acts done on a day, or the object
of a consent verb. A return hoped for, possible or to come ('hopes for Nicaragua's return to the OAS in the future',
'the return to ICSID would accelerate ...') asserts nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.subjects import one_per_state
from app.reading.vocabulary import GENERIC_TREATY
from app.reading.when import claim_value, resolve
from schemas.checks import Claim

_OWNERS = {"'s", "’s"}
_COUNTRY = {"country", "nation"}  # "the return of the country to ICSID": the State the article speaks of
# what a return done is said to have been: "was carried out", "was completed", "took place", "became effective"
_DONE_PARTICIPLES = {"carried", "completed", "finalized", "finalised", "formalized", "formalised", "effected",
                     "concluded", "sealed", "executed", "made"}  # fmt: skip
_DONE_VERBS = {"took", "became"}  # "took place", "became effective" (the verb after the phrase)
_ACTS = {"action", "actions", "step", "steps", "measure", "measures", "decision", "decisions", "act", "acts", "move",
         "moves", "order", "orders"}  # fmt: skip
_CONSENT_VERBS = {"ratified", "ratifies", "approved", "approves", "formalized", "formalizes", "formalised",
                  "formalises", "sealed", "seals"}  # fmt: skip
_HEDGES = {"will", "would", "could", "may", "might", "should", "must", "can", "if", "unless", "whether", "hope",
           "hopes", "hoped", "hoping", "possible", "potential", "eventual", "future", "looming", "planned", "proposed",
           "not", "never", "n't"}  # fmt: skip


@dataclass(frozen=True)
class Return:
    """One return noun: whose, to which treaty, where its phrase ends and what the clause says of it."""

    states: list[str]
    treaty: str
    start: int  # the first token of the noun phrase ('the', the owner)
    end: int  # after the treaty's name


def return_claims(clause: Span, actors: list[Span], dates: list[Span], context: Context) -> list[Claim]:
    """The joinings (and consents) the clause's return nouns assert."""
    if any(t.lower_ in _HEDGES for t in clause):
        return []
    out: list[Claim] = []
    for token in clause:
        if token.lower_ != "return" or token.pos_ == "VERB":
            continue
        found = _phrase(token, clause, actors, context)
        if found is not None:
            out += _asserted(found, clause, dates, context)
    return out


def _phrase(noun: Token, clause: Span, actors: list[Span], context: Context) -> Return | None:
    """'the (definitive) return of <State> to <treaty>', '<State>'s return to <treaty>'."""
    doc = clause.doc
    i = noun.i + 1
    start = next(  # "the definitive return": the phrase opens at its article, adjectives between
        (j for j in range(noun.i - 1, max(clause.start, noun.i - 4) - 1, -1) if doc[j].lower_ == "the"), noun.i
    )
    if any(not (t.is_lower and t.is_alpha) for t in doc[start + 1 : noun.i]):
        start = noun.i
    states: list[str] = []
    if start - 1 > clause.start and doc[start - 1].text in _OWNERS:  # "Ecuador's return to"
        possessor = [e for e in actors if e.end == start - 1]
        states = [str(possessor[0].ent_id_)] if possessor else []
        start = possessor[0].start if possessor else start
    elif i < clause.end and doc[i].lower_ == "of":
        i += 1
        if i < clause.end and doc[i].lower_ == "the" and i + 1 < clause.end and doc[i + 1].lower_ in _COUNTRY:
            states, i = ([context.state] if context.state else []), i + 2  # "the return of the country to ICSID"
        elif (owner := next((e for e in actors if e.start in (i, i + 1) and e.label_ == "STATE"), None)) is not None:
            states, i = [str(owner.ent_id_)], owner.end
    if not states or i >= clause.end or doc[i].lower_ != "to":
        return None
    treaty, end = _treaty_to(clause, i + 1, context)
    return Return(states, treaty, start, end) if treaty else None


def _treaty_to(clause: Span, i: int, context: Context) -> tuple[str | None, int]:
    """The treaty after 'to': named ('the «Agreement on the Settlement ...»', 'ICSID'), or 'the convention' for the
    treaty the article discusses."""
    doc = clause.doc
    while i < clause.end and (doc[i].lower_ == "the" or doc[i].text in ("«", '"', "“")):
        i += 1
    if i >= clause.end:
        return None, i
    if doc[i].ent_type_ == "TREATY":
        end = i
        while end < clause.end and doc[end].ent_type_ == "TREATY" and (end == i or doc[end].ent_iob_ == "I"):
            end += 1
        return str(doc[i].ent_id_), end
    if doc[i].lower_ in GENERIC_TREATY:
        return context.refer(doc[i].lower_), i + 1
    return None, i


def _asserted(found: Return, clause: Span, dates: list[Span], context: Context) -> list[Claim]:
    """The claim a return noun makes where the clause asserts it: done (the subject of 'was carried out'), one of the
    acts of a day (after 'is'), or consented to (the object of 'ratified')."""
    doc = clause.doc
    base: dict[str, object] = {"treaty": found.treaty, "as_of": context.published}
    before = doc[clause.start : found.start]
    verb = doc[found.start - 1] if found.start > clause.start else None
    if verb is not None and verb.lower_ == "the" and found.start - 2 >= clause.start:
        verb = doc[found.start - 2]
    if verb is not None and verb.lower_ in _CONSENT_VERBS and verb.lower_.endswith(("ed", "es", "s")):
        return one_per_state(base, "ratified", found.states, "true", "past") if verb.lower_.endswith("ed") else []
    after = doc[found.end : min(clause.end, found.end + 4)]
    words = [t.lower_ for t in after]
    done = (words[:1] in (["was"], ["were"]) and words[1:2] and words[1] in _DONE_PARTICIPLES) or (
        words[:1] and words[0] in _DONE_VERBS and words[1:2] in (["place"], ["effective"])
    )
    if done:
        date = next((d for d in dates if d.start >= found.end), None)
        return _joined(found, date, base, context)
    acts = any(t.lower_ in _ACTS for t in before) and verb is not None and verb.lower_ in ("is", "was")
    if acts:
        date = next((d for d in dates if d.end <= found.start), None)
        return _joined(found, date, base, context) if date is not None else []
    return []


def _joined(found: Return, date: Span | None, base: dict[str, object], context: Context) -> list[Claim]:
    """Joined on the date (read in the past), or 'true' by the day of the report when the clause gives none."""
    if date is None:
        return one_per_state(base, "joined", found.states, "true", "past")
    when = resolve([t.text for t in date], context.published, "past")
    if when is None or when.start > context.published:
        return []
    return one_per_state(base, "joined", found.states, claim_value(when), "past")
