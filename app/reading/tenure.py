"""Lengths of membership in article text: "ending a 78-year membership", "47 years of British membership",
"after having been a member for 47 years"; and the year a membership began ("a member since 1950"). A membership
of N years ending about the publication date dates the state's joining to N years before it; N is a round
figure, so the claim is the year around that day (from half a year before to half a year after), judged like any
"joined" claim against the recorded consent and entry into force (the rulebook's participation records). "More
than 70 years of membership" is a membership that began on or before that day; "nearly 70 years" (or "after nearly
78 years as a member state"), one that began in the year after it; "about 70 years" is not read. A headline's
"Withdraws from ... After 78 Years" is a length of membership.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from spacy.tokens import Span

from app.numbers import number_from_words
from app.reading.cued import cued
from app.reading.spans import text_of
from app.reading.when import claim_value, resolve

_NUMBER = r"(?P<n>\d{1,3}|[a-z]+(?:[-\u2010\u2011 ][a-z]+)?)"
_DASH = r"[-\u2010\u2011\u2013 ]"
_LENGTHS = [
    cued(rf"\b{_NUMBER}{_DASH}years?(?:{_DASH}old)?\s+(?:membership|commitment|participation)\b"),
    cued(rf"\b{_NUMBER}\s+years\s+of\s+(?:[A-Z][\w.]*\s+|its\s+|their\s+)?(?:membership|participation)\b"),
    cued(rf"\bmember\s+(?:state\s+)?for\s+{_NUMBER}\s+years\b"),
    cued(rf"\b{_NUMBER}\s+years\s+as\s+an?\s+(?:full\s+)?(?:member|party)\b"),  # "78 years as a member state"
    # "a treaty it has been part of for over 30 years" (LocalNews.digital, January 2026), "has been a party to it for
    # 30 years": the length of a membership told with 'been' and 'for', 'over' inside it
    cued(
        rf"\bbeen\s+(?:an?\s+)?(?:part|party|member)\s+(?:of|to)(?:\s+[^.;,]{{1,80}}?)?\s+for\s+"
        rf"(?P<over>(?:over|more\s+than)\s+)?{_NUMBER}\s+years\b"
    ),
]
_AFTER = cued(rf"\bafter\s+{_NUMBER}\s+years\s*$", re.IGNORECASE)  # a headline: "Withdraws ... After 78 Years"
# "Hungary renounces the Rome Statute after 23 years and withdraws ...": an exit after N years in running text (not
# "after N years of war", not a period: "takes effect after two years", "two years after the notice")
_AFTER_EXIT = cued(
    rf"\b(?:withdraw|leav|left|exit|quit|renounc|denounc|pull)\w*\b[^.;]{{0,80}}?\b(?P<after>after\s+{_NUMBER}\s+years)\b"
    r"(?!\s+(?:of|to|before|since|from|after|following|later)\b)",
    re.IGNORECASE,
)
_EFFECT_WORDS = cued(r"\b(?:effect|effective|force|notice|notif\w*|period|wait\w*)\b", re.IGNORECASE)
_LEAVING = cued(r"\b(?:withdraw|leav|left|exit|quit|pull)", re.IGNORECASE)
_AT_LEAST = ("more than", "over", "at least")
_SINCE = cued(
    r"\b(?:an?\s+(?:(?:state|full|contracting)\s+)?(?:member|party)|belonged\s+to|belongs\s+to)\b"
    r"(?:[^.;,\x00]|\x00+(?!\x00)){0,90}?\bsince\s+"
    r"(?P<its>its\s+(?:inception|founding|creation|establishment|foundation)\s+in\s+)?"
    r"(?P<day>[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\s+)?(?P<y>1[89]\d\d|20\d\d)\b"
)  # "which it has belonged to since 1950", "has been a member of the OAS since 1950", "since February 28, 1996", "since
# its inception in 1949" (the year of the day named); a treaty's name counts as one
# character ("a party to the Convention on the Prohibition of the Use, Stockpiling, ... since 2005"), a name the
# gazetteer misses does not ("a state party to the International Covenant on the Civil and ... (ICCPR) since 1981")
_NOT_A_MEMBER = re.compile(r"\b(?:no\s+longer|not|never|n't)(?:\s+been)?\s*$", re.IGNORECASE)
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+\s+)?been\s+an?$", re.IGNORECASE)  # "it had been a", "had long been a"
_ENDED = (
    "ended",
    "ending",
    "ends",
    "end to",
)  # "Russia's expulsion ... on 16 March 2022 ended 26 years of membership":
# counted back from the day that ended it, as a pluperfect length is
_BOUNDS = ("more than", "over", "nearly", "almost", "about", "some", "around", "at least", "less than", "under")
_NEARLY = ("nearly", "almost")
_HALF_YEAR = dt.timedelta(days=183)
_YEAR = dt.timedelta(days=365)


def membership_lengths(clause: Span, published: dt.date, ended: dt.date | None = None) -> Iterator[tuple[str, Span]]:
    """Each membership length in ``clause``: the interval its start falls in (ISO 'start/end') and its words. A
    pluperfect length ('of which it had been a member for 26 years') is counted back from ``ended``, the day of the
    clause's own event ('in March 2022, Russia was expelled from the Council of Europe'), when there is one."""
    text = text_of(clause)
    patterns = _LENGTHS + ([_AFTER] if _LEAVING.search(text) else [])
    for pattern in patterns:
        for match in pattern.finditer(text):
            years = number_from_words(match.group("n").lower().replace("\u2010", "-").replace("\u2011", "-"))
            if years is None or not 1 <= years <= 150:
                continue
            before = text[: match.start()].rstrip().lower()
            counted = (
                ended if ended is not None and (_PLUPERFECT.search(before) or before.endswith(_ENDED)) else published
            )
            at_least = before.endswith(_AT_LEAST) or bool(match.groupdict().get("over"))  # "more than 70 years of
            # membership", "part of for over 30 years": it began before then
            nearly = before.endswith(_NEARLY)  # "nearly 78 years as a member state": it began in the year after then
            if before.endswith(_BOUNDS) and not (at_least or nearly):
                continue  # "about 70 years of membership": a bound either way, not read
            words = clause.char_span(match.start(), match.end(), alignment_mode="expand")
            if words is None:
                continue
            try:
                joined = counted.replace(year=counted.year - years)
            except ValueError:  # 29 February
                joined = counted.replace(year=counted.year - years, day=28)
            if nearly:
                yield f"{joined}/{joined + _YEAR}", words
                continue
            yield (f"{dt.date.min}/{joined}" if at_least else f"{joined - _HALF_YEAR}/{joined + _HALF_YEAR}"), words
    for match in _AFTER_EXIT.finditer(text):
        if _EFFECT_WORDS.search(text[: match.start("after")]) or text[: match.start()].rstrip().lower().endswith(
            _BOUNDS
        ):
            continue
        years = number_from_words(match.group("n").lower())
        words = clause.char_span(match.start("after"), match.end("after"), alignment_mode="expand")
        if years is None or not 1 <= years <= 150 or words is None or _AFTER.search(text):
            continue
        joined = published.replace(year=published.year - years, day=min(published.day, 28))
        yield f"{joined - _HALF_YEAR}/{joined + _HALF_YEAR}", words
    masked = _names_masked(clause) if "since" in text else ""  # the names masked only where _SINCE can match
    for match in _SINCE.finditer(masked):
        if _NOT_A_MEMBER.search(masked[max(0, match.start() - 20) : match.start()]):
            continue  # "is no longer a party to the Statute since 2019", "has not been a member since 2019": an end
        if match.group("its") and "\x00" not in match.group(0):
            continue  # "a member of the Council since its inception in 1949": whose inception, the name must say
        words = clause.char_span(match.start(), match.end(), alignment_mode="expand")
        if words is not None and int(match.group("y")) <= published.year:
            yield _since_value(match, published), words


def _since_value(match: re.Match[str], published: dt.date) -> str:
    """The day 'since February 28, 1996' names, else the year ('since 1996', 'since its inception in 1949')."""
    if match.group("day") and (day := resolve([*match.group("day").split(), match.group("y")], published, "past")):
        return claim_value(day) or match.group("y")
    return match.group("y")


def _names_masked(clause: Span) -> str:
    """The clause's text with each treaty name blanked out (same length, so offsets hold)."""
    text = text_of(clause)
    for ent in clause.ents:
        if ent.label_ == "TREATY":
            start, end = ent.start_char - clause.start_char, ent.end_char - clause.start_char
            text = text[:start] + "\x00" * (end - start) + text[end:]
    return text


def of_which_it(words: Span, actors: list[Span], organisations: dict[str, str]) -> tuple[str, str] | None:
    """'Russia was expelled from the Council of Europe, of which it had been a member for 26 years': a length told in
    a relative clause on an organisation or a treaty is of that one (not the treaty the article is about), and 'it'
    is the state the clause before names last, as its subject (not one governed: 'the invasion of Ukraine')."""
    doc = words.doc
    i = words.start - 1
    while i > words.sent.start and doc[i].lower_ not in ("which", "whom"):
        if words.start - i > 6:
            return None
        i -= 1
    if i < words.sent.start + 3 or doc[i - 1].lower_ != "of" or doc[i - 2].text != ",":
        return None
    end = i - 2
    treaty = next((str(e.ent_id_) for e in doc.ents if e.end == end and e.label_ == "TREATY"), None)
    treaty = treaty or next(
        (t for name, t in organisations.items() if doc[max(0, end - len(name.split())) : end].text == name), None
    )
    states = [e for e in actors if e.end <= end and e.start >= words.sent.start]
    if treaty is None or not states:
        return None
    return treaty, str(states[-1].ent_id_)
