"""Elided claims: 'the withdrawals of A and B ... and those of C and D in 2025', 'follows that of Italy (in
2016)' and 'X left the treaty on D, as did Y and Z': the claim again, for the states and the date the elision names.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span

from app.reading.context import Context
from app.reading.subjects import one_per_state
from app.reading.vocabulary import FOLLOWING, FUTURE, NEGATION, WITHDRAWAL_NOUNS
from app.reading.when import Tense, claim_value, resolve
from app.reading.words import actors_in, listed_with
from schemas.checks import Claim, ClaimKind


def those_of(clause: Span, actors: list[Span], dates: list[Span], claims: list[Claim], context: Context) -> list[Claim]:
    """'the withdrawals of Luxembourg and Slovenia are set to become effective in 2024, and those of Portugal and
    Spain in 2025': the elided claim again, for the states and the date after 'those of'; and the earlier exit
    of 'follows that of Italy (in 2016)', 'Following Italy in 2016, the withdrawals of ...'."""
    return (
        _that_of(clause, actors, dates, context)
        + _those_of_others(clause, actors, dates, claims, context)
        + _gapped(clause, actors, dates, claims, context)
    )


_GAPPED_KINDS = ("notification_date", "effective_date", "withdrew", "joined", "ratified", "acceded", "signed")


def _gapped(clause: Span, actors: list[Span], dates: list[Span], claims: list[Claim], context: Context) -> list[Claim]:
    """'Bolivia denounced the Convention on 2 May 2007 and Ecuador on 6 July 2009', '... and the latter in 2009':
    the verb left out after 'and', its claim again for the state and the date that stand in its place."""
    dated = [c for c in claims if c.kind in _GAPPED_KINDS and c.state and c.value[:1].isdigit()]
    if not dated:
        return []
    doc, last = clause.doc, dated[0]  # the main verb's (not an effect in a parenthesis after it)
    for token in clause[:-2]:
        if token.lower_ != "and":
            continue
        date = next((d for d in dates if token.i + 2 <= d.start <= token.i + 5), None)
        if date is None or not (date.end >= clause.end or doc[date.end].text in (".", "(", ",", ";")):
            continue
        between = doc[token.i + 1 : date.start]
        at = token.i + 1 + (doc[token.i + 1].lower_ == "the")  # "... and the Philippines in 2019"
        state = next((e for e in actors if e.start == at and e.end <= date.start), None)
        named = str(state.ent_id_) if state is not None else _paired(between, context)
        glue = {t.lower_ for t in between} - {"the", "former", "latter", "on", "in"}
        rest = [t for t in between if t.lower_ not in ("the", "on", "in")]
        if named is None or (state is None and glue) or (state is not None and len(rest) > len(state)):
            continue
        tense: Tense = "future" if last.tense == "future" else "past"
        when = resolve([t.text for t in date], context.published, tense)
        if when is not None and named != last.state:
            return [last.model_copy(update={"state": named, "value": claim_value(when)})]
    return []


def _paired(words: Span, context: Context) -> str | None:
    """'the former' / 'the latter': the first or the second of the two states named last."""
    lowered = [t.lower_ for t in words]
    if len(context.states) < 2 or lowered[:1] != ["the"] or lowered[1:2] not in (["former"], ["latter"]):
        return None
    return context.states[-2] if lowered[1] == "former" else context.states[-1]


def _those_of_others(
    clause: Span, actors: list[Span], dates: list[Span], claims: list[Claim], context: Context
) -> list[Claim]:
    if not claims or claims[-1].state is None:
        return []
    for token in clause[:-2]:
        if token.lower_ == "those" and token.nbor().lower_ == "of":
            group = [e for e in actors if e.start == token.i + 2]
            if not group:
                continue
            states = listed_with(actors, group[0], forward=True)
            date = next((d for d in dates if 0 <= d.start - states[-1].end <= 2), None)
            if date is None:
                continue
            last = claims[-1]
            tense: Tense = "future" if last.tense == "future" else "past"
            when = resolve([t.text for t in date], context.published, tense)
            if when is None:
                continue
            return [last.model_copy(update={"state": str(e.ent_id_), "value": claim_value(when)}) for e in states]
    return []


def _that_of(clause: Span, actors: list[Span], dates: list[Span], context: Context) -> list[Claim]:
    """'France's withdrawal follows that of Italy (in 2016)': the earlier exit of the state after 'that of', on
    the past date right after it, from the treaty the withdrawal just named leaves."""
    doc = clause.doc
    lead = clause[0].lower_ in ("following", "after") and clause[-1].i > clause.start + 1  # "Following Italy in 2016,"
    for token in clause[:1] if lead else clause[2:-2]:
        if lead:
            state = next((e for e in actors if e.start == token.i + 1), None)
            date = next((d for d in dates if state is not None and 0 <= d.start - state.end <= 1), None)
            after = doc[date.end : date.end + 5] if date is not None else doc[0:0]
            if not any(t.lower_ in WITHDRAWAL_NOUNS for t in after):  # ", the withdrawals of France ... became"
                continue
        else:
            if not (token.lower_ == "that" and token.nbor().lower_ == "of" and doc[token.i - 1].lower_ in FOLLOWING):
                continue
            if not any(t.lower_ in WITHDRAWAL_NOUNS for t in doc[max(clause.start, token.i - 4) : token.i]):
                continue
            state = next((e for e in actors if e.start == token.i + 2), None)
            date = next((d for d in dates if state is not None and 0 <= d.start - state.end <= 2), None)
        treaty = context.withdrawn_from()
        when = resolve([t.text for t in date], context.published, "past") if date is not None else None
        if state is None or treaty is None or when is None or when.end >= context.published:
            continue
        base: dict[str, object] = {"treaty": treaty, "as_of": context.published}
        kind: ClaimKind = "effective_date" if lead and any(t.lower_ == "effective" for t in clause) else "withdrew"
        return one_per_state(base, kind, [str(state.ent_id_)], claim_value(when), "past")
    return []


_AS_DID = {"did", "do", "does", "have", "has", "had", "will", "would", "were", "was", "is", "are"}


def as_did(sentence: Span, claims: list[Claim]) -> list[Claim]:
    """'Lithuania withdrew from the convention on 27 December, as did Latvia and Estonia': the sentence's claim again
    for each state listed after ', as did / have / will' at the sentence's end (same treaty and value: the comparison
    says they did the same)."""
    doc = sentence.doc
    stated = [c for c in claims if c.kind in _GAPPED_KINDS and c.state]
    if len(stated) != 1:
        return []  # several claims: which one the comparison repeats is not said
    for token in sentence[:-2]:
        if token.text != "," or token.nbor().lower_ != "as" or token.nbor(2).lower_ not in _AS_DID:
            continue
        rest = doc[token.i + 3 : sentence.end]
        states = [e for e in actors_in(rest) if e.start >= rest.start]
        if not states or not all(t.lower_ in ("and", ",", ".", "the") or t.ent_type_ for t in rest):
            return []  # 'as did Latvia in 2025', 'as have several others': not a bare list of states
        named = dict.fromkeys(str(e.ent_id_) for e in states)
        return [stated[0].model_copy(update={"state": state}) for state in named if state != stated[0].state]
    return []


_MAYBE = {"may", "might", "could", "to", "should"}


def followed_suit(sentence: Span, claims: list[Claim], before: list[Claim] | None = None) -> list[Claim]:
    """'US Withdraws From UNESCO, Israel Follows Suit': the states that follow suit did the sentence's one exit too,
    on a day of their own (so a dated exit is repeated undated, and a notice or an effect, whose date is the claim,
    is not repeated). 'The US notified its withdrawal on 12 October. Israel followed suit.': a sentence with no claim
    of its own follows the one before; a notice followed is a notice of the follower's own, given by the report's day
    (the claim's ``as_of``)."""
    own = [c for c in claims if c.kind == "withdrew" and c.state]
    followed = own or (
        [c for c in before or [] if c.kind in ("withdrew", "notification_date") and c.state] if not claims else []
    )
    if len({(c.kind, c.state, c.treaty) for c in followed}) != 1:
        return []
    doc = sentence.doc
    for token in sentence[1:-1]:
        if token.lemma_ != "follow" or token.nbor().lower_ != "suit":
            continue
        if {t.lower_ for t in doc[max(sentence.start, token.i - 3) : token.i]} & (NEGATION | FUTURE | _MAYBE):
            return []  # "Israel did not follow suit", "others may follow suit", "Israel will follow suit"
        followers = [e for e in actors_in(doc[sentence.start : token.i]) if 0 <= token.i - e.end <= 2]
        if not followers:
            return []
        named = dict.fromkeys(str(e.ent_id_) for e in listed_with(actors_in(sentence), followers[-1], forward=False))
        first = followed[0]
        value = "true" if first.kind == "withdrew" else f"0001-01-01/{first.as_of}"
        return [first.model_copy(update={"state": s, "value": value}) for s in named if s != first.state]
    return []


_DID_SO = (["did", "so"], ["did", "the", "same"], ["followed", "in"])


def _dated(value: str) -> bool:
    """A value with a date ('2019', '2019-03', 'late 2025'), not 'true' or 'false'."""
    return any(ch.isdigit() for ch in value)


def did_so(
    sentence: Span, dates: list[Span], claims: list[Claim], before: list[Claim], published: dt.date
) -> list[Claim]:
    """'Burundi left the Rome Statute in 2017; the Philippines did so in 2019', 'Estonia ratified it in 2004. Latvia
    did the same in 2005.': the one dated deed said before, again for the states named right before 'did so' and the
    date right after it (past only: 'will do so', 'did not do so', 'may do so' are not read)."""
    own = [c for c in claims if c.kind in _GAPPED_KINDS and c.state and _dated(c.value) and c.tense == "past"]
    earlier = [c for c in before if c.kind in _GAPPED_KINDS and c.state and _dated(c.value) and c.tense == "past"]
    done = own or ([] if claims else earlier)
    if len({(c.kind, c.treaty, c.value) for c in done}) != 1:
        return []  # one deed, of one State or of a list on one date ("Estonia, Latvia, and Lithuania formally
        # withdrew at the end of 2025. Finland did so on 10 January 2026.")
    doc = sentence.doc
    for token in sentence[:-2]:
        words = [t.lower_ for t in doc[token.i : min(token.i + 3, sentence.end)]]
        size = next((len(w) for w in _DID_SO if words[: len(w)] == w), 0)
        if not size:
            continue
        doers = [e for e in actors_in(sentence) if 0 <= token.i - e.end <= 0]
        date = next((d for d in dates if token.i + size <= d.start <= token.i + size + 1), None)
        if not doers or date is None:
            return []
        when = resolve([t.text for t in date], published, "past")
        value = claim_value(when) if when is not None else None
        named = dict.fromkeys(str(e.ent_id_) for e in listed_with(actors_in(sentence), doers[-1], forward=False))
        first = done[0]
        done_by = {c.state for c in done}
        return [first.model_copy(update={"state": s, "value": value}) for s in named if s not in done_by and value]
    return []


def followed_by(sentence: Span, dates: list[Span], claims: list[Claim], published: dt.date) -> list[Claim]:
    """'Russia withdrew from the treaty in 2009, followed by Italy in 2015': the one dated deed of the sentence, again
    for the states listed after ', followed by' with the date right after them (past only; undated, or a count
    'followed by 36 countries', nothing)."""
    done = [c for c in claims if c.kind in _GAPPED_KINDS and c.state and _dated(c.value) and c.tense == "past"]
    if len({(c.kind, c.treaty, c.value) for c in done}) != 1:
        return []
    doc = sentence.doc
    for token in sentence[1:-2]:
        if doc[token.i - 1].text != "," or token.lower_ != "followed" or token.nbor().lower_ != "by":
            continue
        states = [e for e in actors_in(doc[token.i + 2 : sentence.end]) if e.label_ == "STATE"]
        if not states or states[0].start > token.i + 3:
            return []
        listed = listed_with(actors_in(sentence), states[0], forward=True)
        date = next((d for d in dates if listed[-1].end <= d.start <= listed[-1].end + 1), None)
        when = resolve([t.text for t in date], published, "past") if date is not None else None
        if when is None or when.start > published:
            return []
        first, done_by = done[0], {c.state for c in done}
        named = dict.fromkeys(str(e.ent_id_) for e in listed)
        return [first.model_copy(update={"state": s, "value": claim_value(when)}) for s in named if s not in done_by]
    return []
