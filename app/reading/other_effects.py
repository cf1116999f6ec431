"""Effects that are not a withdrawal's: 'the ban went into effect globally in 1986', 'the sanctions took effect
on Monday', 'the moratorium came into force'. A measure named as the subject of the effect verb is neither the
exit nor the treaty, whatever state the article is about (the reader gives such a sentence no claim)."""

from __future__ import annotations

from spacy.tokens import Span

# Measures news says take effect, none of them a withdrawal nor a treaty (a language fact, not a legal one).
_MEASURES = {"ban", "bans", "moratorium", "sanction", "sanctions", "embargo", "embargoes", "tariff", "tariffs",
             "ceasefire", "truce", "quota", "quotas"}  # fmt: skip
_BOUNDARIES = {",", ";", "and", "but", "while", "whereas"}


def effect_of_a_measure(verb: Span, withdrawal_nouns: set[str]) -> bool:
    """The words from the clause's last boundary to the effect verb name a measure and no withdrawal."""
    doc = verb.doc
    start = verb.sent.start
    for i in range(verb.start - 1, verb.sent.start - 1, -1):
        if doc[i].lower_ in _BOUNDARIES:
            start = i + 1
            break
    subject = {t.lower_ for t in doc[start : verb.start] if t.ent_type_ != "TREATY"}  # not "the Mine Ban Treaty"
    return bool(subject & _MEASURES) and not subject & withdrawal_nouns
