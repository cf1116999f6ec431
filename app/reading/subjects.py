"""Which states act: the list named nearest before the verb, after it for a passive or 'the withdrawal of X',
no one for 'a state may withdraw'; and the claim made once per state.
"""

from __future__ import annotations

from itertools import islice

from spacy.tokens import Doc, Span, Token

from app.numbers import number_from_words
from app.reading.context import Context
from app.reading.relative import one_of_the_group, relative_antecedent, singular_relative
from app.reading.tense import dated_absolute
from app.reading.vocabulary import (
    COUNT_NOUNS,
    INSTRUMENT_NOUNS,
    LIST_GLUE,
    ORDINALS,
    REGION_NOUNS,
    SUBJECT_NOUNS,
    UNNAMED_GROUP,
    WITHDRAWAL_NOUNS,
)
from app.reading.words import FOLLOWED, actors_in, governed, listed_with, passive_voice, preposition, set_aside
from schemas.checks import Claim, ClaimKind


def one_per_state(base: dict[str, object], kind: ClaimKind, states: list[str], value: str, tense: str) -> list[Claim]:
    """The claim, once per state (or once for the treaty itself), in the tense the verb gives."""
    claim_tense = "past" if tense == "past" else "future" if tense == "future" else "present"
    return [
        Claim.model_validate({**base, "kind": kind, "state": state, "value": value, "tense": claim_tense})
        for state in (states or [None])  # type: ignore[list-item]
    ]


def _absolute_subjects(verb: Span, actors: list[Span]) -> list[str]:
    """The states named between 'with' and a dated participle (', with Mali officially leaving the bloc on 29
    January 2025'): the participle's own subject, not the clause's ('Mali, Burkina Faso and Niger announced')."""
    if not dated_absolute(verb[0]):
        return []
    doc = verb.doc
    start = next(i for i in range(verb.start - 1, verb.sent.start - 1, -1) if doc[i].lower_ == "with")
    return list(dict.fromkeys(str(e.ent_id_) for e in actors if start < e.start and e.end <= verb.start))


def subjects(verb: Span, actors: list[Span], clause: Span, context: Context) -> list[str]:
    """The states that act: the list nearest before the verb; after it for a passive ('ratified by Lithuania'),
    for 'the withdrawal of Lithuania', or 'for Lithuania'; else the state the article last named."""
    if senders := _senders(verb, actors) or _absolute_subjects(verb, actors) or _made_ranked(verb, actors, context):
        return senders  # "notification from Washington"; "makes it the first country ... to leave"
    inside = [e for e in actors if verb.start < e.start and e.end <= verb.end]  # "pulled the US out of"
    if inside:
        return list(dict.fromkeys(str(e.ent_id_) for e in inside))
    if _group_of_its_own(actors, verb, context):
        return []  # "Samoa ... and Gambia – have ratified the treaty and seven more countries have signed it"
    if doers := _examples_as_subject(verb, actors) or _gerund_owner(verb, actors) or one_of_the_group(verb, actors):
        return doers  # "democracies like Australia and the United States have not"; "the US's position of signing"
    members = _group_members(verb, actors, clause)
    if members:  # "Countries that have not joined include China, Russia and India"
        return members
    if (
        context.listed_next
        and _unnamed_group(clause.doc[verb.sent.start : verb.start])
        and not actors_before(verb, actors)
    ):  # "Several dozen other countries signed ... . These include Egypt, Iran and Israel": the states listed next
        return list(context.listed_next)
    if _generic_subject(verb, clause):
        return []  # "the withdrawing state has effectively terminated its membership": any state, none named
    if (group := _group_antecedent(verb)) is not None:  # "Ukraine followed five States that withdrew ...": the
        return list(context.states) if group and len(context.states) > 1 else []  # group, not the main subject
    if (antecedent := relative_antecedent(verb, actors)) is not None:  # "by Burundi and South Africa who notified"
        listed = [e for e in listed_with(actors, antecedent, forward=False) if e == antecedent or not _aside(e)]
        listed = [antecedent] if singular_relative(antecedent) else listed  # "Russia and China—which is not party"
        listed += along_with(antecedent, actors, verb)
        return list(dict.fromkeys(str(e.ent_id_) for e in listed))
    before = [e for e in actors if e.end <= verb.start and not governed(e) and not set_aside(e, verb)]
    if before and (along := along_with(before[-1], actors, verb)):  # "Russia, along with China, has not signed"
        listed = listed_with(actors, before[-1], forward=False) + along
        return list(dict.fromkeys(str(e.ent_id_) for e in listed))
    if not before and (known := _exit_of_the_group(verb, clause, context) or _paired(verb, clause, context)):
        return known  # "While the decision will take effect ..., led by the Presidents of Senegal"; "The former"
    if before:  # "Estonia, Poland and Latvia"; "Burundi outpaces Kenya, leaves ICC": the first verb's subject
        return first_verb_subject(verb, before) or _listed_before(actors, before, verb, clause, context)
    receiving = {
        x.start
        for e in actors
        if e.start >= verb.end and preposition(e) in ("to", "with", "against", "from")
        for x in listed_with(actors, e, forward=True)
    }  # "to the governments of Ukraine, Kazakhstan and Belarus": all three receive it
    after = [
        e
        for e in actors
        if e.start >= verb.end
        and e.start not in receiving
        and (preposition(e) in ("by", "of", "for") or passive_voice(verb) or not _has_subject(verb, clause, context))
    ]  # "gave notice to (the) Russia(n government)": Russia receives it; "The country exited ..., saying ...": no
    agents = [e for e in after if preposition(e) == "by"]
    after = agents or after  # "notification was given to the Russian government ... by U.S. Ambassador ..."
    if after:
        return list(dict.fromkeys(str(e.ent_id_) for e in listed_with(actors, after[0], forward=True)))
    if len(context.states) > 1 and _group_agent(verb, clause):
        return list(context.states)  # "a notice issued by the three countries": the states named together last
    if region := regional(clause.doc[clause.start : verb.start], context):
        return region  # "The three Baltic states will exit", "The Baltic state left"
    before_words = {t.lower_ for t in clause.doc[clause.start : verb.start] if t.ent_type_ != "TREATY"}  # not a name's
    if (headed := _headline_group(before_words, context, verb, clause)) or _none_named(verb, clause, context):
        return headed  # "Three countries ratify ...": those the body names; "164 states had ratified": none named
    if before_words & {"countries", "states", "they", "nations", "governments"}:
        if _unnamed_group(clause.doc[clause.start : verb.start]) or _bare_plural(verb, clause):
            return []  # "Other EU states that have left", "several countries had withdrawn": not those named
        if len(context.states) > 1:
            return list(context.states)  # "the three countries will cease to be members"
        if context.headline and _as_many(before_words, context.ahead_states):
            return list(context.ahead_states)  # "Three West African countries quit ...": those the body names
    earlier = [e for e in actors_in(verb.sent) if e.end <= clause.start and not governed(e)]
    if len({str(e.ent_id_) for e in earlier}) == 1:  # "although Budapest announced ..., this decision will not
        return [str(earlier[0].ent_id_)]  # take effect until April": the sentence's state, not the article's
    if _the_country(verb, clause) and len(named := {str(e.ent_id_) for e in actors_in(verb.sent)
                                                   if e.end <= verb.start}) == 1:  # fmt: skip
        return list(named)  # "cannot act in the Philippines because the country is no longer a party": the one
        # state the sentence named before 'the country'
    if passive_voice(verb) and context.deed_before and len(context.previous_states) == 1 and not earlier:
        return list(context.previous_states)  # "X sent a letter of withdrawal ... Written notice to withdraw ... has
        # been submitted to the Secretary-General": an agentless passive restates the deed of the sentence before
    return [context.state] if context.state else []  # (a group's exit is read before: _exit_of_the_group)


_MAKING = {"making", "makes", "made"}


def _made_ranked(verb: Span, actors: list[Span], context: Context) -> list[str]:
    """'The South American country's withdrawal makes it the first country on the continent to leave the
    organization and follows in the footsteps of the United States': the object of 'make' before the rank is who
    leaves, a State named there or, for 'it', the one the sentence names before 'make' (else the article's); not the
    State named after the verb. Empty when the verb is no such infinitive."""
    doc = verb.doc
    start = max(verb.sent.start, verb.start - 12)
    make = next((t for t in reversed(doc[start : verb.start]) if t.lower_ in _MAKING), None)
    infinitive = verb[0].lower_ in ORDINALS or doc[verb.start - 1].lower_ == "to"
    if make is None or not infinitive or not any(t.lower_ in ORDINALS for t in doc[make.i + 2 : verb.end]):
        return []
    named = [e for e in actors if e.start == make.i + 1]
    if named:
        return list(dict.fromkeys(str(e.ent_id_) for e in listed_with(actors, named[0], forward=True)))
    if doc[make.i + 1].lower_ != "it":
        return []
    before = [e for e in actors if verb.sent.start <= e.start and e.end <= make.i and not governed(e)]
    if before:
        return [str(before[-1].ent_id_)]
    return [context.state] if context.state else []


_EXIT_SUBJECT_OPENERS = {"the", "their", "this", "that", "these"}
_BEFORE_THE_VERB = {"will", "would", "shall", "is", "was", "are", "were", "be", "to", "has", "have", "had", "been",
                    "expected", "due", "set", "scheduled", "officially", "formally", "then"}  # fmt: skip


def _paired(verb: Span, clause: Span, context: Context) -> list[str]:
    """'Bolivia and Ecuador ... The former denounced it in 2007': the first of the pair."""
    paired = former_or_latter(verb, clause, context)
    return [paired] if paired else []


def exiting_group(context: Context) -> list[str]:
    """The states whose exit or notice the sentence before told, when several; else those of the last sentence that
    told one, within three sentences: whom 'the withdrawal', 'the exit' of the next sentences is about."""
    group = context.exits_before if len(context.exits_before) > 1 else []
    return group or (context.last_exits if len(context.last_exits) > 1 and context.since_withdrawal < 3 else [])


def _exit_of_the_group(verb: Span, clause: Span, context: Context) -> list[str]:
    """'Estonia, Latvia and Lithuania notified the UN on 27 June. The withdrawal will take effect on 27 December';
    '... the three countries notified ECOWAS of their intention to withdraw. The withdrawal process is expected to be
    completed by July 29, 2025' (Naija Gist, 15 December 2024): a subject that is only the exit ('the withdrawal',
    'their exit', 'the withdrawal process', 'the decision'), after a sentence that told the exit or notice of several
    states (or within three sentences of the last that did: 'While the decision will take effect in January', Afripost,
    15 December 2024), is theirs, not the state the article named most nor those named after it. Empty otherwise."""
    group = exiting_group(context)
    if not group:
        return []
    words = [t.lower_ for t in clause.doc[clause.start : verb.start] if not t.is_punct]
    while words and words[-1] in _BEFORE_THE_VERB:
        words.pop()
    if words[-1:] == ["process"]:
        words.pop()
    if words[:1] and words[0] in _OPENING_CONJUNCTIONS:
        words.pop(0)  # "While the decision will take effect in January, ..."
    if len(words) == 2 and words[0] in _EXIT_SUBJECT_OPENERS and words[1] in WITHDRAWAL_NOUNS | {"decision"}:
        return list(group)
    return []


_OPENING_CONJUNCTIONS = {"while", "although", "though", "but", "and", "as", "since"}


_GROUPS = {"states", "countries", "nations", "governments"}


def _listed_before(actors: list[Span], before: list[Span], verb: Span, clause: Span, context: Context) -> list[str]:
    """The list named last before the verb: 'Estonia, Poland and Latvia', '..., and the Baltic States withdrew',
    '... together with Ghana'."""
    return region_closed(actors, before[-1], verb, context) + along_after(verb, actors, clause)


_BETWEEN_PREDICATES = {"first", "also", "now", "then", "officially", "formally", "finally", "too"}


def first_verb_subject(verb: Span, before: list[Span]) -> list[str]:
    """A predicate coordinated after a comma with no subject of its own takes the first verb's subject, not its
    object: 'Burundi outpaces Kenya, leaves ICC first', 'Russia snubs Ukraine, quits the CFE Treaty'. Only when the
    word between the two states is an inflected verb in the trigger's own form (both '-s', or both past), the
    object (or its possessive noun, 'Israel's leader') right before the comma and the trigger right after it (an
    adverb may stand between)."""
    doc = verb.doc
    obj = before[-1]
    i = obj.end
    if i + 1 < len(doc) and doc[i].text in ("'s", "’s"):  # "Hungary hosts Israel's leader, also leaves the ICC"
        i += 1
        while i < min(obj.end + 4, len(doc)) and doc[i].is_alpha and doc[i].is_lower:
            i += 1
    if i >= len(doc) or doc[i].text != ",":
        return []
    i += 1
    while i < verb.start and doc[i].lower_ in _BETWEEN_PREDICATES:
        i += 1
    if i != verb.start or obj.start < 2:
        return []
    linking, subject = doc[obj.start - 1], next((e for e in reversed(before[:-1]) if e.end == obj.start - 1), None)
    if subject is None or not _same_inflection(linking, verb[0]):
        return []
    return [str(subject.ent_id_)]


def _same_inflection(first: Token, second: Token) -> bool:
    """Two finite verbs in one form: 'outpaces' / 'leaves' (third person '-s'), 'beat' / 'left' is not told (the
    lemma is the word); 'outpaced' / 'withdrew' (past); 'Russia's ally Belarus, leaves' has no verb between."""
    if not first.is_alpha or first.is_title or first.lower_ == first.lemma_ or second.lower_ == second.lemma_:
        return False
    return _form(first.lower_) == _form(second.lower_)


def _form(word: str) -> str:
    """An inflected verb's form by its ending: '-s', '-ing', or past ('outpaced', 'withdrew', 'left')."""
    return "ing" if word.endswith("ing") else "s" if word.endswith("s") else "past"


_VERB_GLUE = {"have", "has", "had", "not", "never", "yet", "also", "still", "n't", "do", "does", "did", "so", "far",
              "all", "both", "previously", "already", "once", "since", "recently", "earlier"}  # fmt: skip
# "countries like the United States and Israel have previously exited UNESCO" (MoofLife, May 2025)


def _examples_as_subject(verb: Span, actors: list[Span]) -> list[str]:
    """'many vibrant democracies like Australia, New Zealand and the United States have not signed up': the states a
    group noun gives as examples ('like', 'such as'), listed right before the verb, are its subject."""
    doc = verb.doc
    i = verb.start - 1
    while i > verb.sent.start and doc[i].lower_ in _VERB_GLUE:
        i -= 1
    i = _before_an_added_body(doc, i, verb.sent.start)  # "like China, the United States and India as well as the
    # European Union ratified the agreement" (Kyodo, November 2016)
    last = next((e for e in actors if e.end - 1 == i), None)
    if last is None:
        return []
    listed = listed_with(actors, last, forward=False)
    first = listed[0].start if listed else last.start
    first -= 1 if first > verb.sent.start and doc[first - 1].lower_ == "the" else 0  # "like the United States"
    lead = [t.lower_ for t in doc[max(verb.sent.start, first - 2) : first]]
    if not (lead[-1:] == ["like"] or lead[-2:] == ["such", "as"]):
        return []
    back = 2 if lead[-1:] == ["like"] else 3  # "Countries like Israel have exited UNESCO": the noun may open it
    noun = doc[first - back] if first - back >= verb.sent.start else None
    if noun is None or noun.ent_type_ in ("STATE", "CAPITAL") or not noun.is_alpha:
        return []
    return list(dict.fromkeys(str(e.ent_id_) for e in listed))


def _before_an_added_body(doc: Doc, i: int, start: int) -> int:
    """The last word before 'as well as / along with / together with <an organisation>' ending at ``i`` (the States'
    list the body is added to), else ``i``."""
    j = i
    while j > start and doc[j].ent_type_ == "TREATY":
        j -= 1
    if j == i:
        return i
    j -= 1 if doc[j].lower_ == "the" else 0
    for words in (("as", "well", "as"), ("along", "with"), ("together", "with")):
        k = j - len(words) + 1
        if k > start and tuple(t.lower_ for t in doc[k : j + 1]) == words:
            return k - 1
    return i


def _gerund_owner(verb: Span, actors: list[Span]) -> list[str]:
    """'the US's position of signing but not ratifying', 'Argentina's leaving the WHO': a gerund whose nearest state
    before it, a few words back with no other state between, is a possessive; that state does it."""
    if not verb[0].lower_.endswith("ing"):
        return []
    doc = verb.doc
    before = [e for e in actors if verb.sent.start <= e.start and e.end < verb.start]
    if not before:
        return []
    owner = before[-1]
    if doc[owner.end].text not in ("'s", "’s", "'", "’") or verb.start - owner.end > 7:
        return []
    if owner.end + 1 < verb.start and doc[owner.end + 1].lower_ in FOLLOWED:
        return []  # "follow Washington's example by withdrawing": the model followed, not the doer
    if any(t.is_punct and t.text not in ("'s", "’s", "'", "’") for t in doc[owner.end : verb.start]):
        return []
    return [str(owner.ent_id_)]


def _group_antecedent(verb: Span) -> bool | None:
    """The verb's subject is a relative pronoun after a group of states ('five States that withdrew', 'other
    countries which have left'): None when it is not; True for the group the article named last ('the three
    countries that withdrew'), False for a group it does not name (a number or a quantifier: no state)."""
    doc = verb.doc
    i = verb.start - 1
    while i > verb.sent.start and doc[i].lower_ in ("have", "has", "had", "also", "already", "all", "since", "both"):
        i -= 1
    if i <= verb.sent.start or doc[i].lower_ not in ("that", "which", "who") or doc[i - 1].lower_ not in _GROUPS:
        return None
    words = [t.lower_ for t in doc[max(verb.sent.start, i - 4) : i - 1]]
    return words[-2:-1] in (["the"], ["these"], ["those"]) or words[-1:] in (["the"], ["these"], ["those"])


def numbered_group_subject(verb: Span) -> bool:
    """'five States that withdrew from Ottawa in 2025': a counted group of states the article does not name (a claim
    about the group, no state)."""
    if _group_antecedent(verb) is not False:
        return False
    i = verb.start - 1
    while i > verb.sent.start and verb.doc[i].lower_ not in _GROUPS:
        i -= 1
    return i > verb.sent.start and verb.doc[i - 1].like_num


def the_named_group(verb: Span, states: list[str]) -> bool:
    """'the three countries notified ECOWAS', 'The three states notified ECOWAS that they would withdraw' (Naija
    Gist, News Diary): the verb's subject right before it is the group the article named (a definite article or
    'these' and a number of States as many as the States resolved), not a group it does not name."""
    doc = verb.doc
    words = [t.lower_ for t in doc[max(verb.sent.start, verb.start - 5) : verb.start]]
    while words and words[-1] in ("have", "has", "had", "all", "both", "also", "formally", "officially"):
        words.pop()
    if len(words) < 3 or words[-1] not in _GROUPS or words[-3] not in ("the", "these", "those"):
        return False
    return number_from_words(words[-2]) == len(states) > 1


def _the_country(verb: Span, clause: Span) -> bool:
    """'the country' or 'the nation' as the verb's subject, within the four words before it."""
    words = [t.lower_ for t in clause.doc[max(clause.start, verb.start - 4) : verb.start]]
    return any(w in ("country", "nation") and words[i - 1 : i] == ["the"] for i, w in enumerate(words))


def region_closed(actors: list[Span], last: Span, verb: Span, context: Context) -> list[str]:
    """The states listed up to ``last``, and a region's states opening or closing the list (in the words before its
    first state, or between its last and the verb): 'Finland, Ukraine, and the Baltic States', 'Poland, Baltics',
    'The Baltic states and Finland have withdrawn'."""
    listed = listed_with(actors, last, forward=False)
    opening = region_opening(listed[0], context)
    closing = region_closing(verb.doc[last.end : verb.start], context)
    return list(dict.fromkeys(opening + [str(e.ent_id_) for e in listed] + closing))


# what may stand between a list's closing region and its verb: auxiliaries, adverbs, a relative pronoun ('Finland
# and the Baltic states, which have also withdrawn', 'and the three Baltic states will have left', 'have not')
_BEFORE_THE_VERB = {"have", "has", "had", "will", "would", "shall", "should", "may", "might", "can", "could", "do",
                    "does", "did", "are", "is", "were", "was", "be", "been", "not", "n't", "never", "also",
                    "already", "all", "both", "since", "now", "officially", "formally", "each", "too", "which",
                    "that", "who"}  # fmt: skip


def region_closing(words: Span, context: Context) -> list[str]:
    """A region's states closing a list of named ones: the list's glue, a number, the region's plural (then only
    the verb's auxiliaries and adverbs, or a relative pronoun, before the verb)."""
    tokens = [t for t in words if t.lower_ not in LIST_GLUE and not t.like_num and number_from_words(t.lower_) is None]
    while len(tokens) > 1 and tokens[-1].lower_ in _BEFORE_THE_VERB:
        tokens.pop()
    if len(tokens) == 1:
        return list(context.groups.of_plural(tokens[0].lower_, context.published))
    if len(tokens) == 2 and REGION_NOUNS.get(tokens[1].lower_):
        return list(context.groups.of_adjective(tokens[0].lower_, context.published))
    return []


def region_opening(first: Span, context: Context) -> list[str]:
    """A region's states opening a list of named ones, right before its first state: 'The Baltic states and Finland',
    'the three Baltic states, Finland and Poland' (the region's plural or adjective and noun, a number, 'the',
    then the list's glue)."""
    doc = first.doc
    i = first.start - 1
    if i < 0 or doc[i].lower_ not in (",", "and"):
        return []
    while i >= 0 and doc[i].lower_ in (",", "and"):
        i -= 1
    if i < 0:
        return []
    if members := context.groups.of_plural(doc[i].lower_, context.published):  # "Baltics and Finland"
        return list(members)
    if REGION_NOUNS.get(doc[i].lower_) and i > 0:  # "the Baltic states and Finland"
        return list(context.groups.of_adjective(doc[i - 1].lower_, context.published))
    return []


def regional(words: Span, context: Context) -> list[str]:
    """'the three Baltic states': the region's states; 'the Baltic state': the one of them the article named last."""
    doc, groups, day = words.doc, context.groups, context.published
    for token in words:
        if plural := groups.of_plural(token.lower_, day):  # "the Baltics will exit"
            return list(plural)
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if (members := groups.of_adjective(token.lower_, day)) and following in REGION_NOUNS:
            if REGION_NOUNS[following]:
                return list(members)
            return [s for s in context.state_mentions if s in members][-1:]
    return []


_BARE_LEADS = {"as", "when", "if", "once", "while", "because", "where", "since"}


def _bare_plural(verb: Span, clause: Span) -> bool:
    """'Countries that quit the 1997 treaty will be able to ...', 'As countries quit the convention, ...': a plural
    group noun with no determiner or number, opening the sentence or a clause ('as', 'when'), speaks of any states
    that do so, not of those the article named."""
    doc = clause.doc
    for token in doc[verb.sent.start : verb.start]:
        if token.lower_ not in ("countries", "states", "nations", "governments"):
            continue
        previous = doc[token.i - 1] if token.i > verb.sent.start else None
        return previous is None or previous.lower_ in _BARE_LEADS
    return False


def _senders(verb: Span, actors: list[Span]) -> list[str]:
    """'received notification from Washington': the states a notice is received from."""
    if verb.lemma_ != "receive":
        return []
    senders = [e for e in actors if e.start > verb.end and preposition(e) == "from"]
    return list(dict.fromkeys(str(e.ent_id_) for e in listed_with(actors, senders[0], forward=True))) if senders else []


def _group_of_its_own(actors: list[Span], verb: Span, context: Context) -> bool:
    """'Four more nations – Samoa, San Marino, Vanuatu, and Gambia – have ratified the treaty and seven more countries
    have signed it': after the named states' own verb, 'and' opens a clause whose subject is a counted group; the verb
    is the group's, not the named states' (not 'Chile, Peru and 20 other countries signed', one list)."""
    doc = verb.doc
    named = [e for e in actors if e.end <= verb.start]
    if not named:
        return False
    words = doc[named[-1].end : verb.start]
    joint = next((t.i for t in words if t.lower_ == "and"), None)
    if joint is None or not any(t.is_alpha for t in doc[words.start : joint]):
        return False
    return _counted_others(doc[joint + 1 : verb.start], context)


_COUNTED_MORE = {"more", "other", "additional", "further", "member"}  # "seven more countries", "12 other states",
# "after 15 member states have deposited"


def _counted_others(words: Span, context: Context) -> bool:
    """'164 states had ratified', 'more than 160 countries have joined', 'seven more countries have signed it', 'after
    15 member states have deposited their ratification instruments': the subject is a group counted by a number other
    than the count of states the article named last (not 'the three countries will cease to be members'), so the deed
    is the group's, none of the named states'."""
    for token in words:
        if token.lower_ not in _GROUPS | {"parties"} or token.i == words.start:  # "at least 55 Parties ... have"
            continue
        number = token.doc[token.i - 1]
        if number.lower_ in _COUNTED_MORE and token.i - 1 > words.start:
            number = token.doc[token.i - 2]
        digits = number.text.replace(",", "")
        value = int(digits) if digits.isdigit() else number_from_words(number.lower_)  # "164", "seven"
        if value is not None and value > 1 and value != len(context.states):
            return True
    return False


def _group_agent(verb: Span, clause: Span) -> bool:
    """'issued by the three countries', 'notified by the two states': the agent is a group the article named."""
    doc = clause.doc
    start = verb.end + (0 if verb[-1].lower_ == "by" else 1)
    if verb[-1].lower_ != "by" and (verb.end >= clause.end or doc[verb.end].lower_ != "by"):
        return False
    agent = doc[start : min(start + 3, clause.end)]
    return any(t.lower_ in ("countries", "states", "nations") for t in agent) and not _unnamed_group(agent)


def _unnamed_group(words: Span) -> bool:
    """'Other EU states', 'several countries', 'which countries': a group the article does not name (the word
    within two before the group noun; not the relative 'which' of '..., which took effect')."""
    groups = [t.i for t in words if t.lower_ in ("countries", "states", "nations", "governments")]
    return any(t.lower_ in UNNAMED_GROUP for i in groups for t in words.doc[max(words.start, i - 2) : i]) or (
        not groups and any(t.lower_ in UNNAMED_GROUP - {"which", "what"} for t in words)
    )


_EXAMPLES = {"include", "includes", "included", "including", "like", "as"}  # "such as", "like India"


def _group_members(verb: Span, actors: list[Span], clause: Span) -> list[str]:
    """'Countries that have not joined include China, Russia, ...', 'China and Pakistan — countries that, like
    India, have not joined': the verb's subject is a group of states ('countries that'); the states it names as
    examples ('include', 'including', 'such as', 'like') and those it stands in apposition to are the ones the
    verb is said of."""
    doc = clause.doc
    window = doc[max(clause.start, verb.start - 8) : verb.start]
    that = next((t for t in window if t.lower_ in ("that", "which", "who") and t.i > clause.start), None)
    if that is None or doc[that.i - 1].lower_ not in COUNT_NOUNS:
        return []
    examples = [
        e for e in actors
        if e.start > that.i and any(t.lower_ in _EXAMPLES for t in doc[max(that.i, e.start - 8) : e.start])
    ]  # fmt: skip
    noun = that.i - 1  # "China and Pakistan — countries that ...": the list the noun stands in apposition to
    dash = noun - 1 if noun > clause.start and doc[noun - 1].text in ("—", "–", "-", ",") else noun
    before = next((e for e in actors if e.end == dash), None)
    named = listed_with(actors, before, forward=False) if before is not None else []
    first = next((e for e in examples if _opens_examples(doc, e)), None)
    named += listed_with(actors, first, forward=True) if first is not None else []
    return list(dict.fromkeys(str(e.ent_id_) for e in named))


def _opens_examples(doc: Doc, state: Span) -> bool:
    """A state right after the examples' word or a comma, an article between ('include the United States, China')."""
    before = state.start - 1
    if before > 0 and doc[before].lower_ == "the":
        before -= 1
    return doc[before].lower_ in _EXAMPLES or doc[before].text == ","


_ALONG = (("along", "with"), ("together", "with"), ("as", "well", "as"))


def along_with(subject: Span, actors: list[Span], verb: Span) -> list[Span]:
    """'Russia - along with the United States, China and India - has not signed', 'Russia, together with China, has
    not': the states named after 'along with' between the subject and its verb act with it."""
    doc = verb.doc
    i = subject.end
    while i < verb.start and (doc[i].text in (",", "-", "—", "–") or doc[i].lower_ == "which"):
        i += 1
    words = [t.lower_ for t in doc[i : i + 3]]
    opener = next((o for o in _ALONG if tuple(words[: len(o)]) == o), None)
    if opener is None:
        return []
    first = next((e for e in actors if i + len(opener) <= e.start < verb.start), None)
    return [e for e in listed_with(actors, first, forward=True) if e.end <= verb.start] if first is not None else []


_OTHERS = {"other", "more"}
_CLAUSE_OPENERS = {"while", "whereas", "but", "and", "although", "though", "which", "who"}


def along_after(verb: Span, actors: list[Span], clause: Span) -> list[str]:
    """'Indonesia submitted the TPNW ratification document ... on Tuesday along with two other countries—Sierra Leone
    and the Solomon Islands', 'Kenya ratified it on Monday together with Ghana': the states 'along with' / 'together
    with' names after the verb did the act with its subject (VCLT Arts. 11-16: each State's own consent, on the same
    day). Only states right after the phrase, or after 'N other countries' and a dash, colon or comma; not a
    possessive ('together with France's support'), nor past a comma or a clause's opening word ('..., while many
    European countries, along with Canada, are')."""
    doc = clause.doc
    for i in range(verb.end, clause.end - 2):
        words = tuple(t.lower_ for t in doc[i : i + 2])
        if words not in (("along", "with"), ("together", "with")):
            continue
        set_off = i - 1 > verb.end and doc[i - 1].text == ","  # "withdrew in the 1980s, along with Britain": the
        # verb's own adjunct, then the phrase set off by a comma
        if any(t.text in (",", ";", "—") or t.lower_ in _CLAUSE_OPENERS for t in doc[verb.end : i - set_off]):
            return []  # "... are not parties, while many European countries, along with Canada, are": another clause
        j = i + 2
        if j + 2 < clause.end and doc[j].like_num and doc[j + 1].lower_ in _OTHERS and doc[j + 2].lower_ in COUNT_NOUNS:
            j += 3  # "along with two other countries—"
            if j < clause.end and doc[j].text in ("—", "–", "-", ":", ","):
                j += 1
        first = next((e for e in actors if e.start == j or (e.start == j + 1 and doc[j].lower_ == "the")), None)
        if first is None or (first.end < clause.end and doc[first.end].text in ("'s", "’s")):
            return []
        return [str(e.ent_id_) for e in listed_with(actors, first, forward=True) if e.start >= j]
    return []


_LISTING = {"these", "they", "those"}


def members_listed(sentence: Span) -> list[str]:
    """'These include Egypt, Iran, Israel and Russia.', 'Those countries include ...': a sentence that only lists the
    states of a group the sentence before spoke of; the states, two or more, or none when it says more."""
    words = list(islice((t for t in sentence if not t.is_punct), 3))  # the first three words say whether it lists
    if len(words) < 3 or words[0].lower_ not in _LISTING:
        return []
    verb = 2 if words[1].lower_ in COUNT_NOUNS else 1
    if words[verb].lemma_ != "include":
        return []
    named = [e for e in actors_in(sentence) if e.start > words[verb].i]
    rest = {t.lower_ for t in sentence[words[verb].i + 1 - sentence.start :] if not t.is_punct} - {"and", "the", "of"}
    rest -= {t.lower_ for e in named for t in e}
    return list(dict.fromkeys(str(e.ent_id_) for e in named)) if len(named) >= 2 and not rest else []


def actors_before(verb: Span, actors: list[Span]) -> bool:
    """Whether a state is named before the verb in its sentence."""
    return any(verb.sent.start <= e.start and e.end <= verb.start for e in actors)


def _aside(ent: Span) -> bool:
    """'In addition to Nicaragua, Venezuela, which ...': a state after 'to', 'besides' or 'like' is set aside."""
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("to", "besides", "like", "unlike", "than")


def _none_named(verb: Span, clause: Span, context: Context) -> bool:
    """'As of 2022, 164 states had ratified the treaty', 'The EU joined the convention': no state named acts."""
    return _counted_others(clause.doc[clause.start : verb.start], context) or _organisation_acts(verb, clause)


def _headline_group(words: set[str], context: Context, verb: Span, clause: Span) -> list[str]:
    """A headline's counted group ('Three countries ratify ...') as the body's first States, as many as it counts;
    a headline's one State described ('Country neighboring Russia withdraws ...') as the one the body names most."""
    if context.headline and words & _GROUPS and _as_many(words, context.ahead_states):
        return list(context.ahead_states)
    return _headline_country(verb, clause, context)


_ONE_STATE = {"country", "nation", "state"}


def _headline_country(verb: Span, clause: Span, context: Context) -> list[str]:
    """A headline whose subject is one State described, not named ('Country neighboring Russia withdraws from
    Anti-Personnel Mine Ban Treaty', RBC-Ukraine, 24 April 2025; 'Baltic nation quits ...'): the State the body names
    most (headline_caps.most_named). Not a State in general ('Any country may withdraw'), nor one that may act."""
    if not context.headline or context.ahead_most is None:
        return []
    words = [t.lower_ for t in clause.doc[clause.start : verb.start] if t.is_alpha]
    if not words or not set(words) & _ONE_STATE or set(words) & (_GROUPS | _NOT_ONE):
        return []
    return [context.ahead_most]


_NOT_ONE = {"any", "each", "every", "no", "may", "can", "could", "would", "should", "if", "which", "whether"}


def _as_many(words: set[str], states: list[str]) -> bool:
    """A headline's group ('Three West African countries', 'Baltic states') is the body's first states: as many
    as its number says, or two or more when it gives none."""
    numbers = [n for w in words - {"a", "an"} if (n := number_from_words(w)) is not None]
    return len(states) > 1 and (not numbers or numbers[0] == len(states))


_NONE_NOUNS = {"state", "party", "country", "member", "states", "parties", "countries", "nation"}  # generic subjects


def _generic_subject(verb: Span, clause: Span) -> bool:
    """'a state may withdraw', 'the withdrawing state has ... terminated', 'any party': no state in particular; 'no
    member has ever left the EU', 'No country has withdrawn' (Sky News, 20 March 2017; batch 56): none, so no state's
    exit is told (not the article's state)."""
    words = [t.lower_ for t in clause.doc[max(clause.start, verb.start - 5) : verb.start]]
    for i, word in enumerate(words[:-1]):
        if word in ("a", "any", "each", "every", "withdrawing", "another", "no") and words[i + 1] in _NONE_NOUNS and (
            i == 0 or words[i - 1] != "as"
        ):  # fmt: skip  # "its withdrawal ... as a member state": a role
            return True
        if word == "no" and words[i + 2 : i + 3] and words[i + 2] in _NONE_NOUNS:
            return True  # "No EU country has ever withdrawn", "No other country has yet left" (h-prec, session 21)
    return _indefinite_member(verb, clause)


def _indefinite_member(verb: Span, clause: Span) -> bool:
    """'the first time a Council of Europe member has withdrawn from ...': the subject's head noun, over the
    auxiliaries, is a member / state / country whose determiner, over a name ('Council of Europe'), is indefinite."""
    doc = clause.doc
    i = verb.start - 1
    while i >= clause.start and doc[i].lower_ in ("has", "have", "had", "been", "ever", "is", "was", "would", "will"):
        i -= 1
    if i < clause.start or doc[i].lower_ not in ("member", "state", "country", "nation", "party"):
        return False
    i -= 1
    while i >= clause.start and (doc[i].is_title or doc[i].is_upper or doc[i].lower_ in ("of", "-", "member")):
        i -= 1
    return i >= clause.start and doc[i].lower_ in ("a", "an", "any", "each", "every", "another")


def _has_subject(verb: Span, clause: Span, context: Context | None = None) -> bool:
    """'The country exited ...', 'It withdrew ...': a subject other than a state is written before the verb; 'As
    countries quit the convention, ... U.S. funding cuts' (a bare plural, any states: no state after it acts); 'As
    the Baltic states quit the convention, ...' (a region's states, read by ``regional``)."""
    words = clause.doc[max(clause.start, verb.start - 4) : verb.start]
    if any(t.lower_ in SUBJECT_NOUNS for t in words) or _bare_plural(verb, clause):
        return True
    return context is not None and bool(regional(words, context))


def named_here(states: list[str], clause: Span) -> list[str]:
    """The states among ``states`` that the clause names itself (not one it leaves implicit)."""
    named = {str(e.ent_id_) for e in actors_in(clause)}
    return [s for s in states if s in named]


def former_or_latter(verb: Span, clause: Span, context: Context) -> str | None:
    """'the former' / 'the latter' before the verb: the first or the second of the two states named last
    ('Kenya and Ghana ... The former joined in 2005, the latter in 2007')."""
    if len(context.states) < 2:
        return None
    words = [t.lower_ for t in clause.doc[clause.start : verb.start]]
    pairs = [(i, w) for i, w in enumerate(words[1:], 1) if words[i - 1] == "the" and w in ("former", "latter")]
    if not pairs:
        return None
    return context.states[-2] if pairs[-1][1] == "former" else context.states[-1]


def _organisation_acts(verb: Span, clause: Span) -> bool:
    """'The EU joined the Istanbul Convention', 'The European Union signed the convention in 2017': an organisation
    (named as its founding treaty, not by a treaty's own name) is the subject of an active verb."""
    doc = clause.doc
    words = [t for t in doc[clause.start : verb.start] if not (t.is_punct or t.lower_ in ("the", "also", "then"))]
    if not words or passive_voice(verb) or words[0].ent_type_ != "TREATY":
        return False
    name = [t for t in words if t.ent_type_ == "TREATY" and t.ent_iob_ != "O"]
    rest = words[len(name) :]
    return not any(t.lower_ in INSTRUMENT_NOUNS for t in name) and all(t.pos_ == "ADV" for t in rest)
