"""The day an exit takes effect named as 'the effective date' or 'the date of' the exit, with a copula or a dash:
"January 29, 2025 is the effective date of Mali's withdrawal from ECOWAS", "the effective date of separation from
ECOWAS is 29th of January 2025", "The date of the final termination of the convention in relation to the Russians –
September 16 – was determined by the Committee of Ministers".

The exit is a noun ('withdrawal', 'separation', 'termination', 'exit', 'departure', 'denunciation') after 'of'; its
states are its owner ('Mali's withdrawal', 'withdrawal of Mali', 'in relation to the Russians'), else the states the
sentence names, else the article's; the day is the one the copula or the dash joins to the phrase. An
``effective_date`` claim per state (the day the withdrawal clause's period ends: ECOWAS Art. 91(1), ECHR Art. 58(3)).
Not a date hedged or conditioned before it ('could be', 'if'), a treaty's own effective date ('the effective date of
the treaty'), nor a phrase with no day joined to it ('We do not know the effective date of Mali's withdrawal').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.vocabulary import CONDITIONS, MODALS, NEGATION
from app.reading.when import claim_value, resolve
from app.reading.words import mentions_withdrawal
from schemas.checks import Claim

_EXITS = {"withdrawal", "separation", "termination", "exit", "departure", "denunciation"}
_BEFORE_EXIT = {"the", "final", "formal", "official", "its", "their", "legal"}
_COPULAS = {"is", "was", "will", "be", "'s"}
_DASHES = {"–", "—", "-", ":", ","}
_OWNERS = {"of", "for", "by"}
_REACH = 14  # how far the exit's phrase runs ("of the final termination of the convention in relation to the Russians")


def effective_named_claims(clause: Span, actors: list[Span], dates: list[Span], treaty: str | None,
                           context: Context, own_term: frozenset[str] = frozenset()) -> list[Claim]:  # fmt: skip
    """One effective date per state of an exit whose day the clause names as its 'effective date' / 'date of', or
    as the treaty's 'expiry date' for a state ('the expiry date of the Istanbul Convention ... was determined to be
    July 1, 2021', Daily Sabah, 2021): not for a treaty that ended by a term of its own (``own_term``: New START's
    'expiry date' is the treaty's, Art. XIV(2), no State's exit)."""
    doc = clause.doc
    found: list[Claim] = []
    for token in clause:
        compound = _compound_date(token, clause)
        exit_noun = _named_date(token, clause) or _expiry_date(token, clause) or compound
        if exit_noun is None or (exit_noun.ent_type_ == "TREATY" and (treaty is None or treaty in own_term)):
            continue
        phrase_end = min(clause.end, exit_noun.i + _REACH)
        date = _joined_day(token, exit_noun, phrase_end, dates, clause, _MOVED if compound else frozenset())
        meant = treaty or context.withdrawn_from()
        if date is None or meant is None or _hedged(doc[clause.start : max(date.start, token.i)]):
            continue
        future = any(t.lower_ == "will" for t in doc[clause.start : clause.end]) or (
            compound is not None and not any(t.lower_ in _PAST for t in doc[clause.start : date.start])
        )  # "the official withdrawal date remains January 29": a day that stays or is moved to is ahead
        when = resolve([t.text for t in date], context.published, "future" if future else "past")
        value = claim_value(when) if when is not None else None
        states = _owners(exit_noun, phrase_end, actors) or list(dict.fromkeys(str(e.ent_id_) for e in actors))
        states = states or (_listed(context) if compound else []) or ([context.state] if context.state else [])
        if when is None or value is None or not states:
            continue
        tense = "future" if when.start > context.published else "past"
        found += [
            Claim(kind="effective_date", treaty=meant, state=s, value=value, as_of=context.published, tense=tense)
            for s in states
        ]
        if not compound:
            break  # one phrase of the older forms a clause; dates named by their exits may be two ('While the official
            # withdrawal date remains January 29, the extension pushes the effective date to July 29, 2025')
    return found


def _named_date(token: Token, clause: Span) -> Token | None:
    """'effective date of [the] withdrawal', 'date of the final termination': the exit noun, if ``token`` is 'date'
    naming one."""
    if token.lower_ != "date" or token.i + 1 >= clause.end or token.doc[token.i + 1].lower_ != "of":
        return None
    doc = token.doc
    i = token.i + 2
    while i < clause.end and (doc[i].lower_ in _BEFORE_EXIT or doc[i].ent_type_ in ("STATE", "CAPITAL")
                              or doc[i].lower_ in ("'s", "’s")):  # fmt: skip
        i += 1
    effective = token.i > 0 and doc[token.i - 1].lower_ == "effective"
    exit_noun = doc[i] if i < clause.end and doc[i].lower_ in _EXITS else None
    if exit_noun is None or not (effective or doc[token.i - 1].lower_ == "the"):
        return None
    return exit_noun


_EXPIRY = {"expiry", "expiration"}
_PAST = {"was", "were", "had", "remained", "stayed", "became", "moved", "pushed"}
_MOVED = frozenset({"remains", "remained", "stays", "stayed", "becomes", "became", "now", "still", "to", "until"})


def _compound_date(token: Token, clause: Span) -> Token | None:
    """'the official withdrawal date remains January 29', 'the extension pushes the effective date to July 29, 2025'
    (WAVN, 16 December 2024), 'Mali's exit date is ...': a date named by its exit as a noun before it; a bare 'the
    effective date' only in a clause that speaks of an exit (not 'the treaty's effective date'), never followed by
    'of' (that is ``_named_date``'s)."""
    doc = token.doc
    if (
        token.lower_ != "date"
        or token.i <= clause.start
        or (token.i + 1 < clause.end and doc[token.i + 1].lower_ == "of")
    ):
        return None
    before = doc[token.i - 1]
    if before.lower_ in _EXITS - {"termination"}:
        return before
    bare = before.lower_ == "effective" and token.i >= 2 and doc[token.i - 2].lower_ in ("the", "its", "their")
    return before if bare and mentions_withdrawal(clause) else None


def _listed(context: Context) -> list[str]:
    """The States of the last list the article named, when it holds the State it names most ('Mali, Burkina Faso,
    and Niger', then 'the official withdrawal date remains January 29'): a group's exit."""
    last = context.lists[-1] if context.lists else []
    return list(last) if context.state in last else []


def _expiry_date(token: Token, clause: Span) -> Token | None:
    """'the expiry date of the Istanbul Convention': the treaty's last word, if ``token`` is 'date' after 'expiry'
    and before 'of [the] <treaty>' (the phrase's owner, for ``_owners``, then comes after it: 'for Turkey')."""
    doc = token.doc
    if token.lower_ != "date" or token.i == 0 or doc[token.i - 1].lower_ not in _EXPIRY:
        return None
    i = token.i + 1
    if i >= clause.end or doc[i].lower_ != "of":
        return None
    i += 1
    while i < clause.end and doc[i].lower_ in ("the", "this"):
        i += 1
    if i >= clause.end or doc[i].ent_type_ != "TREATY":
        return None
    while i + 1 < clause.end and doc[i + 1].ent_type_ == "TREATY" and doc[i + 1].ent_iob_ != "B":
        i += 1
    return doc[i]


def _joined_day(
    date_word: Token, exit_noun: Token, phrase_end: int, dates: list[Span], clause: Span, moved: frozenset[str]
) -> Span | None:
    """The day joined to the phrase: before it by a copula ('January 29, 2025 is the effective date of'), after it by
    a copula ('... is January 29, 2025'), between dashes ('– September 16 –') or, for a date named by its exit, by a
    verb of staying or a move ('remains January 29', 'pushes the effective date to July 29, 2025': ``moved``)."""
    doc = clause.doc
    start = date_word.i - 1
    while start > clause.start and doc[start - 1].lower_ in ("the", "official", "formal", "effective"):
        start -= 1
    start = start if doc[start].lower_ not in ("the", "official", "formal", "effective") else start - 1
    for d in dates:
        between = [t.lower_ for t in doc[d.end : start + 1]]
        if d.end <= start + 1 and between and all(w in _COPULAS or w == "," for w in between):
            return d  # "January 29, 2025 is the effective date of ..."
    after = sorted((d for d in dates if exit_noun.i < d.start <= phrase_end + 3), key=lambda d: d.start)  # nearest
    for d in after:
        glue = {t.lower_ for t in doc[max(exit_noun.i + 1, d.start - 2) : d.start]}
        if glue & (_COPULAS | _DASHES | moved):
            return d  # "... is January 29, 2025", "– September 16 –"
    return None


def _owners(exit_noun: Token, end: int, actors: list[Span]) -> list[str]:
    """The exit's states: the possessive before it ('Mali's withdrawal'), or those after 'of' / 'for' / 'in relation
    to' inside its phrase ('the withdrawal of Mali', 'in relation to the Russians')."""
    doc = exit_noun.doc
    before = [e for e in actors if e.end + 1 <= exit_noun.i and doc[e.end].lower_ in ("'s", "’s")
              and e.end + 3 >= exit_noun.i]  # fmt: skip
    if before:
        return [str(before[-1].ent_id_)]
    inside = [e for e in actors if exit_noun.i < e.start < end and doc[e.start - 1].lower_ in _OWNERS | {"the", "to"}]
    return list(dict.fromkeys(str(e.ent_id_) for e in inside))


def _hedged(before: Span) -> bool:
    return any(t.lower_ in MODALS | CONDITIONS | NEGATION | {"no"} for t in before)
