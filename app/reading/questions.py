"""Questions assert nothing: an explainer's or a Q&A's headings ask what a reader wants to know ('When Did the United
States Join the Paris Agreement', 'Burkina Faso, Mali, Niger: What is the exit route from ECOWAS?'), and a claim read
from one would be the reader's own guess. A headline's statement before a colon still asserts it ('X exits Y following
US lead: What it means for ...?').
"""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.spans import text_of

_QUESTION_WORDS = {"what", "why", "how", "who", "which", "when", "where", "will", "is", "are", "can", "does", "do"}
_WH = {"what", "why", "how", "when", "where"}  # not "who" / "which": a relative clause after a full stop
# an auxiliary right after a wh-word inverts the clause: 'When Did', 'How Does', 'What Is', 'Why Are'
_AUXILIARIES = {"did", "does", "do", "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would",
                "should", "may", "might", "must"}  # fmt: skip
# words between the wh-word and its auxiliary: 'How long will', 'How many countries have'
_DEGREE = {"long", "many", "much", "soon", "often", "far"}
_NAMES = {"STATE", "CAPITAL"}  # a list of these before a colon is the question's subject


def asks(sentence: Span) -> bool:
    """A question: one ending in '?' (unless a statement stands before its colon), or a wh-word opening an inverted
    clause with no '?' ('When Did the United States Join ...', 'How long does it take to leave the ICC',
    'What happens when a country leaves'): headings in question form often drop the mark."""
    if text_of(sentence).rstrip().endswith("?"):
        return not _statement_before_colon(sentence)
    return _inverted(sentence)


def _statement_before_colon(sentence: Span) -> bool:
    """'X exits Y following US lead: What it means for ...?' and 'Hungary leaves the ICC: part of a bigger plan?'
    assert their first part; 'Burkina Faso, Mali, Niger: What is the exit route ...?' only names its subjects before
    the colon and asks about them."""
    colons = [t.i for t in sentence if t.text == ":"]
    if not colons or colons[-1] + 1 >= sentence.end:
        return False
    head = [t for t in sentence.doc[sentence.start : colons[-1]] if not t.is_punct and t.lower_ != "and"]
    if not head or head[0].lower_ in _QUESTION_WORDS | _AUXILIARIES or all(t.ent_type_ in _NAMES for t in head):
        return False  # "Will Hungary leave the ICC: what next?": the head asks too; "Burkina Faso, Mali, Niger:
        # What is the exit route ...?": names only, the subjects of the question
    # "Hungary leaves the ICC: part of a bigger plan?" (DW via Fakti.bg, 2025): the question is the part after the
    # colon, the headline's statement before it is asserted, as before 'What it means for ...?'
    return sentence.doc[colons[-1] + 1].lower_ in _QUESTION_WORDS or len(head) >= 3


def _inverted(sentence: Span) -> bool:
    words = [t for t in sentence if not t.is_punct]
    if len(words) < 3 or words[0].lower_ not in _WH:
        return False
    rest = words[1:]
    while rest and rest[0].lower_ in _DEGREE:
        rest = rest[1:]
    if words[0].lower_ == "how" and rest and rest[0].pos_ == "NOUN":
        rest = rest[1:]  # 'How many countries have left'
    if not rest:
        return False
    if words[0].lower_ == "what" and any(t.lower_ in ("is", "was") for t in rest[1:4]):
        return False  # 'What is clear is that ...', 'What was striking was ...' state
    return rest[0].lower_ in _AUXILIARIES or (words[0].lower_ == "what" and rest[0].lower_ in ("happens", "happened"))
