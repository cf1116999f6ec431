"""Counts of parties and signatories: '164 signatories in 1997', 'NATO's 31 allies', 'became the 117th member',
'33 states have not joined' (non-parties), with the comparator the text gives ('more than', 'nearly').
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from app.numbers import number_from_words
from app.reading.cued import cued
from app.reading.mentions import modifies_a_group
from app.reading.spans import text_of
from app.reading.vocabulary import (
    ADVERBS,
    COMPARATORS,
    CONSENT_LEMMAS,
    COUNT_NOUNS,
    FUTURE,
    GENERIC_TREATY,
    GROUPS,
    MEMBER_NOUNS,
    NEGATION,
    NOT_PARTY_COUNTS,
    OTHER_CLAUSE,
    PARLIAMENTS,
    PERFECT,
    SIGNING_VERBS,
)
from app.reading.when import resolve
from app.reading.words import actors_in, foreign_instrument, number_end, signing_agent
from app.services.partial_dates import PartialDate
from schemas.checks import Claim, Comparator

_ORDINAL = re.compile(r"(\d+)(?:st|nd|rd|th)")


# "became the 117th member", "Ukraine is the 36th state party"
_BECOMING = {"became", "becomes", "become", "becoming", "as", "is", "was"}
_RANKED = MEMBER_NOUNS | {"country", "nation"}  # "the 111th country to do so", "its 112th member nation"
_MAKING = {"making", "makes", "made"}


def _made_unnamed(before: list[str]) -> bool:
    """'making the country the 190th State Party', 'which made it the 50th party': the State the rank is given is
    not named where the rank is."""
    at = next((i for i, w in enumerate(before) if w in _MAKING), None)
    return at is not None and bool({"country", "it", "nation", "state"} & set(before[at + 1 :]))


def _made_named(ordinal: Token, clause: Span) -> str | None:
    """'..., making Malaysia the 46th State Party to the TPNW', 'which made Ukraine the 125th member': the State named
    between the verb of making and its rank."""
    doc = ordinal.doc
    if ordinal.i < 3 or doc[ordinal.i - 1].lower_ != "the":
        return None
    state = next((e for e in actors_in(clause) if e.end == ordinal.i - 1), None)
    if state is None or state.start < 1 or doc[state.start - 1].lower_ not in _MAKING:
        return None
    return str(state.ent_id_)


def _copula_past(before: list[str]) -> bool:
    """'Latvia was the 10th member to ...': a rank on a past day not told (only 'became' dates it)."""
    return "was" in before and not {"became", "becoming", "making", "made"} & set(before)


def _ordinal_member(
    clause: Span, treaty: str, dates: list[Span], in_force: dt.date | None, joiners: tuple[str, ...] = (),
    published: dt.date | None = None,
) -> Claim | None:  # fmt: skip
    """'became the 117th member', 'rejoined as UNESCO's 194th member state': the count of parties on the day the
    state named before it joined (the judge dates it by that state's entry into force); with no state named, the
    state the clause has read joining ('the country joining the ICC in 2011 and becoming its 117th member')."""
    doc = clause.doc
    for token in clause:
        ordinal = _ORDINAL.fullmatch(token.lower_)
        if not ordinal or token.i + 1 >= clause.end or doc[token.i + 1].lower_ not in _RANKED:
            continue
        if (to := _to_consent(token, clause)) is not None:  # "the 40th state to ratify": the order of deposits
            return _dated_deposits(int(ordinal.group(1)), to, clause, treaty, dates, in_force, published)
        before = [t.lower_ for t in doc[max(clause.start, token.i - 5) : token.i]]
        if _made_unnamed(before) and int(ordinal.group(1)) >= 10:  # "..., making the country the 190th State
            return Claim(kind="parties_count", treaty=treaty, value=ordinal.group(1))  # Party": no State named
        if (made := _made_named(token, clause)) is not None and int(ordinal.group(1)) >= 10:
            return Claim(kind="parties_count", treaty=treaty, state=made, value=ordinal.group(1))
        if not _BECOMING & set(before) or _hoped_for(before) or _copula_past(before):
            return None
        states = [str(e.ent_id_) for e in actors_in(clause) if e.end <= token.i and not _in_relative_aside(e)]
        states = states or list(joiners)
        if not states or int(ordinal.group(1)) < 10:
            return None
        ahead = "future" if "will" in before else None  # "Ukraine will thus become the 125th state party" (Polish
        # News, 21 August 2024; batch 53): the count on the day its membership begins, not the report's
        return Claim(kind="parties_count", treaty=treaty, state=states[-1], value=ordinal.group(1), tense=ahead)
    return None


_UNSURE = {"expected", "likely", "hopes", "hoping", "plans", "planning", "wants", "aims", "seeks", "could", "may",
           "might", "would", "should", "can"}  # fmt: skip


def _in_relative_aside(named: Span) -> bool:
    """'Finland, which shares a 1,340-kilometer (832-mile) border with Russia, became a member of NATO on April 4, 2023,
    becoming the 31st member' (Anadolu, 7 March 2024): a State named inside a relative clause set off by commas is not
    the one that became the member."""
    doc = named.doc
    for i in range(named.start - 1, max(named.sent.start, named.start - 15) - 1, -1):
        if doc[i].text == ",":
            return False  # the aside closed before the name
        if doc[i].lower_ in ("which", "who", "whose") and i > 0 and doc[i - 1].text == ",":
            return True
    return False


def _hoped_for(before: list[str]) -> bool:
    """'is expected to become the 124th state party', 'could become': a membership not asserted, no count."""
    at = before.index("become") if "become" in before else -1
    return at > 0 and (before[at - 1] in _UNSURE or (before[at - 1] == "to" and at > 1 and before[at - 2] in _UNSURE))


def _to_consent(ordinal: Token, clause: Span) -> Token | None:
    """'the 40th state to ratify', 'the 18th member of the Council of Europe to ratify the ...': the 'to' before
    the act the ordinal ranks (over an 'of the <body>' naming whose members are ranked)."""
    doc = clause.doc
    for i in range(ordinal.i + 2, min(clause.end - 1, ordinal.i + 9)):
        if doc[i].lower_ == "to":  # "to ratify", "to do so"; not "the 124th State Party to the Rome Statute"
            following = doc[i + 1]
            named = following.lower_ in ("the", "this", "that", "its") or following.ent_type_
            return None if named else doc[i]
        if not (doc[i].lower_ in ("of", "the") or doc[i].ent_type_ or doc[i].is_title):
            return None
    return None


def ranked_consent(verb: Span) -> bool:
    """'Honduras became the 50th country to ratify the ... Treaty' (Common Dreams, 25 October 2020), 'had become the
    50th state party to ratify the pact' (The Japan Times, 25 October 2020): the infinitive a numbered rank of a
    State becoming ranked ('became', 'has become' the Nth country, state, member ... to): the consent is told as
    done (not 'is expected to become the 50th', 'was the 10th', a rank without its deed)."""
    doc = verb.doc
    to = verb.start - 1
    if to < 3 or doc[to].lower_ != "to":
        return False
    for token in doc[max(verb.sent.start, to - 9) : to]:
        if _ORDINAL.fullmatch(token.lower_) and _ranks_the_deed(token, to):
            before = [t.lower_ for t in doc[max(verb.sent.start, token.i - 5) : token.i]]
            done = bool({"became", "becoming"} & set(before)) or any(
                a in ("has", "have", "had") and b == "become" for a, b in itertools.pairwise(before)
            )
            return done and not (_hoped_for(before) or set(before) & (_UNSURE | {"will"}))
    return False


def _ranks_the_deed(ordinal: Token, to: int) -> bool:
    """'the 50th country to', 'the 50th state party to', 'the 35th member State of the Council of Europe (out of 47)
    to': only the ranked noun, whose members it ranks, and an aside between the ordinal and the 'to'."""
    doc = ordinal.doc
    if ordinal.i + 1 >= to or doc[ordinal.i + 1].lower_ not in _RANKED | {"state"}:
        return False
    return all(
        t.lower_ in _RANKED | {"state", "party", "of", "the", "out", "(", ")"}
        or t.like_num
        or t.ent_type_
        or t.is_title
        for t in doc[ordinal.i + 2 : to]
    )


_CONSENTS = {"ratify", "accede", "join", "approve", "accept"}
_CONSENTED = {"ratify", "accede", "join", "approve", "accept", "ratification", "accession"}


def _dated_deposits(
    number: int, to: Token, clause: Span, treaty: str, dates: list[Span], in_force: dt.date | None,
    published: dt.date | None = None,
) -> Claim | None:  # fmt: skip
    """'Poland ratified it on April 27, 2015 and became the 18th member of the Council of Europe to ratify': the
    order of a deposit counts the parties only once the treaty is in force (before, 'the 40th state to ratify'
    brings it into force and no state is yet a party), and only on the day the clause gives that deposit. Told as a
    deed done ('became the 50th country to ratify', 'ratified it on 28 February, becoming the 111th country to do
    so'), it counts the instruments deposited by then: 'N ratifications', on the day the clause gives (read back from
    the report's day) or the report's; the judge counts deposits for it (app/services/checks/deposits.py)."""
    doc = clause.doc
    act = doc[to.i + 1]
    do_so = act.lower_ == "do" and to.i + 2 < len(doc) and doc[to.i + 2].lower_ == "so"
    if do_so and not any(t.lemma_ in _CONSENTED for t in doc[clause.start : to.i]):
        return None  # "the first country to do so" after an exit or a signature: no deposit counted
    bound = _to_be_bound(to)  # "becoming the 158th state to be legally bound by this landmark": a consent given
    if not do_so and not bound and act.lemma_ not in _CONSENTS and act.lower_ not in _CONSENTS:
        return None  # "the 164th State to sign": signatures, never the parties
    day = next((d for d in reversed(dates) if d.end <= to.i and _full_day(d)), None)
    if day is not None and in_force is not None:
        when = resolve([t.text for t in day], in_force, "past")
        if when is not None and when.precision == "day" and when.start >= in_force:
            return Claim(kind="parties_count", treaty=treaty, value=f"{number} (on {when.start.isoformat()})")
    before = [t.lower_ for t in doc[max(clause.start, to.i - 8) : to.i]]
    done = set(before) & {"became", "becoming", "becomes", "making", "is"} or _has_become(before)  # "Syria is the
    # 190th country to join the convention" (The Hindu, 14 October 2013): the rank on the report's day
    if published is None or not done or _hoped_for(before) or set(before) & _UNSURE:
        return None
    said = next((d for d in reversed(dates) if d.end <= to.i), None) or next(
        (d for d in dates if not _of_the_treaty(d, to)), None
    )
    when = resolve([t.text for t in said], published, "past") if said is not None else None
    if said is not None and (when is None or when.precision != "day"):
        return None  # "became the 124th country to ratify the Rome Statute in 2023": no day to count on
    on = f" (on {when.start.isoformat()})" if when is not None else ""
    counted = "" if act.lemma_ == "join" else " ratifications"  # "the 125th country to join": the parties
    return Claim(kind="parties_count", treaty=treaty, value=f"{number}{counted}{on}")


def _to_be_bound(to: Token) -> bool:
    """'the 158th state to be legally bound by' (UNMISS, 14 November 2011; batch 53): consent to be bound (VCLT Art.
    11), ranked as a deposit is ('to ratify'), not a status of the day."""
    doc = to.doc
    after = [t.lower_ for t in doc[to.i + 1 : min(len(doc), to.i + 4)]]
    return after[:1] == ["be"] and "bound" in after[1:3]


def _of_the_treaty(date: Span, to: Token) -> bool:
    """'the 107th country to join the treaty, which was approved by the UN in April 2013 and came into force in
    December 2014' (Anadolu, 7 July 2020; batch 50): a date in a relative clause after the treaty dates the treaty,
    not the rank."""
    between = {t.lower_ for t in date.doc[to.i : date.start]}
    return date.start > to.i and bool(between & {"which", "that", "who"})


def _a_side_of_a_vote(clause: Span, at: int) -> bool:
    """'got 107 votes for its membership bid, with 14 countries against', '52 countries abstaining': the group's
    noun followed by the side it voted on."""
    return at + 1 < clause.end and clause.doc[at + 1].lower_ in _VOTE_SIDES


_VOTE_SIDES = {"against", "abstaining", "abstained", "opposed", "abstentions"}


def _has_become(before: list[str]) -> bool:
    """'China has become the 107th country to join the treaty' (Anadolu, 7 July 2020; batch 50): a rank told in the
    present perfect is the rank of the report's day, as 'became' and 'is' are."""
    return any(a in ("has", "have") and b == "become" for a, b in itertools.pairwise(before))


def _full_day(date: Span) -> bool:
    """A date with a day and a year ('April 27, 2015', '27 April 2015')."""
    numbers = [t for t in date if t.like_num]
    return len(numbers) >= 2 and any(len(t.text) == 4 for t in numbers)


def _outside(words: Span) -> str | None:
    """What a counted group that 'has not signed' / 'has not joined' / 'remains outside' is: non-signatories or
    non-parties (a count of non-members, never a party count); None for any other negation ('not ratified')."""
    lowered = [t.lower_ for t in words]
    for i, word in enumerate(lowered):
        if any(t.like_num for t in words[:i]):
            return None  # another number: another group
        if word == "outside":
            return "non-parties"
        if word in ("not", "n't", "never", "yet"):
            following = lowered[i + 1 : i + 4]
            if any(w in ("signed", "sign") for w in following):
                return "non-signatories"
            if any(w in ("joined", "join", "party", "parties", "acceded", "members") for w in following):
                return "non-parties"
            return None
    return None


def _count_value(number: int, token: Token, clause: Span, dates: list[Span]) -> str:
    """'164 signatories in 1997': a count of signatories ('of 197 signatories', 'signed by 195 countries') and
    the day a past verb gives it ('was signed in 1997 by 164 countries', 'in 1999, when 164 states joined it');
    a count with a present verb ('has 164 parties') is of the article's date."""
    doc = clause.doc
    back = [t.lower_ for t in doc[max(clause.start, token.i - 8) : token.i]]
    by = len(back) - 1 - back[::-1].index("by") if "by" in back[-4:] else None
    signed_by = by is not None and "signed" in back[max(0, by - 6) : by]
    ratified_by = by is not None and "ratified" in back[max(0, by - 6) : by]
    after = doc[token.i + 1 : min(clause.end, token.i + 9)]
    active = active_consent(token, clause)  # "86 States have signed": the signers, as 'signed by 86 States'
    signatories = signed_by or active == "signed" or any(t.lower_ in ("signatories", "signatory") for t in after[:3])
    # "ratified by 164 states", "with 112 ratifications", "73 countries have ratified it": instruments deposited,
    # which the judge tells from the parties (app/services/checks/deposits.py: before entry into force none is one)
    ratifications = ratified_by or active == "ratified" or (len(after) > 0 and after[0].lower_ == "ratifications")
    what = f"{number} signatories" if signatories else f"{number} ratifications" if ratifications else str(number)
    verb = signed_by or ratified_by or any(t.lower_ in SIGNING_VERBS for t in after)
    past = verb and not any(t.lower_ in PERFECT or t.lower_ in FUTURE for t in doc[clause.start : clause.end])
    start = by - len(back) + token.i - 6 if by is not None else clause.start  # after the verb 'signed'
    years = [d for d in dates if any(t.like_num and len(t.text) == 4 for t in d)]
    years = [d for d in years if start <= d.start and d.end <= token.i]  # "in 1997 by 164", not "finalized in 2015"
    if past and len(years) == 1:
        when = " ".join(t.text for t in years[0] if t.lower_ not in ("in", "on", "by"))
        return f"{what} (in {when})"
    return what


def _signed_by(number: Token, clause: Span) -> bool:
    """'has since been signed by more than 160 countries': a passive 'signed by' before the count states how many
    signed, a checkable fact (the judge holds it against the signatories and says so when it is the parties'); so
    does the active 'more than 160 countries have signed'."""
    back = [t.lower_ for t in clause.doc[max(clause.start, number.i - 5) : number.i]]
    return ("by" in back and "signed" in back[: back.index("by")]) or active_consent(number, clause) == "signed"


_ACTIVE_FILLER = {"have", "has", "had", "now", "already", "so", "far", "also", "since", "thus", "all"}


def active_consent(number: Token, clause: Span) -> str | None:
    """'86 States have signed', '73 countries have ratified it', '59 nations ratified': the count is the subject of
    a verb of consent in the active voice, which says what it counts (signers or ratifiers) as 'signed by 86 States'
    does in the passive (VCLT Arts. 12-16: a signature and a ratification are separate acts). 'signed' or
    'ratified', else None; only the counted noun and auxiliaries may stand between ('95 countries that have
    signed' is a relative clause: a group, read elsewhere); not a count another body owns, some of whom act
    ('Most of NATO's 31 allies have signed the CFE Treaty')."""
    doc = clause.doc
    i = number_end(number).i + 1
    if i >= clause.end or doc[i].lower_ not in COUNT_NOUNS:
        return None
    member = one_of_all(number)  # "Canada was one of the 191 countries that signed the agreement": all who signed
    if not member and any(t.lower_ in ("'s", "’s", "of") for t in doc[max(clause.start, number.i - 3) : number.i]):
        return None  # "NATO's 31 allies", "most of the 31 allies": not the signers counted
    i += _union_too(clause, i)  # "195 nations and the European Union have signed"
    words = doc[i + 1 : min(clause.end, i + 6)]
    for at, t in enumerate(words):
        if t.lower_ in ("signed", "ratified"):
            return t.lower_
        if t.lemma_ == "become" and at + 1 < len(words) and words[at + 1].lower_ in ("signatories", "signatory"):
            return "signed"  # "Twenty-eight countries ultimately became signatories" (TRT World, 21 November 2025)
        if t.lower_ not in _ACTIVE_FILLER | ADVERBS and not (member and t.lower_ in ("that", "which", "who")):
            return None
    return None


_ELIDED_CONSENTS = {("signed",): "signed", ("ratified",): "ratified", ("followed", "up", "by", "ratifying"): "ratified",
                    ("gone", "on", "to", "ratify"): "ratified"}  # fmt: skip


def _consent_of(number: Token, clause: Span) -> str | None:
    """The act a second count counts: with its noun ('and 73 countries have ratified it', active_consent) or with
    the noun elided, the first count's ('and 73 have ratified it', 'and 73 have followed up by ratifying it': the
    ratifications among the signatories counted first; ru24, January 2025)."""
    if consent := active_consent(number, clause):
        return consent
    doc = clause.doc
    words = [t.lower_ for t in doc[number.i + 1 : min(clause.end, number.i + 7)] if not t.is_space]
    if not words or words[0] not in ("have", "has", "had"):
        return None
    rest = [w for w in words[1:] if w not in _ACTIVE_FILLER]
    return next((act for seq, act in _ELIDED_CONSENTS.items() if tuple(rest[: len(seq)]) == seq), None)


def _part_of(clause: Span, number: Token) -> bool:
    """'8 of the 44 states': a part of a group the count names, not the parties; not 'one of the 191 countries that
    signed' (one_of_all), nor 'a fourth of the ...' (a share)."""
    back = clause.doc[max(clause.start, number.i - 3) : number.i]
    part = len(back) == 3 and _cardinal(back[0]) and [t.lower_ for t in back[1:]] == ["of", "the"]
    return part and not one_of_all(number)


def one_of_all(number: Token) -> bool:
    """'Canada again was one of the 191 countries that signed the agreement' (Climate Action, 13 December 2011): the
    State named is one of all those counted, so the number counts the whole group ('8 of the 44 states' counts a
    part, 'one of 12 states to ratify' the first to do so: _one_of_the_first)."""
    doc = number.doc
    before = [t.lower_ for t in doc[max(number.sent.start, number.i - 3) : number.i]]
    return before[-2:] == ["one", "of"] or before[-3:] == ["one", "of", "the"]


def _aside_of_a_treaty(clause: Span, number: Token) -> bool:
    """The count stands in an aside after the treaty's name ('this important convention, currently in force in 148
    States, ...'): what the sentence says after the aside is not about the count."""
    doc = clause.doc
    comma = next((i for i in range(number.i - 1, max(clause.start, number.i - 8) - 1, -1) if doc[i].text == ","), None)
    if comma is None or comma == clause.start:
        return False
    named = doc[comma - 1]
    return named.ent_type_ == "TREATY" or named.lower_ in GROUPS


_AGREEMENT_NOUNS = {"agreement", "treaty", "pact", "accord", "convention", "deal"}


def _agreement_among(clause: Span, number: Token) -> bool:
    """'an agreement among 198 countries', 'a 1992 treaty between 35 states', 'a pact of 12 nations': the count right
    after a treaty noun and 'among', 'between' or 'of' (a year or an adjective between)."""
    doc = clause.doc
    i = number.i - 1
    if i <= clause.start or doc[i].lower_ not in ("among", "between", "of", "amongst"):
        return False
    return any(t.lower_ in _AGREEMENT_NOUNS for t in doc[max(clause.start, i - 3) : i])


def _purpose_of_the_agreement(clause: Span, number: Token, at: int) -> set[int]:
    """'a 1992 agreement among 198 countries to support climate action': the infinitive after the counted noun tells
    what the agreement is for, not what the countries did (its words are no vote or support of theirs)."""
    doc = clause.doc
    if not _agreement_among(clause, number) or at + 1 >= clause.end or doc[at + 1].lower_ != "to":
        return set()
    return {at + 1, at + 2}


def _apposed_to(clause: Span, number: Token, named: list[Span]) -> list[Span]:
    """'The UNFCCC, a 1992 agreement among 198 countries, serves as the foundation for the Paris climate agreement':
    a count in an apposition after a treaty's name (its comma right after the name) counts that treaty's parties;
    otherwise every treaty the clause names is a candidate."""
    doc = clause.doc
    if not _agreement_among(clause, number):
        return named
    comma = next((i for i in range(number.i - 1, max(clause.start, number.i - 8) - 1, -1) if doc[i].text == ","), None)
    if comma is None or comma == clause.start:
        return named
    return [e for e in named if e.end == comma] or named


def _near(clause: Span, number: Token, at: int) -> list[Token]:
    """The words around a count, less the infinitive of an agreement's purpose right after its noun ('an agreement
    among 198 countries to support ...': no support of theirs)."""
    purpose = _purpose_of_the_agreement(clause, number, at)
    window = clause.doc[max(clause.start, number.i - 6) : min(clause.end, number.i + 7)]
    reached = _reached_count(clause, number, at)
    return [t for t in window if t.i not in purpose and t.i != reached]


_REACH = {"reached", "reach", "reaches", "reaching", "hit", "hits", "passed", "crossed"}
_THRESHOLD_NOUNS = {"ratifications", "parties", "signatories", "accessions", "instruments"}


def _reached_count(clause: Span, number: Token, at: int) -> int | None:
    """'The TPNW reached 50 ratifications on Saturday', 'reached the 50 ratifications needed for it to enter into
    force': the treaty reaching a count of its own consents is a count (the index of the verb, not read as 'an
    agreement reached by 195 countries', whose 'reached' is the negotiators' deed); None otherwise."""
    doc = clause.doc
    i = number.i - 1
    if i > clause.start and doc[i].lower_ == "the":
        i -= 1
    if i < clause.start or doc[i].lower_ not in _REACH or doc[at].lower_ not in _THRESHOLD_NOUNS:
        return None
    before = {t.lower_ for t in doc[max(clause.start, i - 3) : i]}
    if before & {"not", "never", "yet", "to", "could", "would", "may", "might", "will", "if", "once", "when"}:
        return None  # "has not yet reached", "is expected to reach", "once it reaches": no count reached
    return i


def _owners(named: list[Span], clause: Span, token: Token) -> list[Span]:
    """The treaty a count is of by its grammar: its possessor ("NATO's 31 allies"), or the antecedent of the relative
    clause it stands in (:func:`_relative_antecedent`)."""
    owner = [e for e in named if e.end == token.i - 1 and clause.doc[e.end].text in ("'s", "’s")]
    return owner or [e for e in _named_treaties(clause) if _relative_antecedent(e, token)]


def _relative_antecedent(treaty: Span, token: Token) -> bool:
    """'the Convention on Cluster Munitions, which has 111 States Parties, ...': the count stands in a relative
    clause whose antecedent is the treaty named right before its ', which' (no comma between the relative word and
    the count)."""
    doc = token.doc
    comma = treaty.end
    if comma + 1 >= token.i or doc[comma].text != "," or doc[comma + 1].lower_ not in ("which", "that"):
        return False
    return not any(t.is_punct for t in doc[comma + 2 : token.i])


def party_counts(
    clause: Span, treaty: str, dates: list[Span], in_force: dt.date | None = None, joiners: tuple[str, ...] = (),
    published: dt.date | None = None,
) -> Iterator[Claim]:  # fmt: skip
    """The party counts of a clause about ``treaty`` (``in_force``: the day the treaty entered into force;
    ``joiners``: the states the clause has read joining it; ``published``: the report's day)."""
    if told := _told_counts(clause, treaty, dates, in_force, joiners, published):
        yield from told
        return
    for token in clause:
        if not (token.like_num and token.i + 1 < clause.end) or _article_number(token):
            continue  # "Article 50 states: ...": an article's number, not a count
        last = number_end(token)  # "Fifty-three states": the number's last word
        at, its = _noun_at(last, clause)
        named_too = _named_and_others(token, clause, at)  # "the US and 187 other countries": 188 in all
        at += 1 if named_too else 0
        if at >= clause.end:
            continue
        between = _treaty_before_members(clause, at)  # "the 34 OAS member states": the treaty named counts them
        if between is None and not _counted_noun(clause, token, at):
            continue
        treaty = between or treaty
        number = number_from_words(clause.doc[token.i : last.i + 1].text)
        if number is None or number < 10 or number > _MOST_STATES or _of_another_instrument(clause, token, at):
            continue  # "more than 2,000 members of Switzerland's Senior Women for Climate Protection": no States
        if _composition_of_another(token) or _a_side_of_a_vote(clause, at):
            continue  # "a member of the Council, consisting of 47 states"; "with 14 countries against"
        number += named_too + (1 if _union_too(clause, at) else 0)  # "195 nations and the European Union": 196
        rest = [t.lower_ for t in clause.doc[token.i + 1 : clause.end]]
        other = next((i for i, w in enumerate(rest) if w in OTHER_CLAUSE), len(rest))
        rest = rest[:other]  # "the 34-member group, though ... the exit won't take effect": another clause's
        rest = rest[: rest.index(",")] if "," in rest and _aside_of_a_treaty(clause, token) else rest

        near = _near(clause, token, at) + _verb_after_the_group(clause, at)
        if any(t.lower_ in NOT_PARTY_COUNTS for t in near) or "committed" in rest[:3] or _approved(clause, token):
            continue  # "124 states are committed to it": parties and signers; "adopted by 120 countries" (not "the
            # 35-member OAS ... over the"); "adopted in 2017 with the approval of 122 countries": the adoption's vote
        if any(w in NEGATION for w in rest):  # "33 states have not joined": judged as a count of non-members
            outside = _outside(clause.doc[at + 1 : min(clause.end, at + 12)])
            if outside is not None:
                yield Claim(kind="parties_count", treaty=treaty, value=f"{number} {outside}")
                return
            continue
        if _others_than_parties(clause, token, at):
            continue
        if _one_of_the_first(clause, token, at) or _acted_that_day(clause, at) or _followers(clause, token):
            continue  # "was one of 12 states to ratify the convention" (in 1950), "18 countries ratified it on Monday",
            # "the first country to ratify the Convention, followed by 36 countries": a group, not the parties
        if _part_of(clause, token):
            continue  # "8 of the 44 states": a group the treaty names, not its parties (not "a fourth of the ...")
        lead = token.i - 1 if token.i > clause.start and clause.doc[token.i - 1].lower_ in ("a", "an") else token.i
        before = " ".join(t.lower_ for t in clause.doc[max(clause.start, lead - 2) : lead])  # "over a hundred"
        comparator: Comparator = "more_than" if _plus(token) else "exactly"  # "the 50-plus-country treaty"
        for words, value in COMPARATORS.items():
            if before.endswith(words) and not its:
                comparator = value
        named = _apposed_to(clause, token, _named_treaties(clause))  # "The UNFCCC, a 1992 agreement among 198 ..."
        owner = _owners(named, clause, token)
        if owner:  # "NATO's 31 allies"; "Unlike the Convention on Cluster Munitions, which has 111 States Parties, the
            named = owner  # Ottawa Convention has 164": the relative clause's own antecedent
            treaty = str(owner[0].ent_id_)
        before_by = [e for e in named if e.end <= token.i]
        if len(named) > 1 and before_by and _signed_by(token, clause):  # "X was signed by 160 countries,
            named = before_by[-1:]  # including all European Union countries": the subject of the passive
            treaty = str(named[0].ent_id_)
        if len({e.ent_id_ for e in named}) > 1:  # "27 EU countries are among the 125 signatories to ... the ICC": the
            # one after; not one treaty named twice ('as well as the European Union (EU)': a party in a list)
            after = [
                e
                for e in named
                if 0 < e.start - token.i <= 10 and not any(t.is_punct for t in clause.doc[token.i : e.start])
            ]
            treaty = str((after or sorted(named, key=lambda e: abs(e.start - token.i)))[0].ent_id_)
        counted = _as_of_dated(_count_value(number, token, clause, dates), clause, token, dates, published)
        if counted.endswith("signatories") and comparator != "exactly" and not _signed_by(token, clause):
            return  # "more than 50 signatories", "nearly 200 signatories": loose ('signatories' may mean the
            # parties) and bounded, it holds under either reading; no checkable count is asserted
        yield Claim(kind="parties_count", treaty=treaty, value=counted, comparator=comparator)
        yield from _second_count(clause, token, treaty)
        return


def _as_of_dated(counted: str, clause: Span, number: Token, dates: list[Span], published: dt.date | None) -> str:
    """The count with the day or month an 'as of' before it gives ('180 signatories (on 2016-09-15)', '112
    ratifications (in December 2023)'), unless already dated."""
    when = None if "(" in counted else _as_of_day(clause, number, dates, published)
    if when is None:
        return counted
    return (
        f"{counted} (on {when.start.isoformat()})" if when.precision == "day" else f"{counted} (in {when.start:%B %Y})"
    )


def _as_of_day(clause: Span, number: Token, dates: list[Span], published: dt.date | None) -> PartialDate | None:
    """'As of 15 September 2016, there are 180 signatories to the Paris Agreement' (ABC Live, 20 September 2016), 'As
    of December 2023, 124 states are committed to the convention, with 112 ratifications' (GS Times, 2025): a count
    stated 'as of' a day or a month before it is the count then, not on the report's day; None otherwise ('As of
    now', a year: too wide to count on)."""
    if published is None:
        return None
    for date in dates:
        if date.start < clause.start or date.end > number.i:
            continue
        inside = [t.lower_ for t in date[:2]]
        before = [t.lower_ for t in clause.doc[max(clause.start, date.start - 2) : date.start]]
        if _AS_OF not in (inside, before):
            continue
        when = resolve([t.text for t in date if t.lower_ not in ("as", "of", "at")], published, "past")
        if when is not None and when.precision in ("day", "month") and when.start <= published:
            return when
    return None


_AS_OF = ["as", "of"]


_MOST_STATES = 250  # no treaty has more Parties than there are States (193 UN members, a few more): a larger count
# counts people or bodies, not Parties


_JOINT = {"teamed", "team", "teams", "teaming", "partnered", "partners", "partnering", "together", "along", "forces",
          "allied", "joined", "cooperate", "cooperates", "cooperated", "cooperating", "alongside"}  # fmt: skip


def _others_than_parties(clause: Span, number: Token, at: int) -> bool:
    """'came into force after 60 countries ratified it', 'must be ratified by 50 nations': what entry into force needs;
    'The European Union teamed up with 11 countries': not its members; 'heard oral submissions from 96 states': the
    states heard at an event. Counts of states, none of them the parties."""
    return (
        _threshold_of_consents(clause, number)
        or _threshold(clause, number, at)
        or _partners(clause, number)
        or _voices_of(clause, number)
        or _increment(clause, number, at)
        or _where_counted(clause, number)
        or _mixed_consents(clause, at)
        or _deciders(clause, number)
        or _listed_with(clause, number, at)
        or _states_within(clause, number, at)
    )


_ADOPTING = {"adopted", "adoption", "negotiated", "drafted", "agreed"}
_ASSENT = {"approval", "consent", "agreement", "backing", "unanimity"}
_OVER = {"all", "the", "remaining", "other", "some", "about", "more", "than", "over", "nearly", "almost", "around"}
_CONSENT_WORDS = {"ratified", "signed", "joined", "acceded", "accepted", "approved", "ratification", "signature"}


def _deciders(clause: Span, number: Token) -> bool:
    """'after it was adopted in Paris in December last year by 195 countries', 'after its adoption by 195
    countries': the states that adopted the text (not a consent to be bound, VCLT Art. 9); 'can only be extended with
    unanimous approval from all the remaining 27 EU member states': the states whose assent a step needs. Neither
    counts the parties (no comma or consent between: not 'adopted in 1997, it has been ratified by 164')."""
    doc = clause.doc
    i = number.i - 1
    while i > clause.start and doc[i].lower_ in _OVER:
        i -= 1
    words = doc[max(clause.start, i - 9) : i]
    if doc[i].lower_ == "by":
        adopted = [t.i for t in words if t.lower_ in _ADOPTING]
        return bool(adopted) and not any(
            t.text in (",", ";") or t.lower_ in _CONSENT_WORDS for t in doc[adopted[-1] : i]
        )
    return doc[i].lower_ in ("from", "of") and any(t.lower_ in _ASSENT for t in doc[max(clause.start, i - 2) : i])


_ALONG = (["together", "with"], ["along", "with"], ["alongside"])


def _listed_with(clause: Span, number: Token, at: int) -> bool:
    """'a Contracting Party to the ECT, together with Euratom, 23 EU Member States, as well as Japan' and 'Eleven
    Member States (Germany, France, ...) and the UK ... have decided to exit' (European Parliament, 24 April 2024;
    batch 53): a group counted in a list of parties or named one by one in brackets after it, a part of the
    parties, not their count."""
    doc = clause.doc
    i = number.i  # back over the list's earlier items ('together with Euratom, 23 ...'), in the sentence
    while i > max(number.sent.start, number.i - 8) and _list_item(doc[i - 1]):
        i -= 1
    before = [t.lower_ for t in doc[max(number.sent.start, i - 2) : i]]
    if any(before[-len(words) :] == words for words in _ALONG):
        return True
    return _named_in_brackets(clause, number, at)


def _named_in_brackets(clause: Span, number: Token, at: int) -> bool:
    """'Eleven Member States (Germany, France, ..., Portugal)': as many States named in the bracket after the noun as
    the number counts, the group named one by one; not 'ratified by 125 states (including Azerbaijan, Armenia and
    Georgia)', a few of the whole."""
    doc = clause.doc
    if at + 1 < clause.end and doc[at].lower_ in ("member", "state") and doc[at + 1].lower_ in ("states", "countries"):
        at += 1  # "Eleven Member States (Germany, ...)": the bracket after the two-word noun
    if at + 2 >= clause.end or doc[at + 1].text != "(":
        return False
    close = next((t.i for t in doc[at + 2 : min(clause.end, at + 60)] if t.text == ")"), None)
    named = {e.ent_id_ for e in doc[at + 2 : close].ents if e.label_ == "STATE"} if close else set()
    value = number_from_words(doc[number.i : number_end(number).i + 1].text)
    return len(named) >= 2 and len(named) == value


def _list_item(token: Token) -> bool:
    """A comma or a name in a list of parties ('Euratom', 'the European Union')."""
    return token.text == "," or bool(token.ent_type_) or token.is_title


_WITHIN = {"states", "provinces", "regions"}
_COUNTRY_WORDS = {"country", "nation", "federation"}


def _states_within(clause: Span, number: Token, at: int) -> bool:
    """'All 10 states of the newly formed country have reported mine-related injuries' (UNMISS, 14 November 2011;
    batch 53), 'Nigeria's 36 states': the constituent states of one country, not States counted as parties."""
    doc = clause.doc
    if at >= clause.end or doc[at].lower_ not in _WITHIN:
        return False
    of = doc[at + 1 : min(clause.end, at + 6)]
    if of[:1] and of[0].lower_ == "of" and any(t.lower_ in _COUNTRY_WORDS or t.ent_type_ == "STATE" for t in of[1:]):
        return True  # "the 10 states of the newly formed country", "the 36 states of Nigeria"
    owner = doc[number.i - 2] if number.i - 2 >= clause.start else None
    return owner is not None and doc[number.i - 1].text in ("'s", "’s") and owner.ent_type_ == "STATE"


def _increment(clause: Span, number: Token, at: int) -> bool:
    """'Another 17 states deposited their ratification instruments', 'a further 12 countries', 'seven more
    countries have signed it': the states added on a day, not the count they bring the treaty to."""
    doc = clause.doc
    before = [t.lower_ for t in doc[max(clause.start, number.i - 2) : number.i]]
    if before[-1:] in (["another"], ["further"], ["additional"]) or before[-2:] == ["a", "further"]:
        return True
    return number.i + 1 < clause.end and doc[number.i + 1].lower_ in ("more", "additional", "new", "further")


_SUBSET = {"including", "includes", "include", "included", "among", "of", "amongst"}


def _where_counted(clause: Span, number: Token) -> bool:
    """'New casualties were recorded in 49 states in 2022, including 38 States Parties to the Mine Ban Treaty': the
    states where something happened ('in 49 states'; not 'in force in 148 States', the parties it binds), the
    Parties among them ('including 38 States Parties') and the whole a count is a part of ('97 states have signed
    ..., out of 193 members of the United Nations'): a statistic's places and parts, not the count of the treaty's
    Parties."""
    doc = clause.doc
    before = [t.lower_ for t in doc[max(clause.start, number.i - 3) : number.i]]
    if before[-1:] == ["including"] or before[-2:] == ["out", "of"]:
        return True  # "..., out of 193 members of the United Nations": the whole the count is a part of
    return before[-1:] == ["in"] and "force" not in before and "effect" not in before


_CONSENT_VERBS = {"ratified", "acceded", "accepted", "approved", "joined"}


def _mixed_consents(clause: Span, at: int) -> bool:
    """'97 states have now signed, ratified or acceded to the 2017 treaty': signatories and parties together, a
    count of neither (a signature alone binds no State: VCLT Arts. 14-16)."""
    window = list(clause.doc[at + 1 : min(clause.end, at + 9)])
    after = {t.lower_ for t in window}
    if not ("signed" in after and bool(after & _CONSENT_VERBS)):
        return False
    verbs = [i for i, t in enumerate(window) if t.lower_ == "signed" or t.lower_ in _CONSENT_VERBS]
    return not any(t.like_num for t in window[verbs[0] : verbs[-1]])  # not "86 States have signed and 59 States
    # have ratified": two counts, each with its own act (active_consent, _second_count)


def _partners(clause: Span, number: Token) -> bool:
    """'The European Union teamed up with 11 countries in announcing ...', 'joined forces with 20 nations', 'together
    with 40 states', 'alongside 12 countries': the states an organisation acts with, outside it, not its members."""
    doc = clause.doc
    before = [t.lower_ for t in doc[max(clause.start, number.i - 4) : number.i]]
    if before[-1:] == ["alongside"]:
        return True
    return before[-1:] == ["with"] and any(w in _JOINT for w in before[:-1])


_VOICES = {"submission", "submissions", "statement", "statements", "comment", "comments", "observation",
           "observations", "delegate", "delegates", "delegation", "delegations", "representative", "representatives",
           "leader", "leaders", "minister", "ministers", "official", "officials", "envoy", "envoys", "diplomat",
           "diplomats", "negotiator", "negotiators", "expert", "experts", "speaker", "speakers"}  # fmt: skip


def _voices_of(clause: Span, number: Token) -> bool:
    """'oral submissions from 96 states', 'Representatives of 150 countries', 'statements by 91 states', 'leaders
    from 40 nations': the states heard or represented at an event (a court's hearing, a conference), not a treaty's
    parties (the words right before the number: a noun of speech or of persons, then 'from', 'of', 'by' or
    'representing', over a comparator: 'delegates representing more than 80 countries')."""
    doc = clause.doc
    before = [t.lower_ for t in doc[max(clause.start, number.i - 5) : number.i]]
    while before[-1:] and before[-1] in ("more", "than", "over", "some", "about", "around", "nearly", "almost"):
        before = before[:-1]  # "600 delegates representing more than 80 countries": over the comparator
    if before[-1:] not in (["from"], ["of"], ["by"], ["representing"], ["represent"]):
        return False
    return any(w in _VOICES for w in before[:-1])


_NEEDING = {"required", "requires", "require", "requiring", "needed", "needs", "need", "necessary", "minimum",
            "must", "threshold"}  # fmt: skip


_WHEN_ENOUGH = {"which", "when", "once", "after", "until", "upon"}


def _threshold(clause: Span, number: Token, at: int) -> bool:
    """'it must be ratified by 50 nations', 'the required 60 ratifications', 'needs 40 ratifications', 'A total of 50
    countries are required to do so for the pact ... to enter into force': the number of consents a treaty's entry into
    force requires (TPNW Art. 15(1): the fiftieth instrument), not the States bound by it (one it waited for:
    _threshold_of_consents). Only the words right before the number ('must be ratified by', 'the required') or right
    after its noun ('are required', 'needed')."""
    doc = clause.doc
    if _reached_count(clause, number, at) is not None:
        return False  # "reached the 50 ratifications needed for it to enter into force": the threshold met, a count
    before = [t.lower_ for t in doc[max(clause.start, number.i - 6) : number.i]]
    if before[-2:] in (["at", "least"], ["no", "fewer"], ["not", "less"]):
        before = before[:-2]  # "requires approval by at least fifteen member states": the least the rule needs
        if any(w in _WHEN_ENOUGH for w in before[-3:]):
            return True  # "on the thirtieth day after the date on which at least 55 Parties ... have deposited"
    if before[-1:] in (["by"], ["of"]):
        before = before[:-1]  # "must be ratified by 50", "a minimum of 40"
    if any(w in _NEEDING for w in before[-3:]):
        return True
    after = [t.lower_ for t in doc[at + 1 : min(clause.end, at + 3)]]
    return after[:1] in (["required"], ["needed"], ["necessary"]) or after in (["are", "required"], ["are", "needed"])


_NUMBER_CHANGED = cued(
    r"\bthe\s+number\s+of\s+(?:ratifying\s+|member\s+|contracting\s+)?(?:states?(?:\s+parties)?|countries|parties|"
    r"members|nations|ratifications)\b[^.;]{0,80}?\b(?:(?:(?:has|have|had)\s+(?:now\s+)?(?:decreased|fallen|dropped|"
    r"declined|risen|increased|grown|climbed|gone\s+up|gone\s+down)|(?:now\s+)?(?:decreased|fell|dropped|declined|rose|"
    r"increased|grew|climbed|went\s+(?:up|down)|(?:goes|go)\s+(?:up|down)|rises|increases|grows|climbs))\s*\(?\s*"
    r"(?:from\s+\d{2,3}\s+)?to|(?:has\s+|had\s+|have\s+)?(?:now\s+)?(?:reached|reaches))\s+(?P<n>\d{2,3})\b",
    re.IGNORECASE,
)


_BROUGHT_TO = cued(
    r"\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed|lifting|lifts)\s+"
    r"(?:the|its)\s+(?:total\s+)?number\s+of\s+(?P<noun>(?:[a-z-]+\s+){0,2}?(?:states?(?:\s+parties)?|countries|"
    r"parties|members|nations|ratifications|signatories|signatures|instruments))\s+to\s+(?P<n>\d{2,3})\b",
    re.IGNORECASE,
)


def _brought_to(clause: Span, treaty: str) -> Claim | None:
    """'..., bringing the total number of states parties to 53', 'bringing the total number of ratifying states to
    166': the count the day's consents brought the treaty to (ratifications, signatories or parties, as the words say;
    not a bare 'bringing the total to 49', read nowhere: tests/reading/test_precision_three.py)."""
    match = _BROUGHT_TO.search(text_of(clause))
    if match is None:
        return None  # "taking its case to 12 ...": no count
    number, noun = match.group("n"), match.group("noun").lower()
    if "signat" in noun:
        return Claim(kind="parties_count", treaty=treaty, value=f"{number} signatories")
    if "ratif" in noun or "instrument" in noun:
        return Claim(kind="parties_count", treaty=treaty, value=f"{number} ratifications")
    return Claim(kind="parties_count", treaty=treaty, value=number)


_CONSENT_DONE = r"signed|ratified|followed\s+up\s+by\s+ratifying|gone\s+on\s+to\s+ratify"
_OUT_OF = cued(
    r"\bout\s+of\s+(?:a\s+total\s+(?:listed\s+)?(?:number\s+)?of\s+|the\s+)?\d{2,3}\s+(?:eligible\s+|UN\s+member\s+)?"
    r"(?:states|countries|nations)\b"
    r"[^.;]*?\b(?P<a>\d{2,3})\s+(?:have|had)\s+(?:(?:so\s+far|now|already|also)\s+)*(?P<va>" + _CONSENT_DONE + r")\b"
    r"(?:[^.;]*?\band\s+(?P<b>\d{2,3})\s+(?:have|had)\s+(?:(?:so\s+far|now|already|also)\s+)*(?P<vb>"
    + _CONSENT_DONE
    + r")\b)?",
    re.IGNORECASE,
)


def _told_counts(
    clause: Span, treaty: str, dates: list[Span], in_force: dt.date | None, joiners: tuple[str, ...],
    published: dt.date | None,
) -> list[Claim]:  # fmt: skip
    """Counts told by their phrasing: 'Out of ... 195 States, 183 have so far signed', 'the 117th member', 'the
    number of ratifying countries ... has decreased (to 123)', 'bringing the total number of states parties to 53'."""
    if out_of := _out_of(clause, treaty):
        return out_of
    ordinal = _ordinal_member(clause, treaty, dates, in_force, joiners, published) or _changed_to(clause, treaty)
    return [ordinal] if ordinal is not None else []


def _out_of(clause: Span, treaty: str) -> list[Claim]:
    """'Out of a total listed number of 195 States, 183 have so far signed the CTBT and 161 have ratified it': the
    counts of the States that signed and ratified, their noun elided; the States they are counted out of are no
    count of parties (UN News, 2013)."""
    match = _OUT_OF.search(text_of(clause.sent))
    if match is None:
        return []
    counts = [(match.group("a"), match.group("va"))]
    counts += [(match.group("b"), match.group("vb"))] if match.group("b") else []
    ratified = max((int(n) for n, v in counts if v.lower() != "signed"), default=0)
    counts = [(n, v) for n, v in counts if v.lower() != "signed" or int(n) >= ratified]  # "74 have ratified and 25
    # have signed": fewer signers than ratifiers are those that have signed only, not all the signatories
    return [
        Claim(
            kind="parties_count",
            treaty=treaty,
            value=f"{n} {'signatories' if v.lower() == 'signed' else 'ratifications'}",
        )
        for n, v in counts
    ]


def counted_out_of(clause: Span) -> bool:
    """'A total of 99 out of the 197 eligible states have taken legal action - 74 have ratified and 25 have signed'
    (CCNS, 1 October 2025, after a sentence naming the TPNW): counts of signers and ratifiers out of the States that
    may join, their treaty left out, the one the article last named."""
    return _OUT_OF.search(text_of(clause.sent)) is not None


def _changed_to(clause: Span, treaty: str) -> Claim | None:
    """The count a number came to: 'has decreased (to 123)', 'bringing the total number of states parties to 53'."""
    return _number_changed(clause, treaty) or _brought_to(clause, treaty)


def _number_changed(clause: Span, treaty: str) -> Claim | None:
    """'the number of ratifying countries (which had stood at 124), has decreased (to 123)', 'the number of
    states parties has risen from 123 to 124': the count the number came to (the parties, or the ratifications
    not withdrawn: the same after entry into force)."""
    match = _NUMBER_CHANGED.search(text_of(clause))
    return Claim(kind="parties_count", treaty=treaty, value=match.group("n")) if match else None


def _named_treaties(clause: Span) -> list[Span]:
    """The treaties a clause names that a count may be of: not a signer ('signed ... by the EU and ...') nor an
    organisation named for its members or organs ('not an EU body, ... its 46 member states'), unless it names no
    other."""
    named = [e for e in clause.ents if e.label_ == "TREATY"]
    named = [e for e in named if not signing_agent(e)]  # "197 countries in addition to the European Union": the EU
    # one party among the counted, never the treaty whose parties they are
    return [e for e in named if not modifies_a_group(e, clause)] or named


_ADOPTION = {"adopted", "adoption", "assembly", "conference"}


def _approved(clause: Span, number: Token) -> bool:
    """'with the approval of 122 countries', 'approved by 122 nations at the General Assembly': the states that
    voted for the text when it was adopted (the sentence tells the adoption), not those bound by it."""
    doc = clause.doc
    words = [t.lower_ for t in doc[max(clause.start, number.i - 3) : number.i]]
    approved = words[-2:] in (["approval", "of"], ["approved", "by"]) or words[-3:] in (
        ["approval", "of", "some"], ["approved", "by", "some"], ["approval", "of", "over"], ["approved", "by", "over"]
    )  # fmt: skip
    return approved and any(t.lower_ in _ADOPTION for t in number.sent)


_CONSENT_DEEDS = {"ratified", "signed", "joined", "acceded", "deposited", "approved"}
_DAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday"}


def _followers(clause: Span, number: Token) -> bool:
    """'Turkey was the first country to ratify the Convention, followed by 36 countries from 2013 to 2022': those
    that followed the first, not all the parties."""
    doc = clause.doc
    return number.i >= clause.start + 2 and [t.lower_ for t in doc[number.i - 2 : number.i]] == ["followed", "by"]


def _verb_after_the_group(clause: Span, at: int) -> list[Token]:
    """The word after the counted noun and its treaty ('Forty-three States Parties to the Rome Statute referred the
    situation'): what the group did, past the window of words around the number."""
    doc = clause.doc
    i = at + 1
    while i < min(clause.end, at + 3) and doc[i].lower_ in ("parties", "party", "states", "members", "member"):
        i += 1
    if i < clause.end and doc[i].lower_ in ("to", "of"):  # "States Parties to the Rome Statute referred"; not
        # "an agreement among 198 countries to support climate action" (its purpose, _purpose_of_the_agreement)
        j = i + 1 + (i + 1 < clause.end and doc[i + 1].lower_ == "the")
        if j >= clause.end or doc[j].ent_type_ != "TREATY":
            return []
        i = j
        while i < clause.end and doc[i].ent_type_ == "TREATY":
            i += 1
    return [doc[i]] if i < clause.end else []


def _acted_that_day(clause: Span, at: int) -> bool:
    """'Eighteen countries ratified the High Seas Treaty on Monday, bringing the total to 49': the states that
    ratified (signed, joined) on one day, not the treaty's parties."""
    doc = clause.doc
    if at + 1 >= clause.end or doc[at + 1].lower_ not in _CONSENT_DEEDS:
        return False
    return any(t.lower_ in _DAYS for t in doc[at + 2 : clause.end])


_FRACTION = re.compile(r"\d+(?:st|nd|rd|th)|first|second|third|half|quarter|[a-z]+th")


def _cardinal(token: Token) -> bool:
    """'8', 'eight': a number that counts (not 'fourth', 'a third', 'half': a share)."""
    return token.like_num and not _FRACTION.fullmatch(token.lower_)


def _one_of_the_first(clause: Span, number: Token, at: int) -> bool:
    """'one of 12 states to ratify', 'one of the 50 countries to sign': a member of the group that first did so (a
    deed of its own time), not the treaty's parties now."""
    doc = clause.doc
    before = [t.lower_ for t in doc[max(clause.start, number.i - 3) : number.i]]
    one_of = before[-2:] == ["one", "of"] or before[-3:] in (["one", "of", "the"], ["among", "the", "first"])
    parties_to = doc[at].lower_ in ("parties", "signatories")  # "one of 164 parties to the convention": the parties
    return one_of and at + 1 < clause.end and doc[at + 1].lower_ == "to" and not parties_to


_BODY_NOUNS = {"body", "bodies", "agency", "agencies", "organ", "organs", "court", "system", "family", "member",
               "members", "organisation", "organization", "secretariat", "council", "assembly"}  # fmt: skip


def body_count(clause: Span, organisations: dict[str, str]) -> Claim | None:
    """'the 47-nation Council of Europe', 'the 55-member African Union': a count as a compound adjective before the
    name of an organisation a treaty founds (its members are that treaty's parties: the Statute of the Council of
    Europe's). Only a name the rulebook knows: 'the 15-member Council' and 'the 54-member Commonwealth' are not."""
    doc = clause.doc
    if (parenthesised := _count_in_brackets(clause, organisations)) is not None:
        return parenthesised
    for token in clause:
        if not token.like_num or token.i + 3 >= clause.end or doc[token.i + 1].text != "-":
            continue
        if doc[token.i + 2].lower_ not in ("nation", "member", "country", "state"):
            continue
        after = doc[token.i + 3 : clause.end].text
        body = next((n for n in organisations if after.startswith(n) and not after[len(n) : len(n) + 1].isalnum()),
                    None)  # fmt: skip
        number = number_from_words(token.text)
        if body is None or number is None or number < 2:
            continue
        following = [re.split(r"['’]", w)[0] for w in after[len(body) :].split()[:1]]  # "UN agency’s" (IANS, 2011)
        if following and (following[0][:1].isupper() or following[0].lower() in _BODY_NOUNS):
            continue  # "The 192-member UN body", "the 193-member UN General Assembly": another body of it
        return Claim(kind="parties_count", treaty=organisations[body], value=str(number))
    return None


_MEMBER_NOUNS = {"member", "members", "states", "nations", "countries"}


def _count_in_brackets(clause: Span, organisations: dict[str, str]) -> Claim | None:
    """'the Council of Europe (47 Member States)' (ObiterJ, 2015): a count in brackets right after the name of an
    organisation a treaty founds is that organisation's members, not the parties of a treaty named before it ('the
    European Convention on Human Rights operates under the aegis of the Council of Europe (47 Member States)')."""
    doc = clause.doc
    for token in clause:
        if not token.like_num or token.i < clause.start + 2 or doc[token.i - 1].text != "(":
            continue
        words = [t.lower_ for t in doc[token.i + 1 : min(token.i + 4, clause.end)]]
        if not words or words[0] not in _MEMBER_NOUNS or ")" not in words:
            continue
        before = doc[clause.start : token.i - 1].text
        body = next((n for n in organisations if before.endswith(n)), None)
        number = number_from_words(token.text)
        if body is not None and number is not None and number >= 2:
            return Claim(kind="parties_count", treaty=organisations[body], value=str(number))
    return None


_UNION = (["and", "the", "european", "union"], ["and", "the", "eu"], ["plus", "the", "european", "union"],
          ["plus", "the", "eu"])  # fmt: skip
_STATES_COUNTED = {"countries", "states", "nations"}


def _union_too(clause: Span, at: int) -> int:
    """'195 nations and the European Union have signed the Agreement', '174 States and the EU signed': the Union
    counted with the States, one signatory or party more (a regional economic integration organisation may be one:
    UNFCCC Art. 22, Paris Art. 20); how many words say so after the count's noun at ``at`` (0: none)."""
    doc = clause.doc
    if doc[at].lower_ not in _STATES_COUNTED:
        return 0  # "189 parties and the EU has joined it": the parties counted, the Union apart
    for words in _UNION:
        end = at + 1 + len(words)
        if end <= clause.end and [t.lower_ for t in doc[at + 1 : end]] == words:
            return len(words)
    return 0


def _named_and_others(number: Token, clause: Span, at: int) -> int:
    """'commits the US and 187 other countries', 'France, Germany and 25 other states': the states named before 'and'
    are counted with the others (how many are named; 0 when the count is not 'N other <states>' after a list)."""
    doc = clause.doc
    if doc[at].lower_ != "other" or at + 1 >= clause.end or doc[at + 1].lower_ not in COUNT_NOUNS:
        return 0
    if number.i < 2 or doc[number.i - 1].lower_ != "and":
        return 0
    if any(t.lower_ in SIGNING_VERBS for t in doc[at : clause.end]):
        return 0  # "France, Germany and 25 other countries signed it": the signers of a day, not the parties
    states = [e for e in clause.ents if e.label_ in ("STATE", "CAPITAL") and e.end <= number.i - 1]
    named, end = 0, number.i - 1
    for ent in reversed(states):
        if any(t.text != "," and t.lower_ not in ("and", "the") for t in doc[ent.end : end]):
            break
        named, end = named + 1, ent.start
    return named


def _second_count(clause: Span, first: Token, treaty: str) -> Iterator[Claim]:
    """'signed by 187 countries and ratified by 178': a second passive count joined by 'and', its noun elided (the
    first's), counts the other consent: the ratifications (instruments deposited) after the signatures, or back."""
    doc = clause.doc
    active = active_consent(first, clause)
    named = sum(len(e) - 1 for e in clause.ents if e.label_ == "TREATY" and first.i < e.start < first.i + 10)
    for i in range(first.i + 1, min(clause.end - 3, first.i + 10 + named)):  # "... signed the Treaty on the
        # Prohibition of Nuclear Weapons and 73 have ratified it": the name counts as one word
        words = [t.lower_ for t in doc[i : i + 3]]
        other = _consent_of(doc[i + 1], clause) if active and words[0] == "and" and doc[i + 1].like_num else None
        if other not in (None, active):  # "93 countries have signed the TPNW, and 73 countries have ratified it",
            # "94 nations have signed the treaty and 73 have followed up by ratifying it": the other act, its own count
            number = number_from_words(doc[i + 1].text)
            if number is None or number < 10:
                return
            yield Claim(
                kind="parties_count",
                treaty=treaty,
                value=f"{number} {'signatories' if other == 'signed' else 'ratifications'}",
            )
            return
        if i >= first.i + 6:
            continue
        at, comparator = _compared(clause, i + 3)  # "and ratified by more than 120" (Meduza, 3 October 2023)
        if words[0] == "and" and words[1] in ("ratified", "signed") and words[2] == "by" and at is not None:
            number = number_from_words(doc[at].text)
            if number is None or number < 10 or (at + 1 < clause.end and doc[at + 1].lower_ in ("per", "percent", "%")):
                return
            value = f"{number} signatories" if words[1] == "signed" else f"{number} ratifications"
            yield Claim(kind="parties_count", treaty=treaty, value=value, comparator=comparator)
            return


def _compared(clause: Span, at: int) -> tuple[int | None, Comparator]:
    """The number at ``at``, or after a comparator there ('more than 120', 'over 120'), and the comparator; None
    where no number follows."""
    doc = clause.doc
    for size in (2, 1):
        words = " ".join(t.lower_ for t in doc[at : min(clause.end, at + size)])
        if words in COMPARATORS and at + size < clause.end and doc[at + size].like_num:
            return at + size, COMPARATORS[words]
    return (at, "exactly") if at < clause.end and doc[at].like_num else (None, "exactly")


_CHAMBERS = PARLIAMENTS | {"parliaments", "house", "chamber"}


def _of_a_parliament(clause: Span, at: int) -> bool:
    """'Of the 346 members of parliament who cast their votes', 'members of the Turkish parliament': a chamber's
    members, not states."""
    doc = clause.doc
    if doc[at].lower_ not in ("members", "member") or at + 1 >= clause.end or doc[at + 1].lower_ != "of":
        return False
    return any(t.lower_ in _CHAMBERS for t in doc[at + 2 : min(at + 6, clause.end)])


def _counted_noun(clause: Span, number: Token, at: int) -> bool:
    """The word after the number names what a party count counts: 'states', 'members', 'the 34-nation Open Skies
    Treaty', 'the 34-member group' (not 'the 15-member Council'), '35 member states'."""
    doc = clause.doc
    noun = doc[at]
    compound = (  # "the 34-nation Open Skies Treaty", "the 34-member group", "the 15-member body" (the treaty the
        # clause refers to by that noun), "the 50-plus-country treaty"; not "the 15-member Council"
        at == number.i + (4 if _plus(number) else 2)
        and noun.lower_ in ("nation", "country", "state", "member", "party")
        and at + 1 < clause.end
        and (
            doc[at + 1].ent_type_ == "TREATY"
            or doc[at + 1].lower_ in GROUPS | {"body"}
            or _described_instrument(clause, at + 1)
        )
    ) and not _of_another_body(number)  # "from the Commonwealth, the 54-member grouping": a body the rulebook lacks
    if _of_a_parliament(clause, at):
        return False  # "Of the 346 members of parliament who cast their votes": a parliament's members
    return (
        noun.lower_ in COUNT_NOUNS
        or compound
        or _treaty_members(clause, at)
        or (
            noun.lower_ in ("member", "state", "signatory", "contracting", "party")
            and at + 1 < clause.end
            and doc[at + 1].lower_ in ("states", "countries", "nations", "parties", "governments")
        )
    )


_INSTRUMENT_NOUNS = {"treaty", "pact", "accord", "agreement", "convention"}


def _described_instrument(clause: Span, start: int) -> bool:
    """'the 187-nation arms-control pact', 'the 191-member nuclear treaty': a few lower-case words describing the
    instrument, then its noun (the treaty the clause refers to by it), not a name ('the 15-member Security Council')."""
    doc = clause.doc
    for token in doc[start : min(start + 5, clause.end)]:
        if token.lower_ in _INSTRUMENT_NOUNS:
            return token.i > start
        if token.ent_type_ or not (token.text in ("-", "–") or (token.is_alpha and token.is_lower)):
            return False
    return False


def counted_by_it(clause: Span) -> bool:
    """'It has been ratified by 101 countries', 'It was signed by 164 states': the pronoun opening the clause is
    the treaty the count is of (the one the article last named), the passive's agent the count; so too a second
    predicate of the pronoun ('It was open for signing in June 2013 and has been signed by 118 countries', MVEP, 2
    April 2014) and its membership ('It has a membership of 174 countries', TVNZ, 1 July 2012)."""
    words = [t.lower_ for t in clause[:16]]
    if words[:1] != ["it"]:
        return False
    if _membership_of(words[1:]):
        return True
    if "by" not in words[:6] and not ("and" in words and "by" in words[words.index("and") :]):
        return False
    by = words.index("by") if "by" in words[:6] else words.index("by", words.index("and"))
    start = 1 if "by" in words[:6] else words.index("and") + 1
    verb = words[start:by]
    if start > 1 and any(t.is_punct or t.ent_type_ for t in clause[1 : start - 1]):
        return False  # "It ..., Russia and China ... ": another subject, or an aside, before the second predicate
    return bool(verb) and verb[-1] in _COUNTED_BY and all(w in _AUXILIARIES for w in verb[:-1])


def _membership_of(words: list[str]) -> bool:
    """'has a membership of', 'currently has a membership of' (the count follows)."""
    while words and words[0] in _AUXILIARIES | {"currently", "still", "today"}:
        words = words[1:]
    return words[:3] == ["a", "membership", "of"] and len(words) > 3


_COUNTED_BY = {"ratified", "signed", "joined", "accepted", "approved"}


def counted_with_object_left_out(clause: Span) -> bool:
    """'Twenty-eight countries ultimately became signatories.' (TRT World, 21 November 2025, after sentences on the
    CFE Treaty), 'So far 120 states have ratified.': a count of signers or ratifiers whose treaty is left out, the
    one the article last named. Only a count opening the clause, its consent verb, and nothing after but adverbs
    ('so far', 'to date'): 'fifty countries signed a declaration' names its own instrument."""
    words = [t for t in clause if not t.is_punct]
    while words and (words[0].lower_ in _ACTIVE_FILLER | ADVERBS or words[0].lower_ in ("to", "date")):
        words = words[1:]
    if not words or not words[0].like_num:
        return False
    number = number_end(words[0])
    if active_consent(words[0], clause) is None:
        return False
    rest = [t.lower_ for t in clause.doc[number.i + 2 : clause.end] if not t.is_punct]
    while rest and rest[0] in _ACTIVE_FILLER | ADVERBS:
        rest = rest[1:]
    rest = rest[2:] if rest[:1] in (["became"], ["become"]) else rest[1:]  # the verb (and 'signatories')
    return all(w in _ACTIVE_FILLER | ADVERBS | {"to", "date"} for w in rest)


_AUXILIARIES = {"has", "have", "had", "been", "was", "is", "now", "since", "already", "so", "far"}


def _of_a_foreign_instrument(clause: Span, number: Token) -> bool:
    """'ECOWAS ..., especially the Cotonou Agreement, a package signed between the EC and 77 countries': the count
    follows an instrument the rulebook lacks, named after the clause's treaty, and is that instrument's."""
    for token in reversed(clause.doc[clause.start : number.i]):
        if token.ent_type_ == "TREATY":
            return False
        if foreign_instrument(token):
            return True
    return False


def _of_another_instrument(clause: Span, number: Token, at: int) -> bool:
    """The count is of an instrument the rulebook lacks: named before it, or the one its Parties are Parties 'to'."""
    return _of_a_foreign_instrument(clause, number) or _parties_to_unknown(clause, at)


def _parties_to_unknown(clause: Span, at: int) -> bool:
    """'There are 196 States Parties to the IHR: all 194 WHO Member States plus ...': the Parties counted are those
    'to' (or 'of') a name that is no treaty, State or generic treaty noun the rulebook knows (an acronym or a
    capitalised name it lacks); they are that instrument's Parties, not of the treaty the clause names elsewhere.
    Not 'Parties to the Convention' (the article's treaty), nor 'Parties to the Rome Statute' (a name it holds)."""
    doc = clause.doc
    i = at
    while i < min(clause.end, at + 2) and doc[i].lower_ not in ("parties", "party"):
        i += 1
    if i >= clause.end - 1 or doc[i].lower_ not in ("parties", "party") or doc[i + 1].lower_ not in ("to", "of"):
        return False
    j = i + 2
    if j < clause.end and doc[j].lower_ == "the":
        j += 1
    if j >= clause.end:
        return False
    name = doc[j]
    if name.ent_type_ or name.lower_ in GENERIC_TREATY or not name.is_alpha:
        return False
    return (name.is_upper and len(name) >= 2) or (name.is_title and not name.is_sent_start)


def _treaty_members(clause: Span, at: int) -> bool:
    """'the 184 UN treaty members', 'its 164 convention parties': the members of a treaty (a generic treaty noun,
    after at most one qualifier), not of a body ('the 193 UN member states' count the UN's members)."""
    doc = clause.doc
    for i in (at, at + 1):
        if i + 1 < clause.end and doc[i].lower_ in _TREATY_WORDS and doc[i + 1].lower_ in ("members", "parties"):
            return i == at or not doc[at].is_lower  # "UN treaty members", not "the 60 old treaty members"
    return False


_TREATY_WORDS = {"treaty", "convention", "protocol", "agreement", "statute", "covenant"}


def _treaty_before_members(clause: Span, at: int) -> str | None:
    """'the 34 OAS member states', 'the 46 Council of Europe members': a treaty's name between the number and the
    members it counts; the treaty's id."""
    doc = clause.doc
    ent = next((e for e in clause.ents if e.start == at and e.label_ == "TREATY"), None)
    if ent is None or ent.end >= clause.end:
        return None
    following = [t.lower_ for t in doc[ent.end : min(clause.end, ent.end + 2)]]
    members = following[:1] in (["members"], ["parties"]) or (
        following[:1] in (["member"], ["state"]) and following[1:] in (["states"], ["countries"], ["parties"])
    )
    return str(ent.ent_id_) if members else None


def _article_number(number: Token) -> bool:
    """'Article 50 states: ...': the number of an article or section, not a count."""
    return number.i > 0 and number.doc[number.i - 1].lower_ in ("article", "art.", "art", "articles", "section")


def _noun_at(number: Token, clause: Span) -> tuple[int, bool]:
    """Where the counted noun stands ('34-nations': after the hyphen), and whether it follows 'of its' ('has
    jurisdiction over 124 of its members': the body's members, counted; 'over' there names its reach, no bound)."""
    doc = clause.doc
    at = number.i + 2 if doc[number.i + 1].text == "-" else number.i + 1
    at += 2 if _plus(number) else 0  # "the 50-plus-country treaty": the noun after 'plus'
    if at + 3 < clause.end and doc[at + 1].text == "-" and doc[at + 2].lower_.endswith("ing"):
        at += 3  # "the bloc of 15 oil-producing countries": a hyphenated modifier before the counted noun
    if at + 1 < clause.end and doc[at].lower_ == "remaining":
        at += 1  # "its 27 remaining members": those left after an exit, the count of the day
    its = at + 2 < clause.end and [t.lower_ for t in doc[at : at + 2]] in (["of", "its"], ["of", "their"])
    its = its and number.i > clause.start and doc[number.i - 1].lower_ in ("over", "with", "has", "have")
    return (at + 2, True) if its else (at, False)


def _threshold_of_consents(clause: Span, number: Token) -> bool:
    """'came into force after 60 countries ratified it', 'after ratification by 60 countries', 'upon the ratification
    of 40 states': the consents a treaty's entry into force waited for, a threshold, not the parties of a day."""
    if number.i > clause.start and clause.doc[number.i - 1].lower_ in ("after", "once", "until", "before"):
        return True
    if _required_to_consent(clause, number):
        return True  # "It listed 44 countries that had to ratify the treaty in order for it to come into force"
    before = [t.lower_ for t in clause.doc[max(clause.start, number.i - 4) : number.i]]
    return (
        bool(before)
        and before[-1] in ("by", "of")
        and any(w in ("ratification", "ratifications", "accession", "accessions") for w in before)
        and any(w in ("after", "upon", "once", "following") for w in before)
    )


_NECESSITY = {"must", "had", "have", "has", "need", "needs", "needed", "required", "obliged"}


def _required_to_consent(clause: Span, number: Token) -> bool:
    """'44 countries that had to ratify the treaty in order for it to come into force', '44 states which must ratify
    it': the states whose consent a treaty needs (CTBT Art. XIV and Annex 2), named by a relative of necessity after
    the count; they are not its Parties, and their number is no count of consents given."""
    doc = clause.doc
    words = [t.lower_ for t in doc[number.i + 1 : min(clause.end, number.i + 9)]]
    rel = next((i for i, w in enumerate(words[:4]) if w in ("that", "which", "who")), None)
    if rel is None:
        return False
    rest = words[rel + 1 : rel + 5]
    need = next((i for i, w in enumerate(rest) if w in _NECESSITY), None)
    return need is not None and any(w in CONSENT_LEMMAS for w in rest[need + 1 : need + 4])


def _plus(number: Token) -> bool:
    """'50-plus-country': a count with 'plus' joined by hyphens, more than the number."""
    doc = number.doc
    words = [t.text.lower() for t in doc[number.i + 1 : min(len(doc), number.i + 4)]]
    return words == ["-", "plus", "-"]


_COMPOSED = ("consisting of", "composed of", "comprised of", "made up of", "comprising")


def _composition_of_another(number: Token) -> bool:
    """'Turkey is a member of the Council, consisting of 47 states, and ... it is obligated to abide by ECtHR
    judgements' (ANF, 2 December 2021): the states that a body named right before the comma consists of, by a
    capitalised noun that is no treaty's name ('the Council' of the Council of Europe), are that body's members, not
    the Parties of the treaty the clause names elsewhere; 'NATO, consisting of 32 members' is NATO's."""
    doc = number.doc
    i = number.i - 1
    while i > max(0, number.i - 12) and doc[i].text != "," and doc[i].ent_type_ != "TREATY":
        i -= 1  # "made up of over 2,500 groups and more than 40 states": what the body is made of, listed
    words = " ".join(t.lower_ for t in doc[i + 1 : number.i])
    if doc[i].text != "," or i < 1 or not words.startswith(_COMPOSED):
        return False
    body = doc[i - 1]
    return body.is_title and body.is_alpha and not body.ent_type_


def _of_another_body(number: Token) -> bool:
    """', the 54-member grouping' in apposition to a name the rulebook does not know ('the Commonwealth'): that
    body's count, not the treaty's ('The OAS, the 35-member group' is the treaty's own)."""
    doc = number.doc
    i = number.i - 1
    if i < 2 or doc[i].lower_ != "the" or doc[i - 1].text != ",":
        return False
    named = doc[i - 2]
    return named.is_title and named.is_alpha and not named.ent_type_
