"""Which date belongs to a trigger verb: the clause's dates (less those anchoring a period or naming a treaty),
how far after the verb its date may stand, datelines, attributive years, and the interval a date names.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from app.numbers import number_from_words
from app.reading.context import Context
from app.reading.elapsed import anniversaries
from app.reading.pipeline import Reading
from app.reading.said_day import said_day
from app.reading.triggers import period_event
from app.reading.vocabulary import (
    CLAUSE_LEAD,
    DATE_LEAD,
    EXIT_HEADS,
    FUTURE,
    GENERIC_TREATY,
    IRREGULAR_PAST,
    MODALS,
    OTHER_ACTS,
    OTHER_EVENTS,
    PREPOSITIONS,
    REPORTING,
    RESULTING,
)
from app.reading.when import MONTHS, WEEKDAYS, Tense, later_than, resolve
from app.reading.words import dateline_day, matches_of, mentions_withdrawal, previous_word, reporting, with_year
from app.services.partial_dates import PartialDate


def resolved(date: Span | None, tense: Tense, context: Context) -> PartialDate | None:
    """The interval a date names; 'three months later' counts from the date last read (kept in the context)."""
    if date is None:
        return None
    if date[-1].lower_ == "later" and after_an_undated_event(date):
        return None  # "Once that notification is received, the withdrawal becomes effective one year later": a rule
    if date[-1].lower_ == "later":
        when = later_than(context.last_when, [t.lower_ for t in date])
    elif date[0].lower_ in ("later", "earlier") and date[-1].lower_ == "year":
        when = _that_year(date, context)
    elif (counted := _period_from_day(date, context)) is not None:
        when = counted  # "will take effect one year from Oct. 27": that day, a year on
    else:
        when = (
            _first_day_in_office(date, context)
            or _term_dated(date, context)
            or _weekday_dated(date, context)
            or _quoted_today(date, context)
            or _reported_future(date, tense, context)
            or resolve(with_year(date), context.published, tense)
        )
    context.last_when = when or context.last_when
    return when


_WHEN_OPENERS = {"once", "when", "after", "whenever"}


def after_an_undated_event(date: Span) -> bool:
    """'Once that notification is received, the withdrawal becomes effective one year later' (promoforex, 2026): 'N
    later' in a sentence that opens with a clause of time ('once', 'when', 'after', 'as soon as') naming no date counts
    from that clause's event, so it is a period from an event (a rule), not a day counted from the date read before
    ('Article 13 ..., signed in Washington in 1949, ...': not 1950); 'Hungary notified the Secretary-General on 2 June.
    The withdrawal will take effect one year later' still counts from 2 June."""
    doc = date.doc
    start = date.sent.start
    opener = doc[start].lower_ in _WHEN_OPENERS or (
        doc[start].lower_ == "as" and start + 2 < len(doc) and doc[start + 1].lower_ == "soon"
    )
    between = doc[start : date.start]
    comma = any(t.text == "," for t in between)
    dated = any(t.lower_ in MONTHS or t.lower_ in WEEKDAYS or (t.like_num and len(t.text) == 4) for t in between)
    return opener and comma and not dated


_PERIOD_UNITS = {"day": "days", "week": "weeks", "month": "months", "year": "years"}


def _period_from_day(date: Span, context: Context) -> PartialDate | None:
    """'one year from Oct. 27', 'six months from 1 July 2025': the day a period counted from a day ends, that day read
    nearest the report ('Oct. 27' on 27 October is that day), moved on by the period at the day's precision; None
    when no period counted 'from' comes right before the date."""
    doc = date.doc
    if date.start < 3 or doc[date.start - 1].lower_ != "from" or date[0].lower_ in ("today", "now"):
        return None
    unit = doc[date.start - 2].lemma_.lower()
    amount = 1 if doc[date.start - 3].lower_ in ("a", "an") else number_from_words(doc[date.start - 3].lower_)
    if unit not in _PERIOD_UNITS or amount is None or not 0 < amount <= 100:
        return None
    words = with_year(date)
    past, ahead = resolve(words, context.published, "past"), resolve(words, context.published, "future")
    anchor = past if ahead is None or (past is not None and _nearer_before(past, ahead, context.published)) else ahead
    if anchor is None or anchor.precision not in ("day", "month", "year"):
        return None
    moved = anchor.start + relativedelta(**{_PERIOD_UNITS[unit]: amount})  # type: ignore[arg-type]
    return PartialDate.of(moved, anchor.precision, f"{date.text} + {amount} {unit}")


def _nearer_before(past: PartialDate, ahead: PartialDate, published: dt.date) -> bool:
    """Of a day's two readings around the report, the one before (or on) it is nearer."""
    return (published - past.end) <= (ahead.start - published)


def _that_year(date: Span, context: Context) -> PartialDate | None:
    """'later that year', 'earlier the same year': the year the sentence named before it, else the last year the
    sentence before named ('The Seimas ... voted ... in July 2024. Later that year, the government formally notified
    the United Nations', SeeNews, 6 March 2025: a date read earlier in the article may be another's), else that of
    the date last read; None without any."""
    years = _years(date.doc[date.sent.start : date.start])
    if not years and date.start == date.sent.start and context.sentence_before is not None:
        years = _years(context.sentence_before)  # the sentence opens with 'Later that year'
    if years:
        return PartialDate.of(dt.date(years[-1], 1, 1), "year", date.text)
    last = context.last_when
    return PartialDate.of(last.start, "year", date.text) if last is not None else None


def _years(words: Span) -> list[int]:
    """The years (1800-2100) written in figures in ``words``."""
    years = [int(t.text) for t in words if t.like_num and len(t.text) == 4 and t.text.isdigit()]
    return [y for y in years if 1800 <= y <= 2100]


def _weekday_dated(date: Span, context: Context) -> PartialDate | None:
    """A weekday the article has dated ('on Wednesday 29 March ... deliver the letter on Wednesday'): that day,
    whatever the tense; a weekday given with its date is remembered for the ones after it."""
    days = [t.lower_ for t in date if t.lower_ in WEEKDAYS]
    if not days:
        return None
    if len(date) <= 2 and all(t.lower_ in WEEKDAYS or t.lower_ in ("on", "next", "this") for t in date):
        return context.weekdays.get(days[0])
    when = resolve(with_year(date), context.published, "present")
    if when is not None and when.precision == "day" and calendar.day_name[when.start.weekday()].lower() == days[0]:
        context.weekdays[days[0]] = when
    return None


_REPORTED = {"told", "said", "says", "announced", "informed", "reported", "stated", "explained", "notification",
             "notified", "advised"}  # fmt: skip


def _reported_future(date: Span, tense: Tense, context: Context) -> PartialDate | None:
    """'Luncheon told reporters the UNHRC has sent notification that the denunciation will take effect on April 5',
    printed on 10 April: a future reported from a past statement runs from the statement, not the report, so a day
    without its year that fell in the month before the report is that day, not next year's."""
    if tense != "future" or any(t.like_num and len(t.text) == 4 for t in date):
        return None
    if not any(t.text.title() in MONTHS for t in date) or not any(t.like_num for t in date):
        return None  # a day of a named month only ("April 5"), not a weekday ("Friday") the report's week dates
    if not any(t.lower_ in _REPORTED for t in date.doc[date.sent.start : date.start]):
        return None
    before = resolve(with_year(date), context.published, "past")
    if before is None or before.precision != "day" or not (0 < (context.published - before.start).days <= 31):
        return None
    return before


_ORDINALS = {"first": 0, "second": 1, "third": 2}
_SHIFT = {"today": 0, "yesterday": -1, "tomorrow": 1}


def _quoted_today(date: Span, context: Context) -> PartialDate | None:
    """'The minister wrote on Tuesday: "Today, the withdrawal takes effect"': the quote's 'today' is the day its
    speaker wrote it (the weekday before the opening quote), not the day of the report."""
    if len(date) != 1 or date[0].lower_ not in _SHIFT:
        return None
    sentence = date.sent
    if (posted := _post_dated(sentence, context.following)) is not None:  # an embedded post's signature line
        return PartialDate.of(posted + dt.timedelta(days=_SHIFT[date[0].lower_]), "day", date.text)
    quotes = [t.i for t in sentence if t.is_quote and t.i < date.start]
    opening = sentence.start > 0 and date.doc[sentence.start - 1].is_quote  # the quote mark left to the sentence before
    if not quotes and not opening:
        return None
    days = [t for t in date.doc[sentence.start : quotes[-1]] if t.lower_ in WEEKDAYS] if quotes else []
    if not days and (opening or quotes[0] == sentence.start) and sentence.start > 0:  # '... on Friday. "Today, ..."':
        before = date.doc[sentence.start - 1].sent  # the weekday of the sentence before, which tells the saying
        days = [t for t in before if t.lower_ in WEEKDAYS] if any(reporting(t) for t in before) else []
    if not days:
        return None
    said = resolve([days[-1].text], context.published, "past")
    if said is None or said.precision != "day":
        return None
    day = said.start + dt.timedelta(days=_SHIFT[date[0].lower_])
    return PartialDate.of(day, "day", date.text)


_SIGNATURE = re.compile(r"\(@\w+\)\s+(?P<day>[A-Z][a-z]+\.? \d{1,2},? \d{4})")


def _post_dated(sentence: Span, following: str) -> dt.date | None:
    """'Today, #Lithuania has formally notified ...' then '— Name (@handle) June 27, 2025': the day an embedded post's
    signature line gives, in the rest of its paragraph (a short one) or on the next line; None without one."""
    rest = sentence.doc[sentence.end :]
    if len(rest) > 30:
        return None
    signature = _SIGNATURE.search(rest.text) or (_SIGNATURE.search(following) if len(following) < 120 else None)
    if signature is None:
        return None
    when = resolve(signature.group("day").replace(",", " ,").split(), dt.date.max, "past")
    return when.start if when is not None and when.precision == "day" else None


_OFFICE = {"presidency", "term", "tenure", "administration", "mandate", "office", "power"}


def leader_took_office(label: str, verb: Span, dates: list[Span]) -> Span | None:
    """An undated notice's day told as a leader's first in office anywhere after it in the clause ('gave notice that
    the U.S. would quit the organization on the first day of his presidency in 2025'): the act of the leader, the
    notice, not the day the exit it announces takes effect."""
    if label != "NOTIFY":
        return None
    day = next((d for d in dates if d.start >= verb.end and first_day_in_office(d)), None)
    if day is not None and any(t.lower_ in ("after", "before") for t in verb.doc[verb.end : day.start]):
        return None  # "a notification delivered ... one week after Trump announced the decision on his first day
        # back in office": the first day is the announcement's, the notice a week later
    return day


def first_day_in_office(date: Span) -> bool:
    """'on the first day of his presidency', 'on her first day in office'."""
    words = {t.lower_ for t in date}
    return {"first", "day"} <= words and bool(words & _OFFICE)


def _first_day_in_office(date: Span, context: Context) -> PartialDate | None:
    """'on the first day of his presidency in 2025', 'on her first day in office': the day the tenure of the leader
    named before began (world/leaders): the one that began in the year the date names, the second for 'his second
    term', else the last that began by the report's day."""
    words = [t.lower_ for t in date]
    if not first_day_in_office(date):
        return None
    text, at = date.sent.text, date.start_char - date.sent.start_char
    named = [(text.rfind(n, 0, at), n) for n in context.leaders if n in text[:at]]  # the leader named before it,
    named = named or [(-text.find(n, at), n) for n in context.leaders if n in text[at:]]  # else the one after it
    if not named:
        return None
    name = max(named, key=lambda p: (p[0], len(p[1])))[1]
    terms = sorted((t for t in context.leaders[name] if t.start <= context.published), key=lambda t: t.start)
    years = [int(w) for w in words if w.isdigit() and len(w) == 4]
    if years:
        terms = [t for t in terms if t.start.year == years[-1]]
    elif "second" in words:
        terms = terms[1:2]
    return PartialDate.of(terms[-1].start, "day", date.text) if terms else None


def _term_dated(date: Span, context: Context) -> PartialDate | None:
    """'Trump started the process ... in his first presidential term': the tenure of the leader named before
    (world/leaders), the first, second or the last ended by the day of the report ('his previous term')."""
    words = [t.lower_ for t in date]
    if words[-1] not in ("term", "tenure", "mandate"):
        return None
    names = [e.text for e in date.sent.ents if e.text in context.leaders and e.end <= date.end]  # or in the date
    if not names:
        return None
    terms = sorted(context.leaders[names[-1]], key=lambda t: t.start)
    ordinal = next((w for w in words if w in _ORDINALS), None)  # 'earlier': the last term ended, as 'previous'
    if ordinal is not None:
        term = terms[_ORDINALS[ordinal]] if len(terms) > _ORDINALS[ordinal] else None
    else:
        term = next((t for t in reversed(terms) if t.end is not None and t.end <= context.published), None)
    if term is None or term.end is None:
        return None
    return PartialDate(term.start, term.end - dt.timedelta(days=1), "interval", date.text)


def _anchored(doc: Doc, start: int) -> bool:
    """A date that anchors a period or another event: 'after 6 September', 'since 2004', 'since its founding in
    2002'."""
    if start > 0 and doc[start - 1].lower_ in ("after", "since", "following", "than"):
        ahead = [t.lower_ for t in doc[start + 1 : start + 5]]
        if doc[start - 1].lower_ == "since" and ", when" in " ".join(ahead).replace(" ,", ","):
            return False  # "Since 1996, when Russia signed the convention": the time of the 'when' clause's deed
        return not (start > 2 and doc[start - 3 : start].text.lower() in ("in force since", "in effect since"))
    if start > 2 and doc[start - 1].lower_ in ("in", "on") and doc[start - 3 : start - 1].text.lower() == "set up":
        return not _when_follows(doc, start)  # "since the Court was set up in 2002": the founding's date
    if start > 1 and doc[start - 1].lower_ in ("in", "on") and doc[start - 2].lower_ in OTHER_EVENTS | OTHER_ACTS:
        return not _when_follows(doc, start)  # "established in 1965 when the Convention entered into force": the
        # time of both, the founding's and the 'when' clause's deed
    return False


def _when_follows(doc: Doc, start: int) -> bool:
    """The date (a number, from ``start``) is followed by a 'when' clause: 'in 1965 when', 'in 1965, when'."""
    end = start + 1
    while end < len(doc) and doc[end].like_num:
        end += 1
    ahead = [t.lower_ for t in doc[end : end + 2]]
    return ahead[:1] == ["when"] or ahead == [",", "when"]


def _month_may(doc: Doc, i: int) -> bool:
    """'in May', 'last May', 'May 2025' are the month; 'Theresa May', a sentence-initial 'May' are not, nor the agent
    of a participle after a noun ('A letter signed by May was hand-delivered to ... Tusk', Investopedia, 29 March
    2017; batch 56: the Prime Minister), where a deadline has an auxiliary ('must be ratified by May')."""
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1] if i + 1 < len(doc) else None
    if after is not None and after.like_num:
        return True
    if before == "by" and _agent_of_a_participle(doc, i - 1):
        return False
    return before in ("in", "on", "by", "since", "until", "last", "next", "this", "early", "late", "mid", "of")


_AUXILIARY = {"be", "been", "being", "is", "are", "was", "were", "will", "would", "must", "should", "to", "has", "have",
              "had", "get", "got", "not"}  # fmt: skip


def _agent_of_a_participle(doc: Doc, by: int) -> bool:
    """'a letter signed by', 'the notice written by': a participle ('-ed', or 'written', 'sent') right before 'by'
    with a noun, not an auxiliary, before it."""
    if by < 2:
        return False
    participle, owner = doc[by - 1], doc[by - 2]
    ends = participle.lower_.endswith("ed") or participle.lower_ in ("written", "sent", "given", "made", "drawn")
    return ends and owner.is_alpha and owner.lower_ not in _AUXILIARY


def _of_a_treaty(doc: Doc, start: int) -> bool:
    """'the Convention of 18 September 1997', 'the Treaty of 1972': a date in a treaty's title."""
    return (
        start > 1
        and doc[start - 1].lower_ == "of"
        and (doc[start - 2].ent_type_ == "TREATY" or doc[start - 2].lower_ in GENERIC_TREATY)
    )


def clause_dates(reading: Reading, clause: Span) -> list[Span]:
    """The dates of a clause, in order, except those that anchor a period ("six months after 6 September"), a year in
    a treaty's name, a possessive ("at today's sitting") and the month May read as the verb."""
    doc = clause.doc
    dates = [
        doc[s:e]
        for _, s, e in matches_of(reading.dates, doc)
        if clause.start <= s
        and e <= clause.end
        and not _anchored(doc, s)
        and not _names_a_treaty(doc, e)
        and not (e < len(doc) and doc[e].text in ("'s", "’s") and not _dated_consent(doc, e))
        and not _of_a_treaty(doc, s)
        and not (e - s == 1 and doc[s].text == "May" and not _month_may(doc, s))
    ]
    ordered = sorted(filter_spans(dates), key=lambda d: d.start)
    following: list[Span | None] = [*ordered[1:], None]
    kept = [d for d, after in zip(ordered, following, strict=False) if not _restated_later(d, after)]
    return anniversaries(kept)  # "Yesterday marked 75 years since ...": the anniversary's day, not the deed's


_BETWEEN_RESTATED = {",", "on", "that", "is", "i.e.", "—", "–", "("}
_CONSENT_NOUNS = {"ratification", "accession", "signature", "deposit"}


def _dated_consent(doc: Doc, possessive: int) -> bool:
    """'welcomed today's ratification by Indonesia of the CTBT', 'Monday's deposit of the instrument': a possessive
    day that dates the consent it owns (not 'at today's sitting')."""
    return possessive + 1 < len(doc) and doc[possessive + 1].lower_ in _CONSENT_NOUNS


def _restated_later(date: Span, after: Span | None) -> bool:
    """'one year later, on September 6, 2013': a count from the date last read, restated as the day it comes to;
    the day, which the article asserts, is the date (the count only gives its month)."""
    if after is None or date[-1].lower_ != "later":
        return False
    between = date.doc[date.end : after.start]
    return len(between) <= 3 and all(t.lower_ in _BETWEEN_RESTATED for t in between)


def _names_a_treaty(doc: Doc, end: int) -> bool:
    """'the 1972 Anti-Ballistic Missile Treaty', 'the landmark 2015 global agreement': a year in a name (a
    number; not 'US today leaves Open Skies Treaty')."""
    if not doc[end - 1].like_num:
        return False
    if end < len(doc) and doc[end].lower_ in ("the", "a", "an"):
        return False  # "ratified in 2012 the Convention": an article opens another noun phrase, no name holds the year
    limit = end + 3
    for token in doc[end : min(end + 5, len(doc))]:
        if token.i >= limit:
            break
        joined = not token.whitespace_ and token.i > 0 and not doc[token.i - 1].whitespace_  # "Anti-Personnel"
        if token.text in ("-", "\u2010", "\u2011") and joined and token.i + 1 < len(doc) and doc[token.i + 1].is_title:
            limit += 2  # "the 1997 Anti-Personnel Mine Ban Treaty": a hyphenated title word counts as one
            continue
        if token.ent_type_ == "TREATY" and _exit_after_name(doc, token.i):
            return False  # "the AES's January 2024 ECOWAS exit": the exit's date, before the treaty it leaves
        if token.ent_type_ == "TREATY" or token.lower_ in GENERIC_TREATY:
            return True
        if token.ent_type_ == "CAPITAL":
            continue  # "the 1998 Rome treaty": a city in the name
        if token.lower_ in ("when", "as", "while"):
            return False  # "in 1965 when the Convention entered into force": a clause's time, no name
        if token.is_title and token.is_alpha and not token.ent_type_ and not token.is_sent_start:
            continue  # "the 2008 United Nations Convention on Cluster Munitions": a title's words before its name
        if token.lower_ in IRREGULAR_PAST or (token.lower_ != token.lemma_ and token.lower_.endswith("ed")):
            return False  # "The US exit ... in November 2020 left the accord weaker": a verb, no name, between
        if not token.is_alpha or token.is_title or token.lower_ in PREPOSITIONS:
            return token.ent_type_ == "TREATY"  # not "signed in 1994 by the EU": the EU signed in 1994
    return False


def _exit_after_name(doc: Doc, start: int) -> bool:
    """The treaty's name that starts at ``start`` is followed by a withdrawal noun ('ECOWAS exit')."""
    end = start
    while end < len(doc) and doc[end].ent_type_ == "TREATY" and (end == start or doc[end].ent_iob_ == "I"):
        end += 1
    return end < len(doc) and doc[end].lower_ in EXIT_HEADS


def reach(verb: Span, limit: int, dates: list[Span]) -> int:
    """How far after the verb its date may stand: not past the next verb, a coordinated verb ('will withdraw
    ... and will resume whaling from July'), a comma opening something other than a date ('Japan to leave
    IWC, resume commercial whaling in July') or a subordinate clause ('signed ... after it was finalized in
    December 2015'; not 'six months after the notification')."""
    doc = verb.doc
    starts = {d.start for d in dates}
    aside = inserted(verb)
    for i in range(verb.end, min(limit, len(doc) - 1)):
        if i in aside or doc[i].ent_type_ == "TREATY":
            continue  # "withdraw from the Convention — which prohibits X, Y and Z — on 20 February"; the commas of
            # a treaty's name ("the Convention on the Prohibition of the Use, Stockpiling, ... on 27 June")
        word, following = doc[i].lower_, doc[i + 1]
        if word == "and" and following.lower_ in ("will", "would", "shall", "to", "has", "have", "had"):
            return i
        if another_verb_phrase(doc[i], verb.end):
            return i
        if word == "," and following.i not in starts and following.lower_ not in DATE_LEAD and not following.like_num:
            if _apposition(doc, i, starts) or _aside_closed(doc, i, verb.end, starts) or _restated(doc, i, starts):
                continue  # "received by the treaty's depositary, Portugal, on 26 April 2024"
            if _attribution(doc, i, starts):
                continue  # "a formal notice sent to the Secretariat, according to the available information, in
                # January 2015": the source named in passing, the notice's date after it
            if _day_of_a_past_event(verb, i, starts):
                continue  # "one year after the official letter had been received, which is on November 4th"
            return i
        if word in CLAUSE_LEAD and following.i not in starts and doc[i - 1].lemma_ not in ("month", "year", "day"):
            return i
    return limit


def _attribution(doc: Doc, comma: int, starts: set[int]) -> bool:
    """The comma opening an attribution set off by commas right before a date (', according to the available
    information, in January 2015'): the source is an aside, the date the predicate's."""
    if comma + 2 >= len(doc) or (doc[comma + 1].lower_, doc[comma + 2].lower_) != ("according", "to"):
        return False
    closing = next((t.i for t in doc[comma + 3 : min(len(doc), comma + 12)] if t.is_punct), None)
    if closing is None or doc[closing].text != "," or closing + 1 >= len(doc):
        return False
    date_at = closing + 1 + (doc[closing + 1].lower_ in DATE_LEAD)
    return date_at in starts


_PURPOSE_OPENERS = (("in", "order", "to"), ("so", "as", "to"))
_NOT_A_VERB = {"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those", "other", "all",
               "both", "several", "many", "some", "any", "each", "every", "no", "it", "them", "then", "later",
               "subsequently", "formally", "officially", "also", "take", "takes", "come", "comes", "become",
               "becomes", "enter", "enters", "be", "is", "effective"}  # fmt: skip  # "and then", "and take effect"


def another_verb_phrase(token: Token, since: int) -> bool:
    """'will quit the IWC and resume commercial whaling next year', 'will withdraw from the IWC in order to (so as
    to) resume commercial whaling in July 2019': a second verb after the exit's object (the treaty named since
    ``since``; not 'ratified and endorsed it in 2011') or a purpose clause has its own date. A lowercase word after
    'and' that is no determiner, pronoun, preposition or effect verb is read as a verb (the pipeline has no tagger)."""
    doc = token.doc
    if token.i + 1 >= len(doc):
        return False
    if tuple(t.lower_ for t in doc[token.i : token.i + 3]) in _PURPOSE_OPENERS:
        return True
    following = doc[token.i + 1]
    if token.lower_ != "and" or not following.is_alpha or not following.is_lower or following.ent_type_:
        return False
    if not any(t.ent_type_ == "TREATY" for t in doc[since : token.i]):
        return False
    return not {following.lower_} & (_NOT_A_VERB | DATE_LEAD | PREPOSITIONS)


def _aside_closed(doc: Doc, comma: int, start: int, starts: set[int]) -> bool:
    """The comma closing a short prepositional aside with no date of its own ('notified the Secretary-General, in
    his capacity as depositary, of its withdrawal on ...'): the predicate, and its date, go on after it."""
    opening = next((i for i in range(comma - 1, max(start, comma - 8) - 1, -1) if doc[i].text == ","), None)
    if opening is None or opening + 1 >= comma or doc[opening + 1].lower_ not in ("in", "as", "through", "via", "by"):
        return False
    return not any(i in starts for i in range(opening + 1, comma)) and not any(
        t.lower_ in ("and", "but", "which", "who") or t.like_num for t in doc[opening + 1 : comma]
    )


_DASHES = ("—", "–", "--")
_CLOSING = {"(": ")", "[": "]"}


def insertions(sentence: Span) -> list[tuple[int, int]]:
    """The insertions of a sentence (:func:`_insertions`), found once per sentence (each of its verbs asks)."""
    found: dict[tuple[int, int], list[tuple[int, int]]] = sentence.doc.user_data.setdefault("insertions", {})
    key = (sentence.start, sentence.end)
    if key not in found:
        found[key] = _insertions(sentence)
    return found[key]


def _insertions(sentence: Span) -> list[tuple[int, int]]:
    """The insertions of a sentence, as (opening, closing) token indices: between a pair of dashes ('the Convention
    — which bans X, Y and Z — on 20 February'), in brackets, an appositive after a treaty's name ('UNESCO, the United
    Nations cultural organization, by ...') or a relative clause between commas before a date ('the pact, which has
    long been opposed by the NRA, in 2013'). A single dash before the sentence's end is none."""
    doc, out, i = sentence.doc, [], sentence.start
    while i < sentence.end:
        mark = doc[i].text
        closing = _CLOSING.get(mark) or (mark if mark in _DASHES else None)
        end = next((j for j in range(i + 1, sentence.end) if doc[j].text == closing), None) if closing else None
        end = end if end is not None else _appositive(doc, i, sentence.end)
        if end is None and mark == ",":
            end = _relative_before_a_date(doc, i, sentence.end)
        if end is not None:
            out.append((i, end))
            i = end
        i += 1
    return out


def _appositive(doc: Doc, comma: int, stop: int) -> int | None:
    """'withdraw from UNESCO, the United Nations cultural organization, by the end of 2026': a noun phrase between
    commas right after a treaty's name, describing it; the closing comma, or None (not a list: no 'and', no other
    name)."""
    if doc[comma].text != "," or comma == 0 or doc[comma - 1].ent_type_ != "TREATY" or comma + 1 >= stop:
        return None
    if doc[comma + 1].lower_ not in ("the", "a", "an"):
        return None
    end = next((j for j in range(comma + 2, min(stop, comma + 13)) if doc[j].text == ","), None)
    if end is None:
        return None
    if any(
        (t.ent_type_ == "TREATY" and t.ent_id_ != doc[comma - 1].ent_id_)  # the same treaty, described: kept
        or t.ent_type_ in ("STATE", "CAPITAL", "DATE")
        or t.lower_ in ("and", "or", "which", "that", "who")
        for t in doc[comma + 1 : end]
    ):
        return None
    return end


def _relative_before_a_date(doc: Doc, comma: int, stop: int) -> int | None:
    """', which has long been opposed by the NRA, in 2013': a relative clause between commas with a date right after
    the closing comma (the date is the predicate's before it: 'signed the pact, which ..., in 2013'); its closing
    comma, else None."""
    if comma + 1 >= stop or doc[comma + 1].lower_ not in ("which", "who"):
        return None
    end = next((j for j in range(comma + 2, min(stop, comma + 16)) if doc[j].text in (",", ";")), None)
    if end is None or doc[end].text != "," or end + 2 >= stop or doc[end + 1].lower_ not in ("in", "on"):
        return None
    following = doc[end + 2]
    return end if following.like_num or following.lower_ in MONTHS else None


def inserted(verb: Span) -> set[int]:
    """The tokens of the insertions after the verb: words its date may stand beyond."""
    return {i for start, end in insertions(verb.sent) if start >= verb.end for i in range(start, end + 1)}


def _enclosing(verb: Span) -> int | None:
    """The closing mark of the insertion the verb stands in ('(the ban, signed by most states) on 3 March': the
    date after the bracket is not the signing's)."""
    return next((end for start, end in insertions(verb.sent) if start < verb.start and verb.end <= end), None)


def _noun_trigger(verb: Span) -> bool:
    """'This latest exit follows ...': a trigger word used as a noun (after a determiner) owns no date after it."""
    return len(verb) == 1 and previous_word(verb[0]) in ("this", "the", "a", "an", "its", "their", "his", "her",
                                                          "latest", "first", "second", "third")  # fmt: skip


def _restated(doc: Doc, comma: int, starts: set[int]) -> bool:
    """', that is, on 27 December', ', that is on 27 December', ', which is January 2026', ', therefore on 7
    January 2010': the date the words before come to, restated."""
    words = [t.lower_ for t in doc[comma + 1 : min(comma + 4, len(doc))]]
    if words[:2] == ["which", "is"] and comma + 3 in starts:
        return True
    if words[:1] and words[0] in RESULTING and (comma + 2 in starts or words[1:2] in (["on"], ["in"])):
        return True
    return words[:2] == ["that", "is"] and len(words) == 3 and (words[2] == "," or words[2] in DATE_LEAD)


def _day_of_a_past_event(verb: Span, comma: int, starts: set[int]) -> bool:
    """'... after the official letter had been received, which is on November 4th': a relative clause giving a day
    right after a verb told in the past ('had been received', 'was notified') dates that event, not the period's end
    ('after the depositary receives it, which is January 2026' is the effect's: a present event)."""
    doc = verb.doc
    past = any(t.lower_ in ("had", "was", "were", "been") for t in doc[max(0, verb.start - 2) : verb.start])
    if comma != verb.end or not past:
        return False
    words = [t.lower_ for t in doc[comma + 1 : min(comma + 4, len(doc))]]
    if words[:2] not in (["which", "is"], ["which", "was"]):
        return False
    return comma + 3 in starts or (words[2:] == ["on"] and comma + 4 in starts)


def _apposition(doc: Doc, comma: int, starts: set[int]) -> bool:
    """', Portugal, on 26 April 2024': a name between commas, a date (or its preposition) after the second."""
    name = doc[comma + 1 : min(comma + 5, len(doc))]
    second = next((t.i for t in name if t.text == ","), None)
    if second is None or second + 1 >= len(doc) or not all(t.is_title or t.ent_type_ for t in doc[comma + 1 : second]):
        return False
    after = doc[second + 1]
    return after.i in starts or after.lower_ in ("on", "in")


_BUT_NEVER = {"but", "never", "not", "n't", "did", "has", "have", "had", "yet"}


def _denied_after_but(verb: Span, other: Span) -> bool:
    """'the United States, which signed but never ratified the CTBT in 1996' (London Insider, 17 October 2023; batch
    56): a verb denied right after 'but' owns no date (no act to date), so the date after its object is the first
    verb's, the signature's; not 'signed in 1996 and ratified in 2000'."""
    if other.start <= verb.end or other.start - verb.end > 3:
        return False
    between = [t.lower_ for t in verb.doc[verb.end : other.start]]
    return "but" in between and bool({"never", "not", "n't"} & set(between)) and set(between) <= _BUT_NEVER


def date_for(verb: Span, dates: list[Span], triggers: list[tuple[str, Span]]) -> Span | None:
    """The date that belongs to this verb: the first after it before the next verb, else the last before it
    after the previous verb (sentence-initial "On March 6, Lithuania left ...")."""
    events = {v.start for _, v in triggers if v.start > verb.start and period_event(v)}  # "take effect six months
    # after the depositary receives it, which is January 2026": the event a period runs from is no verb of its own,
    starts = sorted(t[1].start for t in triggers if t[1].start not in events)  # and the day set off after it the
    dates = [d for d in dates if not any(e < d.start and not _set_off(d) for e in events)]  # effect's
    aside = inserted(verb)
    nouns = {v.start for _, v in triggers if _noun_trigger(v)}  # "notified the UN of its exit from X on D": a
    # trigger word used as a noun owns no date after it, the notice's D
    denied = {v.start for _, v in triggers if _denied_after_but(verb, v)}
    following = [s for s in starts if s > verb.start and s not in aside and s not in nouns and s not in denied]
    preceding = [s for s in starts if s < verb.start]
    limit = reach(verb, following[0] if following else 10**9, dates)
    if (closing := _enclosing(verb)) is not None:
        limit = min(limit, closing)
    floor = preceding[-1] if preceding else -1
    after = [d for d in dates if verb.end <= d.start < limit]
    before = [
        d
        for d in dates
        if floor < d.start
        and d.end <= verb.start
        and (cleft(d) or not any(reporting(t) for t in verb.doc[d.end : verb.start]))  # "announced on D that it
        # will" (the announcement's day); "It was in 2012 that Turkey ratified": the cleft's date is the verb's
        and not said_on(d, verb.start)  # "Orban announced Thursday that his country will withdraw": the saying's day
        and not _dateline(d, verb)  # "(Sputnik - 08th July, 2020) X notified"; not "As of Saturday (April 27) X"
        and not said_day(d, verb)  # "said Thursday it is withdrawing": the saying's day
        and not dateline_day(d)  # "TOKYO, Dec. 26 (Xinhua) -- Japan will withdraw ..."
        and not _attributive_year(d)  # "In a repeat of his 2017 stance, Trump pulled out ...": the stance's year
        and not _main_clause_date(d, verb)  # "The withdrawal in November 2020 destroyed the balance reached when
        # the Treaty was signed": the main clause's date, not the 'when' clause's
        and not _opening_clause_date(d, verb)  # "since the US communicated its NDC in December 2024, the new
        # administration has indicated it will withdraw": the opening clause's own verb's date
        and not _before_a_time_clause(d, verb)  # "resumed whaling on Monday after leaving the IWC": resumed's day
        and not _first_predicate_date(d, verb)  # "suspended its obligations on Saturday and will withdraw": suspended's
    ]
    when = [d for d in before if d.end + 1 < verb.start and verb.doc[d.end + 1].lower_ == "when"]
    when += [d for d in before if _the_day_which(d, verb)]  # "took effect on April 29, which was the date the
    # government submitted a withdrawal letter": the day of both
    ends = [t[1].end for t in triggers if t[1].start < verb.start and not _noun_trigger(t[1])]
    if ends and not when:  # the date right after the previous verb is that verb's ("took effect Jan. 27, 2026,
        # following ..."), unless a 'when' clause follows it ("in 1999, when 164 states joined it": the time of both)
        theirs = next((d for d in dates if d.start >= ends[-1]), None)
        before = [d for d in before if d is not theirs]
    doc = verb.doc
    if verb.start > 1 and doc[verb.start - 1].lower_ == "and" and doc[verb.start - 2].text == ",":
        before = [d for d in before if d.end != verb.start - 2]  # "adopted on July 17, 1998, and came into force":
        # the date just before ', and' is the first predicate's ("On 27 June, X signed ..., and notified" keeps its)
    if not after and (caused := _caused_by(verb, triggers, dates)) is not None:
        return caused
    words = [t for t in verb.doc[verb.end : after[0].start] if not t.ent_type_ and t.i not in aside] if after else []
    if after and (len(words) <= 8 or not before):  # "to the European Convention on Human Rights on 16 ..."
        counted = {"ago", "from", "time"} & {t.lower_ for t in after[0]}
        if (
            counted
            and len(after) > 1
            and after[1].start - after[0].end <= 3
            and verb.doc[after[1].start - 1].text in (",", "on")
        ):
            return after[1]  # "a year from yesterday, on 22 January 2026": the calendar date
        if (
            len(after) > 1
            and after[0][-1].lower_ in ("term", "tenure", "mandate")
            and after[1].start - after[0].end <= 1
        ):
            return after[1]  # "during President Trump's first term in 2017": the year within the term
        return after[0]
    return before[-1] if before else None  # "On 6 July 2020, the United States notified ..."


_TIME_NOUNS = {"day", "date", "year", "month", "moment", "time", "week"}


def _main_clause_date(date: Span, verb: Span) -> bool:
    """The verb is in a 'when' clause that opens after the date, away from it ('the U.S. withdrawal ... in November
    2020 destroyed the balance reached when the Treaty was signed'): the date is the main clause's. Not 'in 1999, when
    164 states joined it' (the date the 'when' clause restates) nor 'on March 6, the day when X left' (a day named)."""
    doc = verb.doc
    whens = [t for t in doc[date.end : verb.start] if t.lower_ == "when"]
    if not whens:
        return False
    when = whens[-1]
    return when.i - date.end > 1 and doc[when.i - 1].lower_ not in _TIME_NOUNS


_SUBORDINATORS = CLAUSE_LEAD | {"since", "as", "once", "although", "though", "whereas"}
_FINITE = {"has", "have", "had", "is", "are", "was", "were"}
_IN_OFFICE = {"office", "power", "inaugurated", "sworn", "elected", "re-elected"}


def _opening_clause_date(date: Span, verb: Span) -> bool:
    """'since the US communicated its NDC in December 2024, the new administration has indicated it will withdraw',
    'After Russia invaded Ukraine in February 2022, Lithuania ...': the date stands in a clause opened by a
    subordinator and a verb of its own (no trigger: a trigger's date is kept from the verb by the triggers between),
    closed by a comma before the verb; it is that verb's day. Not 'Since 1 January 2026, X is no longer a party' (a
    preposition, no verb before the date), nor a clause telling a withdrawal or a leader taking office ('When Trump
    took office in January 2025, he withdrew ...': the day read by the leaders' rule)."""
    doc = verb.doc
    start = date.sent.start
    i = date.start - 1
    while i >= start and doc[i].text not in (",", ";", ":") and doc[i].lower_ not in _SUBORDINATORS:
        i -= 1
    if i < start or doc[i].lower_ not in _SUBORDINATORS:
        return False
    clause = doc[i + 1 : date.start]
    verbs = [
        t
        for t in clause
        if t.is_lower and (t.lower_.endswith("ed") or t.lower_ in IRREGULAR_PAST or t.lower_ in _FINITE)
    ]
    if not verbs or mentions_withdrawal(doc[i : date.end]) or any(t.lower_ in _IN_OFFICE for t in clause):
        return False
    comma = next((t.i for t in doc[date.end : verb.start] if t.text == ","), None)
    return comma is not None and comma - date.end <= 4


_TIME_LINKS = {"after", "before", "following", "since", "until", "upon"}


def _before_a_time_clause(date: Span, verb: Span) -> bool:
    """'Japan resumed commercial whaling on Monday after leaving the IWC': a date right before 'after' (or 'before',
    'since', ...) whose time clause holds the verb is the day of the verb before the date, not the time clause's (the
    exit came before it; 'on Monday, after leaving' the same). Not 'On March 6, after months of debate, Lithuania
    left' (the time clause closed by a comma before the verb), nor with no verb before the date."""
    doc = verb.doc
    between = list(doc[date.end : verb.start])
    between = between[1:] if between[:1] and between[0].text == "," else between
    if not between or between[0].lower_ not in _TIME_LINKS or any(t.text == "," for t in between):
        return False
    return _verb_before(date)


def _verb_before(date: Span) -> bool:
    """A verb stands before the date in its sentence ('resumed', 'has', 'was'): the date follows a predicate."""
    return any(
        t.is_lower and (t.lower_.endswith("ed") or t.lower_ in IRREGULAR_PAST or t.lower_ in _FINITE)
        for t in date.doc[date.sent.start : date.start]
    )


_COORDINATED_GLUE = FUTURE | MODALS | {"has", "have", "had", "is", "are", "then", "also", "formally", "officially"}


def _first_predicate_date(date: Span, verb: Span) -> bool:
    """'The US suspended its obligations under the INF Treaty on Saturday and will withdraw in six months': a date
    right before 'and' and the second predicate's verb (over auxiliaries) is the first predicate's day, when a verb
    stands before the date (not 'On Saturday and Sunday, ...')."""
    doc = verb.doc
    between = list(doc[date.end : verb.start])
    between = between[1:] if between[:1] and between[0].text == "," else between
    if not between or between[0].lower_ != "and" or any(t.lower_ not in _COORDINATED_GLUE for t in between[1:]):
        return False
    return _verb_before(date)


def _the_day_which(date: Span, verb: Span) -> bool:
    """', which was the date the government submitted ...', ', the day (on which) X notified': the verb's day is the
    date before the relative (at most ten words between it and the verb)."""
    words = [t.lower_ for t in date.doc[date.end : verb.start]]
    if len(words) > 12 or words[:1] != [","]:
        return False
    rest = words[1:]
    rest = rest[2:] if rest[:2] in (["which", "was"], ["which", "is"]) else rest
    return rest[:1] == ["the"] and rest[1:2] in (["date"], ["day"])


def _set_off(date: Span) -> bool:
    """', which is January 2026', ', i.e. on 1 January 2024', ', in January 2026': a day set off by a comma."""
    words = [t.lower_ for t in date.doc[max(0, date.start - 4) : date.start]]
    return "," in words or "i.e." in words or "—" in words or bool(RESULTING.intersection(words))


def _caused_by(verb: Span, triggers: list[tuple[str, Span]], dates: list[Span]) -> Span | None:
    """'came into force after 60 countries ratified it on July 1, 2002': the date after the clause that says what
    brought the entry into force is the entry into force's (the 60th ratification came before it)."""
    label = next((lb for lb, v in triggers if v.start == verb.start), None)
    following = [v for lb, v in triggers if v.start > verb.start and lb in ("RATIFY", "ACCEDE", "JOIN")]
    if label != "FORCE" or not following or verb.doc[verb.end].lower_ != "after":
        return None
    cause = following[0]
    if cause.start - verb.end > 5:
        return None
    later = [d for d in dates if cause.end <= d.start <= cause.end + 3]
    return later[0] if later else None


_CLEFT_FOCUS = {"in", "on", "only", "not", "until", "back", "as", "early", "late", "exactly", "precisely"}


_AUDIENCE = {"on", "reporters", "journalists", "lawmakers", "parliament", "the", "media", "press", "late", "early"}


def said_on(date: Span, end: int) -> bool:
    """'announced Thursday that his country will withdraw', 'said on Monday it would ...', 'told reporters Tuesday':
    a day right after a reporting verb (over 'on', the audience told) is the day it was said, not the day of what was
    said to come or done before (a future, a modal or a past perfect between the day and ``end``, the said verb:
    'confirmed Tuesday it had received notification'). A deed said done that day keeps it ('announced Friday it has
    formally withdrawn'), as one done by then ('said on Thursday, after being notified')."""
    doc = date.doc
    i = date.start - 1
    while i >= date.sent.start and i > date.start - 4 and doc[i].lower_ in _AUDIENCE:
        i -= 1
    if i < date.sent.start or doc[i].lower_ not in REPORTING or doc[i].lower_ == "according":
        return False
    return any(t.lower_ in FUTURE or t.lower_ in MODALS or t.lower_ == "had" for t in doc[date.end : end])


def cleft(date: Span) -> bool:
    """'It was in December 2021 that Russia left', 'It was not until 2 June 2025 that Hungary notified': the date a
    cleft sentence puts first is the day of the verb in its 'that' clause."""
    doc = date.doc
    if date.end >= len(doc) or doc[date.end].lower_ != "that":
        return False
    opening = [t.lower_ for t in doc[date.sent.start : date.start] if t.lower_ not in _CLEFT_FOCUS]
    return opening in (["it", "was"], ["it", "is"], ["it", "'s"], ["it", "’s"])


def _dateline(date: Span, verb: Span) -> bool:
    """A date in a parenthesis that says more than a date ('(Sputnik - 08th July, 2020)'), closed before the verb:
    the dispatch's date. A parenthesis holding only a date ('As of Saturday (April 27) Venezuela') restates it."""
    doc = verb.doc
    closing = [t.i for t in doc[date.end : verb.start] if t.text == ")"]
    if not closing:
        return False
    opening = next((i for i in range(closing[0] - 1, max(-1, closing[0] - 12), -1) if doc[i].text == "("), None)
    inside = doc[opening + 1 : closing[0]] if opening is not None else doc[0:0]
    return opening is None or any(t.is_alpha and not t.ent_type_ and t.i not in range(date.start, date.end)
                                  for t in inside if t.text not in MONTHS)  # fmt: skip


def _attributive_year(date: Span) -> bool:
    """'his 2017 stance', 'the 2015 deal': a bare year between a determiner and a noun qualifies the noun."""
    doc = date.doc
    if len(date) != 1 or not date[0].like_num or date.start == 0 or date.end >= len(doc):
        return False
    return doc[date.start - 1].lower_ in ("his", "her", "its", "their", "the", "a", "this") and doc[date.end].is_lower
