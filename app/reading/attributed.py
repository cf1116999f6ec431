"""A rule told as a treaty's own clause: 'Under the organization's charter, the withdrawal takes effect one year after
notice is given' (India Awaaz, January 2026, of the WHO). The WHO Constitution has no withdrawal clause: the one-year
notice is the United States' reservation of 1948 (22 U.S.C. 290c), so a rule attributed to the charter is partly right
(tests/data/articles/README.md 'Label decisions (h-judge, session 18)'). The reader keeps the attribution in the rule
claim's value ('P1Y after notice is given under the charter'); the judge reads it (app/services/rule_claims.py
``under_treaty``)."""

from __future__ import annotations

from spacy.tokens import Span

_INSTRUMENTS = {"charter", "constitution"}  # an organisation's founding text, which may have no withdrawal clause (the
# WHO's); 'Under the treaty / convention / agreement, ...' names the instrument whose clause the rule is, nothing to add
_NOT_THE_TREATY = {"law", "laws", "resolution", "reservation", "act", "statutes", "legislation", "congress"}


def attributed_to_treaty(clause: Span) -> str:
    """' under the charter' when the sentence opens 'Under the/its [up to three words] charter|constitution,' before
    the clause; '' otherwise ('Under U.S. law', 'Under the 1948 joint resolution', 'Under Article 127' name no treaty
    as a whole; 'Under the treaty' the treaty itself)."""
    sent = clause.sent
    words = [t.lower_ for t in sent[: min(len(sent), 8)]]
    if words[:1] != ["under"] or words[1:2] not in (["the"], ["its"]):
        return ""
    for word in words[2:7]:
        if word in (",", ";") or word in _NOT_THE_TREATY:
            return ""
        if word in _INSTRUMENTS:
            return f" under the {word}"
    return ""
