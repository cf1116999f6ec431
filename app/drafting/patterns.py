"""The clause patterns the reader recognises, each on one sentence of the English text.

Withdrawal and denunciation clauses are few in kind (VCLT Arts. 54 and 56 frame them):

- notice counted from receipt: "shall take effect six months after the date of receipt ... of the notification";
- the first day of the month after a period (Council of Europe): "on the first day of the month following the
  expiration of a period of three months after the date of receipt";
- effect on receipt: "shall take effect on the date of receipt of such notification";
- the end of a calendar year: "at the end of the calendar year following ...";
- a minimum time in force before notice: "at any time after five years from the date on which this Convention
  has entered into force for a Party";
- recurring windows (ILO): "within the year following the expiration of the period of ten years ... will be
  bound for another period of ten years".

Each recogniser returns the values it read and the exact words it read them from; it never fills a gap.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "twenty-four": 24, "thirty": 30,
    "forty-five": 45, "sixty": 60, "ninety": 90, "a": 1, "an": 1,
}  # fmt: skip
ORDINALS = {"thirtieth": 30, "sixtieth": 60, "ninetieth": 90, "thirty-first": 31}
_NUMBER = r"(?:\d{1,3}|" + "|".join(sorted((k for k in NUMBERS if len(k) > 2), key=len, reverse=True)) + r")"
_UNIT = r"(?:calendar\s+)?(?:years?|months?|days?)"


def quantity(suffix: str = "") -> str:
    """``six months`` / ``6 (six) months`` / ``twelve months'``: groups ``n{suffix}`` and ``unit{suffix}``."""
    return rf"(?:\(\d+\)\s*)?(?P<n{suffix}>{_NUMBER})\s*(?:\(\d+\)\s*)?(?:full\s+)?(?P<unit{suffix}>{_UNIT})(?:'|’)?"


QUANTITY = quantity()


def period(number: str, unit: str) -> str:
    """``six``, ``months`` → ``P6M``."""
    n = int(number) if number.isdigit() else NUMBERS[number.lower()]
    letter = {"y": "Y", "m": "M", "d": "D"}[unit.lower().replace("calendar", "").strip()[0]]
    return f"P{n}{letter}"


@dataclass(frozen=True)
class Read:
    """What one recogniser read: its values and the verbatim words it read them from."""

    values: dict[str, object]
    words: str


_EFFECT_VERB = (
    r"(?:takes?\s+effect|become\s+effective|becomes\s+effective|be\s+effective|have\s+effect|come\s+into\s+effect|operate|be\s+operative|"
    r"cease\s+to\s+be\s+(?:a\s+)?[Pp]arty|cease\s+to\s+be\s+bound)"
)
_RECEIPT = (
    r"(?:receipt|deposit|its\s+deposit|notification|registration|(?:the\s+)?delivery|its\s+notice|the\s+date\s+(?:of|on\s+which|upon\s+which|at\s+which|"
    r"when)|the\s+day\s+(?:of|on\s+which)|the\s+time\s+(?:of|when)|it\s+(?:is|was|has\s+been)|the\s+receipt|"
    r"such\s+notification|the\s+notification|that\s+notification|the\s+instrument|such\s+notice|the\s+notice|notice)"
)
_LONGER = re.compile(
    r"(?:or\s+such\s+(?:longer|later)\s+(?:period|date)|unless\s+(?:the|a|such)\s+(?:notification|instrument|notice)"
    r"[^.]*later\s+date|(?:any|a)\s+(?:longer\s+period|later\s+date)\s+(?:which|that|as)\s+may\s+be\s+(?:specified|indicated|stated)"
    r"|later\s+date\s+(?:as\s+)?(?:may\s+be\s+)?(?:specified|indicated|stated)|such\s+later\s+date|longer\s+period\s+(?:as|which)\s+may)",
    re.I,
)

FIRST_OF_MONTH = re.compile(
    rf"{_EFFECT_VERB}[^.;]*?on\s+the\s+first\s+day\s+of\s+the\s+month\s+following\s+the\s+expir(?:y|ation)\s+of\s+"
    rf"(?:a\s+period\s+of\s+)?{QUANTITY}\s+(?:after|from|following)\s+(?P<from>[^.;]*)",
    re.I,
)
AFTER_PERIOD = re.compile(
    rf"{_EFFECT_VERB}[^.;]*?(?:at\s+the\s+(?:end|expiration|expiry)\s+of\s+(?:a\s+period\s+of\s+)?|upon\s+the\s+expir(?:y|ation)\s+of\s+"
    rf"(?:a\s+period\s+of\s+)?|until\s+|only\s+|)(?<!first day of the month following the expiration of ){QUANTITY}"
    rf"(?:\s*,?\s*or\s+(?:such|any)\s+longer\s+period[^,]*,)?\s+(?:after|from|following|of\s+the\s+date\s+of)\s+"
    rf"(?P<from>(?:{_RECEIPT}|[^.;]{{0,100}}?(?:receipt|received|receives|deposit|notif|delivery|registered|registration))[^.;]*)",
    re.I,
)
NOTICE_PERIOD = re.compile(  # ECHR Art. 58(1) "after six months' notice"; CWC Art. XVI(2) "notice ... 90 days in advance"
    rf"(?:after|with|by\s+giving|subject\s+to|by\s+means\s+of|upon|on)\s+(?:at\s+least\s+)?{QUANTITY}\s+(?:written\s+|prior\s+|previous\s+)?notice|"
    rf"notice[^.;]{{0,80}}?(?:at\s+least\s+)?{quantity('_2')}\s+(?:in\s+advance|prior\s+to)|"
    rf"(?:at\s+least\s+)?{quantity('_3')}\s+in\s+advance[^.;]{{0,60}}notice",
    re.I,
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DAY_WORDS = {"first": 1, "thirtieth": 30, "thirty-first": 31, "fifteenth": 15}
_DATE = rf"(?:the\s+)?(?P<{{g}}d>\d{{{{1,2}}}}|first|thirtieth|thirty-first|fifteenth)(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?P<{{g}}m>{_MONTHS})"
ANNUAL_WITHDRAW_ON = re.compile(  # ICRW Art. XI: "withdraw ... on 30th June, of any year by giving notice on or before 1st January"
    rf"on\s+{_DATE.format(g='a')},?\s+of\s+any\s+year\s+by\s+giving\s+notice\s+on\s+or\s+before\s+{_DATE.format(g='b')}",
    re.I,
)
ANNUAL_IF_RECEIVED = (
    re.compile(  # Single Convention Art. 46(2): "if received ... on or before the first day of July ..."
        rf"on\s+or\s+before\s+{_DATE.format(g='b')}\s+(?:in|of)\s+any\s+year,?\s+shall\s+{_EFFECT_VERB}\s+on\s+"
        rf"{_DATE.format(g='a')}\s+(?:in|of)\s+the\s+(?P<which>succeeding|following|next|same)\s+year",
        re.I,
    )
)
ORDINAL_DAY = re.compile(
    rf"{_EFFECT_VERB}[^.;]*?(?:as\s+from|on)\s+the\s+(?P<ord>{'|'.join(ORDINALS)})\s+day\s+(?:following|after)\s+(?P<from>[^.;]*)",
    re.I,
)
ON_RECEIPT = re.compile(
    rf"{_EFFECT_VERB}\s+(?:(?:for\s+[^.;,]{{1,40}}\s+)?(?:on|upon|from|as\s+from|at)\s+(?:the\s+(?:date|day|time)\s+(?:of\s+(?:the\s+)?|on\s+which\s+|when\s+|that\s+)?)?"
    rf"(?:its\s+|the\s+|such\s+)?(?:receipt|notification\s+(?:is|has\s+been)\s+received|(?:the\s+|such\s+|that\s+)?notification\s+(?:of\s+\w+\s+)?(?:is|has\s+been)\s+received|it\s+is\s+received)"
    rf"|immediately|with\s+immediate\s+effect)",
    re.I,
)
END_OF_YEAR = re.compile(
    rf"{_EFFECT_VERB}[^.;]*?(?:at\s+the\s+end\s+of|on\s+(?:the\s+)?31(?:st)?\s+December\s+of|on\s+(?:the\s+)?thirty-first\s+(?:day\s+of\s+)?December\s+of)"
    r"\s+the\s+(?:calendar\s+)?year\s+(?P<which>following|in\s+which|next\s+following|succeeding)",
    re.I,
)

MINIMUM_IN_FORCE = re.compile(
    rf"(?:after|once|when)\s+(?P<from_b>(?:(?:the|this|the\s+present)\s+\w+|it)\s+(?:has|shall\s+have)\s+been\s+in\s+force)\s+(?:for\s+)?(?:a\s+period\s+of\s+)?"
    rf"{quantity('_b')}(?P<rest_b>[^.;]{{0,90}})|"
    rf"(?:after|on\s+the\s+expir(?:y|ation)\s+of|upon\s+the\s+expir(?:y|ation)\s+of|once|following\s+the\s+expir(?:y|ation)\s+of|"
    rf"at\s+the\s+end\s+of|before\s+the\s+expir(?:y|ation)\s+of|within|until)\s+(?:the\s+expir(?:y|ation)\s+of\s+)?(?:a\s+(?:period|term)\s+of\s+)?"
    rf"{QUANTITY}\s+(?:from|after|following|of)\s+(?P<from>[^.;]{{0,160}}?(?:in(?:to)?\s+force|became\s+a\s+[Pp]arty|become\s+a\s+[Pp]arty|"
    rf"its\s+(?:ratification|accession|deposit)|deposit\s+of\s+its|coming\s+into\s+force))(?P<rest>[^.;]{{0,90}})",
    re.I,
)
_FOR_THE_STATE = re.compile(
    r"for\s+(?:it|that|the|such|any|a|each)\b|with\s+respect\s+to\s+(?:it|that|the|such|a|any)\b|in\s+respect\s+of\s+(?:it|that|the|a|any)\b|"
    r"became\s+a\s+[Pp]arty|become\s+a\s+[Pp]arty|its\s+(?:ratification|accession)|deposit\s+of\s+its|as\s+regards\s+(?:it|that)",
    re.I,
)
WINDOW = re.compile(
    rf"within\s+the\s+(?P<len>year|{_NUMBER}\s+months?)\s+following\s+the\s+expir(?:y|ation)\s+of\s+the\s+period\s+of\s+"
    rf"{QUANTITY}[^.;]*?bound\s+for\s+another\s+period\s+of\s+(?P<every_n>{_NUMBER})\s+(?P<every_unit>years?)",
    re.I | re.S,
)
RECURRING = re.compile(
    rf"(?:remain\s+in\s+(?:force|effect)|continue\s+in\s+force|be\s+(?:tacitly\s+)?renewed|be\s+extended)[^.]*?(?:successive|further|periods?\s+of)[^.]*?{QUANTITY}",
    re.I,
)
RIGHT = re.compile(
    r"\bmay\s+cease\s+to\s+be\s+(?:a\s+)?[Pp]arty|\bmay\s+(?:at\s+any\s+time\s+)?(?:,[^,]{1,80},\s*)?(?:denounce|withdraw\s+from|terminate\s+its\s+participation|give\s+notice\s+of\s+(?:its\s+)?(?:withdrawal|denunciation))|"
    r"right\s+to\s+(?:denounce|withdraw\s+from)|\bmay\s+be\s+denounced|\bmay[\s,]+(?:[a-z ,]{1,60})?(?:denounce|withdraw)\b",
    re.I,
)
NO_RESERVATION = re.compile(
    r"withdraw(?:n|al\s+of)?\s+(?:a|its|any|the|such|that|his)?\s*(?:reservations?|declarations?|objections?|notifications?|"
    r"designations?|acceptances?|consent|application|statements?|request|communications?)",
    re.I,
)
NOTICE = re.compile(
    r"(?:by\s+(?:means\s+of\s+)?(?:a\s+)?(?:written\s+)?(?:notification|notice|instrument|act)|notification\s+(?:in\s+writing\s+)?(?:ad+ressed|to\s+the|given)|"
    r"instrument\s+of\s+(?:denunciation|withdrawal)|notice\s+in\s+writing|written\s+notice|notify(?:ing)?\s+the|"
    r"notice\s+of\s+(?:withdrawal|denunciation)|(?:notification|instrument)\s+of\s+(?:denunciation|withdrawal)|"
    r"deposit(?:ing)?\s+(?:a|an)\s+(?:notification|instrument))",
    re.I,
)
SURVIVAL = re.compile(
    r"shall\s+not\s+(?:have\s+the\s+effect\s+of\s+releasing|release|affect|in\s+any\s+way\s+(?:affect|impair)|relieve|"
    r"prejudice|impair)|shall\s+(?:continue|remain)\s+(?:to\s+)?(?:apply|be\s+bound)|shall\s+not\s+be\s+released",
    re.I,
)
DURATION = re.compile(
    r"(?:unlimited\s+duration|indefinite\s+duration|remain\s+in\s+force\s+(?:for|indefinitely|until)|"
    r"(?:is|be)\s+concluded\s+for|period\s+of\s+validity|duration\s+of\s+this)",
    re.I,
)
_EFFECT_WORDS = re.compile(rf"{_EFFECT_VERB}|\beffective\b", re.I)
_TOPIC = re.compile(r"denounc|denunciation|withdraw|withdrawal|cease\s+to\s+be\s+(?:a\s+)?[Pp]art", re.I)


def about_withdrawal(sentence: str) -> bool:
    """The sentence speaks of leaving the treaty (not of withdrawing a reservation or a declaration)."""
    if not _TOPIC.search(sentence):
        return False
    if re.search(r"\b(?:reservations?|declarations?|objections?|designations?)\b", sentence, re.I) and not re.search(
        r"denounc|denunciation|withdraw(?:al)?\s+from\s+(?:this|the)|cease\s+to\s+be\s+(?:a\s+)?[Pp]arty",
        sentence,
        re.I,
    ):
        return False  # withdrawing a reservation or a declaration is not leaving the treaty
    cleaned = NO_RESERVATION.sub("", sentence)
    return bool(_TOPIC.search(cleaned))


def speaks_of_effect(sentence: str) -> bool:
    return bool(_EFFECT_WORDS.search(sentence))


def counted_from(words: str) -> str:
    """The event a period runs from, in the clause's own words, shortened at a clause boundary."""
    words = re.split(r",\s*(?:and|or|but|unless|who|which|provided)\b|;|\s+and\s+shall\b", words)[0]
    return re.sub(r"\s+", " ", words).strip(" ,.")


def _month_day(day: str, month: str) -> str:
    number = int(day) if day.isdigit() else _DAY_WORDS[day.lower()]
    return f"{_MONTHS.split('|').index(month.capitalize()) + 1:02d}-{number:02d}"


def read_effect(sentence: str) -> Read | None:
    """The effect rule of one sentence, or ``None`` when no known pattern fits it."""
    later = bool(_LONGER.search(sentence))
    for pattern in (ANNUAL_WITHDRAW_ON, ANNUAL_IF_RECEIVED):
        if m := pattern.search(sentence):
            which = (m.groupdict().get("which") or "same").lower()
            return Read(
                {
                    "rule": "annual_date_with_notice_deadline",
                    "day": _month_day(m["ad"], m["am"]),
                    "notice_by": _month_day(m["bd"], m["bm"]),
                    "years_after_deadline": 0 if which == "same" else 1,
                    "later_date_allowed": later,
                },
                m.group(0),
            )
    if m := FIRST_OF_MONTH.search(sentence):
        return Read(
            {
                "rule": "first_day_of_month_after_period",
                "period": period(m["n"], m["unit"]),
                "counted_from": counted_from(m["from"]),
                "later_date_allowed": later,
            },
            m.group(0),
        )
    if m := END_OF_YEAR.search(sentence):
        which = m["which"].lower()
        return Read(
            {
                "rule": "fixed_day_of_later_year",
                "day": "12-31",
                "years_after": 0 if which.startswith("in") else 1,
                "later_date_allowed": later,
            },
            m.group(0),
        )
    if m := ORDINAL_DAY.search(sentence):
        return Read(
            {
                "rule": "after_period",
                "period": f"P{ORDINALS[m['ord'].lower()]}D",
                "counted_from": counted_from(m["from"]),
                "later_date_allowed": later,
            },
            m.group(0),
        )
    if (m := AFTER_PERIOD.search(sentence)) and not re.search(
        r"end\s+of\s+the\s+(?:calendar\s+)?year", m.group(0), re.I
    ):
        return Read(
            {
                "rule": "after_period",
                "period": period(m["n"], m["unit"]),
                "counted_from": counted_from(m["from"]),
                "later_date_allowed": later,
            },
            m.group(0),
        )
    if m := ON_RECEIPT.search(sentence):
        return Read({"rule": "on_receipt", "later_date_allowed": later}, m.group(0))
    if m := NOTICE_PERIOD.search(sentence):
        number, unit = next((m[f"n{i}"], m[f"unit{i}"]) for i in ("", "_2", "_3") if m.groupdict().get(f"n{i}"))
        return Read(
            {
                "rule": "after_period",
                "period": period(number, unit),
                "counted_from": "receipt of the notification",
                "later_date_allowed": later,
            },
            m.group(0),
        )
    return None


def read_minimum(sentence: str) -> Read | None:
    """A minimum time in force before notice may be given, and from what it counts."""
    m = MINIMUM_IN_FORCE.search(sentence)
    if not m or not re.search(r"denounc|denunc|withdraw|cease\s+to\s+be", sentence, re.I):
        return None
    if re.match(r"(?:before|within|until)", m.group(0), re.I):
        return None  # "may not denounce before..." is handled the same way only when it says after
    number, unit = (m["n"], m["unit"]) if m["n"] else (m["n_b"], m["unit_b"])
    start = (m["from"] or m["from_b"] or "") + (m["rest"] or m["rest_b"] or "")
    for_state = bool(_FOR_THE_STATE.search(start)) and not re.search(r"first\s+(?:comes|came|entered)", start, re.I)
    return Read(
        {
            "in_force_for": period(number, unit),
            "counted_from": "entry_into_force_for_state" if for_state else "entry_into_force",
        },
        m.group(0),
    )


def read_window(text: str) -> Read | None:
    """ILO final clauses: one year to denounce after each period of N years, else bound for another."""
    m = WINDOW.search(text)
    if not m:
        return None
    length = m["len"].lower()
    window = "P1Y" if length == "year" else period(length.split()[0], "months")
    return Read(
        {
            "in_force_for": period(m["n"], m["unit"]),
            "window_length": window,
            "window_every": period(m["every_n"], m["every_unit"]),
        },
        m.group(0),
    )


def split_sentences(paragraph: str) -> list[str]:
    """Sentences of a paragraph; abbreviations such as ``Art.`` and ``No.`` do not end one."""
    protected = re.sub(
        r"\b(Art|No|Nos|para|paras|cf|e\.g|i\.e|Mr|St|U\.S|U\.K|p|pp)\.", lambda m: m.group(0)[:-1] + "\x00", paragraph
    )
    parts = re.split(r"(?<=[.;])\s+(?=[A-Z(\"“])|\n+", protected)
    return [p.replace("\x00", ".").strip() for p in parts if p.strip()]
