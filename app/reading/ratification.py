"""Consent to be bound: signers of a treaty, an instrument of ratification / accession, the parliament a
ratification is made in, a ratification by the other parties (a rule, VCLT Art. 54) and papers signed (not treaties).
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Span, Token

from app.reading.relative import one_of_the_group, relative_antecedent
from app.reading.vocabulary import (
    CONSENT_DONE,
    CONSENTS,
    FUTURE,
    GENERIC_TREATY,
    INSTRUMENT_NOUNS,
    LEGISLATION,
    MODALS,
    NEGATION,
    PAPERS,
    PARLIAMENTS,
    VOTED_CONSENT,
    VOTES_FOR,
    WITHDRAWAL_NOUNS,
)  # fmt: skip
from app.reading.when import MONTHS, WEEKDAYS, claim_value, resolve
from app.reading.words import (
    CALENDAR_WORDS,
    actors_in,
    mentions_withdrawal,
    passive_voice,
    past_aside,
    preposition,
    set_aside,
    with_year,
)
from app.services.partial_dates import PartialDate
from schemas.checks import Claim, ClaimKind


def instrument_of_consent(verb: Span, clause: Span) -> ClaimKind | None:
    """'deposited its instrument of ratification / accession / acceptance', 'handed over the documents of
    ratification': a consent to be bound; also with its date between the verb and the object ('deposited on 17 May
    2018 its instrument of accession')."""
    start = verb.end + _date_before_object(clause.doc[verb.end : min(verb.end + 8, clause.end)])
    words = _object_words(clause.doc[start : min(start + 11, clause.end)])
    if _of_succession(words):
        return "acceded"  # a new State's consent by succession, as an accession is (acceded counts as ratified)
    for i, word in enumerate(words[:-1]):
        if word in _INSTRUMENTS_OF_CONSENT and words[i + 1] in ("of", "on", "for") and i + 2 < len(words):
            # "its instrument on the ratification of the Arms Trade Treaty": the consent, however the preposition
            after = words[i + 3] if words[i + 2] == "the" and i + 3 < len(words) else words[i + 2]
            return CONSENTS.get(after)
        if word in CONSENTS and words[i + 1] in _INSTRUMENTS_OF_CONSENT:  # "Indonesia's ratification document"
            return CONSENTS[word]
    return _deposited_instrument(verb, clause)


def _of_succession(words: list[str]) -> bool:
    """'deposited its notification of succession to the Anti-Personnel Mine Ban Convention' (UNMISS, 14 November
    2011; batch 53): a newly independent State's notification of succession (1978 Vienna Convention on Succession of
    States in respect of Treaties, Arts. 17 and 22) establishes its status as a party: a consent, not a notice of
    withdrawal."""
    return any(
        w in _INSTRUMENTS_OF_CONSENT | {"notification", "notice", "declaration"}
        and words[i + 1 : i + 3] == ["of", "succession"]
        for i, w in enumerate(words[:-2])
    )


def _object_words(span: Span) -> list[str]:
    """The words that may hold the instrument handed over: seven after the verb, or up to eleven where the receiver
    stands first as an indirect object ('handed over the UN Secretary General Antonio Guterres the instrument of
    accession of China', a translated wire of 7 July 2020; batch 50), to the first comma or semicolon."""
    words = []
    for token in span:
        if token.text in (",", ";"):
            break
        words.append(token.lower_)
    if len(words) > 7 and "the" not in words[1:7] and "its" not in words[1:7]:
        return words[:7]  # no second determiner: no indirect object before the instrument
    return words


def _deposited_instrument(verb: Span, clause: Span) -> ClaimKind | None:
    """'Sweden's instrument of accession to the North Atlantic Treaty was deposited with the US government', 'the
    ratification instruments were deposited by Bulgaria, ...': the passive, the instrument its subject, is the same
    consent (a deposit of accession is no notice of withdrawal)."""
    end = _coordinated_passive(verb, clause)  # "... was signed by President Joe Biden on 20 January 2021 and
    # submitted to the UN Secretary-General": the first participle's auxiliary is the second's
    before = [t.lower_ for t in clause.doc[max(clause.start, end - (14 if end == verb.start else 18)) : end]]
    if not before or before[-1] not in ("was", "were", "been", "is", "are", "be"):
        return None
    for i, word in enumerate(before[:-3]):
        if word in _INSTRUMENTS_OF_CONSENT and before[i + 1] == "of" and before[i + 2] in CONSENTS:
            return CONSENTS[before[i + 2]]
    for i, word in enumerate(before[:-2]):
        if word in CONSENTS and before[i + 1] in _INSTRUMENTS_OF_CONSENT:  # "the ratification instruments were"
            return CONSENTS[word]
    return None


_INSTRUMENTS_OF_CONSENT = {"instrument", "instruments", "document", "documents", "papers"}
_PASSIVE_AUXILIARIES = {"was", "were", "been", "is", "are", "be"}


def _coordinated_passive(verb: Span, clause: Span) -> int:
    """Where the passive's auxiliary ends: right before the verb, or for a participle after 'and' with no
    auxiliary of its own ('was signed by President Joe Biden on 20 January 2021 and submitted'), after the first
    participle's auxiliary (up to 20 words back, no other 'and' or comma between)."""
    doc = clause.doc
    if verb.start - 1 <= clause.start or doc[verb.start - 1].lower_ != "and":
        return verb.start
    for i in range(verb.start - 2, max(clause.start, verb.start - 20) - 1, -1):
        if doc[i].text in (",", ";") or doc[i].lower_ == "and":
            break
        if doc[i].lower_ in _PASSIVE_AUXILIARIES and i + 1 < verb.start and doc[i + 1].lower_.endswith("ed"):
            return i + 1
    return verb.start


_OBJECT_OPENERS = {"its", "their", "the", "his", "her", "an", "a"}


def _date_before_object(after: Span) -> int:
    """How many words a date put between a verb and its object takes ('deposited on 17 May 2018 its instrument',
    'deposited on Friday the instrument'): up to the object's determiner; 0 when the verb's object comes first."""
    if not after or after[0].lower_ not in ("on", "in") or not any(t.ent_type_ == "DATE" or t.like_num for t in after):
        return 0
    return next((i for i, t in enumerate(after) if i > 1 and t.lower_ in _OBJECT_OPENERS), 0)


def signed_paper(verb: Span, clause: Span) -> bool:
    """'a letter of official notification ... signed by UK Prime Minister Theresa May': a participle after a
    paper (no 'was'), so the paper is what was signed; 'signed a decree that denounced the ICSID Convention',
    'signed Executive Order 14155': the paper is the object signed, not the treaty named after it."""
    window = clause.doc[max(clause.start, verb.start - 12) : verb.start]
    after = [t.lower_ for t in clause.doc[verb.end : min(verb.end + 4, clause.end)]]
    while after[:1] and after[0] in ("a", "an", "the", "his", "her", "its", "their", "executive", "presidential"):
        after = after[1:]
    if after[:1] and after[0] in PAPERS:
        return True
    if _paper_headed_object(clause.doc[verb.end : min(verb.end + 8, clause.end)]):
        return True  # "British PM signs Article 50 notification letter to EU leader": the letter was signed
    if passive_voice(verb) and _paper_subject(verb, clause):
        return True  # "The law terminating Poland's participation was signed in July by President Duda"
    if _participle_of_a_paper(verb):
        return True  # "The order, signed on Monday, cites ...": the order was signed, not the treaty it is about
    papers = [t.i for t in window if t.lower_ in PAPERS]
    named = [t.i for t in window if t.ent_type_ == "TREATY" and not _complement(t)]  # 'The statement stated that the
    # "New Strategic Arms Reduction Treaty" signed by the United States and Russia in 2011': the treaty, named after
    # the paper and not inside its phrase ('a letter of ... withdrawal from the Treaty on European Union signed by'),
    # was signed
    return (
        not passive_voice(verb)
        and bool(papers)
        and not (named and named[-1] > papers[-1])
        and verb.doc[verb.end : verb.end + 1].text == "by"
    )


_PHRASE_ENDS = {"to", "for", "on", "in", "of", "with", "by", "at", "that", "which", "and", "or", "as", "after",
                "before", "from", "into", "under"}  # fmt: skip


def _paper_headed_object(after: Span) -> bool:
    """'signs Article 50 notification letter', 'signed the ICC withdrawal bill': the object signed is a paper whose
    noun closes a run of modifiers (the treaty's name among them), not the treaty; the run ends at a preposition, a
    conjunction or a punctuation mark ('signed the Convention on Cluster Munitions in 2008' stays a signature)."""
    for token in after:
        if token.lower_ in PAPERS and token.ent_type_ != "TREATY":
            return True
        if token.is_punct or token.lower_ in _PHRASE_ENDS or token.ent_type_ in ("DATE", "GPE"):
            return False
    return False


def _participle_of_a_paper(verb: Span) -> bool:
    """'The order, signed on Monday, cites the organization's mishandling', 'an executive order signed Monday': the
    participle modifies the paper right before it (a comma between at most), so the paper is what was signed; a
    treaty's own ('the treaty, signed in 1997') is not a paper."""
    doc = verb.doc
    if verb[0].lower_ != "signed" or passive_voice(verb):
        return False
    i = verb.start - 1
    if i >= 0 and doc[i].text == ",":
        i -= 1
    return i >= 0 and doc[i].lower_ in PAPERS and not doc[i].ent_type_


def _complement(token: Token) -> bool:
    """The treaty name ``token`` belongs to is a preposition's object ('withdrawal from the Treaty on European
    Union'), inside another noun's phrase, not a noun phrase's head."""
    doc = token.doc
    start = token.i
    while start > 0 and doc[start].ent_iob_ == "I":  # back to the name's first word
        start -= 1
    i = start - 1
    while i >= 0 and (doc[i].lower_ in ("the", "this", "a") or doc[i].is_quote):
        i -= 1
    return i >= 0 and doc[i].lower_ in ("of", "from", "to", "on", "under", "with", "for", "about", "in", "by")


def _paper_subject(verb: Span, clause: Span) -> bool:
    """The passive's subject is a paper ('The law terminating Poland's participation was signed', 'A decree on the
    withdrawal has been signed'): the clause opens with it, a determiner before at most."""
    doc = clause.doc
    words = [t for t in doc[clause.start : verb.start] if not t.is_punct]
    while words and words[0].lower_ in _PAPER_OPENERS:
        words = words[1:]
    if words[:1] and words[0].lower_ in ("instrument", "instruments"):  # "A new instrument of acceptance of the Paris
        return words[1:2] != [] and words[1].lower_ == "of" and words[2:3] != [] and words[2].lower_ in _ACTS  # ...
        # was signed by President Joe Biden": the instrument signed, a consent's, not the treaty
    return bool(words) and words[0].lower_ in PAPERS


_PAPER_OPENERS = {"the", "a", "an", "this", "that", "its", "their", "executive", "presidential", "new", "formal",
                  "official", "written"}  # fmt: skip
_ACTS = {"acceptance", "ratification", "accession", "approval", "withdrawal", "denunciation"}


def by_others(verb: Span) -> bool:
    """'ratified by all remaining 27 EU countries', 'must be ratified by parliament': a passive whose agent is no
    state; a parliament that did ratify is the state's own body (its approval, read as one)."""
    doc = verb.doc
    if verb.end >= len(doc) or doc[verb.end].lower_ != "by" or verb[-1].lower_ == "bound":
        return False  # "consent to be bound by the Agreement": the treaty, not an agent
    agent = [t for t in doc[verb.end + 1 : min(verb.end + 3, len(doc))] if t.lower_ not in ("the", "all")]
    if agent and agent[0].lower_ in PARLIAMENTS and not _required(verb):
        return False  # "The statute was ratified by parliament in 2002" (Fakti, 2025): the state's own parliament
    return bool(agent) and agent[0].ent_type_ not in ("STATE", "CAPITAL")


def _required(verb: Span) -> bool:
    """'must be ratified by parliament', 'needs to be ratified', 'would have to be': a requirement, not a deed."""
    before = [t.lower_ for t in verb.doc[max(verb.sent.start, verb.start - 4) : verb.start]]
    return bool(set(before) & (MODALS | {"needs", "need", "has", "have", "requires", "require", "yet"}))


def consent_form(verb: Span, kind: ClaimKind) -> ClaimKind:
    """'expressed its consent to be bound ... by accession': the form the consent took (acceptance and approval
    count as ratification, as in CONSENTS)."""
    if verb[-1].lower_ != "bound":
        return kind
    doc = verb.doc
    window = doc[verb.end : min(verb.end + 10, verb.sent.end)]
    form = next((t.lower_ for t in window if t.i > 0 and doc[t.i - 1].lower_ == "by" and t.lower_ in CONSENTS), None)
    return CONSENTS[form] if form else kind


def approval_rule(verb: Span, treaty: str, clause: Span) -> list[Claim]:
    """'Its withdrawal must be fully agreed upon and ratified by all remaining 27 EU countries': a claim that the
    other parties must approve the exit (the checks service judges it against the clause; VCLT Art. 54)."""
    doc = clause.doc
    modal = any(  # "must be", "needs to be", "has to be"; not "which has been ratified by 150 countries"
        t.lower_ in ("must", "needs", "need") or (t.lower_ in ("has", "have") and doc[t.i + 1].lower_ == "to")
        for t in doc[max(clause.start, verb.start - 8) : verb.start]
    )
    if not (modal and mentions_withdrawal(clause)):
        return []
    agent = [t.text for t in doc[verb.end : min(verb.end + 8, clause.end)]]
    agent = agent[: next((i for i, w in enumerate(agent) if i > 1 and w in ("by", ",", ".", "to")), len(agent))]
    return [Claim(kind="rule", treaty=treaty, value=f"withdrawal {verb.text} {' '.join(agent)}")]


def made_instrument(verb: Span, clause: Span) -> bool:
    """'the Intermediate-Range Nuclear Forces Treaty with Russia that was created by the Reagan administration in
    1986', 'The convention was concluded in 1997': an instrument (not a body it sets up: 'the ICC was created in
    2002' is founded.py's) named just before 'was created / concluded', whose making is its signature."""
    doc = clause.doc
    window = doc[max(clause.start, verb.start - 6) : verb.start]
    return any(t.lower_ in INSTRUMENT_NOUNS for t in window) and not any(t.lower_ in ("court", "organization",
               "organisation", "body", "agency", "institution") for t in window)  # fmt: skip


def signers(verb: Span, states: list[str], clause: Span) -> list[str]:
    """'The convention was signed in 1997', '..., signed in Washington on ...': the treaty's signature, not a
    state's; but 'was signed in 1997 by the previous Liberal government': the state whose government that is (the
    article's, as ``states`` resolves it)."""
    if passive_voice(verb) and (_by_a_government(verb, clause) or _by_a_state(verb, clause)):
        return states  # "was signed by President Clinton", "which was signed by the United States in 1996"
    if verb.start > clause.start and verb.doc[verb.start - 1].lower_ == "having":
        return states  # "Having signed the Paris Agreement in April 2016, the United States ...": the subject's act
    fronted = verb.start > clause.start and verb.doc[verb.start - 1].lower_ in ("since", "after", "despite", "before")
    if fronted and verb[0].lower_ == "signing":
        return states  # "Since signing the CTBT in 1996, the United States has not tested": the same
    if (
        passive_voice(verb)
        or (verb.doc[verb.start - 1].text == "," and not _closes_an_aside(verb, clause))
        or not any(e.end <= verb.start for e in actors_in(clause))
    ):
        return []
    return states


def _closes_an_aside(verb: Span, clause: Span) -> bool:
    """The comma before the verb closes an aside on its subject ('Canada, unlike the U.S., signed'), not a
    participle's ('..., signed in Washington on ...')."""
    named = [e for e in actors_in(clause) if e.end < verb.start and not set_aside(e, verb)]
    return bool(named) and not len(past_aside(verb.doc[named[-1].end : verb.start]))


_GOVERNMENTS = {"government", "administration", "cabinet"}


def _by_a_state(verb: Span, clause: Span) -> bool:
    """'was signed by the United States', 'by President Clinton': the passive's one agent, a state or a head of
    state (a state's signature, VCLT Art. 12); 'was signed by Russia and the U.S. in 2010' tells the signing of
    the treaty by its parties (the corpus labels it the treaty's, as 'The treaty was signed in 2010')."""
    agents = [e for e in actors_in(clause) if e.start >= verb.end]
    return len(agents) == 1 and preposition(agents[0]) == "by"


def _by_a_government(verb: Span, clause: Span) -> bool:
    """'by the previous Liberal government', 'by the Obama administration': a government named by no state of its
    own, after the verb and its date, within the clause."""
    doc = clause.doc
    for token in doc[verb.end : clause.end]:
        if token.lower_ != "by":
            continue
        agent = doc[token.i + 1 : min(token.i + 6, clause.end)]
        ends = [t.i for t in agent if t.lower_ in _GOVERNMENTS]
        return bool(ends) and not any(t.ent_type_ or t.is_punct for t in doc[token.i + 1 : ends[0]])
    return False


def _relative_after(comma: Token) -> bool:
    """A comma opening a non-restrictive relative clause (', which', ', who')."""
    doc = comma.doc
    return comma.i + 1 < len(doc) and doc[comma.i + 1].lower_ in ("which", "who")


def undated_signature(verb: Span, clause: Span, grouped: bool = False) -> bool:
    """'Bulgaria and Armenia signed the document, but never ratified it': a named state's signature, undated (its
    value 'true'); not 'has signed a decree to withdraw' (a paper), 'countries that have signed the convention' (a
    relative clause, not the state named before it) or 'only Lithuania has signed it' (a claim about a group)."""
    doc = clause.doc
    if passive_voice(verb) and _by_a_state(verb, clause):  # "The ICC treaty – which was signed by President Bill
        # Clinton – has been signed by almost 140 countries": the agent's signature, no date in its own words
        close = next((t.i for t in doc[verb.end : clause.end] if t.text in (",", "–", "—", "-", ";")), clause.end)
        return not any(t.like_num for t in doc[verb.end : close])
    after = doc[verb.end : min(verb.end + 3, clause.end)]
    named = [e for e in actors_in(clause) if e.end <= verb.start and not set_aside(e, verb)]
    set_off = bool(named) and _set_off_relative(doc[named[-1].end : verb.start])
    end = next((t.i for t in doc[verb.end : clause.end] if t.text == ","), clause.end) if set_off else clause.end
    end = next((t.i for t in doc[verb.end : end] if t.text == "," and _relative_after(t)), end)  # "signed but not
    # ratified the test ban, which was adopted in 1996": the relative clause's date is the treaty's, not the signing's
    end = next((t.i for t in doc[verb.end : end] if _counted_clause_after(t)), end)  # "have ratified the treaty and
    # seven more countries have signed it": the number counts the next clause's subject, no date of this deed
    if (
        any(t.lower_ in PAPERS for t in after)
        or not (named or grouped)
        or any(t.like_num and not _attributive_year(t) for t in doc[verb.start : end])
    ):
        return False  # "signed the Convention and deposited the instrument ... on 15 January 1986": the date is
        # the other verb's, the signature's own day unsaid
    if grouped:  # "Several countries signed ... . These include X and Y": the group the next sentence lists
        return True
    between = past_aside(doc[named[-1].end : verb.start])
    relative = any(t.lower_ in ("that", "which", "who") for t in between)
    if relative and relative_antecedent(verb, named) != named[-1] and not one_of_the_group(verb, named):
        return False  # "countries that have signed": not the state named before; "the United States, which has
        # signed but not ratified the treaty": that state's own signature
    return not any(e.start > 0 and doc[e.start - 1].lower_ == "only" for e in named)


def _attributive_year(token: Token) -> bool:
    """'never ratified the 1996 treaty': a year before the treaty's noun or name describes the treaty, no date."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    return following is not None and (following.lower_ in GENERIC_TREATY or following.ent_type_ == "TREATY")


def undated_ratification(verb: Span, clause: Span) -> bool:
    """'Lithuania has ratified the convention', 'China, which has ratified it,': an undated ratification by the
    state named right before the verb (its subject); not 'With Ukraine joining, 125 states have ratified the statute'
    (another subject) or 'until eight holdouts — ..., and the United States — have signed and ratified it' (a
    condition not yet met)."""
    doc = clause.doc
    named = [e for e in actors_in(clause) if e.end <= verb.start and not set_aside(e, verb)]
    if not named:  # "was ratified by Norway": a passive's agent, not read undated here; "The Verkhovna Rada has
        # ratified the convention": the house alone as the subject, its own state's (words.house_subject)
        dated = any(t.lower_ in MONTHS or t.lower_ in WEEKDAYS for t in clause)  # "The Seimas approved the
        # ratification of ... unanimously on Tuesday": a day the reader gives the tally, not an undated consent
        return not dated and _a_house_alone(doc[clause.start : verb.start]) and undated_signature(verb, clause, True)
    if not undated_signature(verb, clause):
        return False
    between = past_aside(doc[named[-1].end : verb.start])
    if verb[0].lower_ == "ratification" and [t.lower_ for t in between[-1:]] == ["the"] and len(between) >= 2:
        done = between[-2].lower_ in CONSENT_DONE  # "Ukraine has completed the ratification of": the state's act
        between = doc[named[-1].end : verb.start - 2] if done else between
    having = verb.start > clause.start and doc[verb.start - 1].lower_ == "having"  # "after having ratified the
    # Statute": the participle's subject is the clause's
    subject = having or _set_off_relative(between) or all(t.lower_ in _AUXILIARIES for t in between)
    subject = subject or _closing_dash(between, named)  # "Four more nations – Samoa, ..., and Gambia – have ratified"
    subject = subject or _after_signing(between)  # "Canada signed and ratified the Kyoto Protocol": the pair's subject
    subject = subject or _added_to_the_list(between)  # "China, the United States and India as well as the European
    # Union ratified the agreement weeks ago" (Kyodo, November 2016): an organisation added after the States' list
    subject = subject or _the_states_house(between)  # "Ukraine's parliament has ratified the convention"
    return subject and not any(
        t.lower_ in ("until", "unless", "if", "once", "before") for t in doc[clause.start : verb.start]
    )


_DASHES = ("–", "—", "-")
_SIGNED = {"signed", "has", "have", "had"}
_THEN = {"later", "then", "subsequently", "also", "duly"}


_ADDING = (("as", "well", "as"), ("along", "with"), ("together", "with"))


def _added_to_the_list(between: Span) -> bool:
    """'as well as the European Union', 'along with the EU': between the States' list and its verb, a body added to the
    subject (no State, no verb, no punctuation), so the States named before are the verb's subject too."""
    words = tuple(t.lower_ for t in between)
    lead = next((len(w) for w in _ADDING if words[: len(w)] == w), 0)
    rest = between[lead:]
    return (
        bool(lead)
        and 0 < len(rest) <= 5
        and not any(t.is_punct or t.ent_type_ in ("STATE", "CAPITAL") for t in rest)
        and any(t.ent_type_ == "TREATY" for t in rest)
    )


def _after_signing(between: Span) -> bool:
    """'signed and ratified', 'has signed and later ratified': the ratification is the second verb of a pair
    whose first is the State's signature, the subject named before the pair."""
    words = [t.lower_ for t in between]
    if "and" not in words:
        return False
    first, rest = words[: words.index("and")], words[words.index("and") + 1 :]
    return bool(first) and first[-1] == "signed" and all(w in _SIGNED for w in first) and all(w in _THEN for w in rest)


def _closing_dash(between: Span, named: list[Span]) -> bool:
    """'Four more nations – Samoa, San Marino, Vanuatu, and Gambia – have ratified the treaty': the states a group
    noun names between dashes, the verb right after the closing dash, are its subject."""
    words = [t.lower_ for t in between]
    if not words or words[0] not in _DASHES or not all(w in _AUXILIARIES for w in words[1:]):
        return False
    doc = between.doc
    listed = [e for e in named if e.end <= between.start]
    if not listed:
        return False
    first = listed[-1]
    for earlier in reversed(listed[:-1]):  # back over the list's glue to its first state
        if any(t.lower_ not in (",", "and") for t in doc[earlier.end : first.start]):
            break
        first = earlier
    return first.start > 0 and doc[first.start - 1].text in _DASHES


def _counted_clause_after(token: Token) -> bool:
    """'and seven more countries', 'and 20 other states': 'and' opening a clause whose subject is a counted group."""
    doc = token.doc
    if token.lower_ != "and" or token.i + 2 >= len(doc) or not doc[token.i + 1].like_num:
        return False
    following = [t.lower_ for t in doc[token.i + 2 : token.i + 4] if t.lower_ not in ("more", "other")]
    return following[:1] != [] and following[0] in _COUNTED


_COUNTED = {"countries", "states", "nations", "governments"}


_HOUSE_MODIFIERS = {"national", "federal", "state", "upper", "lower"}


def _the_states_house(between: Span) -> bool:
    """'Ukraine's parliament has ratified', 'The Ukrainian parliament ratified', 'Lithuania's Seimas ratified': the
    state's own house as the subject (its approval: the consent's ``body``, ratification.parliament_near); not a
    house's member or organ ('Ukraine's parliament speaker ratified') nor a verb between ('parliament failed to')."""
    words = [t.lower_ for t in between]
    if words[:1] in (["'s"], ["’s"]):
        words = words[1:]
    while words[:1] and words[0] in _HOUSE_MODIFIERS:
        words = words[1:]
    return bool(words) and words[0] in PARLIAMENTS and all(w in _AUXILIARIES for w in words[1:])


def _a_house_alone(before: Span) -> bool:
    """'The Verkhovna Rada has ratified', 'Parliament ratified': a house named alone as the clause's subject, its
    state the house's own (words.body_state) or the one the text is about; not 'the parliament's committee'."""
    words = [t for t in before if t.lower_ not in _AUXILIARIES]
    if not words or words[-1].lower_ not in PARLIAMENTS:
        return False
    return all(t.lower_ in ("the", *_HOUSE_MODIFIERS) or t.is_title for t in words[:-1])


def _set_off_relative(between: Span) -> bool:
    """', which has signed', ', who have also signed': a relative clause set off by a comma right after a named
    state says what that state did ('China, which has signed but not ratified the CTBT,')."""
    words = [t.lower_ for t in between]
    return words[:2] in ([",", "which"], [",", "who"]) and all(w in _AUXILIARIES for w in words[2:])


_AUXILIARIES = {"has", "have", "had", "also", "already", "both", "since", "formally", "only"}


def parliament_near(verb: Span, clause: Span) -> str | None:
    """The parliament a ratification is said to be made in or by ('ratified in the Turkish Parliament',
    'the Saeima ratified'): within a few words of the verb, or of the vote the verb completes ('Armenia's parliament
    voted on Tuesday to ratify the Rome Statute')."""
    doc = clause.doc
    start = _before_time_aside(clause, verb.start)  # "South Sudan parliament in May 2023, ratified"
    if voted := next((t for t in doc[max(clause.start, start - 5) : start] if t.lower_ in ("voted", "votes")), None):
        start = voted.i
    window = doc[max(clause.start, start - 4) : min(clause.end, verb.end + 5)]
    near = next((t.text for t in window if t.lower_ in PARLIAMENTS), None)
    return near or _house_heading_subject(clause, start)


_ASSEMBLY_OF = {"national", "legislative", "federal"}  # "the National Assembly", not the UN's General Assembly
_NOT_A_MODIFIER = {"which", "that", "who", "and", "but", "after", "before", "when", "while", "said", "says", "has",
                   "had", "have", "was", "is", "were", "are", "will", "would", ";", ":", "“", '"', "for", "to", "by",
                   "with", "from", "in", "on", "at", "about", "against", "over", "under", "not"}  # fmt: skip


def _house_heading_subject(clause: Span, start: int) -> str | None:
    """A house whose name is lengthened by an of-phrase or an apposition before the verb: 'The National Assembly of
    the Republic of Armenia ratified the Rome Statute' (ArmInfo, 2 December 2024), 'Myanmar's parliament, the Assembly
    of the Union, ratified the Convention' (OPCW, 9 July 2015), 'The legislature of the Southeast Asian nation ratified
    the accord' (NTI, 2012). Only a modifier may stand between the house and the verb: no verb, relative or
    conjunction ('the parliament, which voted in May, and the government ratified' keeps the government's)."""
    doc = clause.doc
    for i in range(start - 1, max(clause.start, start - 10) - 1, -1):
        token = doc[i]
        if token.lower_ in _NOT_A_MODIFIER or token.like_num:
            return None
        if token.lower_ in PARLIAMENTS:
            return token.text
        if token.lower_ == "assembly" and i > clause.start and doc[i - 1].lower_ in _ASSEMBLY_OF:
            return f"{doc[i - 1].text} {token.text}"
    return None


_TIME_WORDS = CALENDAR_WORDS | {"in", "on", "early", "late", "mid", "last", "this", "year", "month", "week"}


def _before_time_aside(clause: Span, start: int) -> int:
    """'South Sudan parliament in May 2023, ratified the ... Convention' (Eye Radio, 8 August 2023): where a time
    phrase set off by a comma stands between the subject and the verb, the phrase's first word (the subject is
    before it); ``start`` otherwise."""
    doc = clause.doc
    comma = start - 1
    if comma <= clause.start or doc[comma].text != ",":
        return start
    i = comma - 1
    while i >= clause.start and (doc[i].like_num or doc[i].lower_ in _TIME_WORDS):
        i -= 1
    return i + 1 if i < comma - 1 and doc[i + 1].lower_ in ("in", "on") else start


def treaty_approved(verb: Span, clause: Span) -> bool:
    """'The Senate approved the Convention', 'the UNFCCC was ... approved later that year by the US Senate': a
    parliament named near the verb approves the treaty itself (named right after the verb, or the subject of a passive
    that names no bill, law or withdrawal), not a bill or a withdrawal ('approved the withdrawal bill')."""
    doc = clause.doc
    if not any(t.lower_ in PARLIAMENTS for t in doc[max(clause.start, verb.start - 4) : min(clause.end, verb.end + 8)]):
        return False  # "approved in October 1992 by the US Senate": the agent a few words on
    after = [t for t in doc[verb.end : min(clause.end, verb.end + 5)] if t.lower_ not in _BEFORE_THE_TREATY]
    if after and after[0].ent_type_ == "TREATY":
        return not _named_thing(after[0])  # "approved the Brexit deal": the exit's deal, not the treaty
    if after and after[0].lower_ in _TREATY_NOUNS and _the_treaty(after[0]):
        return (
            True  # "The Senate approved the treaty back in 1992" (LocalNews.digital, January 2026): the one discussed
        )
    before = doc[clause.start : verb.start]
    passive = any(t.lower_ in ("was", "were", "been", "is") for t in before)
    subject = next((t for t in before if t.ent_type_ == "TREATY"), None)
    blocked = {t.lower_ for t in before} & (LEGISLATION | WITHDRAWAL_NOUNS)
    return passive and subject is not None and not blocked


_TREATY_NOUNS = {"treaty", "convention", "statute", "covenant", "protocol", "charter"}


def _the_treaty(noun: Token) -> bool:
    """'the treaty' / 'the convention' standing alone ('approved the treaty back in 1992'), not the first word of
    another thing ('the treaty's withdrawal clause', 'the convention bill')."""
    doc = noun.doc
    if noun.i == 0 or doc[noun.i - 1].lower_ not in ("the", "this"):
        return False
    following = doc[noun.i + 1] if noun.i + 1 < len(doc) else None
    return following is None or not (
        following.lower_ in ("'s", "’s")
        or following.lower_ in _THINGS
        or following.lower_ in WITHDRAWAL_NOUNS
        or following.lower_ in LEGISLATION
    )


def another_states_entry(verb: Span) -> bool:
    """'Turkey's parliament ratified Finland's NATO membership', 'Turkish Parliament Ratifies Sweden's Bid To Join
    NATO': what is ratified is another State's admission (its accession protocol: North Atlantic Treaty Art. 10, a
    State invited by unanimous agreement), not the treaty by the State that ratifies it."""
    doc = verb.doc
    for t in doc[verb.end : min(verb.sent.end, verb.end + 6)]:
        named = t.ent_type_ in ("STATE", "CAPITAL") or (
            t.lower_ in ("country", "nation") and t.i > 0 and doc[t.i - 1].lower_ == "the"
        )  # "Hungary became the last NATO member to ratify the country’s membership" (Anadolu, 7 March 2024): the
        # country the article is about, another than the one ratifying
        if named and t.i + 1 < verb.sent.end and doc[t.i + 1].lower_ in ("'s", "’s"):
            return any(w.lower_ in _ENTRY_NOUNS for w in doc[t.i + 2 : min(verb.sent.end, t.i + 5)])
    return False


_ENTRY_NOUNS = {"bid", "membership", "accession", "application", "admission", "entry", "candidacy"}


def instruments_of_an_entry(verb: Span) -> bool:
    """'after Hungary became the last NATO member to ratify the country's membership last week, and instruments of
    ratification were sent Thursday to Washington' (Anadolu, 7 March 2024): the instruments handed over are those of
    the ratification of another State's admission the sentence told before (its accession protocol), not a consent
    to the treaty by the State that ratified."""
    doc = verb.doc
    return any(
        t.lemma_ in ("ratify", "approve") and another_states_entry(doc[t.i : t.i + 1])
        for t in doc[verb.sent.start : verb.start]
    )


_BEFORE_THE_TREATY = {"the", "its", "this", "ratification", "of"}  # "approved the ratification of the Statute"
_THINGS = {"deal", "bill", "law", "plan", "amendment", "amendments", "agreement", "accord", "package", "text"}


def _named_thing(first: Token) -> bool:
    """'the Brexit deal', 'the ECT withdrawal bill', 'the Energy Charter Treaty withdrawal': a treaty's name (or its
    exit's) modifying another thing's noun right after it, which is what was approved."""
    doc = first.doc
    i = first.i
    while i + 1 < len(doc) and doc[i + 1].ent_type_ == "TREATY" and doc[i + 1].ent_iob_ == "I":
        i += 1
    return i + 1 < len(doc) and (doc[i + 1].lower_ in _THINGS or doc[i + 1].lower_ in WITHDRAWAL_NOUNS)


_CONSENT_WORDS: dict[str, ClaimKind] = {**CONSENTS, "signature": "signed"}


def consent_dated(clause: Span, actors: list[Span], dates: list[Span], treaty: str, published: dt.date) -> list[Claim]:
    """'the date of ratification—in the case of the U.S., November 4, 2016', 'its date of accession, 3 May 2020': a
    state's consent dated by a noun phrase, the state named between the phrase and its date."""
    doc = clause.doc
    if owned := _owned_consent(clause, actors, dates, treaty, published):
        return owned
    if by := _consent_by(clause, actors, dates, treaty, published):
        return by
    for token in clause:
        if token.lower_ != "date" or token.i + 2 >= clause.end or doc[token.i + 1].lower_ != "of":
            continue
        kind = _CONSENT_WORDS.get(doc[token.i + 2].lower_)
        date = next((d for d in dates if token.i + 3 < d.start <= token.i + 14), None)
        if kind is None or date is None:
            continue
        named = [e for e in actors if token.i + 2 < e.start and e.end <= date.start]
        when = resolve(with_year(date), published, "past")
        if len(named) != 1 or when is None or when.start > published:
            continue
        return [_past_consent(kind, treaty, named[0], when, published)]
    return []


_OWNERS = {"its", "their"}
# words before an owned consent noun that leave its date to it: a preposition ("arising from its signature ... on
# December 31, 2000"), not a verb whose object it is ("revoked its ratification in 2023")
_GOVERNING = {"from", "of", "since", "after", "following", "with", "under", "upon", "despite", "before", "to", "the"}
_BREAKS = {",", ";", "and", "but", "which", "that", "after", "before", "since", "until"}


def _owned_consent(clause: Span, actors: list[Span], dates: list[Span], treaty: str, published: dt.date) -> list[Claim]:
    """'has no legal obligations arising from its signature (to the treaty) on December 31, 2000', 'Kenya's
    ratification in 2005': a state's consent told as its noun, owned by the state ('X's') or by the one state the
    clause names before 'its', dated right after (the date no later than the report)."""
    doc = clause.doc
    for token in clause:
        kind = _CONSENT_WORDS.get(token.lower_)
        if kind is None or token.i == clause.start:
            continue
        owner = doc[token.i - 1]
        if owner.lower_ in ("'s", "’s"):
            named = [e for e in actors if e.end == owner.i]
        elif owner.lower_ in _OWNERS:
            named = list({str(e.ent_id_): e for e in actors if e.end <= owner.i}.values())
        else:
            continue
        phrase = named[0].start if owner.lower_ in ("'s", "’s") and named else owner.i
        if phrase > clause.sent.start and doc[phrase - 1].lower_ not in _GOVERNING:
            continue  # "Russia revoked its ratification of the CTBT in 2023": the date is the verb's
        date = next((d for d in dates if token.i < d.start <= token.i + 8), None)
        if len(named) != 1 or date is None or doc[date.start - 1].lower_ not in ("on", "in"):
            continue
        if any(t.lower_ in _BREAKS or t.ent_type_ in ("STATE", "CAPITAL") for t in doc[token.i + 1 : date.start]):
            continue  # "its ratification, which Parliament approved in 2005": the date is another verb's
        when = resolve(with_year(date), published, "past")
        if when is None or when.start > published:
            continue
        return [_past_consent(kind, treaty, named[0], when, published)]
    return []


def _consent_by(clause: Span, actors: list[Span], dates: list[Span], treaty: str, published: dt.date) -> list[Claim]:
    """'I welcome the ratification of the Council of Europe Convention on ... by Albania on 4 February and Portugal
    on 5 February 2013' (PACE, 5 February 2013; batch 53): a consent noun, the treaty after 'of', then each State
    'by' names with its own day (the days no later than the report)."""
    doc = clause.doc
    for token in clause:
        kind = _CONSENT_WORDS.get(token.lower_)
        if kind is None or token.i + 2 >= clause.end or doc[token.i + 1].lower_ != "of":
            continue
        by = next((t for t in doc[token.i + 2 : min(clause.end, token.i + 25)] if t.lower_ == "by"), None)
        if by is None or any(t.text in ",;" or t.ent_type_ == "STATE" for t in doc[token.i + 2 : by.i]):
            continue  # "the ratification of the treaty, which ... by": no State right after the treaty's name
        pairs = _states_with_days(by, actors, dates)
        return [c for state, day in pairs if (c := _dated_consent(kind, treaty, state, day, published))]
    return []


def _states_with_days(by: Token, actors: list[Span], dates: list[Span]) -> list[tuple[Span, Span]]:
    """'by Albania on 4 February and Portugal on 5 February 2013': each State and the day right after it."""
    pairs, at = [], by.i + 1
    for state in (e for e in actors if e.start >= by.i + 1):
        if state.start != at:
            break
        date = next((d for d in dates if d.start == state.end + 1 and by.doc[state.end].lower_ in ("on", "in")), None)
        if date is None:
            break
        pairs.append((state, date))
        at = date.end + 1 if date.end < len(by.doc) and by.doc[date.end].lower_ in ("and", ",") else -1
    return pairs


def _dated_consent(kind: ClaimKind, treaty: str, state: Span, date: Span, published: dt.date) -> Claim | None:
    """The consent on ``date``, the year read from the date after it where it has none ('on 4 February and
    Portugal on 5 February 2013')."""
    when = resolve(with_year(date), published, "past")
    return None if when is None or when.start > published else _past_consent(kind, treaty, state, when, published)


_REFUSED = {"refused", "refuses", "declined", "declines"}
_REFUSED_CONSENTS = {"ratify", "sign", "accede"}


def refused_consent(verb: Span) -> bool:
    """'Hungary, Slovakia and Bulgaria ... refused to ratify the document', 'has declined to sign it': a consent
    refused is one not given, as 'has not ratified' (a status on the day of the report); not 'may refuse to ratify',
    'will decline to sign' (a future step), 'never refused to ratify' nor 'refused to approve the withdrawal' (an
    approval of something else)."""
    doc, head = verb.doc, verb[0]
    if head.lemma_ not in _REFUSED_CONSENTS or head.i < verb.sent.start + 2 or doc[head.i - 1].lower_ != "to":
        return False
    refusing = doc[head.i - 2]
    before = {t.lower_ for t in doc[max(verb.sent.start, refusing.i - 3) : refusing.i]}
    return refusing.lower_ in _REFUSED and not before & (NEGATION | MODALS | FUTURE)


def _past_consent(kind: ClaimKind, treaty: str, state: Span, when: PartialDate, published: dt.date) -> Claim:
    """A state's signature or ratification told as done on ``when``."""
    return Claim(kind=kind, treaty=treaty, state=str(state.ent_id_), value=claim_value(when), tense="past",
                 as_of=published)  # fmt: skip


def house_supports(verb: Span) -> str | None:
    """'Ukraine's parliament supports ratification of Istanbul Convention', 'The Verkhovna Rada ... has endorsed the
    ratification of', 'The Armenian Parliament ratifies the Rome Statute': a parliament's approval of the consent,
    told undated in the present or the perfect as the day's news (by that day; the instrument's deposit comes later)."""
    doc, i = verb.doc, verb.start
    if verb[0].lower_ in ("ratify", "ratifying") and (voted := _perfect_vote_for(verb)) is not None:
        return next((t.text for t in doc[max(verb.sent.start, voted - 8) : voted] if t.lower_ in PARLIAMENTS), None)
    if verb[0].lower_ in ("ratifies", "approves") and i > 0:  # "The Armenian Parliament ratifies the Rome Statute in a
        return next((t.text for t in doc[max(verb.sent.start, i - 4) : i] if t.lower_ in PARLIAMENTS), None)  # 60-22"
    if verb[0].lower_ != "ratification" or i < 2:
        return None
    at = i - 2 if doc[i - 1].lower_ == "the" else i - 1
    word = doc[at].lower_
    perfect = word in VOTED_CONSENT and at > 0 and doc[at - 1].lower_ in ("has", "have")
    if not (word in VOTES_FOR or perfect):
        return None
    return next((t.text for t in doc[max(verb.sent.start, at - 8) : at] if t.lower_ in PARLIAMENTS), None)


def _perfect_vote_for(verb: Span) -> int | None:
    """'The Armenian parliament has voted in favor of ratifying the Rome Statute' (Meduza, 3 October 2023), 'has voted
    to ratify', 'votes to ratify': a vote for the consent told in the perfect or the present, the day's news; the
    index of 'voted'/'votes' (a vote told in the past with no day is not dated by the report)."""
    doc, i = verb.doc, verb.start
    words = [t.lower_ for t in doc[max(verb.sent.start, i - 4) : i]]
    if words[-1:] == ["to"]:
        at = i - 2
    elif words[-3:] in (["in", "favor", "of"], ["in", "favour", "of"]):
        at = i - 4
    else:
        return None
    if at < 1 or doc[at].lower_ not in ("voted", "votes"):
        return None
    return at if doc[at].lower_ == "votes" or doc[at - 1].lower_ in ("has", "have") else None
