"""A capital written inside a person's name ('Senator Leila de Lima', 'Mr de Lima', 'Leila Lima') is a word of the
name, not the government seated there acting: the capital's entity is dropped."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Name particles that join a surname ('de Lima', 'da Silva', 'van Amsterdam', 'von Berlin')
_PARTICLES = {"de", "da", "das", "del", "della", "der", "di", "do", "dos", "du", "van", "von", "ten", "ter"}
# Honorifics and offices written before a surname ('Mr Lima', 'Senator Lima', 'Sen. Lima')
_HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "madam", "senator", "sen", "rep", "representative",
               "congressman", "congresswoman", "judge", "justice", "attorney", "atty", "councillor", "councilor",
               "professor", "prof", "father", "sister", "mayor", "governor", "gov"}  # fmt: skip


def places_in_person_names(doc: Doc) -> Doc:
    """The doc without the capitals that a name particle, an honorific or a given name stands right before."""
    kept = [e for e in doc.ents if not (e.label_ == "CAPITAL" and _in_a_name(e))]
    if len(kept) < len(doc.ents):
        doc.ents = kept
    return doc


def _in_a_name(ent: Span) -> bool:
    if ent.start == 0:
        return False
    before = ent.doc[ent.start - 1]
    if before.lower_ in _PARTICLES:
        return True
    if before.lower_.rstrip(".") in _HONORIFICS and before.is_title:
        return True
    return _given_name(before)


def _given_name(token: Token) -> bool:
    """'senator Leila Lima': a title-case word of no entity, not a common word nor the sentence's first, in a sentence
    written in lower case (a title-case headline's verb, 'Trump Quits Paris', is no given name)."""
    if not token.is_title or not token.is_alpha or token.is_stop or token.ent_type_ or token.is_sent_start:
        return False
    return any(t.is_lower and t.is_alpha and not t.is_stop for t in token.sent)
