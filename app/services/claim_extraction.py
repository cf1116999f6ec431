"""Find checkable claims in article text: rule-based, no external service.

Sentence by sentence: treaties by name and alias (from the rulebook; "the convention" refers back to the
last one named), states by name, possessive and adjective (pycountry and the state files), and one pattern
per claim kind (effective dates, notice periods, vote counts, entry into force, joining, party counts).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass

import pycountry

from app.rulebook import Rulebook
from schemas.checks import Claim, Comparator

_SENTENCE_END = re.compile(r"[.!?;]+(?=\s|$)|\n")
_ABBREVIATION = re.compile(
    r"(?:\b[A-Z]|\bArt|\bNo|\bpara|\bJan|\bFeb|\bMar|\bApr|\bAug|\bSept?|\bOct|\bNov|\bDec|\bSt|\bMr|\bMs|\bDr)\.$"
)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?(?=\s))"
)
# Longest forms first: "March 2025" must not be read as "March 20".
_DATE = (
    rf"(?:\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{4}}\b|{_MONTH}\s+\d{{1,2}}(?!\d)(?:,?\s+\d{{4}})?"
    rf"|{_MONTH}\b|\d{{4}}-\d{{2}}-\d{{2}}|next\s+(?:month|year)|this\s+(?:month|year)|\b(?:19|20)\d{{2}}\b)"
)
# Between the verb and its date: a short stretch of one clause that does not move to another event.
_GAP = r"(?:(?!\b(?:after|before|since|notif\w*|announc\w*|said|which)\b)[^.;,]){0,40}?"
_GENERIC_TREATY = re.compile(r"\bthe\s+(convention|treaty|agreement|protocol|covenant|statute|charter)\b", re.I)

_EFFECT_VERB = r"(?P<verb>take[sn]?|took|taking|taken)\s+effect\b"
_EFFECT = re.compile(
    rf"{_EFFECT_VERB}(?:{_GAP}\b(?:on|in|from|by)\s+(?P<date>{_DATE})|\s+(?P<relative>(?:next|this)\s+(?:month|year)))",
    re.I,
)
_EFFECT_BEFORE = re.compile(rf"\b(?:on|in|from)\s+(?P<date>{_DATE}){_GAP}\b{_EFFECT_VERB}", re.I)
_NOTICE = re.compile(
    r"\b(\d+|one|two|three|six|twelve|ninety)[\s-]+(months?|years?|days?)(?:['’]s?)?\s+"
    r"(?:notice|after\s+(?:the\s+)?(?:receipt|notification|notice))",
    re.I,
)
_VOTES = re.compile(r"\b(\d{1,3})\s+(?:out\s+)?of\s+(?:the\s+)?(\d{2,3})\b(?!-)", re.I)
_JOINED = re.compile(
    rf"\b(joined|ratified|acceded\s+to|became\s+a\s+(?:state\s+)?party\s+to)\b{_GAP}\b(?:in|on)\s+({_DATE})", re.I
)
_IN_FORCE = re.compile(rf"\b(?:entered|came)\s+into\s+force\b(?P<gap>{_GAP})\b(?:in|on)\s+({_DATE})", re.I)
_FOR_STATE = re.compile(r"\binto\s+force\s+for\b", re.I)
_WITHDRAWAL_WORDS = re.compile(r"\b(withdraw\w*|exit|leav\w+|left|denounc\w*|denunciation|quit\w*|depart\w*)\b", re.I)
_COUNT = re.compile(
    r"\b(more\s+than|over|at\s+least|fewer\s+than|less\s+than|nearly|almost|about|some|exactly)?\s*"
    r"(\d{2,3})\s+(?:states|countries|nations|parties|states\s+parties|signatories)\b",
    re.I,
)
_FUTURE = re.compile(r"\b(will|shall|is\s+to|is\s+due\s+to|is\s+set\s+to|is\s+expected\s+to|going\s+to|would)\b", re.I)
_PAST = re.compile(r"\b(took|was|were|had|has|did|became|entered|came)\b", re.I)


def _tense_of_effect(sentence: str, match: re.Match[str]) -> str:
    """The tense of the 'take effect' verb itself, not of any verb in the sentence."""
    verb = match.group("verb").lower()
    before = sentence[max(0, match.start("verb") - 30) : match.start("verb")]
    if verb == "took" or re.search(r"\b(has|have|had)\s+$", before):
        return "past"
    if _FUTURE.search(before):
        return "future"
    return "present"


_COMPARATORS: dict[str, Comparator] = {
    "more than": "more_than", "over": "more_than", "at least": "at_least", "fewer than": "fewer_than",
    "less than": "fewer_than", "nearly": "about", "almost": "about", "about": "about", "some": "about",
    "exactly": "exactly",
}  # fmt: skip


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    quote: str
    claim: Claim


class ClaimFinder:
    """Built once per rulebook: the name patterns for treaties and states."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook
        names: dict[str, str] = {}
        for treaty in rulebook.treaties.values():
            for name in (treaty.name, treaty.short_name, *treaty.aliases):
                if len(name) >= 3:
                    names[name.casefold()] = treaty.id
        self._treaty_names = names
        states: dict[str, str] = {}
        for country in pycountry.countries:
            for attribute in ("name", "common_name", "official_name"):
                label = getattr(country, attribute, None)
                if isinstance(label, str):
                    states[label] = country.alpha_3
        for procedure in rulebook.states.values():
            states[procedure.name] = procedure.iso3
            for adjective in procedure.adjectives:
                states[adjective] = procedure.iso3
        # Case-sensitive on purpose: 'Turkey' and 'Chad' are states, 'turkey' and 'chad' are not.
        self._state_names = states
        alternatives = "|".join(re.escape(n) for n in sorted(states, key=len, reverse=True))
        self._state_re = re.compile(r"(?<![\w-])(" + alternatives + r")(?:'s|’s)?(?![\w-])")
        self._bodies = {
            s.iso3: [step.body or step.actor for step in s.steps if step.threshold] for s in rulebook.states.values()
        }

    @functools.cached_property
    def _treaty_re(self) -> re.Pattern[str]:
        """Every treaty name as one pattern, longest first; compiled on first use (with hundreds of treaties the
        compilation costs about a second, which startup should not pay)."""
        ordered = sorted(self._treaty_names, key=len, reverse=True)
        return re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])", re.IGNORECASE)

    def _sentences(self, text: str) -> Iterator[tuple[int, int, str]]:
        """Sentences (and clauses after a semicolon), not split after an initial or an abbreviation ("U.S.")."""
        start = 0
        for match in _SENTENCE_END.finditer(text):
            if match.group() != "\n" and _ABBREVIATION.search(text[max(start, match.start() - 5) : match.start() + 1]):
                continue
            yield from self._piece(text, start, match.end())
            start = match.end()
        yield from self._piece(text, start, len(text))

    @staticmethod
    def _piece(text: str, start: int, end: int) -> Iterator[tuple[int, int, str]]:
        piece = text[start:end]
        if piece.strip():
            lead = len(piece) - len(piece.lstrip())
            trail = len(piece) - len(piece.rstrip())
            yield start + lead, end - trail, piece.strip()

    def find(self, text: str, published: object) -> list[Found]:
        found: list[Found] = []
        last_treaty: str | None = None
        last_state: str | None = None
        for start, end, sentence in self._sentences(text):
            treaties = [self._treaty_names[m.group(1).casefold()] for m in self._treaty_re.finditer(sentence)]
            if treaties:
                last_treaty = treaties[0]
            elif last_treaty and (_GENERIC_TREATY.search(sentence) or _WITHDRAWAL_WORDS.search(sentence)):
                treaties = [last_treaty]  # "the convention", or "its withdrawal takes effect..." after a name
            mentions = [(m.start(), self._state_names[m.group(1)]) for m in self._state_re.finditer(sentence)]
            if mentions:
                last_state = mentions[0][1]
            treaty = treaties[0] if treaties else None
            tense = "future" if _FUTURE.search(sentence) else "past" if _PAST.search(sentence) else "present"
            for claim in self._claims(sentence, treaty, mentions, last_state, tense):
                found.append(Found(start=start, end=end, quote=text[start:end], claim=claim))
        return found

    def _claims(
        self, sentence: str, treaty: str | None, mentions: list[tuple[int, str]], last_state: str | None, tense: str
    ) -> Iterator[Claim]:
        state = mentions[0][1] if mentions else last_state
        base = {"treaty": treaty, "state": state, "tense": tense}
        if treaty:
            effect = _EFFECT.search(sentence) or _EFFECT_BEFORE.search(sentence)
            if effect and (mentions or _WITHDRAWAL_WORDS.search(sentence)):  # not "the treaty took effect in 1999"
                # The subject is the state named nearest before the verb ("Poland's withdrawal takes effect...").
                before = [iso3 for position, iso3 in mentions if position < effect.start("verb")]
                subject = before[-1] if before else state
                value = effect.group("date") or effect.groupdict().get("relative")
                yield Claim.model_validate(
                    {**base, "state": subject, "kind": "effective_date", "value": value,
                     "tense": _tense_of_effect(sentence, effect)}
                )  # fmt: skip
            notice = _NOTICE.search(sentence)
            if notice:
                yield Claim.model_validate(
                    {**base, "kind": "notice_period", "value": f"{notice.group(1)} {notice.group(2)}"}
                )
            joined = _JOINED.search(sentence)
            if joined and state:
                yield Claim.model_validate({**base, "kind": "joined", "value": joined.group(2), "tense": "past"})
            in_force = _IN_FORCE.search(sentence)
            if in_force and not joined:
                for_state = state if _FOR_STATE.search(sentence) else None  # "entered into force for Lithuania on..."
                yield Claim.model_validate(
                    {
                        **base,
                        "state": for_state,
                        "kind": "entry_into_force",
                        "value": in_force.group(2),
                        "tense": "past",
                    }
                )
            count = _COUNT.search(sentence)
            if count and not _VOTES.search(sentence):
                comparator = _COMPARATORS.get(" ".join((count.group(1) or "exactly").lower().split()), "exactly")
                yield Claim.model_validate(
                    {**base, "kind": "parties_count", "value": count.group(2), "comparator": comparator}
                )
        votes = _VOTES.search(sentence)
        if votes and state and state in self._bodies:
            body = next((b for b in self._bodies[state] if b.split()[0].casefold() in sentence.casefold()), None)
            yield Claim.model_validate(
                {**base, "kind": "required_vote", "value": f"{votes.group(1)}/{votes.group(2)}", "body": body}
            )
