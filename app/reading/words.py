"""Helpers on tokens and spans shared by the reader's modules: a clause's states ('actors'), its generic treaty
references ('the convention', 'it'), the matcher matches of a paragraph, lists of states, the word before a name.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterator

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from app.numbers import number_from_words
from app.reading.body_modifiers import modifies_a_body, names_its_members
from app.reading.pipeline import Reading
from app.reading.vocabulary import (
    APPOSED,
    GENERIC_TREATY,
    GOVERNING,
    LIST_GLUE,
    NOT_TREATY_OBJECTS,
    PARLIAMENTS,
    REPORTING,
    SEATED,
    WITHDRAW_LEMMAS,
    WITHDRAWAL_NOUNS,
)
from app.reading.walked import Walked


def body_state(clause: Span, reading: Reading) -> str | None:
    """The state whose parliament the clause names: the state's adjective before the body's name first ("the
    Latvian Seimas": Latvia's, though the Seimas is Lithuania's), else the body's own state."""
    doc = clause.doc
    for t in clause:
        if t.text in reading.gazetteer.bodies:
            before = doc[t.i - 1] if t.i > clause.start else None
            if before is not None and before.ent_type_ == "STATE":
                return str(before.ent_id_)
            return reading.gazetteer.bodies[t.text]
    for t in clause:  # "The Turkish parliament", "Hungary's parliament": a state's chamber named by a common noun
        if t.lower_ in _CHAMBER_NOUNS and t.i - 1 > clause.start:
            before = doc[t.i - 2] if doc[t.i - 1].text in ("'s", "’s") else doc[t.i - 1]
            if before.ent_type_ == "STATE":
                return str(before.ent_id_)
    return None


_CHAMBER_NOUNS = {"parliament", "legislature", "senate", "congress", "lawmakers", "legislators", "mps"}


_VOTED = {"voted", "votes", "vote", "voting"}
_HOW = {"unanimously", "overwhelmingly", "narrowly", "today", "on", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday"}  # fmt: skip


def house_voted(doc: Doc, i: int) -> bool:
    """A parliament voted for what starts at ``i``: 'the Verkhovna Rada voted for the ratification of', 'has voted in
    favor of ratifying', 'voted unanimously to ratify' (a parliament's word within ten words before the vote)."""
    j = i - 1
    if j >= 1 and doc[j].lower_ == "the":
        j -= 1
    if j >= 2 and doc[j].lower_ == "of" and doc[j - 1].lower_ in ("favor", "favour") and doc[j - 2].lower_ == "in":
        j -= 3
    elif j >= 0 and doc[j].lower_ in ("for", "to"):
        j -= 1
    else:
        return False
    while j > 0 and doc[j].lower_ in _HOW:
        j -= 1
    if j < 0 or doc[j].lower_ not in _VOTED:
        return False
    return any(t.lower_ in PARLIAMENTS or t.lower_ in _CHAMBER_NOUNS for t in doc[max(0, j - 10) : j])


def house_subject(verb: Span, actors: list[Span], clause: Span, reading: Reading) -> list[str]:
    """'The Verkhovna Rada ratified the Istanbul Convention', 'the Seimas voted for the ratification of': a parliament
    the rulebook names (by its own name, not a state's) is a consent's subject, a few words before it, with no state
    named before the verb: the State it is the parliament of acts (the body named by ``parliament_near``). Only for a
    consent: 'The State Duma denounced the Convention' is a parliament's decision, no notice of the State."""
    doc = clause.doc
    if any(clause.start <= e.start and e.end <= verb.start for e in actors):
        return []  # "Ukraine's Verkhovna Rada", "the Latvian Saeima": the state named reads itself
    window = doc[max(clause.start, verb.start - 8) : verb.start]
    if not any(t.text in reading.gazetteer.bodies and not t.ent_type_ and t.is_title for t in window):
        return []
    state = body_state(doc[window.start : verb.start], reading)
    return [state] if state else []


def object_is_treaty(doc: Doc, i: int) -> bool:
    """The words from ``i`` are the treaty: its name or a treaty noun ('the 1961 Single Convention': over a year)."""
    if i < len(doc) and doc[i].lower_ in ("the", "this"):
        i += 1
    if i + 1 < len(doc) and doc[i].like_num and len(doc[i].text) == 4:
        i += 1
    return i < len(doc) and (doc[i].ent_type_ == "TREATY" or doc[i].lower_ in GENERIC_TREATY)


def status_date(date: Span) -> bool:
    doc = date.doc
    return date.start > 1 and doc[date.start - 1].lower_ == "of" and doc[date.start - 2].lower_ == "as"


_HELD_BY = {"bound", "governed", "covered", "obliged", "obligated"}


def signing_agent(ent: Span) -> bool:
    """'signed by 45 countries and the European Union', 'signed by 53 parties, including the European Union': an
    organisation among the signers is not the treaty; nor is the treaty whose parties sign ('signed by 194 parties to
    the UN Framework Convention on Climate Change', IANS, 2017: the Paris Agreement signed)."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ == "by":
        return not (i >= 1 and doc[i - 1].lower_ in _HELD_BY)  # "remain bound by the Rome Statute": the treaty
    if i >= 2 and doc[i].lower_ == "to" and doc[i - 1].lower_ == "addition" and doc[i - 2].lower_ == "in":
        i -= 2  # "197 countries in addition to the European Union": one party more among the states counted
    elif i >= 1 and doc[i].lower_ == "as" and doc[i - 1].lower_ == "well" and i >= 2 and doc[i - 2].lower_ == "as":
        i -= 2  # "195 states as well as the EU"
    if i >= 1 and doc[i].lower_ in ("and", "plus", "in") and doc[i - 1].lower_ in _STATE_NOUNS:
        return True
    if i >= 1 and doc[i].lower_ == "including" and _counted_members(doc, i - 1):
        return True  # "It was signed by 53 parties, including the European Union and Euroatom": one of those counted
    if (
        i >= 3
        and doc[i].lower_ == "to"
        and doc[i - 1].lower_ in ("parties", "members", "states")
        and doc[i - 2].like_num
    ):
        return doc[i - 3].lower_ == "by"  # "signed by 194 parties to the UN Framework Convention": the signers' group
    after = [t.lower_ for t in doc[ent.end : min(ent.end + 3, len(doc))]]  # "the European Union and 197 countries"
    return len(after) == 3 and after[0] in ("and", "plus") and after[1][:1].isdigit() and after[2] in _STATE_NOUNS


_STATE_NOUNS = ("countries", "states", "nations", "members")
_COUNTED_MEMBERS = (*_STATE_NOUNS, "parties", "signatories")


def _counted_members(doc: Doc, i: int) -> bool:
    """'53 parties,' '190 countries': a number and a plural of members ending at ``i`` (over a comma)."""
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 1 and doc[i].lower_ in _COUNTED_MEMBERS and doc[i - 1].like_num


def with_year(date: Span) -> list[str]:
    """'on 4 November that year' (or 'the same year', 'in October of that same year'): the year the sentence named
    before, not the nearest 4 November; 'on June 1 of the following year' (or 'the next year'): the year after the one
    last named before it in the sentence, else in the paragraph ('The agreement ... was signed in Washington on
    December 8, 1987. The document came into force on June 1 of the following year.', Eco and Healthy, 2019: 1988, not
    the report's year); without one, the words as written."""
    doc = date.doc
    words = [t.text for t in date]
    following = [t.lower_ for t in doc[date.end : min(date.end + 4, len(doc))]]
    following = following[1:] if following[:1] == ["of"] else following
    if following[:2] == ["that", "year"] or following[:3] in (["the", "same", "year"], ["that", "same", "year"]):
        years = _years_in(doc[date.sent.start : date.start])
        return [*words, years[-1]] if years else [*words, "0000"]  # no year named: read as no date
    if following[:3] in (["the", "following", "year"], ["the", "next", "year"]):
        years = _years_in(doc[date.sent.start : date.start]) or _years_in(doc[: date.sent.start])
        return [*words, str(int(years[-1]) + 1)] if years else [*words, "0000"]
    return words


def _years_in(words: Span) -> list[str]:
    """The years (19xx, 20xx) written in figures in ``words``."""
    return [t.text for t in words if re.fullmatch(r"(19|20)\d\d", t.text)]


def matches_of(matcher: Matcher, doc: Doc) -> list[tuple[int, int, int]]:
    """A matcher's matches on a paragraph, computed once per paragraph (every clause reads them)."""
    cache: dict[int, list[tuple[int, int, int]]] = doc.user_data.setdefault("matches", {})
    key = id(matcher)
    if key not in cache:
        cache[key] = [(m, s, e) for m, s, e in matcher(doc)]
    return cache[key]


def clauses(sentence: Span) -> Iterator[Span]:
    start = sentence.start
    for token in sentence:
        if token.text == ";":
            if token.i > start:
                yield Walked(sentence.doc, start, token.i)
            start = token.i + 1
    if start < sentence.end:
        yield Walked(sentence.doc, start, sentence.end)


def actors_in(clause: Span) -> list[Span]:
    """States named in the clause; a capital only as an actor (not after 'in', 'to', 'from', 'at')."""
    out = []
    for ent in clause.ents:
        if _prefixed(ent) or dateline_place(ent) or _targeted(ent) or _landmark(ent) or beside_the_deed(ent):
            continue  # "citing alleged anti-Israel bias", "its bias against Israel": a stance, not Israel acting;
            # "ABUJA, Nigeria (AP) —": where the report is filed
        if ent.label_ == "STATE":
            out.append(ent)
        elif ent.label_ == "CAPITAL":
            previous = clause.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            following = clause.doc[ent.end].lower_ if ent.end < len(clause.doc) else ""
            if (
                (previous not in ("in", "to", "from", "at", "near", "of") or _seat_of(ent))
                and following not in ("post", "times")
                and not _place_in_a_name(ent)  # "the Paris climate agreement": a place in a treaty's name
                and not _named_after(ent)
                and following not in _GATHERINGS  # "on eve of historic Vienna meeting": where states met
            ):
                out.append(ent)
    return out


# a capital before a gathering's noun names where it met ('the Vienna meeting', 'the Vilnius summit', 'the Paris
# talks'), not the government acting
_GATHERINGS = {"meeting", "meetings", "summit", "summits", "talks", "conference", "ceremony", "negotiations",
               "session", "forum", "round", "declaration", "communique", "communiqué", "gathering"}  # fmt: skip


def _place_in_a_name(ent: Span) -> bool:
    """'the Paris climate agreement': a treaty noun within three words after the capital, with no verb or
    determiner between ('Trump quits Paris deal', 'Biden rejoins the accord': the leader acts)."""
    doc = ent.doc
    for token in doc[ent.end : min(ent.end + 3, len(doc))]:
        if token.lower_ in GENERIC_TREATY:
            return True
        if token.ent_type_ or token.lower_ in _NEW_PHRASE or token.lemma_ in _ACTS:
            return False
    return False


_NEW_PHRASE = {"the", "a", "an", "its", "their", "his", "her", "this", "that"}
# "Moscow gave treaty signatories ...": a verb after the capital, which acts (no place in a treaty's name)
_ACTS = {*WITHDRAW_LEMMAS, "join", "rejoin", "sign", "ratify", "accede", "pull", "walk", "drop", "notify", "give"}
_STANCES = {"anti", "pro"}


def _prefixed(ent: Span) -> bool:
    """'anti-Israel', 'pro-Russia': a state's name as the second half of a prefixed adjective."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].text not in ("-", "–"):
        return False
    prefix = doc[ent.start - 2]
    return prefix.lower_ in _STANCES and not prefix.whitespace_ and not doc[ent.start - 1].whitespace_


_DATELINE_ENDS = {"—", "–", "-", "--", ":"}


def dateline_place(ent: Span) -> bool:
    """'ABUJA, Nigeria (AP) — The three junta-led ...', 'KYIV, Ukraine, June 29 (Reuters) -': the place a report is
    filed from, at the head of its paragraph (a city in capitals, then its country before the agency or the dash),
    is where the reporter stands, not a state acting or spoken of."""
    doc = ent.doc
    alone = ent.start == 0 and all(t.is_upper for t in ent if t.is_alpha)  # "MOSCOW (Reuters) -", "WASHINGTON —"
    if not alone and (ent.start < 2 or ent.start > 6 or doc[ent.start - 1].text != ","):
        return False
    city = doc[: max(0, ent.start - 1)]
    if not alone and not (any(t.is_alpha for t in city) and all(t.is_upper for t in city if t.is_alpha)):
        return False
    rest = [t.text for t in doc[ent.end : min(len(doc), ent.end + 8)]]
    if rest[:1] == ["("]:  # the agency: "(AP)", "(Reuters)"
        rest = rest[rest.index(")") + 1 :] if ")" in rest else []
    elif rest[:1] == [","]:  # a day after the country: ", June 29 (Reuters) -"
        rest = rest[rest.index(")") + 1 :] if ")" in rest else rest[1:]
    return bool(rest) and rest[0] in _DATELINE_ENDS


def dateline_day(date: Span) -> bool:
    """'TOKYO, Dec. 26 (Xinhua) -- Japan will ...', 'KYIV, June 29 (Reuters) -': the day after the place a report is
    filed from, before the agency or the dash, is the dispatch's day, not a day of what the report tells; so is a
    syndicated copy's bare dateline, the agency dropped ('Vilnius, June 29 Lithuania, Latvia and Estonia have
    submitted ...', IANS as reprinted)."""
    doc = date.doc
    head = doc[date.sent.start : date.start]
    if _bare_dateline(head, date) or _colon_dateline(head, date):
        return True
    if not 2 <= len(head) <= 6 or head[-1].text != "," or not (head[0].is_alpha and head[0].is_upper):
        return False  # "TOKYO," / "KYIV, Ukraine," before the day
    rest = [t.text for t in doc[date.end : min(len(doc), date.end + 6)]]
    if rest[:1] == ["("]:  # the agency: "(Xinhua)", "(Reuters)"
        rest = rest[rest.index(")") + 1 :] if ")" in rest else []
    return bool(rest) and rest[0] in _DATELINE_ENDS


CALENDAR_WORDS = {name.lower() for name in (*calendar.day_name, *calendar.month_name) if name}  # "on Friday", "June"


def _bare_dateline(head: Span, date: Span) -> bool:
    """'Vilnius, June 29 Lithuania ...': a place of one to three capitalised names (no function word, no day or month
    name: 'On Friday, June 27 Lithuania' and 'Friday, June 27 Lithuania' tell the act's day) and a comma open the
    sentence, the day has no year and a capitalised word follows it with no comma, starting the report's sentence."""
    doc = date.doc
    place = head[:-1]
    if not 1 <= len(place) <= 3 or head[-1].text != ",":
        return False
    if not all(t.is_alpha and t.is_title and not t.is_stop and t.lower_ not in CALENDAR_WORDS for t in place):
        return False
    if any(t.like_num and len(t.text) == 4 for t in date) or date.end >= len(doc):
        return False  # "Vilnius, June 29, 2025": a full date, not a dispatch's day
    after = doc[date.end]
    return after.is_alpha and after.is_title and after.lower_ not in CALENDAR_WORDS


def _colon_dateline(head: Span, date: Span) -> bool:
    """'News Americas, WASHINGTON, D.C., Tues. Sept. 11, 2012: The government of ... Venezuela has denounced ...',
    'United States: Nov 23, 2020 (TNS): The United States has formally withdrawn ...': a place (a word in capitals,
    or an agency in brackets after the day) heads the paragraph, the day closes with a colon or a dash, and no
    lower-case or function word stands before it (not a timeline's 'March 6, 2025: Lithuania's withdrawal takes
    effect', whose day is the event's)."""
    doc = date.doc
    head = doc[0 : date.start] if date.start <= 12 else head  # "Tues. Sept. 11": the abbreviation ends a 'sentence'
    if not 1 <= len(head) <= 12 or any(t.is_alpha and (t.is_lower or t.is_stop) for t in head):
        return False
    tail = doc[date.end : min(len(doc), date.end + 8)].text.lstrip()
    agency = tail.startswith("(") and ")" in tail  # "(TNS):", one token or three
    tail = tail[tail.index(")") + 1 :].lstrip() if agency else tail
    capitals = any(t.is_alpha and t.is_upper and len(t) >= 3 for t in head)
    return tail[:1] in _DATELINE_ENDS and (agency or capitals)


def _targeted(ent: Span) -> bool:
    """'denouncing its "ongoing bias against Israel"', 'sanctions against Russia': the state a stance or a measure is
    against is its target, not a state acting (nor the one a following 'its' stands for)."""
    doc = ent.doc
    return ent.start > 0 and doc[ent.start - 1].lower_ == "against"


_AGENCY_PARTICIPLES = {"led", "mediated", "brokered", "chaired", "hosted", "facilitated", "headed", "sponsored",
                       "moderated", "convened", "conducted", "overseen"}  # fmt: skip
_URGING = {"urge", "implore", "exhort", "appeal", "press", "beg", "encourage", "ask"}
_FRONTED_PAPER = {"letter", "statement", "note", "op-ed", "petition", "appeal"}


def fronted_call(span: Span) -> bool:
    """'In a letter released today, Human Rights Watch ... urged Trinidad and Tobago's Prime Minister to reconsider
    withdrawing', 'In a letter sent today, Amnesty International urged ...': ``span`` lies in a fronted 'In a letter
    ...,' whose main clause urges, asks or calls on another: the letter is the call's, not a notice of withdrawal."""
    sentence = span.sent
    doc = sentence.doc
    words = [t for t in sentence if not t.is_space]
    if len(words) < 4 or words[0].lower_ != "in" or not any(t.lower_ in _FRONTED_PAPER for t in words[1:4]):
        return False
    comma = next((t.i for t in words if t.text == "," and t.i > span.start), None)
    if comma is None or span.end > comma:
        return False
    return any(
        t.lemma_ in _URGING or (t.lemma_ == "call" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ in ("on", "upon"))
        for t in doc[comma + 1 : sentence.end]
    )


_OFFICES = {"president", "presidents", "leader", "leaders", "head", "heads", "government", "governments", "prime",
            "minister", "ministers", "foreign", "envoy", "envoys", "mediator", "mediators", "the", "of", "and",
            ","}  # fmt: skip


_CHAIRS = {"presidency", "chairmanship", "chair", "chairmanship-in-office"}


def beside_the_deed(ent: Span) -> bool:
    """A state named as the agent of another deed or as the holder of an organisation's chair: not an actor."""
    return _agent_of_another_deed(ent) or _chairing(ent) or _time_landmark(ent)


def _time_landmark(ent: Span) -> bool:
    """'Indeed, before Ecuador, Bolivia was the only country to have denounced the ICSID Convention' (IISD, 2009),
    'After Burundi, the Philippines left the ICC': a state alone between a fronted 'before' / 'after' and a comma
    places the deed in time by that state's; it is not the actor (nor is the deed told of it). Only fronted: the
    sentence opens with the phrase, over an adverb ('Indeed,')."""
    doc = ent.doc
    p = ent.start - 1
    if p < 0 or doc[p].lower_ not in ("before", "after") or ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    return all(t.is_punct or t.lower_ in _OPENERS or t.lower_.endswith("ly") for t in doc[ent.sent.start : p])


_OPENERS = {"indeed", "but", "and", "yet", "so", "even", "long", "shortly", "just", "soon"}  # not ', after Bolivia,'
# inside 'the second country, after Bolivia, to withdraw' (after_others.py: Bolivia's earlier exit is told)


def _chairing(ent: Span) -> bool:
    """'as represented by the Belgian presidency and acting on behalf of the Union' (EU Reporter, 2024): a state
    holding an organisation's rotating chair acts for the organisation, not for itself."""
    doc = ent.doc
    return ent.end < len(doc) and doc[ent.end].lower_ in _CHAIRS


def _agent_of_another_deed(ent: Span) -> bool:
    """'to allow ongoing negotiations led by the Presidents of Senegal and Togo', 'talks mediated by Qatar': the
    states (or their leaders) after 'by' and a participle of agency are the agents of that other deed (talks, a
    mediation), not actors of the withdrawal the sentence tells (not 'the exit led by Mali': a withdrawal's noun)."""
    doc = ent.doc
    i = ent.start - 1
    start = ent.sent.start
    while i > start and (doc[i].lower_ in _OFFICES or doc[i].ent_type_ in ("STATE", "CAPITAL")):
        i -= 1  # "by the Presidents of Senegal and Togo": over the offices and the list
    if i <= start or doc[i].lower_ != "by" or doc[i - 1].lower_ not in _AGENCY_PARTICIPLES:
        return False
    if ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("who", "which"):
        return False  # "The summit was hosted by Equatorial Guinea, who is not an ICC member": the relative's subject
    return i < 2 or doc[i - 2].lemma_ not in ("withdrawal", "exit", "departure", "pullout", "walkout", "exodus")


_BORDERING = {"neighboring", "neighbouring", "bordering"}
_NEIGHBOURS = {"neighbor", "neighbour", "neighbors", "neighbours"}


def _landmark(ent: Span) -> bool:
    """'Country neighboring Russia withdraws from ...', 'Russia's neighbour Latvia', 'a neighbour of Russia': the
    state another is placed by is a landmark, not a state acting ('Latvia, Russia's neighbour, ...' keeps Latvia)."""
    doc = ent.doc
    i = ent.start - 1
    while i > 0 and (doc[i].lower_ in (",", "and", "the") or doc[i].ent_type_ in ("STATE", "CAPITAL")):
        i -= 1  # "bordering Russia and Belarus": each state of the list
    if i >= 0 and doc[i].lower_ in _BORDERING and _participle(doc, i):
        return True
    before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
    if before == "of" and ent.start > 1 and doc[ent.start - 2].lower_ in _NEIGHBOURS:
        return True
    after = doc[ent.end : min(ent.end + 2, len(doc))]
    return len(after) == 2 and after[0].text in ("'s", "’s") and after[1].lower_ in _NEIGHBOURS


def _participle(doc: Doc, i: int) -> bool:
    """'Country neighboring Russia', 'Latvia, bordering Russia': the participle after a noun or a comma; not the
    adjective of 'the official exit of neighbouring Russia and Belarus', whose states are the ones meant."""
    if doc[i].lower_ == "bordering":
        return True
    return i > 0 and (doc[i - 1].text == "," or doc[i - 1].lower_ in _PLACED or doc[i - 1].ent_type_ == "STATE")


_PLACED = {"country", "countries", "state", "states", "nation", "nations", "member", "members", "ally", "allies"}


def _seat_of(ent: Span) -> bool:
    """'the government in Budapest', 'the authorities in Kyiv': the capital names the government acting."""
    doc = ent.doc
    return ent.start > 1 and doc[ent.start - 1].lower_ == "in" and doc[ent.start - 2].lower_ in SEATED


def _named_after(ent: Span) -> bool:
    """'the Rome Statue', 'the Vienna Document': a capital before a capitalised word (outside a title-case
    headline) is the first word of another name, not the government acting."""
    doc = ent.doc
    if ent.end >= len(doc) or _title_case(doc):
        return False
    following = doc[ent.end]
    return following.is_title and following.is_alpha and not following.ent_type_ and following.lower_ != "on"


def _title_case(doc: Doc) -> bool:
    """Whether most of the text's words are capitalised (a title-case headline), counted once per text."""
    if (cached := doc.user_data.get("title_case")) is None:
        cached = doc.user_data["title_case"] = sum(t.is_title for t in doc) > len(doc) / 2
    return bool(cached)


def generic_references(clause: Span) -> list[Token]:
    """'the convention', 'this treaty', 'the pact', 'the document' and 'it' after a verb."""
    refs = []
    for token in clause:
        if token.ent_type_ == "TREATY" or _accession_protocol(token):
            continue
        named = (token.lower_ in GENERIC_TREATY and determined(token)) or _named_ban(token)  # "... the test ban"
        if named or (token.lower_ == "it" and token.i > clause.start):
            refs.append(token)
    return refs


def _named_ban(token: Token) -> bool:
    """'the test ban', 'the mine ban': a ban named by its object after 'the', as news shortens the treaty's name."""
    doc = token.doc
    return (
        token.lower_ == "ban"
        and token.i >= 2
        and doc[token.i - 1].lower_ in ("test", "mine", "landmine")
        and doc[token.i - 2].lower_ == "the"
        and not (token.i + 1 < len(doc) and doc[token.i + 1].lower_ in ("treaty", "convention", "on"))
    )


_JOINING_NOUNS = {"accession", "participation", "membership"}


def _accession_protocol(token: Token) -> bool:
    """'the protocol on Sweden's accession to NATO', 'Sweden's accession protocol': a protocol of its own, not 'the
    protocol' pointing back to a treaty named."""
    doc = token.doc
    if token.lower_ not in ("protocol", "protocols"):
        return False
    before = doc[token.i - 1].lower_ if token.i > 0 else ""
    return before in _JOINING_NOUNS or any(t.lower_ in _JOINING_NOUNS for t in doc[token.i + 1 : token.i + 6])


_BEFORE_A_NOUN = {"a", "an", "the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "more",
                  "many", "several", "other", "further", "such", "no", "all", "both", "'s", "’s", "of", "on", "about",
                  "over", "amid", "for", "with", "against"}  # fmt: skip


def exit_noun(token: Token) -> bool:
    """'Trump's second term: a year of exits', 'more exits loom', 'Trump's exits': 'exit' / 'exits' right after a
    determiner, a possessive or a preposition is the noun, not a State's verb ('US exits WHO', 'to exit'), also with
    an adjective of plan between ('before its scheduled exit'); a plural with no treaty of its own names several
    exits, no one treaty's."""
    if token.lower_ not in ("exit", "exits") or token.i == 0:
        return False
    doc = token.doc
    before = doc[token.i - 1].lower_
    if before in _EXIT_ADJECTIVES and token.i > 1:  # "before its scheduled exit", "a planned exit": the noun
        before = doc[token.i - 2].lower_
    return before in _BEFORE_A_NOUN


_EXIT_ADJECTIVES = {"scheduled", "planned", "expected", "eventual", "imminent", "impending", "looming", "announced",
                    "intended", "proposed", "possible", "potential"}  # fmt: skip


# words after which a treaty noun needs no article: "from", and the verbs of leaving in headlines
_LEAVING_WORDS = {"from", "quits", "exits", "leaves", "leave", "quit", "quitting", "leaving", "exiting"}
# right before the noun: "Mali, B/Faso, Niger officially exit bloc today" (a headline's bare noun)
_LEAVING_RIGHT_BEFORE = {"from", "of", "quit", "left", "leave", "leaves", "exit", "exited"}


def determined(token: Token) -> bool:
    """'the convention', 'this treaty', 'the international treaty', '(withdrew) from convention', 'from a key
    Cold War-era security deal', 'withdraws from Cold-War era nuclear treaty' (a determiner, 'from a' or 'from'
    before a run of modifiers)."""
    doc = token.doc
    if _proper_name(token):
        return False
    for back in range(1, 9):
        if token.i - back < 0:
            return False
        word = doc[token.i - back]
        if word.lower_ in ("the", "this", "that", "its", "their"):
            return True
        if back == 1 and word.lower_ in _LEAVING_RIGHT_BEFORE:
            return True
        if word.lower_ in _LEAVING_WORDS:
            return True  # "withdraws from international treaty protecting women", "exits investor protection treaty"
        if word.lower_ == "of" and token.i - back > 0 and doc[token.i - back - 1].lower_ == "out":
            return True  # "walks out of nuclear treaty", "pulls out of landmark climate accord"
        if word.lower_ in ("a", "an") and token.i - back > 0 and doc[token.i - back - 1].lower_ in ("from", "of"):
            return True  # "withdrawn from a landmark international treaty"
        year = word.like_num and len(word.text) == 4 and word.text[:2] in ("18", "19", "20")  # "the 2015 pact"
        if (
            (word.is_punct and word.text != "-")
            or (word.like_num and not year and not _count_as_adjective(word))
            or word.ent_type_ not in ("", "CAPITAL")
        ):
            return False  # a city or a year is no bar: "the Paris deal", "the Kyoto pact", "the 1997 treaty"; nor a
            # count as a compound adjective: "the 15-member body", "the 50-plus-country treaty"
    return False


def _count_as_adjective(number: Token) -> bool:
    """'15-member', '34-nation', '50-plus-country': a number joined by a hyphen to what it counts."""
    doc = number.doc
    words = [t.lower_ for t in doc[number.i + 1 : min(len(doc), number.i + 5)]]
    if words[:3] == ["-", "plus", "-"]:
        words = words[2:]
    return words[:1] == ["-"] and words[1:2] in (["member"], ["nation"], ["country"], ["state"])


def foreign_instrument(token: Token) -> bool:
    """'the Cotonou Agreement', 'the Bamako Accord': the head of an instrument's proper name the rulebook lacks."""
    return token.lower_ in GENERIC_TREATY and token.ent_type_ != "TREATY" and _proper_name(token)


def _proper_name(token: Token) -> bool:
    """'signed the Liptako-Gourma Charter', 'the Bamako Accord': a capitalised noun after a capitalised name in a
    sentence not written in title case names an instrument of its own (one the rulebook lacks), not 'the charter'
    the article discussed."""
    doc = token.doc
    if _titled_after(token) or body_named_after(token):  # "abandoned the Treaty on the Prohibition of Nuclear
        return True  # Tests", "the Organisation Internationale de la Francophonie": a title of its own
    if token.i == 0 or not token.is_title or not doc[token.i - 1].is_title or doc[token.i - 1].is_sent_start:
        return False
    sentence = token.sent
    return sum(t.is_title for t in sentence) <= len(sentence) / 2 and doc[token.i - 1].lower_ not in ("the", "this")


def _titled_after(token: Token) -> bool:
    """'the Treaty on the Prohibition of Nuclear Tests', 'the Convention for the Safeguarding of ...': a capitalised
    generic noun followed by 'on' / 'for' (and 'the') and a capitalised word, in a sentence not in title case, is the
    start of an instrument's full title the rulebook does not hold (a title it holds is a TREATY name already); so is
    one followed by 'of' and a capitalised name ('the Alliance of Sahel States'; not 'the Convention of the ...')."""
    doc = token.doc
    if (
        not token.is_title
        or token.is_sent_start
        or token.i + 2 >= len(doc)
        or doc[token.i + 1].lower_ not in ("on", "for", "of")
    ):
        return False
    if doc[token.i + 1].lower_ == "of":
        named = doc[token.i + 2]
        return named.is_title and not named.ent_type_ and sum(t.is_title for t in token.sent) <= len(token.sent) / 2
    title = doc[token.i + 2 + (doc[token.i + 2].lower_ == "the")] if token.i + 3 < len(doc) else doc[token.i + 2]
    sentence = token.sent
    return title.is_title and not title.ent_type_ and sum(t.is_title for t in sentence) <= len(sentence) / 2


# what follows a treaty's own capitalised noun when an organ or part of that treaty is meant ('the Convention
# Secretariat', 'the Treaty Parties'), not another instrument's name
_ORGAN_WORDS = {"secretariat", "registry", "depositary", "parties", "party", "states", "members", "member",
                "council", "committee", "conference", "commission", "text", "article", "articles", "chapter",
                "preamble"}  # fmt: skip


def body_named_after(token: Token) -> bool:
    """'the Organisation Internationale de la Francophonie', 'the Alliance Sahelienne': a capitalised generic noun
    followed by a capitalised word that is no entity and no organ ('the Convention Secretariat'), in a sentence not
    written in title case, opens a body's or an instrument's own name, one the rulebook does not hold (a name it
    holds is a TREATY entity already)."""
    doc = token.doc
    if (
        token.lower_ not in GENERIC_TREATY
        or not token.is_title
        or token.is_sent_start
        or token.ent_type_
        or token.i + 1 >= len(doc)
    ):
        return False
    following = doc[_past_connectors(token)]
    if not following.is_title or not following.is_alpha or following.ent_type_ or following.lower_ in _ORGAN_WORDS:
        return False
    if following.lower_ in CALENDAR_WORDS:
        return False  # "the Convention in February": a date, no name
    sentence = token.sent
    return sum(t.is_title for t in sentence) <= len(sentence) / 2


_CONNECTORS = {"de", "la", "le", "les", "des", "du", "del", "los", "las", "d'"}


def _past_connectors(token: Token) -> int:
    """The index of the word a name goes on with after its generic noun: the next word, or the capitalised word after
    one lowercase adjective and a run of a Romance name's connectors ('Organisation internationale de la
    Francophonie')."""
    doc = token.doc
    i = token.i + 1
    j = i + 1 if i < len(doc) and doc[i].is_lower and doc[i].is_alpha else i
    k = j
    while k < min(len(doc), j + 3) and doc[k].lower_ in _CONNECTORS:
        k += 1
    return k if k > j and k < len(doc) else i


def mentions_withdrawal(span: Span) -> bool:
    exits = ("withdraw", "leave", "quit", "exit", "denounce")  # "denounced the Convention": a notice of exit
    return any(t.lower_ in WITHDRAWAL_NOUNS or t.lemma_ in exits for t in span)


def reporting(token: Token) -> bool:
    """'said', 'announced'; 'that' before a subject ('that it will'), not 'that withdrawal' (a determiner)."""
    if token.lower_ == "that":
        following = token.nbor() if token.i + 1 < len(token.doc) else token
        return following.lower_ in ("it", "they", "he", "she", "we", "the", "its", "their") or (
            following.ent_type_ == "STATE"
        )
    return token.lower_ in REPORTING


def listed_with(actors: list[Span], first: Span, forward: bool) -> list[Span]:
    """The list of states 'first' belongs to: 'Estonia, Poland and Latvia', 'Russia, the United States and
    China' (read backwards from the last name before a verb, or forwards from the first after it)."""
    doc = first.doc
    group = [first]
    initials = {i for e in actors if _initials(e, actors) for i in range(e.start - 1, e.end + 1)}
    pool = [e for e in actors if e.start >= first.end] if forward else [e for e in actors if e.end <= first.start][::-1]
    for ent in pool:
        if ent.start in initials:
            continue  # "the Democratic People's Republic of Korea (DPRK)": one list item
        between = doc[group[-1].end : ent.start] if forward else doc[ent.end : group[0].start]
        if not all(t.lower_ in LIST_GLUE or t.lower_ in APPOSED or t.i in initials for t in between):
            break  # "The United States and its ally Israel": an appositive between the two
        if not forward and _fronted_before(group[0]):
            break  # "Unlike Hungary, Poland has not left": the fronted phrase's state is not in the list
        if forward:
            group.append(ent)
        else:
            group.insert(0, ent)
    return group


def _initials(ent: Span, actors: list[Span]) -> bool:
    """'the Democratic People's Republic of Korea (DPRK)': the same state's short name in brackets right after its
    name."""
    doc = ent.doc
    if ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return False
    return any(e.end == ent.start - 1 and str(e.ent_id_) == str(ent.ent_id_) for e in actors)


def governed(ent: Span) -> bool:
    """A state after a preposition ('relations with Russia', 'the war in Ukraine') or whose example is followed
    ('follow Washington's example by withdrawing') is not the one acting."""
    doc = ent.doc
    owned = doc[ent.end : min(ent.end + 2, len(doc))]
    if len(owned) == 2 and owned[0].text in ("'s", "’s") and owned[1].lower_ in WITHDRAWAL_NOUNS:
        return False  # "leading to the UK's withdrawal becoming effective": the UK's own exit
    if len(owned) == 2 and owned[0].text in ("'s", "’s") and owned[1].lower_ in FOLLOWED:
        return True  # "Moscow could follow Washington's example by withdrawing": the model followed, not the actor
    if _seat_of(ent):
        return False  # "the government in Budapest" acts
    i = ent.start - 1
    while i >= 0 and (doc[i].lower_ in ("the", ",", "and", "or") or doc[i].ent_type_ == "STATE"):
        i -= 1
    if _after_a_fronted_phrase(ent, i):
        return False  # "Unlike Hungary, Poland has not left the ICC": Poland opens the main clause
    if i >= 0 and doc[i].lower_ == "by" and _agent_of_withdrawal(doc, i):
        return False  # "The denunciation of the Convention by Venezuela will take effect": Venezuela's own exit
    return i >= 0 and doc[i].lower_ in GOVERNING


FOLLOWED = {"example", "lead", "footsteps", "precedent"}


def _fronted_before(ent: Span) -> bool:
    """The state opens a clause after a fronted phrase whose state is governed ('Unlike Hungary, Poland')."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and (doc[i].lower_ in ("the", ",", "and", "or") or doc[i].ent_type_ == "STATE"):
        i -= 1
    return i >= 0 and doc[i].lower_ in GOVERNING and _after_a_fronted_phrase(ent, i)


def _after_a_fronted_phrase(ent: Span, governor: int) -> bool:
    """'Unlike Hungary, Poland has ...', 'After talks with France, Germany signed': a state right after the comma
    that closes a fronted phrase, with no list going on after it ('with Poland, Lithuania and Latvia' is one list),
    is the subject of the clause that follows."""
    doc = ent.doc
    if ent.start == 0 or governor < 0 or doc[ent.start - 1].text != ",":
        return False
    following = doc[ent.end] if ent.end < len(doc) else None
    return following is not None and following.lower_ not in (",", "and", "or", "'s", "’s") and not following.is_punct


def _agent_of_withdrawal(doc: Doc, by: int) -> bool:
    """'by' closing a withdrawal noun's phrase ('the denunciation of the American Convention on Human Rights by'):
    the noun, 'of' and a treaty's name before it, nothing else; the state after it is the one withdrawing."""
    j = by - 1
    while j > doc[by].sent.start and (doc[j].ent_type_ == "TREATY" or doc[j].lower_ in ("the", "of")):
        j -= 1
    return j + 2 < by and doc[j].lower_ in WITHDRAWAL_NOUNS and doc[j + 1].lower_ == "of"
    return False


def preposition(ent: Span) -> str:
    """The word before a name, over an article: 'to the Russian government' -> 'to'."""
    doc = ent.doc
    i = ent.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "a", "an"):
        i -= 1
    if i >= 2 and doc[i].lower_ == "of" and doc[i - 1].is_alpha:  # "to the governments of Ukraine" -> "to"
        j = i - 2
        while j >= 0 and doc[j].lower_ in ("the", "a", "an"):
            j -= 1
        if j >= 0 and doc[j].lower_ in ("to", "with", "against", "from"):
            return doc[j].lower_
    return doc[i].lower_ if i >= 0 else ""


def previous_word(token: Token) -> str:
    return token.doc[token.i - 1].lower_ if token.i > 0 else ""


def word_before(verb: Span, skipping: set[str] | frozenset[str]) -> Token | None:
    """The word right before ``verb`` in its sentence, over the words of ``skipping`` ('they are', 'the UNHRC has
    sent'); None at the sentence's start."""
    doc = verb.doc
    i = verb.start - 1
    while i >= verb.sent.start and doc[i].lower_ in skipping:
        i -= 1
    return doc[i] if i >= verb.sent.start else None


_BEFORE_A_SURNAME = {"theresa", "mrs", "mrs.", "ms", "ms.", "pm", "minister", "premier"}
_AFTER_A_SUBJECT = {"will", "would", "is", "was", "has", "had", "said", "says", "told", "wrote", "'s", "’s", "to"}


def surname_may(token: Token) -> bool:
    """'Theresa May will trigger Article 50', 'Mrs May had told leaders', 'May will trigger Article 50 next Wednesday'
    (a headline): the Prime Minister's name, not the modal 'may' (a modal follows its subject and is followed by a
    bare verb, never by 'will', 'has' or 'said')."""
    if token.text != "May":
        return False
    doc = token.doc
    after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
    return previous_word(token) in _BEFORE_A_SURNAME or after in _AFTER_A_SUBJECT


def passive_voice(verb: Span) -> bool:
    doc = verb.doc
    before = [doc[i].lower_ for i in range(max(0, verb.start - 2), verb.start)]
    return any(w in ("was", "were", "been", "is", "be", "being") for w in before)


def negated(verb: Span) -> bool:
    """'has not ratified', 'never signed'; 'has neither signed nor ratified' denies both verbs."""
    doc = verb.doc
    start = _causative_start(verb)
    previous = [doc[i].lower_ for i in range(max(0, start - 3), start)]
    if verb[0].lower_.endswith("ing") and previous[-1:] and previous[-1] in _CONCESSIVE:
        previous = []  # "China has not tested despite signing the CTBT": the denial is the main verb's
    denied = any(w in _DENIALS for w in previous) or verb[0].lower_ in ("not", "never") or _denied_before(verb)
    return denied or yet_to(verb) or _neither_nor_subject(verb)


_COPULAS_AND_AUXILIARIES = {"is", "are", "was", "were", "has", "have", "had", "been", "the", "yet", "ever"}


def _neither_nor_subject(verb: Span) -> bool:
    """'neither Russia nor the United States is a member of the court', 'Neither China nor India has signed': a
    subject joined by 'neither ... nor' denies the verb for each (the words between 'nor' and the verb are the second
    item's, an auxiliary or a copula)."""
    doc = verb.doc
    start = verb.sent.start
    i = verb.start - 1
    while i > start and (doc[i].ent_type_ in ("STATE", "CAPITAL") or doc[i].lower_ in _COPULAS_AND_AUXILIARIES):
        i -= 1
    if i <= start or doc[i].lower_ != "nor":
        return False
    j = i - 1
    while j >= start and (doc[j].ent_type_ in ("STATE", "CAPITAL") or doc[j].lower_ in ("the", ",")):
        j -= 1
    return j >= start and doc[j].lower_ == "neither"


_CONCESSIVE = {"despite", "after", "before", "since", "while", "although", "though"}


def yet_to(verb: Span) -> bool:
    """'has yet to ratify the CTBT', 'are yet to ratify it': a consent not given by the day of the report (a denial;
    'has yet to leave' tells an exit under way, not a status, and is read as nothing)."""
    doc = verb.doc
    if verb[0].lemma_ in WITHDRAW_LEMMAS:
        return False
    previous = [doc[i].lower_ for i in range(max(0, verb.start - 3), verb.start)]
    return previous[-2:] == ["yet", "to"] and previous[:1] in (["has"], ["have"], ["is"], ["are"], ["remains"])


_LAWMAKERS = {"legislature", "legislatures", "parliament", "parliaments", "senate", "congress", "lawmakers",
              "legislators", "assembly", "assemblies"}  # fmt: skip


def _causative_start(verb: Span) -> int:
    """'never had their legislatures ratify it': where the verb's own clause begins, over a causative 'had / got
    (their) legislature' between the denial and the verb; else the verb's start."""
    doc = verb.doc
    i = verb.start - 1
    if i < 1 or doc[i].lower_ not in _LAWMAKERS:
        return verb.start
    i -= 1
    if doc[i].lower_ in ("their", "its", "the", "his", "her"):
        i -= 1
    return i if i >= 0 and doc[i].lower_ in ("had", "have", "has", "got", "get", "gets") else verb.start


def _denied_before(verb: Span) -> bool:
    """'has not ratified (or even signed) the convention': a verb joined by 'or' to a denied verb is denied too."""
    doc = verb.doc
    i = verb.start - 1
    while i >= 0 and doc[i].lower_ in ("even", "("):
        i -= 1
    if i < 1 or doc[i].lower_ != "or":
        return False
    j = i - 1
    while j > 0 and doc[j].text in ("(", ","):
        j -= 1
    return any(doc[k].lower_ in _DENIALS for k in range(max(0, j - 3), j))


_DENIALS = {"not", "n't", "never", "neither", "nor"}


def near_noun(verb: Span, clause: Span, nouns: set[str]) -> bool:
    """A notice word in the clause, singular or plural ('have sent letters confirming that they are quitting'); not
    a verb whose lemma is one ('Kristersson noted that Stoltenberg informed him': 'noted' is no diplomatic note)."""
    return any(t.lower_ in nouns or (t.lemma_ in nouns and t.lower_ == f"{t.lemma_}s") for t in clause) and not any(
        t.lower_ in NOT_TREATY_OBJECTS for t in clause.doc[verb.end : min(verb.end + 3, clause.end)]
    )


_ASIDE_OPENERS = {"a", "an", "which", "who", "whose", "unlike"}  # "Canada, unlike the U.S., signed"


OFFICES = {"secretary", "secretary-general", "secretariat", "director-general", "commission", "depositary", "chair"}


def owns_an_office(ent: Span) -> bool:
    """An organisation's name as the owner of one of its offices ('the secretary general of the Organization of
    American States (OAS)', 'the OAS Secretary General', 'the ECOWAS Commission'): who is addressed, the depositary,
    not the treaty a notice leaves (the American Convention's depositary is the OAS General Secretariat, Art. 78)."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in OFFICES:
        return True
    i = ent.start - 1
    if i >= 0 and doc[i].text == "(":  # "(OAS)" right after the name it abbreviates
        j = i - 1
        while j >= 0 and doc[j].ent_iob_ == "I":
            j -= 1
        return j >= 0 and j < i and doc[j].ent_type_ == "TREATY" and owns_an_office(doc[j:i])
    while i >= 0 and doc[i].lower_ in ("the", "its"):
        i -= 1
    return i >= 1 and doc[i].lower_ == "of" and doc[i - 1].lower_ in OFFICES | {"general"}


def set_aside(ent: Span, verb: Span) -> bool:
    """A name inside an aside on a state, between commas ('Lithuania, a NATO member bordering Russia, notified',
    'Lithuania, which borders Belarus, left'), says nothing of a verb outside the aside: neither who acts nor
    which treaty."""
    if ent.label_ == "TREATY" and (modifies_a_body(ent) or names_its_members(ent)):
        return True  # "withdraws from World Bank arbitration court": another body's name; "EU member states"
    doc = ent.doc
    sentence = ent.sent
    i = ent.start - 1
    while i > sentence.start and doc[i].text not in (",", ";") and not _aside_dash(doc[i]):
        i -= 1
    if i <= sentence.start or doc[i].text == ";" or doc[i - 1].ent_type_ not in ("STATE", "CAPITAL"):
        return False
    if doc[i + 1].lower_ not in _ASIDE_OPENERS or ent.start - i > 12:
        return False
    closers = (",", ";") if doc[i].text == "," else ()
    close = next(
        (j for j in range(ent.end, min(ent.end + 12, sentence.end)) if doc[j].text in closers or _aside_dash(doc[j])),
        None,
    )
    return close is not None and (verb.start > close or verb.end <= i)


def past_aside(between: Span) -> Span:
    """The words between a state and its verb less an aside set off right after the state ('Canada—unlike the
    U.S.—signed', 'Lithuania, a NATO member bordering Russia, has ratified'): what follows the aside's close."""
    if not len(between) or not (between[0].text == "," or _aside_dash(between[0])):
        return between
    dash = between[0].text != ","
    close = next(
        (t.i for t in between[1:] if (_aside_dash(t) if dash else t.text == ",")),
        None,
    )
    return between.doc[close + 1 : between.end] if close is not None else between


def _aside_dash(token: Token) -> bool:
    """A dash that opens or closes an aside: an em or en dash, or a hyphen set off by spaces ('Canada—unlike the
    U.S.—signed', 'Canada - unlike the U.S. - signed'), not one inside a word ('arms-control')."""
    return token.text in ("—", "–") or (token.text == "-" and token.i > 0 and bool(token.doc[token.i - 1].whitespace_))


def hyphened_number(head: Token) -> int | None:
    """'Eighty-one', 'Fifty-three' (tokens 'Eighty', '-', 'one'): the value of a number in words joined by a hyphen."""
    doc = head.doc
    if not head.is_alpha or head.i + 2 >= len(doc) or doc[head.i + 1].text != "-" or not doc[head.i + 2].like_num:
        return None
    return number_from_words(f"{head.text}-{doc[head.i + 2].text}")


def number_end(number: Token) -> Token:
    """A number's last token: its unit for one in words joined by a hyphen ('three' of 'Fifty-three'), else itself."""
    return number.doc[number.i + 2] if hyphened_number(number) is not None else number


def before_aside(i: int, span: Span, openers: frozenset[str]) -> int:
    """Where a subject ends before an aside set off by commas and closed at ``i`` ('New START, which caps the number of
    deployed warheads each country can have, expires'; 'New START, the last remaining arms control treaty between
    the United States and Russia, is set to expire'): the word before the aside's opening comma, the aside opening
    with one of ``openers`` within 25 words; ``i`` itself otherwise."""
    doc = span.doc
    if i < span.start or doc[i].text != ",":
        return i
    opening = next(
        (j for j in range(i - 1, max(span.start, i - 25) - 1, -1)
         if doc[j].text == "," and j + 1 < i and doc[j + 1].lower_ in openers),
        None,
    )  # fmt: skip
    return opening - 1 if opening is not None else i


RELATIVE_OPENERS = frozenset({"which", "that"})
"""A relative clause's first word ('New START, which caps ...,')."""
APPOSITION_OPENERS = RELATIVE_OPENERS | {"the", "a", "an"}
"""A relative clause's or a noun phrase's first word ('New START, the last remaining arms control treaty ...,')."""


_TOLD_VERBS = {"inform", "tell", "notify", "advise"}
_TOLD_EXITS = {"pull", "terminate", "end", "cease", "suspend", "membership", "notice", "notification"}


def told_something_else(verb: Span) -> bool:
    """'In a letter to the WHO director-general a month later, Trump informed the director-general that his
    administration's review confirmed his accusations' (AJIL, 2020): what a 'that' clause after 'informed' / 'told' /
    'notified' says is the notice's content; a content naming no exit, no treaty and no notice is no notice of
    withdrawal ('informed UNESCO that it would withdraw', 'notified the UN that it was pulling out' still are)."""
    doc = verb.doc
    if verb[0].lemma_.lower() not in _TOLD_VERBS:
        return False
    rest = doc[verb.end : verb.sent.end]
    that = next((t for t in rest[:8] if t.lower_ == "that"), None)
    if that is None:
        return False
    told = doc[that.i + 1 : verb.sent.end]
    named = any(t.ent_type_ == "TREATY" or t.lemma_.lower() in _TOLD_EXITS for t in told)
    return not named and not mentions_withdrawal(told)


_ABLE = {"can", "cannot", "could", "may"}


def cannot_without(verb: Span) -> bool:
    """'The US Cannot Withdraw from the WHO Without First Paying Its Dues' (Just Security, 2020), 'cannot leave the
    treaty without giving notice': 'cannot' + exit + 'without' + a gerund states a condition of the exit, not that the
    State did not withdraw; not 'has not withdrawn', 'did not leave without a fight' (no modal of ability)."""
    doc = verb.doc
    before = [doc[i].lower_ for i in range(max(verb.sent.start, verb.start - 3), verb.start)]
    if not any(w in _ABLE or w == "ca" for w in before):
        return False
    after = doc[verb.end : verb.sent.end]
    return any(
        t.lower_ == "without"
        and t.i + 1 < len(doc)
        and (
            doc[t.i + 1].lower_.endswith("ing")
            or (
                t.i + 2 < len(doc)
                and doc[t.i + 1].lower_ in ("first", "ever", "prior")
                and doc[t.i + 2].lower_.endswith("ing")
            )
        )
        for t in after
    )
