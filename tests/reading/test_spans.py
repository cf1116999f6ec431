"""``text_of`` (app/reading/spans.py) gives what spaCy's ``Span.text`` gives: every sentence of the corpus, every
span of up to 12 tokens of its paragraphs (runs of spaces and empty spans among them)."""

from __future__ import annotations

from pathlib import Path

from app.reading.pipeline import reading_for
from app.reading.spans import text_of
from app.rulebook import Rulebook

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"


def test_a_span_s_text_is_spacy_s(rulebook: Rulebook) -> None:
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))[::3]]
    paragraphs = [line for text in texts for line in text.splitlines() if line.strip()]
    paragraphs += ["Two  spaces and a tab\there.  ", " Leading space; then a clause ; and another."]
    for doc in reading_for(rulebook).nlp.pipe(paragraphs):
        for sentence in doc.sents:
            assert text_of(sentence) == sentence.text
        for start in range(len(doc)):
            for end in range(start, min(len(doc), start + 12) + 1):
                assert text_of(doc[start:end]) == doc[start:end].text, (doc.text, start, end)
