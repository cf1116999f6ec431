"""How a named entity counts: a leader in office stands for his state, a treaty's name with a version number
('Brexit 2.0') is a figure of speech, an organisation's acronym says less about the treaty than its full name.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from spacy.tokens import Doc, Span

from app.reading.leaders import state_on
from app.reading.pipeline import Reading
from app.reading.vocabulary import BODY_NOUNS, EXIT_HEADS, GENERIC_TREATY, GOVERNING, INSTRUMENT_NOUNS, MEMBERSHIP_NOUNS


def leaders_as_states(doc: Doc, reading: Reading, published: dt.date) -> Doc:
    """A leader's name in office on the publication date stands for the state, as a capital does ('Trump withdraws
    from Climate Agreement'); out of office, it names no one (app/reading/leaders.py)."""

    def in_office(ent: Span) -> str | None:
        state = state_on(reading.gazetteer.leaders, ent.text, published) or _signed_in_office(ent, reading, published)
        state = state or _named_as_former(ent, reading, published)
        return state if state and not _under(ent) else None

    return relabelled(doc, "LEADER", "CAPITAL", in_office)


_CONSENTED = {"signed", "ratified"}
_TITLES = {"president", "prime", "minister", "then-president", "former"}


def _signed_in_office(ent: Span, reading: Reading, published: dt.date) -> str | None:
    """'The ICC treaty – which was signed by President Bill Clinton', 'the agreement, which Barack Obama signed in
    2015': a former leader named as the agent of a treaty's signature or ratification signed it in office (a head of
    state's consent is an act of the office, VCLT Art. 7(2)(a)), so the name stands for the state his one tenure
    before the report was of; None otherwise."""
    doc = ent.doc
    i = ent.start - 1
    while i > 0 and doc[i].lower_ in _TITLES:
        i -= 1
    passive = i >= 1 and doc[i].lower_ == "by" and doc[i - 1].lower_ in _CONSENTED
    if not (passive or _signs_next(ent)):
        return None
    tenures = reading.gazetteer.leaders.get(ent.text, [])
    states = {t.state for t in tenures if t.end is not None and t.end <= published}
    return states.pop() if len(states) == 1 else None


_BEFORE_CONSENT = {"had", "has", "personally", "formally", "himself", "herself", "also", "then", "later", "eventually",
                   "subsequently"}  # fmt: skip


def _signs_next(ent: Span) -> bool:
    """'the agreement, which Barack Obama signed in 2015': the name is the subject of 'signed' or 'ratified' right
    after it (over an auxiliary or an adverb)."""
    doc = ent.doc
    i = ent.end
    while i < len(doc) and doc[i].lower_ in _BEFORE_CONSENT:
        i += 1
    return i < len(doc) and doc[i].lower_ in _CONSENTED


_OFFICE_WORDS = {"president", "prime", "minister", "chancellor", "premier", "-", "then-president"}


def _named_as_former(ent: Span, reading: Reading, published: dt.date) -> str | None:
    """'Then-President Joe Biden later rejoined the agreement', 'Former President Donald Trump withdrew the U.S.': a
    leader the sentence itself places in an office held before the report ('then', 'former' before the title), as
    the subject of the verb right after his name, acts for the state of that office, as in it (the one state his
    tenures ended by the report were of); None otherwise (a former leader named bare speaks for no one)."""
    doc = ent.doc
    i = ent.start - 1
    titled = False
    while i >= 0 and doc[i].lower_ in _OFFICE_WORDS:
        titled = titled or doc[i].lower_ not in ("-",)
        i -= 1
    marked = i >= 0 and doc[i].lower_ in ("then", "former")
    if not (titled and marked) and not (ent.start > 0 and doc[ent.start - 1].lower_ == "then-president"):
        return None
    if ent.end >= len(doc) or doc[ent.end].is_punct:
        return None  # "which his predecessor, then President Rodrigo Duterte, did to withdraw": an aside, not the
        # subject of the verb that follows it
    tenures = reading.gazetteer.leaders.get(ent.text, [])
    states = {t.state for t in tenures if t.end is not None and t.end <= published}
    return states.pop() if len(states) == 1 else None


def relabelled(doc: Doc, label: str, new_label: str, state_of: Callable[[Span], str | None]) -> Doc:
    """The doc with each ``label`` entity made a ``new_label`` entity of the state ``state_of`` gives, or dropped."""
    if not any(e.label_ == label for e in doc.ents):
        return doc
    ents = []
    for ent in doc.ents:
        if ent.label_ != label:
            ents.append(ent)
        elif state := state_of(ent):
            ents.append(Span(doc, ent.start, ent.end, label=new_label, span_id=state))
    doc.ents = ents
    return doc


_VERSION = re.compile(r"^\d+\.\d+$")


def figures_dropped(doc: Doc) -> Doc:
    """'Brexit 2.0: The United Kingdom Leaves the Energy Charter Treaty': a name with a version number is a figure
    of speech for another exit, not a mention of the treaty it names (the TEU)."""
    figures = [
        e
        for e in doc.ents
        if e.label_ == "TREATY" and e.end < len(doc) and (_VERSION.match(doc[e.end].text) or agent_of_another(e))
    ]
    if figures:
        doc.ents = [e for e in doc.ents if e not in figures]
    return doc


_AGENCY = {"backed", "led", "brokered", "sponsored", "funded", "run", "mandated", "sanctioned", "appointed",
           "affiliated", "linked", "supported", "organised", "organized", "administered", "authorised", "authorized",
           "commissioned", "monitored", "chaired", "hosted"}  # fmt: skip


def agent_of_another(ent: Span) -> bool:
    """'Around 60 members from the UN-backed OPCW' (The Hindu, 2013), 'the NATO-led coalition of 50 countries', 'a
    UN-brokered ceasefire': an organisation's name joined by a hyphen to a participle of agency describes another
    body or act by the organisation's part in it; it is no mention of the organisation's founding treaty (not
    'NATO-member Turkey', 'EU-Mercosur': no participle)."""
    doc = ent.doc
    return (
        ent.end + 1 < len(doc)
        and doc[ent.end].text in ("-", "–")
        and doc[ent.end].whitespace_ == ""
        and doc[ent.end + 1].lower_ in _AGENCY
    )


def places_in_names(doc: Doc) -> Doc:
    """'the Ottawa Mine Ban Convention': a capital written right before a treaty's name is a word of that name
    (the city it was signed in), not the government acting; the two are one mention of the treaty."""
    ents = list(doc.ents)
    merged: list[Span] = []
    for n, ent in enumerate(ents):
        after = ents[n + 1] if n + 1 < len(ents) else None
        if ent.label_ == "CAPITAL" and after is not None and after.label_ == "TREATY" and after.start == ent.end:
            merged.append(Span(doc, ent.start, after.end, label="TREATY", span_id=after.ent_id_))
        elif not (merged and merged[-1].end == ent.end):
            merged.append(ent)
    if len(merged) < len(ents):
        doc.ents = merged
    return doc


_LEFT = {"withdraw", "leave", "quit", "exit", "pull", "depart", "ditch", "abandon", "withdrawal", "departure"}


def places_left(doc: Doc, places: dict[str, str]) -> Doc:
    """'five States that withdrew from Ottawa in 2025', 'Trump quit Paris': a capital that begins one treaty's names
    (gazetteer ``places``), as what an exit leaves, is that treaty, not the government."""
    ents = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if ent.label_ != "CAPITAL" or ent.text not in places or ent.start == 0:
            continue
        before = doc[max(0, ent.start - 3) : ent.start]
        direct = doc[ent.start - 1].lemma_ in ("quit", "exit", "ditch", "abandon")  # not "left Ottawa on Monday"
        after_from = doc[ent.start - 1].lower_ in ("from", "of") and any(t.lemma_ in _LEFT for t in before)
        if direct or after_from:
            ents[n] = Span(doc, ent.start, ent.end, label="TREATY", span_id=places[ent.text])
            changed = True
    if changed:
        doc.ents = ents
    return doc


def places_of_exits(doc: Doc, places: dict[str, tuple[str, ...]], named: set[str]) -> Doc:
    """'the country's Paris exit', 'Finland's Ottawa withdrawal': a capital that begins treaties' names (gazetteer
    ``place_treaties``), written right before an exit noun, is the treaty left, not the government: the one treaty
    it begins, or where it begins several the one of them the article names ('Paris': the Paris Agreement in an
    article that names it, not the CWC's 'Paris Convention'). Not 'the Paris withdrawal from NATO' (another treaty
    left)."""
    ents: list[Span | None] = list(doc.ents)
    changed = False
    for n, ent in enumerate(ents):
        if ent is None or ent.label_ != "CAPITAL" or ent.end >= len(doc) or doc[ent.end].lower_ not in EXIT_HEADS:
            continue
        if ent.end + 1 < len(doc) and doc[ent.end + 1].lower_ == "from":
            continue
        ids = places.get(ent.text, ())
        chosen = list(ids) if len(ids) == 1 else [i for i in ids if i in named]
        if len(chosen) == 1:
            ents[n] = Span(doc, ent.start, ent.end, label="TREATY", span_id=chosen[0])
            changed = True
        elif ids and ent.start > 0 and doc[ent.start - 1].lower_ in ("'s", "’s", "'", "’", "its", "their"):
            ents[n] = None  # "the US's Paris exit" where the article names both: a treaty's place, not the government
            changed = True
    if changed:
        doc.ents = [e for e in ents if e is not None]
    return doc


def _under(ent: Span) -> bool:
    """'under President Donald Trump', 'talks with Putin': the leader is not the one acting (over his titles)."""
    i = ent.start - 1
    while i >= 0 and (ent.doc[i].is_title or ent.doc[i].is_upper) and not ent.doc[i].is_sent_start:
        i -= 1
    return i >= 0 and ent.doc[i].lower_ in GOVERNING - {"by"} | {"under", "of"}


_DESCRIBED = {"established", "founded", "created", "headquartered", "based", "set"}


def mention_weight(ent: Span) -> float:
    """How much a mention says which treaty the article discusses: a name 1; an organisation's acronym ('NATO's
    allies', 'leave the WHO') 0.5; the acronym as the organisation acting ('NATO said', 'NATO on Tuesday
    announced') nothing: it is the body speaking, not the treaty 'the deal' then refers to."""
    if members_of(ent):
        return 0.0  # "six countries of the former Warsaw Pact": a group of states, not the treaty discussed
    if str(ent.ent_id_) in LAW_OF_TREATIES:
        return 0.0  # "In line with the Vienna Convention on the Law of Treaties, the withdrawal ...": the law applied
    if not ent.text.isupper():
        return 1.0
    described = ent.doc[ent.end + 1 : ent.end + 2] if ent.end + 1 < len(ent.doc) else None
    if described and ent.doc[ent.end].text == "," and described[0].lower_ in _DESCRIBED:
        return 1.0  # "The ICC, established in 2002 and headquartered in The Hague, was designed to ...": the
        # organisation described as the subject the paragraph is about
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    acting = (
        following is not None
        and following.is_lower
        and following.is_alpha
        and following.lower_ not in GENERIC_TREATY
        and following.lower_ not in ("and", "or", "of", "to", "in", "as")
        and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("from", "of", "to", "the", "with", "quit"))
    )
    return 0.0 if acting else 0.5


def groups_named(ent: Span) -> bool:
    """'members of both the EU and NATO': the groups the states belong to, not the treaty a clause is about."""
    doc = ent.doc
    return members_of(ent) and any(t.lower_ == "both" for t in doc[max(0, ent.start - 6) : ent.start])


_GROUP_HEADS = {
    "countries", "country", "states", "state", "nations", "nation", "member", "members", "allies", "ally", "partners",
    "governments", "capitals", "council", "commission", "lawmakers", "legislators", "leaders", "ministers",
    "diplomats",
}  # fmt: skip
_ORGAN_HEADS = {
    "body", "bodies", "institution", "institutions", "agency", "agencies", "conference", "summit", "committee",
    "assembly", "officials", "chief", "talks", "office", "offices", "organs", "programmes", "programs",
}  # fmt: skip  # "an EU body", "the UN agency", "a UN conference", "the UN General Assembly": one of its organs;
# "abandoned United Nations agencies", "at the United Nations offices in Geneva": its agencies and premises
# an organ that settles disputes, named after a word for what it does ('the World Bank arbitration court'); right
# after the name ('the ICC court', 'the ICSID tribunal') the name may be the court's own treaty
_SEAT_HEADS = {"forum", "court", "tribunal", "tribunals", "panel", "panels"}
# what an organisation keeps or says ("according to a UN database", "a UN source said", "a UN report"): its records
_RECORD_HEADS = {"database", "data", "source", "sources", "report", "reports", "figures", "list", "tally", "website",
                 "spokesman", "spokeswoman", "spokesperson", "envoy", "experts"}  # fmt: skip
# an instrument made under an organisation ("a landmark UN treaty", "UN treaties", "an ILO convention"), not the
# organisation's own founding treaty ("the NATO treaty"): told with 'a' or in the plural
_INSTRUMENT_HEADS = {"treaty", "convention", "agreement", "pact", "accord", "protocol"}


def _head_after(ent: Span) -> str:
    """The noun an organisation's name modifies: the word after it, over a name's capitalised words ('the UN
    Intergovernmental Negotiating Committee', 'the UN General Assembly')."""
    doc = ent.doc
    i = ent.end
    while i < min(ent.end + 3, len(doc) - 1) and doc[i].is_title and doc[i].lower_ not in _GROUP_HEADS | _ORGAN_HEADS:
        i += 1
    return _organ_over_modifiers(doc, i) or (doc[i].lower_ if i < len(doc) else "")


def _organ_over_modifiers(doc: Doc, i: int) -> str | None:
    """'the World Bank arbitration court', 'World Bank dispute forum', 'the UN climate talks': one or two lower-case
    words between the organisation's name and a noun for one of its organs say which organ: the Bank's 'arbitration
    court' is ICSID's Centre (ICSID Convention Arts. 1-2, its seat at the Bank's principal office), left by denouncing
    that Convention (Art. 71), not the Bank's Articles. None when the words lead to no such noun ('the EU withdrawal
    agreement'), or when they are a phrase's small words ('the ICC as a court')."""
    for j in range(i, min(i + 3, len(doc))):
        if doc[j].lower_ in _ORGAN_HEADS or (j > i and doc[j].lower_ in _SEAT_HEADS):
            return "body" if j > i else None
        if not (doc[j].is_alpha and doc[j].is_lower) or doc[j].is_stop or doc[j].lower_ in _GROUP_HEADS:
            return None
    return None


def names_an_organ(name: Span) -> bool:
    """'United Nations agencies', 'the United Nations Human Rights Council', 'the EU Council': the organisation's name
    before a noun for its organs, which a state leaves without leaving the organisation."""
    return _head_after(name) in _ORGAN_HEADS | {"council", "councils"}


def modifies_a_group(ent: Span, clause: Span, treaty: str | None = None) -> bool:
    """'The agreement has not yet been ratified in several EU countries': an organisation's name (``treaty``: its
    founding treaty, when ``ent`` is no entity) before a noun for its members names who is meant, not the treaty the
    clause is about, when the clause names that treaty (by name or as 'the agreement'); without one it may be the
    treaty ('the 34 OAS member states', 'the first EU member state to leave the bloc'). Before a noun for one of its
    organs or meetings ('which is not an EU body', 'the UN body received a letter', 'countries under the UN
    Intergovernmental Negotiating Committee') it is never the treaty."""
    head = _head_after(ent)
    if head in _ORGAN_HEADS or head in _RECORD_HEADS or _another_instrument(ent, head):
        return True
    if _place_of_members(ent, clause):
        return True
    if head not in _GROUP_HEADS:
        return False
    own = treaty or str(ent.ent_id_)
    other = any(
        e.label_ == "TREATY" and str(e.ent_id_) != own and _head_after(e) not in _ORGAN_HEADS for e in clause.ents
    )
    named = (t for t in clause if t.i not in range(ent.start, ent.end))
    return other or any(t.lower_ in GENERIC_TREATY - BODY_NOUNS for t in named)


def _place_of_members(ent: Span, clause: Span) -> bool:
    """'although every country in the European Union is a member': an organisation after 'in' or 'within' a noun for
    states names where the states are; the membership the clause predicates with no 'of' or 'to' ('is a member',
    'are parties') is of the treaty the article is about, not of the organisation."""
    doc = ent.doc
    at = ent.start - 1 - (ent.start > 0 and doc[ent.start - 1].lower_ == "the")
    if at < 1 or doc[at].lower_ not in ("in", "within"):
        return False
    if doc[at - 1].lower_ not in ("country", "countries", "state", "states", "nation", "nations"):
        return False
    after = [t for t in clause if t.i >= ent.end]
    return any(
        t.lower_ in MEMBERSHIP_NOUNS and (t.i + 1 >= len(doc) or doc[t.i + 1].lower_ not in ("of", "to", "in"))
        for t in after
    )


def _another_instrument(ent: Span, head: str) -> bool:
    """'A landmark UN treaty to safeguard marine biodiversity', 'two UN conventions', 'an ILO convention': an
    instrument made under the organisation, one of many (an indefinite article before the name, over at most two
    modifiers, or the noun in the plural: 'Russia ends participation in Council of Europe treaties'), not its
    founding treaty ('the NATO treaty', 'the EU treaties' aside)."""
    singular = head[:-3] + "y" if head.endswith("ies") else head.rstrip("s")  # "treaties": "treaty"
    if singular not in _INSTRUMENT_HEADS:
        return False
    if head.endswith("s") and head != "accords":
        return not any(t.lower_ == "the" for t in ent.doc[max(0, ent.start - 2) : ent.start])
    before = [t.lower_ for t in ent.doc[max(0, ent.start - 3) : ent.start]]
    return any(w in ("a", "an") for w in before)


_INSTRUMENTS = {"agreement", "agreements", "deal", "deals", "pact", "accord", "treaty", "partnership"}
_CONCLUDED = {"sign", "conclude", "reach", "strike", "seal", "finalise", "finalize"}


def party_to_another(ent: Span) -> bool:
    """'the EU-Mercosur agreement', 'The European Union and the Mercosur bloc formally signed a free trade
    agreement', 'EU and Mercosur sign trade deal', 'negotiations between the European Union and the Mercosur bloc':
    an organisation named as a party to another instrument (joined by a hyphen to its partner before the
    instrument's noun, the subject that signs a new one, one side of 'between'), not its own founding treaty."""
    doc, sent = ent.doc, ent.sent
    if any(t.lower_ in INSTRUMENT_NOUNS for t in ent):
        return False  # "between the Ottawa Convention and ...": a treaty's own name
    after = ent.end + 1 < sent.end and doc[ent.end].text in ("-", "–") and doc[ent.end + 1].text[:1].isupper()
    before = (
        ent.start >= sent.start + 2 and doc[ent.start - 1].text in ("-", "–") and doc[ent.start - 2].text[:1].isupper()
    )
    if after or before:
        return any(t.lower_ in _INSTRUMENTS for t in doc[ent.end : min(ent.end + 6, sent.end)])
    if any(t.lower_ == "between" for t in doc[max(sent.start, ent.start - 6) : ent.start]):
        return True
    if _deal_of(ent):
        return True
    verb = next((t for t in doc[ent.end : min(ent.end + 14, sent.end)] if t.lemma_ in _CONCLUDED), None)
    if verb is None or any(t.is_punct and t.text not in "()" for t in doc[ent.end : verb.i]):  # "(EU)"
        return False
    following = doc[verb.i + 1 : min(verb.i + 7, sent.end)]
    new = following[:1].text.lower() in ("a", "an") or not any(t.lower_ in ("the", "its", "their") for t in following)
    return new and any(t.lower_ in _INSTRUMENTS for t in following)  # not "signed the Treaty of Asuncion": its own


_DEALS = {"agreement", "agreements", "deal", "deals"}
_DEAL_KINDS = {"trade", "free", "association", "partnership", "economic", "investment", "commercial", "cooperation",
               "co-operation", "pandemic", "-", "–"}  # fmt: skip


def _deal_of(ent: Span) -> bool:
    """'Mercosur Agreement Faces Rejection in France' (Clam Report, November 2024), 'the Mercosur trade deal', 'the EU
    free trade agreement with Japan', 'the WHO pandemic agreement': an organisation's name before a deal or an
    agreement of a kind (trade, association, pandemic) names an instrument the organisation concluded, not its own
    founding treaty; so does the bare title 'Agreement' or 'Deal' after a name that is no acronym (the Marrakesh
    Agreement is 'the WTO Agreement'). Not 'the Mercosur treaty', 'the NATO treaty', 'the Paris climate deal' (one
    entity, the treaty's own name)."""
    doc, sent = ent.doc, ent.sent
    i = ent.end
    while i < sent.end and i < ent.end + 3 and doc[i].lower_ in _DEAL_KINDS:
        i += 1
    if i >= sent.end or doc[i].lower_ not in _DEALS:
        return False
    kinds = any(t.lower_ in _DEAL_KINDS and t.is_alpha for t in doc[ent.end : i])
    return kinds or (i == ent.end and doc[i].text[:1].isupper() and not ent.text.isupper())


_PROTOCOLS = {"protocol", "protocols", "amendment", "amendments"}


def protocol_to(ent: Span) -> bool:
    """'ratified the protocol on Sweden's accession to NATO', 'signed Sweden's NATO accession protocol', 'the
    Protocol on the Kingdom of Sweden's Participation in the North Atlantic Treaty': a protocol to the treaty that the
    rulebook does not hold is named, not the treaty (one it holds is an entity of its own: 'the Kyoto Protocol')."""
    doc, sent = ent.doc, ent.sent
    after = [t.lower_ for t in doc[ent.end : min(ent.end + 3, sent.end)]]
    if after[:1] in (["protocol"], ["accession"]) and "protocol" in after:
        return True
    for token in reversed(doc[max(sent.start, ent.start - 10) : ent.start]):
        if token.lower_ in _PROTOCOLS and not token.ent_type_:
            return True
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.lower_ == "agreement" and following in ("under", "implementing", "relating") and not token.ent_type_:
            return True  # "the Agreement under the United Nations Convention on the Law of the Sea on ..."
        if (token.is_punct and token.text not in ("'s", "’s", "’", "‘", "'")) or token.pos_ in ("VERB", "AUX"):
            return False
    return False


LAW_OF_TREATIES = frozenset({"vclt", "vienna-convention-law-treaties"})  # the general law, not a treaty left
_MEMBER_NOUNS = {"countries", "states", "members", "nations", "member"}


def members_of(ent: Span) -> bool:
    """'countries of the former Warsaw Pact', 'members of the alliance': the treaty names the group the states
    belong to."""
    doc = ent.doc
    words = [t.lower_ for t in doc[max(0, ent.start - 4) : ent.start]]
    while words and words[-1] in ("the", "former", "then", "both"):
        words.pop()
    if ent.start >= 2 and doc[ent.start - 1].lower_ == "and":  # "members of both the EU and NATO": both
        earlier = [e for e in doc.ents if e.end == ent.start - 1 and e.label_ == "TREATY"]
        return bool(earlier) and members_of(earlier[0])
    return len(words) >= 2 and words[-1] == "of" and words[-2] in _MEMBER_NOUNS
