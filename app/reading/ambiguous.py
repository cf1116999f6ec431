"""'Georgia', 'Jordan', 'Chad': names of states that are also a US state or given names. Each is read as the state
only where the context makes one: its government, parliament or ministry ('Georgia's parliament', 'the government
of Jordan'), a list of states around it ('Chad, Mali and Niger'), or a treaty named in the same sentence ('Georgia
ratified the Rome Statute'); never as part of a person's name ('Michael Jordan', 'Chad Smith': a capitalised word
before or after it that names nothing). 'Congo' names two states and is read only in its longer forms.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from app.reading.mentions import relabelled
from app.reading.vocabulary import LIST_GLUE

_STATE_WORDS = {"government", "parliament", "ministry", "minister", "president", "authorities", "foreign",
                "republic", "kingdom", "state", "country", "embassy", "delegation", "cabinet", "king"}  # fmt: skip
_STATES = ("STATE", "CAPITAL")
_OPENERS = {"the", "of", "and", "to", "from", "with", "by", "in", "on", "but", "meanwhile", "today", "yesterday",
            "now", "also", "when", "if", "as", "neighbouring", "neighboring", "both", "while", "since"}  # fmt: skip


def states_in_context(doc: Doc) -> Doc:
    """The doc with each ``MAYBE_STATE`` entity made a ``STATE`` where its context makes a state, dropped where not."""
    return relabelled(
        doc, "MAYBE_STATE", "STATE", lambda e: None if _in_a_name(e) or not _a_state_here(e) else e.ent_id_
    )


def _in_a_name(ent: Span) -> bool:
    """'Michael Jordan', 'Chad Smith', 'Jordan Peterson': a capitalised word that names nothing right before (not
    the sentence's first word) or right after (not a state word: 'Georgia Parliament')."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start > 0 else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if before is not None and before.is_title and not before.ent_type_:
        return before.lower_ not in _STATE_WORDS | _OPENERS
    return after is not None and after.is_title and not after.ent_type_ and after.lower_ not in _STATE_WORDS


def _a_state_here(ent: Span) -> bool:
    doc = ent.doc
    sentence = ent.sent
    near = [t.lower_ for t in doc[max(sentence.start, ent.start - 3) : min(sentence.end, ent.end + 3)]]
    if set(near) & _STATE_WORDS:
        return True  # "Georgia's parliament", "the government of Jordan"
    if any(e.label_ == "TREATY" for e in sentence.ents):
        return True  # "Georgia ratified the Rome Statute"
    listed = [e for e in sentence.ents if e.label_ in _STATES and e is not ent]
    return any(all(t.lower_ in LIST_GLUE for t in doc[min(e.end, ent.end) : max(e.start, ent.start)]) for e in listed)
