"""Walked spans (app/reading/walked.py) are spaCy's spans made cheaper: over the corpus's paragraphs, every sentence
and clause iterates the same tokens with the same attributes, and holds the same entities, as spaCy's own span;
a word's text and lower case are its token's."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Doc, Span

from app.reading.pipeline import reading_for
from app.reading.walked import Walked, Word, tokens, walked
from app.reading.words import clauses
from app.rulebook import Rulebook

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def _docs(rulebook: Rulebook) -> list[Doc]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))[::8]]
    paragraphs = [line for text in texts for line in text.splitlines() if line.strip()]
    paragraphs += [
        "Lithuania; Latvia and Estonia left the Ottawa Convention ; and NATO.",
        "Ｌｉｔｈｕａｎｉａ ſince İstanbul.",
    ]
    return list(reading_for(rulebook).nlp.pipe(paragraphs))


def _same(walked_span: Span, span: Span) -> None:
    attributes = ("i", "text", "lower_", "lemma_", "ent_type_", "ent_id_", "is_punct", "like_num", "whitespace_")
    assert [[getattr(t, a) for a in attributes] for t in walked_span] == [
        [getattr(t, a) for a in attributes] for t in span
    ]
    assert list(walked_span) == list(span)
    ents = [(e.start, e.end, e.label_, e.ent_id_) for e in walked_span.ents]
    assert ents == [(e.start, e.end, e.label_, e.ent_id_) for e in span.ents]
    assert (walked_span.start, walked_span.end, walked_span.text) == (span.start, span.end, span.text)


def test_walked_sentences_and_clauses_are_spacy_s(rulebook: Rulebook) -> None:
    for doc in _docs(rulebook):
        for sentence in doc.sents:
            _same(walked(sentence), sentence)
            for clause in clauses(walked(sentence)):
                assert isinstance(clause, Walked)
                _same(clause, doc[clause.start : clause.end])


def test_a_walked_span_s_items_are_spacy_s(rulebook: Rulebook) -> None:
    for doc in _docs(rulebook)[::5]:
        for sentence in doc.sents:
            span, n = walked(sentence), len(sentence)
            for i in range(-n - 2, n + 2):
                if -n <= i < n:
                    assert span[i] == sentence[i] and isinstance(span[i], Word)
                else:
                    with pytest.raises(IndexError):
                        span[i]
            for start in (None, -n - 3, -3, -1, 0, 1, 2, n, n + 2):
                for stop in (None, -n - 3, -2, -1, 0, 1, 3, n, n + 4):
                    part = span[start:stop]
                    assert isinstance(part, Walked)
                    _same(part, sentence[start:stop])
            with pytest.raises(ValueError):
                span[::2]


def test_a_word_is_its_token(rulebook: Rulebook) -> None:
    for doc in _docs(rulebook)[:200]:
        words = tokens(doc)
        assert tokens(doc) is words  # made once
        assert all(isinstance(w, Word) for w in words)
        for word, token in zip(words, doc, strict=True):
            assert (word.text, word.lower_, word.i, hash(word)) == (token.text, token.lower_, token.i, hash(token))
            assert word == token


def test_entities_set_later_are_seen(rulebook: Rulebook) -> None:
    doc = reading_for(rulebook).nlp("Uk Withdraws From Energy Charter Treaty")
    sentence = walked(next(iter(doc.sents)))
    before = [e.label_ for e in sentence.ents]
    doc.ents = [*doc.ents, Span(doc, 0, 1, label="STATE")]  # as app/reading/headline_caps.py does
    assert [e.label_ for e in sentence.ents] == ["STATE", *before]


def test_a_lemma_set_later_is_seen(rulebook: Rulebook) -> None:
    doc = reading_for(rulebook).nlp("Signed in 1997, the convention bans mines.")
    sentence = walked(next(iter(doc.sents)))
    list(sentence)
    doc[0].lemma_ = "sign"  # as app/reading/pipeline.sentence_initial_lemmas does
    assert next(iter(sentence)).lemma_ == "sign"
