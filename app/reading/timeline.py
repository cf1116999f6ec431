"""Timelines and chronologies: an entry whose date heads the line above its event ("* November 16, 1945:" and then
"UNESCO's founding treaty is signed ..."). A paragraph that holds nothing but a date, marked as an entry (a bullet
before or a colon after), dates the events of the next paragraph that carry no date of their own.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from app.reading.spans import doc_text

_MARKS = {"*", "•", "-", "–", "—", ":", "."}


def heading_date(doc: Doc, dates: list[tuple[int, int, int]], entry: str = "") -> Span | None:
    """The date a paragraph consists of, marked as an entry ('* September 30, 1946:', '1983:') or heading a bulleted
    entry (``entry``, the next paragraph: 'January 20, 2025' above '• On his first day back ...'), or None: a bare
    date line before text is a dateline ('Nov 22, 2020'), the report's own day, not an entry's."""
    text = doc_text(doc).strip()
    bulleted = entry.lstrip()[:1] in ("*", "•")
    if not (text.endswith(":") or text[:1] in ("*", "•", "-", "–", "—") or bulleted):
        return None
    words = [t for t in doc if t.text not in _MARKS and not t.is_space]
    if not words:
        return None
    for _, start, end in dates:
        if all(start <= t.i < end for t in words):
            return doc[start:end]
    return None


def section_heading(doc: Doc, index: int, paragraphs: int) -> bool:
    """A short line before more text, with no sentence's end ('Italy withdraws from the Energy Charter Treaty' under a
    newsletter's title): a heading, whose present tense tells a deed as a headline's does."""
    if index + 1 >= paragraphs or doc_text(doc).rstrip()[-1:] in (".", "!", "?", ":", ";", ",", '"', "”"):
        return False
    words = 0
    for t in doc:  # counted up to 15 (a paragraph is long)
        words += not t.is_punct and not t.is_space
        if words > 14:
            return False
    return words >= 2
