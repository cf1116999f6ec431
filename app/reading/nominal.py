"""Claims written as noun phrases: "the UK's 26 April 2024 withdrawal notification", "Lithuania's exit,
effective 6 March 2025", "Manila's withdrawal on Sunday", "the withdrawal of Niger, Mali and Burkina Faso from
January 29, 2025", "the Trump administration's 2018 exit from UNESCO".

A withdrawal noun counts only with a state that owns it ("X's withdrawal", "the withdrawal of X and Y"), a
treaty ("from the Ottawa Convention", or none named so the article's treaty is meant; "from Syria" rejects it)
and a date written inside the noun phrase or right after it. A noun phrase whose date belongs to a verb ("the
UK's withdrawal will take effect on ...") is left to the verb. A notification ("withdrawal notification",
"withdrawal declarations") gives its date; otherwise a date before publication says the state withdrew then
(Rome Statute Art. 127(1), Vienna Convention on the Law of Treaties Art. 54: the exit is the event that ends
the obligations), a later one when the exit takes effect.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from app.numbers import number_from_words
from app.reading.context import Context
from app.reading.subjects import one_per_state
from app.reading.vocabulary import BEGIN_VERBS, DUE, EXIT_HEADS, FUTURE, GENERIC_TREATY, RESPONSES, REVERSING
from app.reading.when import claim_value, resolve
from app.services.partial_dates import PartialDate
from schemas.checks import Claim, ClaimKind

_PRONOUNS = {"its", "our", "their"}  # "its expulsion from the Council of Europe on 16 March 2022": the article's state
_NOTICE_NOUNS = {"notification", "notice", "letter", "declaration", "declarations", "instrument", "note"}
_UNREAL = {"planned", "proposed", "possible", "potential", "intended", "threatened", "expected", "eventual",
           "future", "hypothetical", "would-be", "announced", "desired", "mooted", "feared"}  # fmt: skip
_CONNECTORS = {"on", "in", "as", "of", "effective", "from", "at", "by", ",", "(", "a", "member", "members", "state",
               "states", "party", "formally", "officially", "legally"}  # fmt: skip
_OWNER_HEADS = {"administration", "government", "cabinet"}
_COUNTRY = {"country", "nation"}  # "the country's official withdrawal": the state the article speaks of
_GROUP_OWNERS = {"trio", "countries", "states", "nations", "governments", "juntas", "regimes"}
_POSSESSIVE = {"'s", "’s", "'", "’"}


@dataclass(frozen=True)
class Nominal:
    """One withdrawal noun phrase: who, which treaty (None: the article's), its date and what it names."""

    states: list[Span]  # empty: the state(s) the article speaks of ("the Trump administration's 2018 exit")
    group: bool  # "the trio's earlier withdrawal declarations": the states the article last listed
    treaty: str | None
    date: Span | None  # None: "Nicaragua's formal withdrawal from the OAS", an exit done by the day of the report
    kind: str  # "notification" | "exit" | "effective" | "done" | "presupposed" (another state's, after 'after')
    count: int | None = None  # "three junta-led states": how many the group names


def nominals(clause: Span, actors: list[Span], dates: list[Span], verbs: list[Span]) -> list[Nominal]:
    out = []
    for token in clause:
        if token.lower_ in EXIT_HEADS and token.ent_type_ != "TREATY":
            found = _read(token, clause, actors, dates, verbs)
            if found is not None:
                out.append(found)
                out += _paired(found, clause, actors, dates)
    return out


def _paired(first: Nominal, clause: Span, actors: list[Span], dates: list[Span]) -> list[Nominal]:
    """'the withdrawals of Germany (on 20 December 2023) and Poland (on 29 December 2023)': each state after the
    first with the date in brackets after it."""
    doc = clause.doc
    out: list[Nominal] = []
    date = first.date
    while date is not None and first.states and date.end < clause.end and doc[date.end].text == ")":
        i = date.end + 1
        while i < clause.end and doc[i].lower_ in (",", "and"):
            i += 1
        state = next((e for e in actors if e.start == i), None)
        if state is None or state.end >= clause.end or doc[state.end].text != "(":
            break
        date = next((d for d in dates if d.start in (state.end + 1, state.end + 2)), None)
        if date is not None:
            out.append(Nominal([state], False, first.treaty, date, first.kind))
    return out


def _read(noun: Token, clause: Span, actors: list[Span], dates: list[Span], verbs: list[Span]) -> Nominal | None:
    doc = clause.doc
    if any(t.lower_.startswith(REVERSING) for t in doc[max(clause.start, noun.i - 3) : noun.i]):
        return None  # "the decision to reverse withdrawal", "reversing its withdrawal": the exit undone, read as such
    owners, start, by_context = _owners_before(noun, clause, actors)
    end = noun.i + 1
    kind = "exit"
    if end < clause.end and doc[end].lower_ in _NOTICE_NOUNS:
        kind, end = "notification", end + 1
    if end + 1 < clause.end and doc[end].lower_ == "of" and not owners:
        if (announced := _announced_exit_of(noun, end + 1, clause, actors)) is not None:
            return (
                announced if isinstance(announced, Nominal) else None
            )  # "announced the formal exit of junta-led Mali, ..." or "of three ... states"
        owners = _listed_after(doc[end + 1], actors)
        if owners:
            end = owners[-1].end
    if not owners and not by_context:
        owners = _clause_subject_after_presupposing(noun, clause, actors)
        if not owners:
            return None
    phrase_start = owners[0].start if owners and owners[0].start < noun.i else noun.i
    if _instrument_on(doc, phrase_start, clause):
        return None  # "adopted the law on Latvia's withdrawal ... on April 16": the law's subject, dated by the vote
    # "The ICRC criticised Lithuania's withdrawal ... on 30 June": the date after the phrase is the criticism's
    responded = any(t.lemma_ in RESPONSES for t in doc[max(clause.start, min(phrase_start, start) - 3) : phrase_start])
    if _told_in_a_notice(doc, noun.i, min(phrase_start, start), clause):
        kind = "notification"
    left_from = end < clause.end and doc[end].lower_ == "from"
    treaty, end = _treaty_after(clause, end)
    if treaty is False:
        return None
    group = by_context and (doc[start - 1].lower_ in _GROUP_OWNERS or _group_acronym(doc[start - 1]))
    pronoun = by_context and doc[start - 1].lower_ in _PRONOUNS
    if pronoun and not owners:  # "Upon its departure from UNIDO in 1996, the United States left ...": cataphora
        owners = _subject_after_fronted(start - 1, clause, actors)
    if pronoun and not owners and (dated := _presupposed_dated(start - 1, clause, actors, dates, treaty, end)):
        return dated  # "... Mali, Burkina Faso and Niger from the bloc following their withdrawal last year"
    inside = _date_inside(dates, start, noun.i)
    # "its expulsion from the Council of Europe on 16 March 2022"; not the object of a verb ("submitted documents
    # regarding its withdrawal from the Convention six months ago": the date is the submission's)
    named = pronoun and isinstance(treaty, str) and not any(v.start < noun.i for v in verbs)
    # "announced the country's official withdrawal from the organization on November 19": the article's one state,
    # its formal exit, dated right after the noun phrase
    named = named or (by_context and doc[start - 1].lower_ in _COUNTRY and doc[noun.i - 1].lower_ in _FORMAL)
    date = inside or (None if by_context and not (group or named) else _date_after(clause, dates, verbs, end))
    planned = date is not None and not inside and _planned_for(doc[end : date.start])  # "..., planned for Jan. 22"
    date = inside if responded and not planned else date  # the day of the exit planned, not of the response
    date = inside if _approval_dated(doc, min(phrase_start, start), noun.i, end, date, clause) else date
    if date is None and owners and not verbs and not responded:  # "today, December 27th, we mark the withdrawal of
        # Estonia, ..."
        date = next((d for d in reversed(dates) if d.end <= start and _free(doc[d.end : start])), None)
    if date is None and kind == "exit" and owners and isinstance(treaty, str) and _formal(noun, clause):
        return Nominal(owners, False, treaty, None, "done")
    if date is None and kind == "exit" and pronoun and left_from and isinstance(treaty, str) and _earlier(noun):
        return Nominal(owners, doc[start - 1].lower_ == "their", treaty, None, "done")  # "This move aligns with
        # their previous exit from ECOWAS": an exit done before, of the states the article last listed
    phrase = min(owners[0].start, noun.i) if owners else start - 1  # "Russia's departure", "its withdrawal", "the
    # withdrawal of the United States" (the phrase opens at the noun when its owner follows)
    left_from = left_from or _owner_closes(noun, owners, end, clause)  # "following the recent withdrawal of the
    # United States," after the WHO was named: the treaty the clause named before
    if (
        date is None
        and kind == "exit"
        and owners
        and left_from
        and (_confirmed(phrase, clause) or _witnessed(phrase, clause))
    ):
        return Nominal(owners, False, treaty if isinstance(treaty, str) else None, None, "done")  # "UN confirms
        # Malaysia's withdrawal from Rome Statute": another's confirmation asserts the exit, not its own
    if date is None and kind == "exit" and (owners or pronoun) and left_from and _presupposed(phrase, clause):
        owners = owners or [e for e in actors if e.end <= phrase][-1:]  # "the US ..., the first being its withdrawal"
        apart = phrase > clause.start and _another_states_exit(doc[phrase - 2], phrase, clause)  # whatever the
        # main verb's tense: "Russia ... will withdraw ... after the U.S. exit from the pact"
        return Nominal(owners, False, treaty if isinstance(treaty, str) else None, None, "presupposed" if apart
                       else "done")  # fmt: skip
    if date is None or (kind == "exit" and _announced_at_once(noun, start, clause)):
        return None  # none dated; "had announced their immediate withdrawal from ECOWAS in January 2024": declared
    kind = _dated_kind(kind, date, end, min(phrase_start, start), start, by_context, clause)
    return Nominal(owners, group, treaty if isinstance(treaty, str) else None, date, kind)


_AT_ONCE = {"immediate", "instant", "instantaneous"}


def _announced_at_once(noun: Token, start: int, clause: Span) -> bool:
    """'announced their immediate withdrawal from ECOWAS in January 2024', 'declared its immediate exit': an exit
    announced as taking effect at once tells what a government declared, not a notice given under the treaty's clause
    (which runs a period from the depositary's receipt; VCLT Arts. 65, 67(1)): neither a notice nor an exit on that
    day (tests/data/articles/README.md, 'Announcements'; the recorded notices are read where they are told)."""
    doc = clause.doc
    if noun.i <= clause.start or doc[noun.i - 1].lower_ not in _AT_ONCE:
        return False
    return any(t.lower_ in _ANNOUNCING for t in doc[max(clause.start, start - 3) : start])


def _dated_kind(kind: str, date: Span, end: int, phrase: int, start: int, by_context: bool, clause: Span) -> str:
    """What a dated exit noun names: the exit, its effect ('effective', 'planned for', 'by 2026', 'the effectivity
    of'), or the notice ('announced its withdrawal on', 'had suspended its 1993 withdrawal')."""
    doc = clause.doc
    if any(doc[i].lower_ in ("effective", "from") or doc[i].lower_ in _PLANNED for i in range(end, date.start)):
        kind = "effective" if kind == "exit" else kind  # "withdrawal ..., planned for Jan. 22": its effect
    if kind == "exit" and (date[0].lower_ == "by" or (date.start > 0 and doc[date.start - 1].lower_ == "by")):
        kind = "effective"  # "Announces U.S. Withdrawal from UNESCO by 2026": when the exit is to be complete
    country = by_context and doc[start - 1].lower_ in _COUNTRY  # "it announced the country's withdrawal": another
    # body announcing the state's exit, not the state its own notice
    if (
        kind == "exit"
        and not country
        and any(t.lower_ in _ANNOUNCING for t in doc[max(clause.start, start - 3) : start])
    ):
        kind = "notification"  # "North Korea announced its withdrawal from the NPT on January 10, 2003": the notice
    if kind == "exit" and _effect_of(doc, phrase, clause):
        kind = "effective"  # "the effectivity of the withdrawal of the Philippines ... on March 17, 2019": its effect
    if kind == "exit" and any(t.lower_ in _SUSPENDING for t in doc[max(clause.start, start - 3) : start]):
        kind = "notification"  # "it had suspended its 1993 withdrawal": a notice whose exit never came
    return kind


_EFFECT_NOUNS = {"effectivity", "effectiveness"}  # Philippine English "effectivity": the day an act takes effect
_EFFECT_ENTRIES = {"entry", "coming"}  # "the entry into force of", "the coming into effect of"


def _effect_of(doc: Doc, phrase: int, clause: Span) -> bool:
    """'the effectivity of the withdrawal', 'the effectiveness of Russia's exit', 'the entry into force of the
    withdrawal': the noun phrase names the exit's taking effect, so its date is the effect's (not 'the effect of
    the withdrawal on victims', a consequence)."""
    i = phrase - 1
    while i > clause.start and doc[i].lower_ in ("the", "a"):
        i -= 1
    if i <= clause.start or doc[i].lower_ != "of":
        return False
    if doc[i - 1].lower_ in _EFFECT_NOUNS:
        return True
    return (
        i - 3 >= clause.start
        and doc[i - 1].lower_ in ("force", "effect")
        and doc[i - 2].lower_ == "into"
        and doc[i - 3].lower_ in _EFFECT_ENTRIES
    )


_GROUP_KINDS = {"states", "countries", "nations", "members", "governments"}


def _group_of_a_kind(words: Span) -> tuple[int, int | None] | None:
    """'three junta-led states', 'the three Sahel countries' after 'of': a count and a plural noun of states (words
    and hyphens between); the end of the phrase and the number (None for 'several'), else None."""
    tokens = list(words[:7])
    counted: int | None = None
    seen = False
    for token in tokens:
        if token.lower_ in _GROUP_KINDS:
            return (token.i + 1, counted) if seen else None
        if token.like_num or token.lower_ in ("both", "several"):
            seen = True
            counted = 2 if token.lower_ == "both" else number_from_words(token.lower_)
        elif not (token.lower_ == "the" or token.text == "-" or (token.is_alpha and not token.ent_type_)):
            return None
    return None


def _announced_exit_of(noun: Token, start: int, clause: Span, actors: list[Span]) -> Nominal | bool | None:
    """'ECOWAS announced the formal exit of junta-led Mali, Burkina Faso and Niger from the bloc', 'West Africa bloc
    announces formal exit of three junta-led states': another's announcement of a formal exit, done, of the states
    listed after 'of' (from ``start``) or of a group named by its kind (those the body names first, or the clause
    listed last). None when the words are no such announcement; False when they are, but of no treaty."""
    if not _announced_by_another(noun, clause):
        return None
    owners = _listed_after(clause.doc[start], actors)
    group = None if owners else _group_of_a_kind(clause.doc[start : clause.end])
    if owners:
        end, count = owners[-1].end, None
    elif group is not None:
        end, count = group
    else:
        return None
    treaty, _ = _treaty_after(clause, end)
    if treaty is False:
        return False
    return Nominal(owners, not owners, treaty if isinstance(treaty, str) else None, None, "done", count)


def _announced_by_another(noun: Token, clause: Span) -> bool:
    """'ECOWAS announced the formal exit of junta-led Mali, ...', 'West Africa bloc announces formal exit of three
    junta-led states': the formal (official, final) exit of the states named after the noun, announced by another
    (a state announcing its own exit gives notice: 'its', a possessive), in a clause that hedges nothing."""
    doc = clause.doc
    i = noun.i - 1
    if i <= clause.start or doc[i].lower_ not in _FORMAL:
        return False
    i -= 1
    if doc[i].lower_ == "the":
        i -= 1
    if i < clause.start or doc[i].lower_ not in _ANNOUNCING:
        return False
    return not any(t.lower_ in _NOT_YET or (t.lower_ in _UNREAL and t.i != i) for t in clause)


_EARLIER = {"previous", "earlier", "prior", "former", "first", "past"}


def _earlier(noun: Token) -> bool:
    """'their previous exit', 'its earlier withdrawal': an exit the noun's own adjective places before the report."""
    if any(t.lower_ in _UNDONE for t in noun.sent):
        return False  # "Its earlier withdrawal from UNESCO was reversed": read by the verb that undoes it
    return noun.i > 0 and noun.doc[noun.i - 1].lower_ in _EARLIER


_UNDONE = {"reversed", "revoked", "rescinded", "annulled", "cancelled", "canceled", "undone", "retracted", "overturned"}


def _presupposed_dated(
    pronoun: int, clause: Span, actors: list[Span], dates: list[Span], treaty: str | bool | None, end: int
) -> Nominal | None:
    """'... Mali, Burkina Faso and Niger from the bloc following their withdrawal last year': an exit noun owned by
    'their' ('its'), after a word that takes it as done, dated right after: the exit of the states the clause
    names before it (two or more for 'their', one for 'its'), in that year or on that day."""
    doc = clause.doc
    if pronoun - 1 < clause.start or doc[pronoun - 1].lower_ not in _PRESUPPOSING - {"being", "despite"}:
        return None
    before = [e for e in actors if e.end <= pronoun - 1 and e.label_ == "STATE"]
    named = list(dict.fromkeys(str(e.ent_id_) for e in before))
    if (len(named) != 1 and doc[pronoun].lower_ == "its") or (len(named) < 2 and doc[pronoun].lower_ == "their"):
        return None
    date = _date_after(clause, dates, [], end) if treaty is not False else None
    if date is None or any(t.lower_ in _UNASSERTED for t in doc[clause.start : pronoun]):
        return None
    owners = [next(e for e in before if str(e.ent_id_) == one) for one in named]
    return Nominal(owners, False, treaty if isinstance(treaty, str) else None, date, "exit")


_APPROVING = {"approved", "approves", "backed", "backs", "endorsed", "endorses", "supported", "supports", "passed",
              "adopted", "rubber-stamped", "okayed"}  # fmt: skip
_EFFECT_CONNECTORS = {"from", "effective", "as", "with"}  # "approved the withdrawal of ... from January 29, 2025"


def _approval_dated(doc: Doc, phrase: int, noun: int, end: int, date: Span | None, clause: Span) -> bool:
    """'Denmark's parliament approved the Energy Charter Treaty withdrawal on Tuesday': the date after a noun phrase
    that a body approves is the approval's (a domestic decision), not the exit's (the approving verb before the noun
    phrase or inside it, after the owner read from the body's possessive); one told as the exit's effect ('approved
    the withdrawal of Niger, Mali and Burkina Faso ... from January 29, 2025') stays the exit's."""
    if date is None or date.start < end:
        return False
    before = doc[max(clause.start, phrase - 3) : noun]
    between = {t.lower_ for t in doc[end : date.start]}
    return any(t.lower_ in _APPROVING for t in before) and not between & _EFFECT_CONNECTORS


def _begun(doc: Doc, start: int, clause: Span) -> bool:
    """'He initially triggered U.S. withdrawal in 2020' (MENAFN, 25 January 2026), 'Trump initiated the US withdrawal
    from the WHO in July 2020': the exit begun is the notice given (the period runs from it), dated so."""
    return any(t.lower_ in BEGIN_VERBS for t in doc[max(clause.start, start - 3) : start])


def _told_in_a_notice(doc: Doc, noun: int, start: int, clause: Span) -> bool:
    """'Lithuania's notification of withdrawal', 'The UN was notified of Lithuania's withdrawal': the exit is what a
    notice says, and the date the notice's; an exit begun is the notice given (:func:`_begun`)."""
    if noun - 2 >= clause.start and doc[noun - 1].lower_ == "of" and doc[noun - 2].lower_ in _NOTICE_NOUNS:
        return True
    if _begun(doc, start, clause):
        return True
    before = doc[max(clause.start, start - 4) : start]
    return (
        start > clause.start and doc[start - 1].lower_ == "of" and any(t.lemma_ in ("notify", "inform") for t in before)
    )


# ... and "the process for the Philippines' formal withdrawal from the ICC has begun" (Manila Bulletin, 2018): the
# process the notice began (pipeline.py NOTIFY), not the exit done
_INSTRUMENTS = {"law", "bill", "decree", "act", "resolution", "motion", "ordinance", "draft", "proposal", "process",
                "procedure"}  # fmt: skip


def _instrument_on(doc: Doc, start: int, clause: Span) -> bool:
    """'the law on Latvia's withdrawal', 'a bill on the withdrawal of Norway': the noun phrase is what a domestic
    instrument is about; its date is the instrument's (a vote, a signature), not the exit's."""
    if start > clause.start and doc[start - 1].lower_ in ("the", "a", "its", "their"):
        start -= 1  # "a bill on the withdrawal of Norway"
    words = [t.lower_ for t in doc[max(clause.start, start - 2) : start]]
    return words[-1:] in (["on"], ["for"], ["about"], ["concerning"], ["regarding"]) and words[0] in _INSTRUMENTS


_ANNOUNCING = {"announced", "declared", "announces", "declares", "proclaimed"}
_SUSPENDING = {"suspended", "suspends", "revoked", "revokes", "rescinded", "retracted", "reversed", "withdrew"}
_DATED_VERBS = {"announced", "passed", "adopted", "approved", "said", "voted", "decided", "signed", "endorsed",
                "confirmed", "stated", "reported", "published", "began", "started"}  # fmt: skip


_FORMAL = {"formal", "official", "completed", "final"}
_NOT_YET = {"will", "would", "could", "may", "might", "shall", "should", "to", "if", "unless", "before", "until",
            "when", "once", "after", "upcoming", "pending", "begin", "begins", "began", "start", "started"}  # fmt: skip


def _formal(noun: Token, clause: Span) -> bool:
    """'Nicaragua's formal withdrawal from the Organization of American States' (a treaty named, the state's own
    noun, 'formal' or 'official' right before it) in a clause that speaks of nothing still to come, and whose verb
    is not the exit's effect ('Finland's formal withdrawal from the Ottawa Convention has officially taken effect':
    the day it took effect is the claim, effects.py)."""
    doc = clause.doc
    after = doc[noun.i : clause.end]
    if any(t.lower_ in ("effect", "effective") and doc[t.i - 1].lemma_ in _EFFECT_VERBS for t in after):
        return False
    return doc[noun.i - 1].lower_ in _FORMAL and not any(t.lower_ in _NOT_YET or t.lower_ in _UNREAL for t in clause)


_EFFECT_VERBS = {"take", "come", "become", "into"}  # "has taken effect", "came into effect", "became effective"


# words that take an exit as done: "formalizes Russia's departure from", "following Washington's withdrawal from
# the pact", "first being its withdrawal from", "has not rejoined since its withdrawal from"
_PRESUPPOSING = {"following", "after", "upon", "since", "being", "despite", "formalizes", "formalises", "formalized",
                 "formalised", "formalizing", "formalising", "completes", "completed", "completing"}  # fmt: skip
_UNASSERTED = {"will", "would", "could", "may", "might", "shall", "should", "if", "unless", "once", "whether"}


_ORDINAL_EXITS = {"second", "third", "fourth", "fifth", "latest"}


def _ordinal_after_copula(word: Token) -> bool:
    """'is the second', 'was the third', 'marks the second': an exit counted among others and asserted."""
    doc = word.doc
    return (
        word.lower_ in _ORDINAL_EXITS
        and word.i >= 2
        and doc[word.i - 1].lower_ == "the"
        and doc[word.i - 2].lower_ in ("is", "was", "marks", "marked", "became", "becomes")
    )


def _owner_closes(noun: Token, owners: list[Span], end: int, clause: Span) -> bool:
    """'of the World Health Organization (WHO) following the recent withdrawal of the United States, warning ...': the
    state after 'of' ends the noun phrase (a comma or the clause's end after it) and the clause named a treaty before
    the noun, so the exit is from that treaty (not 'the withdrawal of US troops')."""
    doc = clause.doc
    if not owners or owners[0].start < noun.i or (end < clause.end and not doc[end].is_punct):
        return False
    return any(t.ent_type_ == "TREATY" for t in doc[clause.start : noun.i])


_QUALIFYING = {"recent", "latest", "formal", "official", "final", "completed"}  # "following the recent withdrawal"


def _presupposed(start: int, clause: Span) -> bool:
    """An undated exit noun a word right before takes as done ('following Washington's withdrawal from the pact'),
    in a clause that asserts (no modal, condition or unreal exit: 'after a possible withdrawal', 'if its exit')."""
    doc = clause.doc
    while start - 1 > clause.start and doc[start - 1].lower_ in _QUALIFYING:
        start -= 1  # "following the recent withdrawal of the United States"
    before = doc[start - 1] if start > clause.start else None
    if before is not None and before.lower_ in ("the", "a") and start - 1 > clause.start:
        before = doc[start - 2]  # "following the withdrawal of ..."
    if before is not None and _ordinal_after_copula(before):
        return not any(t.lower_ in _UNASSERTED or t.lower_ in _UNREAL for t in clause)  # "this is the second US
        # withdrawal from the pact": an exit (under way or done) the sentence asserts
    if before is None or before.lower_ not in _PRESUPPOSING:
        return False
    words = clause
    if before.i == clause.start and (comma := next((t for t in doc[start : clause.end] if t.text == ","), None)):
        words = doc[clause.start : comma.i]  # "Following the US withdrawal from X, these efforts may ...": the
        # fronted phrase asserts the exit whatever the main clause hedges
    elif _another_states_exit(before, start, clause):
        words = doc[before.i : min(clause.end, start + 4)]  # "Russia ... will withdraw from ... after the U.S. exit
        # from the pact": the definite exit of another state is presupposed, whatever the main verb's tense
        if any(t.lower_ in ("if", "unless", "whether", "once") for t in clause):
            return False
    return not any(t.lower_ in _UNASSERTED or t.lower_ in _UNREAL for t in words)


def _another_states_exit(before: Token, start: int, clause: Span) -> bool:
    """'after the U.S. exit from the pact' in a clause whose subject is another state: 'after' or 'following', then
    'the' and a state owning the exit noun, the subject's state not among them."""
    doc = clause.doc
    if before.lower_ not in ("after", "following") or doc[before.i + 1].lower_ != "the":
        return False
    owners = {t.ent_id_ for t in doc[before.i + 2 : min(clause.end, start + 3)] if t.ent_type_ == "STATE"}
    subjects = {t.ent_id_ for t in doc[clause.start : before.i] if t.ent_type_ in ("STATE", "CAPITAL")}
    return bool(owners) and bool(subjects) and not owners & subjects


_CONFIRMING = {"confirms", "confirmed", "confirming", "confirm"}


def _confirmed(start: int, clause: Span) -> bool:
    """'UN confirms Malaysia's withdrawal from Rome Statute', 'The depositary confirmed Burundi's withdrawal': a
    confirmation right before a named state's exit noun asserts the exit as done (a state confirming its own
    withdrawal, 'its', tells an intention and is not read here), in a clause that does not hedge."""
    doc = clause.doc
    before = doc[start - 1] if start > clause.start else None
    if before is None or before.lower_ not in _CONFIRMING:
        return False
    return not any(t.lower_ in _UNASSERTED or t.lower_ in _UNREAL or t.lower_ in ("not", "n't") for t in clause)


_WITNESSING = {"witnessed", "witnesses", "saw", "seen", "watched", "marked", "marks"}


def _witnessed(start: int, clause: Span) -> bool:
    """'Just days ago, we witnessed the United States withdrawal from the WHO', '2026 saw Poland's exit from the
    Ottawa Convention': a named state's exit the clause says was seen (witnessed, saw, marked) is asserted as done, in
    a clause that does not hedge or deny it."""
    doc = clause.doc
    i = start - 1
    if i > clause.start and doc[i].lower_ == "the":
        i -= 1
    if i < clause.start or doc[i].lower_ not in _WITNESSING:
        return False
    return not any(t.lower_ in _UNASSERTED or t.lower_ in _UNREAL or t.lower_ in ("not", "n't") for t in clause)


def _clause_subject_after_presupposing(noun: Token, clause: Span, actors: list[Span]) -> list[Span]:
    """'PH still bound to work with ICC despite withdrawal in 2019': an exit noun with no owner, right after a word
    that takes it as done, is the exit of the one state the clause names before it (its subject). Dated only:
    the caller asks for a date right after the noun."""
    doc = clause.doc
    if noun.i - 1 < clause.start or doc[noun.i - 1].lower_ not in _PRESUPPOSING - {"being"}:
        return []
    before = [e for e in actors if e.end <= noun.i - 1 and e.label_ == "STATE"]
    return before[:1] if len({str(e.ent_id_) for e in before}) == 1 else []


_FRONTING = {"upon", "on", "after", "following", "since", "before", "with", "despite"}


def _subject_after_fronted(pronoun: int, clause: Span, actors: list[Span]) -> list[Span]:
    """'Upon its departure from UNIDO in 1996, the United States left a debt': a possessive in an adjunct that opens
    the clause stands for the subject right after the adjunct's comma, not for the state named before."""
    doc = clause.doc
    opener = pronoun - 1  # the adjunct's preposition, opening the clause or what follows 'that' ("noted that upon its")
    if opener < clause.start or doc[opener].lower_ not in _FRONTING:
        return []
    if opener > clause.start and doc[opener - 1].lower_ not in ("that", ",", "and", "but"):
        return []
    comma = next((t.i for t in doc[pronoun : clause.end] if t.text == ","), None)
    if comma is None:
        return []
    after = [e for e in actors if comma < e.start <= comma + 2 and e.label_ == "STATE"]
    return after[:1]


def _free(between: Span) -> bool:
    """Nothing between a date and the noun phrase claims the date for itself ('on Tuesday announced the ...')."""
    return len(between) <= 6 and not any(t.lower_ in _DATED_VERBS or t.ent_type_ == "STATE" for t in between)


def _owners_before(noun: Token, clause: Span, actors: list[Span]) -> tuple[list[Span], int, bool]:
    """'Lithuania's', 'the UK's 26 April 2024', 'Manila’s formal': the state owning the noun; for 'the Trump
    administration's 2018 exit' none, but the article's state is meant (the third value)."""
    doc = clause.doc
    i = noun.i - 1
    while i >= clause.start and doc[i].text not in _POSSESSIVE and i > noun.i - 7:
        if doc[i].lower_ in _UNREAL and not (doc[i].lower_ in _DATED_PLANS and _plan_dated(noun, clause)):
            return [], noun.i, False
        if doc[i].is_punct and doc[i].text != "-":  # "Now, this is the second U.S. withdrawal": no possessive
            return _attributive(noun, clause, actors), noun.i, False
        if doc[i].lower_ in _PRONOUNS and all((t.is_lower and t.is_alpha) or t.like_num for t in doc[i + 1 : noun.i]):
            return [], i + 1, True  # "our official withdrawal", "its expulsion", "its 1994 withdrawal"
        i -= 1
    if i <= clause.start or doc[i].text not in _POSSESSIVE:
        return _attributive(noun, clause, actors), noun.i, False
    owner = [e for e in actors if e.end == i]
    if not owner and doc[i - 1].lower_ in _OWNER_HEADS:  # "the Trump administration's withdrawal from the INF
        owner = [e for e in actors if e.end == i - 1]  # Treaty": the state its leader in office stands for
    heads = _OWNER_HEADS | _GROUP_OWNERS | _COUNTRY
    return owner, i, not owner and (doc[i - 1].lower_ in heads or _group_acronym(doc[i - 1]))


_INDEFINITE = {"a", "an", "any", "no", "another"}


def _attributive(noun: Token, clause: Span, actors: list[Span]) -> list[Span]:
    """'the US withdrawal from the treaty in November 2020', 'the British formal exit': a state named right before
    the noun (adjectives between), after 'the', owns it; 'a US withdrawal' is no deed."""
    doc = clause.doc
    i = noun.i - 1
    while i > clause.start and doc[i].lower_ in _FORMAL | {"formally", "officially"}:
        i -= 1
    owner = [e for e in actors if e.end == i + 1 and e.label_ == "STATE"]
    if not owner or owner[0].start <= clause.start:
        return []
    if doc[owner[0].start - 1].lower_ == "the" or _ordinal_after_copula(doc[owner[0].start - 1]):
        return owner  # "the US withdrawal", "is the second U.S. withdrawal"
    return []


def _group_acronym(token: Token) -> bool:
    """'the AES's January 2024 ECOWAS exit': an acronym that names no state or treaty the rulebook knows, owning a
    withdrawal, is a group of states (the alliance the article's listed states formed)."""
    return token.is_upper and token.is_alpha and 2 <= len(token) <= 6 and not token.ent_type_


def _listed_after(first: Token, actors: list[Span]) -> list[Span]:
    doc = first.doc
    i = first.i + (1 if first.lower_ == "the" else 0)
    group: list[Span] = []
    for ent in sorted(actors, key=lambda e: e.start):
        if ent.start < i:
            continue
        between = doc[i : ent.start]
        if (
            ent.start != i
            and not all(t.lower_ in (",", "and", "the") for t in between)
            and (group or not _modifiers(between))
        ):
            break  # "of junta-led Mali, Burkina Faso and Niger": words before the first name describe them all
        group.append(ent)
        i = ent.end
    return group


def _modifiers(words: Span) -> bool:
    """'junta-led', 'fellow', 'neighbouring' before a list of states: at most four lower-case words and hyphens."""
    return 0 < len(words) <= 4 and all(t.text == "-" or (t.is_alpha and t.is_lower) for t in words)


def _treaty_after(clause: Span, end: int) -> tuple[str | bool | None, int]:
    """'from the Ottawa Convention' -> its id; 'from the convention' / nothing -> None (the article's
    treaty); 'from Syria', 'from office' -> False (not a treaty)."""
    doc = clause.doc
    if end >= clause.end or doc[end].lower_ != "from":
        return None, end
    for token in doc[end + 1 : min(end + 9, clause.end)]:
        if token.ent_type_ == "TREATY":
            last = token.i
            while last + 1 < clause.end and doc[last + 1].ent_type_ == "TREATY" and doc[last + 1].ent_iob_ == "I":
                last += 1
            return str(token.ent_id_), _past_abbreviation(doc, last + 1, clause)
        if token.lower_ in GENERIC_TREATY or token.lower_ in ORGANISATION_NOUNS:
            return None, token.i + 1
        if token.like_num and len(token) == 4 and token.text[:2] in ("19", "20"):
            continue  # "from the 1987 Intermediate-Range Nuclear Forces treaty": the treaty's year
        if token.ent_type_ or token.is_punct or token.like_num:
            break
    return False, end


def _past_abbreviation(doc: Doc, end: int, clause: Span) -> int:
    """After a treaty's name, its abbreviation in brackets ('the Rome Statute of the International Criminal Court
    (ICC) on March 17'): the noun phrase ends after it, so the date that follows is still right after the phrase."""
    if end + 2 < clause.end and doc[end].text == "(" and doc[end + 2].text == ")":
        inner = doc[end + 1]
        if inner.ent_type_ == "TREATY" or (inner.is_upper and inner.is_alpha and len(inner) >= 2):
            return end + 3
    return end


ORGANISATION_NOUNS = {"organization", "organisation", "institution", "body", "court", "bloc", "union",
                      "community", "alliance", "agency"}  # fmt: skip


def _date_inside(dates: list[Span], start: int, noun: int) -> Span | None:
    """'the UK's 26 April 2024 withdrawal', 'the 2018 exit', 'Mali's January 2024 ECOWAS exit' (the treaty's
    name between the date and the noun)."""
    for date in dates:
        if start <= date.start and date.end <= noun:
            between = date.doc[date.end : noun]
            if all(t.ent_type_ == "TREATY" for t in between):
                return date
    return None


def _date_after(clause: Span, dates: list[Span], verbs: list[Span], end: int) -> Span | None:
    """'withdrawal on Sunday', 'exit, effective 6 March 2025', 'withdrawal ... as member states from
    January 29, 2025' (a date at most four words after the noun phrase, no verb in between)."""
    doc = clause.doc
    for date in dates:
        if date.start < end:
            continue
        between = doc[end : date.start]
        if len(between) > 4 or any(v.start < date.start and v.end > end for v in verbs):
            return None
        if all(t.lower_ in _CONNECTORS for t in between) or _planned_for(between):
            return date
        return None
    return None


_PLANNED = {"planned", "scheduled", "set", "due"}
_DATED_PLANS = {"announced", "planned", "scheduled"}


def _plan_dated(noun: Token, clause: Span) -> bool:
    """'Jamaica's announced withdrawal from the International Covenant ..., planned for Jan. 22': an exit announced or
    planned, with the day it is planned to take effect told after it (a claim of that day, as 'effective' is)."""
    doc = clause.doc
    for token in doc[noun.i + 1 : min(clause.end, noun.i + 16)]:
        if token.lower_ in _PLANNED and token.i > 0 and doc[token.i - 1].text == ",":
            return token.i + 1 < clause.end and doc[token.i + 1].lower_ in ("for", "on")
    return False


def _planned_for(between: Span) -> bool:
    """'withdrawal from the International Covenant ..., planned for Jan. 22', 'exit, scheduled for 1 July': the day an
    exit is planned to take effect, told by a participle right after the noun phrase."""
    words = [t.lower_ for t in between if t.text != ","]
    return len(words) == 2 and words[0] in _PLANNED and words[1] in ("for", "on")


def _whole_group(states: list[str], nominal: Nominal, clause: Span, context: Context) -> list[str]:
    """'Before the withdrawal, the trio had been suspended from ECOWAS, with Niger and Mali enduring severe sanctions.
    Touray stated that ECOWAS has now scheduled the countries' exit between ...' (Obasanjo News, 2024): a group
    named by its kind, with no number, is the group whose exit the article last told when the states named last are
    only some of them (named in passing), not those some."""
    whole = context.last_exits
    doc = clause.doc
    counted = any(
        t.lower_ in _GROUP_OWNERS and t.i > clause.start and number_from_words(doc[t.i - 1].lower_) is not None
        for t in clause
    )  # "the two countries' exit": as many as named last
    if nominal.count is None and not counted and len(whole) > len(states) and set(states) <= set(whole):
        return list(whole)
    return states


def nominal_claims(nominal: Nominal, clause: Span, context: Context) -> list[Claim]:
    """'the UK's 26 April 2024 withdrawal notification', 'Manila's withdrawal on Sunday'."""
    named = [str(e.ent_id_) for e in clause.ents if e.label_ == "TREATY"]
    treaty = nominal.treaty or (named[0] if named else None) or context.withdrawn_from()
    states = [str(e.ent_id_) for e in nominal.states]
    if not states and nominal.group:  # "the trio's ... declarations"; a headline's "three junta-led states": the
        first = context.ahead_states if context.headline and len(context.ahead_states) > 1 else []  # states the body
        states = context.states or (first if nominal.count in (None, len(first)) else [])  # names first, as many
        states = _whole_group(states, nominal, clause, context)
    elif not states and len(context.exits_before) > 1 and nominal.kind != "notification":
        states = list(context.exits_before)  # "... the three countries notified ECOWAS of their intention to withdraw.
        # The withdrawal process is expected to be completed by July 29, 2025" (Naija Gist, 2024): the group's exit
    elif not states:
        states = [context.state] if context.state else []
    if treaty is None or not states:
        return []
    future = any(t.lower_ in FUTURE or t.lower_ in DUE for t in clause)
    if nominal.date is None:  # "Nicaragua's formal withdrawal from the OAS": done by the day of the report
        future = future and nominal.kind != "presupposed"
        return [] if future else one_per_state({"treaty": treaty, "as_of": context.published}, "withdrew",
                                               states, "true", "past")  # fmt: skip
    words = [t.text for t in nominal.date]
    when = resolve(words, context.published, "future" if future else "past")
    if when is None:
        return []
    ahead = resolve(words, context.published, "future") if not future else None
    if ahead is not None and when.start < context.published < ahead.start and _nearer(ahead, when, context.published):
        when = ahead  # "the country's official withdrawal ... on November 19" ten days ahead: that day, not last year's
    kind: ClaimKind = "notification_date" if nominal.kind == "notification" else "withdrew"
    done = when.start <= context.published and (when.precision == "day" or when.end < context.published)
    if nominal.kind == "effective" or (kind == "withdrew" and not done):
        kind = "effective_date"
    tense = "future" if when.start > context.published else "past"
    return [
        Claim(kind=kind, treaty=treaty, state=s, value=claim_value(when), as_of=context.published, tense=tense)
        for s in states
    ]


def _nearer(ahead: PartialDate, before: PartialDate, published: dt.date) -> bool:
    """A day without its year is the nearer of its two readings around the report's day."""
    return (ahead.start - published) < (published - before.end)
