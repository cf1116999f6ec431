"""A date that opens a sentence, read past what does not separate it from the first verb: a time of day before it
('At 00:00 on November 7, 2023, the procedure of Russia's withdrawal from the CFE (Treaty on Conventional Armed Forces
in Europe), was completed', Russia's Foreign Ministry quoted by TRT World: the hour says when in the day) and a name
spelt out in brackets between it and the verb (the brackets' words are no distance)."""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

_WORDS = {"midnight", "noon", "a.m.", "p.m.", "am", "pm", "hours", "hrs", "gmt", "utc", "cet", "local", "time"}


def clock_word(token: Token) -> bool:
    """'00:00', '12:01', 'midnight', 'a.m.', 'GMT': a word of a time of day."""
    if re.fullmatch(r"\d{1,2}[:.]\d\d", token.text) or token.lower_ in _WORDS:
        return True
    doc = token.doc  # '00', ':', '00' as three tokens
    beside = [doc[i].text for i in (token.i - 1, token.i + 1) if 0 <= i < len(doc)]
    return bool(re.fullmatch(r"\d{1,2}", token.text)) and ":" in beside


def unbracketed(start: int, end: int, doc: Doc) -> int:
    """How many words lie between two positions, those inside round brackets not counted."""
    depth, count = 0, 0
    for token in doc[start:end]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0:
            count += 1
    return count


def words_before(end: int, sentence: Span, most: int) -> list[Token]:
    """The last words before a position in its sentence, at most so many, those inside round brackets skipped."""
    doc, out, depth = sentence.doc, [], 0
    for token in reversed(doc[sentence.start : end]):
        if token.text == ")":
            depth += 1
        elif token.text == "(":
            depth = max(0, depth - 1)
        elif depth == 0:
            out.append(token)
            if len(out) == most:
                break
    return out[::-1]
