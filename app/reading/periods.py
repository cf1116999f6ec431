"""Periods in article text: the notice period a treaty sets ("a six-month waiting period", "a yearlong process",
"the required 12-month notice", "takes effect after a year") and claims about what the period runs from ("six
months after parliament's decision", "a six-month process that began with a parliamentary vote", "six months
from the date of filing"). A period counts from the depositary's receipt of the notification (e.g. Ottawa
Convention Art. 20(3), Rome Statute Art. 127(1), VCLT Art. 78), so the anchor an article names is kept for the
checks service to judge.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from spacy.tokens import Span

from app.numbers import number_from_words
from app.reading.attributed import attributed_to_treaty
from app.reading.cued import cued
from app.reading.spans import text_of
from app.reading.survival import survival_rule
from app.reading.vocabulary import BEGIN_VERBS, NOTICE_EVENTS, PERIOD_EVENTS, WITHDRAWAL_NOUNS
from app.reading.when import MONTHS
from schemas.checks import Claim

DOMESTIC_ANCHORS = {
    "parliament", "parliamentary", "decision", "vote", "decree", "law", "announcement", "signing", "president",
    "approval", "adoption", "referendum", "cabinet", "government", "senate", "congress", "lawmakers", "bill",
    "ratification", "order", "approved", "voted", "adopted", "decided", "announced", "riigikogu", "seimas",
    "saeima", "sejm", "rada", "duma", "bundestag", "eduskunta", "knesset", "assembly", "legislature",
}  # fmt: skip
NOTICE_ANCHORS = {"notification", "notice", "receipt", "received", "depositary", "deposit", "instrument",
                  "notified", "notifies", "secretary-general", "secretary", "un", "u.n.", "united", "filing",
                  "submission", "submitted", "delivery", "notifying", "lodged", "lodging",
                  "denunciation", "receives", "receive", "registry", "registrar"}  # fmt: skip  # a denunciation is
# what is notified (VCLT Art. 65, 67); "after the registry receives the withdrawal document": the depositary's receipt
# "Article 50 lays out a two-year timetable for uncoupling from the EU": a timetable, timeline or timeframe too
_PERIOD_NOUNS = {"notice", "waiting", "process", "period", "deadline", "divorce", "countdown", "timetable", "timeline",
                 "timeframe"}  # fmt: skip
_EFFECT_WORDS = {"effect", "effective", "completed", "place"}
_CAME = {"came", "took", "went", "entered"}  # the past of taking effect
_UNITS = ("month", "year", "day", "week")
_ELAPSE = {"to", "pass", "elapse", "must", "has", "have", "had", "passed", "elapsed", "been", "gone"}
_MEMBERSHIP_ENDS = {"excluded", "expelled", "exclusion", "expulsion", "ceased"}  # ECHR Art. 58(3)
_MECHANISMS = {"process", "decide", "review", "approve", "consider", "accept", "examine", "handle", "respond",
               "ratify", "confirm"}  # fmt: skip
_BEGAN = BEGIN_VERBS | {"opened", "set", "open", "opens"}  # "will start a ...", "opened a six-month period"
_BEGINNING = {"triggering", "starting", "beginning", "initiating", "launching", "opening"}  # a participle after a comma
_UNSURE = re.compile(
    r"\b(?:might|could|may)\s+(?:\w+\s+)?(?:have\s+to|need\s+to|be\s+(?:obliged|obligated|required|expected)\s+to)\b",
    re.IGNORECASE,
)
_SAYING = {"said", "says", "announced", "announces", "declared", "stated", "told", "warned", "threatened"}
_COMES = {"comes", "came", "come", "coming"}  # "X came a year after it told the UN": a rule only from the notice


_ASIDES = {"coincidentally", "incidentally", "conveniently", "ironically", "notably", "symbolically"}


def periods(
    matches: list[tuple[int, int, int]], clause: Span, treaty: str, previous: str | None = None, waits: bool = False
) -> Iterator[Claim]:
    """The notice periods and rule claims of a clause about ``treaty``; a period counted since a state left an
    organisation ("since Russia was excluded from the Council of Europe") is the ``previous`` treaty's, the one
    tied to that membership (ECHR Art. 58(3)). ``waits``: the treaty makes a party wait before it may give notice
    (Paris Art. 28(1)), so "a four-year exit process" may count the wait too, a claim about the rule; for any
    other treaty "a two-year exit process" names the notice period (tests/data/articles/README.md, period kinds)."""
    doc = clause.doc
    if _joining_only(clause):
        return  # "the 30-day process for the US to reenter the global pact": the time to join, no withdrawal rule
    # "the decision will enter into force in six months" of an exit: its effect, as "take effect" (not a treaty's own)
    effect_words = _EFFECT_WORDS | ({"force", "terminate", "end"} if about_exit(clause) else set())  # "set to
    # terminate in six months" after a notice of withdrawal (a bilateral treaty ends with one party's exit)
    for _, s, e in matches:
        if not (clause.start <= s and e <= clause.end):
            continue
        period = _period(doc[s:e])
        if period is None:
            continue
        following = [t.lower_ for t in doc[e : min(e + 12, clause.end)]]
        preceding = [t.lower_ for t in doc[max(clause.start, s - 4) : s]]
        ruled = _rule(period, preceding, following, clause, s, waits)
        if ruled is not None:
            if ruled:
                yield _rule_claim(ruled, clause, treaty, previous)
            continue
        if _first_in(preceding) or (preceding[-1:] and preceding[-1] in _ASIDES):
            continue  # "to take effect 4 years after deal came into effect, coincidentally a day after US elections"
            # (2020): an aside on the day's timing, no period of the rule
        if following[:1] == ["later"] and preceding[-1:] in (["notice"], ["notification"], ["letter"], ["note"]):
            continue  # "The United Nations received the formal notice two days later" (2026): when the notice came,
            # after the order the sentence before names, not a notice period
        if following[:1] in (["after"], ["from"], ["following"]):
            if preceding[-1:] != ["than"] and set(preceding) & effect_words and "from" not in following[:1]:
                yield Claim(kind="notice_period", treaty=treaty, value=period)
            continue
        if _to_own_entry(following):
            continue  # "triggering a 120-day countdown to its entry into force": the treaty's own start, no exit
        if preceding[-1:] in (["took"], ["lasted"]) and following[:2] in _TO_COMPLETE:
            continue  # "The withdrawal process took three years to complete": one state's past process, from a start
            # it does not name (the announcement), neither the notice period nor a rule (README 'Label decisions
            # (h-left, session 13)')
        if any(w.startswith("transition") or w == "grace" for w in following[:3]):
            continue  # "a seven-month transitionary period", "a six-month grace period": not the notice
        if _time_to_act(following):
            continue  # "allowed for a period of four years for the government to denounce": a time to act in
        if _making_of_an_instrument(clause):
            continue  # "The approval of the pandemic agreement resolution follows a more than three-year process,
            # launched by governments": how long a text took to negotiate or adopt, no exit in the sentence
        if _UNSURE.search(doc[clause.start : s].text):
            continue  # "might be obligated to give at least 12 months notice": a guess at the rule, not the rule
        if waits and preceding[-2:] == ["after", "a"] and following[:1] == ["waiting"] and set(following) & _THEN:
            continue  # "Even after a three-year waiting period, any withdrawal process then ...": the wait before
            # notice a precondition sets (Paris Art. 28(1)), told before the notice period itself
        if following[:1] == ["later"] and set(preceding) & _CAME and not _about_withdrawal(clause):
            continue  # "The treaty, signed in 1990, ... It officially came into effect two years later": a story's
            # chronology of the treaty's own entry into force, no withdrawal in it
        if (
            "ago" not in following[:1]
            and (
                set(following[:4] + preceding[-2:]) & _PERIOD_NOUNS
                or (set(preceding[-3:]) & effect_words and following[:1] in ([], ["."], [","], ["later"], ["unless"]))
                or (
                    preceding[-1:] == ["took"] and following[:3] == ["to", "take", "effect"]
                )  # "took one year to take effect"
                or (
                    _unhedged(preceding)[-1:] in (["take"], ["takes"], ["last"], ["lasts"])
                    and (_about_withdrawal(clause) or _out_of(clause, e))
                )
                or (_unhedged(preceding)[-2:] in _GOES_ON_FOR and _about_withdrawal(clause))
                or _obligations_end(preceding, clause)
                or (
                    preceding[-1:] == ["in"] and following[:1] in ([], ["."], [","], ["and"]) and _will_leave(clause, s)
                )
                or (preceding[-1:] in (["wait"], ["waits"]) and "before" in following[:2] and about_exit(clause))
            )
        ):
            yield Claim(kind="notice_period", treaty=treaty, value=period)


def _rule_claim(ruled: str, clause: Span, treaty: str, previous: str | None) -> Claim:
    """The rule claim of a period: the ``previous`` treaty's for a period counted since a state left it; the words
    'Under the organization's charter, ...' kept in the value (the WHO's year is a reservation's: attributed.py)."""
    ended = " since " in ruled and previous
    return Claim(kind="rule", treaty=previous if ended else treaty, value=ruled + attributed_to_treaty(clause))


def _to_own_entry(following: list[str]) -> bool:
    """'a 120-day countdown to its entry into force', 'a 90-day period before the treaty enters into force': the time
    from the last consent a treaty needs to its entry into force (BBNJ Art. 68(1), TPNW Art. 15(1)), not a notice
    period; a withdrawal's entry into force ('countdown to the withdrawal's entry into force') stays one."""
    words = following[:7]
    at = next((i for i, w in enumerate(words) if w in ("entry", "enters", "enter", "entering")), None)
    if at is None or following[at + 1 : at + 3] != ["into", "force"]:
        return False
    return words[0] in _PERIOD_NOUNS | {"to", "until", "before"} and not set(words[:at]) & WITHDRAWAL_NOUNS


_TO_COMPLETE = (["to", "complete"], ["to", "finish"], ["to", "conclude"], ["to", "finalize"], ["to", "finalise"])
_APPROXIMATE = {"nearly", "almost", "about", "around", "roughly", "some", "approximately"}


def _first_in(preceding: list[str]) -> bool:
    """'for the first time in 31 years', 'the first commercial hunt in three decades', 'its first exit in 20 years': a
    period after 'in' that an ordinal 'first' (or 'only') governs counts back to the last time something happened, never
    a notice period or the time an exit takes."""
    return preceding[-1:] == ["in"] and bool({"first", "only"} & set(preceding[:-1]))


def _approximate(preceding: list[str]) -> bool:
    """'more than', 'nearly', 'almost', 'about', 'over', 'close to' right before a period: an elapsed time told
    roughly."""
    return bool(preceding) and (
        preceding[-1] in _APPROXIMATE
        or preceding[-1] == "over"
        or preceding[-2:] in (["more", "than"], ["close", "to"])
    )


def _rule(period: str, preceding: list[str], following: list[str], clause: Span, start: int, waits: bool) -> str | None:
    """The rule claim a period makes, if it makes one: counted from an event ("six months after parliament's
    decision", "three years to pass after its ratification", "within 90 days of notifying", "half a year has
    passed since Russia was excluded", "This initiated a six-month waiting period": from the event the sentence
    before names), a mechanism ("has three months to process the withdrawal appeal") or the length of the whole
    exit ("a four-year exit process"). "" when the period is a story's ("eleven months after this announcement"):
    no claim at all; None when it makes no rule claim (it may still be the notice period)."""
    survives = survival_rule(period, preceding, following, clause, start)
    if survives:  # "continues to apply ... for another 20 years" (ECT Art. 47(3)): app/reading/survival.py
        return survives
    if _approximate(preceding) and following[:1] in (["after"], ["since"], ["following"]):
        return ""  # "More than three years after the British people voted in a referendum, the UK ...", "Nearly four
        # years after the UK voted to leave ...": the time a story's event took, no rule (a rule's period is exact)
    qualifier = "exactly " if preceding[-1:] in (["exactly"], ["precisely"]) else ""
    qualifier = "within " if preceding[-1:] == ["within"] else qualifier
    rest = following
    while rest[:1] and rest[0] in _ELAPSE:  # "three years to pass after", "half a year has passed since"
        rest = rest[1:]
    elapsed = len(rest) < len(following) or preceding[-1:] in (["marking"], ["marks"], ["marked"])  # "marking one
    # year since the formal notification": the time since the notice, as "one year has passed since"
    named = _named_period(rest)  # "a 90-day notice period since Pyongyang announced ...": the period's noun
    rest = rest[named:]
    words = (
        {"after", "from", "following"}
        | ({"of"} if qualifier == "within " else set())
        | ({"since"} if elapsed or named else set())
    )
    if rest[:1] and rest[0] in words:
        anchor = anchor_words(rest[1:])
        if anchor[:1] in (["this"], ["that"], ["these"]):
            return ""  # "eleven months after this announcement": a story's event, not the rule
        if _a_day(anchor):
            return ""  # "one year from Oct. 27": a day a period moves on (verb_dates.py), the effect's, no rule
        if _notice_timed(clause, start) and not any(w.removesuffix("'s") in NOTICE_ANCHORS for w in anchor):
            return ""  # "The notification came two months after Trump announced ...": when a notice was given
        if (
            preceding[-1:]
            and preceding[-1] in _COMES
            and (not any(w.strip("'s") in NOTICE_ANCHORS for w in anchor) or set(anchor) & _SAYING)
        ):  # "The withdrawal comes a month after the prosecutor announced an inquiry", "The decision came a day after
            return ""  # Washington said it was leaving the UN Human Rights Council": the story's order, not a rule
        if preceding[-1:] == [","] and not about_exit(clause.doc[clause.start : start - 1]):
            return ""  # "Bolivia was taken to arbitration in October of 2007, five months after its announcement":
            # the period dates the event before its comma, which is no exit (the story's order, not the rule)
        if _consent_given(anchor) and not _about_withdrawal(clause):
            return ""  # "in force sixty days after the submission of its ratification": the treaty's entry into force
        kinds = NOTICE_ANCHORS | (_MEMBERSHIP_ENDS if rest[0] == "since" and not named else DOMESTIC_ANCHORS)
        if (any(w.removesuffix("'s") in kinds for w in anchor) or _in_force(anchor)) and about_exit(clause):
            joint = rest[0] if rest[0] in ("of", "since") else "after"
            return f"{qualifier}{period} {joint} {_text(anchor)}"
        if rest[0] == "from" and anchor[:1] == ["today"] and any(t.lower_.startswith("effect") for t in clause):
            return (
                f"{qualifier}{period} after today"  # "the effective date of withdrawal will be six months from today"
            )
        return None
    before_notice = following[:1] == ["before"] and any(w.startswith(("notif", "notice")) for w in following[1:8])
    if preceding[-1:] in (["wait"], ["waits"]) and before_notice:
        return f"{period} wait before notice"  # "must wait three years before giving notice" (Paris Art. 28(1))
    if following[:2] in (["exit", "process"], ["withdrawal", "process"]) and waits:
        return f"{period} exit process"  # the whole exit (Paris Art. 28(1) waits three years before notice)
    mechanism = following[:1] == ["to"] and following[1:2] != [] and following[1] in _MECHANISMS
    handled = about_exit(clause) or bool(set(following[2:8]) & {"request", "application", "appeal"})
    if preceding[-1:] in (["has"], ["have"], ["had"]) and mechanism and handled:
        return f"{period} to {_text(anchor_words(following[1:]))}"  # "has three months to process ..."
    once = _once(following)
    if once:  # "would take a year to go into effect once the United States files formal notice"
        return f"{period} after {_text(once)}"
    began = _began_with(following) or _this_began(preceding, following, clause, start)
    if began:  # "a six-month process that began with a parliamentary vote last July"
        return f"{period} after {_text(began)}"
    fronted = _fronted_event(following, clause, start)
    if fronted:  # "After the letter is received by the European Council, the two-year countdown will begin"
        return f"{period} after {_text(fronted)}"
    later = _later_than(preceding, following, clause, start)
    if later:  # "... notified the Secretary-General. The withdrawal will take effect one year later"
        return f"{period} after {_text(later)}"
    return None


_MONTH_WORDS = {m.lower() for m in MONTHS}
_PERIOD_MODIFIERS = {"notice", "notification", "waiting", "statutory", "mandatory", "required", "legal", "withdrawal"}


def _named_period(rest: list[str]) -> int:
    """How many words name the period right after its length ('90-day notice period since ...', 'one-year statutory
    period since ...'): a period so named and counted 'since' an event states the rule it runs by, from that event
    (a notice, or another event: 'since Pyongyang announced its intention to quit', FT, 10 April 2003); 0 if none."""
    i = 0
    while i < len(rest) and rest[i] in _PERIOD_MODIFIERS:
        i += 1
    return i + 1 if i < len(rest) and rest[i] in ("period", "periods") else 0


def _a_day(anchor: list[str]) -> bool:
    """The words a period counts from open with a date ('oct. 27', '1 july 2025', 'october 27'), not an event."""
    first = anchor[0] if anchor else ""
    return first in _MONTH_WORDS or (first.isdigit() and len(anchor) > 1 and anchor[1] in _MONTH_WORDS)


def _consent_given(anchor: list[str]) -> bool:
    """'the submission by a State of its ratification', 'the deposit of the instrument of accession': a consent
    handed to the depositary, from which a treaty enters into force for a State (Rome Statute Art. 126(2))."""
    handed = {"submission", "submitted", "deposit", "deposited", "lodging", "lodged"}
    return bool(set(anchor) & handed) and any(w.startswith(("ratif", "accession", "acceptance")) for w in anchor)


_FUTURE = {"will", "would", "shall", "expected", "due"}


def _later_than(preceding: list[str], following: list[str], clause: Span, start: int) -> list[str]:
    """'The withdrawal will take effect one year later': a period counted from the event the clause or the
    sentence before names (tests/data/articles/README.md, periods with their starting event). Kept when that
    event is the notice, or another act in a sentence that foretells the effect ('will take effect six months
    later' after a vote: a period counted from the wrong event); a past chronology from another act is a story."""
    if following[:1] != ["later"] or not set(preceding[-3:]) & _EFFECT_WORDS:
        return []
    doc = clause.doc
    first = doc[clause.start - 1].sent.start if clause.start > 0 and doc.has_annotation("SENT_START") else clause.start
    before = list(doc[max(first, clause.start - 60) : start])
    events = [i for i, t in enumerate(before) if t.lower_ in PERIOD_EVENTS]
    if not events:
        return []
    event = before[events[-1]].lower_
    if event not in NOTICE_EVENTS and not {t.lower_ for t in doc[clause.start : start]} & _FUTURE:
        return []
    return anchor_words([t.lower_ for t in before[events[-1] :]])[:8]


_STARTS = {"begin", "begins", "start", "starts", "run", "runs"}


def _fronted_event(following: list[str], clause: Span, start: int) -> list[str]:
    """'After the letter is received by the European Council, the two-year countdown ... will begin', 'Once the
    notice is filed, a six-month period starts', 'Following the submission of the instrument, the exit became
    effective after a six-month waiting period': the period runs from the event of the clause that opens the
    sentence (the notice, or a domestic act the judge finds to be the wrong event)."""
    doc = clause.doc
    words = [t.lower_ for t in doc[clause.start : start] if not (t.is_punct and t.text != ",")]  # "- Following"
    if not words or words[0] not in ("after", "once", "when", "following") or "," not in words:
        return []
    main = words[words.index(",") :]  # the main clause up to the period: "the decision became effective after a"
    effect = bool(set(main) & {"effect", "effective"}) and main[-2:-1] == ["after"]
    if not effect and not (set(following[:8]) & _STARTS and set(following[:4]) & _PERIOD_NOUNS):
        return []
    event = words[1 : words.index(",")]
    if any(w.removesuffix("'s") in NOTICE_ANCHORS for w in event):
        return event
    return event if any(w.removesuffix("'s") in DOMESTIC_ANCHORS for w in event) and about_exit(clause) else []


def _notice_timed(clause: Span, start: int) -> bool:
    """What the period times is the notice itself ('The notification came two months after ...', 'the letter was
    sent a year after ...'), not the withdrawal's effect: a story's chronology, since no treaty counts the notice
    from a domestic act (the period a rule sets runs from the notice to the effect, e.g. Rome Statute Art. 127(1))."""
    before = [t.lower_ for t in clause.doc[clause.start : start]]
    timed = any(w in ("notification", "notice", "letter", "note") for w in before)
    effect = any(
        w.startswith(("effect", "withdraw", "exit", "leav", "denunciat", "quit")) or w in ("left", "pullout")
        for w in before
    )
    return timed and not effect


def _this_began(preceding: list[str], following: list[str], clause: Span, start: int) -> list[str]:
    """'This initiated a six-month waiting period': the period runs from the event the sentence before names
    ('..., after which Lithuania submitted the required documentation to the United Nations'); '... submitted
    notification to the United Nations on August 20, 2025, triggering the six-month waiting period': from the event
    the participle follows."""
    participle = any(w in _BEGINNING and preceding[i - 1 : i] == [","] for i, w in enumerate(preceding) if i)
    participle = participle and bool(set(preceding[-4:]) & _BEGINNING)
    if not participle and not (
        set(preceding[-3:]) & _BEGAN and set(preceding[:2]) & {"this", "that", "which", "move", "step"}
    ):
        return []
    if not set(following[:3]) & _PERIOD_NOUNS:
        return []
    doc = clause.doc
    before = list(doc[max(0, start - 40) : start] if participle else doc[max(0, clause.start - 40) : clause.start])
    events = [i for i, t in enumerate(before) if t.lower_ in PERIOD_EVENTS]
    if not events or (not participle and start - clause.start > 6):  # "The move will start a two-year period"
        return []
    return anchor_words([t.lower_ for t in before[events[-1] :]])


def about_exit(clause: Span) -> bool:
    """A rule claim speaks of the withdrawal or its effect ('for seven years following its official adoption' of a
    declaration does not); 'before the UK ceases to be a member state', 'cease to apply': the exit's effect told as
    the membership's end."""
    doc = clause.doc
    return any(
        t.lower_.startswith(
            ("withdraw", "exit", "leav", "denounc", "denunciat", "effect", "notif", "notice", "quit", "exclu", "expel")
        )
        or t.lower_ in ("left", "pullout", "expire", "expires")
        or (t.lemma_ == "cease" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "to")
        for t in clause
    )


_JOINING = re.compile(r"\b(?:re-?\s?join|re-?\s?ent(?:er|ry)|accession|accede|accept)", re.IGNORECASE)
_LEAVING = re.compile(
    r"\b(?:withdr[ae]w|exit|leav|left|quit|denounc|denunciat|pull|expel|exclu|terminat)", re.IGNORECASE
)


def _joining_only(clause: Span) -> bool:
    """'beginning the 30-day process for the US to reenter the global pact', 'a country can formally re-enter the pact
    30 days after it gives notice': a period for (re)joining (Paris Art. 21(3)), in a sentence that tells no exit;
    the notice periods and rule claims are the withdrawal clause's."""
    text = clause.sent.text  # the sentence: 'can re-enter the pact | 30 days after it gives notice'
    return bool(_JOINING.search(text)) and not _LEAVING.search(text)


_MAKING = re.compile(r"\b(?:negotiat|talks\b|drafting|draft\b|adoption|adopted|approval of|launched)", re.IGNORECASE)


def _making_of_an_instrument(clause: Span) -> bool:
    """'follows a more than three-year process, launched by governments during the COVID-19 pandemic', 'after
    three years of negotiations': a period of a text's making (its negotiation, drafting or adoption) in a sentence
    that names no withdrawal, notice or effect: the time it took, no notice period or rule of an exit."""
    return bool(_MAKING.search(clause.sent.text)) and not about_exit(clause.sent)


def _about_withdrawal(clause: Span) -> bool:
    """'The withdrawal process will take two years'."""
    return any(t.lower_ in ("withdrawal", "exit", "withdrawing", "leaving", "denunciation") for t in clause)


def period_of(span: Span) -> str | None:
    """'six months', 'a year' -> 'P6M', 'P1Y' (the reading of a period everywhere in the reader)."""
    return _period(span)


def _period(span: Span) -> str | None:
    """'six months', 'a year', '12-month', 'yearlong' -> 'P6M', 'P1Y', 'P12M', 'P1Y' (weeks are not read)."""
    if len(span) == 1 and span[0].lower_ in ("yearlong", "year-long"):
        return "P1Y"
    if span[0].lower_ == "half" and span[-1].lemma_ == "year":
        return "P6M"  # "half a year"
    words = [t.text for t in span if t.lemma_ not in _UNITS and t.text != "-" and t.lower_ != "more"]  # "one more year"
    amount = number_from_words(" ".join(words))
    unit = span[-1].lemma_
    if amount is None or unit not in ("month", "year", "day"):
        return None
    return f"P{amount}{unit[0].upper()}"


def _in_force(anchor: list[str]) -> bool:
    """'after the agreement entered into force', 'after the agreement takes effect for it' (Paris Art. 28(1))."""
    text = " ".join(anchor)
    into = "into force" in text or "entered into effect" in text or "came into effect" in text
    return into or "in force for" in text or " effect for " in f"{text} "


def _began_with(following: list[str]) -> list[str]:
    for i, word in enumerate(following[:4]):
        if word in ("began", "started", "begun") and following[i + 1 : i + 2] in (["with"], ["after"], ["when"]):
            return anchor_words(following[i + 2 :])  # "... that began when Trump signed the executive order"
    return []


def _once(following: list[str]) -> list[str] | None:
    """'a year to go into effect once <the notice is filed>': the period runs from the event after 'once' (a notice
    or a domestic act); None otherwise."""
    if "once" not in following[:7]:
        return None
    at = following.index("once")
    if not set(following[:at]) & _EFFECT_WORDS:
        return None
    anchor = anchor_words(following[at + 1 :])
    return anchor if any(w.removesuffix("'s") in NOTICE_ANCHORS | DOMESTIC_ANCHORS for w in anchor) else None


_HEDGES = {"about", "around", "roughly", "approximately", "some", "nearly", "almost"}
_GOES_ON_FOR = (["continue", "for"], ["continues", "for"], ["last", "for"], ["lasts", "for"], ["run", "for"],
                ["runs", "for"])  # fmt: skip  # "the withdrawal process is expected to continue for about a year"
_THEN = {"then", "process"}


def _unhedged(preceding: list[str]) -> list[str]:
    """The words before a period without a hedge ('a process that takes about a year', 'up to a year')."""
    if preceding[-2:] == ["up", "to"]:
        return preceding[:-2]
    return preceding[:-1] if preceding[-1:] and preceding[-1] in _HEDGES else preceding


def _out_of(clause: Span, end: int) -> bool:
    """'It will take up to a year before Burundi is out of the ICC': the time until a state is out of the treaty."""
    words = [t.lower_ for t in clause.doc[end : clause.end]]
    return "before" in words[:2] and any(a == "out" and b == "of" for a, b in pairwise(words))


_LEAVES = {"leave", "withdraw", "quit", "exit", "depart"}


def _will_leave(clause: Span, start: int) -> bool:
    """'The US will leave the agency in 12 months': a future exit 'in' a period is how long the exit takes (as 'will
    take effect in a year'), not a date."""
    words = [t for t in clause.doc[clause.start : start]]
    return any(
        w.lower_ in ("will", "would", "shall") and n + 1 < len(words) and words[n + 1].lemma_ in _LEAVES
        for n, w in enumerate(words)
    )


def _obligations_end(preceding: list[str], clause: Span) -> bool:
    """'U.S. obligations under the Treaty will effectively end in six months': the time until the exit."""
    ends = preceding[-1:] == ["in"] and bool(set(preceding[-3:]) & {"end", "ends", "cease", "ceases"})
    return ends and any(t.lower_ == "obligations" for t in clause)


def _text(words: list[str]) -> str:
    """The words as written: 'the un secretary-general', 'parliament's decision' (not 'secretary - general')."""
    text = " ".join(words).replace(" - ", "-")
    return re.sub(r" ('s|’s)\b", r"\1", text)


def anchor_words(words: list[str]) -> list[str]:
    out = []
    for word in words:
        if word in (",", ".", ";", "and", "but", "when", "last", "before", "unless", "if", "following"):
            break
        out.append(word)
    return out


_NO_PERIOD = cued(
    r"\bthere\s+(?:is|was|are|were)\s+no\s+(?:particular\s+|specific\s+|set\s+|fixed\s+|minimum\s+)?"
    r"(?:time\s+limit|notice\s+period|waiting\s+period|period\s+of\s+notice|deadline)\b"
    r"|\bno\s+(?:prior\s+)?notice\s+(?:period\s+)?is\s+(?:required|needed)\b",
    re.IGNORECASE,
)


def no_period_rule(clause: Span, treaty: str, about_withdrawal: bool) -> Claim | None:
    """'There is no particular time limit ... if the United States uses this process': a rule denied, a claim
    that the exit needs no notice period (the judge weighs it against the clause, or VCLT Art. 56(2)'s twelve
    months where a treaty is silent). Only in a passage about a withdrawal."""
    if not about_withdrawal or _NO_PERIOD.search(text_of(clause)) is None:
        return None
    return Claim(kind="rule", treaty=treaty, value="no notice period")


def _time_to_act(following: list[str]) -> bool:
    """'(a period of four years) for the government to denounce ...', 'for parliament to approve': a time given to
    someone to act, not the time between a notice and its effect."""
    if following[:1] != ["for"] or "to" not in following[1:6]:
        return False
    to = following.index("to", 1)
    if any(w in WITHDRAWAL_NOUNS or w in ("notice", "notification", "denunciation") for w in following[1:to]):
        return False  # "a period of one year for the withdrawal to take effect": the notice period itself
    return to > 1 and following[1] in ("the", "a", "its", "their", "parliament", "congress", "states", "parties")
