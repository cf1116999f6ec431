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
