"""A notice told as what a dated letter carries: 'This letter, dated 27 April 2017, claims that ... and presents to the
Secretary General of the OAS (OASSG) the official notification of Venezuela's definitive withdrawal from the
organization'.

The letter is the subject and its date stands in apposition to it (', dated D,'); what it presents, gives or contains
is a notification of a state's withdrawal, that state named as the withdrawal's owner ('of Venezuela's withdrawal',
'of the withdrawal of Venezuela'). The claim is that state's notification on the letter's date (the depositary's
receipt is what the clauses count from, so a letter dated the day before its delivery is judged a day off).
"""

from __future__ import annotations

from spacy.tokens import Span

from app.reading.context import Context
from app.reading.vocabulary import LETTERS, WITHDRAWAL_NOUNS
from app.reading.when import claim_value, resolve
from app.reading.words import with_year
from schemas.checks import Claim

_CARRYING = {"present", "presents", "presented", "give", "gives", "gave", "contain", "contains", "contained",
             "constitute", "constitutes", "constituted", "serve", "serves", "served", "include", "includes",
             "included", "convey", "conveys", "conveyed", "deliver", "delivers", "delivered"}  # fmt: skip
_NOTICES = {"notification", "notice", "instrument", "denunciation"}


def letter_notices(
    clause: Span, actors: list[Span], dates: list[Span], treaty: str | None, context: Context
) -> list[Claim]:
    """The notification a letter dated in apposition carries, for the state whose withdrawal it notifies."""
    doc = clause.doc
    letter = next((t for t in clause[:4] if t.lower_ in LETTERS), None)
    if letter is None or treaty is None or letter.i + 3 >= clause.end:
        return []
    if (doc[letter.i + 1].text, doc[letter.i + 2].lower_) != (",", "dated"):
        return []
    date = next((d for d in dates if d.start == letter.i + 3), None)
    if date is None or date.end >= clause.end or doc[date.end].text != ",":
        return []
    carried = next((t for t in doc[date.end : clause.end] if t.lower_ in _CARRYING), None)
    if carried is None:
        return []
    notice = next((t for t in doc[carried.i + 1 : min(clause.end, carried.i + 16)] if t.lower_ in _NOTICES), None)
    if notice is None or notice.i + 1 >= clause.end or doc[notice.i + 1].lower_ != "of":
        return []
    owned = doc[notice.i + 2 : min(clause.end, notice.i + 9)]
    if not any(t.lower_ in WITHDRAWAL_NOUNS for t in owned):
        return []
    state = next((e for e in actors if owned.start <= e.start and e.end <= owned.end), None)
    when = resolve(with_year(date), context.published, "past")
    if state is None or when is None or (value := claim_value(when)) is None:
        return []
    return [
        Claim(
            kind="notification_date",
            treaty=treaty,
            state=str(state.ent_id_),
            value=value,
            as_of=context.published,
            tense="past",
        )
    ]
