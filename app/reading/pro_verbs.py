"""Acts told again by a pro-verb: 'None of the five countries have done so yet' after 'The countries would be able to
lay landmines six months after informing other treaty members and the United Nations of their decision', 'Russia did
so that same month' after '... signed a Joint Statement ... that mentioned ratifying the CTBT'.

The sentence before names an act without asserting it (a gerund, an infinitive: no claim of its own), and 'did so' /
'have done so' says who did it, or, denied, who had not by the report's day; the date after 'did so' dates it ('that
same month' is the month of the date the sentence before named). An act the sentence before asserts is repeated by
app/reading/elided.py (``did_so``) instead.
"""

from __future__ import annotations

from typing import Literal

from spacy.tokens import Doc, Span, Token

from app.numbers import number_from_words
from app.reading.context import Context
from app.reading.pipeline import Reading
from app.reading.vocabulary import DEPOSITARY_WORDS, NOTIFICATION_NOUNS, WITHDRAWAL_NOUNS
from app.reading.when import claim_value, resolve
from app.reading.words import actors_in, listed_with, matches_of, with_year
from app.services.partial_dates import PartialDate
from schemas.checks import Claim, ClaimKind

_KINDS: dict[str, ClaimKind] = {
    "NOTIFY": "notification_date", "RATIFY": "ratified", "SIGN": "signed", "LEAVE": "withdrew", "JOIN": "joined",
}  # fmt: skip
_DONE = {"did", "done", "do", "does"}
_GLUE = {"have", "has", "had", "not", "never", "yet", "already", "also", "so", "far", "n't", "all", "both"}
_DENIED = {"not", "never", "n't", "none", "neither"}
_GROUP_NOUNS = {"countries", "states", "nations", "governments"}
_SAME: dict[str, Literal["month", "year"]] = {"month": "month", "year": "year"}


def done_so(
    reading: Reading, sentence: Span, before: Span | None, claims: list[Claim], context: Context
) -> list[Claim]:
    """The claims a pro-verb tells: the act named in the sentence before, for the states before 'did so' / 'done
    so' (a list, 'the five countries' for the five the article listed last, 'none of them'), 'false' when denied
    ('None of ... have done so yet', 'has not done so'), else dated by the words right after it ('did so in 2005',
    'did so that same month'); nothing when the sentence has claims of its own or the act is not found."""
    if claims or before is None:
        return []
    so = _pro_verb(sentence)
    if so is None:
        return []
    act = _act_named(reading, before)
    if act is None:
        return []
    label, verb = act
    treaty = _treaty_of(label, verb, before, context)
    states = _doers(sentence, so, context)
    if treaty is None or not states:
        return []
    base: dict[str, object] = {"treaty": treaty, "as_of": context.published}
    kind = _KINDS[label]
    if _denied(sentence, so):
        return [Claim.model_validate({**base, "kind": kind, "state": s, "value": "false"}) for s in states]
    when = _dated(reading, sentence, so, before, context)
    if when is None or when.end > context.published:
        return []
    return [
        Claim.model_validate({**base, "kind": kind, "state": s, "value": claim_value(when), "tense": "past"})
        for s in states
    ]


def lists_in(actors: list[Span]) -> list[list[str]]:
    """The lists of two or more states a clause names ('... border Russia – Lithuania, Latvia, Estonia, Poland and
    Finland –': the five, not Russia), for a later 'the five countries'."""
    lists, taken = [], -1
    for actor in actors:
        if actor.start <= taken:
            continue
        run = listed_with(actors, actor, forward=True)
        taken = run[-1].start
        named = list(dict.fromkeys(str(e.ent_id_) for e in run))
        if len(named) > 1:
            lists.append(named)
    return lists


def _pro_verb(sentence: Span) -> Token | None:
    """The 'so' of 'did so', 'have done so', 'has not done so' (not 'do so' after a modal or 'to': an intention)."""
    doc = sentence.doc
    for token in sentence[1:]:
        if token.lower_ != "so" or doc[token.i - 1].lower_ not in _DONE:
            continue
        if doc[token.i - 1].lower_ in ("do", "does") and token.i >= 2 and doc[token.i - 2].lower_ not in ("not",):
            continue  # "will do so", "plans to do so", "does so": no deed told
        return token
    return None


def _act_named(reading: Reading, before: Span) -> tuple[str, Span] | None:
    """The last act the sentence before names unasserted: a gerund ('after informing the United Nations of their
    decision', 'mentioned ratifying the CTBT') or an infinitive ('called on Russia to ratify the treaty'); a notice
    only with its addressee or its content (the depositary, a notification, a withdrawal or a decision)."""
    doc = before.doc
    found = [
        (reading.nlp.vocab.strings[m], doc[s:e])
        for m, s, e in matches_of(reading.triggers, doc)
        if before.start <= s and e <= before.end
    ]
    acts = [(label, verb) for label, verb in found if label in _KINDS and _unasserted(verb)]
    if not acts:
        return None
    label, verb = acts[-1]
    if label == "NOTIFY":
        after = {t.lower_ for t in doc[verb.end : min(before.end, verb.end + 10)]}
        if not after & (DEPOSITARY_WORDS | NOTIFICATION_NOUNS | WITHDRAWAL_NOUNS | {"decision"}):
            return None
    return label, verb


def _unasserted(verb: Span) -> bool:
    """'informing', 'ratifying', 'to ratify': an act named, not told as done."""
    first = verb[0]
    return first.lower_.endswith("ing") or (first.i > 0 and first.doc[first.i - 1].lower_ == "to")


def _treaty_of(label: str, verb: Span, before: Span, context: Context) -> str | None:
    """The treaty the act names ('ratifying the CTBT'), else the one the article discusses: for a notice or an exit,
    the one the article's last withdrawal leaves (not 'the European Union' named in passing)."""
    named = [e for e in before.ents if e.label_ == "TREATY" and e.start >= verb.end]
    if named:
        return str(named[0].ent_id_)
    return context.withdrawn_from() if label in ("NOTIFY", "LEAVE") else context.refer(None)


def _doers(sentence: Span, so: Token, context: Context) -> list[str]:
    """The states before the pro-verb: a list named there, 'the five countries' (the last list of five the article
    named), 'none of them' / 'these countries' (the last list)."""
    doc = sentence.doc
    i = so.i - 2
    while i >= sentence.start and doc[i].lower_ in _GLUE:
        i -= 1
    if i < sentence.start:
        return []
    actors = actors_in(sentence)
    last = next((e for e in actors if e.end - 1 == i), None)
    if last is not None:
        return list(dict.fromkeys(str(e.ent_id_) for e in listed_with(actors, last, forward=False)))
    subject = [t.lower_ for t in doc[max(sentence.start, i - 5) : i + 1]]
    pointed = subject[-1] in _GROUP_NOUNS and subject[-2:-1] in (["these"], ["those"])
    if subject[-1:] in (["them"], ["they"]) or pointed:
        return list(context.states)
    if subject[-1] in _GROUP_NOUNS and len(subject) >= 3 and subject[-3] in ("the", "these", "those", "all"):
        count = number_from_words(subject[-2]) if not subject[-2].isdigit() else int(subject[-2])
        listed = next((one for one in reversed(context.lists) if len(one) == count), None)
        return list(listed or [])
    return []


def _denied(sentence: Span, so: Token) -> bool:
    """'None of the five countries have done so yet', 'Latvia has not done so', 'neither has done so'."""
    return any(t.lower_ in _DENIED for t in sentence.doc[sentence.start : so.i])


def _dated(reading: Reading, sentence: Span, so: Token, before: Span, context: Context) -> PartialDate | None:
    """The date right after 'did so': 'in 2005', 'later that year' (the date matcher's), 'that same month' / 'the same
    year' (the month or the year of the last date the sentence before named)."""
    doc = sentence.doc
    words = [t.lower_ for t in doc[so.i + 1 : min(sentence.end, so.i + 4)]]
    if words[:1] in (["that"], ["the"]) and (unit := _SAME.get(words[-1] if words[1:2] == ["same"] else words[1])):
        dates = [doc[s:e] for _, s, e in matches_of(reading.dates, doc) if before.start <= s < before.end]
        last = resolve(with_year(dates[-1]), context.published, "past") if dates else None
        if last is None or (last.precision not in ("day", "month") and unit == "month"):
            return None
        start = last.start.replace(day=1) if unit == "month" else last.start.replace(month=1, day=1)
        return PartialDate.of(start, unit, " ".join(words))
    dates = [doc[s:e] for _, s, e in matches_of(reading.dates, doc) if so.i < s <= so.i + 2 and e <= sentence.end]
    return resolve(with_year(dates[0]), context.published, "past") if dates else None


_FAILED = {"failed", "fails", "fail", "refused", "refuses", "declined", "declines"}
_CONSENT_KINDS = {"ratified", "signed", "acceded", "joined"}
_DENIED_GLUE = {"has", "have", "had", "also", "still", "so", "far", "thus"}


def denied_did_so(sentence: Span, claims: list[Claim]) -> list[Claim]:
    """'while Russia ratified the CTBT in 2000, the United States failed to do so' (London Insider, 17 October 2023;
    batch 56), 'Estonia ratified it in 2004; Latvia has not done so', 'X signed the treaty but Y never did so': the one
    consent the sentence tells (ratified, signed, acceded, joined), denied for the states right before the pro-verb
    ('failed / refused / declined to do so', 'did not do so', 'has not done so', 'never did so', 'has yet to do so'):
    ``value`` false. Not 'will do so', 'plans to do so' (an intention), nor a consent of another kind."""
    consents = [c for c in claims if c.kind in _CONSENT_KINDS and c.state and c.value != "false"]
    if len({(c.kind, c.treaty) for c in consents}) != 1:
        return []
    doc = sentence.doc
    for token in sentence[3:]:
        if token.lower_ != "so" or doc[token.i - 1].lower_ not in ("do", "done", "did"):
            continue
        start = _denial_start(doc, token.i - 1, sentence.start)
        if start is None:
            continue
        i = start - 1
        while i >= sentence.start and doc[i].lower_ in _DENIED_GLUE:
            i -= 1
        actors = actors_in(sentence)
        last = next((e for e in actors if e.end - 1 == i), None)
        if last is None:
            return []
        first, done_by = consents[0], {c.state for c in consents}
        named = dict.fromkeys(str(e.ent_id_) for e in listed_with(actors, last, forward=False))
        return [first.model_copy(update={"state": s, "value": "false", "tense": None}) for s in named
                if s not in done_by]  # fmt: skip
    return []


def _denial_start(doc: Doc, do: int, floor: int) -> int | None:
    """The first word of 'failed to do', 'did not do', 'has not done', 'never did', 'has yet to do' ending at ``do``."""
    words = [t.lower_ for t in doc[max(floor, do - 3) : do + 1]]
    if words[-3:-1] and words[-2] == "to" and len(words) >= 3 and words[-3] in _FAILED:
        return do - 2  # "failed to do"
    if words[-2:-1] and words[-2] in ("not", "n't", "never") and doc[do].lower_ in ("do", "done"):
        j = do - 1
        return j - 1 if j - 1 >= floor and doc[j - 1].lower_ in ("did", "does", "has", "have", "had") else j
    if words[-2:-1] == ["never"] and doc[do].lower_ == "did":
        return do - 1  # "never did so"
    if words[-3:] == ["yet", "to", "do"]:
        return do - 2
    return None
