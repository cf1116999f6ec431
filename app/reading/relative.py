"""The subject of a verb after a relative 'who': 'followed the same move by Burundi and South Africa who both
notified the United Nations in October' - the states right before 'who' act (the list the pronoun stands for), not
the subject of the main clause (the Gambia), and though they follow 'by'."""

from __future__ import annotations

from spacy.tokens import Span, Token

_DASHES = ("-", "—", "–")

# Words that may stand between 'who' and its verb: "who both notified", "who had also given notice".
_BETWEEN = {
    "both",
    "also",
    "all",
    "each",
    "have",
    "has",
    "had",
    "then",
    "later",
    "formally",
    "officially",
    "since",
    "is",
    "are",
    "was",
    "were",
    "never",
    "not",
    "already",
    "recently",
}  # "Venezuela, which was excluded from membership at its own request"; "with Russia, which has never joined"


def relative_antecedent(verb: Span, actors: list[Span]) -> Span | None:
    """The last state of the list 'who' (or 'which', after a comma) refers to, when the verb's subject is that
    relative pronoun."""
    doc = verb.doc
    i = verb.start - 1
    while i >= verb.sent.start and doc[i].lower_ in _BETWEEN:
        i -= 1
    if i - 1 > verb.sent.start and doc[i].lower_ in ("but", "and") and _participle(doc[i - 1]):
        i -= 2  # "the United States, which has signed but not ratified the treaty": the first verb's subject
        while i >= verb.sent.start and doc[i].lower_ in _BETWEEN:
            i -= 1
    if i > verb.sent.start and doc[i].text in _DASHES:  # "Russia which - along with the United States - has not"
        opening = next((j for j in range(i - 1, verb.sent.start, -1) if doc[j].text in _DASHES), None)
        i = opening - 1 if opening is not None else i
    if i >= verb.sent.start and verb[0].lower_.endswith("ing") and doc[i].lower_ in _GERUND_LEADS:
        return _governing_relative(doc[i], actors)  # "the United States, which never ratified it, despite signing
        # it back in 1996": the gerund's subject is its governing clause's, the relative pronoun's antecedent
    if i < verb.sent.start or doc[i].lower_ not in ("who", "which"):
        return None
    if doc[i].lower_ == "which" and (
        i == 0 or (doc[i - 1].text not in (",", *_DASHES) and doc[i - 1].ent_type_ != "STATE")
    ):
        return None  # "the treaty which was signed": a state's relative clause is set off by a comma or follows it
    end = i - 1 if i > 0 and doc[i - 1].text in (",", *_DASHES) else i  # "South Africa, who ...", "China—which"
    return next((e for e in actors if e.end == end), None)


_SINGULAR = {"is", "was", "has", "does"}


def singular_relative(antecedent: Span) -> bool:
    """'Russia and China—which is not party to the INF Treaty': the relative clause's verb is singular, so it
    speaks of the last state only, not of the list that ends with it ('which are not parties': all of them)."""
    doc = antecedent.doc
    i = antecedent.end
    while i < len(doc) and doc[i].text in (",", *_DASHES):
        i += 1
    return i + 1 < len(doc) and doc[i].lower_ in ("which", "who") and doc[i + 1].lower_ in _SINGULAR


_GERUND_LEADS = {"despite", "after", "before", "by"}


def _governing_relative(lead: Token, actors: list[Span]) -> Span | None:
    """The antecedent of the relative clause a gerund's preposition follows ('X, which never ratified it, despite
    signing it'): the nearest 'who' / 'which' before it in the sentence, with no state between."""
    doc = lead.doc
    j = lead.i - 1
    while j > lead.sent.start and doc[j].lower_ not in ("who", "which"):
        if doc[j].ent_type_ in ("STATE", "CAPITAL"):
            return None
        j -= 1
    if j <= lead.sent.start or doc[j].lower_ not in ("who", "which"):
        return None
    end = j - 1 if doc[j - 1].text == "," else j
    return next((e for e in actors if e.end == end), None)


def _participle(token: Token) -> bool:
    """'signed', 'ratified', 'joined': a verb the relative pronoun governs, before 'but (not)' or 'and'."""
    return token.is_alpha and token.is_lower and token.lower_.endswith("ed") and token.lower_ not in _BETWEEN


_GROUP_NOUNS = {"states", "countries", "nations", "governments"}
_ONE_OF_COPULAS = {"is", "was", "became", "becomes", "remains", "remained"}


def one_of_the_group(verb: Span, actors: list[Span]) -> list[str]:
    """'Gambia was one of three African countries that informed the UN chief last year they were withdrawing': the
    State the copula says is one of the group the relative pronoun stands for acts (as the group's other members may,
    unnamed here)."""
    doc = verb.doc
    i = verb.start - 1
    while i > verb.sent.start and doc[i].lower_ in ("have", "has", "had", "also", "already", "all", "since", "both"):
        i -= 1
    if i <= verb.sent.start or doc[i].lower_ not in ("that", "which", "who") or doc[i - 1].lower_ not in _GROUP_NOUNS:
        return []
    of = next((k for k in range(i - 2, max(verb.sent.start, i - 7), -1) if doc[k].lower_ == "of"), None)
    if (
        of is None
        or of - 2 < verb.sent.start
        or doc[of - 1].lower_ != "one"
        or doc[of - 2].lower_ not in _ONE_OF_COPULAS
    ):
        return []
    end = of - 2
    while end > verb.sent.start and doc[end - 1].lower_ in _BETWEEN_SUBJECT_AND_COPULA:
        end -= 1  # "Canada again was one of the 191 countries that signed the agreement"
    subject = next((e for e in actors if e.end == end and e.label_ == "STATE"), None)
    return [str(subject.ent_id_)] if subject is not None else []


_BETWEEN_SUBJECT_AND_COPULA = {"again", "also", "too", "itself", "once", "then", "still", "thus"}
