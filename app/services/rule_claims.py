"""Claims about the withdrawal rule itself ("six months after parliament's decision", "a one-year notice",
"three years from ratification"): what period is claimed, what it runs from, and how it is qualified.

A withdrawal period runs from the depositary's receipt of the notification (VCLT Arts. 67(2), 78(b) and the
treaties' own clauses), never from a domestic act: a claim that counts it from a vote, a decree or an executive
order is wrong even when the date it gives happens to be right. The claim's words are read here; the judging is
in :mod:`app.services.checks.rule` (``_check_rule``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from app.numbers import number_from_words
from schemas.periods import parse_period

_ISO_PERIOD = re.compile(r"\bP(?:\d+[YMD])+\b")
_WORD_PERIOD = re.compile(r"\b(\d+|[a-z]+(?:[\s-][a-z]+)?)[\s-]+(year|month|week|day)s?\b", re.IGNORECASE)
_ANCHOR = re.compile(r"\b(?:after|from|of|following|since)\s+(.+)$", re.IGNORECASE)
_NOTICE_WORDS = re.compile(
    r"notif|notice|receipt|receiv|registry|registrar|deposit|instrument|secretary|depositary|filing|filed|submission|submitted|"
    r"deliver|sending|sent|letter|written|told|informed|united nations|\bun\b|denunciation|denounc",
    re.IGNORECASE,
)
_DOMESTIC_WORDS = re.compile(
    r"parliament|vote|voted|decision|decree|executive order|signing|signed|law|announce|referendum|cabinet|"
    r"government|president|bill|ratification|ratified|congress|senate|seimas|saeima|riigikogu|sejm|eduskunta|"
    r"approved|adopted|decided|rada|duma|bundestag|knesset|legislature",
    re.IGNORECASE,
)
_MECHANISM = re.compile(
    r"\bto\s+(process|decide|review|approve|consider|accept|examine|handle|respond|ratify|confirm)\b", re.IGNORECASE
)
_CONSENT = re.compile(
    r"\b(?:ratif\w*|approv\w*|agreed|agreement|accept\w*|consent\w*|endorsement)\b.*?\b(?:by|of)\s+(?:all\s+)?(?:the\s+)?"
    r"(?:remaining|other|\d+|member|countries|states|parties)\b",
    re.IGNORECASE,
)
_SURVIVAL = re.compile(
    r"\b(?:surviv\w*|sunset|continu\w* to apply|binds?|remains? bound)\b"
    r"|\bafter (?:the )?(?:withdrawal|exit)(?: takes effect)?$"
    # a period counted from the exit's effect ("P20Y from the date the withdrawal takes effect"), or for the
    # investments made before it (ECT Art. 47(3)): what goes on applying, not the notice period
    r"|\bfrom (?:the )?(?:effective date|effect\b|date (?:the|its) (?:withdrawal|exit) takes effect)"
    r"|\bfor (?:[\w-]+ ){0,2}investments?\b",
    re.IGNORECASE,
)
_IN_FORCE_WORDS = re.compile(
    r"entry into force|(?:entered|went|came) into (?:force|effect)|in force for|(?:takes|took|take) effect for",
    re.IGNORECASE,
)


_UNDER_TREATY = re.compile(
    r"\bunder (?:the|its) (?:[\w.’'-]+ ){0,3}?(?:charter|constitution|statute|treaty|convention|covenant|agreement)\b",
    re.IGNORECASE,
)
"""'Under the organization's charter, the withdrawal takes effect one year after notice is given': the rule told as
the treaty's own clause (the reader keeps the words in the value: 'P1Y after notice is given under the charter')."""


@dataclass(frozen=True)
class RuleClaim:
    """What a rule claim says: a period (ISO), what it runs from (words), and how it is put."""

    period: str | None
    anchor: str
    exact: bool  # "exactly", "must": no room left for an agreed date or an extension
    within: bool  # "within 90 days": a deadline, not the time the withdrawal takes to take effect
    mechanism: str | None = None  # "three months to process the withdrawal": a step the treaty does not have
    consent: bool = False  # "ratified by all remaining 27 countries": the other parties' approval
    survival: bool = False  # "continues to apply ... for another 20 years": the treaty applies after the exit
    text: str = ""  # the claim's words
    under_treaty: bool = False  # "under the organization's charter": the rule said to be the treaty's own

    @property
    def anchor_is_notice(self) -> bool:
        return _first(self.anchor) == "notice"

    @property
    def anchor_is_domestic(self) -> bool:
        """Counted from a domestic act (a vote, a decision, a decree, an order, a signature, a ratification): the
        act named first decides ("gives written notice of its decision" is a notice; "signed an executive
        order notifying" is an order)."""
        return _first(self.anchor) == "domestic" and not _IN_FORCE_WORDS.search(self.anchor)

    @property
    def anchor_is_entry_into_force(self) -> bool:
        return bool(_IN_FORCE_WORDS.search(self.anchor))


_ACTOR_NOTIFIED = re.compile(
    r"^(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:government|president|cabinet)\s+(?:[a-z]+ly\s+)?"
    r"(?:notif(?:ied|ies|y)|informed|submitted|deposited|sent|delivered|gave\s+(?:formal\s+|written\s+)?notice)\b",
    re.IGNORECASE,
)
"""'After the government notified the Secretary-General': a domestic actor as the subject of a notice verb; the
event is the notice, not an act of the government."""


def _first(anchor: str) -> str | None:
    if _ACTOR_NOTIFIED.search(anchor):
        return "notice"
    notice, domestic = _NOTICE_WORDS.search(anchor), _DOMESTIC_WORDS.search(anchor)
    if notice and (domestic is None or notice.start() < domestic.start()):
        return "notice"
    return "domestic" if domestic else None


def iso_period(amount: str, unit: str) -> str | None:
    """``six`` + ``month`` -> ``P6M``, ``2`` + ``week`` -> ``P14D``; None when ``amount`` writes no number."""
    number = number_from_words(amount.replace("-", " "))
    if number is None:
        return None
    unit = unit.lower()
    return f"P{number * 7}D" if unit == "week" else f"P{number}{unit[0].upper()}"


def parse_claimed_period(text: str) -> str | None:
    """``P6M``, ``six months``, ``6 months``, ``one year``, ``a year``, ``twelve-month`` -> an ISO period."""
    text = text.strip().lower()
    if re.fullmatch(r"P(\d+[YMD])+", text.upper()):
        return text.upper()
    match = re.fullmatch(r"([\w\s-]+?)[\s-]+(year|month|day)s?(?:['’]s?)?(?:\s+notice)?", text)
    return iso_period(match.group(1), match.group(2)) if match else None


def _word_period(text: str) -> str | None:
    for match in _WORD_PERIOD.finditer(text):
        amount, unit = match.group(1), match.group(2)
        period = iso_period(amount, unit)
        if period is None and " " in amount.strip():  # "a process of one": keep the last word only
            period = iso_period(re.split(r"[\s-]", amount.strip())[-1], unit)
        if period is not None:
            return period
    return None


def parse_rule_claim(value: str) -> RuleClaim:
    """``P6M after parliament's decision``, ``P1Y from receipt by the Secretary-General``, ``exactly P2Y after
    notification``, ``three years from ratification``, ``within 90 days of notice``."""
    text = " ".join(value.split())
    found = _ISO_PERIOD.search(text) or _WORD_PERIOD.search(text)
    period = None if found is None else found.group() if found.re is _ISO_PERIOD else _word_period(found.group())
    rest = text[found.end() :] if found else text
    anchor = _ANCHOR.search(rest)
    return RuleClaim(
        period=period,
        anchor=re.sub(r"\s+(['’]s?)\b", r"\1", anchor.group(1).strip()) if anchor else "",  # "parliament 's"
        exact=bool(re.search(r"\b(exactly|must|always|precisely)\b", text, re.IGNORECASE)),
        within=bool(re.search(r"\bwithin\b", text, re.IGNORECASE)),
        mechanism=mechanism.group(1).lower() if (mechanism := _MECHANISM.search(text)) else None,
        consent=bool(_CONSENT.search(text)),
        survival=bool(_SURVIVAL.search(text)),
        text=text,
        under_treaty=bool(_UNDER_TREATY.search(text)),
    )


def months_and_days(period: str) -> tuple[int, int]:
    delta = parse_period(period)
    return delta.years * 12 + delta.months, delta.days


def same_length(a: str, b: str) -> bool:
    return months_and_days(a) == months_and_days(b)


def about_the_same(a: str, b: str) -> bool:
    """Within a few days of each other on any calendar (90 days and three months; 52 weeks and a year)."""
    (ma, da), (mb, db) = months_and_days(a), months_and_days(b)
    return abs((ma * 30.44 + da) - (mb * 30.44 + db)) <= 4
