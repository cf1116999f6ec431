"""Parliamentary votes: tallies ('voted 142 to 21', '98 in favour, two against'), shares ('103 of 141') and
the majority required ('at least 86 out of 141 members').
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Span, Token

from app.numbers import number_from_words
from app.reading.context import Context
from app.reading.pipeline import Reading
from app.reading.vocabulary import BODIES, LEGISLATION, PARLIAMENTS, REQUIRED, ROLES, TALLY_WORDS, VOTERS
from app.reading.words import body_state, governed, hyphened_number, mentions_withdrawal, number_end
from schemas.checks import Claim


def vote_claims(reading: Reading, clause: Span, treaty: str, actors: list[Span], context: Context) -> Iterator[Claim]:
    """A tally is the state's whose parliament voted: named in the clause ('Latvia's withdrawal', 'the
    Seimas'), else the parliament the article last named, else the state it speaks of."""
    needed = _required(clause)
    tally = None if needed else _tally(clause)
    if not needed and tally is None:
        return  # no majority required, no tally: nothing to read (the most clauses, the cheap tests first)
    about_something = any(
        t.lower_ == "of" and t.i > 0 and t.nbor(-1).lower_ in ("favour", "favor") for t in clause
    )  # "19 voted in favor of the initiative": a vote on something named, not on a law or the withdrawal
    if about_something and not (
        mentions_withdrawal(clause)
        or body_state(clause, reading)
        or any(t.lower_ in BODIES or t.lower_ in LEGISLATION for t in clause)
    ):
        return
    if _among_states(clause):
        return  # "Commission members voted 20 to 17 to accept Norway's reservation": states voting, no parliament
    if _calling_on_others(clause):
        return  # "adopted by 500 votes ... a resolution calling on the Council to conclude the ratification"
    if _judgment(clause):
        return  # "The court ruled by 16 votes to one that there had been a violation of Article 10", "The Advisory
        # Opinion, which the Court adopted unanimously": judges' votes
    acting = [e for e in actors if not governed(e) and not _joiner(e)] or actors
    if acting and _joiner(acting[0]) and (context.body or body_state(clause, reading)):
        acting = []  # "287 were in favor of Sweden's NATO membership": the Turkish parliament's vote on it
    state = acting[0].ent_id_ if acting else body_state(clause, reading) or _parliament_state(context)
    if state is None and not context.assembly:
        return  # an international assembly's tally ('the European Parliament ... The vote was 621 for') is no state's
    body = next((t.text for t in clause if t.lower_ in BODIES), None) or next(
        (t.text for t in clause if t.lower_ in _COMMITTEES), None
    )  # "The committee ... accepted the draft in a unanimous vote": a committee's tally, not the plenary's
    body = _faction(clause) or body  # "58 deputies from the ruling party voted for": one party's votes
    if needed:  # "at least 86 out of 141 members of the Seimas are required"
        yield Claim.model_validate(
            {"kind": "required_vote", "treaty": treaty or None, "state": state, "value": needed, "body": body,
             "as_of": context.published}
        )  # fmt: skip
        return
    if tally is None:
        return
    if re.fullmatch(r"\d+-\d+", tally) and (abstained := _abstentions_after(clause)) is not None:
        tally = f"{tally}-{abstained}"  # "by 107 votes to 0, with three abstentions"
    yield Claim.model_validate(
        {"kind": "vote_tally", "treaty": treaty, "state": state, "value": tally, "body": body,
         "as_of": context.published, "tense": "past"}
    )  # fmt: skip


_FACTION_WORDS = {"party", "faction", "bloc", "caucus"}


def _faction(clause: Span) -> str | None:
    """'58 deputies from the ruling party "Civil Contract" voted for the ratification' (Babel, 3 October 2023): the
    voters counted are one party's members, not the chamber's: the party's words ('the ruling party'), else None."""
    doc = clause.doc
    for token in clause:
        if token.lower_ not in _FACTION_WORDS:
            continue
        start = next(
            (i for i in range(token.i - 1, max(clause.start, token.i - 5) - 1, -1) if doc[i].lower_ in ("from", "of")),
            None,
        )
        if start is not None and any(doc[j].like_num for j in range(max(clause.start, start - 3), start)):
            return doc[start + 1 : token.i + 1].text
    return None


def _parliament_state(context: Context) -> str | None:
    """The state whose parliament the article last named, else the state it speaks of; none after an international
    assembly (the European Parliament)."""
    return None if context.assembly else context.body or context.state


_INTERNATIONAL_VOTERS = {"countries", "states", "nations", "delegates", "delegations", "governments", "commission",
                         "commissioners"}  # fmt: skip


_COMMITTEES = {"committee", "commission"}

_JOINING = {"membership", "accession", "bid", "application", "entry"}


def _joiner(state: Span) -> bool:
    """'Sweden's NATO membership', 'Finland's accession': the state whose joining a parliament votes on, not the
    parliament's own."""
    doc = state.doc
    if state.end >= len(doc) or doc[state.end].text not in ("'s", "’s"):
        return False
    return any(t.lower_ in _JOINING for t in doc[state.end + 1 : min(state.end + 4, len(doc))])


def _among_states(clause: Span) -> bool:
    """The voters are states or an international body's members ('Commission members voted', 'member states
    voted', 'delegates voted', 'When the vote by hands was called ..., 124 countries voted in favour'), or the
    assembly of states that adopted a text ('adopted by the UN General Assembly ... by a vote of 154-3', 'the World
    Health Assembly voted'), not a parliament: a tally among states is no state's own. Every verb of voting in the
    clause is looked at, not only the first ('the vote by hands' before '124 countries voted')."""
    doc = clause.doc
    if _state_assembly(clause) or _by_delegations(clause):
        return True
    for token in clause:
        if token.lemma_ == "vote" and token.i > clause.start:
            subject = doc[max(clause.start, token.i - 4) : token.i]
            if any(t.lower_ in _INTERNATIONAL_VOTERS for t in subject) or doc[token.i - 1].ent_type_ == "TREATY":
                return True  # "the IWC voted down Japan's bid ... by 41-27": an organisation's members
    return False


_DELEGATIONS = {"delegations", "delegates", "governments"}


def _by_delegations(clause: Span) -> bool:
    """'approval of the Agreement by vote (124 in favour, 0 objections, 11 abstentions) in Committee by Member State
    delegations', 'adopted by member states by a vote of ...': the voters named after 'by' are States' delegations or
    the member states of an organisation, a tally among States (not 'approved by the Seimas by 107 votes')."""
    doc = clause.doc
    for token in clause:
        if token.lower_ != "by" or token.i + 1 >= clause.end:
            continue
        words = [t.lower_ for t in doc[token.i + 1 : min(clause.end, token.i + 5)]]
        head = next((i for i, w in enumerate(words) if w in _DELEGATIONS or w == "states"), None)
        if head is None:
            continue
        if words[head] in _DELEGATIONS or (head > 0 and words[head - 1] == "member"):
            return True
    return False


_CALLING = {
    "calling",
    "calls",
    "called",
    "urging",
    "urges",
    "urged",
    "asking",
    "asks",
    "demanding",
    "demands",
    "inviting",
    "invites",
    "encouraging",
    "encourages",
}


def _calling_on_others(clause: Span) -> bool:
    """'adopted by 500 votes in favour ... a resolution calling on the EU Council of Ministers to conclude the
    ratification', 'a motion urging the government to ratify': the vote adopts a call on another to act, a
    recommendation that binds no one (a non-legislative resolution), not a law approving or leaving a treaty."""
    words = [t.lower_ for t in clause.sent]
    return any(
        w in ("resolution", "resolutions", "motion", "recommendation", "declaration")
        and any(x in _CALLING for x in words[i + 1 : i + 3])
        for i, w in enumerate(words)
    )


_STATE_ASSEMBLIES = (("general", "assembly"), ("health", "assembly"), ("security", "council"))


def _state_assembly(clause: Span) -> bool:
    """'the UN General Assembly', 'the World Health Assembly', 'the Security Council': bodies whose members are
    states (UN Charter Arts. 9, 23; WHO Constitution Art. 10), so their votes are tallies among states, named in
    the sentence."""
    words = [t.lower_ for t in clause.sent]
    return any(pair == tuple(words[i : i + 2]) for i in range(len(words) - 1) for pair in _STATE_ASSEMBLIES)


_BENCH = {"court", "judges", "judge", "justices", "tribunal", "ecthr", "panel"}
_RULING = {"ruled", "rules", "ruling", "held", "holds", "found", "finds", "decided"}
_COURTS = (_BENCH - {"panel"}) | {"icj", "itlos"}  # a court by its name (not a committee's 'panel')
_JUDGMENTS = {"judgment", "judgement", "judgments", "judgements", "verdict"}  # only a court's
_RENDERED = _JUDGMENTS | {"opinion", "opinions", "award", "ruling"}


def _judgment(clause: Span) -> bool:
    """'The court ruled by 16 votes to one that there had been a violation', '...; by 15 votes to two that there had
    been a violation of Article 5 § 1', 'the judges found, by four votes to three, ...': a court's judgment and its
    judges' votes (ECHR Art. 45: a Chamber's judgment, by majority), no parliament's vote on a treaty. The court or
    its judges named in the sentence with a verb of ruling, or with what a court renders ('The Advisory Opinion,
    which the Court adopted unanimously', IISD ENB, 23 July 2025; 'the tribunal's unanimous award'; ICJ Statute
    Art. 55: its decisions by a majority of the judges present), or the finding of a violation voted on; and no
    parliament."""
    words = {t.lower_ for t in clause.sent}
    if words & PARLIAMENTS:
        return False
    if words & _JUDGMENTS or (words & _COURTS and words & _RENDERED):
        return True  # "The Advisory Opinion, which the Court adopted unanimously", "The judgment, adopted by 15
        # votes to two": the judges' vote on it
    return bool(words & _BENCH and words & _RULING) or bool(words & {"violation", "violations"})


def _abstentions_after(clause: Span) -> int | None:
    """'by 107 votes to 0, with three abstentions', '..., and three MPs abstained': the abstentions told beside a
    tally of votes for and against, in the clause or right after it."""
    doc = clause.doc
    for token in doc[clause.start : min(clause.end + 6, clause.sent.end)]:
        following = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if following is not None and following.lower_ in VOTERS | {"other", "more"} and token.i + 2 < len(doc):
            following = doc[token.i + 2]  # "three MPs abstained"
        if (token.like_num or token.lower_ == "no") and following is not None and following.lower_ in ROLES["abstain"]:
            return 0 if token.lower_ == "no" else number_from_words(token.text)
    return None


def _required(clause: Span) -> str | None:
    """'at least 86 out of 141 members ... are required' -> '86/141' (a claim about the threshold)."""
    if not any(t.lower_ in REQUIRED for t in clause):
        return None
    doc = clause.doc
    for t in clause:
        if not t.like_num or t.i + 3 >= clause.end:
            continue
        words = [w.lower_ for w in doc[t.i + 1 : t.i + 4]]
        size = doc[t.i + 3] if words[:2] == ["out", "of"] else doc[t.i + 2] if words[0] == "of" else None
        if size is not None and size.like_num:
            votes, members = number_from_words(t.text), number_from_words(size.text)
            if votes and members and members > 12:
                return f"{votes}/{members}"
    return None


_PASSED = {"passed", "carried", "adopted", "approved"}


def _role(words: Span, where: str) -> str | None:
    """The first word naming a side: after a number ('98 in favour', '14 deputies ... voted against'), or
    before it ('supported by 68 lawmakers and opposed by 14'). 'For Stability' (a party's name) is no side."""
    for word in words:
        if (word.lower_ == "for" and not word.is_lower) or _compound_tail(word):
            continue  # not "the UN-backed OPCW": a compound's participle, no side's vote
        if where == "before" and word.lower_ in _PASSED and word.i + 1 < len(word.doc) and word.nbor().lower_ == "by":
            return "for"  # "The vote passed by 305 deputies, with 40 abstaining": the votes that carried it
        if where == "before" and not (
            word.lower_ in ("supported", "backed", "opposed")
            and word.i + 1 < len(word.doc)
            and word.nbor().lower_ == "by"
        ):
            continue  # only "supported by 68", "opposed by 14"
        for role, forms in ROLES.items():
            if word.lower_ in forms and not (where == "after" and word.lower_ == "no"):
                return role
    return None


def _share(number: Token, clause: Span) -> str | None:
    """'103 out of 141 had voted in support', '103 of 141 members voted for the bill', '81 of the 101 Estonian
    parliamentarians voted in favor' -> '103 of 141': the votes in favour among the body's members (an 'against' in
    the words after it is no share in favour); 'with 103 out of 141 members in favor' (Devdiscourse, 18 July 2024):
    the share an absolute 'with' tells, no verb of voting needed."""
    total = _share_total(number, clause)
    if total is None:
        return None
    after = number.doc[total.i + 1 : min(total.i + 9, clause.end)]
    a, b = number_from_words(number.text), number_from_words(total.text)
    voted = any(w.lemma_ == "vote" or w.lower_ == "voted" for w in after) or _with_in_favour(number, after)
    sides = {_role(after, "after")} - {None}
    if a is None or b is None or not 0 < a <= b or not voted or sides != {"for"}:
        return None
    return f"{a} of {b}"


def _share_total(number: Token, clause: Span) -> Token | None:
    """The body's size in '103 of 141', '103 out of 141', '81 of the 101': the number after 'of' (or 'of the')."""
    doc = number.doc
    words = [w.lower_ for w in doc[number.i + 1 : min(number.i + 4, clause.end)]]
    skip = 2 if words[:2] == ["out", "of"] else 1 if words[:1] == ["of"] else 0
    if skip and number.i + skip + 1 < clause.end and doc[number.i + skip + 1].lower_ == "the":
        skip += 1  # "81 of the 101 Estonian parliamentarians"
    if not skip or number.i + skip + 1 >= clause.end or not doc[number.i + skip + 1].like_num:
        return None
    return doc[number.i + skip + 1]


def _with_in_favour(number: Token, after: Span) -> bool:
    """'with 103 out of 141 members in favor': a share of members 'in favour' opened by 'with' (the vote's result as
    an aside), voters named before the side."""
    if number.i == 0 or number.nbor(-1).lower_ != "with":
        return False
    words = [w.lower_ for w in after]
    return (
        bool(words)
        and words[0] in VOTERS
        and any(words[k : k + 2] in (["in", "favor"], ["in", "favour"]) for k in range(1, min(len(words), 4)))
    )


def _after_number(number: Token, numbers: list[Token], clause: Span) -> Span:
    stop = next((n.i for n in numbers if n.i > number.i), clause.end)
    quotes = sum(t.is_quote for t in number.doc[number.i + 1 : min(number.i + 13, clause.end)])  # a party's quoted
    end = min(number.i + 11 + quotes, stop, clause.end)  # name ('58 deputies from the ruling party "Civil Contract"')
    cut = next((t.i for t in number.doc[number.i + 1 : end] if t.lower_ in ("while", "whereas", ";", "but")), end)
    return number.doc[number.i + 1 : cut]


def _one_side(roles: dict[str, int], numbers: list[Token], clause: Span) -> bool:
    """Only the votes for are told, by the first number, counting voters; any other number counts those not voting
    or abstaining ('approved ... by 107 votes, with three abstentions')."""
    if [r for r in roles if r != "abstain"] != ["for"] or not numbers or not _voters_after(numbers[0]):
        return False
    if roles["for"] != _value(numbers[0]):
        return False
    return all(_unvoting(t, clause) or _value(t) == roles.get("abstain") for t in numbers[1:])


def _value(number: Token) -> int | None:
    return 0 if _nobody(number) else hyphened_number(number) or number_from_words(number.text)


def _unvoting(number: Token, clause: Span) -> bool:
    """'25 deputies from the opposition did not vote': voters who cast no vote, no side of the tally."""
    words = [t.lower_ for t in number.doc[number.i + 1 : min(number.i + 9, clause.end)]]
    return any(words[k : k + 3] == ["did", "not", "vote"] for k in range(len(words)))


def _voters_after(number: Token) -> bool:
    """'81 MPs voted', '81 voted', 'Eighty-one members': the number counts voters (not 'six months ... for the
    decision')."""
    end = number_end(number).i
    return any(t.lower_ in VOTERS for t in number.doc[end + 1 : end + 3])


def _compound_tail(word: Token) -> bool:
    """'backed' of 'the UN-backed OPCW' (The Hindu, 14 October 2013): a participle hyphened to the word before it
    modifies a noun; no side of a vote ('60 members ... backed' is no '60 for')."""
    return word.i > 0 and word.nbor(-1).text in ("-", "–") and not word.nbor(-1).whitespace_ and word.is_lower


def _hyphened_tail(token: Token) -> bool:
    """'one' of 'Eighty-one': part of the number before it, no number of its own."""
    return token.i >= 2 and hyphened_number(token.doc[token.i - 2]) is not None


def _body_size(number: Token, clause: Span) -> bool:
    """'the 101-seat parliament', 'members of the 101 parliament': the number of the body's seats, no side."""
    doc = number.doc
    after = [t.lower_ for t in doc[number.i + 1 : min(number.i + 3, clause.end)]]
    if after[:1] == ["seat"] or after[:2] in (["-", "seat"], ["-", "member"]):
        return True
    before = [t.lower_ for t in doc[max(clause.start, number.i - 3) : number.i]]
    return len(before) == 3 and before[0] in VOTERS and before[1:] == ["of", "the"]


def _tally(clause: Span) -> str | None:
    """'voted 142 to 21', '142-21', 'by 142 votes to 21', '98 in favour, two against, four abstained',
    'with 98 votes for, 2 against and 4 abstentions' -> 'for-against[-abstain]'; 'ratified the Convention
    unanimously' -> 'unanimous' (the verb and the word tell the tally), where no figures are told ('voted 23-0 on
    Tuesday to ratify it unanimously' -> '23-0')."""
    counted = _counted(clause)
    return counted if counted is not None or not _unanimous(clause) else "unanimous"


def _counted(clause: Span) -> str | None:
    """The tally told in figures."""
    doc = clause.doc
    if not any(
        t.lemma_ in TALLY_WORDS
        or (
            t.lower_ in ("favour", "favor", "against", "opposed", "majority", "supported", "backed")
            and not _compound_tail(t)
        )
        or (t.like_num and _labelled(t))  # "For – 259."
        for t in clause
    ):  # "Eighty-one members of the 101 parliament supported the motion": a side's verb tells a tally too
        return None
    numbers = [
        t
        for t in clause
        if (t.like_num and number_from_words(t.text) is not None and not re.fullmatch(r"(19|20)\d\d", t.text))
        or _nobody(t)
    ]
    roles: dict[str, int] = {}
    totals = {total.i for t in numbers if (total := _share_total(t, clause)) is not None}
    numbers = [t for t in numbers if t.i not in totals and not _body_size(t, clause) and not _hyphened_tail(t)]
    # "103 of 141 voted for", "81 of the 101 ... voted in favor": 141 and 101 are the body's size, no side
    for t in numbers:
        value = 0 if _nobody(t) else hyphened_number(t) or number_from_words(t.text)
        assert value is not None
        role = (
            _labelled(t)
            or _role(doc[max(clause.start, t.i - 2) : t.i], "before")
            or _role(_after_number(t, numbers, clause), "after")
            or _carried_by(t, clause)
        )
        if role:
            roles.setdefault(role, value)
    if len(roles) == 1 and clause.end == clause.sent.end and any(_labelled(t) in roles for t in numbers):
        roles.update(_labelled_sides_after(clause.sent, roles))  # "For – 259 votes. Against – 8.": a side a sentence
    roles = _voted_besides_against(roles, numbers, clause)
    if "for" in roles and "against" in roles:
        return "-".join(str(roles[k]) for k in ("for", "against", "abstain") if k in roles)
    for t in numbers:
        share = _share(t, clause)
        if share:
            return share
        nxt = doc[t.i + 1 : min(t.i + 4, clause.end)]
        words = [w.lower_ for w in nxt]
        if words and words[0] in ("to", "-", "–") and len(nxt) > 1 and nxt[1].like_num:
            a, b = number_from_words(t.text), number_from_words(nxt[1].text)
            prior = [w.lemma_ for w in doc[max(clause.start, t.i - 3) : t.i]]
            if (
                a is not None
                and b is not None
                and (  # "voted 56 to 32", "by 56 to 32", "approved the withdrawal 56–44", "a 56 to 32 majority"
                    any(w in prior for w in ("vote", "by", "approve", "pass", "adopt"))
                    or any(w.lemma_ in ("vote", "majority") for w in nxt[2:])
                    or _vote_was(t, clause)
                )
            ):
                return f"{a}-{b}"
        if len(words) >= 3 and words[0] == "votes" and words[1] == "to" and (nxt[2].like_num or _nobody(nxt[2])):
            a, b = number_from_words(t.text), _value(nxt[2])  # "by 107 votes to none"
            if a is not None and b is not None:
                return f"{a}-{b}"
    if _one_side(roles, numbers, clause):  # "Altogether 81 MPs voted in favor", "58 deputies ... voted for the
        return f"{roles['for']} for"  # ratification, 25 deputies from the opposition did not vote": the rest not told
    return None


def _vote_was(number: Token, clause: Span) -> bool:
    """'the vote to pass the bill was 135 to 2 MPs in favour' (Welsh Women's Aid, 16 December 2016): a figure 'to' a
    figure as what the vote, the clause's subject, was."""
    doc = number.doc
    if number.i - 1 <= clause.start or doc[number.i - 1].lower_ not in ("was", "is"):
        return False
    before = doc[clause.start : number.i - 1]
    return any(t.lower_ == "vote" for t in before) and not any(t.like_num for t in before)


def _voted_besides_against(roles: dict[str, int], numbers: list[Token], clause: Span) -> dict[str, int]:
    """'413 Members voted, 15 voted against and 3 abstained' (Sejm, 26 June 2025: 413 for, 15 against, 3 abstained):
    the voters told first with no side, beside those against, voted for (not 'Only 40 members voted': all voters)."""
    if "for" in roles or "against" not in roles:
        return roles
    for number in numbers:
        end = number_end(number).i
        words = [t.lower_ for t in number.doc[end + 1 : min(end + 4, clause.end)]]
        if len(words) < 3 or words[0] not in VOTERS or words[1:] != ["voted", ","]:
            continue
        if number.i > clause.start and number.nbor(-1).lower_ in ("only", "just", "all"):
            return roles
        value = _value(number)
        return {"for": value, **roles} if value is not None and value != roles["against"] else roles
    return roles


def _carried_by(number: Token, clause: Span) -> str | None:
    """'The Seimas backed leaving the Ottawa Convention by 107 votes, with none against': the votes that carried a
    text, 'by N votes' after a verb of adopting it (Seimas, 8 May 2025: 107 for, none against, three abstentions);
    not after a verb of rejecting ('defeated by 107 votes': the votes against it)."""
    doc = number.doc
    if number.i < 1 or doc[number.i - 1].lower_ != "by" or number.i + 1 >= clause.end:
        return None
    if doc[number.i + 1].lower_ not in ("votes", "vote"):
        return None
    return "for" if any(_adopting(t) for t in doc[clause.start : number.i - 1]) else None


_LABEL_MARKS = {"–", "—", "-", ":"}


def _labelled(number: Token) -> str | None:
    """'For – 259', 'Against: 8', 'Abstained – 3': a side named as a label before its number, as a parliament's
    records and its members' posts give a result."""
    doc = number.doc
    if number.i < 2 or doc[number.i - 1].text not in _LABEL_MARKS:
        return None
    word = doc[number.i - 2].lower_
    return next((role for role, forms in ROLES.items() if word in forms), None)


def _labelled_sides_after(sentence: Span, roles: dict[str, int]) -> dict[str, int]:
    """The labelled sides the next sentences begin with ('For – 259 votes. Against – 8. Abstained – 3.'): a result
    told one side a sentence, read while each sentence opens with a side's label and its number."""
    doc, sides, at = sentence.doc, dict(roles), sentence.end
    while at + 2 < len(doc) and doc[at + 2].like_num and (role := _labelled(doc[at + 2])) and role not in sides:
        if doc[at + 2].sent.start != at:
            break
        value = number_from_words(doc[at + 2].text)
        if value is None:
            break
        sides[role] = value
        at = doc[at + 2].sent.end
    return sides


def _nobody(token: Token) -> bool:
    """'none', 'nobody', 'no one', 'not one' ('107 MPs voted in favour, three abstained, and no one spoke against
    it'): a side of no votes, 0 (not the 'one' of 'no one')."""
    if token.lower_ in ("none", "nobody"):
        return True
    return token.lower_ == "one" and token.i > 0 and token.nbor(-1).lower_ in ("no", "not")


_UNDECIDED = {"must", "should", "would", "could", "may", "might", "will", "shall", "can", "cannot", "not", "if",
              "only", "by", "of", "to"}  # fmt: skip


_ADOPTING = {"approved", "approves", "approve", "passed", "passes", "adopted", "adopts", "ratified", "ratifies",
             "ratify", "endorsed", "endorses", "supported", "backed"}  # fmt: skip


def _adopting(token: Token) -> bool:
    """'approved', 'passed', 'adopted', 'ratified', 'supported': a body's act of adopting a text, which told as done
    'unanimously' is a vote whose every vote cast was for ('The Senate unanimously approved the Paris Agreement',
    'the law was passed unanimously'); the verb's forms only, not a noun ('unanimous support', 'unanimous approval'
    tell no vote)."""
    return token.lower_ in _ADOPTING


def _unanimous(clause: Span) -> bool:
    """'The State Duma lawmakers voted unanimously to revoke ...', 'unanimously voted', 'a unanimous vote', 'unanimously
    approved', 'passed unanimously': every vote cast was for (the tally 'unanimous'); not a vote required or
    hypothetical ('must unanimously agree', 'can only be extended by a unanimous vote of all governments', 'unanimous
    consent')."""
    doc = clause.doc
    for token in clause:
        if token.lower_ not in ("unanimously", "unanimous"):
            continue
        near = doc[max(clause.start, token.i - 1) : min(clause.end, token.i + 2)]
        if not any(_voting(t) for t in near if t.i != token.i):
            if token.lower_ == "unanimously" and (verb := _voted_before(token, clause)) is not None:
                token = verb  # "approved the bill unanimously on Tuesday": what may be undecided stands before the verb
            else:
                continue
        before = {t.lower_ for t in doc[max(clause.start, token.i - 4) : token.i]}
        if not before & _UNDECIDED:
            return True
    return False


def _voting(token: Token) -> bool:
    return token.lemma_ == "vote" or token.lower_ in ("voted", "vote", "votes") or _adopting(token)


_OTHER_ACT = {",", ";", ":", "and", "but", "after", "before", "when", "while", "as", "which", "who", "that", "once",
              "because", "since", "although", "though", "if", "until"}  # fmt: skip


def _voted_before(adverb: Token, clause: Span) -> Token | None:
    """'approved the bill unanimously on Tuesday', 'voted 23-0 to ratify the agreement unanimously': the verb of voting
    or adopting a few words before the adverb, only its object, a tally and a day between (no comma, conjunction or
    subordinate clause, whose act the adverb would tell: 'approved it after ministers agreed unanimously')."""
    doc = clause.doc
    found = None
    for token in reversed(doc[max(clause.start, adverb.i - 12) : adverb.i]):
        if _voting(token):
            if token.i == 0 or doc[token.i - 1].lower_ != "to":
                return token
            found = token  # "voted on Tuesday to ratify the convention unanimously": the vote before it, if told
        elif found is None and (token.lower_ in _OTHER_ACT or _another_verb(token)):
            return None
    return found


_AUXILIARIES = {"had", "has", "have", "was", "were", "is", "are", "be", "been", "did", "does", "do", "will", "would"}


def _another_verb(token: Token) -> bool:
    """'a referendum the Seimas had called unanimously': an auxiliary or a past verb (a lower-case word in -ed
    outside a name) between, whose act the adverb may tell."""
    return token.lower_ in _AUXILIARIES or (token.is_lower and token.text.endswith("ed") and not token.ent_type_)
