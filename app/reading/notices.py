"""Notices of withdrawal: a motion sent to parliament (no notice), 'It is dated ...' of a letter just named, 'its
intent to withdraw', 'has informed the UN it is withdrawing', and the day a notice is reported on (the week up to it).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.pipeline import Reading
from app.reading.tense import tense_of
from app.reading.vocabulary import (
    BODIES,
    CONSENT_LEMMAS,
    CONSENTS,
    DEPOSITARY_WORDS,
    INTENDING,
    INVOKING,
    LETTERS,
    NEGATION,
    PRESS,
    REPORT_GLUE,
    REPORTING,
    WITHDRAW_LEMMAS,
)
from app.reading.words import mentions_withdrawal
from schemas.checks import Claim


def letter_named(verb: Span) -> bool:
    """'the notification was dated ...', or 'It is dated ...' right after a sentence naming the letter ('we have
    now received the US letter on the WHO withdrawal. It is dated 22 January 2025.')."""
    if verb[0].lower_ != "it":
        return True
    doc = verb.doc
    return any(t.lower_ in LETTERS for t in doc[max(0, verb.start - 30) : verb.start])


def intent_to(verb: Span, notice: Span) -> bool:
    """'notified the UN of its intent / intention / decision to withdraw', close after the notice."""
    doc = verb.doc
    return (
        verb.start - notice.end < 8
        and verb.start > 1
        and doc[verb.start - 1].lower_ == "to"
        and doc[verb.start - 2].lower_ in ("intent", "intention", "decision", "notice", "notification")
    )


def tells_leaving(verb: Span, clause: Span) -> bool:
    """'has informed the United Nations it is renouncing the convention', 'informed the depositary that it would
    withdraw': the message is the leaving itself, told as under way ('is withdrawing') or certain ('would
    withdraw'), so the informing is the notice (not 'is considering leaving', 'that it is not leaving', 'intends to
    withdraw')."""
    if verb.lemma_ != "inform":
        return False
    doc = clause.doc
    return any(
        t.lemma_ in WITHDRAW_LEMMAS and doc[t.i - 1].lower_ in ("is", "are", "was", "were", "would", "will", "'s")
        for t in doc[verb.end + 1 : min(verb.end + 9, clause.end)]
    )


def to_a_parliament(verb: Span, clause: Span, reading: Reading) -> bool:
    doc = clause.doc
    for token in doc[verb.end : min(verb.end + 8, clause.end)]:
        if token.lower_ == "to" and token.i + 1 < clause.end:
            following = [t for t in doc[token.i + 1 : min(token.i + 3, clause.end)] if t.lower_ != "the"]
            return bool(following) and (
                following[0].lower_ in BODIES | PRESS or following[0].text in reading.gazetteer.bodies
            )  # "submit the denunciation motion to parliament"; "in a note sent Friday night to correspondents"
    return False


def week_up_to(claim: Claim) -> Claim:
    """A deed reported on a day without its own date was done that day or in the days before ('has notified the
    Secretary-General ..., the spokesman said on Tuesday' of a notice received on Monday): the week up to it."""
    if claim.kind != "notification_date" or len(claim.value) != 10:
        return claim
    day = dt.date.fromisoformat(claim.value)
    return claim.model_copy(update={"value": f"{day - dt.timedelta(days=6)}/{day}"})


def said_on(date: Span, verb: Span) -> bool:
    """'the United Nations said on Thursday, after being formally notified of the decision': the day is the report's,
    said before the notice in an 'after' clause, so the notice was received that day or before."""
    doc = date.doc
    if date.end > verb.start or not any(t.lower_ == "after" for t in doc[date.end : verb.start]):
        return False
    before = [t.lower_ for t in doc[max(date.sent.start, date.start - 3) : date.start]]
    while before and before[-1] in REPORT_GLUE:
        before.pop()
    return bool(before) and before[-1] in REPORTING


_LATER = ("later", "afterwards", "subsequently")
_NEXT = ("following", "next")
_SPANS = ("day", "days", "week", "weeks", "month", "months", "morning", "evening")


def _done_later(verb: Span, clause: Span) -> bool:
    """'announced on January 28 that they were quitting ECOWAS and sent formal notification the following day', 'a
    day later', 'days later': the deed follows the day given, so that day is no bound on it."""
    doc = clause.doc
    window = doc[verb.end : min(verb.end + 12, clause.end)]
    return any(
        t.lower_ in _LATER
        or (t.lower_ in _NEXT and t.i + 1 < clause.end and doc[t.i + 1].lower_ in _SPANS)
        or (t.lower_ in ("day", "week") and t.i + 1 < clause.end and doc[t.i + 1].lower_ == "after")
        for t in window
    )


_PROCESS = {"process", "steps", "procedure", "actions", "moves"}


_BEGUN = {"initiated", "begun", "began", "started", "launched"}


def process_begun_undated(verb: Span, date: Span | None, headline: bool = False) -> bool:
    """'Spain has started the process of withdrawing from the Energy Charter Treaty, a spokesperson said on
    Thursday': a process begun, not formally ('officially initiated the process' is the notice), with no date of its
    own (none, or only the day it was reported): a domestic process under way, no notice asserted."""
    doc = verb.doc
    bare = len(verb) > 1 and verb[0].lower_ in _BEGUN and verb[1].lower_ in ("withdrawal", "exit")  # "have already
    # initiated withdrawal from the Ottawa Convention": the exit begun with no article, a domestic process told in
    # passing ('has initiated its withdrawal from the court' is the notice; a headline's 'begins pullout from' too)
    if bare and not headline:
        return date is None
    if not any(t.lower_ in _PROCESS for t in verb) or verb[0].lower_ in _PROCESS:
        return False  # "The process of Venezuela's exit ... started in 2017": the process dated as the subject
    if any(t.lower_ in ("officially", "formally") for t in doc[max(verb.sent.start, verb.start - 2) : verb.start]):
        return False
    if verb[0].lemma_ in INVOKING:
        return False  # "Theresa May has triggered the process of leaving the EU": triggering is the formal act that
        # starts the treaty's own process (TEU Art. 50(2): the notification), not a domestic process under way
    if date is None:
        return True
    before = [t.lower_ for t in doc[max(verb.sent.start, date.start - 3) : date.start]]
    return any(w in REPORTING for w in before)


def reported_on(verb: Span, dates: list[Span], clause: Span) -> Span | None:
    """A deed in the past or perfect without a date of its own, reported on a day: 'Finland has notified the UN it
    is leaving ..., its foreign ministry said late on Thursday', 'announced on Friday, Nov. 19, that the country
    has officially initiated the process': the report's day is the latest the deed can be, the day news gives."""
    if tense_of(verb) != "past" or _done_later(verb, clause):
        return None
    doc = clause.doc
    for token in clause:
        if token.lower_ not in REPORTING or token.lower_ == "according" or _passive_report(token):
            continue
        dated = [d for d in dates if token.i < d.start <= token.i + 4 and all(
            t.lower_ in REPORT_GLUE for t in doc[token.i + 1 : d.start])]  # fmt: skip
        if not dated:
            continue
        run = [dated[0]]  # "on Friday, Nov. 19": the most precise of a run of dates
        for d in dates:
            if d.start > run[-1].end and all(t.text == "," for t in doc[run[-1].end : d.start]):
                run.append(d)
        before = token.i < verb.start and any(t.lower_ == "that" for t in doc[run[-1].end : verb.start])
        if token.i > verb.end or before:
            return run[-1]
    return None


def _passive_report(token: Token) -> bool:
    """'..., a decision which was announced on Oct. 12, 2017' (The Whistler, 30 December 2017, after 'had received
    official notice'): a passive report tells of its own subject (the decision), not of the deed; a report of the
    deed is active ('its foreign ministry said late on Thursday')."""
    return token.i > 0 and token.doc[token.i - 1].lower_ in ("was", "were", "been", "is", "are", "being")


_TELLING = {"inform", "notify", "advise", "tell"}  # "informed UNESCO that it would withdraw": the notice tells the
# exit ('told' only to the depositary: "told UN Secretary General Kofi Annan on Oct. 23 that ...")
EXIT_LEMMAS = {"withdraw", "leave", "quit", "exit", "denounce", "depart"}


def _told_of_exit(notice: Span, window: Span) -> Span | None:
    """'Lithuania tells UN of pulling from landmine ban treaty': the depositary told 'of' an exit in a gerund, right
    after it (not 'told reporters of plans to leave')."""
    doc = notice.doc
    of = next((t.i for t in window[:6] if t.lower_ == "of"), None)
    if of is None or of + 1 >= len(doc) or not any(t.lower_ in DEPOSITARY_WORDS for t in doc[notice.end : of]):
        return None
    gerund = doc[of + 1]
    return doc[of + 1 : of + 2] if gerund.lower_.endswith("ing") and gerund.lemma_ in EXIT_LEMMAS | {"pull"} else None


_TOLD_SUBJECTS = {"it", "they", "washington"}
_EARLIER = {"after", "before", "since", "when", "once", "until", "if"}
_UNDER_WAY = {"is", "are", "was", "were", "would", "will", "has", "had", "have", "begun", "began", "started", "the",
              "process", "of", "formally", "officially", "'s"}  # fmt: skip


def _told_without_that(notice: Span, window: Span) -> Span | None:
    """'has told the United Nations it has begun the process of pulling out of the Paris climate agreement': the
    depositary told, with no 'that', of an exit its subject pronoun says under way or certain (not 'it may leave',
    'it is considering leaving')."""
    doc = notice.doc
    told = next((t.i for t in window[:8] if t.lower_ in DEPOSITARY_WORDS), None)
    if told is None or {t.lower_ for t in doc[max(notice.sent.start, notice.start - 3) : notice.start]} & _EARLIER:
        return None  # "came a year after it told the United Nations it was quitting": the event a period runs from
    subject = next((t for t in doc[told + 1 : window.end][:4] if t.lower_ in _TOLD_SUBJECTS), None)
    if subject is None:
        return None
    for token in doc[subject.i + 1 : min(window.end, subject.i + 9)]:
        if token.lemma_ in EXIT_LEMMAS | {"pull"}:
            return doc[token.i : token.i + 1]
        if token.lower_ not in _UNDER_WAY:
            return None
    return None


def told_exit(notice: Span, clause: Span) -> Span | None:
    """The withdrawal a notice tells in a 'that' clause right after its addressee ('The United States informed
    UNESCO that it would formally withdraw from the organization on 31 December 2018'): the exit verb, else None.
    The notice is a notification; the day the 'that' clause gives is the day the exit it announces takes effect."""
    if notice[0].lemma_ not in _TELLING:
        return None
    doc = notice.doc
    window = doc[notice.end : min(notice.end + 20, clause.end)]  # the addressee may be a long name
    that = next((t.i for t in window if t.lower_ == "that"), None)
    if that is None:
        return _told_of_exit(notice, window) or _told_without_that(notice, window)
    depositary = any(t.lower_ in DEPOSITARY_WORDS for t in doc[notice.end : that])
    if notice[0].lemma_ == "tell" and not depositary:
        return None  # "told reporters that it would leave": no notice
    for token in doc[that + 1 : min(that + 7, clause.end)]:
        if token.lower_ == "no" and token.i + 1 < clause.end and doc[token.i + 1].lower_ == "longer":
            return doc[token.i : token.i + 2]  # "to inform the Secretary-General that it was no longer a party"
        decided = token.lower_ == "decided" or (token.lower_ in ("had", "has") and token.nbor().lower_ == "decided")
        if decided and depositary and any(t.ent_type_ == "TREATY" for t in doc[that : clause.end]):
            continue  # "told the Secretary-General ... that it had decided to withdraw from the Optional Protocol": a
            # notice's own words, for the treaty it names ('from the humanitarian accord' may be any named before)
        if token.lower_ in NEGATION or token.lemma_ in INTENDING or token.lower_ in INTENDING:
            return None  # "that it would not withdraw", "that it was considering withdrawing": no exit told
        if token.lemma_ in EXIT_LEMMAS:
            return doc[token.i : token.i + 1]
    return None


def exit_in_view(sentence: Span, context: Context) -> bool:
    """A notice told with no content ('It notified the UN Secretary-General on 12 May 2003') is an exit's notice only
    where the article tells an exit, and neither this sentence nor the one before tells a consent instead ('Lithuania
    joined the convention in 2003. It notified ...': the instrument of accession's deposit, no exit)."""
    if not (context.exit_named or _exit_told(sentence)):
        return False
    told = [sentence] + ([context.sentence_before] if context.sentence_before is not None else [])
    return not any(_consent_told(span) and not _exit_told(span) for span in told)


def _exit_told(span: Span) -> bool:
    """'withdrawal', 'leave', 'pulling out of', 'will cease to be a party', 'no longer a member'."""
    doc = span.doc
    pulled_out = any(t.lemma_ == "pull" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "out" for t in span)
    return pulled_out or mentions_withdrawal(span) or any(t.lemma_ == "cease" or t.lower_ == "longer" for t in span)


def _consent_told(span: Span) -> bool:
    return any(t.lemma_ in CONSENT_LEMMAS or t.lower_ in CONSENTS for t in span)
