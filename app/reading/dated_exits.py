"""An exit told with no object and its day right after: 'therefore, the three countries officially withdrew this
Saturday' (Lianhe Zaobao, 28 December 2025, the Ottawa Convention named in the sentences before), 'Lithuania formally
withdrew on 27 December'. The verb names no treaty; the subject is a State or a group of States, and the day follows
at once, so the exit is of the treaty the article's withdrawal is about (app/reading/treaty_refs.py `treaty_for`, the
bare branch). Not 'the troops withdrew on Saturday' (no State the subject), 'withdrew its ambassador on Monday' (an
object), 'Russia withdrew from the talks on Saturday' ('from' is an object the treaty reader judges)."""

from __future__ import annotations

from spacy.tokens import Span

_EXIT_VERBS = {"withdrew", "left", "quit", "exited"}
_DAY_STARTS = {"on", "this", "last"}  # "on Saturday", "on 27 December", "this Saturday", "last Friday"
_ADVERBS = {"also", "then", "finally", "now", "thus"}  # between the subject and the verb; and any "-ly" word
_GROUP_NOUNS = {"countries", "states", "nations", "governments"}  # "the three countries"


def dated_bare_exit(verb: Span) -> bool:
    """An exit verb in the past with nothing between it and a day ('withdrew this Saturday', 'left on 1 July') whose
    subject is a State or a group of States ('the three countries', 'the Baltic states')."""
    first, doc = verb[0], verb.doc
    if len(verb) != 1 or first.lower_ not in _EXIT_VERBS or verb.end >= len(doc):
        return False
    extended = doc[verb.end].lower_ not in _DAY_STARTS  # "withdrew in 2016": only where an exit from a treaty was told
    if extended and not (_in_a_year(verb) and _exit_told_before(verb)):
        return False
    i = first.i - 1
    while i >= verb.sent.start and (doc[i].lower_.endswith("ly") or doc[i].lower_ in _ADVERBS):  # "officially"
        i -= 1
    if i < verb.sent.start:
        return False
    subject = doc[i]  # the word right before the verb and its adverbs (the pipeline has no parser or tagger)
    if subject.lower_ in ("which", "who") and i - 2 >= verb.sent.start and doc[i - 1].text == ",":
        if not _exit_told_before(verb):
            return False  # "The Philippines, which left in 2019, remains under investigation": no treaty's exit told
        subject = doc[i - 2]  # "Together with Italy, which withdrew in 2016," (IISD, 26 December 2022; batch 53)
    return subject.ent_type_ == "STATE" or subject.lower_ in _GROUP_NOUNS


_EXIT_WORDS = {"withdrawal", "withdrawals", "withdraw", "withdrew", "withdrawn", "exit", "exits", "leave", "leaving",
               "quit", "quitting"}  # fmt: skip


def _exit_told_before(verb: Span) -> bool:
    """An exit from a named treaty told before the verb ('seven EU member states have announced withdrawals from the
    Energy Charter Treaty'): what 'which withdrew in 2016' continues."""
    doc = verb.doc
    for token in doc[max(0, verb.start - 80) : verb.start]:
        if token.lower_ in _EXIT_WORDS and any(t.ent_type_ == "TREATY" for t in doc[token.i + 1 : token.i + 7]):
            return True
    return False


def _in_a_year(verb: Span) -> bool:
    """'withdrew in 2016', 'left in March 2019': 'in' and a year or a month right after the verb."""
    doc = verb.doc
    if verb.end + 1 >= len(doc) or doc[verb.end].lower_ != "in":
        return False
    year = doc[verb.end + 1]
    return (year.like_num and len(year.text) == 4) or year.lower_ in _MONTHS


_MONTHS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december"}  # fmt: skip
