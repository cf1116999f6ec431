"""The back-off reading: a claim read from a sentence's parts when no construction reader found one.

The construction readers (the rest of app/reading) each know one phrasing; news writes many more. After them, for
each sentence (headline included) this module looks for the parts any phrasing of a claim is made of, and claims
only what they settle on their own:

- cue words grouped by claim kind (:data:`CUES`: a notice, an exit taking effect, an exit, a joining, a ratification,
  a signature);
- the states each cue is said of (the readers' own resolution, :func:`app.reading.subjects.subjects`: names,
  demonyms, capitals, lists, 'the three countries', 'they' for the states named before);
- the treaty (named in the sentence, or 'the convention' / the withdrawal's treaty as the article's context says);
- each date expression, given to the cue that governs it: the nearest cue before it in the same stretch of words,
  or the cue right after it when the date opens the sentence or its clause ('a notice issued in January 2024,
  which took effect in January 2025': a notice of January 2024, an effect of January 2025).

It claims nothing when the sentence hedges, denies or intends (:data:`app.reading.vocabulary.HEDGES`), when a cue
gets two different dates or a date could be either of two cues' (a wrong value is a false alarm to a journalist),
when no state is named or referred to, or when the treaty is not settled. It adds a claim only of a kind and state
the construction readers did not claim in that sentence: their readings take precedence.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Span, Token
from spacy.vocab import Vocab

from app.numbers import number_from_words
from app.reading.anchored import AnchoredMatcher
from app.reading.clock import clock_word, unbracketed, words_before
from app.reading.context import Context
from app.reading.exits import assessed_exit, has_treaty_object, signature_withdrawn
from app.reading.held_open import held_open
from app.reading.notices import exit_in_view
from app.reading.pipeline import SIGNED_ON, Reading
from app.reading.ratification import instruments_of_an_entry
from app.reading.said_day import said_day
from app.reading.spans import text_of
from app.reading.status_day import as_of, nearest_status_day
from app.reading.subjects import exiting_group, subjects
from app.reading.tense import by_means, quoted_denied, reading_tense, reported_denial, tense_of
from app.reading.treaty_refs import clause_treaty, consent_to_another, made_then_in_force, treaty_for
from app.reading.triggers import (
    argued,
    counted_from,
    person_told,
    reversed_act,
    reversing_notice,
    undated_time_clause,
)
from app.reading.verb_dates import another_verb_phrase, clause_dates, insertions, resolved, said_on
from app.reading.vocabulary import (
    ACTS_OF_WILL,
    CLAUSE_LEAD,
    DATE_LEAD,
    DEPOSITARY_WORDS,
    DUE,
    FUTURE,
    GENERIC_TREATY,
    HEDGES,
    NOT_TREATY_OBJECTS,
    REPORTING,
    RESPONSES,
    RESULTING,
    STATE_REFERENCES,
    UNDOING,
    UNNAMED_GROUP,
    WITHDRAWAL_NOUNS,
)
from app.reading.when import claim_value
from app.reading.withdrawn_things import withdraws_a_thing
from app.reading.words import (
    CALENDAR_WORDS,
    actors_in,
    dateline_day,
    determined,
    exit_noun,
    fronted_call,
    generic_references,
    matches_of,
    mentions_withdrawal,
    owns_an_office,
    passive_voice,
    preposition,
    reporting,
    set_aside,
    signing_agent,
    with_year,
)
from app.services.partial_dates import PartialDate
from schemas.checks import Claim, ClaimKind

_NOTICE_VERBS = ["notify", "deposit", "submit", "hand", "inform", "lodge", "transmit", "deliver", "convey", "receive",
                 "file", "trigger"]  # fmt: skip
_EXIT_VERBS = ["withdraw", "leave", "quit", "exit", "depart"]
_PARTY_WORDS = ["party", "parties", "member", "members"]
_PARTY = {"LOWER": {"IN": _PARTY_WORDS}}
_CEASING = ["cease", "stop"]  # "ceased to be a party", "stops being a party"
_DET = {"LOWER": {"IN": ["a", "an", "the", "its", "their"]}, "OP": "?"}
_CONSENTS = ["ratification", "accession", "acceptance", "approval"]

# One table: the cue words of each claim kind (spaCy Matcher patterns; the longest match wins). "NONE" marks words
# that look like a cue but are not one ('notice period', 'instrument of ratification' is a consent, not a notice).
CUES: dict[str, list[list[dict[str, Any]]]] = {
    "notification_date": [
        [{"LEMMA": {"IN": _NOTICE_VERBS}}],
        [{"LOWER": {"IN": ["notification", "notice", "instrument", "letter", "notifications", "notices", "instruments",
                           "letters"]}}],
        [{"LEMMA": {"IN": ["give", "serve", "issue", "send"]}}, _DET,
         {"LOWER": {"IN": ["formal", "written", "official"]}, "OP": "?"},
         {"LOWER": {"IN": ["notice", "notification"]}}],
        [{"LOWER": {"IN": ["secretary-general", "depositary"]}}],
        # "made its withdrawal official before the World Bank": the notice (its 'withdrawal' no exit of its own)
        [{"LEMMA": "make"}, {"LOWER": {"IN": ["its", "their", "the"]}},
         {"LOWER": {"IN": ["withdrawal", "exit", "denunciation"]}}, {"IS_PUNCT": False, "OP": "{0,8}"},
         {"LOWER": {"IN": ["official", "formal"]}}, {"LOWER": {"IN": ["before", "with", "to"]}}],
        [{"LOWER": "secretary"}, {"ORTH": "-", "OP": "?"}, {"LOWER": "general"}],
    ],
    "effective_date": [
        [{"LEMMA": {"IN": ["take", "go", "come", "enter"]}}, {"LOWER": "into", "OP": "?"}, {"LOWER": "effect"}],
        [{"LEMMA": {"IN": ["come", "enter"]}}, {"LOWER": "into"}, {"LOWER": "force"}],  # an exit's only (below)
        [{"LOWER": "effective"}],
        # "the formal withdrawal occurred on Sunday", "became official on Thursday" (an exit's only)
        [{"LEMMA": {"IN": ["occur", "happen"]}}],
        [{"LOWER": {"IN": ["became", "becomes", "become", "is", "was"]}},
         {"LOWER": {"IN": ["official", "final", "complete", "completed", "finalised", "finalized"]}}],
        [{"LEMMA": "take"}, {"LOWER": "place"}],
        [{"LEMMA": {"IN": _CEASING}}, {"LOWER": {"IN": ["to", "being"]}}, {"LOWER": "be", "OP": "?"}, _DET,
         {"LOWER": {"IN": ["state", "full", "contracting", "high"]}, "OP": "*"}, _PARTY],
        [{"LOWER": "no"}, {"LOWER": "longer"}, {"LOWER": "be", "OP": "?"}, _DET,
         {"LOWER": {"IN": ["state", "full", "contracting", "high"]}, "OP": "*"}, _PARTY],
        [{"LOWER": {"IN": ["be", "is", "are", "was", "were", "been", "officially", "formally"]}}, {"LOWER": "out"},
         {"LOWER": "of"}],
        # "the convention no longer applies to X (since D)": the treaty's end for the state
        [{"LOWER": "no"}, {"LOWER": "longer"}, {"LEMMA": "apply"}, {"LOWER": {"IN": ["to", "for"]}}],
        [{"LOWER": "no"}, {"LOWER": "longer"}, {"LOWER": "be", "OP": "?"}, {"LOWER": {"IN": ["bound", "covered"]}},
         {"LOWER": "by"}],  # "As of 27 December, X will no longer be bound by the convention"
        # the treaty ending for the state: "the convention will cease to apply to X", "cease to be binding on X"
        [{"LEMMA": {"IN": _CEASING}}, {"LOWER": "to"}, {"LOWER": "be", "OP": "?"},
         {"LOWER": {"IN": ["apply", "binding", "bind"]}}, {"LOWER": {"IN": ["to", "on", "for"]}}],
        # "X's membership of the convention ends on 27 December" (the membership's ending dated: its exit's effect)
        [{"LOWER": {"IN": ["membership", "participation"]}}, {"LOWER": {"IN": ["in", "of"]}},
         {"IS_PUNCT": False, "OP": "{1,10}"}, {"LOWER": {"IN": ["will", "would", "is", "was"]}, "OP": "?"},
         {"LOWER": {"IN": ["end", "ends", "ended", "expire", "expires", "expired"]}}],
    ],
    "withdrew": [
        [{"LEMMA": {"IN": _EXIT_VERBS}}],
        [{"LEMMA": {"IN": ["pull", "walk"]}}, {"LOWER": "out"}],
        [{"LOWER": {"IN": ["withdrawal", "exit", "departure", "pullout", "pull-out"]}}],
        [{"LOWER": "termination"}, {"LOWER": "of"}, _DET, {"LOWER": "membership"}],
        # the deed done to an exit or a membership: 'finalized its withdrawal', 'ended its participation'
        [{"LEMMA": {"IN": ["finalize", "finalise", "complete", "formalize", "formalise"]}}, _DET,
         {"LOWER": {"IN": ["formal", "official", "final"]}, "OP": "?"},
         {"LOWER": {"IN": ["withdrawal", "exit", "pullout", "departure"]}}],
        [{"LEMMA": {"IN": ["end", "terminate"]}}, _DET, {"LOWER": {"IN": ["participation", "membership"]}}],
        [{"LEMMA": {"IN": ["pull", "take"]}}, {"LOWER": "the", "OP": "?"},
         {"ENT_TYPE": {"IN": ["STATE", "CAPITAL"]}, "OP": "+"}, {"LOWER": "out"}, {"LOWER": "of"}],
    ],
    "joined": [
        [{"LEMMA": {"IN": ["join", "rejoin"]}}],
        *SIGNED_ON,  # "signed on to the deal in 2016": a joining, over the 'signed' cue (the longest cue is kept)
        [{"LEMMA": "become"}, {"LOWER": {"IN": ["a", "an", "the"]}},
         {"LOWER": {"IN": ["state", "full", "full-fledged"]}, "OP": "?"}, _PARTY],
        [{"LOWER": {"IN": ["member", "members", "party", "parties"]}}, {"LOWER": "since"}],
    ],
    "acceded": [[{"LEMMA": "accede"}], [{"LOWER": "accession"}]],
    "ratified": [
        [{"LEMMA": "ratify"}],
        [{"LOWER": "ratification"}],
        [{"LEMMA": "deposit"}, _DET, {"LOWER": {"IN": ["instrument", "instruments"]}}, {"LOWER": "of"},
         {"LOWER": {"IN": _CONSENTS}}],
        [{"LOWER": {"IN": ["instrument", "instruments"]}}, {"LOWER": "of"}, {"LOWER": {"IN": _CONSENTS}}],
    ],
    "signed": [[{"LEMMA": "sign"}]],
    "NONE": [
        [{"LOWER": {"IN": ["notice", "notification"]}}, {"LOWER": {"IN": ["period", "periods", "requirement"]}}],
        [{"LOWER": "effective"}, {"LOWER": {"IN": ["date", "immediately"]}}],
    ],
}  # fmt: skip

# The trigger labels of the construction readers' treaty resolution (treaty_refs.treaty_for) for each kind.
_LABELS = {
    "notification_date": "NOTIFY",
    "effective_date": "EFFECT",
    "withdrew": "LEAVE",
    "joined": "JOIN",
    "acceded": "ACCEDE",
    "ratified": "RATIFY",
    "signed": "SIGN",
}
_CONSENT_KINDS = {"joined", "acceded", "ratified", "signed"}
_ENDS = ("effective_date", "withdrew")
# what ends the stretch of words a date shares with a cue
_BOUNDARY = {",", ";", ":", "and", "but", "which", "who", "while", "whereas", "after", "before", "when", "although",
             "though", "because", "since", "following", "followed", "follows", "—", "–"}  # fmt: skip
_MAX_AFTER_CUE = 12  # tokens from a cue to the date it governs, the cue first
_MAX_BEFORE_CUE = 6  # tokens from a date to the cue right after it


_CLAUSE_BREAKS = {";", "and", "but", "which", "who", "while", "whereas", "although", "though"}


@dataclass(frozen=True)
class Cue:
    kind: str
    span: Span


_MATCHERS: dict[int, Matcher] = {}


def _matcher(vocab: Vocab) -> Matcher:
    key = id(vocab)
    if key not in _MATCHERS:
        matcher = AnchoredMatcher(vocab)
        for kind, patterns in CUES.items():
            matcher.add(kind, patterns, greedy="LONGEST")
        _MATCHERS[key] = matcher
    return _MATCHERS[key]


def backoff_claims(reading: Reading, sentence: Span, found: list[Claim], context: Context) -> list[Claim]:
    """Claims read from the sentence's parts, of a kind and state the construction readers did not claim there."""
    cues = _cues(sentence)  # none in most sentences: looked for first
    if not cues:
        return []
    if _hedged(sentence) or any(t.lower_ == "respectively" for t in sentence):
        return []  # a question, a condition; states paired with dates (the construction readers pair them)
    if any(person_told(sentence[i : i + 1]) for i in range(len(sentence))):
        return []  # "I have just been informed that the President has signed a decree ...": hearsay, no notice
    dates = _dates(reading, sentence, cues)
    attached = _attach(dates, cues, sentence)
    treaties = [e for e in sentence.ents if e.label_ == "TREATY" and not signing_agent(e)]
    treaties_named = len({str(e.ent_id_) for e in treaties}) > 1  # two treaties: only a cue's own object settles
    actors = actors_in(sentence)
    generic = generic_references(sentence)
    taken: set[tuple[str, str | None]] = {(c.kind if c.kind != "acceded" else "ratified", c.state) for c in found}
    taken |= {(k, c.state) for c in found if c.kind == "bound_on" and c.value == "false" for k in _ENDS}  # "As of D,
    # X will no longer be bound by Y": the end of the obligations read, the exit's effect the same fact
    taken |= {(k, c.state) for c in found if c.kind in _ENDS and _dated(c.value) for k in _ENDS}  # "Lithuania's exit
    # from the convention in March": one exit, read dated as done (or as due), is not also the other
    out: list[Claim] = []
    for cue in cues:
        if cue.kind == "NONE" or _hedged_cue(cue, sentence) or _counted_from(cue) or _told_by_a_notice_to_give(cue):
            continue
        if argued(cue.span, sentence) or held_open(cue.span, sentence):
            continue  # "Some analysts argue that the US effectively left the INF Treaty": a position (triggers.py);
            # "have either withdrawn or announced ...": a deed not told (held_open.py)
        if cue.kind == "notification_date" and (reversing_notice(cue.span, sentence) or fronted_call(cue.span)):
            continue  # "President Barrow's notification ... of The Gambia's decision to reverse withdrawal": no notice;
            # "In a letter released today, Human Rights Watch ... urged ... to reconsider withdrawing": a call
        if _protocol_of(cue.span) or withdraws_a_thing(cue.span) or signature_withdrawn(cue.span):
            continue  # "signed Finland's accession protocol", "ratified the protocol on Sweden's accession to NATO";
            # "withdrew its reservation to the Covenant": not an exit (app/reading/withdrawn_things.py); "withdrew
            # its signature": the construction readers read a signature withdrawn (exits.left_kind)
        if cue.kind != "withdrew" and instruments_of_an_entry(cue.span):
            continue  # "... ratified Finland's NATO membership, and the instruments of ratification were deposited on
            # Friday": the instruments of another State's admission (ratification.instruments_of_an_entry)
        if consent_to_another(cue.span, treaties, _LABELS[cue.kind]):
            continue  # "It also ratified an agreement on adaptation of the CFE Treaty": not the treaty's ratification
        if not treaties and _other_instruments(cue.span):
            continue  # "had pulled out of two other nuclear arms treaties": not the treaty the article discusses
            # ("Along with the UNFCCC, Trump also withdrew from 65 other organizations": the one named is left too)
        cue_dates = attached.get(cue.span.start, [])
        contested = any(len(d) == 0 for d in cue_dates)
        if contested or len({d.text for d in cue_dates}) > 1 or any(_listed_dates(d, dates) for d in cue_dates):
            continue  # two dates for one cue, a list of dates, a contested date: which is which is not settled
        if cue.kind == "withdrew" and assessed_exit(cue.span, sentence, bool(cue_dates)):
            continue  # "Putin says Washington has in fact quit INF Treaty": conduct assessed (exits.assessed_exit)
        placed = {d.start for ds in attached.values() for d in ds}
        if not cue_dates and any(d.start not in placed for d in dates):
            continue  # an undated reading in a sentence with a date it could not place
        if not cue_dates and cue.kind == "notification_date" and _dated_twin(cue, cues, attached):
            continue  # "notified the UN Secretary-General on 27 June": the date went to the office, one notice
        claim = _claim(cue, cue_dates[0] if cue_dates else None, sentence, context)
        if claim is None:
            continue
        kind, value, tense = claim
        label = _LABELS[cue.kind]
        named = [e for e in treaties if not set_aside(e, cue.span)]
        told = [e for e in treaties if cue.kind == "notification_date" and owns_an_office(e)]  # "informed the
        # secretary general of the Organization of American States": the office told, not the treaty left
        treaty = treaty_for(cue.span, [e for e in named if e not in told], generic, context, label)
        if treaty is None and not treaties_named:
            treaty = clause_treaty([e for e in treaties if e not in told], generic, sentence, context)
        if treaty is None and not treaties and kind == "notification_date" and _depositary_told(cue, sentence, context):
            treaty = context.withdrawn_from()  # "Lithuania notified the UN Secretary-General on D" after its exit
        if treaty is None:
            continue
        states = _states(cue, actors, sentence, context)
        for state in states:
            if (kind if kind != "acceded" else "ratified", state) in taken:
                continue
            taken.add((kind, state))
            out.append(
                Claim.model_validate(
                    {"kind": kind, "treaty": treaty, "state": state, "value": value, "as_of": context.published,
                     "tense": tense}
                )
            )  # fmt: skip
    return out


def _protocol_of(cue: Span) -> bool:
    """'Finland's accession protocol', 'the protocol on Sweden's accession to NATO': the accession a protocol is
    about, signed or ratified by others, not an accession told."""
    doc = cue.doc
    near = doc[max(cue.sent.start, cue.start - 4) : min(cue.end + 1, cue.sent.end)]
    return cue[-1].lower_ == "accession" and any(t.lower_ in ("protocol", "protocols") for t in near)


def _other_instruments(cue: Span) -> bool:
    """'Trump had pulled out of two other nuclear arms treaties with Russia', 'left another treaty': the cue's object
    is an instrument other than the one the article discusses ('other' or 'another' before a treaty noun, over a
    few modifiers; not 'notified all other signatories to the convention'), so the treaty the article discusses is
    not what was left."""
    doc = cue.doc
    window = list(doc[cue.end : min(cue.end + 8, cue.sent.end)])
    for n, token in enumerate(window):
        if token.is_punct:
            return False
        if token.lower_ not in ("other", "another"):
            continue
        for following in window[n + 1 : n + 5]:
            if following.lower_ in GENERIC_TREATY | {"treaties"} or following.lower_.rstrip("s") in GENERIC_TREATY:
                return True
            if following.is_punct or following.lower_ in _NOT_MODIFIERS:
                return False
    return False


_NOT_MODIFIERS = {"to", "of", "for", "with", "signatories", "parties", "states", "countries", "members", "nations"}


def _dated(value: str) -> bool:
    return value not in ("true", "false")


# the start of an exit is its notice, not the exit ('will start its exit by invoking Article 50 on D')
_STARTS = {"process", "procedure", "steps", "start", "starts", "started", "begin", "begins", "began", "begun",
           "initiate", "initiated", "launch", "launched"}  # fmt: skip
_CONDITION_OPENERS = {"if", "unless", "should", "had", "were", "once", "whether", "when", "until"}
# what ends the clause a hedge governs
_CLAUSE_ENDS = {",", ";", ":", "—", "–", "(", ")", "but", "though", "although", "whereas", "while", "and", '"', "“",
                "”"}  # fmt: skip


def _hedged(sentence: Span) -> bool:
    """A question, a sentence that opens with a condition ('If no agreement is reached, ...'), or one that undoes or
    suspends (a revoked notice, a suspended treaty: no exit): nothing asserted to read from its parts."""
    words = [t for t in sentence if not t.is_punct]
    if text_of(sentence).rstrip().endswith("?") or (words and words[0].lower_ in _CONDITION_OPENERS):
        return True
    if any(t.lower_ in ("if", "unless") for t in words):
        return True  # "will take effect on D, unless Poland is engaged in armed conflict": a condition on it
    if _purpose_first(words):
        return True  # "To leave the IWC next year, Japan needs to notify the commission by January 1": a purpose
    return any(t.lower_ in UNDOING or t.lemma_ in UNDOING or t.lemma_ in ("suspend", "suspension") for t in words)


_NOT_VERBS_AFTER_TO = {"the", "a", "an", "this", "that", "these", "those", "date", "day", "its", "their", "his", "her",
                       "our", "my", "some", "many", "most", "all", "which", "whom", "what", "be"}  # fmt: skip


def _purpose_first(words: list[Token]) -> bool:
    """'To leave the IWC next year, Japan needs to notify ...': a sentence opening with 'To' and a lower-case verb
    (not 'To date', 'To the', 'To this end') tells a purpose: what it would take, not a deed."""
    if len(words) < 2 or words[0].lower_ != "to":
        return False
    return words[1].is_alpha and words[1].is_lower and words[1].lower_ not in _NOT_VERBS_AFTER_TO


_PERIOD_UNITS = {"day", "week", "month", "year"}


def _counted_from(cue: Cue) -> bool:
    """'six months after the notification', 'a year from the notice': the event a period runs from, not an act
    told with its own date (a date after it is the end of the period: '..., on 27 December')."""
    doc = cue.span.doc
    before = doc[max(0, cue.span.start - 3) : cue.span.start]
    lead = next((t for t in reversed(before) if t.lower_ in ("after", "from", "following")), None)
    return lead is not None and any(t.lemma_ in _PERIOD_UNITS for t in doc[max(0, lead.i - 2) : lead.i])


def _clause_of(cue: Cue, sentence: Span) -> Span:
    """The words around the cue up to the nearest clause ends on either side."""
    doc = sentence.doc
    start = cue.span.start
    while start > sentence.start and (doc[start - 1].lower_ not in _CLAUSE_ENDS or _listing(doc[start - 1])):
        start -= 1
    end = cue.span.end
    while end < sentence.end and (doc[end].lower_ not in _CLAUSE_ENDS or _listing(doc[end])):
        end += 1
    if start > sentence.start and (doc[start].lower_ in ("or", "and") or doc[start - 1].lower_ in ("or", "and")):
        return doc[sentence.start : end]  # "must hold elections in May, or leave on 1 June": the coordinated verb
        # shares what governs the first
    return doc[start:end]


def _listing(token: Any) -> bool:
    """A comma or 'and' inside a list of states ('to approve Niger, Mali, BFaso's withdrawal'): no clause end."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    previous = doc[token.i - 1] if token.i > 0 else None
    states = ("STATE", "CAPITAL")
    return (
        token.text in (",", "and")
        and following is not None
        and (following.ent_type_ in states or following.text[:1].isupper())
        and (previous is not None and previous.ent_type_ in states)
    )  # "Niger, Mali, BFaso's withdrawal": a name the gazetteer lacks stays on the list


def _told_by_a_notice_to_give(cue: Cue) -> bool:
    """'ordered the Foreign Ministry to inform the Secretary-General that it was no longer a party': what a notice
    still to be given ('to inform', 'to notify') will say is no status and no exit."""
    doc = cue.span.doc
    before = doc[max(cue.span.sent.start, cue.span.start - 20) : cue.span.start]
    that = next((t.i for t in reversed(before) if t.lower_ == "that"), None)
    if that is None:
        return False
    return any(
        t.lemma_ in ("inform", "notify", "tell", "advise") and t.i > 0 and doc[t.i - 1].lower_ == "to"
        for t in doc[before.start : that]
    )


def _hedged_cue(cue: Cue, sentence: Span) -> bool:
    """A denial, a modal, a condition or an intention in the cue's own clause (vocabulary.HEDGES): 'has not yet taken
    any steps to leave', 'the withdrawal would take a year', 'voted to quit', 'a law on Russia's withdrawal'."""
    doc = sentence.doc
    if quoted_denied(cue.span) or reported_denial(cue.span) or reversed_act(cue.span):
        return True  # '"Today, X is leaving ...," a minister wrote, a claim the ministry denied'; 'denied that'
    if not _noun(cue) and undated_time_clause(cue.span, sentence):
        return True  # "a two-year period of negotiations before the UK leaves the EU": the exit bounds the main
        # clause's time (triggers.undated_time_clause), no deed
    words = _clause_of(cue, sentence)
    start = words.start
    if not _noun(cue) and cue.kind != "notification_date":  # a verb's hedge stands before it
        words = doc[start : cue.span.end]
    elif not _noun(cue):  # a notice says what it says: 'informed the UN it is considering leaving' gives none;
        after = [t for t in doc[cue.span.end : words.end] if t.lower_ not in ("intention", "intent", "decision")]
        if any(t.lower_ in HEDGES or t.lemma_ in HEDGES for t in after):  # 'of its intention to withdraw' is one
            return True
        words = doc[start : cue.span.end]
    reported = _reported_would(cue, sentence)
    for token in words:
        following = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if token.lower_ == "no" and following == "longer":
            continue  # "no longer a party": a status, not a denial
        if reported and token.i == cue.span.end - 2:
            continue  # "confirmed that American participation ... would end on D": reported, no condition
        if token.text == "May" and token.i > sentence.start:
            continue  # the month
        if token.lower_ in HEDGES or token.lemma_ in HEDGES:
            return True
        if token.lemma_ == "call" and following in ("for", "on"):
            return True  # "called for the withdrawal", "called on the government to leave"
    will = any(
        t.lower_ in ACTS_OF_WILL or t.lemma_ in ACTS_OF_WILL or t.lemma_ in RESPONSES
        for t in doc[start : cue.span.start]
    )  # "announced its withdrawal", "criticised Lithuania's withdrawal": what another act is about, not a deed
    if _noun(cue) or cue.span[0].lower_.endswith("ing"):  # "announced its withdrawal", "a law on Russia's
        # withdrawal", "signed a memorandum withdrawing the U.S. from ...": what the act says, not a deed
        process = any(t.lower_ in _STARTS for t in doc[max(start, cue.span.start - 4) : cue.span.start])
        return will or process  # "the process of Venezuela's exit started in 2017": the notice began it
    return False


def _cues(sentence: Span) -> list[Cue]:
    doc = sentence.doc
    found = [
        Cue(doc.vocab.strings[m], doc[s:e])
        for m, s, e in matches_of(_matcher(doc.vocab), doc)  # once per paragraph, not once per sentence
        if sentence.start <= s and e <= sentence.end
    ]
    found.sort(key=lambda c: (c.span.start, -len(c.span)))
    cues: list[Cue] = []
    end = -1
    for cue in found:
        if cue.span.start >= end:
            cues.append(cue)
            end = cue.span.end
    return _governed_exits(cues)


def _governed_exits(cues: list[Cue]) -> list[Cue]:
    """An exit word that is what a notice says ('notified the UN of its withdrawal', 'a withdrawal notice') or
    what takes effect ('the withdrawal took effect') is no act of its own: the notice or the effect is."""
    out = []
    for n, cue in enumerate(cues):
        if cue.kind == "withdrew":
            before = cues[n - 1] if n else None
            after = cues[n + 1] if n + 1 < len(cues) else None
            if before is not None and before.kind in ("notification_date", "effective_date", "NONE"):
                between = cue.span.doc[before.span.end : cue.span.start]
                if _same_stretch(before.span.end, cue.span.start, cue.span.doc, 10) or (
                    _noun(cue) and not any(t.lower_ in _CLAUSE_BREAKS for t in between)
                ):
                    continue  # "notified the Secretary-General, in his capacity as depositary, of its withdrawal"
            if (
                after is not None
                and after.kind in ("notification_date", "effective_date", "NONE")
                and _same_stretch(cue.span.end, after.span.start, cue.span.doc, 8)
            ):
                continue
        out.append(cue)
    return out


def _same_stretch(start: int, end: int, doc: Any, most: int) -> bool:
    """No clause boundary between two places, over insertions ('— which prohibits X, Y and Z —', brackets) and a
    comma before a restatement or the date itself ('in six months, on 20 February 2026', ', i.e. on 1 January')."""
    if start > end:
        return False
    skipped = {i for a, b in insertions(doc[start:end].sent) if start <= a and b < end for i in range(a, b + 1)}
    if end - start - len(skipped) > most:
        return False
    for token in doc[start:end]:
        if token.i not in skipped and another_verb_phrase(token, start):
            return False  # "will withdraw from the IWC to resume commercial whaling in July 2019"
        if token.i in skipped or token.lower_ not in _BOUNDARY:
            continue
        if token.text == "," and _restating(token, end):
            continue
        return False
    return True


def _restating(comma: Any, end: int) -> bool:
    """', on 20 February 2026' (the date right after), ', i.e. on ...', ', that is, on ...', ', namely ...', ',
    therefore on ...'."""
    doc = comma.doc
    following = [t.lower_ for t in doc[comma.i + 1 : min(comma.i + 4, len(doc))]]
    if following[:1] in (["i.e."], ["ie"], ["namely"]) or following[:2] == ["that", "is"]:
        return True
    if following[:1] and following[0] in RESULTING and following[1:2] in (["on"], ["in"]):
        return True
    return comma.i + 1 == end or (comma.i + 2 == end and following[:1] in (["on"], ["in"]))


def _dates(reading: Reading, sentence: Span, cues: list[Cue]) -> list[Span]:
    """The sentence's dates (the readers' own: not those anchoring a period, nor a year in a treaty's name), and the
    date right after 'members since'."""
    dates = [d for d in clause_dates(reading, sentence) if not _deadline(d) and not _in_a_name(d)]
    since = {c.span.end for c in cues if c.span[-1].lower_ == "since"}
    doc = sentence.doc
    extra = [doc[s:e] for _, s, e in matches_of(reading.dates, doc) if s in since and e <= sentence.end]
    return sorted([*dates, *(d for d in extra if all(d.start != x.start for x in dates))], key=lambda d: d.start)


def _listed_dates(date: Span, dates: list[Span]) -> bool:
    """'in 2003, 2004 and 2005', 'Today, 16 September 2002': dates side by side, a list or a restatement."""
    doc = date.doc
    glue = {",", "and", "or", "–", "-", "("}
    return any(
        other is not date and all(t.text in glue for t in doc[min(date.end, other.end) : max(date.start, other.start)])
        for other in dates
    )


def _in_a_name(date: Span) -> bool:
    """'the 2015 Paris climate change agreement': a bare year before the treaty it names."""
    doc = date.doc
    if len(date) != 1 or not date[0].like_num:
        return False
    for token in doc[date.end : min(date.end + 5, len(doc))]:
        if token.ent_type_ == "TREATY" or token.lower_ in GENERIC_TREATY:
            return True
        if not (token.is_title or token.ent_type_ or token.lower_ in ("climate", "change", "nuclear", "arms", "un")):
            return False
    return False


def _deadline(date: Span) -> bool:
    """'by January 1', 'before 2026', 'until June': a deadline or a bound, not the day of an act."""
    doc = date.doc
    before = doc[date.start - 1].lower_ if date.start > 0 else ""
    return date[0].lower_ in ("by", "before", "until") or before in ("by", "before", "until", "till")


def _attach(dates: list[Span], cues: list[Cue], sentence: Span) -> dict[int, list[Span]]:
    """Each date to the cue that governs it (by the cue's start), or to none when either of two could."""
    doc = sentence.doc
    out: dict[int, list[Span]] = {}
    real = [c for c in cues if c.kind != "NONE"]
    for date in dates:
        if dateline_day(date):
            continue  # "TOKYO, Dec. 26 (Xinhua) -- Japan will withdraw ...": the dispatch's day
        before = [c for c in real if c.span.end <= date.start]
        after = [c for c in real if c.span.start >= date.end]
        pre = before[-1] if before else None
        post = after[0] if after else None
        if pre is not None and any(pre.span.end <= d.start < date.start for d in dates):
            pre = None  # another date stands between: that one is the cue's
        if pre is not None and not _same_stretch(pre.span.end, date.start, doc, _MAX_AFTER_CUE):
            pre = None  # 'Japan to leave IWC, resume whaling in July': the date is past the cue's stretch
        if pre is not None and _owned_by_another_act(doc[pre.span.end : date.start]):
            pre = None  # 'the notification followed a decision made by parliament on May 20': the decision's date
        if all(t.is_punct or t.lower_ in DATE_LEAD or clock_word(t) for t in doc[sentence.start : date.start]):
            # ("Effective next Monday, the United States will no longer be a member": 'effective' opens it too)
            # "On 6 July 2020, the United States notified ...": a date opening the sentence is its first verb's
            post = next((c for c in after if not _noun(c) and unbracketed(date.end, c.span.start, doc) <= 15), None)
            pre = None
        elif post is not None and _noun(post) and _attributive(date, post):
            pass  # "the UK's 26 April 2024 withdrawal notification": the noun's own date
        elif post is not None and (_noun(post) or not _same_stretch(date.end, post.span.start, doc, _MAX_BEFORE_CUE)):
            post = None  # a noun's date follows it ('its withdrawal on Sunday'); 'Caracas, 25 Jul. - X's exit' is a
            # dateline
        if post is not None and (
            _owned_by_another_act(doc[date.end : post.span.start])
            or said_on(date, post.span.start)
            or said_day(date, post.span)
        ):  # 'Trump on Thursday said he will withdraw', 'announced Thursday it will', 'said Thursday it is
            post = None  # withdrawing': the saying's date
        if pre is not None and post is not None and pre.kind != post.kind:
            if _same_stretch(pre.span.end, date.start, doc, _MAX_AFTER_CUE) and not _dated_after(post, dates, doc):
                out.setdefault(pre.span.start, []).append(doc[0:0])  # 'notice ... D took effect': either could own D,
                out.setdefault(post.span.start, []).append(doc[0:0])  # so neither claims (an empty span: contested)
                continue
            if _dated_after(post, dates, doc) or not _same_stretch(date.end, post.span.start, doc, 99):
                post = None
            else:
                pre = None
        owner = pre or post
        if owner is not None:
            out.setdefault(owner.span.start, []).append(date)
    return out


def _attributive(date: Span, cue: Cue) -> bool:
    """A date between a possessive or a determiner and its noun: 'the UK's 26 April 2024 withdrawal notification'."""
    doc = date.doc
    between = doc[date.end : cue.span.start]
    owner = doc[date.start - 1] if date.start > 0 else None
    return (
        owner is not None
        and (owner.text in ("'s", "’s") or owner.lower_ in ("its", "their", "the"))
        and all(t.lower_ in WITHDRAWAL_NOUNS or t.lower_ in ("formal", "official", "written") for t in between)
    )


def _owned_by_another_act(between: Span) -> bool:
    """A reporting verb, an act of will or a response between a cue and a date: the date is that act's ('the
    withdrawal was condemned by rights groups on 28 June')."""
    return any(
        reporting(t) or t.lemma_ in ACTS_OF_WILL or t.lower_ in ACTS_OF_WILL or t.lemma_ in RESPONSES for t in between
    )


def _noun(cue: Cue) -> bool:
    return cue.span[0].lower_ in _NOUNS or exit_noun(cue.span[0])  # "a year of exits": the noun, no State's deed


def _dated_after(cue: Cue, dates: list[Span], doc: Any) -> bool:
    """The cue has a date of its own right after it ('took effect in January 2025')."""
    return any(_same_stretch(cue.span.end, d.start, doc, 4) for d in dates if d.start >= cue.span.end)


def _claim(cue: Cue, date: Span | None, sentence: Span, context: Context) -> tuple[ClaimKind, str, str] | None:
    """The claim's kind, value and tense, from the cue and its date; None when they settle none."""
    tense = _tense(cue)
    if tense == "intention":
        return None
    when = resolved(date, reading_tense(tense, _LABELS[cue.kind]), context) if date is not None else None
    if date is not None and when is None:
        return None
    value = claim_value(when) if when is not None else None
    done = when is not None and when.end <= context.published
    claim_tense = "future" if when is not None and when.start > context.published else "past"
    kind = cue.kind
    if kind == "notification_date":
        if not (_about_exit(sentence) or _depositary_told(cue, sentence, context)) or not _a_notice(cue, sentence):
            return None
        if when is None:  # "The UK has formally notified its withdrawal": given by the day of the report
            headline_deed = tense == "present" and context.headline and cue.span[0].lower_.endswith("s")
            if _noun(cue) or not (tense == "past" or headline_deed) or _in_a_time_clause(cue, sentence):
                return None  # "a year after the country notified the UN": the period's start, told as a rule
            if counted_from(cue.span, past_an_apposition=True):
                return None  # "a year after its capital, Bujumbura, officially notified the UN": the same, past an
                # apposition the clause's commas cut off
            return "notification_date", f"0001-01-01/{context.published.isoformat()}", "past"
        if when.start > context.published:
            return None
        return "notification_date", value or "", "past"
    if kind == "effective_date":
        status = cue.span[-1].lower_ in ("of", "by", *_PARTY_WORDS) or (_ending_for(cue) and cue.span[0].lower_ == "no")
        # "is no longer a party", "out of", "bound by", "no longer applies to": a status
        ceasing = cue.span[0].lemma_ in _CEASING or _membership(cue)
        if status and when is None and tense != "future" and not ceasing:
            return "withdrew", "true", "past"  # "is no longer a party to": an exit done (the corpus's convention)
        if when is None or value is None:
            return None
        if status and date is not None and (nearest := nearest_status_day(with_year(date), context.published)):
            when, value = nearest, claim_value(nearest)  # "As of 17 March, X is no longer a member": the nearest
        if status or ceasing:  # a status from a day on
            doc = cue.span.doc
            if any(t.lower_ in ("was", "were") for t in doc[max(0, cue.span.start - 2) : cue.span.end]):
                tense = "past"  # "The Philippines was officially out of the ICC on Sunday": an exit done that day
            today = when.precision == "day" and when.start == context.published and tense != "past"
            if when.start > context.published or today:
                return "effective_date", value, "future" if not today else "present"
            return "withdrew", value, "past"  # "On 8 December 2023, France ceased to be a party": an exit done
        if not _exit_takes_effect(cue, sentence):
            return None
        return "effective_date", value, claim_tense
    if kind == "withdrew":
        if tense == "present" and as_of(date) and when is not None and value is not None and not _noun(cue):
            today = when.precision == "day" and when.start == context.published
            if today or when.start > context.published:  # "As of Tuesday, January 27, 2026, the US withdraws from":
                return "effective_date", value, "present" if today else "future"  # the day a status holds from
        return _exit(cue, when, value, tense, sentence, context)
    if kind in _CONSENT_KINDS:
        if when is None or not done or not _treaty_object(cue, sentence):
            return None
        return kind, value or "", "past"  # type: ignore[return-value]
    return None


_NOUNS = {"notification", "notice", "instrument", "letter", "notifications", "notices", "instruments", "letters",
          "secretary-general", "secretary", "depositary", "withdrawal", "exit", "departure", "pullout", "pull-out",
          "termination", "ratification", "accession", "member", "members", "party", "parties"}  # fmt: skip


def _tense(cue: Cue) -> str:
    """The verb's tense (tense.py); a noun's date is read as past for an act (a notice, a consent), as it comes for
    an exit's effect."""
    doc = cue.span.doc
    if any(t.lower_ in DUE | FUTURE for t in doc[max(0, cue.span.start - 4) : cue.span.start]):
        return "future"  # "is expected to become effective on June 30", "will take effect"
    if _membership(cue):  # "membership of the convention ends": the verb at the end
        return "future" if _reported_would(cue, cue.span.sent) else tense_of(cue.span[-1:])
    if not _noun(cue):
        return tense_of(cue.span)
    return "past" if cue.kind in ("notification_date", *_CONSENT_KINDS) else "present"


def _exit(
    cue: Cue, when: PartialDate | None, value: str | None, tense: str, sentence: Span, context: Context
) -> tuple[ClaimKind, str, str] | None:
    """An exit: done (by its date, or undated in the past, or told in a headline's present) or taking effect (a date
    ahead)."""
    head = cue.span[0].lower_
    deed = head not in ("finalized", "finalised", "completed", "formalized", "formalised", "ended", "terminated")
    verbal = not _noun(cue)
    if by_means(cue.span[0]):
        return None  # "argued that by withdrawing from the Convention, ... would be imposed": a means, no exit
    if verbal and deed and cue.span[-1].lower_ != "of" and not has_treaty_object(cue.span, sentence):
        return None
    if when is not None and value is not None:
        if tense == "past" and when.start > context.published:
            return None  # 'left in 2018' in a report of 2017: the tense and the date disagree
        if when.start > context.published or tense == "future":
            return "effective_date", value, "future"
        if when.end <= context.published and (verbal or _formal(cue) or _owned(cue)):
            completed = verbal and head in ("finalized", "finalised", "completed")  # "completed the withdrawal
            # process on Wednesday": the day the exit took effect (README 'Label decisions (h-left, session 13)')
            return ("effective_date" if completed else "withdrew"), value, "past"
        return None
    headline_deed = tense == "present" and context.headline and head.endswith("s")  # "Ukraine withdraws from ..."
    if verbal and (tense in ("past", "deed") or headline_deed):
        return "withdrew", "true", "past"
    return None


def _ending_for(cue: Cue) -> bool:
    """'(the convention) will cease to apply to X', 'is no longer binding on X', 'no longer applies to X'."""
    return cue.span[-1].lower_ in ("to", "on", "for") and (cue.span[0].lemma_ in _CEASING or cue.span[0].lower_ == "no")


def _membership(cue: Cue) -> bool:
    return cue.span[0].lower_ in ("membership", "participation")


def _reported_would(cue: Cue, sentence: Span) -> bool:
    """'(the UN) confirmed in writing that American participation in the agreement would end on Jan. 27, 2026': a
    membership's end told in reported speech, a future in the past (as tense.py reads 'would take effect on <a day>'),
    not a condition ('would have ended', 'if', 'unless', 'otherwise')."""
    doc = cue.span.doc
    if not _membership(cue) or len(cue.span) < 3 or doc[cue.span.end - 2].lower_ != "would":
        return False
    if not any(t.lower_ in REPORTING for t in doc[sentence.start : cue.span.start]):
        return False
    return not any(t.lower_ in ("if", "unless", "have", "otherwise", "only") for t in sentence)


def _owned(cue: Cue) -> bool:
    """'Manila's withdrawal on Sunday', 'its withdrawal in 2016': an exit noun owned by the state that made it."""
    doc = cue.span.doc
    before = doc[max(0, cue.span.start - 2) : cue.span.start]
    return any(t.text in ("'s", "’s") or t.lower_ in ("its", "their") for t in before)


def _formal(cue: Cue) -> bool:
    """'its official withdrawal', 'the formal exit': an exit noun that says the exit was made."""
    doc = cue.span.doc
    return any(t.lower_ in ("official", "formal", "final") for t in doc[max(0, cue.span.start - 3) : cue.span.start])


def _treaty_object(cue: Cue, sentence: Span) -> bool:
    """The cue acts on a treaty: one named or referred to right after it ('left the convention', 'ratified it',
    'pulled out of the Paris Agreement'), not a law, a decree or an office."""
    doc = sentence.doc
    window = doc[cue.span.end : min(cue.span.end + 6, sentence.end)]
    if any(t.lower_ == "into" for t in window[:3]):
        return False  # "signed it into force", "signed into law"
    for token in window:
        if token.lower_ in NOT_TREATY_OBJECTS:
            return False
        if token.ent_type_ == "TREATY" or token.lower_ == "it":
            return True
        if token.lower_ in GENERIC_TREATY and determined(token):
            return True
        if token.text in (",", ";") or token.like_num or token.is_title:
            return False  # "signed the Liptako-Gourma Charter": an instrument of its own
    return cue.span[-1].lower_ == "since"


_NOTICE_NOUNS = {"notification", "notice", "instrument", "letter", "note", "documents", "denunciation", "papers",
                 "notifications", "notices", "instruments", "letters", "document", "documentation"}  # fmt: skip


def _in_a_time_clause(cue: Cue, sentence: Span) -> bool:
    """'after the country notified', 'since it left', 'once it has notified': an event a time is counted from."""
    clause = _clause_of(cue, sentence)
    return any(t.lower_ in CLAUSE_LEAD | {"since", "once", "until"} for t in clause.doc[clause.start : cue.span.start])


def _dated_twin(cue: Cue, cues: list[Cue], attached: dict[int, list[Span]]) -> bool:
    """Another notice cue of the sentence has a date: 'notified' and 'the UN Secretary-General on 27 June' tell one
    notice, dated by the office's date."""
    return any(other is not cue and other.kind == cue.kind and attached.get(other.span.start) for other in cues)


def _depositary_told(cue: Cue, sentence: Span, context: Context) -> bool:
    """'Lithuania notified the UN Secretary-General on 27 June 2025' right after the article tells Lithuania's exit:
    the depositary notified, with nothing else it is notified of ('of its ratification', 'that it would attend'), is
    the exit's notice (the depositary receives a withdrawal's notification: VCLT Art. 67(1), Art. 77(1)(e); Ottawa
    Art. 20(2)). Only where the article tells an exit and no consent beside it (:func:`notices.exit_in_view`)."""
    if context.withdrawn_from() is None or not exit_in_view(sentence, context):
        return False
    doc = sentence.doc
    verb = next(
        (t for t in doc[max(sentence.start, cue.span.start - 4) : cue.span.end] if t.lemma_ in ("notify", "inform")),
        None,
    )  # the cue is the verb, or the office right after it ('notified the UN Secretary-General on D')
    if verb is None:
        return False
    told = doc[verb.i + 1 : min(sentence.end, verb.i + 6)]
    if not any(t.lower_ in DEPOSITARY_WORDS for t in told):
        return False
    return not any(_told_of_something(t) for t in doc[verb.i + 1 : sentence.end])


def _told_of_something(token: Token) -> bool:
    """What the depositary is told of: 'of its plans', 'that it would attend', 'about', 'on the matter' (not 'on 27
    June', a date; not the 'of' in 'the Secretary-General of the United Nations')."""
    doc = token.doc
    if token.lower_ == "of":
        return not _office_of(token)
    if token.lower_ not in ("about", "that", "on") or token.i + 1 >= len(doc):
        return False
    following = doc[token.i + 1]
    return not (following.like_num or following.lower_ in CALENDAR_WORDS)


def _office_of(of: Token) -> bool:
    """'the Secretary-General of the United Nations', 'the depositary of the treaty': an 'of' in the office's name."""
    doc = of.doc
    before = doc[of.i - 1].lower_ if of.i > 0 else ""
    return before in DEPOSITARY_WORDS or before == "general"


def _a_notice(cue: Cue, sentence: Span) -> bool:
    """A notice: 'notified', 'informed', a notice noun, or another notice verb with a notice noun near it ('handed
    the instrument', 'the letter was delivered'; not 'a speech delivered'); an office ('the Secretary-General')
    only beside one of those."""
    doc = sentence.doc
    head = cue.span[0]
    if head.lower_ in _NOTICE_NOUNS or head.lemma_ in ("notify", "inform"):
        return True
    near = doc[max(sentence.start, cue.span.start - 6) : min(sentence.end, cue.span.end + 6)]
    if head.lower_ in ("secretary-general", "secretary", "depositary"):  # the office a notice went to
        return any(t.lemma_ in _NOTICE_VERBS or t.lower_ in _NOTICE_NOUNS for t in sentence if t.i != head.i)
    if any(t.lower_ in _NOTICE_NOUNS for t in near):
        return True
    exit_object = doc[cue.span.end : min(sentence.end, cue.span.end + 3)]  # "filed its withdrawal", "triggered its
    return any(t.lower_ in WITHDRAWAL_NOUNS for t in exit_object)  # formal withdrawal": the exit's notice


def _exit_takes_effect(cue: Cue, sentence: Span) -> bool:
    """'the withdrawal takes effect', 'withdrew from the treaty, effective 2 June': an exit named before the cue;
    not 'since the accord went into effect' (the treaty's own entry into force)."""
    doc = sentence.doc
    conjunction = cue.span.start - 1  # "withdrew from the treaty which was signed in 1992 and came into force in 2002"
    if conjunction > sentence.start and doc[conjunction].lower_ == "and" and made_then_in_force(conjunction, sentence):
        return False
    window = words_before(cue.span.start, sentence, 12)  # a name spelt out in brackets not counted
    exits = [t for t in window if t.lower_ in WITHDRAWAL_NOUNS]
    if any(doc[t.i + 1].lower_ in ("from", "of", "by", "for") for t in exits):
        return True  # "Gambia's withdrawal from ICC will take effect": the exit, whatever the treaty's name after it
    i = cue.span.start - 1
    while i >= sentence.start and doc[i].lower_ in (
        "will",
        "would",
        "shall",
        "has",
        "have",
        "had",
        "to",
        "is",
        "was",
        "formally",
        "officially",
        "finally",
        "then",
        "only",
    ):
        i -= 1  # fmt: skip
    if i >= sentence.start and (doc[i].ent_type_ == "TREATY" or doc[i].lower_ in GENERIC_TREATY | {"it"}):
        return False
    return any(t.lower_ in WITHDRAWAL_NOUNS or t.lemma_ in _EXIT_VERBS for t in window)


def _about_exit(sentence: Span) -> bool:
    return mentions_withdrawal(sentence) or any(
        t.lower_ in ("longer", "membership", "participation") or t.lemma_ in _CEASING for t in sentence
    )


_GROUP_HEADS = {"countries", "states", "nations", "governments", "trio", "juntas", "neighbours", "neighbors"}


def _group(cue: Cue, sentence: Span, context: Context) -> list[str]:
    """The states named before that a group reference stands for: 'the three countries', 'both states', 'the trio',
    'they' (before the cue, or after it as its agent: 'issued by the three countries'), as many as the article's
    last list of states when a number is given; not 'other countries', 'some states'."""
    if len(context.states) < 2:
        return []
    doc = sentence.doc
    words = [
        t
        for t in doc[sentence.start : min(sentence.end, cue.span.end + 6)]
        if t.i < cue.span.start or _agent_after(doc[cue.span.end : t.i])
    ]
    for token in words:
        if token.lower_ in ("they", "their"):
            return list(context.states)
        if token.lower_ in ("three", "two", "both") and doc[token.i - 1].lower_ in ("all", "the", "of"):
            following = doc[token.i + 1] if token.i + 1 < len(doc) else None
            alone = following is None or not following.is_alpha or following.lower_ in ("have", "had", "were", "are")
            if alone and (number_from_words(token.lower_) or 2) == len(context.states):
                return list(context.states)  # "the departure of all three", "both have left"
        if token.lower_ not in _GROUP_HEADS:
            continue
        before = [t.lower_ for t in doc[max(sentence.start, token.i - 3) : token.i]]
        if set(before) & UNNAMED_GROUP or not set(before) & {"the", "both", "all", "these", "those", "three", "two"}:
            continue
        numbers = [n for w in before if (n := number_from_words(w)) is not None and w not in ("a", "an")]
        if not numbers or numbers[-1] == len(context.states):
            return list(context.states)
    return []


def _agent_after(between: Span) -> bool:
    """'(a notice) issued by the', '(the exit) of both': the words from a cue to its agent."""
    words = [t.lower_ for t in between]
    return ("by" in words or "of" in words) and not any(w in _BOUNDARY for w in words)


def _states(cue: Cue, actors: list[Span], sentence: Span, context: Context) -> list[str]:
    """The states the cue is said of (the readers' resolution), only when the sentence names them or refers to
    them ('they', 'the three countries', 'its'): never the state the article named last by default alone."""
    if _ending_for(cue):  # "cease to apply to X", "no longer applies to X": the state after the preposition
        return list(dict.fromkeys(str(e.ent_id_) for e in actors if e.start == cue.span.end))
    if cue.span[0].lemma_ == "receive":  # "the UN received a notification from The Gambia": the sender, named
        senders = [e for e in actors if e.start > cue.span.end and preposition(e) == "from"]
        return list(dict.fromkeys(str(e.ent_id_) for e in senders[:1]))
    doc = sentence.doc
    if cue.kind == "notification_date" and not _noun(cue) and not passive_voice(cue.span):
        before = [e for e in actors if e.end <= cue.span.start]
        subject = {"it", "they", "country", "nation", "government", "kingdom", "republic", "administration"}
        pronoun = any(t.lower_ in subject for t in doc[sentence.start : cue.span.start]) or bool(
            _group(cue, sentence, context)
        )  # not 'In its capacity as the depositary, the World Bank has notified ...'"
        if not before and not pronoun:
            return []  # "The World Bank has notified all signatory States of Venezuela's denunciation": the
            # depositary passing a notice on, not the state giving it
    states = subjects(cue.span, actors, sentence, context)
    named = {str(e.ent_id_) for e in actors}
    if states and set(states) <= named:
        return states
    if not any(e.end <= cue.span.start for e in actors) and (group := _group(cue, sentence, context)):
        return group  # "a withdrawal notice issued by the three countries", "both states left"
    referred = any(t.lower_ in STATE_REFERENCES for t in doc[sentence.start : cue.span.end]) or any(
        t.lower_ in WITHDRAWAL_NOUNS and t.i > 0 and doc[t.i - 1].lower_ in ("the", "this")
        for t in doc[sentence.start : cue.span.end]
    )  # "The withdrawal shall take effect on 27 April 2025": the exit the article reports, the state it names
    if referred and not any(e.end <= cue.span.end for e in actors) and states == [context.state]:
        states = _the_groups_exit(cue, sentence, context) or states
    return states if referred else []


def _the_groups_exit(cue: Cue, sentence: Span, context: Context) -> list[str]:
    """'Burkina Faso, Mali, and Niger will officially withdraw from ECOWAS starting in 2025. [...] The ECOWAS
    Commission has set the exit for a timeframe between January 29 and July 29, 2025' (Nigerian Bulletin, 2024): 'the
    exit' ('the withdrawal') with no State named before it is the exit the article last told, of all the States that
    told it (subjects.exiting_group), not the one State the article names most."""
    doc = sentence.doc
    the_exit = any(
        t.lower_ in WITHDRAWAL_NOUNS and t.i > sentence.start and doc[t.i - 1].lower_ == "the"
        for t in doc[sentence.start : cue.span.end]
    )
    return exiting_group(context) if the_exit else []
