"""A state's membership told in apposition: "Putin was able to visit Mongolia, an ICC member state, without any
obstacles", "Hungary, a state party to the Rome Statute, ...". The apposition says the state is bound by the treaty
(``bound_on`` true) at the time the sentence speaks of, which the checks weigh on the day of the report.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc, Span

from app.reading.context import Context
from app.reading.spans import lowered
from schemas.checks import Claim

_MEMBERS = (["member", "state"], ["state", "party"], ["member"], ["party"])
_BEFORE = (["member"], ["member", "state"], ["state", "party"])  # "ICC member Mongolia", "NATO member state Turkey"


def appositive_members(clause: Span, actors: list[Span], published: dt.date) -> list[Claim]:
    """One ``bound_on`` true claim per state followed by ', a(n) <treaty> member state,' or ', a state party to
    <treaty>,'."""
    if _no_member(clause, actors):
        return []
    doc = clause.doc
    treaties = [e for e in doc.ents if e.label_ == "TREATY" and clause.start <= e.start < clause.end]
    claims = []
    for state in actors:
        i = state.end
        if i + 2 >= clause.end or doc[i].text != "," or doc[i + 1].lower_ not in ("a", "an"):
            continue
        treaty = _treaty_named(doc[i + 2 : min(i + 10, clause.end)], treaties)
        if treaty is not None:
            claims.append(
                Claim(
                    kind="bound_on",
                    treaty=treaty,
                    state=str(state.ent_id_),
                    value="true",
                    as_of=published,
                    tense="present",
                )
            )
    return claims


def _no_member(clause: Span, actors: list[Span]) -> bool:
    """No state named, or no 'member' or 'party' in the paragraph: no membership told (each reading needs both)."""
    return not actors or ("member" not in lowered(clause.doc) and "party" not in lowered(clause.doc))


def _treaty_named(words: Span, treaties: list[Span]) -> str | None:
    """'ICC member state,' (the treaty right before the noun) or 'state party to the Rome Statute,' (after it),
    the apposition closed by a comma or a full stop."""
    first = next((e for e in treaties if e.start == words.start), None)
    if first is not None:
        rest = [t.lower_ for t in words.doc[first.end : words.end]]
        for noun in _MEMBERS:
            if rest[: len(noun)] == noun and rest[len(noun) : len(noun) + 1] in ([","], ["."], []):
                return str(first.ent_id_)
        return None
    lowered = [t.lower_ for t in words]
    if lowered[:3] != ["state", "party", "to"]:
        return None
    after = next((e for e in treaties if words.start + 3 <= e.start <= words.start + 4), None)
    closed = after is not None and (after.end >= words.end or words.doc[after.end].text in (",", "."))
    return str(after.ent_id_) if after is not None and closed else None


def prefixed_members(clause: Span, actors: list[Span], published: dt.date) -> list[Claim]:
    """One ``bound_on`` true claim per state titled by its membership: "Putin's visit to ICC member Mongolia",
    "NATO member state Turkey" (the treaty, then 'member' or 'member state' or 'state party', then the state)."""
    if _no_member(clause, actors):
        return []
    doc = clause.doc
    ends = {e.end: e for e in doc.ents if e.label_ == "TREATY" and clause.start <= e.start < clause.end}
    claims = []
    for state in actors:
        for noun in _BEFORE:
            start = state.start - len(noun)
            if start > clause.start and [t.lower_ for t in doc[start : state.start]] == noun and start in ends:
                treaty = str(ends[start].ent_id_)
                claims.append(
                    Claim(kind="bound_on", treaty=treaty, state=str(state.ent_id_), value="true", as_of=published,
                          tense="present")
                )  # fmt: skip
                break
    return claims


_FRONTED = (["member", "of"], ["state", "party", "to"], ["party", "to"], ["member", "state", "of"])
_REFERRED = {"court", "convention", "treaty", "statute", "alliance", "organisation", "organization", "bloc", "union"}


def fronted_members(clause: Span, actors: list[Span], context: Context) -> list[Claim]:
    """'As a member of the ICC, South Africa is obliged to arrest him', 'in theory as a member of the court, South
    Africa is obliged': a fronted 'as a member of / a party to T' says the state that opens the main clause right
    after its comma is bound by T (``bound_on`` true, as an apposition does). Not 'as a former member', not 'as a
    member of the Security Council' (no treaty)."""
    if _no_member(clause, actors):
        return []
    doc = clause.doc
    starts = {e.start: e for e in doc.ents if e.label_ == "TREATY" and clause.start <= e.start < clause.end}
    claims = []
    for i in range(clause.start, clause.end - 4):
        if doc[i].lower_ != "as" or doc[i + 1].lower_ not in ("a", "an"):
            continue
        words = [t.lower_ for t in doc[i + 2 : min(i + 6, clause.end)]]
        noun = next((n for n in _FRONTED if words[: len(n)] == n), None)
        if noun is None:
            continue
        at = i + 2 + len(noun)
        treaty, end = _treaty_at(doc, at, starts, context)
        if treaty is None or end >= clause.end or doc[end].text != ",":
            continue
        state = next(
            (e for e in actors if e.start in (end + 1, end + 2) and doc[end + 1 : e.start].text in ("", "the")), None
        )
        if state is not None:
            claims.append(
                Claim(kind="bound_on", treaty=treaty, state=str(state.ent_id_), value="true",
                      as_of=context.published, tense="present")
            )  # fmt: skip
    return claims


def _treaty_at(doc: Doc, at: int, starts: dict[int, Span], context: Context) -> tuple[str | None, int]:
    """The treaty named at ``at`` ('the ICC', 'NATO') or referred to ('the court': the one the article names), and
    where its name ends."""
    j = at + 1 if at < len(doc) and doc[at].lower_ == "the" else at
    if j in starts:
        return str(starts[j].ent_id_), starts[j].end
    if at < len(doc) and doc[at].lower_ == "the" and j < len(doc) and doc[j].lower_ in _REFERRED:
        return context.refer(doc[j].lower_), j + 1
    return None, at
