"""An exit told by the time since it: "MORE than two decades after pulling out from Unesco, Singapore is re-joining
the organisation" says Singapore left Unesco more than twenty years before the report (an exit done, dated by the
span it opens), the state being the subject after the adjunct's comma. Told after the return: "Iceland has rejoined
the International Whaling Commission, nine years after quitting the organisation in protest" (The Independent, 12 June
2001): the State and treaty the main clause rejoins, N years before its day (the report's for a perfect or present, the
year it names otherwise).
"""

from __future__ import annotations

import re

from dateutil.relativedelta import relativedelta
from spacy.tokens import Span

from app.numbers import number_from_words
from app.reading.context import Context
from app.reading.spans import text_of
from schemas.checks import Claim, ClaimKind

_AFTER_LEAVING = re.compile(
    r"^(?P<bound>more than |over |nearly |almost |about |some )?(?P<n>\d{1,3}|[a-z]+) (?P<unit>years?|decades?) after "
    r"(?:leaving|quitting|exiting|withdrawing(?: from)?|pulling out(?: of| from)?)\b",
    re.IGNORECASE,
)


def exit_years_before(clause: Span, actors: list[Span], context: Context) -> list[Claim]:
    """The exit a clause tells by the years since it: opening it ('N years after leaving X, STATE ...') or after the
    return ('STATE has rejoined X, N years after quitting the organisation')."""
    return _opening_years(clause, actors, context) + exit_years_before_return(clause, actors, context)


def _opening_years(clause: Span, actors: list[Span], context: Context) -> list[Claim]:
    """The exit an opening 'N years / decades after leaving X, STATE ...' presupposes: from the report's day back N
    years, 'more than N' an open span before that day, a round 'N' that year, 'nearly' / 'about' N no claim."""
    doc = clause.doc
    sentence = doc[clause.start].sent
    if clause.start != sentence.start:
        return []
    match = _AFTER_LEAVING.match(text_of(clause))
    n = number_from_words(match.group("n").lower()) if match else None
    if match is None or not n:
        return []
    years = n * (10 if match.group("unit").lower().startswith("decade") else 1)
    gerund_end = clause.start_char + match.end()  # the gerund's object, named right after it, then its comma
    treaties = [e for e in clause.ents if e.label_ == "TREATY" and 0 <= e.start_char - gerund_end <= 5][:1]
    if treaties:
        comma = next((t.i for t in doc[treaties[0].end : clause.end] if t.text == ","), None)
    else:  # 'Eighteen years after withdrawing in a huff, the United States is rejoining UNESCO': the one it rejoins
        comma = _adjunct_comma(clause, gerund_end)
    states = [e for e in actors if comma is not None and comma < e.start <= comma + 2 and e.label_ == "STATE"]
    if states and not treaties:
        treaties = _rejoined(sentence, states[0].end)
    if not treaties or not states:
        return []
    bound = (match.group("bound") or "").strip().lower()
    back = context.published - relativedelta(years=years)
    if bound in ("more than", "over"):
        value = f"0001-01-01/{back.isoformat()}"
    elif not bound:
        value = str(back.year)
    else:
        return []  # "nearly two decades after leaving": no bound to judge
    return [
        Claim(kind="withdrew", treaty=str(treaties[0].ent_id_), state=str(states[0].ent_id_), value=value,
              as_of=context.published, tense="past")
    ]  # fmt: skip


_TRAILING = re.compile(
    r", (?P<bound>more than |over |nearly |almost |about |some )?(?P<n>\d{1,3}|[a-z]+) (?P<unit>years?|decades?) "
    r"after (?:leaving|quitting|exiting|withdrawing(?: from)?|pulling out(?: of| from)?)\b",
    re.IGNORECASE,
)
_YEAR = re.compile(r"\b(?:in|on) (?:[A-Z][a-z]+ )?(?P<year>(?:19|20)\d\d)\b")


def exit_years_before_return(clause: Span, actors: list[Span], context: Context) -> list[Claim]:
    """'Iceland has rejoined the International Whaling Commission, nine years after quitting the organisation': the
    exit of the State the clause says rejoined, from the treaty it rejoins, N years before the return (the report's
    day for a perfect or a present; the year the main clause names ('rejoined in 2003, ten years after leaving')."""
    text = text_of(clause)
    match = _TRAILING.search(text)
    n = number_from_words(match.group("n").lower()) if match else None
    if match is None or not n or (match.group("bound") or "").strip().lower() not in ("", "more than", "over"):
        return []
    main_end = clause.start_char + match.start()
    after = [t for t in clause if t.idx >= clause.start_char + match.end()][:3]
    named_after = [t for t in after if t.ent_type_ == "TREATY"]  # "after leaving UNESCO": the same one, or none
    verb = next((t for t in clause if t.idx < main_end and t.lemma_.lower() in _REJOINING), None)
    if verb is None:
        return []
    treaties = [e for e in clause.ents if e.label_ == "TREATY" and verb.i < e.start and e.end_char <= main_end][:1]
    states = [e for e in actors if e.label_ == "STATE" and e.end <= verb.i][-1:]
    if not treaties or not states or (named_after and named_after[0].ent_id_ != treaties[0].ent_id_):
        return []
    year = _YEAR.search(text[: match.start()])
    years = n * (10 if match.group("unit").lower().startswith("decade") else 1)
    back = context.published - relativedelta(years=years)
    if year:  # "rejoined in 2003, ten years after leaving": that year's
        value = str(int(year.group("year")) - years) if not match.group("bound") else None
    else:
        value = f"0001-01-01/{back.isoformat()}" if match.group("bound") else str(back.year)
    if value is None:
        return []
    return [
        Claim(kind="withdrew", treaty=str(treaties[0].ent_id_), state=str(states[0].ent_id_), value=value,
              as_of=context.published, tense="past")
    ]  # fmt: skip


_ADJUNCT_OPENERS = {"in", "amid", "over", "under", "with", "without", "after", "at"}
_ADJUNCT = 6  # 'in a huff', 'in protest at its policies': the few words an objectless gerund may take before its comma


def _adjunct_comma(clause: Span, gerund_end: int) -> int | None:
    """The comma closing an opening 'N years after withdrawing (in a huff)' whose gerund names no treaty: within a
    few words of the gerund, none of them a treaty's name."""
    after = [t for t in clause if t.idx >= gerund_end][: _ADJUNCT + 1]
    if not after or (after[0].text != "," and after[0].lower_ not in _ADJUNCT_OPENERS):
        return None  # 'after withdrawing its troops from the region': the gerund's own object
    for token in after:
        if token.ent_type_ == "TREATY":
            return None
        if token.text == ",":
            return token.i
    return None


_REJOINING = {"rejoin", "re-join", "return", "readmit", "re-admit"}


def _rejoined(sentence: Span, after: int) -> list[Span]:
    """The treaty the main clause says the State returns to, named after it ('the United States is rejoining the
    United Nations Educational, Scientific and Cultural Organization'): the one the objectless gerund left."""
    doc = sentence.doc
    verb = next((t for t in doc[after : sentence.end] if t.lemma_.lower() in _REJOINING), None)
    if verb is None:
        return []
    return [e for e in sentence.ents if e.label_ == "TREATY" and e.start > verb.i][:1]


_SINCE_CONSENT = re.compile(
    r"\b(?P<bound>more than |over |nearly |almost |about |some )?(?P<n>\d{1,3}|[a-z]+) (?P<unit>years?|decades?) since "
    r"(?P<who>[^,.;]{2,60}?) "
    r"(?P<verb>joined|ratified|acceded to|signed|became (?:a )?(?:party|member|signatory) (?:to|of)) "
    r"(?P<what>[^,.;]{2,90})",
    re.IGNORECASE,
)
_SINCE_KINDS: dict[str, ClaimKind] = {
    "joined": "joined",
    "ratified": "ratified",
    "acceded to": "ratified",
    "signed": "signed",
}
_NOT_A_SPAN = {"first", "last", "few", "many", "several"}


def consent_years_before(clause: Span, actors: list[Span], context: Context) -> list[Claim]:
    """'over the 20 years since Latvia joined the convention' (RBC-Ukraine, 24 April 2025), 'It has been 20 years since
    Latvia joined the Ottawa Convention': a joining, ratification or signature told by the years since it, that many
    years before the report, to the year (a round figure: '20 years since' is not a day); 'more than N' an open span
    before that year; 'nearly' or 'about' N no claim. The State is the one named right after 'since', the treaty the one
    named after the verb or the generic noun there ('the convention': the article's)."""
    match = _SINCE_CONSENT.search(text_of(clause))
    n = number_from_words(match.group("n").lower()) if match else None
    if match is None or not n or match.group("n").lower() in _NOT_A_SPAN:
        return []
    bound = (match.group("bound") or "").strip().lower()
    if bound in ("nearly", "almost", "about", "some"):
        return []
    who_start, who_end = clause.start_char + match.start("who"), clause.start_char + match.end("who")
    states = [e for e in actors if e.label_ == "STATE" and e.start_char == who_start and e.end_char == who_end]
    what_start, what_end = clause.start_char + match.start("what"), clause.start_char + match.end("what")
    named = [e for e in clause.ents if e.label_ == "TREATY" and what_start <= e.start_char < what_end]
    words = match.group("what").lower().split()
    generic = words[1] if len(words) > 1 and words[0] in ("the", "this", "that") else None
    treaty = str(named[0].ent_id_) if named else context.refer(generic) if generic else None
    if not states or treaty is None or (not named and len(words) > 2):
        return []
    verb = match.group("verb").lower()
    kind: ClaimKind = _SINCE_KINDS.get(verb, "signed" if "signatory" in verb else "joined")
    years = n * (10 if match.group("unit").lower().startswith("decade") else 1)
    back = context.published - relativedelta(years=years)
    value = f"0001-01-01/{back.isoformat()}" if bound else str(back.year)
    return [
        Claim(kind=kind, treaty=treaty, state=str(states[0].ent_id_), value=value, as_of=context.published,
              tense="past")
    ]  # fmt: skip


def deeds_years_before(clause: Span, actors: list[Span], context: Context) -> list[Claim]:
    """The exits and the consents a clause tells by the years since them (:func:`exit_years_before`,
    :func:`consent_years_before`)."""
    return exit_years_before(clause, actors, context) + consent_years_before(clause, actors, context)
