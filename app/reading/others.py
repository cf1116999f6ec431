"""The rest of a group the sentence before named one member of: "Gambia was one of three African countries that
informed the UN chief last year they were withdrawing from the court. The others were South Africa and Burundi." (AP,
14 February 2017). A sentence that only lists 'the other(s)' takes the deeds the sentence before told of its State,
each for the States it lists (the same act, treaty and date).
"""

from __future__ import annotations

from spacy.tokens import Span

from app.numbers import number_from_words
from app.reading.words import actors_in, listed_with
from schemas.checks import Claim

_COPULAS = {"were", "are", "was", "being", "include", "included", ":"}
_TAKEN = {"notification_date", "withdrew", "ratified", "signed", "joined"}


def the_others(sentence: Span, before: list[Claim]) -> list[Claim]:
    """Each deed of the sentence before, told of one State, for each State 'The others were A and B' lists."""
    words = [t for t in sentence if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "the" or words[1].lower_ not in ("other", "others"):
        return []
    i = 2 if words[1].lower_ == "others" else 3  # "The others", "The other two", "The other countries"
    if words[1].lower_ == "other" and (
        len(words) <= 3 or not (words[2].like_num or number_from_words(words[2].lower_))
    ):
        i = 3 if len(words) > 3 and words[2].lower_ in ("countries", "states", "nations") else 0
    if not i or i >= len(words) or words[i].lower_ not in _COPULAS:
        return []
    actors = [e for e in actors_in(sentence) if e.label_ == "STATE"]
    first = next((e for e in actors if e.start == words[i].i + 1), None)
    if first is None:
        return []
    listed = listed_with(actors, first, forward=True)
    if listed[-1].end < sentence.end - 1:
        return []  # "The others were South Africa and Burundi, which ...": more than the list
    told = {(c.kind, c.treaty, c.value, c.tense) for c in before if c.state and c.kind in _TAKEN}
    if len({c.state for c in before if c.state and c.kind in _TAKEN}) != 1:
        return []  # the sentence before must tell of one State, the one the others go with
    return [
        Claim(kind=kind, treaty=treaty, state=str(e.ent_id_), value=value, as_of=before[0].as_of, tense=tense)
        for kind, treaty, value, tense in sorted(told, key=str)
        for e in listed
    ]
