"""Which treaty 'the convention' of a later sentence points back to: the one the article last named as a convention.

'The convention', 'the treaty', 'the pact', 'the Covenant' refer to the treaty last named whose kind fits
(Context.refer). Its kind is what the article called it: the head of its name as written ('the Convention on Cluster
Munitions' is a convention, 'the Optional Protocol to the Covenant' a protocol, 'the Warsaw Treaty Organization' an
organisation) or, for a name with no such head ('CCM', 'NPT'), the heads of the names its rule file gives; a
convention, an agreement, a protocol ... is also 'the treaty', 'the pact', 'the accord' and 'the document'. Not one
named in passing: compared with ('Like the Convention on Cluster Munitions, the Ottawa Convention bans ...', 'unlike
the CCM', 'such as the CWC'), listed with others ('the CWC, the BWC and the NPT', 'namely NATO and the then Warsaw
Treaty Organization'), or in an aside in brackets ('(the CCM, which Lithuania left in 2025)'). Such a mention still
counts among the times the treaty is named (the article's main treaty, named most, is what a reference no kind
settles means); it only does not become the treaty last named.
"""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.vocabulary import GENERIC_TREATY

_COMPARING = {"like", "unlike", "than"}  # "like the CCM", "unlike the CCM", "more parties than the NPT"
_PAIRS = {("similar", "to"), ("compared", "with"), ("compared", "to"), ("as", "with"), ("as", "did")}
_LISTING = {",", "and", "or", "the", "as", "well", "then", "both"}
_NAME_STOPS = {"of", "on", "for", "to", "against", "between", "establishing", "concerning", "relating", "with", "in",
               "and", "(", ",", "-"}  # fmt: skip  # where the head of a name ends ('Convention on ...')
_KINDS = {"convention", "treaty", "agreement", "protocol", "statute", "charter", "covenant", "constitution", "pact",
          "accord"}  # fmt: skip  # an instrument's kinds
_ANY_INSTRUMENT = {"treaty", "pact", "accord", "document"}  # what any instrument is also called


def in_passing(ent: Span) -> bool:
    """The treaty ``ent`` names is named in passing: compared with ('like the X', 'unlike the X', 'such as the X'),
    listed with another ('namely NATO and the then Warsaw Treaty Organization'), or inside brackets that open after
    the sentence's start (not an acronym restating the name before the bracket)."""
    return compared(ent) or _exemplified(ent) or _listed(ent) or _bracketed(ent)


def mention_kinds(ent: Span, names: list[str]) -> frozenset[str]:
    """What the mention calls the treaty: the head of the name as written ('Convention on Cluster Munitions' ->
    convention), else the heads of the treaty's ``names``; an instrument is also a treaty, a pact, a document."""
    head = _head([t.text for t in ent])
    spelled = [name for name in names if ent.text.isupper() and _initials(name) == ent.text]  # "ECT", "CSTO"
    heads = {head} if head in GENERIC_TREATY else {_head(name.split()) for name in spelled or names}
    heads &= GENERIC_TREATY
    return frozenset(heads | _ANY_INSTRUMENT if heads & _KINDS else heads)


def _initials(name: str) -> str:
    """'Energy Charter Treaty' -> 'ECT', 'Collective Security Treaty Organization' -> 'CSTO' (capitalised words)."""
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def stands_for_an_instrument(kinds: frozenset[str]) -> bool:
    """The mention calls the treaty an instrument ('ECT': the Energy Charter Treaty), not the organisation it founds
    ('CSTO': the Collective Security Treaty Organization)."""
    return bool(kinds & _KINDS)


def _head(words: list[str]) -> str:
    """The last word before the name's first preposition: 'Treaty on the Non-Proliferation ...' -> 'treaty', 'Optional
    Protocol to the International Covenant ...' -> 'protocol', 'Warsaw Treaty Organization' -> 'organization'."""
    lowered = [w.casefold() for w in words if w.casefold() != "the"]
    end = next((i for i, w in enumerate(lowered) if w in _NAME_STOPS), len(lowered))
    return lowered[end - 1] if end else ""


def compared(ent: Span) -> bool:
    """'like the CCM', 'unlike the Convention on Cluster Munitions', 'than the NPT', 'compared with the CWC': the
    treaty named as what another is compared with, not what the clause tells of (reader._treaties_in)."""
    word, pair = _before(ent)
    return pair in _PAIRS or word in _COMPARING


def _exemplified(ent: Span) -> bool:
    """'treaties such as the CWC': an example among others (whose clause may tell of it: 'remains a party to treaties
    such as the CWC')."""
    return _before(ent)[1] == ("such", "as")


def _before(ent: Span) -> tuple[str, tuple[str, str]]:
    """The word before the name (over an article) and the two words ending there."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    if i < 0:
        return "", ("", "")
    word = doc[i].lower_
    return word, ((doc[i - 1].lower_ if i > 0 else ""), word)


def _listed(ent: Span) -> bool:
    """'the CWC, the BWC and the NPT', 'NATO and the then Warsaw Treaty Organization': the treaty one of two or more
    treaties named in a row, joined by commas, 'and', 'or' and 'the' alone."""
    treaties = [e for e in ent.sent.ents if e.label_ == "TREATY"]
    at = next((n for n, e in enumerate(treaties) if e.start == ent.start), None)
    if at is None:
        return False
    before = at > 0 and _joined(treaties[at - 1], ent)
    after = at + 1 < len(treaties) and _joined(ent, treaties[at + 1])
    return before or after


def _joined(first: Span, second: Span) -> bool:
    between = first.doc[first.end : second.start]
    listed = 0 < len(between) <= 4 and all(t.lower_ in _LISTING for t in between)
    return listed and str(first.ent_id_) != str(second.ent_id_)


def _bracketed(ent: Span) -> bool:
    """'(the CCM, which Lithuania left in 2025)': an aside; not 'the Ottawa Convention (APMBC)', the same treaty."""
    doc = ent.doc
    sent = ent.sent
    opened = None
    for i in range(ent.start - 1, sent.start - 1, -1):
        if doc[i].text == ")":
            return False
        if doc[i].text == "(":
            opened = i
            break
    if opened is None or opened == sent.start:
        return False
    before = [e for e in sent.ents if e.label_ == "TREATY" and e.end == opened]
    return not (before and str(before[0].ent_id_) == str(ent.ent_id_))
