"""The anchored matcher (app/reading/anchored.py) gives what spaCy's matcher of all the patterns gives: the same
matches in the same order, on the corpus's paragraphs and on the steps it reads (a word, a list of words, an
entity type, a flag, a regular expression, optional and repeated steps); only a paragraph without a pattern's
required word skips that pattern."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from spacy.matcher import Matcher

from app.reading.anchored import AnchoredMatcher
from app.reading.backoff import CUES
from app.reading.pipeline import DATE_PATTERNS, DURATION_PATTERNS, TRIGGER_PATTERNS, Reading, reading_for
from app.rulebook import Rulebook

ARTICLES = Path(__file__).resolve().parent.parent / "data" / "articles"
TABLES: dict[str, dict[str, list[list[dict[str, Any]]]]] = {
    "triggers": TRIGGER_PATTERNS,
    "dates": {"DATE": DATE_PATTERNS},
    "durations": {"DURATION": DURATION_PATTERNS},
    "cues": CUES,
}
STEPS: dict[str, list[list[dict[str, Any]]]] = {
    "WORDS": [
        [{"LOWER": {"IN": ["last", "next"]}, "OP": "?"}, {"LOWER": "week"}],
        [{"LEMMA": "withdraw"}, {"LOWER": "from", "OP": "?"}, {"ENT_TYPE": "TREATY", "OP": "+"}],
        [{"TEXT": {"REGEX": r"^\d{4}$"}}, {"ORTH": ","}],
        [{"LIKE_NUM": True}, {"LOWER": {"IN": ["months", "years"]}}],
        [{"LOWER": "not", "OP": "!"}, {"LOWER": "ratified"}],
        [{"ENT_TYPE": {"IN": ["STATE", "CAPITAL"]}}, {"LEMMA": {"IN": ["leave", "quit"]}}],
    ],
    "OTHER": [
        [{"IS_TITLE": True}, {"LOWER": {"NOT_IN": ["the"]}}, {"LOWER": {"REGEX": "^conv"}}],
        [{"LOWER": {"NOT_IN": ["the"]}}, {"ORTH": ".", "OP": "?"}],  # nothing it requires can be checked
    ],
}


@pytest.fixture(scope="module")
def reading(rulebook: Rulebook) -> Reading:
    return reading_for(rulebook)


def _both(reading: Reading, table: dict[str, list[list[dict[str, Any]]]]) -> tuple[Matcher, AnchoredMatcher]:
    plain, anchored = Matcher(reading.nlp.vocab), AnchoredMatcher(reading.nlp.vocab)
    for label, patterns in table.items():
        plain.add(label, patterns, greedy="LONGEST")
        anchored.add(label, patterns, greedy="LONGEST")
    return plain, anchored


def _paragraphs() -> list[str]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(ARTICLES.glob("*.txt"))[::4]]
    return [line for text in texts for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize("name", sorted(TABLES))
def test_the_reader_s_patterns_match_the_corpus_as_spacy_s_matcher_does(reading: Reading, name: str) -> None:
    plain, anchored = _both(reading, TABLES[name])
    for doc in reading.nlp.pipe(_paragraphs()):
        assert anchored(doc) == plain(doc), doc.text


SENTENCES = [
    "Russia will withdraw from the Ottawa Convention next week, the ministry said in 2025, citing 12 months.",
    "Lithuania quit. The Convention on Cluster Munitions was not ratified by Kyiv; it was ratified in 1999.",
    "Nothing here.",
    "",
]


def test_each_kind_of_step_matches_as_spacy_s_matcher_does(reading: Reading) -> None:
    plain, anchored = _both(reading, STEPS)
    for doc in reading.nlp.pipe(SENTENCES):
        assert anchored(doc) == plain(doc), doc.text
        assert anchored(doc[1:]) == plain(doc[1:])  # a span: matched with every pattern


def test_a_paragraph_without_a_pattern_s_words_skips_it(reading: Reading) -> None:
    _, anchored = _both(reading, STEPS)
    doc = reading.nlp("Nothing here.")
    assert anchored._live(doc) == ((), (1,))  # no 'conv...' word: only the pattern that requires none
