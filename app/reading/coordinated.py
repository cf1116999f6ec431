"""Two treaties left together: "its withdrawal from the Paris Agreement and the UN Framework Convention on Climate
Change, effective January 27, 2026" says the same of both, so an exit, its notice or its effective date read for one
of them is claimed for the other too (each judged on its own: here the date is right for one and wrong for the
other). Only a pair joined by 'and' right after 'from'.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from schemas.checks import Claim

_SHARED = {"withdrew", "effective_date", "notification_date"}


def left_together(clause: Span) -> list[tuple[str, str]]:
    """The pairs of treaties a clause leaves together ('from the Paris Agreement and the UNFCCC'), as ids."""
    ents = [e for e in clause.ents if e.label_ == "TREATY"]
    pairs = []
    for first, second in pairwise(ents):
        between = [t.lower_ for t in clause.doc[first.end : second.start]]
        before = [t.lower_ for t in clause.doc[max(clause.start, first.start - 2) : first.start]]
        if between in (["and"], ["and", "the"]) and "from" in before and first.ent_id_ != second.ent_id_:
            pairs.append((str(first.ent_id_), str(second.ent_id_)))
    return pairs


def for_both(clause: Span, claims: list[Claim]) -> list[Claim]:
    """``claims``, with each exit claim about one treaty of a pair also made about the other."""
    if not claims:
        return claims  # nothing to make twins of (the pairs are looked for only then)
    pairs = left_together(clause)
    if not pairs:
        return claims
    out = list(claims)
    for claim in claims:
        for pair in pairs:
            if claim.kind not in _SHARED or claim.treaty not in pair:
                continue
            other = pair[1] if claim.treaty == pair[0] else pair[0]
            twin = claim.model_copy(update={"treaty": other})
            if not any((c.kind, c.treaty, c.state) == (twin.kind, twin.treaty, twin.state) for c in out):
                out.append(twin)
    return out
