"""An exit told again as the move it repeats: 'President Donald Trump pulled the United States out of ... UNESCO on
Tuesday, repeating a move he had already ordered during his first term' tells two exits by the same state from the
same treaty, the second on the date of the move repeated (not the sentence's 'on Tuesday').
"""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.context import Context
from app.reading.pipeline import Reading
from app.reading.verb_dates import resolved
from app.reading.when import claim_value
from app.reading.words import matches_of
from schemas.checks import Claim

REPEATING = {"repeating", "echoing", "mirroring", "reprising", "reviving", "renewing"}
_MOVES = {"move", "step", "decision", "withdrawal", "exit", "pullout", "pull-out"}
_DONE = {"ordered", "made", "taken", "done", "carried", "completed", "decreed"}
_STOPS = {",", ";", "which", "but", "and"}


def repeated_moves(reading: Reading, sentence: Span, claims: list[Claim], context: Context) -> list[Claim]:
    """The sentence's one exit again, dated by the move its participle repeats ('repeating a move he had already
    ordered during his first term'): the move's own deed ('ordered', 'made', 'taken') and its date, before the next
    comma or relative pronoun; none for a date not before the report or a repeated call, threat or demand."""
    exits = [c for c in claims if c.kind == "withdrew" and c.state]
    if len({(c.treaty, c.state) for c in exits}) != 1:
        return []
    doc = sentence.doc
    for token in sentence:
        if token.lower_ not in REPEATING:
            continue
        move = next((t for t in doc[token.i + 1 : min(sentence.end, token.i + 5)] if t.lower_ in _MOVES), None)
        if move is None:
            return []
        end = next((t.i for t in doc[move.i + 1 : sentence.end] if t.lower_ in _STOPS), sentence.end)
        if not any(t.lower_ in _DONE for t in doc[move.i + 1 : end]):
            return []  # "repeating a threat he made", "echoing a move he had threatened": no exit done
        dates = [doc[s:e] for _, s, e in matches_of(reading.dates, doc) if move.i < s and e <= end]
        when = resolved(dates[0], "past", context) if dates else None
        if when is None or (value := claim_value(when)) is None or when.end >= context.published:
            return []
        return [exits[0].model_copy(update={"value": value, "tense": "past"})]
    return []
