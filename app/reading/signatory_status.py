"""A signatory's status told with a copula, as reference pages and explainers write it: 'The United States is a
signatory to the treaty, but not a party', 'Israel is a signatory to the Rome Statute but not a party', 'Russia
remains a signatory of the CTBT'. A State that signed and never ratified stays a signatory (VCLT Art. 18: the
signature binds it only not to defeat the treaty's object; it is no party, Art. 2(1)(g)); the sentence claims the
signature (``signed``, true) and, after 'but not a party / member', that the State never joined (``joined``,
false), judged against the signatures and parties on record. Not 'was a signatory until it withdrew' (a past
status), not 'one of the signatories' (a count of others), not a question or a condition.

Denied, the same copula tells that the States never signed: 'However, key global powers including Russia and the
United States are not signatories.' (News Alert, 29 June 2025, on the Ottawa Convention named the sentence before),
'Russia is not a signatory to the Ottawa Convention': ``signed`` false for each State of the subject, the States
joined by commas, 'and' or 'or' up to the copula. Judged against the signatures on record (a State that signed and
later renounced its signature is a signatory in the record: README conventions, 'A signature renounced').
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from app.reading.context import Context
from app.reading.subjects import one_per_state
from schemas.checks import Claim

_COPULAS = {"is", "remains", "stays"}  # the status of the report's day: 'was a signatory' may have ended
_DENYING = {"is", "are", "remains", "remain"}  # 'are not signatories'
_LINKS = {",", "and", "or", "the"}  # 'Russia, China and the United States are not signatories'
_ARTICLES = {"a", "an"}
_TO = {"to", "of"}
_NOT_JOINED = (["not", "a", "party"], ["not", "a", "member"], ["not", "a", "state", "party"],
               ["not", "yet", "a", "party"])  # fmt: skip
_CONDITIONS = {"if", "unless", "whether", "once"}


def signatory_status_claims(clause: Span, actors: list[Span], treaty: str | None, context: Context) -> list[Claim]:
    """'<X> is a signatory (to|of) <T>[, but not a party]': X signed T, and, with 'but not a party', never joined."""
    if denied := _not_signatories(clause, actors, treaty, context):
        return denied
    if treaty is None:
        return []
    if included := _signers_included(clause, actors, treaty, context):
        return included
    for token in clause:
        if token.lower_ != "signatory" or not _after_copula(token) or _conditional(token):
            continue
        state = _subject(token, actors)
        if state is None or not _to_a_treaty(token, clause):
            continue
        base: dict[str, object] = {"treaty": treaty, "as_of": context.published}
        claims = one_per_state(base, "signed", [state], "true", "past")
        if _but_not_a_party(token, clause):
            claims += one_per_state(base, "joined", [state], "false", "past")
        return claims
    return []


def _copula(token: Token) -> int | None:
    """The index of the copula of 'is a signatory', 'remains a signatory', 'is still a signatory'; of 'will remain a
    signatory', 'intends to remain a signatory' (London Insider, 17 October 2023; batch 56: to remain one it is one on
    the report's day), the first word of the verb group ('will', 'intends')."""
    doc = token.doc
    i = token.i - 1
    if i < 0 or doc[i].lower_ not in _ARTICLES:
        return None
    i -= 1
    if i >= 0 and doc[i].lower_ in ("still", "only"):
        i -= 1
    if i >= 0 and doc[i].lower_ in _COPULAS:
        return i
    if i < 1 or doc[i].lower_ != "remain":
        return None
    if doc[i - 1].lower_ == "will":
        return i - 1
    if doc[i - 1].lower_ == "to" and i >= 2 and doc[i - 2].lower_ in _MEANING:
        return i - 2
    return None


_MEANING = {"intends", "intend", "plans", "plan", "wants", "want", "expects", "expect", "seeks", "seek"}


def _after_copula(token: Token) -> bool:
    return _copula(token) is not None


def _conditional(token: Token) -> bool:
    """'If Armenia is a signatory ...': a condition, no status claimed."""
    return any(t.lower_ in _CONDITIONS for t in token.doc[token.sent.start : token.i])


def _subject(token: Token, actors: list[Span]) -> str | None:
    """The state right before the copula ('The United States is a signatory'); for 'it', the one state its sentence
    names before it ('while Russia is withdrawing its ratification, it intends to remain a signatory'); or none."""
    copula = _copula(token)
    if copula is None:
        return None
    owner = next((e for e in actors if e.end == copula), None)
    if owner is None and copula > 0 and token.doc[copula - 1].lower_ == "it":
        named = {str(e.ent_id_) for e in token.doc.ents
                 if e.label_ in ("STATE", "CAPITAL") and token.sent.start <= e.start and e.end < copula}  # fmt: skip
        return named.pop() if len(named) == 1 else None
    return str(owner.ent_id_) if owner is not None else None


def _to_a_treaty(token: Token, clause: Span) -> bool:
    """'a signatory to the treaty', 'a signatory of the Rome Statute', 'a signatory, but not a party'."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < clause.end else None
    return following is None or following.lower_ in _TO or following.text == "," or following.lower_ == "but"


def _but_not_a_party(token: Token, clause: Span) -> bool:
    """', but not a party' / 'but not a State Party' after the signatory's treaty, in the same sentence."""
    doc, end = token.doc, token.sent.end
    for i in range(token.i + 1, min(end, token.i + 16)):
        if doc[i].lower_ == "but":
            words = [t.lower_ for t in doc[i + 1 : min(end, i + 5)]]
            return any(words[: len(cue)] == cue for cue in _NOT_JOINED)
    return False


def _not_signatories(clause: Span, actors: list[Span], treaty: str | None, context: Context) -> list[Claim]:
    """'<X>[, <Y> and <Z>] (is|are) not (a signatory|signatories)[ (to|of) <T>]': none of them signed T; with no
    treaty in the clause, the one last named, when nothing follows but punctuation or 'to it' ('Russia and the
    United States are not signatories.'), not 'not a signatory of the declaration' (another instrument)."""
    doc = clause.doc
    for token in clause:
        if token.lower_ not in ("signatory", "signatories") or _conditional(token):
            continue
        i = token.i - 1 - (doc[token.i - 1].lower_ in _ARTICLES)
        among = _among_the(doc, i)  # "are not among the signatory states" (Wolf Notes, June 2025; batch 53)
        i -= among
        if i < clause.start + 2 or doc[i].lower_ != "not" or doc[i - 1].lower_ not in _DENYING:
            continue
        if among and token.i + 1 < token.sent.end and doc[token.i + 1].lower_ in ("states", "countries", "nations"):
            token = doc[token.i + 1]  # the noun 'signatory' qualifies: what follows it follows 'states'
        after = [t.lower_ for t in doc[token.i + 1 : min(token.sent.end, token.i + 3)]]
        bare = not after or not after[0].isalpha() or after[0] == "either" or after[:2] in (["to", "it"], ["of", "it"])
        signed = treaty if treaty is not None and (bare or after[0] in _TO) else context.refer(None) if bare else None
        states = _chained(actors, i - 1) or _the_only_ones(actors, i - 2, clause)
        if signed is not None and states:
            base: dict[str, object] = {"treaty": signed, "as_of": context.published}
            return one_per_state(base, "signed", states, "false", "present")
    return []


def _signers_included(clause: Span, actors: list[Span], treaty: str, context: Context) -> list[Claim]:
    """'It has so far been signed by more than 160 states and territories, including Ukraine and Austria' (Wolf
    Notes, June 2025; batch 53): the States named after 'including' are among the signers counted, each signed."""
    doc = clause.doc
    for token in clause:
        if token.lower_ != "including" or doc[token.i - 1].text != ",":
            continue
        before = [t for t in doc[max(clause.start, token.i - 12) : token.i]]
        by = next((t.i for t in before if t.lower_ == "by" and t.i > 0 and doc[t.i - 1].lower_ == "signed"), None)
        if by is None or not any(t.like_num for t in doc[by + 1 : token.i]):
            continue  # "signed by more than 160 states, including": a count of signers, then some of them
        states = _listed(actors, token.i + 1)
        base: dict[str, object] = {"treaty": treaty, "as_of": context.published}
        return one_per_state(base, "signed", states, "true", "past") if states else []
    return []


def _listed(actors: list[Span], start: int) -> list[str]:
    """The States listed from ``start``, joined only by commas, 'and' or 'the' ('Ukraine and Austria')."""
    found: list[str] = []
    for actor in sorted((e for e in actors if e.start >= start), key=lambda e: e.start):
        if any(t.lower_ not in _LINKS for t in actor.doc[start : actor.start]):
            break
        found.append(str(actor.ent_id_))
        start = actor.end
    return found


def _among_the(doc: Doc, i: int) -> int:
    """How many words 'among the' takes before 'signatories' or 'signatory states' ('are not among the
    signatories'): 2, else 0."""
    return 2 if i >= 1 and doc[i].lower_ == "the" and doc[i - 1].lower_ == "among" else 0


def _the_only_ones(actors: list[Span], relative: int, clause: Span) -> list[str]:
    """'Russia and Belarus are the only two European countries that are not signatories' (Quest Network, October
    2025): the States before the copula that 'the only ... that' restates, the subject of the relative clause."""
    doc = clause.doc
    if relative <= clause.start or doc[relative].lower_ not in ("that", "which", "who"):
        return []
    for j in range(relative - 1, max(clause.start, relative - 9), -1):
        if doc[j].lower_ in _DENYING and "only" in [t.lower_ for t in doc[j + 1 : relative]]:
            return _chained(actors, j)
    return []


def _chained(actors: list[Span], copula: int) -> list[str]:
    """The States right before the copula, joined only by commas, 'and' or 'or' ('Russia and the United States are')."""
    found: list[str] = []
    end = copula
    for actor in sorted(actors, key=lambda e: e.start, reverse=True):
        between = actor.doc[actor.end : end]
        if actor.end > end or any(t.lower_ not in _LINKS for t in between) or (found and not len(between)):
            break
        found.insert(0, str(actor.ent_id_))
        end = actor.start
    return found
