"""Which trigger matches of a clause are kept: overlaps to the longest, 'effective' only before a date, a notice
only with a notice noun, and verbs in a subordinate or conditional clause (not asserted).
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from app.numbers import number_from_words
from app.reading.expiry import treaty_expires
from app.reading.held_open import held_open
from app.reading.notices import intent_to, tells_leaving, told_exit
from app.reading.ratification import instrument_of_consent
from app.reading.treaty_refs import annulled, state_agent, treaty_before, withdrawal_subject
from app.reading.vocabulary import (
    ADVERBS,
    CONSENT_DONE,
    DEPOSITARY_WORDS,
    ENTRY_NOUN_STARTS,
    EXIT_HEADS,
    FUTURE,
    GENERIC_TREATY,
    GIVEN_UP,
    MODALS,
    NOTIFICATION_NOUNS,
    PARLIAMENTS,
    PASSIVE_EXITS,
    REVERSING,
    UNDOING,
    VOTED_CONSENT,
    VOTES_FOR,
    WITHDRAW_LEMMAS,
    WITHDRAWAL_NOUNS,
)
from app.reading.withdrawn_things import left_unnamed_bodies, withdraws_a_thing
from app.reading.words import (
    CALENDAR_WORDS,
    exit_noun,
    fronted_call,
    house_voted,
    near_noun,
    passive_voice,
    preposition,
    word_before,
)

_SUSPENSIONS = {"suspend", "suspends", "suspended", "suspending", "suspension"}


def _suspension_effective(effective: Span, clause: Span) -> bool:
    """'suspended its treaty obligations effective February 2, 2019', 'the suspension of its participation,
    effective ...': 'effective' dates the suspension named before it in the clause, with no exit word between."""
    doc = clause.doc
    before = doc[max(clause.start, effective.start - 10) : effective.start]
    suspension = next((t for t in reversed(before) if t.lower_ in _SUSPENSIONS), None)
    if suspension is None:
        return False
    between = doc[suspension.i + 1 : effective.start]
    return not any(t.lower_ in WITHDRAWAL_NOUNS or t.lemma_ == "withdraw" for t in between)


_REQUESTING = {"requesting", "request", "requested", "asking", "seeking", "sought", "asked"}
_DELAYS = {"extension", "extend", "delay", "postponement", "postpone"}


def _requests_extension(notice: Span, clause: Span) -> bool:
    """'sent a letter ... requesting an extension of Article 50', 'wrote to Tusk asking for a delay': the letter
    asks for more time; it gives no notice of withdrawal."""
    doc = clause.doc
    after = [t.lower_ for t in doc[notice.end : min(clause.end, notice.end + 14)]]
    return any(w in _REQUESTING and set(after[i + 1 : i + 5]) & _DELAYS for i, w in enumerate(after))


def _required_for(effect: Span, clause: Span) -> bool:
    """'for denunciation to take effect', 'for a withdrawal to become effective': the effect as the purpose a
    requirement serves ('for' + an exit noun + 'to'), no effect of its own."""
    doc = clause.doc
    if effect.start - 2 < clause.start or doc[effect.start - 1].lower_ != "to":
        return False
    before = [t.lower_ for t in doc[max(clause.start, effect.start - 5) : effect.start - 1]]
    if "for" not in before:
        return False
    after_for = before[len(before) - before[::-1].index("for") :]
    return bool(after_for) and all(w in ("the", "a", "its", "their", "any") or w in WITHDRAWAL_NOUNS for w in after_for)


def suspension_dates(dates: list[Span], clause: Span) -> list[Span]:
    """The clause's dates less those a suspension owns ('suspended its treaty obligations effective February 2,
    2019 and will withdraw in six months': not the day the exit takes effect)."""
    doc = clause.doc
    return [
        d
        for d in dates
        if not (d.start > clause.start and doc[d.start - 1].lower_ == "effective"
                and _suspension_effective(doc[d.start - 1 : d.start], clause))
    ]  # fmt: skip


def _undated_effective(verb: Span, dates: list[Span]) -> bool:
    """'effective' is kept only right before a date."""
    return len(verb) == 1 and verb[0].lower_ == "effective" and not any(d.start == verb.end for d in dates)


def _process_of_an_exit(verb: Span, dates: list[Span]) -> bool:
    """'Poland completed the process on 20 February this year, after submitting a notification of withdrawal ...':
    a bare process completed on a day is the exit's when its sentence tells of a withdrawal (not 'completed the
    ratification process', whose noun is matched before the process)."""
    if verb[-1].lower_ not in ("process", "procedure"):
        return True  # another leaving verb
    doc = verb.doc
    dated = any(0 <= d.start - verb.end <= 1 for d in dates)
    return dated and any(t.lower_ in WITHDRAWAL_NOUNS for t in doc[verb.sent.start : verb.sent.end])


_ARGUING = {"argue", "argues", "argued", "arguing", "claim", "claims", "claimed", "claiming", "allege", "alleges",
            "alleged", "alleging", "contend", "contends", "contended", "insist", "insists", "insisted", "maintain",
            "maintains", "maintained", "believe", "believes", "believed", "think", "thinks", "thought", "accuse",
            "accuses", "accused", "accusing"}  # fmt: skip


def argued(verb: Span, clause: Span) -> bool:
    """The trigger stands in what someone argues, claims, maintains or believes ('Some analysts argue that the US
    effectively left the INF Treaty years ago', 'the administration maintains that the executive order ... satisfied
    the one-year notice requirement'): a position reported, contested by its very verb, not a fact the article tells
    (as 'said', 'announced' report one). The position ends at a comma: 'Though North Korean officials argued that its
    withdrawal was official immediately, according to Article X ... the withdrawal was not official until today'."""
    doc = verb.doc
    return any(
        t.lower_ in _ARGUING
        and doc[t.i + 1].lower_ == "that"
        and not _determined_noun(t)
        and not any(_clause_comma(w) for w in doc[t.i : verb.start])
        for t in doc[max(clause.start, verb.start - 15) : verb.start - 1]
    )


def _untold(verb: Span, clause: Span) -> bool:
    """A position argued, or a deed held open ('does not rule out leaving', 'have either withdrawn or announced
    intentions to leave': held_open.py): no deed told."""
    return argued(verb, clause) or held_open(verb, clause)


def _clause_comma(token: Token) -> bool:
    """A comma ending a clause, not one of a date's ('on January 20, 2025, formally initiated')."""
    doc = token.doc
    return token.text == "," and not (
        doc[token.i - 1].like_num or (token.i + 1 < len(doc) and doc[token.i + 1].like_num)
    )


def _determined_noun(token: Token) -> bool:
    """'The claim that Hungary notified ...' (a fact-check): the noun, naming what is checked, not a verb."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in ("the", "a", "this", "that", "his", "her", "its", "their")


def kept_triggers(
    triggers: list[tuple[str, Span]], dates: list[Span], clause: Span, headline: bool = False
) -> list[tuple[str, Span]]:
    """'effective' only before a date; 'presents a sad landmark' is no notification; 'notified the UN of its intent
    to withdraw in October': the withdrawal is what the notice says, the date is the notice's."""
    kept = []
    for n, (lb, v) in enumerate(triggers):
        if lb == "LEAVE" and v[0].lower_ == "out" and not (headline and _state_out_of_a_treaty(v)):
            continue  # "US out of Paris pact" is a headline's exit; "out of concern", "keep X out of it" are not
        if lb == "LEAVE" and v[0].lemma_ == "escape" and not _treaty_right_after(v):
            continue  # "has officially escaped from the Paris Climate Agreement"; not "escaped from prison"
        if _untold(v, clause) or _undated_effective(v, dates) or (lb == "LEAVE" and not _process_of_an_exit(v, dates)):
            continue  # "Some analysts argue that the US effectively left the INF Treaty": a position, not a fact told
        if len(v) == 1 and v[0].lower_ == "effective" and _suspension_effective(v, clause):
            continue  # "has suspended its treaty obligations effective February 2, 2019": the suspension's day, and a
            # suspended party remains a party (VCLT Arts. 57, 72): no exit takes effect
        if len(v) == 1 and v[0].lower_ == "effective" and _leading(v, clause):
            continue  # 'Effective Saturday, "the United States will ... begin the process of withdrawing"': the
            # date of what follows, not an effect
        noticed = v.lemma_ == "notify" or near_noun(v, clause, NOTIFICATION_NOUNS) or tells_leaving(v, clause)
        noticed = noticed or instrument_of_consent(v, clause) is not None  # "handed over the documents of ratification"
        if lb == "NOTIFY" and len(v) == 1 and not noticed and told_exit(v, clause) is None:  # "informed UNESCO that it
            # would formally withdraw from the organization": a notice all the same
            continue
        if lb == "JOIN" and (_joined_something_else(v, clause) or _adhered_to_terms(v, clause)):
            continue  # "re-entered talks on the Paris Agreement", "joined calls to leave the pact": not the treaty
        if lb == "JOIN" and _accompanied(v, clause):
            continue  # "Turkey became the first signatory ..., joined by 45 other member states": with others
        if lb == "EFFECT" and _required_for(v, clause) and not any(0 <= d.start - v.end <= 2 for d in dates):
            continue  # "the six month period required under Article 71 for denunciation to take effect": an undated
            # requirement's purpose, not an effect that happened or will (not "for its withdrawal to take effect in
            # January 2010")
        if lb == "EFFECT" and v.lemma_ == "expire" and treaty_expires(v, clause):
            continue  # "Russia suspended the treaty in February, and it is set to expire in early 2026": its term
        if lb == "NOTIFY" and _no_notice_sent(v, clause):
            continue  # a person told, an extension requested, a notice reversing an exit, an application to join
        if lb == "NOTIFY" and v.lemma_ == "send" and _sent_moving(v, clause):
            continue  # "actions that have already sent our nation's credibility plummeting": a cause, no notice
        if lb == "NOTIFY" and v.lemma_ == "tell" and told_exit(v, clause) is None:
            continue  # "told MTI that the government is due to start the withdrawal": only the depositary told
        if lb == "NOTIFY" and v.lemma_ == "forward" and not _state_forwards(v, clause):
            continue  # "the Secretary-General forwarded the notification to the parties": the depositary passes on
        if lb == "EFFECT" and v[0].lower_ in ("making", "setting") and not _official_date(v, dates):
            continue  # "making 27 January 2026 the official date" (of the exit just named), nothing else
        if lb == "FORCE" and v[0].lower_ in ENTRY_NOUN_STARTS and not _entry_dated(v, dates, clause):
            continue  # "since its entry into force in 1970", "in force since 1998": only with the date right after
        if lb == "BOUND" and v[-1].lower_ in ("comply", "abide") and not _treaty_obeyed(v, clause):
            continue  # "still obliged to abide by them (the court's judgements)": bound by something else
        if lb == "BOUND" and (_bound_by_norms(v, clause) or _generic_party(v)):  # "EU member states are parties to"
            continue  # "the EU as a whole will be bound by ambitious international standards": not by a treaty
        verbal = v[min(2, len(v) - 1)].lower_ in _REENTERED  # "re-entered", "re-admitted to": a verb, not the noun
        if v[0].lower_ in _CONSENT_NOUNS and not verbal and not owned_consent_noun(v):
            continue  # "the signature of the treaty", "awaiting ratification of": no state's act named
        if reversed_act(v):
            continue  # "Russia, which de-ratified the CTBT in 2023": the act undone, not done (another kind)
        if lb == "LEAVE" and v.lemma_ == "denounce" and _denounced_as(v, clause):
            continue  # "denouncing it as a neo-colonial instrument": a criticism, not a denunciation in law
        if lb == "LEAVE" and annulled(v) and not treaty_before(v, clause):
            continue  # "the law was denounced": only a treaty annulled or denounced is left
        if lb == "LEAVE" and annulled(v) and v[-1].lower_ in PASSIVE_EXITS and not _treaty_left_by_a_state(v, clause):
            continue  # "the pact was left in tatters", "the plan to quit the treaty was abandoned by Poland"
        now_effective = v[0].lower_ in ("is", "was") and v[-1].lower_ == "effective"  # "... is now effective"
        done = v[-1].lower_ in ("official", "final", "completed", "finalized", "finalised", "binding")  # "is set to be
        # completed", "became legally binding"
        if lb == "EFFECT" and (done or now_effective) and not withdrawal_subject(v):
            continue  # "the decree became official": only a withdrawal's becoming official is its effect
        if lb == "LEAVE" and (exit_as_subject(v, clause) or _listed_noun_exit(v, clause) or _stated_exit(v)):
            continue  # "The US exit from the Paris Agreement in November 2020 left the accord weaker": the exit
            # leaves something, no state leaves a treaty (the exit itself is the noun's, nominal.py); "the threat of
            # Mali, Niger, Burkina Faso exit" (2025): the noun after a preposition's list of states, no verb; "3
            # nations confirm exit" (2024): the noun a verb of saying or intending takes, an exit said, not done
        if lb == "LEAVE" and n and triggers[n - 1][0] == "NOTIFY" and intent_to(v, triggers[n - 1][1]):
            continue
        if lb == "NOTIFY" and court_filing(v, clause):
            continue  # "The first petition was filed on May 16, 2018 by opposition Senators": a case, not a notice
        if lb == "LEAVE" and (reconsidered_exit(v) or withdraws_a_thing(v) or left_unnamed_bodies(v)):
            continue  # "a six-month grace period to rethink their exit": an exit still open, no deed; "withdrew its
            # reservation to the Covenant", "Withdraws the Right of Individual Petition under": the State stays a party
        kept.append((lb, v))
    return kept


def _no_notice_sent(verb: Span, clause: Span) -> bool:
    """'I have just been informed that the President has signed a decree' (a person told); 'sent a letter ...
    requesting an extension of Article 50' (TEU Art. 50(3)); 'notice reversing its exit'; 'Finland handed in its
    official letter of application on May 18, 2022' (a bid to join); 'In a letter sent today, Amnesty urged ...' (a
    call): no notice of withdrawal."""
    return (
        person_told(verb)
        or _requests_extension(verb, clause)
        or reversing_notice(verb, clause)
        or _application_handed(verb, clause)
        or fronted_call(verb)
    )


_APPLYING = {"application", "applications", "candidacy", "candidature"}


def _application_handed(verb: Span, clause: Span) -> bool:
    """'handed in its official letter of application', 'submitted its application for membership', 'deposited
    their applications to join': what is handed over is a request to be admitted (a step towards joining, North
    Atlantic Treaty Art. 10), not a notice of withdrawal; the noun within the few words after the verb."""
    doc = clause.doc
    return any(t.lower_ in _APPLYING for t in doc[verb.end : min(verb.end + 7, clause.end)])


_GOVERNING = {"of", "on", "about", "over", "after", "amid", "following", "for", "with", "against"}


def _listed_noun_exit(verb: Span, clause: Span) -> bool:
    """'the threat of Mali, Niger, Burkina Faso exit', 'after Mali and Niger exit': 'exit' after a list of states
    that a preposition governs is the noun (their exit), not the states' verb: nothing asserted done. So is 'exits'
    right after a determiner, a possessive or a preposition ('Trump's second term: a year of exits', 'more exits':
    words.exit_noun)."""
    doc = clause.doc
    if verb[0].lower_ not in ("exit", "exits"):
        return False
    if len(verb) == 1 and exit_noun(verb[0]):
        return True
    i = verb.start - 1
    named = False
    while i >= clause.start and (doc[i].ent_type_ in ("STATE", "CAPITAL") or doc[i].text in (",", "and", "&")):
        named = named or doc[i].ent_type_ in ("STATE", "CAPITAL")
        i -= 1
    return named and i >= clause.start and doc[i].lower_ in _GOVERNING


_SAYING_OR_INTENDING = {"confirm", "confirms", "confirmed", "announce", "announces", "announced", "declare",
                        "declares", "declared", "reaffirm", "reaffirms", "reaffirmed", "mull", "mulls", "weigh",
                        "weighs", "eye", "eyes", "plan", "plans", "seek", "seeks", "threaten", "threatens", "vow",
                        "vows", "consider", "considers", "back", "backs", "signal", "signals"}  # fmt: skip


def _stated_exit(verb: Span) -> bool:
    """'West African bloc faces split as 3 nations confirm exit' (TruthNigeria, 16 December 2024), 'Niger mulls
    exit': 'exit' right after a verb of saying or intending is that verb's object, the exit told as said or
    planned (README 'Announcements'), not the states' deed."""
    doc = verb.doc
    return verb[0].lower_ in ("exit", "exits") and verb.start > 0 and doc[verb.start - 1].lower_ in _SAYING_OR_INTENDING


_CONSENT_NOUNS = {"signature", "ratification", "re", "reentry"}
_REENTERED = {"enter", "enters", "entered", "entering", "admitted"}  # "re-entered", "re-admitted to": the verb, not
# the noun 're-entry'

_NOT_YET = {"planned", "expected", "scheduled", "due", "proposed", "pending", "awaited", "possible", "likely"}


def owned_consent_noun(verb: Span) -> bool:
    """'America's signature of', 'its ratification of', 'the US re-entry into': a state's act told as a noun, its
    owner (a possessive, 'its', a state's name or adjective) right before it."""
    doc, i = verb.doc, verb.start
    if i == 0:
        return False
    before = doc[i - 1]
    if any(t.lower_ in MODALS | FUTURE | _NOT_YET for t in doc[verb.end : verb.sent.end]):
        return False  # "A US re-entry into the Paris Agreement could come in 2021", "is planned for 2027": no deed
    if before.ent_type_ and i >= 2 and doc[i - 2].lower_ in ("a", "an"):
        return False  # "a US signature": no deed
    if any(t.lower_ in UNDOING or t.lemma_ in UNDOING for t in doc[max(verb.sent.start, i - 5) : i]):
        return False  # "Russia revoked its ratification of the CTBT in 2023": the consent undone
    if len(verb) > 2 and verb[1].lower_ == "by":
        return True  # "today's ratification by Indonesia of the CTBT": the State named inside, after 'by'
    if house_voted(doc, i):
        return True  # "the Verkhovna Rada voted for the ratification of": a parliament's approval
    if before.text in ("'s", "’s"):
        return i >= 2 and doc[i - 2].ent_type_ in ("STATE", "CAPITAL")
    at = i - 2 if before.lower_ == "the" else i - 1  # "Ukraine's parliament supports ratification of": a house's vote
    votes = VOTES_FOR | VOTED_CONSENT
    if at >= 0 and (doc[at].lower_ in CONSENT_DONE or (at == i - 1 and doc[at].lower_ in votes)):  # "Ukraine has
        # completed the ratification of", "the Verkhovna Rada supported the ratification of" (not a government's)
        voted = doc[at].lower_ in votes
        return not voted or any(t.lower_ in PARLIAMENTS for t in doc[max(verb.sent.start, at - 6) : at])
    return before.lower_ in ("its", "their") or before.ent_type_ in ("STATE", "CAPITAL")


_UNDOING_PREFIXES = {"de", "un", "non", "anti"}


def reversed_act(verb: Span) -> bool:
    """'de-ratified', 'un-signed': a prefix joined by a hyphen that undoes the verb's act (a ratification revoked is
    no ratification: tests/data/articles/README.md, Russia and the CTBT)."""
    doc, i = verb.doc, verb.start
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in _UNDOING_PREFIXES and not doc[i - 1].whitespace_


_PHRASE_WORDS = {"from", "of", "in", "on", "the", "a", "last", "this", "effective", "formal", "official", "early",
                 "late", "mid", "-", ","}  # fmt: skip
_DECISIONS = {"decision", "move", "choice"}


def _decided_exit(doc: Doc, i: int, clause: Span) -> bool:
    """'The US decision to quit the WHO, effective 22 January 2026, leaves ...': an exit verb after 'decision to'
    heads the subject as an exit noun does."""
    return (
        doc[i].lemma_ in WITHDRAW_LEMMAS and i - 2 >= clause.start and doc[i - 1].lower_ == "to"
        and doc[i - 2].lower_ in _DECISIONS
    )  # fmt: skip


# what is filed in a court or lodged with a judge ('a petition challenging the withdrawal'): not a state's notice
_COURT_FILINGS = {"petition", "petitions", "lawsuit", "lawsuits", "suit", "suits", "complaint", "complaints", "case",
                  "cases", "appeal", "appeals", "plea", "pleas", "writ", "challenge", "challenges"}  # fmt: skip


def court_filing(verb: Span, clause: Span) -> bool:
    """'The first petition was filed on May 16, 2018', 'senators filed a petition against the withdrawal': what the
    verb files (its passive subject just before it, its object just after) is a case in court."""
    doc = clause.doc
    if verb[0].lemma_ not in ("file", "lodge", "submit", "present"):
        return False
    before = doc[max(clause.start, verb.start - 3) : verb.start]
    after = doc[verb.end : min(clause.end, verb.end + 3)]
    return any(t.lower_ in _COURT_FILINGS and not _writ_to_leave(t) for t in [*before, *after])


def _writ_to_leave(filed: Token) -> bool:
    """'Venezuela submitted a writ to denounce the American Convention': a State's written denunciation (a translated
    'escrito'), not a case in court."""
    doc = filed.doc
    ahead = doc[filed.i + 1 : min(len(doc), filed.i + 3)]
    return filed.lower_ == "writ" and len(ahead) == 2 and ahead[0].lower_ == "to" and ahead[1].lemma_ in WITHDRAW_LEMMAS


# verbs whose object is an exit still in question ('to rethink their exit', 'urged it to reconsider its withdrawal')
_RECONSIDERING = {"rethink", "reconsider", "revisit", "review", "reassess", "debate", "discuss", "delay", "postpone"}


def reconsidered_exit(verb: Span) -> bool:
    """'to rethink their exit', 'to reconsider Mali's withdrawal': an exit noun owned (a possessive, 'its', 'their')
    and the object of a verb of reconsidering, an exit in question and not one done or dated."""
    doc = verb.doc
    if len(verb) != 1 or verb[0].lower_ not in EXIT_HEADS:
        return False
    i = verb.start - 1
    if i >= 0 and doc[i].text in ("'s", "’s") and doc[i - 1].ent_type_:
        i -= 2  # "Mali's": the owner's name before its possessive
    elif i >= 0 and doc[i].lower_ in ("its", "their", "his", "her", "our", "the"):
        i -= 1
    else:
        return False
    return i >= 0 and doc[i].lemma_ in _RECONSIDERING


def exit_as_subject(verb: Span, clause: Span) -> bool:
    """'The US exit from the Paris Agreement in November 2020 left ...', 'Turkey's withdrawal leaves ...': the
    verb's subject is an exit noun (its prepositional phrases, a treaty's name and a date between), not a state."""
    doc = verb.doc
    if verb[0].lower_ in EXIT_HEADS:
        return False
    i = verb.start - 1
    while i >= clause.start and doc[i].lower_ not in EXIT_HEADS and not _decided_exit(doc, i, clause):
        token = doc[i]
        state_named = token.ent_type_ in ("STATE", "CAPITAL") and preposition(doc[i : i + 1]) != "of"
        if state_named or not (token.lower_ in _PHRASE_WORDS or token.ent_type_ == "TREATY" or token.like_num
                               or token.lower_ in ADVERBS or (token.is_title and not token.ent_type_)):  # fmt: skip
            return False
        i -= 1
    return i >= clause.start


def _state_forwards(verb: Span, clause: Span) -> bool:
    """'the Russian Foreign Ministry forwarded these notifications on July 14': a state (or its ministry) named in
    the clause before 'forwarded' sends its own notice; a depositary or an organisation forwarding one passes
    another's on."""
    before = clause.doc[clause.start : verb.start]
    if before and before[-1].lemma_ == "bring":
        return False  # "brought forward its planned withdrawal": made earlier, no notice passed on
    return any(t.ent_type_ in ("STATE", "CAPITAL") for t in before) and not any(
        t.lower_ in DEPOSITARY_WORDS for t in before
    )


_NORMS = {"standards", "rules", "decisions", "rulings", "judgments", "judgements", "principles", "norms", "values",
          "laws", "regulations", "resolutions", "verdicts"}  # fmt: skip


def _bound_by_norms(verb: Span, clause: Span) -> bool:
    """'will be bound by ambitious international standards', 'bound by the court's rulings': what binds, named after
    'by', is a body of norms and no treaty (not 'bound by the UN-backed nuclear test ban', a treaty described)."""
    doc = verb.doc
    if verb[-1].lower_ != "bound" or verb.end >= len(doc) or doc[verb.end].lower_ != "by":
        return False
    words = []
    for token in doc[verb.end + 1 : min(verb.end + 9, clause.end)]:
        if token.is_punct and token.text != "-":
            break
        words.append(token)
    norms = [t for t in words if t.lower_ in _NORMS]
    named = any(  # not "strict EU standards": the organisation's norms
        (t.ent_type_ == "TREATY" and not (norms and t.i + 1 < len(doc) and doc[t.i + 1] in norms))
        or t.lower_ in GENERIC_TREATY
        for t in words
    )
    return bool(norms) and not named


def _treaty_obeyed(verb: Span, clause: Span) -> bool:
    """'obligated to comply with all provisions of the Rome Statute', '... with the convention': a treaty (named
    or 'the convention') within the words after the verb, before any punctuation."""
    for token in clause.doc[verb.end : min(verb.end + 8, clause.end)]:
        if token.ent_type_ == "TREATY" or token.lower_ in GENERIC_TREATY:
            return True
        if token.is_punct:
            return False
    return False


def _denounced_as(verb: Span, clause: Span) -> bool:
    """'denounced the court as biased', 'denouncing it as an instrument of repression': to denounce a treaty or
    a body *as* something is to condemn it; the denunciation of VCLT Art. 56 and the treaties' clauses takes no
    'as' ('as of 1 January' is a date). So is denouncing what no treaty is ("denounced 'interventionist tendencies'",
    'denounced the sanctions'): the object, up to a comma, 'and' or a date's preposition, names neither a treaty nor
    the noun or pronoun of one."""
    doc = clause.doc
    for token in doc[verb.end : min(verb.end + 8, clause.end)]:
        if token.is_punct:
            break
        if token.lower_ == "as":
            return token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "of"
    return _something_else_denounced(verb, clause)


_OBJECT_ENDS = {"and", "in", "on", "at", "by", "from", "with", "after", "before", "last", "this", "since"}
_TREATY_PRONOUNS = {"it", "them", "its", "their", "both", "all"}


def _something_else_denounced(verb: Span, clause: Span) -> bool:
    doc = clause.doc
    words = []
    for token in doc[verb.end : min(verb.end + 8, clause.end)]:
        if token.lower_ in _OBJECT_ENDS or (token.is_punct and not token.is_quote and token.text not in ("-", "–")):
            break
        words.append(token)
    named = [t for t in words if t.is_alpha and t.lower_ not in ("the", "a", "an")]
    if not named:
        return False  # "Trinidad and Tobago denounced on 26 May 1998": no object, the treaty of the context
    return not any(t.ent_type_ == "TREATY" or t.lower_ in GENERIC_TREATY or t.lower_ in _TREATY_PRONOUNS for t in named)


_SUBJECT_ADVERBS = {"also", "still", "both", "all", "each", "now", "already", "currently"}


def _generic_party(verb: Span) -> bool:
    """'is / are party to' (no article) not said of a State's treaty: ``_bare_party_of_a_treaty``."""
    return verb[-2].lower_ in ("party", "parties") and not _bare_party_of_a_treaty(verb)


def _bare_party_of_a_treaty(verb: Span) -> bool:
    """'They are party to the Rome Statute', 'Mongolia is also party to': the copula's own subject, right before it
    (an adverb aside), is a State or a personal pronoun ('they', 'it'), not a generic noun ('EU member states are
    parties to', 'all countries that are party to') whose States the sentence names elsewhere; and what it is party to
    is a treaty (not 'party to the dispute')."""
    doc = verb.doc
    after = doc[verb.end : min(verb.end + 8, verb.sent.end)]
    named = next((t for t in after if t.lower_ not in ("the", "a", "an")), None)
    if named is None or not (named.ent_type_ == "TREATY" or named.lower_ in GENERIC_TREATY):
        return False
    subject = word_before(verb, _SUBJECT_ADVERBS)
    if subject is None:
        return False
    opens = subject.i == verb.sent.start or doc[subject.i - 1].text in (":", ";")  # "Withdrawal Mechanism: They are"
    return subject.ent_type_ == "STATE" or (subject.lower_ in ("they", "it") and opens)


def _official_date(verb: Span, dates: list[Span]) -> bool:
    """'..., making 27 January 2026 the official date': a date right after, then 'the official/effective date';
    '..., setting up August 2, 2019 as the first day the United States could legally exit the treaty'."""
    date = next((d for d in dates if d.start == verb.end), None)
    after = [t.lower_ for t in verb.doc[date.end : date.end + 12]] if date is not None else []
    after = after[1:] if after[:1] in (["as"], [","]) else after  # "making January 27 2026, the official date"
    if after[:3] in (["the", "official", "date"], ["the", "effective", "date"]):
        return True
    if after[:2] in (["the", "date"], ["the", "day"]):  # "making March 29, 2019 the date that Britain will be out of
        return any(w in _EXIT_WORDS for w in after[2:9])  # the EU"
    return after[:3] == ["the", "first", "day"] and any(w in ("exit", "leave", "withdraw") for w in after[3:])


_EXIT_WORDS = {"exit", "exits", "leave", "leaves", "withdraw", "withdraws", "out", "departure"}


def first_day_states(verb: Span, dates: list[Span], actors: list[Span]) -> list[str]:
    """'setting up August 2, 2019 as the first day the United States could legally exit the treaty': the states
    named after 'the first day', whose exit that day is."""
    if verb[0].lower_ not in ("making", "setting") or not _official_date(verb, dates):
        return []
    date = next(d for d in dates if d.start == verb.end)
    window = verb.doc[date.end : min(date.end + 12, len(verb.doc))]
    return list(dict.fromkeys(str(e.ent_id_) for e in actors if window.start <= e.start and e.end <= window.end))


_IN_EFFECT_OTHERS = {"withdrawal", "exit", "denunciation", "departure", "suspension", "sanctions", "ban", "decree",
                     "law", "measures", "reservation", "moratorium"}  # fmt: skip


def _something_else_in_effect(verb: Span, clause: Span) -> bool:
    """'in effect since' says what is in effect; the treaty only when no exit, law or measure stands before it in
    the clause ('The agreement is in effect since 4 November 2016', DR1, 10 February 2017; batch 53)."""
    return any(t.lower_ in _IN_EFFECT_OTHERS for t in clause.doc[clause.start : verb.start])


def _entry_dated(verb: Span, dates: list[Span], clause: Span) -> bool:
    """'its entry into force in 1970' (the date after 'in' or 'on'), 'in force since 1998' (right after); not 'The US
    withdrawal ... has been in effect since 4 November 2020' (the exit's, not the treaty's)."""
    doc = verb.doc
    if verb[1].lower_ == "effect" and _something_else_in_effect(verb, clause):
        return False
    end = verb.end
    if end + 1 < len(doc) and doc[end].lower_ == "of" and verb[0].lower_ != "in":  # "the entry into force of the
        end += 1 + (doc[end + 1].lower_ in ("the", "an", "a"))  # Treaty on ... at the end of next January"
        while end < len(doc) and doc[end].ent_type_ == "TREATY":
            end += 1
        if end == verb.end + 1 or doc[end - 1].ent_type_ != "TREATY":
            return False
    gap = 1 if end < len(doc) and doc[end].lower_ in ("in", "on", "at") and verb[0].lower_ != "in" else 0
    return any(d.start == end + gap for d in dates)


def _leading(verb: Span, clause: Span) -> bool:
    """'Effective Saturday, ...': the word opens the clause (over quotes) and its date ends at a comma."""
    doc = clause.doc
    opening = all(t.is_punct for t in doc[clause.start : verb.start])
    comma = next((t for t in doc[verb.end : min(verb.end + 6, clause.end)] if t.is_punct), None)
    return opening and comma is not None and comma.text == ","


def subordinate(verb: Span, clause: Span) -> bool:
    """'once the UK has left', 'if Russia withdraws', 'no consensus that North Korea has withdrawn' (not the cleft
    'It was not until December 2021 that Russia left': a deed, dated)."""
    window = clause.doc[max(clause.start, verb.start - 6) : verb.start]
    if _not_until_cleft(verb):
        return False
    if any(t.lower_ in _CONDITIONS and not _until_then(t) for t in window):
        return True
    if _condition_of_listed(verb, clause):
        return True
    if _inverted_condition(verb) or _future_time_clause(verb) or _after_leaving_could(verb) or _counterfactual(verb):
        return True
    if undated_time_clause(verb, clause):
        return True
    if period_event(verb):
        return True
    if _alternative(verb, clause) or _unadopted_instrument(verb, clause) or _permitted(verb, clause):
        return True
    if _purpose(verb):
        return True
    that = [t.i for t in window if t.lower_ == "that" and t.nbor(-1).lower_ != "now"]  # "now that": a fact
    return bool(that) and any(
        t.lower_ in ("not", "n't", "no", "doubt", "unclear") for t in clause.doc[clause.start : that[0]]
    )


def _not_until_cleft(verb: Span) -> bool:
    """'It was not until December 2021 that Russia left the treaty': the sentence opens 'It was not until', and a
    'that' before the verb closes the date the cleft puts first."""
    doc = verb.doc
    opening = [t.lower_ for t in doc[verb.sent.start : min(verb.sent.start + 4, verb.start)]]
    return opening in (["it", "was", "not", "until"], ["it", "is", "not", "until"]) and any(
        t.lower_ == "that" for t in doc[verb.sent.start + 4 : verb.start]
    )


_INSTRUMENTS = {"decree", "law", "bill", "order", "resolution", "motion", "ordinance", "act"}
_NOT_ADOPTED = {"may", "might", "could", "would", "will", "shall", "should", "to", "not", "n't", "never", "draft",
                "proposed", "planned", "possible"}  # fmt: skip
_QUOTES = {"“", "”", '"', "‘", "’", "'"}


def _unadopted_instrument(verb: Span, clause: Span) -> bool:
    """'may sign a decree that denounces the agreement', 'did not sign a decree that "denounced" it', 'a draft law
    that withdraws': the verb tells what an instrument says, and the instrument is not said to be adopted (a modal,
    an intention, a negation or a draft before it), so nothing is asserted."""
    doc = clause.doc
    i = verb.start - 1
    while i >= clause.start and doc[i].text in _QUOTES:
        i -= 1
    if i - 1 < clause.start or doc[i].lower_ not in ("that", "which") or doc[i - 1].lower_ not in _INSTRUMENTS:
        return False
    return any(t.lower_ in _NOT_ADOPTED for t in doc[max(clause.start, i - 6) : i - 1])


_PERMISSIONS = {"go-ahead", "ahead", "light", "greenlight", "approval", "authorisation", "authorization", "mandate",
                "permission", "clearance", "nod"}  # fmt: skip


def _permitted(verb: Span, clause: Span) -> bool:
    """'gave the go-ahead yesterday for the bloc to sign its largest free trade accord', 'gave the green light for
    Latvia to ratify', 'gave its approval to ratify the Paris agreement': a permission to act, told in an infinitive
    after its noun; whether the act was done is not said (a cabinet's or a council's decision is no signature,
    ratification or exit)."""
    doc = clause.doc
    if verb.start < 1 or doc[verb.start - 1].lower_ != "to":
        return False
    window = doc[max(clause.sent.start, verb.start - 9) : verb.start - 1]
    permission = any(t.lower_ in _PERMISSIONS and not _ahead_with(t) for t in window)
    return permission and not any(t.lower_ in (".", ";") for t in window)


def _ahead_with(token: Token) -> bool:
    """'moving ahead with plans to leave': going on with the plan, no go-ahead given."""
    doc = token.doc
    return token.lower_ == "ahead" and token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "with"


def _purpose(verb: Span) -> bool:
    """'To leave the IWC next year, Japan needs to notify the commission by January 1': an infinitive that opens the
    sentence tells a purpose (what it would take), not a deed or a date of one."""
    doc = verb.doc
    if verb.start >= 1 and doc[verb.start - 1].lower_ == "to" and verb.start - 1 == verb.sent.start:
        return True
    return _needed_for(verb)


_NEEDED = {"required", "needed", "necessary", "needs", "need", "enough", "sufficient"}


def _needed_for(verb: Span) -> bool:
    """'the $60 million dues payment required for the United States to rejoin UNESCO': 'for X to VERB' after a word
    of need tells what the deed would take, not that it was done. The 'for' is within the six words before 'to'."""
    doc = verb.doc
    if verb.start < 3 or doc[verb.start - 1].lower_ != "to":
        return False
    start = max(verb.sent.start, verb.start - 8)
    fors = [t.i for t in doc[start : verb.start - 1] if t.lower_ == "for"]
    return bool(fors) and fors[-1] > start and doc[fors[-1] - 1].lower_ in _NEEDED


_CONDITIONS = {"once", "if", "unless", "until", "till", "whether"}
_LISTING = {",", "and", "or", "&", "the", "as", "well"}
_AUXILIARY = {"have", "has", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may",
              "might", "must", "also", "all", "both", "each", "formally", "fully"}  # fmt: skip


def _condition_of_listed(verb: Span, clause: Span) -> bool:
    """'cannot go into force until eight holdouts — China, Egypt, ..., and the United States — have signed and
    ratified it', 'unless Russia, Belarus and Iran ratify it': a condition whose subject is a list of states too long
    for the six words the window looks back over. Walking back from the verb over its auxiliaries, the states, the
    commas and 'and' between them, an insertion between dashes and a head of at most three words ('eight holdouts',
    'the two countries'), the word before the subject opens the clause: a condition, nothing asserted."""
    doc = clause.doc
    i = verb.start - 1
    while i >= clause.start and doc[i].lower_ in _AUXILIARY | {"not", "n't", "yet"}:
        i -= 1
    named, head = False, 0
    while i >= clause.start:
        token = doc[i]
        if token.ent_type_ in ("STATE", "CAPITAL"):
            named = True
        elif token.text in ("—", "–", ")"):  # an insertion: back to the dash or bracket that opens it
            opener = "(" if token.text == ")" else token.text
            start = next((j for j in range(i - 1, clause.start - 1, -1) if doc[j].text == opener), clause.start)
            named = named or any(t.ent_type_ in ("STATE", "CAPITAL") for t in doc[start:i])
            i = start
        elif token.text == "," and not (i > clause.start and doc[i - 1].ent_type_ in ("STATE", "CAPITAL")):
            return False  # "Until 26 August 1998, Trinidad and Tobago remain party": the list opens a main clause
        elif token.lower_ not in _LISTING:
            if token.lower_ in _CONDITIONS:
                return named and not _until_then(token)
            head += 1
            if head > 3 or token.is_punct:
                return False
        i -= 1
    return False


def dated_until(label: str, verb: Span, clause: Span, dates: list[Span]) -> bool:
    """'will remain a full member until its withdrawal takes effect on 31 December 2026': an effect after 'until'
    that names its day is asserted (the day the status ends), not a condition; without a day ('until the
    withdrawal takes effect') it stays subordinate."""
    window = clause.doc[max(clause.start, verb.start - 6) : verb.start]
    words = {t.lower_ for t in window}
    if label != "EFFECT" or not words & {"until", "till"} or words & {"once", "if", "unless", "whether"}:
        return False
    return any(verb.end <= d.start <= verb.end + 2 for d in dates)


def _after_leaving_could(verb: Span) -> bool:
    """'After leaving the Convention, Finland could buy mines again', 'Finland will be free to lay mines after
    withdrawing': an undated gerund after 'after' / 'upon' beside a modal main clause tells what would follow an
    exit, not that it happened ('eight years after joining it in 2011', dated, is a deed: not this)."""
    doc, sentence = verb.doc, verb.sent
    if not verb[0].lower_.endswith("ing") or verb.start == 0 or doc[verb.start - 1].lower_ not in ("after", "upon"):
        return False
    if any(t.like_num for t in doc[verb.end : min(verb.end + 7, sentence.end)]):
        return False  # the gerund's own date: a deed told in passing
    if doc[verb.start - 1].i == sentence.start:  # "After leaving X, Finland could ...": the main clause follows
        comma = next((t.i for t in doc[verb.end : sentence.end] if t.text == ","), None)
        main = doc[comma : sentence.end] if comma is not None else doc[verb.end : verb.end]
    else:  # "Finland could buy mines after leaving X": the main clause comes first
        main = doc[sentence.start : verb.start - 1]
    return any(t.lower_ in FUTURE or t.lower_ in MODALS for t in main)


def _until_then(token: Token) -> bool:
    """'Until then, the three states remain bound': a time adverb before its comma, not a condition's 'until'."""
    doc = token.doc
    words = [t.lower_ for t in doc[token.i + 1 : min(token.i + 4, len(doc))]]
    adverb = words[:2] in (["then", ","], ["now", ","]) or words[:3] == ["that", "time", ","]
    return token.lower_ == "until" and adverb


_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}


def period_event(verb: Span) -> bool:
    """'six months after the depositary receives the instrument', 'a year from when the UN is notified': a verb in
    the present after a period and 'after' / 'from' / 'following' is the event the period runs from (a rule), not
    a notice given ('took effect six months after Finland notified the UN on 27 June', in the past and dated, still
    tells one; undated, the reader reads only the rule: reader._notice_kind)."""
    doc = verb.doc
    if not counted_from(verb):
        return False
    head = verb[0]
    passive = verb.start > 0 and doc[verb.start - 1].lower_ in ("is", "are")  # "after the notice is received"
    return passive or head.lower_ in (head.lemma_, f"{head.lemma_}s", f"{head.lemma_}es")


_EVENT_REACH = 6


def counted_from(verb: Span, past_an_apposition: bool = False) -> bool:
    """'a year after Burundi notified the UN', 'six months from when the UN is notified': the verb follows a period
    and 'after' / 'from' / 'following' (not 'weeks after', time that passed), the event the period runs from. With
    ``past_an_apposition``, two more words are looked over and the commas between must pair ('a year after its
    capital, Bujumbura, officially notified'): a single comma ends a phrase the verb is not in ('A month after this
    announcement, the government submitted')."""
    doc = verb.doc
    reach = _EVENT_REACH + (2 if past_an_apposition else 0)
    window = doc[max(verb.sent.start, verb.start - reach) : verb.start]
    joints = [t.i for t in window if t.lower_ in ("after", "from", "following") and t.i > 0]
    if not joints or doc[joints[0] - 1].lower_ not in _UNITS or _elapsed(doc[joints[0] - 1]):
        return False
    return not past_an_apposition or sum(t.text == "," for t in doc[joints[0] : verb.start]) % 2 == 0


def _elapsed(unit: Token) -> bool:
    """'Days After US Leaves WHO', 'just weeks after Russia quits the treaty': a plural unit with no number before
    it tells time that passed since a deed, not a period counted from an event ('six months after', 'a year from')."""
    before = unit.doc[unit.i - 1] if unit.i > unit.sent.start else None
    counted = before is not None and (
        before.like_num or number_from_words(before.lower_) is not None or before.lower_ in ("a", "an", "the")
    )
    return unit.lower_.endswith("s") and not counted


def _future_time_clause(verb: Span) -> bool:
    """'After the letter is received by the European Council, the two-year countdown will begin': a present verb
    in a time clause opening the sentence, before a future main clause, tells what will happen then, not a deed."""
    sentence = verb.sent
    words = [t for t in sentence if not t.is_quote]
    if not words or words[0].lower_ not in ("after", "when", "once", "before", "as", "upon"):
        return False
    comma = next((t.i for t in words if t.text == "," and t.i > verb.start), None)
    if comma is None or any(t.text == "," for t in verb.doc[words[0].i : verb.start]):
        return False
    present = verb.start > 0 and verb.doc[verb.start - 1].lower_ in ("is", "are")
    present = present or (verb[0].lower_.endswith("s") and not verb[0].lower_.endswith("ss"))
    main = {t.lower_ for t in verb.doc[comma : sentence.end]}
    return present and bool(main & {"will", "shall", "'ll"})


_PRESENT_EFFECT = {"takes", "enters", "comes", "goes", "becomes", "kicks", "is", "are",
                   # "a two-year period of negotiations before the UK leaves the EU", "before the UK ceases to be a
                   # member state": the exit itself in the time clause, the end of what the main clause tells
                   "leaves", "leave", "quits", "exits", "withdraws", "ceases"}  # fmt: skip


def undated_time_clause(verb: Span, clause: Span) -> bool:
    """'The US must settle its arrears before its exit from the WHO takes effect': a present verb in a time clause
    after the main one ('before', 'until', 'when', 'once', 'as soon as') with no day after it tells when something
    else happens, not when the exit does (not 'before it took effect on 22 January', nor 'before ... on 22 January')."""
    doc = clause.doc
    window = doc[max(clause.start, verb.start - 8) : verb.start]
    opener = next((t for t in reversed(window) if t.lower_ in ("before", "when")), None)
    if opener is None or opener.i == clause.start or any(t.text in (",", ";") for t in doc[opener.i : verb.start]):
        return False
    first = doc[verb.start - 1] if verb[0].lower_ in ("effective", "final") and verb.start > 0 else verb[0]
    if first.lower_ not in _PRESENT_EFFECT:
        return False
    after = doc[verb.end : min(verb.sent.end, verb.end + 4)]
    return not any(t.like_num or t.lower_ in CALENDAR_WORDS for t in after)


def _alternative(verb: Span, clause: Span) -> bool:
    """'The UK must now hold European elections in May, or leave on 1 June without a deal': the second of two
    things a state must choose between, not a deed."""
    doc = clause.doc
    i = verb.start - 1
    while i > clause.start and doc[i].lower_ in ADVERBS:
        i -= 1
    if i <= clause.start or doc[i].lower_ != "or":
        return False
    words = [t.lower_ for t in doc[clause.start : i]]
    return "must" in words or any(words[n : n + 2] in (["has", "to"], ["have", "to"]) for n in range(len(words)))


def _inverted_condition(verb: Span) -> bool:
    """'Should Latvia leave the convention next year, ...', 'Had Poland notified the UN in 2024, ...': a condition
    written without 'if' (the auxiliary first), up to its comma."""
    sentence = verb.sent
    words = [t for t in sentence if not t.is_quote]
    if not words or words[0].text not in ("Should", "Had", "Were"):
        return False
    return not any(t.text in (",", ";") for t in verb.doc[words[0].i : verb.start])


_JOINED_OTHERS = {"talks", "negotiations", "discussions", "consultations", "calls", "call", "efforts", "effort",
                  "coalition", "campaign", "protests", "criticism", "debate", "meeting", "summit", "chorus", "push",
                  "bid", "opposition", "fight", "race", "lawsuit", "appeal"}  # fmt: skip


def _joined_something_else(verb: Span, clause: Span) -> bool:
    """'joined talks on the Paris Agreement', 're-entered negotiations over the treaty', 'joined calls to leave the
    pact': the verb's object is something other than the treaty named after it."""
    ahead = [t for t in clause.doc[verb.end : min(verb.end + 3, clause.end)] if t.lower_ not in ("the", "a", "an")]
    return bool(ahead) and ahead[0].lower_ in _JOINED_OTHERS


_KEPT_TERMS = {"terms", "obligations", "provisions", "rules", "commitments", "limits", "limitations", "requirements",
               "principles", "norms", "standards", "spirit", "letter", "conditions"}  # fmt: skip


def _adhered_to_terms(verb: Span, clause: Span) -> bool:
    """'claiming Russia was not adhering to the treaty's terms', 'adheres to its obligations under the Convention':
    adhering to what a treaty says is compliance, not adhesion (accession) to the treaty ('adhered to the Convention
    in 1993' is)."""
    return verb[0].lemma_ == "adhere" and any(
        t.lower_ in _KEPT_TERMS for t in clause.doc[verb.end : min(verb.end + 5, clause.end)]
    )


def _accompanied(verb: Span, clause: Span) -> bool:
    """', joined by 45 other Council of Europe member states': a participle after a comma, with 'by', says who came
    along in the deed just told, not that anyone joined the treaty ('the treaty was joined by 45 states' is one)."""
    doc = clause.doc
    return (
        len(verb) == 1
        and verb[0].lower_ == "joined"
        and verb.start > clause.doc[verb.start].sent.start
        and doc[verb.start - 1].text in (",", "—", "–")
        and verb.end < len(doc)
        and doc[verb.end].lower_ == "by"
    )


_UNREAL = {"could", "would", "might"}


def _counterfactual(verb: Span) -> bool:
    """'If it had decided to withdraw from the UNFCCC, it could be informed immediately ... and come into force a year
    later', 'Had Poland notified the UN, the exit would have taken effect in 2025': the main clause after an unreal
    condition ('if' ... 'had', or 'Had' first) is what would have happened, with 'could' / 'would' / 'might' on its
    verb; nothing is asserted."""
    sentence = verb.sent
    words = [t for t in sentence if not t.is_quote]
    if not words or words[0].lower_ not in ("if", "had"):
        return False
    comma = next((t.i for t in words if t.text in (",", ";")), None)
    if comma is None or comma >= verb.start:
        return False
    condition = [t.lower_ for t in verb.doc[words[0].i : comma]]
    if words[0].lower_ == "if" and "had" not in condition:
        return False
    depth, unreal = 0, False
    for token in verb.doc[comma : verb.start]:  # "(the UNFCCC came into force in 1994 ...)": an aside, asserted
        depth += (token.text == "(") - (token.text == ")")
        unreal = unreal or (depth == 0 and token.lower_ in _UNREAL)
    return unreal and depth == 0


def followed_by_effective(rest: list[tuple[str, Span]], verb: Span) -> bool:
    if not rest:
        return False
    label, following = rest[0]
    return label == "EFFECT" and following[0].lower_ == "effective" and following.start - verb.end < 9


def _treaty_left_by_a_state(verb: Span, clause: Span) -> bool:
    """'The convention was abandoned by Ankara': in the passive, 'abandoned' / 'quit' / 'left' tell an exit only with
    a state's 'by' and the treaty itself the subject (not 'the plan to quit the treaty', 'its bid to leave it')."""
    subject = clause.doc[clause.start : verb.start]
    given_up = any(t.lower_ in GIVEN_UP or t.lemma_ in WITHDRAW_LEMMAS for t in subject)
    return state_agent(verb, clause) and not given_up


def _sent_moving(verb: Span, clause: Span) -> bool:
    """'have already sent our nation's credibility plummeting', 'sent prices soaring': 'send' with an object and a
    participle after it makes something move; no message is sent (no notice noun before the participle)."""
    window = clause.doc[verb.end : min(clause.end, verb.end + 6)]
    for token in window:
        words = {token.lower_, token.lemma_.lower()}
        if words & NOTIFICATION_NOUNS or words & {"letter", "note", "message", "instrument", "document", "notice"}:
            return False  # "sent letters confirming that they are quitting": messages
        if token.i > verb.end and token.lower_.endswith("ing") and token.lemma_ != token.lower_:
            return True  # a participle: "plummeting" (lemma "plummet"), not "thing"
    return False


def _treaty_right_after(verb: Span) -> bool:
    """The treaty named right after the verb ('escaped from the Paris Climate Agreement'), 'the' aside."""
    doc = verb.doc
    ahead = [t for t in doc[verb.end : min(verb.end + 2, len(doc))] if t.lower_ != "the"][:1]
    return bool(ahead) and ahead[0].ent_type_ == "TREATY"


def _state_out_of_a_treaty(verb: Span) -> bool:
    """'US out of Paris pact', 'Hungary out of ICC as exit takes effect': the headline opens with the state, right
    before the verbless 'out of', and the treaty follows it (not 'Keep the US out of ...', 'US out of options')."""
    doc = verb.doc
    opening = [t for t in doc[verb.sent.start : verb.start] if t.lower_ != "the" and not t.is_quote]
    state = bool(opening) and all(t.ent_type_ in ("STATE", "CAPITAL") for t in opening)
    state = state and len({t.ent_id_ for t in opening}) == 1
    ahead = [t for t in doc[verb.end : min(verb.end + 2, len(doc))] if t.lower_ != "the"][:1]
    return state and bool(ahead) and ahead[0].ent_type_ == "TREATY"


def longest(matches: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Overlapping verb matches -> the longest, in text order ("take effect" over "take")."""
    out: list[tuple[str, Span]] = []
    end = -1
    for label, span in sorted(matches, key=lambda m: (m[1].start, -len(m[1]))):
        if span.start >= end:
            out.append((label, span))
            end = span.end
    return out


_PERSONS = {"i", "you", "he", "she"}  # not "we": "we were informed ..., the UN said" is the depositary


def person_told(verb: Span) -> bool:
    """'I have just been informed that ...', 'we were told': a person is the one told, not a depositary notified."""
    doc = verb.doc
    if verb[0].lemma_ not in ("inform", "tell", "notify", "advise") or not passive_voice(verb):
        return False
    before = [t for t in doc[max(verb.sent.start, verb.start - 5) : verb.start] if t.is_alpha]
    return bool(before) and before[0].lower_ in _PERSONS


_EXIT_NOUNS = {"withdrawal", "withdrawals", "exit", "pullout", "pull-out", "denunciation"}


def reversing_notice(verb: Span, clause: Span) -> bool:
    """The notice's content, before the exit noun it names, is the exit's reversal: 'Gambia's notice reversing its
    withdrawal from the ICC', 'notification to the UN secretary-general of The Gambia's decision to reverse
    withdrawal', 'a letter revoking the notification of withdrawal'."""
    doc = clause.doc
    window = doc[verb.end : min(clause.end, verb.end + 15)]
    exit_at = next((t.i for t in window if t.lower_ in _EXIT_NOUNS), None)
    if exit_at is None:
        return False
    return any(t.lower_.startswith(REVERSING) for t in doc[verb.end : exit_at])


_LETTERS = {"letter", "notice", "note", "notification", "document", "instrument"}


def reversal_restated(verb: Span, clause: Span, before: Span | None) -> bool:
    """'The world body received the letter ... on Friday' after 'has formally received Gambia's notice reversing its
    withdrawal': a definite letter with no exit of its own restates the sentence before's notice, which undid the
    exit (VCLT Art. 68), so it is no notice of withdrawal."""
    if before is None:
        return False
    doc = clause.doc
    after = doc[verb.end : min(clause.end, verb.end + 3)]
    if not (len(after) >= 2 and after[0].lower_ in ("the", "this", "that") and after[1].lower_ in _LETTERS):
        return False
    if any(t.lower_ in _EXIT_NOUNS for t in clause):
        return False
    return any(t.lower_ in NOTIFICATION_NOUNS and reversing_notice(before.doc[t.i : t.i + 1], before) for t in before)
