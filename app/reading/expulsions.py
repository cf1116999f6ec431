"""An exit by expulsion: 'The Council of Europe expelled Russia' (the organisation acts on its member), 'Russia was
expelled in March from ... the Council of Europe' (the passive). A member expelled ceases to be one (Statute of the
Council of Europe, Art. 8), so the reader gives the state a ``withdrew`` claim: dated when a date follows the verb
closely, else true by the day of the report. A hedged or future expulsion ('could be expelled', 'moved to expel')
asserts nothing. The organisation is a treaty named in the clause or an organisation a founding treaty names
('Council of Europe', app/reading/names.py).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.body_modifiers import modifies_a_body
from app.reading.context import Context
from app.reading.mentions import agent_of_another, modifies_a_group, names_an_organ
from app.reading.organisation_titles import heads_an_instrument
from app.reading.spans import text_of
from app.reading.vocabulary import ADVERBS
from app.reading.when import claim_value, resolve
from app.reading.words import actors_in, listed_with, signing_agent, with_year
from schemas.checks import Claim

_HEDGES = {"to", "will", "would", "could", "may", "might", "should", "must", "can", "not", "never"}
_PASSIVE = {"was", "were", "been", "is", "are", "being"}


def expulsion_claims(
    clause: Span, actors: list[Span], dates: list[Span], organisations: dict[str, str], context: Context
) -> list[Claim]:
    claims: list[Claim] = _nominal(clause, actors, dates, organisations, context)
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
        value = _value(token, dates, context, _body_end(token, clause, organisations)) or "true"
        claims += [
            Claim(kind="withdrew", treaty=treaty, state=s, value=value, tense="past", as_of=context.published)
            for s in states
        ]
    return claims


def organisation_named(clause: Span, organisations: dict[str, str]) -> str | None:
    """The founding treaty of the organisation the clause names ('The Council of Europe, now with 46 member
    states': its members are the parties of its Statute), when it names no treaty."""
    bodies = [  # not "countries under the UN Intergovernmental Negotiating Committee": one of the UN's organs; not
        # "197 countries in addition to the European Union": one party among others counted
        b
        for b in _bodies(clause, organisations)
        if not modifies_a_group(clause.doc[b[0] : b[1]], clause, b[2]) and not signing_agent(clause.doc[b[0] : b[1]])
    ]
    return bodies[0][2] if bodies else None


def _bodies(clause: Span, organisations: dict[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, treaty id) of the treaties and founded organisations the clause names."""
    found = [(e.start, e.end, str(e.ent_id_)) for e in clause.ents if e.label_ == "TREATY" and not modifies_a_body(e)]
    # not "the UN-backed OPCW" (agent_of_another): another body the organisation backs
    doc, text = clause.doc, text_of(clause)  # not "the UN Human Rights Council": another body the name places
    for name, treaty in organisations.items():
        at = text.find(name)
        span = doc.char_span(clause.start_char + at, clause.start_char + at + len(name)) if at >= 0 else None
        if (
            span is not None
            and not modifies_a_body(span)
            and not agent_of_another(span)
            and not heads_an_instrument(span)
        ):
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


def _body_end(token: Token, clause: Span, organisations: dict[str, str]) -> int | None:
    """Where the organisation named after 'from' ends ('expelled from the Council of Europe on 16 March')."""
    after = [b for b in _bodies(clause, organisations) if token.i < b[0] <= token.i + 4]
    return after[0][1] if after and clause.doc[after[0][0] - 1].lower_ in ("from", "the") else None


def _value(token: Token, dates: list[Span], context: Context, body_end: int | None = None) -> str | None:
    """The date right after the verb ('expelled in March', 'expelled on 16 March 2022') or right after the
    organisation it is from ('expelled from the Council of Europe on 16 March 2022'), read in the past."""
    near = [d for d in dates if token.i < d.start <= token.i + 3]
    if not near and body_end is not None:
        near = [d for d in dates if body_end <= d.start <= body_end + 1]
    if not near:
        return None
    when = resolve(with_year(near[0]), context.published, "past")
    return claim_value(when) if when else None


def _nominal(
    clause: Span, actors: list[Span], dates: list[Span], organisations: dict[str, str], context: Context
) -> list[Claim]:
    """'Following its expulsion from the Council of Europe on 16 March 2022, the Russian Federation ...', 'Russia's
    expulsion from the Council of Europe in March': an expulsion told as a noun, dated right after the organisation
    (undated, a call or a threat of expulsion asserts nothing); 'The Council of Europe revoked Russia's membership in
    March 2022': the organisation ending its member's membership."""
    claims: list[Claim] = []
    doc = clause.doc
    for token in clause:
        if token.lower_ == "expulsion" and _told_as_done(token, clause):
            end = _body_end(token, clause, organisations)
            state = _owner(token, clause, actors, context)
        elif token.lower_ == "revoked" and _membership_revoked(token, clause):
            body = next((b for b in _bodies(clause, organisations) if token.i - 3 <= b[1] <= token.i), None)
            state = next((str(e.ent_id_) for e in actors if token.i < e.start <= token.i + 2), None)
            end = token.i + 4 if body is not None else None  # "revoked Russia's membership in March 2022"
        else:
            continue
        if end is None or state is None or {t.lower_ for t in doc[max(clause.start, token.i - 3) : token.i]} & _HEDGES:
            continue
        near = [d for d in dates if end <= d.start <= end + 1]
        when = resolve(with_year(near[0]), context.published, "past") if near else None
        if when is None or (value := claim_value(when)) is None or when.start > context.published:
            continue
        treaty = next(b[2] for b in _bodies(clause, organisations) if b[1] <= end)
        context.exited = treaty
        claims.append(Claim(kind="withdrew", treaty=treaty, state=state, value=value, tense="past",
                            as_of=context.published))  # fmt: skip
    return claims


_PRESUPPOSING = {"following", "after", "since", "despite", "upon"}


def _told_as_done(token: Token, clause: Span) -> bool:
    """'Following its expulsion', 'after Russia's expulsion' (a deed presupposed), or 'Russia's expulsion ...' as the
    clause's subject; not 'called for Russia's expulsion', 'the threat of its expulsion'."""
    doc = clause.doc
    i = token.i - 1
    if i >= clause.start and doc[i].text in ("'s", "’s"):
        i -= 1
        while i > clause.start and doc[i - 1].ent_type_ and doc[i - 1].ent_type_ == doc[i].ent_type_:
            i -= 1
    i -= 1  # the word before the possessive ('its', "Russia's")
    if i >= clause.start and doc[i].lower_ == "the":
        i -= 1
    return i < clause.start or doc[i].lower_ in _PRESUPPOSING or doc[i].is_punct


def _membership_revoked(token: Token, clause: Span) -> bool:
    """'revoked Russia's membership': a state's membership as the object."""
    words = [t.lower_ for t in clause.doc[token.i + 1 : min(token.i + 5, clause.end)]]
    return "membership" in words[:4] and any(w in ("'s", "’s") for w in words[:3])


def _owner(token: Token, clause: Span, actors: list[Span], context: Context) -> str | None:
    """Whose expulsion: the state before "'s", else for 'its' the state the sentence names after it ('Following its
    expulsion ..., the Russian Federation ceased'), else the one the article last named."""
    doc = clause.doc
    before = doc[token.i - 1] if token.i > 0 else None
    if before is not None and before.text in ("'s", "’s"):
        owner = [e for e in actors if e.end == token.i - 1]
        return str(owner[0].ent_id_) if owner else None
    if before is None or before.lower_ != "its":
        return None
    later = [e for e in actors_in(token.sent) if e.start > token.i]
    return str(later[0].ent_id_) if later else context.state


_BEFORE_THE_BODY = {"from", "of", "out", "the"}


def organisation_left(verb: Span, clause: Span, organisations: dict[str, str]) -> str | None:
    """'Russia quits Council of Europe rights watchdog', 'withdrew from the Council of Europe': the founding treaty
    of the organisation an exit verb's object names (membership of the one is party status in the other: Statute of
    the Council of Europe, Art. 7), not an organ of it ('the Council of Europe's assembly')."""
    doc = clause.doc
    start = verb.end
    while start < clause.end and start - verb.end < 3 and doc[start].lower_ in _BEFORE_THE_BODY:
        start += 1
    named = [b for b in _bodies(clause, organisations) if not any(e.start == b[0] for e in clause.ents
                                                                   if e.label_ == "TREATY")]  # fmt: skip
    for begin, end, treaty in named:
        after = doc[end] if end < clause.end else None
        owned = after is not None and after.text in ("'s", "’s")  # "the Council of Europe's assembly": an organ
        owned = owned or names_an_organ(doc[begin:end])  # "abandoned United Nations agencies", "the UN Human Rights
        # Council"
        described = after is not None and after.pos_ in ("ADJ", "ADV")  # "left the OAS deeply disappointed"
        other = modifies_a_body(doc[begin:end])  # "withdraws from World Bank arbitration court": another body
        if begin == start and not owned and not described and not other:
            return treaty
    return None


_EXIT_NOUNS = {"withdrawal", "exit", "departure"}
_GENERIC_BODY = {"organization", "organisation"}


def organisation_noticed(verb: Span, clause: Span, organisations: dict[str, str]) -> str | None:
    """'notified the Secretary General of its withdrawal from the Council of Europe', 'notified Council of Europe
    Secretary General Maria Pejcinovic-Buric of its withdrawal from the organization and its intention to denounce the
    European Convention on Human Rights' (TASS, 2022): a notice's 'withdrawal from' an organisation, or from 'the
    organization' with one named before it in the clause, is of the organisation's founding treaty (Statute of the
    Council of Europe, Art. 7), not of a treaty named after it."""
    doc = clause.doc
    after = doc[verb.end : min(verb.end + 12, clause.end)]
    exits = [t for t in after if t.lower_ in _EXIT_NOUNS and t.i + 1 < clause.end and doc[t.i + 1].lower_ == "from"]
    noun = exits[0] if exits else None
    if noun is None:
        return None
    start = noun.i + 2
    while start < clause.end and doc[start].lower_ == "the":
        start += 1
    bodies = [b for b in _bodies(clause, organisations) if b[2] in organisations.values()
              and not any(e.start == b[0] for e in clause.ents if e.label_ == "TREATY")]  # fmt: skip
    at = next((treaty for begin, _, treaty in bodies if begin == start), None)
    if at is not None:
        return at
    owned = start + 1 < clause.end and doc[start + 1].text in ("'s", "’s")  # "the organization's Istanbul Convention"
    if start < clause.end and doc[start].lower_ in _GENERIC_BODY and not owned:
        before = [treaty for begin, _, treaty in bodies if begin < noun.i]
        return before[-1] if len(set(before)) == 1 else None
    return None
