"""An exit counted among others by what was left: 'This decision marks the third U.N. agency that President Trump
has exited this year, following the World Health Organization' tells that the United States has left the body the
sentence counts (the one the article's withdrawal is from, or the one named before 'is') and, before it, each body
named after 'following': each an exit done ('has exited'), dated by the date the relative clause gives. Whether an
exit is in effect yet is the judge's (a notice told as an exit is partly right). A hedged, negated or future
relative ('that Trump may exit', 'has not left', 'will leave') claims nothing."""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.vocabulary import ORDINALS
from app.reading.when import claim_value, resolve
from app.reading.words import with_year
from schemas.checks import Claim

_COUNTED = {"agency", "organization", "organisation", "body", "institution", "treaty", "agreement", "convention",
            "pact", "accord"}  # fmt: skip
_BEFORE_NOUN = {"u.n.", "un", "united", "nations", "international", "global", "multilateral", "arms", "control",
                "world"}  # fmt: skip  # "the third U.N. agency", "the second arms control treaty"
_LEFT = {"exited", "left", "quit", "withdrawn", "withdrew", "abandoned", "ditched", "departed", "renounced",
         "denounced", "pulled"}  # fmt: skip
_BETWEEN = {"has", "have", "had", "already", "formally", "officially", "now"}
_PARTICLES = {"from", "out", "of"}
_COPULAS = {"is", "was", "marks", "marked", "becomes", "became", "'s"}
_THIS_EXIT = {"decision", "move", "step", "withdrawal", "exit", "departure"}  # "This decision marks ..."
_AFTER = {"following", "after"}
_GLUE = {",", "and", "the"}


def counted_exit_claims(clause: Span, actors: list[Span], days: list[Span], context: Context) -> list[Claim]:
    """'<X | This decision> <is | marks> the <ordinal> <agency | treaty> (that) <state> has <exited> [<date>],
    following <bodies>': an exit by the state from X (or the article's withdrawal's treaty) and from each body."""
    doc = clause.doc
    for ordinal in clause:
        if ordinal.lower_ not in ORDINALS - {"last"} or ordinal.i < clause.start + 2:
            continue
        noun = next((t for t in doc[ordinal.i + 1 : min(ordinal.i + 4, clause.end)] if t.lower_ not in _BEFORE_NOUN),
                    None)  # fmt: skip
        if noun is None or noun.lemma_.lower() not in _COUNTED or noun.ent_type_:
            continue
        exit_ = _relative_exit(noun, clause, actors)
        if exit_ is None:
            continue
        states, verb = exit_
        counted = _counted(doc[ordinal.i - 1], clause, context)
        if counted is None:
            continue
        end = verb.i + 1
        while end < clause.end and doc[end].lower_ in _PARTICLES:
            end += 1
        if end + 1 < clause.end and doc[end].lower_ in ("in", "on", "during"):
            end += 1  # "has exited in 2025"
        date = next((d for d in days if d.start == end), None)
        if date is None and end < clause.end and not doc[end].is_punct and doc[end].lower_ not in _AFTER:
            continue  # "has left unratified", "has left behind": no exit, the relative goes on
        value = "true"
        if date is not None:
            when = resolve(with_year(date), context.published, "past")
            value = claim_value(when) if when is not None else "true"
            end = date.end
        treaties = [counted, *_followed(end, clause)]
        return [
            Claim(kind="withdrew", treaty=t, state=s, value=value, as_of=context.published, tense="past")
            for t in dict.fromkeys(treaties)
            for s in states
        ]
    return []


def _relative_exit(noun: Token, clause: Span, actors: list[Span]) -> tuple[list[str], Token] | None:
    """The states and the exit verb of the relative clause after the counted noun: '(that) President Trump has
    exited'; None when anything else stands between (a modal, a negation, another verb)."""
    doc = noun.doc
    i = noun.i + 1
    if i < clause.end and doc[i].lower_ in ("that", "which"):
        i += 1
    while i < clause.end and (doc[i].is_title or doc[i].lower_ == "the") and not doc[i].ent_type_ and i - noun.i <= 3:
        i += 1  # a title before the name: "President Trump", "Prime Minister Orban"
    subject = [e for e in actors if e.start == i]
    if not subject:
        return None
    i = subject[0].end
    while i < clause.end and doc[i].lower_ in _BETWEEN:
        i += 1
    if i >= clause.end or doc[i].lower_ not in _LEFT:
        return None
    if doc[i].lower_ == "pulled" and (i + 1 >= clause.end or doc[i + 1].lower_ != "out"):
        return None
    return [str(subject[0].ent_id_)], doc[i]


def _counted(the: Token, clause: Span, context: Context) -> str | None:
    """What the sentence counts: the treaty named right before the copula ('UNESCO is the third ...'), or for
    'This decision / move marks the third ...' the treaty the article's withdrawal is from."""
    doc = the.doc
    if the.lower_ != "the" or the.i - 1 < clause.start or doc[the.i - 1].lower_ not in _COPULAS:
        return None
    before = doc[the.i - 2] if the.i - 2 >= clause.start else None
    if before is None:
        return None
    if before.ent_type_ == "TREATY":
        return str(before.ent_id_)
    if before.lower_ in _THIS_EXIT and before.i - 1 >= clause.start and doc[before.i - 1].lower_ in ("this", "the"):
        return context.withdrawn_from()
    return None


def _followed(end: int, clause: Span) -> list[str]:
    """The treaties listed after ', following' / ', after' right after the relative clause ('following the World
    Health Organization and UNESCO'); the list ends at the first word or name that is not a treaty's."""
    doc = clause.doc
    i = end + 1 if end < clause.end and doc[end].text == "," else end
    if i >= clause.end or doc[i].lower_ not in _AFTER:
        return []
    found: list[str] = []
    last = i + 1
    for ent in clause.ents:
        if ent.start < last:
            continue
        if ent.label_ != "TREATY" or any(t.lower_ not in _GLUE for t in doc[last : ent.start]):
            break
        found.append(str(ent.ent_id_))
        last = ent.end
    return found
