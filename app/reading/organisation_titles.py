"""An organisation's name heading another instrument's title: 'the Council of Europe Agreement on the Prevention of
and Combating Violence Against Women and Domestic Violence' (iEconomy, 20 March 2021: the Istanbul Convention, its
name translated), 'the WHO Framework Convention on Tobacco Control'. The organisation's name is its constituent
treaty's alias (the Statute of the Council of Europe, the WHO Constitution), but before a capitalised instrument noun
it qualifies the instrument the title names, as a treaty is identified by its title whatever its designation (VCLT
Art. 2(1)(a)). The title is read as the one treaty whose names hold a stem of each of its words; with none or several,
the organisation's name is dropped, as an instrument the rulebook does not hold names no treaty it knows."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from app.reading.described import compact
from app.reading.vocabulary import INSTRUMENT_NOUNS

_GLUE = {"on", "for", "against", "the", "of", "and", "in", "to", "with", "from"}  # inside a title, lower-case
_QUALIFIERS = 2  # 'Framework', 'European' between the organisation and the instrument noun
_STEM = 5  # 'prevention' and 'preventing' share 'preve'


def organisation_titles(doc: Doc, names: dict[str, tuple[str, ...]], organisations: dict[str, str]) -> Doc:
    """The doc with each organisation's name that heads another instrument's title read as that instrument (``names``:
    treaty id -> compact names; ``organisations``: an organisation's name -> its founding treaty), or, for a treaty's
    own name, dropped."""
    moved: dict[int, Span | None] = {}
    heads = [e for e in doc.ents if e.label_ == "TREATY" and not any(t.lower_ in INSTRUMENT_NOUNS for t in e)]
    for name in organisations:
        at = doc.text.find(name)
        span = doc.char_span(at, at + len(name)) if at >= 0 else None
        if span is not None and not any(t.ent_type_ for t in span):
            heads.append(span)
    for head in heads:
        if not heads_an_instrument(head):
            continue
        end = _title_end(doc, (_instrument_after(doc, head.end) or head.end) + 1)
        words = [
            compact(t.text)[:_STEM]
            for t in doc[head.start : end]
            if t.is_alpha and t.lower_ not in _GLUE and t.lower_ not in INSTRUMENT_NOUNS
        ]
        fits = [tid for tid, ns in names.items() if any(all(w in n for w in words) for n in ns)]
        moved[head.start] = Span(doc, head.start, end, label="TREATY", span_id=fits[0]) if len(fits) == 1 else None
    if not moved:
        return doc
    kept = [e for e in doc.ents if e.start not in moved]
    spans = [s for s in moved.values() if s is not None]
    kept = [e for e in kept if not any(s.start <= e.start < s.end for s in spans)]
    doc.ents = sorted(kept + spans, key=lambda e: e.start)
    return doc


def heads_an_instrument(name: Span) -> bool:
    """An organisation's name right before a capitalised instrument noun and its title ('Council of Europe Agreement
    on ...'): it qualifies that instrument, and names neither the organisation nor its founding treaty."""
    return _instrument_after(name.doc, name.end) is not None


def _instrument_after(doc: Doc, start: int) -> int | None:
    """The index of a capitalised instrument noun right after ``start``, over up to two capitalised qualifiers that
    are no entity ('WHO Framework Convention'), when a title follows it ('on', 'for', 'against')."""
    for i in range(start, min(start + _QUALIFIERS + 1, len(doc))):
        token = doc[i]
        if token.ent_type_ or not token.text[:1].isupper():
            return None
        if token.lower_ in INSTRUMENT_NOUNS:
            after = doc[i + 1] if i + 1 < len(doc) else None
            return i if after is not None and after.lower_ in ("on", "for", "against") else None
    return None


def _title_end(doc: Doc, start: int) -> int:
    """The end of a title's run of capitalised words and lower-case glue, its trailing glue left out."""
    end = start
    while end < len(doc) and not doc[end].is_punct and (doc[end].is_title or doc[end].lower_ in _GLUE):
        end += 1
    while end > start and doc[end - 1].lower_ in _GLUE:
        end -= 1
    return end
