"""Protocols named through the treaty they belong to. 'The United States has withdrawn from the Optional Protocol to the
Vienna Convention on Consular Rights' (AFP, 10 March 2005: 'Rights' for 'Relations'), 'US withdraws from Vienna
Convention protocol on access to diplomats': the protocol is what is left, not the convention, and it is a treaty of
its own (VCLT Art. 2(1)(a): an instrument, whatever its designation), so the words become the protocol's entity when
the rulebook holds one protocol of that convention fitting them. 'The Kyoto Protocol on limitation of emissions of
greenhouse gases to the UN Framework Convention on Climate Change came into effect' (PanArmenian, 17 February 2005):
the convention names the protocol's parent, not a treaty the sentence is about, so it is no treaty there.
"""

from __future__ import annotations

import re
from collections import defaultdict

from spacy.tokens import Doc, Span

from app.reading.vocabulary import INSTRUMENT_NOUNS
from app.rulebook import Rulebook

Protocols = dict[str, tuple[tuple[str, str], ...]]  # parent treaty id -> (protocol id, its qualifier) pairs

_OF_PARENT = re.compile(
    r"^(?P<qualifier>[^,]*?)\bprotocol(?: no\. \d+| of \d{4}| \d{4})?"
    r" (?:to|relating to|supplementing|additional to) (?:the )?"
)  # "optional protocol to the", "protocol of 1978 relating to the": the words after it begin the parent's name
_NAME_ENDS = {"concerning", "relating", "aiming", "providing", "regarding", "with", "adopted", "signed"}
_SPECIFIC = 4  # words: a parent's name this long is its own ('convention on the rights of the child on the sale ...');
# a shorter one must end where the protocol's name goes on in a word of its own ('vienna convention on consular
# relations concerning ...'), not 'european convention' of 'the European Convention on the equivalence of diplomas'
_QUALIFIERS = {"optional", "additional", "first", "second", "third", "further", "amending"}
_PARENT_REACH = 14  # "the Kyoto Protocol on limitation of emissions of greenhouse gases to the": the protocol's words
_BREAKS = {".", ";", ":", "(", ")", "and", "or", "which", "that"}


def protocol_parents(rulebook: Rulebook) -> Protocols:
    """Each treaty with the protocols whose names say they are its own ('Optional Protocol to the Vienna Convention on
    Consular Relations ...' -> the VCCR), with the words before 'Protocol' ('optional')."""
    names = {
        name.casefold(): treaty.id
        for treaty in rulebook.treaties.values()
        for name in (treaty.name, treaty.short_name, *treaty.aliases)
        if name
    }
    found: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for treaty in rulebook.treaties.values():
        for name in (treaty.name, *treaty.aliases):
            folded = name.casefold()
            if "protocol" not in folded or (match := _OF_PARENT.match(folded)) is None:
                continue
            parent = _parent_named(folded[match.end() :].split(), names)
            if parent is not None and parent != treaty.id:
                found[parent].add((treaty.id, match.group("qualifier").strip()))
    return {parent: tuple(sorted(pairs)) for parent, pairs in found.items()}


def _parent_named(words: list[str], names: dict[str, str]) -> str | None:
    """The treaty whose name the words begin with, the longest that ends where the protocol's name goes on."""
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n]).rstrip(",")
        ends = n == len(words) or words[n - 1].endswith(",") or words[n] in _NAME_ENDS
        if name in names and (n >= _SPECIFIC or ends):
            return names[name]
    return None


def protocols_named(
    doc: Doc, protocols: Protocols, places: dict[str, tuple[str, ...]] | None = None, named: set[str] | None = None
) -> Doc:
    """The doc with 'Optional Protocol to the <convention>' and '<convention> protocol' read as the protocol, when
    one protocol of the convention fits, and with a convention after a protocol of its own ('the Kyoto Protocol ...
    to the UN Framework Convention') no longer a treaty. The convention may be named by its place ('the Vienna
    Convention', ``places``), as the one of that place the article names in full (``named``)."""
    if not protocols:
        return doc
    ents, changed = list(doc.ents), False
    for n, ent in enumerate(ents):
        parent = _parent_of(doc, ent, protocols, places or {}, named or set())
        if parent is None:
            continue
        own = protocols[parent]
        if (span := _protocol_span(doc, ent, own)) is not None:
            ents[n], changed = span, True
        elif ent.label_ == "TREATY" and _after_its_protocol(doc, ent, {p for p, _ in own}):
            ents[n], changed = Span(doc, ent.start, ent.start), True  # dropped below
    if changed:
        doc.ents = [e for e in ents if len(e)]
    return doc


def _parent_of(
    doc: Doc, ent: Span, protocols: Protocols, places: dict[str, tuple[str, ...]], named: set[str]
) -> str | None:
    """The treaty with protocols an entity names: a treaty, or a place before 'Convention' ('Vienna Convention')
    that is the one treaty of that place the article names and the rulebook holds protocols of."""
    if ent.label_ == "TREATY":
        return str(ent.ent_id_) if str(ent.ent_id_) in protocols else None
    if ent.label_ != "CAPITAL" or ent.end >= len(doc) or doc[ent.end].lower_ not in INSTRUMENT_NOUNS:
        return None
    meant = [t for t in places.get(ent.text, ()) if t in named and t in protocols]
    return meant[0] if len(meant) == 1 else None


def _protocol_span(doc: Doc, ent: Span, own: tuple[tuple[str, str], ...]) -> Span | None:
    """'Optional Protocol to the <ent>', '<ent> protocol': the protocol's span, if one protocol of ``own`` fits."""
    last = ent.end + 1 if ent.label_ == "CAPITAL" else ent.end  # "Vienna" + "Convention"
    if last < len(doc) and doc[last].lower_ == "protocol" and not doc[last].ent_type_:
        start, end, qualifier = ent.start, last + 1, ""  # "Vienna Convention protocol on access to diplomats"
    else:
        words = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
        if words[-3:] != ["protocol", "to", "the"] or doc[ent.start - 3].ent_type_:
            return None
        start, end = ent.start - 3, last
        while start > 0 and doc[start - 1].lower_ in _QUALIFIERS and not doc[start - 1].ent_type_:
            start -= 1  # "Optional Protocol to the", "Second Additional Protocol to the"
        qualifier = " ".join(t.lower_ for t in doc[start : ent.start - 3])
    fitting = {p for p, q in own if q == qualifier} or ({p for p, _ in own} if not qualifier else set())
    if len(fitting) != 1:
        return None  # "the Optional Protocol to the ICCPR" where two are held: the convention's own name decides
    return Span(doc, start, end, label="TREATY", span_id=fitting.pop())


def _after_its_protocol(doc: Doc, ent: Span, own: set[str]) -> bool:
    """'the Kyoto Protocol on limitation of emissions ... to the UN Framework Convention': the convention after 'to
    the', a protocol of its own named before it in the same phrase."""
    if ent.start < 2 or [t.lower_ for t in doc[ent.start - 2 : ent.start]] != ["to", "the"]:
        return False
    for token in reversed(doc[max(ent.sent.start, ent.start - _PARENT_REACH) : ent.start - 2]):
        if token.ent_type_ == "TREATY":
            return token.ent_id_ in own
        if token.lower_ in _BREAKS:
            return False
    return False
