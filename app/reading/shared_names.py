"""Names two treaties go by ('the Washington Convention': CITES of 1973 and the ICSID Convention of 1965): the name
is the treaty the article names otherwise ('ICSID', 'the ICSID Convention'); where it names neither or both, the
name keeps the treaty whose alias it is in the rule files. The table is ``names.SHARED_NAMES``, each name sourced."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def shared_names_resolved(docs: list[Doc], shared: dict[str, tuple[str, ...]]) -> list[Doc]:
    """The article's paragraphs with each shared name read as the one treaty of its own the article names."""
    if not shared:
        return docs
    found = [(doc, e) for doc in docs for e in doc.ents if e.label_ == "TREATY" and e.text.casefold() in shared]
    if not found:
        return docs
    named = {str(e.ent_id_) for doc in docs for e in doc.ents if e.label_ == "TREATY" and e.text.casefold() not in
             shared}  # fmt: skip
    for doc, ent in found:
        meant = [t for t in shared[ent.text.casefold()] if t in named]
        if len(meant) == 1 and meant[0] != ent.ent_id_:
            doc.ents = [
                Span(doc, e.start, e.end, label="TREATY", span_id=meant[0]) if e == ent else e for e in doc.ents
            ]
    return docs
