"""A withdrawal notice told as a noun phrase with its addressee or its message, not as a verb: "October's notification
to the United Nations of its intent to withdraw from the Rome Statute", "today's notification by the Minister of
Foreign Affairs of the Russian Federation of the Russian leadership's decision to withdraw", "following formal
notification to the United Nations by Prime Minister Viktor Orbán's government", "a communication from the US
administration in July last year expressing intent to withdraw".

The notice is the state's own: the depositary is its addressee ('to the United Nations', 'to the Secretary-General')
or the phrase says the exit it gives ('of its intent / decision to withdraw', 'of withdrawal', 'expressing intent to
withdraw'); its giver is named 'by' or 'from' (a state, or a government or minister of one), as a possessive ('Hungary's
notification'), or is the article's state ('its intent'). Its day is the one the phrase holds ('October's', 'today's',
'in July last year'); without one, the notice was given by the day of the report (the clauses count from the
depositary's receipt: Rome Statute Art. 127(1), Ottawa Art. 20(3)). Not a notice planned or denied ('the planned
notification', 'no notification'), one the depositary or a body sends ('the Secretary-General's notification to the
parties'), nor a notice of anything else ('notice to the court of an appeal').
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.triggers import reversing_notice
from app.reading.vocabulary import CONDITIONS, DEPOSITARY_WORDS, FUTURE, MODALS, WITHDRAW_LEMMAS
from app.reading.when import claim_value, resolve
from app.reading.words import mentions_withdrawal
from schemas.checks import Claim

_NOTICES = {"notification", "notice", "communication"}
_MESSAGES = {"intent", "intention", "decision", "withdrawal", "denunciation", "exit"}
_EXPRESSING = {"expressing", "announcing", "confirming", "stating", "declaring"}
_UNREAL = {"planned", "proposed", "possible", "potential", "intended", "future", "expected", "eventual", "no", "any",
           "without", "awaiting", "pending"}  # fmt: skip
_ADJECTIVES = {"formal", "official", "written", "diplomatic", "final", "first"}
_POSSESSIVE = {"'s", "’s"}
_GIVERS = {"by", "from"}
_PHRASE_END = {",", ";", ":", "(", "which", "that", "who", "and", "but", "while", "as", "when", "was", "is", "were",
               "has", "had", "will", "would"}  # fmt: skip
_REACH = 20  # how far a phrase runs after its noun ("... by the Minister of Foreign Affairs of the Russian Federation
# of the Russian leadership's decision to withdraw")


def notice_phrase_claims(
    clause: Span, actors: list[Span], dates: list[Span], durations: list[Span], treaty: str | None, context: Context
) -> list[Claim]:
    """One notification per state giving a notice the clause names as a noun phrase, dated as the phrase says."""
    doc = clause.doc
    for noun in clause:
        if noun.lower_ not in _NOTICES or noun.ent_type_:
            continue
        phrase = doc[noun.i + 1 : _phrase_end(noun, clause)]
        if _unreal(noun, clause) or _depositarys(noun) or _verbs_object(noun) or _counted_from(noun, durations):
            continue
        if reversing_notice(doc[noun.i : noun.i + 1], clause):
            continue  # "notification ... of The Gambia's decision to reverse withdrawal": the exit undone
        givers = _givers(noun, phrase, actors)
        date = _phrase_date(noun, phrase, dates)
        apposed = _apposed_date(noun, clause, dates) if date is None and not phrase and givers else None
        if apposed is not None and (mentions_withdrawal(clause) or context.since_withdrawal <= 1):
            date = apposed  # "Argentina’s official notice, made in March, is due to be discussed": after its exit told
        elif not (_to_depositary(phrase) or (_exit_told(phrase) and givers and date is not None)):
            continue  # "a communication from the US administration in July last year expressing intent to withdraw"
        states = givers or ([context.state] if _owned_by_its(phrase) and context.state else [])
        states = states or _the_one_leaving(clause, actors)
        meant = treaty or context.withdrawn_from()
        if not states or meant is None:
            continue
        when = resolve([t.text for t in date], context.published, "past") if date is not None else None
        value = claim_value(when) if when is not None else f"0001-01-01/{context.published.isoformat()}"
        if value is None or (date is not None and when is None):
            continue
        return [
            Claim(kind="notification_date", treaty=meant, state=s, value=value, as_of=context.published, tense="past")
            for s in states
        ]
    return []


_MADE = {"made", "given", "sent", "submitted", "delivered", "filed", "lodged", "served", "handed", "issued",
         "transmitted", "deposited"}  # fmt: skip


def _apposed_date(noun: Token, clause: Span, dates: list[Span]) -> Span | None:
    """'Argentina’s official notice, made in March, is due ...', 'its formal notice, sent on 17 March 2025,': the day a
    participle of giving set off by commas right after the noun dates the notice (a formal or official one only)."""
    doc = noun.doc
    at = noun.i + 1
    if not any(t.lower_ in _ADJECTIVES for t in doc[_start(noun) : noun.i]):
        return None
    if at + 1 >= clause.end or doc[at].text != "," or doc[at + 1].lower_ not in _MADE:
        return None
    close = next((t.i for t in doc[at + 2 : min(clause.end, at + 12)] if t.text in (",", ";", ")")), None)
    if close is None:
        return None
    return next((d for d in dates if at + 2 <= d.start and d.end <= close), None)


def _phrase_end(noun: Token, clause: Span) -> int:
    doc = noun.doc
    stop = min(clause.end, noun.i + 1 + _REACH)
    return next((t.i for t in doc[noun.i + 1 : stop] if t.lower_ in _PHRASE_END), stop)


def _to_depositary(phrase: Span) -> bool:
    """'to the United Nations', 'to UN Secretary-General ...', 'to the depositary'."""
    doc = phrase.doc
    return any(
        t.lower_ == "to" and any(w.lower_ in DEPOSITARY_WORDS for w in doc[t.i + 1 : min(t.i + 4, phrase.end)])
        for t in phrase
    )


def _exit_told(phrase: Span) -> bool:
    """'of its intent to withdraw', 'of the Russian leadership's decision to withdraw', 'of withdrawal', 'expressing
    intent to withdraw': the exit the notice gives."""
    words = {t.lower_ for t in phrase}
    lemmas = {t.lemma_ for t in phrase}
    told = "of" in words or bool(words & _EXPRESSING)
    return told and bool(words & _MESSAGES or lemmas & set(WITHDRAW_LEMMAS))


def _unreal(noun: Token, clause: Span) -> bool:
    """'the planned notification', 'no notification', 'will send a notification', 'if ... notification': no notice
    given; a notice a preposition presupposes is given all the same ('will hold a meeting in the light of today's
    notification', 'will take effect ..., following formal notification')."""
    doc = noun.doc
    if any(t.lower_ in _UNREAL for t in doc[max(clause.start, noun.i - 3) : noun.i]):
        return True
    for token in reversed(doc[clause.start : noun.i]):
        if token.lower_ in _PRESUPPOSING:
            return False
        if token.lower_ in CONDITIONS | MODALS | FUTURE | {"not", "never", "yet"}:
            return True
    return False


_PRESUPPOSING = {"of", "following", "after", "in", "with", "upon", "since", "despite", "under", "retracts", "retracted",
                 "revoked", "revokes", "withdrew", "withdraws", "described", "describes"}  # fmt: skip


_GIVING = {"give", "gave", "given", "gives", "giving", "send", "sent", "sends", "sending", "submit", "submitted",
           "submits", "submitting", "provide", "provided", "provides", "providing", "issue", "issued", "issues",
           "issuing", "deliver", "delivered", "delivers", "receive", "received", "receives", "receiving", "receipt",
           "constitutes", "constitute", "constituted", "file", "filed", "lodge", "lodged", "serve", "served", "hand",
           "handed", "transmit", "transmitted", "confirmed", "confirms"}  # fmt: skip
_LENGTHS = {"year", "years", "month", "months", "day", "days", "'", "’"}
_DETERMINERS = {"a", "an", "the", "its", "their", "his", "her", "our", "required", "of", "this", "that"}


def _verbs_object(noun: Token) -> bool:
    """'gave notice of its intention to withdraw', 'has also sent notification', 'after receiving formal
    notification', 'the receipt of the notification': the object of a verb of giving or receiving, the verb readers'
    (a notice told by its verb, with the verb's subject and date)."""
    doc = noun.doc
    i = _start(noun) - 1
    while i >= 0 and (doc[i].lower_ in _DETERMINERS | _LENGTHS or "-" in doc[i].text or doc[i].like_num):
        i -= 1  # "the required two-year notice", "one-year notice", "six months' notice"
    return i >= 0 and doc[i].lower_ in _GIVING


def _counted_from(noun: Token, durations: list[Span]) -> bool:
    """'one year after a country gives written notice', 'one year from the formal notification by Washington to the
    United Nations', 'took effect after six months' notice to the UN': a period counted from a notice (a rule's
    event, periods.py), not one given."""
    doc = noun.doc
    return any(
        0 <= noun.i - d.end <= 6 and any(t.lower_ in _COUNTING for t in doc[d.end - 1 : noun.i]) for d in durations
    )


_COUNTING = {"after", "from", "following", "since", "'", "’", "months'", "years'"}


def _depositarys(noun: Token) -> bool:
    """'the Secretary-General's notification to the parties': the depositary passing a notice on."""
    doc = noun.doc
    start = _start(noun)
    owner = doc[max(0, start - 4) : start - 1]
    return start >= 2 and doc[start - 1].lower_ in _POSSESSIVE and any(t.lower_ in DEPOSITARY_WORDS for t in owner)


def _start(noun: Token) -> int:
    """Where the noun's phrase starts, over its adjectives ('formal', 'written')."""
    doc = noun.doc
    start = noun.i
    while start > 0 and doc[start - 1].lower_ in _ADJECTIVES:
        start -= 1
    return start


def _givers(noun: Token, phrase: Span, actors: list[Span]) -> list[str]:
    """The state giving the notice: the first named 'by' / 'from' in the phrase (before its addressee: 'by the
    Minister of Foreign Affairs of the Russian Federation'), else the possessive right before the noun ('Hungary's
    formal notification'), else the owner of the exit it tells ('of Hungary's decision to withdraw')."""
    doc = noun.doc
    to = next((t.i for t in phrase if t.lower_ == "to"), phrase.end)
    by = next((t.i for t in phrase if t.lower_ in _GIVERS), None)
    if by is not None:
        named = [e for e in actors if by < e.start and e.end <= (to if to > by else phrase.end)]
        if named:
            return [str(named[0].ent_id_)]
    start = _start(noun)
    if start >= 2 and doc[start - 1].lower_ in _POSSESSIVE:
        return [str(e.ent_id_) for e in actors if e.end == start - 1][:1]
    owners = [e for e in actors if phrase.start <= e.start and e.end + 1 < phrase.end and doc[e.end].lower_ in
              _POSSESSIVE and doc[e.end + 1].lower_ in _MESSAGES]  # fmt: skip
    return [str(owners[0].ent_id_)] if owners else []


def _owned_by_its(phrase: Span) -> bool:
    """'of its intent to withdraw': the article's state gives the notice."""
    return any(t.lower_ == "its" for t in phrase)


def _the_one_leaving(clause: Span, actors: list[Span]) -> list[str]:
    """'Hungary's withdrawal ... will take effect on June 2, 2026, following formal notification to the United Nations
    by Prime Minister Viktor Orbán's government': the one state of a clause that tells its exit."""
    states = list(dict.fromkeys(str(e.ent_id_) for e in actors))
    exit_told = any(t.lemma_ in WITHDRAW_LEMMAS or t.lower_ in _MESSAGES for t in clause)
    return states if len(states) == 1 and exit_told else []


def _phrase_date(noun: Token, phrase: Span, dates: list[Span]) -> Span | None:
    """'October's notification', 'today's notification' (a possessive date right before), or a date inside the
    phrase ('in July last year')."""
    doc = noun.doc
    start = _start(noun)
    possessive = start >= 1 and doc[start - 1].lower_ in _POSSESSIVE
    before = next((d for d in dates if possessive and d.end == start - 1), None)
    return before or next((d for d in dates if phrase.start <= d.start and d.end <= phrase.end), None)
