"""Periods in article text: the notice period a treaty sets ("a six-month waiting period", "a yearlong process",
"the required 12-month notice", "takes effect after a year") and claims about what the period runs from ("six
months after parliament's decision", "a six-month process that began with a parliamentary vote", "six months
from the date of filing"). A period counts from the depositary's receipt of the notification (e.g. Ottawa
Convention Art. 20(3), Rome Statute Art. 127(1), VCLT Art. 78), so the anchor an article names is kept for the
checks service to judge.
"""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Span

from app.numbers import number_from_words
from schemas.checks import Claim

DOMESTIC_ANCHORS = {
    "parliament", "parliamentary", "decision", "vote", "decree", "law", "announcement", "signing", "president",
    "approval", "adoption", "referendum", "cabinet", "government", "senate", "congress", "lawmakers", "bill",
    "ratification", "order",
}  # fmt: skip
NOTICE_ANCHORS = {"notification", "notice", "receipt", "received", "depositary", "deposit", "instrument",
                  "notified", "notifies", "secretary-general", "secretary", "un", "u.n.", "united", "filing",
                  "submission", "submitted", "delivery", "notifying", "lodged", "lodging"}  # fmt: skip
_PERIOD_NOUNS = {"notice", "waiting", "process", "period", "deadline", "divorce", "countdown"}
_EFFECT_WORDS = {"effect", "effective", "completed", "place"}
_UNITS = ("month", "year", "day", "week")


def periods(matches: list[tuple[int, int, int]], clause: Span, treaty: str) -> Iterator[Claim]:
    doc = clause.doc
    for _, s, e in matches:
        if not (clause.start <= s and e <= clause.end):
            continue
        period = _period(doc[s:e])
        if period is None:
            continue
        following = [t.lower_ for t in doc[e : min(e + 12, clause.end)]]
        preceding = [t.lower_ for t in doc[max(clause.start, s - 4) : s]]
        if following[:1] in (["after"], ["from"], ["following"]):
            anchor = anchor_words(following[1:])
            if anchor[:1] in (["this"], ["that"], ["these"]):
                continue  # "eleven months after this announcement": a story's event, not the rule
            if any(w.strip("'s") in NOTICE_ANCHORS | DOMESTIC_ANCHORS for w in anchor) and _about_exit(clause):
                yield Claim(kind="rule", treaty=treaty, value=f"{period} after {' '.join(anchor)}")
            elif preceding[-1:] != ["than"] and set(preceding) & _EFFECT_WORDS and "from" not in following[:1]:
                yield Claim(kind="notice_period", treaty=treaty, value=period)
            continue
        if any(w.startswith("transition") for w in following[:3]):
            continue  # "a seven-month transitionary period": a grace period, not the notice
        began = _began_with(following)
        if began:  # "a six-month process that began with a parliamentary vote last July"
            yield Claim(kind="rule", treaty=treaty, value=f"{period} after {' '.join(began)}")
        elif (
            "ago" not in following[:1]
            and (
                set(following[:4] + preceding[-2:]) & _PERIOD_NOUNS
                or (set(preceding[-3:]) & _EFFECT_WORDS and following[:1] in ([], ["."], [","], ["later"]))
                or (
                    preceding[-1:] == ["took"] and following[:3] == ["to", "take", "effect"]
                )  # "took one year to take effect"
                or (preceding[-1:] in (["take"], ["takes"], ["last"], ["lasts"]) and _about_withdrawal(clause))
            )
        ):
            yield Claim(kind="notice_period", treaty=treaty, value=period)


def _about_exit(clause: Span) -> bool:
    """A rule claim speaks of the withdrawal or its effect ('for seven years following its official adoption' of a
    declaration does not)."""
    return any(
        t.lower_.startswith(("withdraw", "exit", "leav", "denounc", "denunciat", "effect", "notif", "notice", "quit"))
        or t.lower_ in ("left", "pullout", "expire", "expires")
        for t in clause
    )


def _about_withdrawal(clause: Span) -> bool:
    """'The withdrawal process will take two years'."""
    return any(t.lower_ in ("withdrawal", "exit", "withdrawing", "leaving", "denunciation") for t in clause)


def _period(span: Span) -> str | None:
    """'six months', 'a year', '12-month', 'yearlong' -> 'P6M', 'P1Y', 'P12M', 'P1Y' (weeks are not read)."""
    if len(span) == 1 and span[0].lower_ in ("yearlong", "year-long"):
        return "P1Y"
    words = [t.text for t in span if t.lemma_ not in _UNITS and t.text != "-"]
    amount = number_from_words(" ".join(words))
    unit = span[-1].lemma_
    if amount is None or unit not in ("month", "year", "day"):
        return None
    return f"P{amount}{unit[0].upper()}"


def _began_with(following: list[str]) -> list[str]:
    for i, word in enumerate(following[:4]):
        if word in ("began", "started", "begun") and following[i + 1 : i + 2] in (["with"], ["after"]):
            return anchor_words(following[i + 2 :])
    return []


def anchor_words(words: list[str]) -> list[str]:
    out = []
    for word in words:
        if word in (",", ".", ";", "and", "but", "when", "last"):
            break
        out.append(word)
    return out
