"""An exit by expulsion: 'The Council of Europe expelled Russia' (the organisation acts on its member), 'Russia was
expelled in March from ... the Council of Europe' (the passive). A member expelled ceases to be one (Statute of the
Council of Europe, Art. 8), so the reader gives the state a ``withdrew`` claim: dated when a date follows the verb
closely, else true by the day of the report. A hedged or future expulsion ('could be expelled', 'moved to expel')
asserts nothing. The organisation is a treaty named in the clause or an organisation a founding treaty names
('Council of Europe', app/reading/names.py).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.vocabulary import ADVERBS
from app.reading.when import claim_value, resolve
from app.reading.words import listed_with, with_year
from schemas.checks import Claim

_HEDGES = {"to", "will", "would", "could", "may", "might", "should", "must", "can", "not", "never"}
_PASSIVE = {"was", "were", "been", "is", "are", "being"}


def expulsion_claims(
    clause: Span, actors: list[Span], dates: list[Span], organisations: dict[str, str], context: Context
) -> list[Claim]:
    claims: list[Claim] = []
    for token in clause:
        if token.lower_ != "expelled":
            continue
        before = [t for t in clause.doc[max(clause.start, token.i - 4) : token.i] if t.lower_ not in ADVERBS]
        if {t.lower_ for t in before[-2:]} & _HEDGES:
            continue
        bodies = _bodies(clause, organisations)
        passive = bool(before) and before[-1].lower_ in _PASSIVE
        found = _passive(token, clause, actors, bodies) if passive else _active(token, actors, bodies)
        if found is None:
            continue
        treaty, states = found
        context.exited = treaty  # what the article's exit leaves: "Russia joined in 1996" is the organisation's
        value = _value(token, dates, context) or "true"
        claims += [
            Claim(kind="withdrew", treaty=treaty, state=s, value=value, tense="past", as_of=context.published)
            for s in states
        ]
    return claims


def organisation_named(clause: Span, organisations: dict[str, str]) -> str | None:
    """The founding treaty of the organisation the clause names ('The Council of Europe, now with 46 member
    states': its members are the parties of its Statute), when it names no treaty."""
    bodies = _bodies(clause, organisations)
    return bodies[0][2] if bodies else None


def _bodies(clause: Span, organisations: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, treaty id) of the treaties and founded organisations the clause names."""
    found = [(e.start, e.end, str(e.ent_id_)) for e in clause.ents if e.label_ == "TREATY"]
    doc, text = clause.doc, clause.text
    for name, treaty in organisations.items():
        at = text.find(name)
        span = doc.char_span(clause.start_char + at, clause.start_char + at + len(name)) if at >= 0 else None
        if span is not None:
            found.append((span.start, span.end, treaty))
    return sorted(found)


def _passive(
    token: Token, clause: Span, actors: list[Span], bodies: list[tuple[int, int, str]]
) -> tuple[str, list[str]] | None:
    """'Russia was expelled in March from another human rights body — the Council of Europe'."""
    end = min(token.i + 14, clause.end)
    if not any(t.lower_ == "from" for t in clause.doc[token.i + 1 : end]):
        return None
    treaty = next((b for b in bodies if token.i < b[0] < end), None)
    subjects = [e for e in actors if e.end <= token.i]
    if treaty is None or not subjects:
        return None
    return treaty[2], list(dict.fromkeys(str(e.ent_id_) for e in listed_with(actors, subjects[-1], False)))


def _active(token: Token, actors: list[Span], bodies: list[tuple[int, int, str]]) -> tuple[str, list[str]] | None:
    """'The Council of Europe expelled Russia': the organisation just before the verb, the state just after it."""
    treaty = next((b for b in bodies if token.i - 3 <= b[1] <= token.i), None)  # "the Council of Europe formally"
    objects = [e for e in actors if token.i < e.start <= token.i + 3]
    if treaty is None or not objects:
        return None
    return treaty[2], list(dict.fromkeys(str(e.ent_id_) for e in listed_with(actors, objects[0], True)))


def _value(token: Token, dates: list[Span], context: Context) -> str | None:
    """The date right after the verb ('expelled in March', 'expelled on 16 March 2022'), read in the past."""
    near = [d for d in dates if token.i < d.start <= token.i + 3]
    if not near:
        return None
    when = resolve(with_year(near[0]), context.published, "past")
    return claim_value(when) if when else None
