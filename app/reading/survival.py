"""Survival clauses in article text: how long a treaty goes on applying after a State's exit ("continues to apply
... for another 20 years", "for a 20-year period", "the 'sunset period' is 20 years", "will enjoy the protections of
the ECT for 20 years after Italy's withdrawal"). Such a period is not the notice period: Energy Charter Treaty
Art. 47(3) keeps the Treaty applying to investments made before the withdrawal takes effect "for a period of 20
years from such date", while Art. 47(2) makes the withdrawal itself take effect one year after the notice. The claim
is a rule claim, valued "<period> survival: <what survives>", for the checks service to judge against the treaty's
survival provision.
"""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.vocabulary import EXIT_WORDS

_ARTICLES = ("another", "a", "an")  # "for another 20 years", "for a 20-year period"


def survival_rule(period: str, preceding: list[str], following: list[str], clause: Span, start: int) -> str | None:
    """The survival claim a period at token ``start`` makes, if any (``preceding`` and ``following`` are the
    lower-cased words around it)."""
    lead = 1 if preceding[-1:] == ["for"] else 2 if preceding[-2:-1] == ["for"] and preceding[-1] in _ARTICLES else 0
    lead = 4 if preceding[-4:] == ["for", "a", "period", "of"] else lead  # "for a period of 20 years from ..."
    if lead and following[:1] == ["after"] and _names_an_exit(following[1:5]):  # "for 20 years after X's withdrawal"
        before = clause.doc[clause.start : start - lead].text.strip(" ,;")
        return _kept(f"{period} survival: {before}, after {' '.join(_until_punct(following[1:5]))}")
    if lead and following[:1] == ["from"] and _names_an_exit(following[1:9]):  # "from the date on which the
        survives = _what_survives(clause, start - lead)  # withdrawal takes effect"
        if survives:
            return _kept(f"{period} survival: {survives}, from {' '.join(_until_punct(following[1:9]))}")
    if following[:1] in (["after"], ["from"], ["following"], ["since"]):
        return None  # "bound for six months after its notification": a period from an event, not a survival
    if lead:
        survives = _what_survives(clause, start - lead)
        if survives:  # "continues to apply ... for another 20 years", "... for a 20-year period"
            return _kept(f"{period} survival: {survives}")
    if _sunset_named(clause, start):  # "the 'sunset period', is 20 years"
        survives = _what_survives(clause, start).removesuffix(" is").removesuffix(" are").rstrip(" ,;")
        return _kept(f"{period} survival: {survives or 'sunset period'}")
    return None


def _what_survives(clause: Span, end: int) -> str:
    """'the ECT continues to apply for pre-existing investments under its sunset clause' (before 'for another 20
    years'), 'binds its members to its provisions' (before 'for 20 years'): what the treaty goes on doing after an
    exit, from its verb to the period; '' when the clause says nothing of the kind."""
    doc = clause.doc
    words = doc[clause.start : end]
    verbs = [t for t in words if t.lemma_ in ("bind", "survive") or t.lower_ == "sunset"]
    verbs += [t for t in words if t.lemma_ == "continue" and doc[t.i + 1 : t.i + 3].text.lower() == "to apply"]
    verbs += [t for t in words if t.lemma_ == "remain" and doc[t.i + 1 : t.i + 2].text.lower() in ("subject", "bound")]
    if not verbs:  # "it remains subject to its obligations for twenty years"
        return ""
    return doc[min(t.i for t in verbs) : end].text.rstrip(" ,;")


def _sunset_named(clause: Span, start: int) -> bool:
    """The clause names the sunset period or clause before the period ('commonly known as the "sunset period", is
    20 years')."""
    return any(t.lower_ == "sunset" for t in clause.doc[clause.start : start])


def _names_an_exit(words: list[str]) -> bool:
    return any(w.removesuffix("'s").removesuffix("’s") in EXIT_WORDS for w in _until_punct(words))


def _until_punct(words: list[str]) -> list[str]:
    out = []
    for word in words:
        if word in (",", ".", ";", "i.e.", "and"):
            break
        out.append(word)
    return out


_LONGEST = 190  # a claim's value holds 200 characters


def _kept(value: str) -> str:
    """The value, its last words dropped when a long clause makes it longer than a claim's value may be."""
    return value if len(value) <= _LONGEST else value[:_LONGEST].rsplit(" ", 1)[0]
