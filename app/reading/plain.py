"""The stored copy of a web page as the reader reads it, with a way back to the copy's own offsets.

Stored pages carry artefacts a reader never sees: a line break inside a sentence (a page wrapped at a fixed width:
"the pullout takes effect⏎Friday", "on Jan.⏎20"), no-break and thin spaces, soft hyphens and zero-width marks,
curly quotes and odd apostrophes ("AES’s", "Bolivia`s"), a day's ordinal spaced off ("September 26 th , 2025"),
footnote numbers after a sentence's end
("decision.[2] The"), the dotted capital of "İstanbul". The reader reads the plain text made
here; every claim still quotes the stored copy, through :meth:`PlainText.original`.

A line is a paragraph of its own (the pipeline reads paragraph by paragraph, the headline first) unless it plainly
runs on into the next: it ends without a sentence's closing mark and the next line starts in lower case or with a
digit, or it ends on a word no sentence ends on ("the", "of", "that"), or the next line goes on with a date or a
weekday ("takes effect⏎Friday, a year after ...", both lines longer than a heading), or a long line that runs on from
the one before, or a paragraph's first line of running text (long, with a comma), ends on a capitalised word before a
long line ("of the United⏎Nations that", "General Assembly in New⏎York City, the Republic"); a line ending on a
month's abbreviation ("Jan.") runs on into a day. The headline runs on only into lower case: headings and bylines
stay apart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_AS_SPACE = "\u00a0\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t\r\f\v"
_DROPPED = frozenset("\u00ad\u200b\u200c\u200d\u2060\ufeff")  # soft hyphen, zero-width marks, byte-order mark
_SAME_LENGTH = str.maketrans(
    {
        **dict.fromkeys(_AS_SPACE, " "),
        **dict.fromkeys("\u2018\u2019\u201b\u2032`\u00b4", "'"),  # "Bolivia`s", "Bolivia´s": odd apostrophes
        **dict.fromkeys("\u201c\u201d\u201e\u201f\u2033", '"'),
        **dict.fromkeys("\u2010\u2011\u2212", "-"),
        "\u0130": "I",  # "İstanbul": the dotted capital lower-cases to two characters
    }
)
_CLOSED = re.compile(r"""[.!?:;…]["')\]»]*\s*$""")
_ABBREVIATED = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Art|Arts|para)\.\s*$")
_RUNS_ON = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "to",
        "from",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "and",
        "or",
        "but",
        "nor",
        "that",
        "which",
        "who",
        "whose",
        "whom",
        "its",
        "their",
        "his",
        "her",
        "our",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "will",
        "would",
        "shall",
        "should",
        "can",
        "could",
        "may",
        "might",
        "must",
        "has",
        "have",
        "had",
        "than",
        "as",
        "into",
        "after",
        "before",
        "until",
        "since",
        "under",
        "over",
        "between",
        "within",
        "without",
        "about",
        "against",
        "during",
        "per",
        "via",
    }
)  # no sentence ends on these
_DATE_START = re.compile(
    r"^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|"
    r"August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\b"
)
_LOST_APOSTROPHE = re.compile(r"(?<=\b[A-Z][a-z]{3})(?:[a-z]*)S(?= [a-z])")  # "HungaryS withdrawal": "Hungary's"
_FOOTNOTE = re.compile(r"(?<=[.!?\"'])\[\d{1,3}\]")  # "... Venezuela's decision.[2] The Convention": a note's number
_LAST_WORD = re.compile(r"([A-Za-z]+)\W*$")
_SPACED_ORDINAL = re.compile(r"(?:(?<=\b\d)|(?<=\b\d\d)) (?=(?:st|nd|rd|th)\b)")  # "September 26 th , 2025": "26th"


@dataclass(frozen=True)
class PlainText:
    """``text`` is what the pipeline reads; ``origin[i]`` is the stored copy's offset of its ``i``-th character
    (``origin[len(text)]`` is the copy's length)."""

    text: str
    origin: tuple[int, ...]

    def paragraphs(self) -> list[tuple[int, str]]:
        """Each paragraph with its offset in :attr:`text`: the lines left once the run-on breaks are joined."""
        return [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", self.text) if m.group().strip()]

    def original(self, start: int, end: int) -> tuple[int, int]:
        """The stored copy's span of ``text[start:end]``."""
        return self.origin[start], self.origin[end - 1] + 1 if end > start else self.origin[start]


def runs_on(line: str, following: str, headline: bool, run_on: bool = False) -> bool:
    """Whether a line break between ``line`` and ``following`` falls inside a sentence (see the module's doc);
    ``run_on``: ``line`` itself runs on from the line before."""
    line, following = line.strip(), following.strip()
    if not line or not following:
        return False
    continued = following[0].islower() or (following[0].isdigit() and not re.match(r"^\d+[.)]\s", following))
    if _ABBREVIATED.search(line):
        return following[0].isdigit()
    if _CLOSED.search(line):
        return False
    if continued or headline:
        return continued
    last = _LAST_WORD.search(line)
    if last is not None and last.group(1) in _RUNS_ON and len(line.split()) > 3:
        return True
    if last is not None and (run_on or _running_text(line)) and _name_cut(line, following, last.group(1), not run_on):
        return True
    long = len(line.split()) > 5 and len(following.split()) > 5  # a sentence's halves, not a heading or a dateline
    return bool(_DATE_START.match(following)) and long and last is not None and last.group(1).islower()


def _running_text(line: str) -> bool:
    """A paragraph's first line that is plainly running text, not a heading: long, with a comma inside ('On September
    26 th , 2025, during the United Nations General Assembly in New⏎York City, the Republic of Ghana ratified ...',
    a podcast page's summary wrapped at a fixed width; CCNS, 1 October 2025)."""
    return len(line) >= 60 and "," in line


def _name_cut(line: str, following: str, last: str, first: bool = False) -> bool:
    """A page wrapped inside a name: 'to inform the General Secretary of the United⏎Nations that it was ...' (a long
    line of running text that itself runs on from the line before, so no heading, ends on a capitalised word and a
    long line follows); ``first``: a paragraph's first line, already known to be running text (_running_text)."""
    if len(line) < 45 or len(following.split()) <= 5 or not last[:1].isupper() or not following[:1].isupper():
        return False
    # "inform": running text, not a heading in title case
    return first or any(w.isalpha() and w.islower() and len(w) > 3 and w not in _RUNS_ON for w in line.split())


def plain_text(text: str) -> PlainText:
    """The stored copy's text with its artefacts undone: run-on line breaks joined, spaces of every kind made one
    space (a run of them one), invisible characters dropped, quotes and hyphens made plain."""
    lines = _FOOTNOTE.sub(lambda m: " " * len(m.group()), text.translate(_SAME_LENGTH)).split("\n")
    joined: list[str] = []
    headline = True  # until the first line with words in it has been passed
    run_on = False  # the line runs on from the one before
    for n, line in enumerate(lines):
        joined.append(line)
        if n + 1 < len(lines):
            run_on = runs_on(line, lines[n + 1], headline, run_on)
            joined.append(" " if run_on else "\n")
        headline = headline and not line.strip()
    chars: list[str] = []
    origin: list[int] = []
    whole = "".join(joined)
    possessive = {m.end() - 1 for m in _LOST_APOSTROPHE.finditer(whole)}
    spaced = {m.start() for m in _SPACED_ORDINAL.finditer(whole)}  # the day's number and its suffix made one word
    for i, char in enumerate(whole):
        if i in spaced:
            continue
        if i in possessive:  # a possessive that lost its apostrophe: both characters stand for the stored 'S'
            chars += ["'", "s"]
            origin += [i, i]
            continue
        if char in _DROPPED or (char == " " and chars and chars[-1] in " \n"):
            continue
        if char == "\n" and chars and chars[-1] == " ":
            chars[-1], origin[-1] = "\n", i  # a line's trailing spaces are not read
            continue
        chars.append(char)
        origin.append(i)
    origin.append(len(text))
    return PlainText("".join(chars), tuple(origin))
