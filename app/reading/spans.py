"""A span's text read from its paragraph's text: spaCy's ``Span.text`` joins the span's tokens again on each call
(~10 µs a sentence), and the readers ask for a clause's text a dozen times (issue 14 item 7)."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def doc_text(doc: Doc) -> str:
    """``doc.text``, joined once per doc (spaCy joins the tokens again on each call)."""
    text = doc.user_data.get("text")
    if text is None:
        text = doc.user_data["text"] = doc.text
    return str(text)


def lowered(doc: Doc) -> str:
    """``doc.text.lower()``, once per doc: a word no token's lower-case form can hold is not in it (a string is
    lower-cased one character at a time, so each token's ``lower_`` is a piece of it), so a reader whose every
    reading needs a word looks for it here first."""
    text = doc.user_data.get("lowered")
    if text is None:
        text = doc.user_data["lowered"] = doc_text(doc).lower()
    return str(text)


def text_of(span: Span) -> str:
    """``span.text``: the doc's text (joined once per doc) between the span's offsets. Tokens lie in the doc's
    text in order, a token's trailing whitespace is one space or none, and a span's text ends with its last token,
    so the slice is the join."""
    if not len(span):
        return ""
    return doc_text(span.doc)[span.start_char : span.end_char]
