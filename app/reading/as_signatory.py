"""A withdrawal 'as a signatory': 'the Secretary-General has confirmed Malaysia's withdrawal as a signatory of the
Rome Statute', 'Israel withdrew as a signatory to the Statute'. Whatever the withdrawal was, the phrase takes the
state's signature as given: a ``signed`` claim, true, judged against the signatures on record (a State that never
signed, as Malaysia, which acceded and withdrew its instrument of accession, makes it wrong). Not 'as a party' or
'as a member' (the exit itself, read elsewhere)."""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.context import Context
from app.reading.subjects import one_per_state
from schemas.checks import Claim

_EXITS = {"withdrawal", "withdrew", "withdrawn", "withdraws", "withdrawing", "withdraw", "removal", "exit"}
_POSSESSIVE = {"'s", "’s", "'", "’"}
_OF = {"of", "to"}


def signatory_claims(clause: Span, actors: list[Span], treaty: str | None, context: Context) -> list[Claim]:
    """'<X's> withdrawal as a signatory of <T>' / '<X> withdrew as a signatory to <T>': X signed T."""
    doc = clause.doc
    for token in clause:
        i = token.i
        if token.lower_ not in _EXITS or i + 4 > clause.end:
            continue
        if [t.lower_ for t in doc[i + 1 : i + 4]] not in (["as", "a", "signatory"], ["as", "signatory", "of"]):
            continue
        after = i + 4 if doc[i + 2].lower_ == "a" else i + 3
        if doc[i + 2].lower_ == "a" and (after >= clause.end or doc[after].lower_ not in _OF):
            continue
        named = next((e for e in clause.ents if e.label_ == "TREATY" and after < e.start <= after + 2), None)
        about = str(named.ent_id_) if named is not None else treaty
        owner = _owner(token.i, actors)
        if about is None or owner is None:
            continue
        return one_per_state({"treaty": about, "as_of": context.published}, "signed", [owner], "true", "past")
    return []


def _owner(exit_: int, actors: list[Span]) -> str | None:
    """The state whose withdrawal it is: 'Malaysia's withdrawal', 'Malaysia withdrew', 'Malaysia has withdrawn'."""
    for ent in actors:
        doc = ent.doc
        if ent.end == exit_ - 1 and doc[ent.end].text in _POSSESSIVE:
            return str(ent.ent_id_)
        between = [t.lower_ for t in doc[ent.end : exit_]]
        verb = doc[exit_].lower_ not in ("withdrawal", "removal", "exit")
        if verb and ent.end <= exit_ and all(w in ("has", "had", "have", "formally", "officially") for w in between):
            return str(ent.ent_id_)
    return None
