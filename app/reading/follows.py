"""One state following others out of a treaty: 'Russia follows US in withdrawal from Open Skies Treaty', 'Estonia
joins Lithuania and Latvia in quitting the Ottawa Convention', 'Burundi becomes the latest to leave the Rome
Statute, after the Philippines': an exit for each state, the follower's and the followed ones'. A date told after
the treaty ('Argentina followed the US out of the WHO in February') is the follower's: the followed left before."""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.subjects import one_per_state
from app.reading.verb_dates import resolved
from app.reading.vocabulary import FUTURE, MODALS, NEGATION, WITHDRAW_LEMMAS, WITHDRAWAL_NOUNS
from app.reading.when import claim_value
from app.reading.words import actors_in, listed_with
from schemas.checks import Claim

_FOLLOW = {"follow", "join"}
_HEDGES = NEGATION | FUTURE | MODALS | {"to", "refuse", "refuses", "if", "whether"}
_GLUE = {",", "and", "the"}


def followed_in(sentence: Span, claims: list[Claim], context: Context, dates: list[Span]) -> list[Claim]:
    """The sentence's claims with the follower's and the followed states' exits: 'X follows / joins Y (and Z) in
    leaving / withdrawal from T' and 'X becomes the latest to leave T, after Y'. A hedged or negated following ('X
    may follow Y in leaving T', 'X refuses to follow Y ...') claims no exit for any of them."""
    for verb in sentence[1:-2]:
        if verb.lemma_.lower() in _FOLLOW or verb.lower_ in ("follows", "joins", "followed", "joined"):
            found = _follows(sentence, verb, claims, context, dates)
            if found is not None:
                return found
    return claims + _latest(sentence, claims)


def _follows(
    sentence: Span, verb: Token, claims: list[Claim], context: Context, dates: list[Span]
) -> list[Claim] | None:
    doc = sentence.doc
    actors = actors_in(sentence)
    followed = [e for e in actors if e.start > verb.i]
    if not followed or followed[0].start > verb.i + 2:
        return None
    group = listed_with(actors, followed[0], forward=True)
    after = group[-1].end
    head = _exit_at(doc[after : min(after + 3, sentence.end)]) if after + 1 < sentence.end else None
    if head is None:
        return None
    if any(t.lower_ not in _GLUE for t in doc[verb.i + 1 : followed[0].start]):
        return None
    leaders = [e for e in actors if verb.i - 2 <= e.end <= verb.i]
    subject = listed_with(actors, leaders[-1], forward=False) if leaders else []
    states = list(dict.fromkeys(str(e.ent_id_) for e in [*subject, *group]))
    words = {t.lower_ for t in doc[max(sentence.start, verb.i - 3) : verb.i]}
    if words & _HEDGES:  # "Germany may follow France in leaving ...": no exit is said, the followed one's neither
        return [c for c in claims if not (c.kind == "withdrew" and c.state in states)]
    if not subject:
        return None
    treaty = next((str(e.ent_id_) for e in sentence.ents if e.label_ == "TREATY" and 0 < e.start - head.i <= 4), None)
    if treaty is None:
        return None
    tense = "present" if verb.tag_ in ("VBZ", "VBP") else "past"
    base: dict[str, object] = {"treaty": treaty, "as_of": context.published}
    done = {c.state for c in claims if c.kind == "withdrew" and c.treaty == treaty}
    leading = [str(e.ent_id_) for e in subject]
    day = _followers_day(dates, head, tense, context)
    if day is not None and leading:  # the day is the follower's, not the followed ones' (read with the gerund)
        mine = [c for c in claims if c.kind == "withdrew" and c.treaty == treaty and c.state in states]
        claims = [c for c in claims if c not in mine or c.value not in ("true", day)]
        done = {c.state for c in claims if c.kind == "withdrew" and c.treaty == treaty}
        followers = [s for s in leading if s not in done]
        others = [s for s in states if s not in done and s not in leading]
        return (
            claims
            + (one_per_state(base, "withdrew", followers, day, tense) if followers else [])
            + (one_per_state(base, "withdrew", others, "true", tense) if others else [])
        )
    return claims + one_per_state(base, "withdrew", [s for s in states if s not in done], "true", tense)


def _followers_day(dates: list[Span], head: Token, tense: str, context: Context) -> str | None:
    """The one date told after the exit's word ('... out of the WHO in February'), in the past: the follower's."""
    after = [d for d in dates if d.start > head.i]
    if tense != "past" or len(after) != 1:
        return None
    when = resolved(after[0], "past", context)
    return claim_value(when) if when is not None else None


def _exit_at(words: Span) -> Token | None:
    """'in withdrawal from', 'in the exit from', 'in quitting / pulling out of', 'out of': the exit's word."""
    lowered = [t.lower_ for t in words]
    if lowered[:2] == ["out", "of"]:
        return words[1]
    if lowered[:1] != ["in"] or len(words) < 2:
        return None
    head = words[2] if lowered[1:2] == ["the"] and len(words) > 2 else words[1]
    gerund = head.tag_ == "VBG" or head.lower_.endswith("ing")
    if head.lower_ in WITHDRAWAL_NOUNS or (gerund and head.lemma_.lower() in WITHDRAW_LEMMAS):
        return head
    return head if gerund and head.lemma_.lower() == "pull" and head.nbor().lower_ == "out" else None


def _latest(sentence: Span, claims: list[Claim]) -> list[Claim]:
    """'Burundi becomes the latest to leave the Rome Statute, after the Philippines': the states after ', after' at
    the sentence's end left the treaty too (before the subject)."""
    own = [c for c in claims if c.kind == "withdrew" and c.state]
    if len({(c.state, c.treaty) for c in own}) != 1:
        return []
    doc = sentence.doc
    latest = next((t for t in sentence if t.lower_ == "latest" and doc[t.i - 1].lower_ == "the"), None)
    if latest is None:
        return []
    for token in sentence[:-2]:
        if token.i <= latest.i or token.text != "," or token.nbor().lower_ != "after":
            continue
        rest = doc[token.i + 2 : sentence.end]
        states = [e for e in actors_in(rest) if e.start >= rest.start]
        if not states or not all(t.lower_ in (*_GLUE, ".") or t.ent_type_ for t in rest):
            return []
        named = dict.fromkeys(str(e.ent_id_) for e in states)
        return [own[0].model_copy(update={"state": s}) for s in named if s != own[0].state]
    return []
