"""'Withdraw' with an object that is not the treaty: 'Jamaica Withdraws the Right of Individual Petition under the
International Covenant on Civil and Political Rights' (AJIL, 1998), 'withdrew its reservation to the Covenant',
'withdrew its troops'. A State withdraws from a treaty ('withdraws from', VCLT Arts. 54, 56) or withdraws the State or
its instrument ('withdraw the country from the ICC', 'withdrawing its ratification'); withdrawing a right, a
reservation (VCLT Art. 22), a declaration or an objection under a treaty leaves the State a party."""

from __future__ import annotations

from spacy.tokens import Span

_THINGS = {"right", "rights", "reservation", "reservations", "declaration", "declarations", "objection", "objections",
           "troops", "forces", "ambassador", "envoy", "funding", "support", "proposal", "bill", "amendment", "motion",
           "candidacy", "nomination", "complaint", "lawsuit", "claim", "claims", "case", "request", "offer",
           "recognition", "consent"}  # fmt: skip
_BEFORE_NOUN = {"the", "its", "their", "a", "an", "his", "her", "our", "all", "some", "last", "remaining", "earlier"}


def withdraws_a_thing(verb: Span) -> bool:
    """The withdraw verb's object, right after it, is a right, a reservation, troops ...: not an exit from the
    treaty named after it ('consent' only when not 'consent to be bound', which is the treaty itself)."""
    if not verb[-1].lower_.startswith("withdr"):
        return False
    doc = verb.doc
    i = verb.end
    while i < min(len(doc), verb.end + 3) and (doc[i].lower_ in _BEFORE_NOUN or doc[i].text in ("'s", "’s")):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _THINGS:
        return False
    bound = doc[i + 1 : i + 4].text.lower()
    return not (doc[i].lower_ == "consent" and bound.startswith("to be bound"))


_SOME = {"several", "many", "various", "numerous", "multiple", "some"}
_BODIES = {"entities", "bodies", "agencies", "organizations", "organisations", "institutions", "forums", "fora",
           "treaties", "agreements", "pacts", "accords", "conventions"}  # fmt: skip


def left_unnamed_bodies(verb: Span) -> bool:
    """'Trump ... left several entities of the multilateral organization' (Radio Cadena Agramonte, 2021): an exit from
    bodies the sentence leaves unnamed and uncounted ('several', 'many', 'a number of' + a plural), no exit from the
    treaty last named; counted ones are counted_exits.py's ('quits two more international organisations')."""
    if verb[-1].lower_ not in ("left", "leave", "leaves", "quit", "quits", "exited", "exits", "abandoned"):
        return False
    doc = verb.doc
    words = [t.lower_ for t in doc[verb.end : min(len(doc), verb.end + 4)]]
    if words[:3] == ["a", "number", "of"] or words[:3] == ["a", "host", "of"]:
        words = ["several", *words[3:]]
    return len(words) >= 2 and words[0] in _SOME and words[1] in _BODIES
