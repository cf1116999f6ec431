"""A Title-Case headline's initialism written with one capital: 'Uk Withdraws From Energy Charter Treaty' (AP's
hosted feed, 22 February 2024). Headline casing capitalises each word's first letter and lowers the rest, so 'UK'
comes out 'Uk'; the headline's first word, when its upper case is a State's initialism ('UK', 'US', 'UAE', 'DRC'),
is that State, the subject of the headline's verb. Only the first word: elsewhere 'Us' is the pronoun ('Join Us')."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def initialism_states(headline: Doc, states: dict[str, str]) -> Doc:
    """The headline with its first word read as a State when it is a State's initialism in headline casing."""
    first = next((t for t in headline if t.is_alpha), None)
    if first is None or first.ent_type_ or not first.is_title or not 2 <= len(first) <= 3:
        return headline
    state = states.get(first.text.upper())
    if state is None or first.text.upper() == first.text:
        return headline
    headline.ents = [*headline.ents, Span(headline, first.i, first.i + 1, label="STATE", span_id=state)]
    return headline


def demonym_states(headline: Doc, states: dict[str, str]) -> Doc:
    """The headline's first words read as a State when they are its people's name in the plural with no article
    before it: 'North Koreans Withdraw From Nuclear Treaty' (Los Angeles Times, 10 January 2003), as a body's 'the
    Russians denied' is the Russian government (names.state_names). Headlines drop the article; only the first words,
    before the verb ('Two North Koreans ...' or '... for Russians' are people)."""
    first = next((t for t in headline if not (t.is_punct or t.is_space)), None)
    if first is None or first.ent_type_:
        return headline
    for length in (3, 2, 1):
        words = headline[first.i : first.i + length]
        last = words[-1]
        if len(words) < length or any(t.ent_type_ for t in words) or not last.text.endswith("s"):
            continue
        singular = " ".join([*(t.text for t in words[:-1]), last.text[:-1]])
        state = states.get(singular)
        if state is None or not singular[-1].isalpha() or singular.endswith(("s", "sh", "ch", "ese")):
            continue
        if not all(t.is_title for t in words):
            return headline
        headline.ents = [*headline.ents, Span(headline, words.start, words.end, label="STATE", span_id=state)]
        return headline
    return headline


def most_named(docs: list[Doc], besides: set[str]) -> str | None:
    """The State the body names most, when one is named more than any other and at least twice ('Latvia',
    'Latvian', 'Latvia's' against one 'Poland'): who a headline's 'Country neighboring Russia withdraws from ...'
    is (RBC-Ukraine, 24 April 2025). ``besides``: the States the headline names itself ('Russia')."""
    counts: dict[str, int] = {}
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ in ("STATE", "CAPITAL") and (state := str(ent.ent_id_)) not in besides:
                counts[state] = counts.get(state, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] * 2 > ranked[0][1]):
        return None
    return ranked[0][0]
