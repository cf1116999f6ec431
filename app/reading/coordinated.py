"""Treaties left (or joined) together: "its withdrawal from the Paris Agreement and the UN Framework Convention on
Climate Change, effective January 27, 2026" says the same of both, so an exit, its notice or its effective date
read for one of them is claimed for the other too (each judged on its own: here the date is right for one and
wrong for the other). A pair joined by 'and' right after 'from', or a list that is the object of an exit verb
("after it pulled out of the Paris climate accord, the UN global compact on migration, UNESCO, as well as the Iran
nuclear deal": one exit per treaty of the rulebook, the compact giving nothing) or of a joining verb ("has
ratified the CWC, the BWC and the CTBT").
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span

from app.reading.vocabulary import PARTY_CONSENT_KINDS
from schemas.checks import Claim

_SHARED = frozenset({"withdrew", "effective_date", "notification_date"})
_EXIT_WORDS = {"from", "left", "leave", "leaves", "leaving", "quit", "quits", "quitting", "exited", "exit", "exits"}
_ENTRY_WORDS = {"joined", "join", "joins", "joining", "ratified", "ratify", "ratifies", "ratifying"}
_LEAD_IN = {"the", "its", "their", "his", "her", "both", "landmark"}
_BREAKS = {
    ".", ";", ":", "!", "?", "which", "that", "who", "whose", "when", "while", "where", "but", "because", "said",
    "says", "say", "after", "before", "since", "although", "though", "if", "unless", "whereas", "—", "–", "then",
}  # fmt: skip
_ENDS_AFTER = {
    "in", "on", "at", "under", "since", "after", "before", "when", "while", "because", "as", "last", "earlier",
    "this", "by", "during", "within", "but", "effective", "with", "over", "amid", "following", "until", "for",
    "and", "altogether", "entirely", "too", "also", "respectively", "so",
}  # fmt: skip
_MAX_GAP = 24
_CLOSERS = (("and",), ("and", "the"), ("as", "well", "as"), ("as", "well", "as", "the"))


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


def _list_start(ent: Span, clause: Span) -> str | None:
    """'exit' or 'entry' when ``ent`` opens the object of an exit verb ('pulled out of the', 'withdrew from',
    'quit') or a joining one ('ratified', 'joined'), in the clause; else None."""
    i = ent.start - 1
    while i >= clause.start and ent.start - i <= 3 and clause.doc[i].lower_ in _LEAD_IN:
        i -= 1
    if i < clause.start:
        return None
    word = clause.doc[i].lower_
    if word in _EXIT_WORDS or (word == "of" and i > 0 and clause.doc[i - 1].lower_ == "out"):
        return "exit"
    return "entry" if word in _ENTRY_WORDS else None


def _list_gap(gap: Span) -> tuple[bool, bool]:
    """Whether the words between two treaties of a list can separate them (a comma or 'and', no clause break,
    not too long), and whether they close the list ('and', 'as well as', 'along with')."""
    words = [t.lower_ for t in gap]
    while words[:1] in ([")"], ["]"]):
        words = words[1:]  # "the Joint Comprehensive Plan of Action [JCPOA], the ...": an acronym in brackets
    if not words or len(words) > _MAX_GAP or any(w in _BREAKS for w in words):
        return False, False
    if words[0] not in (",", "and"):
        return False, False
    if any(tuple(words[-len(closer) :]) == closer for closer in _CLOSERS):
        return True, True  # "..., the TPP deal as well as the Paris climate accord": the last item, no comma
    last_item = words[len(words) - 1 - words[::-1].index(",") + 1 :] if "," in words else words
    return True, last_item[:1] in (["and"], ["as"], ["along"])  # the last item opens with 'and', 'as well as'


def _list_ends(last: Span) -> bool:
    """Whether the list may end with ``last``: the sentence or a phrase ends there ('UNESCO said' is the start of
    another clause, not the end of a list)."""
    if last.end >= last.sent.end:
        return True
    after = last.doc[last.end]
    return after.is_punct or after.lower_ in _ENDS_AFTER


def listed(clause: Span) -> list[tuple[set[str], frozenset[str]]]:
    """The lists of three or more items, or two with a comma, a clause leaves or joins: each as the treaty ids it
    names and the claim kinds they share."""
    sentence = clause.sent
    ents = [e for e in sentence.ents if e.label_ == "TREATY"]
    found = []
    for at, first in enumerate(ents):
        if not clause.start <= first.start < clause.end or (kind := _list_start(first, clause)) is None:
            continue
        members, closed, last = [first], False, first
        for following in ents[at + 1 :]:
            if following.ent_id_ == last.ent_id_ and following.start - last.end <= 6:
                last = following  # "Iran nuclear agreement, officially known as the JCPOA [JCPOA]": one item
                continue
            joins, closes = _list_gap(sentence.doc[last.end : following.start])
            if not joins:
                break
            members.append(following)
            last = following
            if closes:
                closed = True
                break
        ids = {str(e.ent_id_) for e in members}
        if closed and len(ids) > 1 and _list_ends(last):
            found.append((ids, _SHARED if kind == "exit" else PARTY_CONSENT_KINDS))
    return found


def for_both(clause: Span, claims: list[Claim]) -> list[Claim]:
    """``claims``, with each exit claim about one treaty of a pair or list also made about the others."""
    if not claims:
        return claims  # nothing to make twins of (the pairs are looked for only then)
    groups = [({a, b}, _SHARED) for a, b in left_together(clause)] + listed(clause)
    if not groups:
        return claims
    out = list(claims)
    for claim in claims:
        for ids, kinds in groups:
            if claim.kind not in kinds or claim.treaty not in ids:
                continue
            for other in sorted(ids - {claim.treaty}):
                twin = claim.model_copy(update={"treaty": other})
                if not any((c.kind, c.treaty, c.state) == (twin.kind, twin.treaty, twin.state) for c in out):
                    out.append(twin)
    return out
