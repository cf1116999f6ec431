"""An organisation's founding told in passing: 'The ICC, established in 2002, ...', 'Founded in 1948, the WHO ...',
'The WHO, a United Nations agency founded in 1948', 'The ICC, which launched in July 2002', 'since its founding in
2002'.

An organisation a treaty sets up (the International Criminal Court of the Rome Statute, the World Health
Organization of its Constitution) exists from the day that treaty enters into force (Rome Statute Art. 126(1):
1 July 2002; WHO Constitution Art. 80: 7 April 1948), so the year of its founding is a claim about the treaty's
entry into force. A name of the treaty itself ('the Paris Agreement, established in 2015') is an adoption, not read.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from app.reading.context import Context
from app.reading.when import claim_value, resolve
from app.reading.words import with_year
from schemas.checks import Claim

_FOUNDED = {"established", "founded", "set"}  # "set up"
_OPENED = {"inaugurated", "launched", "created"}  # only with its day right after ('launched in July 2002'), never
# with an object between ('the body launched an examination in 2018', 'created jobs in 2010')
_FOUNDING = {"founding", "establishment", "creation", "inception"}  # "the ICC ... since its founding in 2002"
_BODIES = {"court", "organization", "organisation", "council", "union", "centre", "center", "agency", "fund", "bank",
           "tribunal", "community", "alliance", "commission"}  # fmt: skip  # "the International Whaling Commission"


def founded_claims(
    clause: Span, treaties: list[Span], dates: list[Span], context: Context, names: Callable[[str], list[str]]
) -> list[Claim]:
    """'<organisation>, established in <date>' or '<Founded|Established> in <date>, the <organisation>': the
    founding treaty's entry into force (a year or a day). ``names``: a treaty's names in the rulebook."""
    claims = []
    bodies = [(ent, str(ent.ent_id_)) for ent in treaties if _a_body(ent, names(str(ent.ent_id_)))]  # not the
    # instrument itself ('The UNFCCC, established in 1992'): its 'establishment' is its adoption
    for ent, treaty in [*bodies, *_bodies_referred(clause, treaties, context, names)]:
        verb = _founding_after(ent, clause) or _founding_before(ent, clause) or _its_founding(ent, clause)
        if verb is None:  # not 'the treaty that established the ICC in 1998': the year may be the treaty's
            continue
        date = next((d for d in dates if _dated_after(verb, d)), None)
        when = resolve(with_year(date), context.published, "past") if date is not None else None
        if when is not None:
            value, published = claim_value(when), context.published
            claims.append(Claim(kind="entry_into_force", treaty=treaty, value=value, as_of=published, tense="past"))
    return claims


def _dated_after(verb: Token, date: Span) -> bool:
    """'established in 2002', 'set up in 1948' (a day within three words of the verb after 'in' or 'on'); a verb of
    ``_OPENED`` or a noun of ``_FOUNDING``: the day right after its 'in' ('launched in July 2002')."""
    if verb.doc[date.start - 1].lower_ not in ("in", "on"):
        return False
    if verb.lower_ in _OPENED | _FOUNDING:
        return date.start == verb.i + 2
    return verb.i < date.start <= verb.i + 3


def _its_founding(ent: Span, clause: Span) -> Token | None:
    """'to leave the ICC since its founding in 2002': 'its' + a founding noun a few words after the body's name,
    no other name between (a state's 'its' is the state's)."""
    doc = clause.doc
    for token in doc[ent.end : min(ent.end + 4, clause.end - 1)]:
        if token.ent_type_:
            return None
        if token.lower_ == "its" and doc[token.i + 1].lower_ in _FOUNDING:
            return doc[token.i + 1]
    return None


def _bodies_referred(
    clause: Span, treaties: list[Span], context: Context, names: Callable[[str], list[str]]
) -> list[tuple[Span, str]]:
    """'since the Court was set up in 2002': 'the Court' (capitalised, a body's noun) for the treaty the clause or the
    article named last, when a name of it ends in that noun (the International Criminal Court of the Rome Statute)."""
    doc = clause.doc
    found = []
    for token in clause:
        if not (token.is_title and token.lower_ in _BODIES and token.i > 0 and doc[token.i - 1].lower_ == "the"):
            continue
        if token.ent_type_:
            continue
        before = [e for e in treaties if e.end <= token.i]  # "to pull out of the ICC since the Court was set up"
        treaty = str(before[-1].ent_id_) if before else context.refer(token.lower_)
        if treaty and any(name.split()[-1].lower() == token.lower_ for name in names(treaty)):
            found.append((doc[token.i : token.i + 1], treaty))
    return found


def _a_body(ent: Span, names: list[str]) -> bool:
    """The mention names the organisation ('the International Criminal Court'; 'ICC' when one of the treaty's names
    with those initials is a court's), not the instrument ('UNFCCC', the Convention's initials)."""
    if not ent.text.isupper():
        return ent[-1].lower_ in _BODIES
    for name in names:
        words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
        if "".join(w[0] for w in words) == ent.text and words[-1].lower() in _BODIES:
            return True
    return False


def _founding_after(ent: Span, clause: Span) -> Token | None:
    """'The ICC, established in 2002': the participle right after the name and its comma (or 'which was')."""
    doc = clause.doc
    i = ent.end
    if i < clause.end and doc[i].text == ",":
        i += 1
        aside = next((t.i for t in doc[i : min(clause.end, i + 10)] if t.text == ","), None)
        if aside is not None and aside + 1 < clause.end and doc[aside + 1].lower_ in ("was", "were"):
            # "The ICC, which is based in the Netherlands, was established in 2002": over the aside; not over the
            # founding itself ("The ICC, which was established in 2002, was created to prosecute ...", Summit Post
            # News, 23 September 2025; "The ICC, established in 2002, was criticised ...")
            j = next((t.i for t in doc[i:aside] if t.lower_ not in ("which", "that", "was", "were")), aside)
            i = i if doc[j].lower_ in _FOUNDED else aside + 1
    while i < clause.end and doc[i].lower_ in ("which", "that", "was", "were", "originally", "first"):
        i += 1
    if i < clause.end and doc[i].lower_ in ("a", "an"):  # "The WHO, a United Nations agency founded in 1948"
        i = next((t.i for t in doc[i + 1 : min(clause.end, i + 6)] if not t.is_alpha or t.lower_ in _FOUNDED | _OPENED),
                 i)  # fmt: skip
    return doc[i] if i < clause.end and i > ent.end and doc[i].lower_ in _FOUNDED | _OPENED else None


def _founding_before(ent: Span, clause: Span) -> Token | None:
    """'Founded in 1948, the WHO ...': a fronted participle, its comma, then the name."""
    doc = clause.doc
    first = doc[clause.start]
    if first.lower_ not in _FOUNDED or ent.start - clause.start > 8:
        return None
    comma = next((t.i for t in doc[clause.start : ent.start] if t.text == ","), None)
    return first if comma is not None and all(t.lower_ in ("the",) for t in doc[comma + 1 : ent.start]) else None
