"""Clauses and sentences whose tokens are made once per paragraph (issue 14 item 7).

spaCy makes a new ``Token`` object each time a span is iterated or a doc indexed, and the readers walk every
clause and sentence some fifty times (a cue word looked for, the actors, the dates): on 100 KB of news text that
was two million ``Token`` objects. A :class:`Walked` span iterates its paragraph's token list, made once per doc
(:func:`tokens`): the same tokens, in the same order (a ``Token`` reads its attributes from the doc on each access,
so a lemma set later is seen, as with spaCy's own).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from typing import overload

from spacy.errors import Errors
from spacy.tokens import Doc, Span, Token
from spacy.util import normalize_slice
from spacy.vocab import Vocab


class Word(Token):
    """A token whose text and lower-case form are read once (spaCy decodes them from its string store on each
    access; the readers compare a token's lower-case form to their cue words ever again). Both are the token's
    lexeme's, which never changes; everything else is read from the doc, as for any token."""

    __slots__ = ("lower_", "text")

    def __init__(self, vocab: Vocab, doc: Doc, offset: int) -> None:
        self.lower_: str = Token.lower_.__get__(self)
        self.text: str = Token.text.__get__(self)


def tokens(doc: Doc) -> list[Token]:
    """The doc's tokens, made once (kept in ``doc.user_data``; a doc is never retokenized once read)."""
    made: list[Token] | None = doc.user_data.get("tokens")
    if made is None:
        made = doc.user_data["tokens"] = [Word(doc.vocab, doc, i) for i in range(len(doc))]
    return made


class Walked(Span):
    """A span (a sentence, a clause) iterated and indexed over its paragraph's token list. Its entities are spaCy's,
    read anew on each call: a reader may set a paragraph's entities as it reads it (headline_caps.py)."""

    def __iter__(self) -> Iterator[Token]:
        return iter(tokens(self.doc)[self.start : self.end])

    @overload
    def __getitem__(self, i: int) -> Token: ...

    @overload
    def __getitem__(self, i: slice) -> Span: ...

    def __getitem__(self, i: int | slice) -> Token | Span:
        """``span[i]``, a word, and ``span[a:b]``, a walked span, as spaCy's ``Span.__getitem__`` gives them."""
        if isinstance(i, slice):
            start, end = normalize_slice(len(self), i.start, i.stop, i.step)
            return Walked(self.doc, start + self.start, end + self.start)
        at = self.end + i if i < 0 else self.start + i
        if self.start <= at < self.end:
            return tokens(self.doc)[at]
        raise IndexError(Errors.E1002)


def walked(span: Span) -> Walked:
    """The span as a :class:`Walked` span (same doc, bounds and label)."""
    return Walked(span.doc, span.start, span.end, label=span.label)


def sentences_indexed(doc: Doc) -> Doc:
    """The doc, its sentences' starts read once, so that ``span.sent`` and ``token.sent`` find their sentence by
    bisection (spaCy walks the tokens back and forth and checks the doc's annotation on each call): the same
    sentence, from the last start at or before the span's first token to the next start after it, as a
    :class:`Walked` span. The sentencizer's starts are never moved once a paragraph is read."""
    starts = [sentence.start for sentence in doc.sents]

    def sentence_at(paragraph: Doc, i: int) -> Walked:
        after = bisect_right(starts, i)
        return Walked(paragraph, starts[after - 1], starts[after] if after < len(starts) else len(paragraph))

    doc.user_span_hooks["sent"] = lambda span: sentence_at(span.doc, span.start)
    doc.user_token_hooks["sent"] = lambda token: sentence_at(token.doc, token.i)
    return doc
