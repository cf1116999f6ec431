"""Claims of 'take effect' / 'enter into force' / 'cease' verbs: the treaty's own entry into force, an exit done,
the day an exit takes effect, 'immediately', and an undated headline's value.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span, Token

from app.reading.context import Context
from app.reading.expiry import treaty_expires
from app.reading.forwarded import done_notice
from app.reading.other_effects import effect_of_a_measure
from app.reading.tense import joins_a_deed, reentry_under_way
from app.reading.treaty_refs import names_treaty_before, treaty_subject
from app.reading.triggers import subordinate
from app.reading.vocabulary import CONSENT_ACTS, GENERIC_TREATY, INSTRUMENT_NOUNS, MADE, UNDOING, WITHDRAWAL_NOUNS
from app.reading.when import MONTHS
from app.reading.words import actors_in, mentions_withdrawal, preposition, word_before
from schemas.checks import ClaimKind


def owners_inside(verb: Span, actors: list[Span]) -> list[str]:
    """'the entry into force of Latvia's decision to withdraw': the state named inside an effect's noun phrase."""
    if "entry" not in (verb[0].lower_, verb[1].lower_ if len(verb) > 1 else ""):
        return []
    return [str(e.ent_id_) for e in actors if verb.start <= e.start and e.end <= verb.end]


def in_force_for(verb: Span, clause: Span, states: list[str]) -> tuple[ClaimKind, list[str]]:
    """'entered into force for Lithuania on ...' (the state's), 'came into force in the Philippines three months
    later' (a date it became bound); else the treaty's own entry into force."""
    if any(t.lower_ == "for" for t in clause.doc[verb.end : verb.end + 2]):
        return "entry_into_force", states[:1]
    inside = [e for e in actors_in(clause) if e.start - verb.end in (1, 2) and preposition(e) == "in"]
    if inside:
        return "bound_on", [str(inside[0].ent_id_)]
    consented = any(_state_consented(t) for t in clause.doc[clause.start : verb.start])
    if states and consented:  # "The Philippines ratified the Rome Statute in August 2011 and it entered into
        return "entry_into_force", states[:1]  # force from November 2011": for the state that ratified
    return "entry_into_force", []


def _state_consented(token: Token) -> bool:
    """'ratified', 'acceded', 'joined' with the State as its subject; not the passive 'was ratified by the US Senate
    on May 27, 1988, coming into force on June 1, 1988' (The Sun, 2018), 'ratified by the UK in 1951 and entered into
    force on 3rd September 1953' (ObiterJ blog, 2015): the treaty the subject, its own entry into force."""
    doc = token.doc
    return token.lower_ in ("ratified", "acceded", "joined") and not (
        token.i + 1 < len(doc) and doc[token.i + 1].lower_ == "by"
    )


_DECISION_NOUNS = frozenset({"decision", "move", "step", "withdrawal", "exit", "denunciation"})


def decided_exit(verb: Span, clause: Span, context: Context) -> list[str]:
    """The states whose exit 'This decision will come into force in January 2026' dates: the subject is only 'this /
    that / the decision' (or 'move', 'withdrawal'), the sentence before tells a withdrawal and names the states (one
    or more). Empty when the clause names a state of its own or the decision is not the exit's."""
    before = [t.lower_ for t in clause.doc[clause.start : verb.start] if not t.is_punct]
    while before and before[-1] in ("will", "would", "shall", "should", "is", "was", "to", "has", "had", "officially"):
        before.pop()
    decided = len(before) == 2 and before[0] in ("this", "that", "the") and before[1] in _DECISION_NOUNS
    if not decided or actors_in(clause) or context.since_withdrawal != 0:
        return []
    return list(context.previous_states)


def effect_kind(
    verb: Span, clause: Span, states: list[str], tense: str, date: Span | None, headline: bool, value: str | None
) -> tuple[ClaimKind, list[str], str | None] | None:
    """What a 'took effect' / 'ceased' verb claims: the treaty's own entry into force, an exit done or the day an exit
    takes effect; None when it claims nothing about the treaty."""
    if verb[0].lemma_ == "expire" and (names_treaty_before(verb) or treaty_expires(verb, verb.sent)):
        return None  # "the agreement, which expires in 2026", "The pact was originally set to expire in February
        # 2021": the treaty's term, not an exit
    if verb[0].lower_ in ("making", "setting") and states:
        return "effective_date", states, value  # "..., setting up August 2 as the first day X could exit the treaty"
    if effect_of_a_measure(verb, WITHDRAWAL_NOUNS):
        return None  # "the ban went into effect globally in 1986": a measure's effect, not an exit
    it_the_exit = _it_the_exit(verb)
    told = states or mentions_withdrawal(clause) or it_the_exit
    own = treaty_subject(verb) or _treaty_to_take_effect(verb) or _years_after_signing(verb, date) or _made_then(verb)
    if not it_the_exit and (not told or own):  # "The treaty, which came into effect on 1 January 2002"; "the CWC
        # will come into effect for Palestine starting from June 16": the State's
        return "entry_into_force", states[:1] if _for_the_state(verb) else [], value
    kind, value = _cessation(verb, tense, date, headline, value)  # "France ceased to be a party on 8 December 2023"
    return kind, states, value


def _it_the_exit(verb: Span) -> bool:
    """'... allows a party to denounce it by notifying the Secretary General; it takes effect three months later':
    'it' right before the verb, a withdrawal told earlier in its sentence, is that withdrawal, not the treaty."""
    doc = verb.doc
    if verb.start < 1 or doc[verb.start - 1].lower_ not in ("it", "this"):
        return False
    return mentions_withdrawal(doc[verb.sent.start : verb.start - 1])


def _treaty_to_take_effect(verb: Span) -> bool:
    """'Honduras' ratification sets the stage for the international treaty to take effect on January 22, 2021'
    (Common Dreams, 25 October 2020; batch 50), 'the first international treaty banning nuclear weapons will take
    effect Jan. 22' (Anadolu, 24 October 2020): the treaty right before 'to' or a modal and a verb of taking effect or
    entering into force, no withdrawal told in the sentence: the treaty's own entry into force, though a State's
    consent is named. Not 'for the decision to take effect', 'the exit from the treaty will take effect' (a withdrawal
    told) nor 'Istanbul Convention to expire in Turkey' (an end, not an entry into force)."""
    doc = verb.doc
    i = verb.start - 1
    if verb[0].lemma_ not in _ENTERING or i < 1 or doc[i].lower_ not in _TO_OR_MODAL or mentions_withdrawal(verb.sent):
        return False
    return doc[i - 1].ent_type_ == "TREATY" or doc[i - 1].lower_ in INSTRUMENT_NOUNS


def _for_the_state(verb: Span) -> bool:
    """'will come into effect for Palestine': 'for' right after the verb names the State it takes effect for."""
    doc = verb.doc
    return verb.end < len(doc) and doc[verb.end].lower_ == "for" and doc[verb.end].sent == verb.sent


_ENTERING = {"take", "enter", "come", "go", "become"}
_TO_OR_MODAL = {"to", "will", "would", "shall"}


def _years_after_signing(verb: Span, date: Span | None) -> bool:
    """'The treaty, originally signed in Paris in November 1990, ... It officially came into effect two years
    later', 'The CFE Treaty was signed in Paris on November 19, 1990. It took effect on November 9, 1992.': 'it'
    after a sentence telling the signing, dated from that day or on a day of its own, is the treaty coming into
    force (a withdrawal's effect would name the withdrawal, here or in the sentence before)."""
    if date is None or mentions_withdrawal(verb.sent) or verb.sent.start == 0:
        return False
    doc = verb.doc
    i = verb.start - 1
    while i >= verb.sent.start and doc[i].lower_ in ("officially", "formally", "finally", "only"):
        i -= 1
    if i < verb.sent.start or doc[i].lower_ != "it":
        return False
    before = doc[verb.sent.start - 1].sent
    if date[-1].lower_ != "later" and (
        any(t.lower_ in _ACTS_OF_STATE for t in before)
        or not any(t.ent_type_ == "TREATY" or t.lower_ in GENERIC_TREATY for t in before)
    ):
        return False  # "The law was signed on 20 July. It took effect on 6 March.": the law's effect, an exit's
    return any(t.lower_ in MADE for t in before) and not mentions_withdrawal(before)


_ACTS_OF_STATE = {"law", "bill", "decree", "order", "instrument", "letter", "note", "notice", "notification"}


def _made_then(verb: Span) -> bool:
    """'It was negotiated in 2015 and took effect on Nov. 4, 2016.' (AP, 4 November 2019; batch 56), 'It was signed in
    1997 and came into force in 1999': 'it', the subject of a verb of making a treaty ('negotiated', 'signed',
    'adopted', 'concluded', 'agreed'), is the subject of the verb of taking effect joined to it by 'and': one thing
    made and then in force, the treaty (a withdrawal is neither negotiated nor signed), though the article tells an
    exit; not when the sentence names a withdrawal or a State's act ('It was signed by Russia in 2000 and ...')."""
    doc, sent = verb.doc, verb.sent
    i = verb.start - 1
    while i >= sent.start and doc[i].lower_ in ("officially", "formally", "finally", "only", "then", "later"):
        i -= 1
    if i <= sent.start or doc[i].lower_ != "and" or mentions_withdrawal(sent):
        return False
    made = doc[sent.start : i]
    words = [t.lower_ for t in made if not t.is_punct]
    if words[:1] != ["it"] or len(words) < 3 or words[1] not in ("was", "had", "has"):
        return False
    if any(t.ent_type_ in ("STATE", "CAPITAL") for t in made):
        return False
    return any(w in MADE for w in words[2:4]) and not any(t.lower_ in _ACTS_OF_STATE for t in made)


def _cessation(
    verb: Span, tense: str, date: Span | None, headline: bool, value: str | None
) -> tuple[ClaimKind, str | None]:
    """'France ceased to be a party on 8 December 2023': an exit done, as 'is no longer a party'; an undated
    headline's 'Russia ceases to be a party to ...' likewise (a headline's present reports a done deed); otherwise
    the day the exit takes effect."""
    if verb[0].lower_ in ("ceased", "lost") and tense == "past":
        return "withdrew", value  # "lost its status as a party on 16 September 2022": an exit done
    if verb[0].lower_ == "ceases" and headline and date is None:
        return "withdrew", "true"
    return "effective_date", value


_SUSPENDING = {"suspension", "suspend", "suspends", "suspended", "suspending"}


_BODIES = {"secretariat", "committee", "commission", "depositary", "registrar", "court", "tribunal"}
_AUXILIARIES = {"has", "have", "had", "officially", "formally", "also", "now", "already"}


def _sent_by_a_body(verb: Span) -> bool:
    """'the UNHRC has sent notification that ...', 'the Secretariat has notified ...': the notice's sender is an
    international body (an acronym that names no state, or a body's noun), so it is not a State's withdrawal notice."""
    if verb[0].lemma_ == "receive":
        return False  # "The UN has received the US letter": the depositary receiving, as it should
    sender = word_before(verb, _AUXILIARIES)
    if sender is None:
        return False
    if sender.ent_type_ in ("STATE", "TREATY") or sender.ent_type_:
        return False
    acronym = sender.is_upper and sender.is_alpha and len(sender) >= 2
    return acronym or sender.lower_ in _BODIES


_MOVE_NOUNS = {"move", "decision", "return", "step", "re-entry", "reentry", "plan"}


def announced_next(verb: Span) -> bool:
    """'..., the United States is rejoining UNESCO. The move, announced by U.S. President George W. Bush in his
    recent U.N. speech, is a victory ...': the sentence after the progressive calls it an announced move, so the
    return is a decision under way, not done on the report's day (as 'Singapore is re-joining the organisation',
    the lede of the day it deposited, is)."""
    doc = verb.doc
    sentence = verb.sent
    if sentence.end >= len(doc):
        return False
    following = [t.lower_ for t in doc[sentence.end : min(len(doc), sentence.end + 5)]]
    if following[:1] not in (["the"], ["this"], ["that"]) or following[1:2] == [] or following[1] not in _MOVE_NOUNS:
        return False
    return any(w in ("announced", "unveiled", "declared") for w in following[2:5])


def headline_value(label: str, verb: Span, tense: str, context: Context) -> str | None:
    """An undated headline of one sentence: "X's Withdrawal ... Takes Legal Effect" (today); an undated notice in
    the past or perfect in the headline or the lede: "The U.K. has officially triggered Article 50", "The United
    States has formally notified UNESCO ...", "British Ambassador to Brussels handed over a letter" (done by the day
    of the report); a headline's present, "UK notifies withdrawal from ECT", for a notice given by then (weeks before,
    perhaps: the value says only 'by the day of the report')."""
    headline_present = context.headline and tense == "present"  # "UK notifies ...", "Mali, Burkina Faso send ..."
    if (
        label == "NOTIFY"
        and (((context.lede or done_notice(verb, _restates(context))) and tense == "past") or headline_present)
        and not subordinate(verb, verb.sent)
    ):
        words = {t.lower_ for t in verb.sent}
        if words & UNDOING or any(t.lower_ in ("before", "until") for t in verb.doc[verb.sent.start : verb.start]):
            return None  # "notified ... that the Instrument of Withdrawal was found invalid"; "before it gave notice"
        if _sent_by_a_body(verb):
            return None  # "the UNHRC has sent notification that the denunciation of Guyana ...": the body's notice
        if words & _SUSPENDING and not mentions_withdrawal(verb.sent):
            return None  # "has received a note from Uzbekistan on suspension of that country's operations": no exit
        return f"0001-01-01/{context.published.isoformat()}"  # by the day of the report, at the latest
    if label == "JOIN" and tense == "present" and context.lede and reentry_under_way(verb) and not announced_next(verb):
        return f"0001-01-01/{context.published.isoformat()}"  # the lede's "Singapore is re-joining the organisation"
    if consent_of_the_day(label, verb, tense, context):
        return f"0001-01-01/{context.published.isoformat()}"  # "Ukraine becomes party to the Rome Statute"
    if not context.headline or len(list(verb.doc.sents)) > 1:
        return None
    if (label == "EFFECT" or _exit_comes_into_force(label, verb)) and tense == "present" and not _after(verb.sent):
        return context.published.isoformat()  # "X's withdrawal ... takes effect", "... comes into force": today
    if (
        label == "JOIN"
        and tense == "present"
        and verb[0].lower_ in ("re", "rejoins", "reenters", "re-enters", "returns")
    ):
        return f"0001-01-01/{context.published.isoformat()}"  # "The US Re-Enters To the Paris Climate Accord", "Bolivia
        # Officially Returns as a Party to ...": back in by the day of the report (a re-entry, reported when done)
    return None


_UNITS = {"day", "days", "week", "weeks", "month", "months", "year", "years"}


def _after(sentence: Span) -> bool:
    """'Exit comes into force a year later', 'Withdrawal Takes Effect in Six Months' (a heading, Today Times Live, 3
    April 2025): the effect comes a period after an event, not on the report's day."""
    words = [t.lower_ for t in sentence]
    return any(w in _UNITS and i > 0 and (words[i - 1] in ("a", "an") or sentence[i - 1].like_num)
               for i, w in enumerate(words))  # fmt: skip


def _exit_comes_into_force(label: str, verb: Span) -> bool:
    """'Helsinki's withdrawal from the Ottawa Convention comes into force': an exit, not the treaty, is what comes
    into force (the treaty not the verb's subject: not 'Ottawa Convention Enters Into Force')."""
    return label == "FORCE" and mentions_withdrawal(verb.sent) and not treaty_subject(verb)


_CONSENTING = frozenset({"JOIN", "RATIFY", "ACCEDE", "SIGN"})
_CONSENT_LEMMAS = CONSENT_ACTS | {"become"}  # "Ukraine becomes party to the Rome Statute"


def consent_of_the_day(label: str, verb: Span, tense: str, context: Context) -> bool:
    """An undated joining, ratification or signature that is the news of the day: the headline's present ("Ukraine
    becomes party to the Rome Statute", "Armenia formally joins ICC", "Ukraine's parliament ratifies ICC's Rome
    Statute", "Syria signs Chemical Weapons Convention"):
    done by the day of the report (the judge reads the consent or the entry into force inside that span; Rome Statute
    Art. 126(2)). The perfect's membership ('has joined': 'true') and an undated simple past (nothing of today) are
    the consent readers'. Not a
    subordinate or participle clause ("after having ratified", "joining several allies in a move"), a sentence that
    tells an exit ("Argentina joins US in exiting WHO") or dates another act ("ratified the treaty in August 2011 and
    became the 117th member": the date is the first verb's, the second undated), a future or an intention."""
    head = verb[0]
    if (
        label not in _CONSENTING
        or head.lemma_ not in _CONSENT_LEMMAS
        or head.lower_.endswith("ing")
        or subordinate(verb, verb.sent)
        or mentions_withdrawal(verb.sent)
        or joins_a_deed(verb)  # "Latvia joins Lithuania in pulling out of ...": joining others in a deed
        or any(t.lower_ in ("having", "after") for t in verb.doc[max(verb.sent.start, head.i - 2) : head.i])
        or any(t.lower_ in MONTHS or (t.is_digit and len(t.text) == 4) for t in verb.sent)  # a year, not "31st"
    ):
        return False
    return context.headline and tense == "present" and headline_line(verb.doc)


_HEADLINE_SENTENCES = 3  # "Ukrainian parliament ratifies Rome Statute. Kyiv becomes party to International Criminal
_HEADLINE_WORDS = 15  # Court": a headline of two short sentences, the second ending the line without a full stop


def headline_line(doc: Doc) -> bool:
    """A headline's line: one sentence, or a few short ones ('Ukrainian parliament ratifies Rome Statute. Kyiv becomes
    party to International Criminal Court', Polish News, 21 August 2024) whose last ends the line without a full stop,
    as headlines do; not a lede paragraph standing first where the stored copy lacks its headline (whole sentences,
    each ending with its stop)."""
    sentences = list(doc.sents)
    if len(sentences) == 1:
        return True
    last = [t for t in doc if not t.is_space]
    return (
        len(sentences) <= _HEADLINE_SENTENCES
        and bool(last)
        and last[-1].text not in (".", "!", "?", "…")
        and all(len([t for t in s if t.is_alpha]) <= _HEADLINE_WORDS for s in sentences)
    )


def _restates(context: Context) -> bool:
    """The sentence before told a notice or an exit by one state (what an agentless passive may restate)."""
    return context.deed_before and len(context.previous_states) == 1


_PERFECT_EFFECTS = frozenset({"taken", "come", "become"})  # "has taken effect", "has come into effect", "has become
# effective"
_PERFECT_ADVERBS = frozenset({"now", "officially", "formally", "finally", "legally", "already", "also"})
_SPANS_AFTER = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years", "after", "following"})


def effect_just_taken(label: str, verb: Span, states: list[str], published: dt.date) -> str | None:
    """'Finland's formal withdrawal from the Ottawa Convention ... has officially taken effect, Yle reports': a
    state's exit in effect, told in the present perfect with no date of its own, took effect by the day of the report
    and in the days before it: the week up to it (as an undated notice reported on a day, notices.week_up_to). Not
    a perfect with a period after it ('has now taken effect one year after the notification': the rule's), a past
    perfect ('had taken effect': the story's past), nor an effect of no state's exit."""
    if label != "EFFECT" or verb[0].lower_ not in _PERFECT_EFFECTS or not states or not mentions_withdrawal(verb.sent):
        return None
    doc = verb.doc
    i = verb.start - 1
    while i > verb.sent.start and doc[i].lower_ in _PERFECT_ADVERBS:
        i -= 1
    if doc[i].lower_ not in ("has", "have"):
        return None
    if any(t.lower_ in _SPANS_AFTER for t in doc[verb.end : verb.sent.end]):
        return None
    return f"{published - dt.timedelta(days=6)}/{published}"


def treaty_just_in_force(label: str, verb: Span, states: list[str], context: Context) -> str | None:
    """'The Kyoto accord ... has come into force seven years after it was agreed' (BBC News, 16 February 2005) and the
    headline 'Kyoto Protocol comes into force': a treaty's own entry into force told in the present perfect, or in a
    headline's present, with no date of its own, is the news of the report's day or the days before it: the week up to
    it (as an exit 'has officially taken effect' is, effect_just_taken). Not a state's entry into force or an exit's
    (a state named, a withdrawal told), nor a past perfect ('had come into force': the story's past)."""
    if (
        label != "FORCE"
        or states
        or mentions_withdrawal(verb.sent)
        or verb[0].lower_ not in ("come", "comes", "entered", "enters")
    ):
        return None
    doc = verb.doc
    i = verb.start - 1
    while i > verb.sent.start and doc[i].lower_ in _PERFECT_ADVERBS:
        i -= 1
    perfect = verb[0].lower_ in ("come", "entered") and doc[i].lower_ in ("has", "have")
    headline = context.headline and len(list(doc.sents)) == 1 and _ends_the_headline(verb)
    if not (perfect or headline):
        return None
    return f"{context.published - dt.timedelta(days=6)}/{context.published}"


def _ends_the_headline(verb: Span) -> bool:
    """'Kyoto Protocol comes into force' (BBC News, 16 February 2005) and 'The Paris Agreement enters into force'
    (MEHI, 7 November 2016; batch 50): the present tense with nothing after it but punctuation, the news itself; not
    'The Rome Statute enters into force for a State sixty days after the deposit' (a rule told in the present)."""
    if verb[0].lower_ == "comes":
        return True
    rest = verb.doc[verb.end : verb.sent.end]
    return verb[0].lower_ == "enters" and all(t.is_punct for t in rest)


_CANNOT = {"cannot", "can't", "may", "can", "shall", "must", "could"}


def no_immediate_exit(label: str, verb: Span) -> bool:
    """'no member state can withdraw from the ECOWAS “with Immediate Effect”', 'a party cannot withdraw with immediate
    effect' (Newstide247, 2024): a rule that an exit never takes effect at once (the clause's period runs first: ECOWAS
    Art. 91(1)); 'no' or 'not' with a modal before the verb, 'with immediate effect' within the words after it."""
    doc = verb.doc
    if label != "LEAVE":
        return False
    after = [t.lower_ for t in doc[verb.end : min(verb.end + 8, verb.sent.end)]]
    at_once = any(after[i : i + 3] == ["with", "immediate", "effect"] for i in range(len(after)))
    before = [t.lower_ for t in doc[max(verb.sent.start, verb.start - 5) : verb.start]]
    denied = (
        "cannot" in before
        or "can't" in before
        or (bool(set(before) & _CANNOT) and bool(set(before) & {"no", "not", "n't"}))
    )
    return at_once and denied


def immediately(label: str, verb: Span) -> str | None:
    """'will take effect immediately', 'takes effect at once': a claim the judge reads against the treaty's
    clause (most count a period from the depositary's receipt of the notice, so nothing takes effect at once)."""
    following = [t.lower_ for t in verb.doc[verb.end : verb.end + 2]]
    if label == "EFFECT" and (following[:1] == ["immediately"] or following == ["at", "once"]):
        return "immediately"
    return None
