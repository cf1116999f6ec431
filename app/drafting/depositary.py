"""Who receives the notice: the depositary named in the text, mapped to a file of ``rules/depositaries/``.

Only names written in the text are recognised; a depositary the reader cannot name is left for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Named:
    depositary: str
    words: str


# (pattern, depositary id) — most specific first. The words matched are quoted as the recipient.
_DEPOSITARIES: list[tuple[str, str]] = [
    (r"Secretary[- ]General\s+of\s+the\s+Council\s+of\s+Europe", "coe-secretary-general"),
    (r"Secretary[- ]General\s+of\s+the\s+Council\b", "coe-secretary-general"),
    (r"Director[- ]General\s+of\s+the\s+International\s+Labour\s+Office", "ilo-director-general"),
    (
        r"Director[- ]General\s+of\s+(?:the\s+)?(?:United\s+Nations\s+Educational,\s+Scientific\s+and\s+Cultural\s+Organization|UNESCO)",
        "unesco-director-general",
    ),
    (
        r"Secretary[- ]General\s+of\s+the\s+(?:International\s+Maritime\s+Organization|Organization\b(?=[^.]*Maritime)|Inter-Governmental\s+Maritime\s+Consultative\s+Organization|IMO)",
        "imo-secretary-general",
    ),
    (r"Secretary[- ]General\s+of\s+the\s+International\s+Civil\s+Aviation\s+Organization", "icao-secretary-general"),
    (
        r"Director[- ]General\s+of\s+(?:the\s+)?(?:World\s+Intellectual\s+Property\s+Organization|WIPO)",
        "wipo-director-general",
    ),
    (r"Director[- ]General\s+of\s+the\s+International\s+Atomic\s+Energy\s+Agency", "iaea-director-general"),
    (
        r"Secretary[- ]General\s+of\s+the\s+United\s+Nations|United\s+Nations\s+Secretary[- ]General",
        "un-secretary-general",
    ),
    (
        r"Secretary[- ]General\s+of\s+the\s+Organisation\s+for\s+Economic\s+Co-operation\s+and\s+Development",
        "oecd-secretary-general",
    ),
    (
        r"Government\s+of\s+the\s+Kingdom\s+of\s+the\s+Netherlands|Netherlands\s+(?:Government|Ministry\s+of\s+Foreign\s+Affairs)|Government\s+of\s+the\s+Netherlands|Ministry\s+of\s+Foreign\s+Affairs\s+of\s+the\s+(?:Kingdom\s+of\s+the\s+)?Netherlands",
        "netherlands-government",
    ),
    (r"Swiss\s+Federal\s+Council|Government\s+of\s+the\s+Swiss\s+Confederation|Swiss\s+Government", "swiss-government"),
    (r"Government\s+of\s+the\s+United\s+States\s+of\s+America|United\s+States\s+Government", "us-government"),
    (r"Government\s+of\s+the\s+United\s+Kingdom|United\s+Kingdom\s+Government", "uk-government"),
    (r"Government\s+of\s+(?:the\s+)?(?:French\s+Republic|France)|French\s+Government", "france-government"),
    (r"Belgian\s+Government|Government\s+of\s+(?:the\s+Kingdom\s+of\s+)?Belgium", "belgium-government"),
    (r"Government\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?Portugal|Portuguese\s+Republic", "portugal"),
    (r"International\s+Bank\s+for\s+Reconstruction\s+and\s+Development", "world-bank"),
]
_COMPILED = [(re.compile(pattern, re.I), depositary) for pattern, depositary in _DEPOSITARIES]

_DEPOSITARY_SENTENCE = re.compile(
    r"(?:shall\s+be\s+(?:the\s+)?depositary|(?:is\s+hereby\s+)?designated\s+as\s+(?:the\s+)?depositary|"
    r"depositary\s+(?:of\s+this|shall\s+be)|shall\s+be\s+deposited\s+with|deposited\s+with|"
    r"registered\s+with|communicated\s+to)",
    re.I,
)


def name_in(text: str) -> Named | None:
    """The first depositary named in ``text`` (in order of appearance)."""
    found: list[tuple[int, Named]] = []
    for pattern, depositary in _COMPILED:
        m = pattern.search(text)
        if m:
            found.append((m.start(), Named(depositary, m.group(0))))
    return min(found, key=lambda item: item[0])[1] if found else None


def depositary_of(sentences: list[str]) -> Named | None:
    """The depositary of the whole text: named in a sentence that says so (deposited with, the depositary); else
    an unqualified "the Secretary-General" in a text that names the United Nations' Secretary-General."""
    for sentence in sentences:
        if _DEPOSITARY_SENTENCE.search(sentence) and (named := name_in(sentence)):
            return named
    for sentence in sentences:
        if _DEPOSITARY_SENTENCE.search(sentence) and re.search(r"\bSecretary[- ]General\b(?!\s+of)", sentence):
            un = next((n for s in sentences if (n := name_in(s)) and n.depositary == "un-secretary-general"), None)
            if un is not None:
                return un
    return None
