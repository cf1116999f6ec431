"""An organisation's name used as the modifier of another body's: 'Venezuela withdraws from World Bank arbitration
court' (Reuters, 2012), 'As Honduras leaves World Bank dispute forum' (El Faro, 2024). The body left is the one the
head noun names (the ICSID Centre, which the World Bank's name only places), not the organisation: membership of the
IBRD is untouched by a denunciation of the ICSID Convention (ICSID Convention Art. 71; IBRD Articles Art. VI)."""

from __future__ import annotations

from spacy.tokens import Span, Token

_BODIES = {"court", "tribunal", "panel", "forum", "agency", "centre", "center", "mechanism", "council", "commission",
           "committee"}  # fmt: skip
# another organ ('UN rights council', 'the UN Human Rights Council', 'World Bank arbitration court'), not an
# epithet of the organisation itself ("Council of Europe rights watchdog", "the UN body")


def modifies_a_body(ent: Span) -> bool:
    """The treaty's name is followed by one or two nouns of function and a body's noun ('World Bank arbitration
    court', 'World Bank dispute forum'): the name modifies that body."""
    doc = ent.doc
    end = min(ent.end + 3, ent.sent.end)
    words = [t for t in doc[ent.end : end]]
    for n, token in enumerate(words):
        if token.lower_ in _BODIES:
            return n >= 1 and all(_noun_like(w) for w in words[:n])
        if not _noun_like(token):
            return False
    return False


def _noun_like(token: Token) -> bool:
    """A word of function between the name and the body's noun: a content word, no name, verb ending or stop word."""
    return token.is_alpha and not token.ent_type_ and not token.is_stop and not token.lower_.endswith(("ed", "ing"))


_MEMBERS = {"member", "members", "states", "countries", "nations", "allies", "governments", "leaders", "diplomat",
            "diplomats", "officials", "ministers", "capitals", "partners"}  # fmt: skip


def names_its_members(ent: Span) -> bool:
    """'the seven EU member states that have signed but not yet ratified it', 'NATO allies', 'EU leaders': an
    organisation's name before a noun of its members (or their people) says who the states are, not which treaty a
    verb of the sentence is about; 'it' there is the treaty the article speaks of."""
    doc = ent.doc
    return ent.end < ent.sent.end and doc[ent.end].lower_ in _MEMBERS
