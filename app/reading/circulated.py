"""The depositary passing a notice on: '"The Secretary-General...informed all concerned states that the withdrawal
will take effect for the Philippines on 17 March," UN spokesperson Eri Kaneko said' (The ASEAN Post/AFP, 17 March
2019). A depositary informs the States of the notices it receives (VCLT Art. 77(1)(e), 78); informing them is its
circulation of a State's notice, not the notice itself, which reached it earlier (the Philippines', on 17 March 2018).
A State's own notice to the other parties ('Russia notified all participating states of its decision') stays one.
"""

from __future__ import annotations

from spacy.tokens import Span

_TELLING = {"inform", "notify", "advise", "tell"}
_DEPOSITARY = {"secretary-general", "depositary", "depositaries", "depository", "secretariat", "general"}
_ADDRESSEES = {"states", "parties", "members", "governments", "signatories", "countries", "nations"}
_REACH = 6  # words between the depositary and its verb ("The Secretary-General ... informed"), and after it


def depositary_circulates(verb: Span, clause: Span) -> bool:
    """The clause's notice verb has the depositary before it and the States as its object."""
    if verb[0].lemma_.lower() not in _TELLING:
        return False
    doc = clause.doc
    before = [t.lower_ for t in doc[max(clause.start, verb.start - _REACH) : verb.start]]
    after = [t.lower_ for t in doc[verb.end : min(clause.end, verb.end + _REACH)]]
    depositary = any(w in _DEPOSITARY for w in before) and not ("general" in before and "secretary" not in before)
    told = after[: after.index("that")] if "that" in after else after  # the object, before what it is told
    return depositary and any(w in _ADDRESSEES for w in told)
