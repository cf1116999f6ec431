"""A treaty's name qualified by its region: 'a European anti-torture convention' is the European Convention for the
Prevention of Torture, not the UN 'Torture Convention' the words after 'European' name. A regional adjective just
before a treaty name the matched treaty's names lack moves the name to the one treaty whose names hold the region
and every word of the name; otherwise the name stays as it was read."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from app.reading.described import compact

_REGIONS = {"european", "african", "american", "inter-american", "arab"}
_BETWEEN = 3  # "European anti - torture convention": lower-case words and hyphens between the region and the name


def regional_names(doc: Doc, names: dict[str, tuple[str, ...]]) -> Doc:
    """The doc with each region-qualified treaty name read as the region's treaty (``names``: treaty id -> compact
    names)."""
    moved: dict[int, Span] = {}
    for ent in doc.ents:
        if ent.label_ != "TREATY":
            continue
        region = _region_before(doc, ent.start)
        if region is None or any(compact(doc[region].text) in n for n in names.get(str(ent.ent_id_), ())):
            continue
        words = [compact(doc[region].text), *(compact(t.text) for t in ent if t.is_alpha and not t.is_stop)]
        fits = [t for t, ns in names.items() if any(all(w in n for w in words) for n in ns)]
        if len(fits) == 1:
            moved[ent.start] = Span(doc, region, ent.end, label="TREATY", span_id=fits[0])
    if not moved:
        return doc
    kept = [e for e in doc.ents if not any(span.start <= e.start < span.end for span in moved.values())]
    doc.ents = sorted(kept + list(moved.values()), key=lambda e: e.start)
    return doc


def _region_before(doc: Doc, start: int) -> int | None:
    """The index of a capitalised regional adjective before ``start``, over lower-case words and hyphens."""
    for i in range(start - 1, max(start - 1 - _BETWEEN, -1), -1):
        token = doc[i]
        if token.lower_ in _REGIONS and token.text[0].isupper():
            return i
        if not (token.is_lower or token.text in ("-", "–")) or token.ent_type_:
            return None
    return None
