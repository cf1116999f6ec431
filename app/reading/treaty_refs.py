"""Which treaty a verb or clause is about: the one named after or before it, 'the convention' / 'it' for the
treaty last named, the treaty as the subject ('the treaty, which came into effect') or the withdrawal just named.
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from app.reading.acts import act_participle, act_participle_now
from app.reading.context import Context
from app.reading.vocabulary import (
    ANNULLED,
    GENERIC_TREATY,
    INVOKING,
    MADE,
    NOT_TREATY_OBJECTS,
    NOTIFICATION_NOUNS,
    OBJECT_VERBS,
    PASSIVE_EXITS,
    SKIPPED_BEFORE_VERB,
    WITHDRAW_LEMMAS,
    WITHDRAWAL_NOUNS,
)
from app.reading.words import OFFICES, body_named_after, determined, mentions_withdrawal, near_noun, object_is_treaty


def that_move(clause: Span) -> bool:
    """'That move, announced earlier this month, carries ...': the clause's subject is the withdrawal just named."""
    first = [t.lower_ for t in clause[:2]]
    return first[:1] in (["that"], ["this"], ["the"]) and first[1:] in (["move"], ["step"], ["exit"], ["withdrawal"])


def treaty_before(verb: Span, clause: Span) -> bool:
    """'The European treaty on preventing ... was annulled': a treaty (named, or 'the treaty') is the subject, and
    no state is named before the verb (the state is the article's)."""
    if _relative_to_a_treaty(verb):
        return True
    before = clause.doc[clause.start : verb.start]
    named = any(t.ent_type_ == "TREATY" or (t.lower_ in GENERIC_TREATY and determined(t)) for t in before)
    return named and not any(t.ent_type_ in ("STATE", "CAPITAL") for t in before)


def _object_referred(ref: Token, verb: Span, before: list[Span], generic: list[Token], context: Context) -> str | None:
    """The treaty an exit's or consent's object 'it' / 'the treaty' refers to: the one the clause named before the
    verb for 'it' ('The Convention ..., and X acceded to it'), and for 'the treaty' while the text last made 'the
    treaty' another instrument ('... between NATO and the Warsaw Pact ... Russia decided to suspend its participation
    in the CFE treaty in 2015 and officially withdrew from the treaty on Nov. 7, 2023', Hurriyet, April 2024); else
    the treaty the noun refers to."""
    earlier = [t for t in generic if t.i < verb.start and t.lower_ != "it"]
    if (ref.lower_ == "it" or context.another) and before:
        return str(before[-1].ent_id_)
    if ref.lower_ == "it" and earlier:
        return context.refer(earlier[-1].lower_)
    return context.refer(ref.lower_)


def _signature_object(verb: Span) -> bool:
    """'withdrew its signature', 'withdrawing their signatures': the exit verb's object is a State's signature."""
    words = [t.lower_ for t in verb.doc[verb.end : min(len(verb.doc), verb.end + 2)]]
    return words[:1] in (["signature"], ["signatures"]) or (
        words[:1] in (["its"], ["their"], ["the"]) and words[1:2] in (["signature"], ["signatures"])
    )


def _relative_to_a_treaty(verb: Span) -> bool:
    """'According to the decree signed by President Recep Tayyip Erdoğan, the expiry date of the Istanbul Convention,
    which was annulled with a decree on March 19, ...' (Daily Sabah, 30 April 2021): the relative pronoun right
    before the passive stands for the treaty named right before its comma (whoever the sentence named earlier)."""
    doc = verb.doc
    i = verb.start - 1
    if i < 1 or doc[i].lower_ not in ("which", "that"):
        return False
    i -= 1
    while i >= 0 and doc[i].text in (",", "–", "—"):
        i -= 1
    return i >= 0 and doc[i].ent_type_ == "TREATY"


def _relative_object(verb: Span, treaties: list[Span]) -> str | None:
    """The treaty a relative 'which' / 'that' stands for when it is the exit verb's object, its subject between them:
    'the Paris Agreement, which the United States also exited' (not 'the Paris Agreement, which entered into force in
    2016': the pronoun is that verb's subject, nothing stands between)."""
    doc = verb.doc
    pronoun = next((t for t in reversed(doc[max(verb.sent.start, verb.start - 7) : verb.start])
                    if t.lower_ in ("which", "that")), None)  # fmt: skip
    if pronoun is None or pronoun.i + 1 >= verb.start or pronoun.i < 2 or doc[pronoun.i - 1].text != ",":
        return None
    if any(t.is_punct or t.ent_type_ == "TREATY" or t.pos_ == "VERB" for t in doc[pronoun.i + 1 : verb.start]):
        return None
    named = next((e for e in treaties if e.end == pronoun.i - 1), None)
    return str(named.ent_id_) if named is not None else None


_RELATIVE_AUXILIARIES = {"has", "had", "have", "was", "were", "is", "been", "also", "first", "only", "finally",
                         "formally", "officially", "later", "then"}  # fmt: skip


def _relative_subject(verb: Span, treaties: list[Span]) -> str | None:
    """The treaty a relative 'which' stands for as the verb's subject, right before it (auxiliaries and adverbs aside):
    'Unlike the Paris Agreement, which entered into force in 2016, the UNFCCC ...' (not the treaty named after)."""
    doc = verb.doc
    i = verb.start - 1
    while i > verb.sent.start and doc[i].lower_ in _RELATIVE_AUXILIARIES:
        i -= 1
    if doc[i].lower_ != "which" or i < 2 or doc[i - 1].text != ",":
        return None
    named = next((e for e in treaties if e.end == i - 1), None)
    return str(named.ent_id_) if named is not None else None


def _relative_antecedent(label: str, verb: Span, treaties: list[Span]) -> str | None:
    """The treaty a relative 'which' stands for: an exit's object ('the Paris Agreement, which Trump also exited'),
    another verb's subject ('the Paris Agreement, which entered into force in 2016')."""
    return _relative_object(verb, treaties) if label == "LEAVE" else _relative_subject(verb, treaties)


def left_by_relative(verb: Span) -> bool:
    """'Unlike the Paris Agreement, which Trump also exited, ...': the exit verb's object is the treaty the relative
    pronoun stands for (``_relative_object``), so the verb leaves something though no object follows it."""
    treaties = [e for e in verb.sent.ents if e.label_ == "TREATY"]
    return _relative_object(verb, treaties) is not None


def withdrawal_subject(verb: Span) -> bool:
    """'Turkey's withdrawal from the Istanbul Convention became official': a withdrawal noun heads the words before
    the verb in its clause (over 'from the ...')."""
    doc = verb.doc
    before = doc[max(verb.sent.start, verb.start - 10) : verb.start]
    commas = [t.i for t in before if t.text in (",", ";")]  # "Today, as the law provides, X's withdrawal ... is"
    if any(t.lower_ in WITHDRAWAL_NOUNS for t in doc[commas[-1] + 1 if commas else before.start : verb.start]):
        return True
    if commas and _apposed_step(doc[commas[-1] + 1 : verb.start], doc[verb.sent.start : commas[-1]]):
        return True  # "moved to withdraw the US from the Paris agreement, a step the Times said will become official"
    relative = [t for t in [*before, verb[0]] if t.lower_ in ("which", "that")]  # "Turkey's withdrawal ..., which
    # has become", "started the withdrawal procedure, which was completed" (the pronoun the trigger's own)
    return bool(relative) and any(t.lower_ in WITHDRAWAL_NOUNS for t in doc[verb.sent.start : relative[-1].i])


def _apposed_step(apposition: Span, before: Span) -> bool:
    """', a step (that) ...', ', a move which ...' in apposition to a clause that tells an exit: the exit is the
    subject."""
    words = [t.lower_ for t in apposition[:2]]
    return words[:1] in (["a"], ["the"], ["this"]) and words[1:] in (["step"], ["move"]) and mentions_withdrawal(before)


def _withdrawal_before(verb: Span) -> bool:
    """'... it has formally withdrawn from the INF Treaty. The US initially announced in February that this would
    take place on August 2': a withdrawal in the words before (this sentence or the last)."""
    doc = verb.doc
    return mentions_withdrawal(doc[max(0, verb.start - 40) : verb.start])


def _it_subject(verb: Span) -> bool:
    """'It would take effect ...', 'the decision will take effect': the withdrawal the article speaks of; also over a
    participle set off by commas ('The decision, announced Tuesday, will take effect in December 2026', CGTN, 22 July
    2025; batch 56)."""
    i = verb.start - 1
    while i >= 0 and verb.doc[i].lower_ in ("would", "will", "shall", "also", "then", "only", "formally", "officially"):
        i -= 1
    i = before_apposed_participle(verb.doc, i, verb.sent.start)
    if i >= 0 and verb.doc[i].lower_ == "and":  # "It was signed on December 3, 1997, and came into force on ...":
        opening = [t for t in verb.sent if not t.is_punct][:1]  # the subject the second verb shares
        return bool(opening) and opening[0].lower_ == "it" and opening[0].i < i
    return i >= 0 and verb.doc[i].lower_ in ("it", "decision", "move")  # "the decision will take effect on ..."


_PARTICIPLES = {"made", "taken", "given", "sent", "written", "signed", "announced", "confirmed", "approved"}


def before_apposed_participle(doc: Doc, i: int, start: int) -> int:
    """The index before ', announced Tuesday,' when ``i`` is the comma closing a participle phrase set off by commas
    right after a noun ('The decision, announced Tuesday, will ...'); else ``i``."""
    if i < start + 2 or doc[i].text != ",":
        return i
    opened = next((j for j in range(i - 1, max(start, i - 7) - 1, -1) if doc[j].text == ","), None)
    if opened is None or opened <= start or opened + 1 >= i:
        return i
    first = doc[opened + 1]
    participle = first.lower_ in _PARTICIPLES or (first.lower_.endswith("ed") and first.is_alpha)
    return opened - 1 if participle and doc[opened - 1].is_alpha else i


def _measure_subject(verb: Span) -> bool:
    """'This measure will take effect on ...', 'That step takes effect ...': a measure pointed back to (a law is one
    too, so the reader takes it for the exit only after a sentence that told a notice or an exit as done)."""
    i = verb.start - 1
    while i >= 0 and verb.doc[i].lower_ in ("would", "will", "shall", "also", "then", "only", "formally", "officially"):
        i -= 1
    return i >= 1 and verb.doc[i].lower_ in ("measure", "step") and verb.doc[i - 1].lower_ in ("this", "that")


def treaty_subject_or_it(clause: Span) -> bool:
    """The clause is about the treaty itself: it names it or says 'the treaty' / 'it' before its verb."""
    return any(t.ent_type_ == "TREATY" or t.lower_ in GENERIC_TREATY for t in clause[:8])


def names_treaty_before(verb: Span) -> bool:
    """'the agreement, which expires in 2026', 'the protocol, which was due to expire at the end of 2012': the word
    before the verb (over 'which', commas, 'is due to') is the treaty."""
    i = verb.start - 1
    while i >= 0 and verb.doc[i].lower_ in SKIPPED_BEFORE_VERB | _DUE:
        i -= 1
    relative = any(t.lower_ in ("which", "that") for t in verb.doc[i + 1 : verb.start])
    return relative and i >= 0 and (verb.doc[i].ent_type_ == "TREATY" or verb.doc[i].lower_ in GENERIC_TREATY)


_DUE = {"due", "set", "scheduled", "to", "is", "were", "will", "would"}  # "which was due to expire"


_DENIED_UNTIL = {"did", "does", "do", "not", "n't"}
"""'the Agreement did not go into effect until November 4, 2016': a denial before 'until' dates the verb (it went into
effect then), so the words of the denial stand between the subject and the verb like an auxiliary."""


def _until_after(verb: Span) -> bool:
    return verb.end < len(verb.doc) and verb.doc[verb.end].lower_ == "until"


def treaty_subject(verb: Span) -> bool:
    """The treaty itself is the subject: 'the treaty, which came into effect', 'since the accord went into effect'."""
    doc = verb.doc
    if verb[0].lower_ == "effective":
        return False
    i = verb.start - 1
    skipped = SKIPPED_BEFORE_VERB | (_DENIED_UNTIL if _until_after(verb) else set())
    while i >= 0 and doc[i].lower_ in skipped:
        i -= 1
    if i > 0 and _bracketed_acronym(doc, i + 1):
        i = _bracket_opened(doc, i + 1) - 1  # "The Nuclear Non-Proliferation Treaty (NPT), which came into effect"
    if (
        i >= 3
        and doc[i].like_num
        and doc[i - 1].lower_ == "in"
        and doc[i - 2].lower_ in MADE
        and doc[i - 3].text == ","
    ):
        i -= 4  # "the Convention ..., signed in 1997, entered into force in 1999": over the participle
    if i > verb.sent.start and doc[i].lower_ == "and" and made_then_in_force(i, verb.sent):
        return True  # "withdraw Russia from the agreement which was signed in 1992 and came into force in 2002"
    if i >= 0 and doc[i].lower_ == "it":
        return _it_is_the_treaty(doc[verb.sent.start : i])
    if i > verb.sent.start and doc[i].lower_ == "and" and _opening_treaty_subject(doc[verb.sent.start : i]):
        return True  # "The ICC treaty ... has been signed by almost 140 countries ... and takes formal effect July 1"
    if i >= 0 and doc[i].ent_type_ != "TREATY" and doc[i].is_title:  # a title not in the gazetteer
        words = doc[max(0, i - 10) : i + 1]  # "the Convention on the Prohibition of Anti-Personnel Mines"
        named = [t for t in words if t.lower_ in GENERIC_TREATY and t.is_title]
        if named and all(t.is_title or t.lower_ in ("of", "the", "on", "and", "-") for t in doc[named[-1].i : i + 1]):
            i = named[-1].i
    if i < 0 or not (doc[i].ent_type_ == "TREATY" or doc[i].lower_ in GENERIC_TREATY):
        return False
    while i > 0 and (
        doc[i - 1].ent_type_ == "TREATY"
        or (doc[i - 1].is_alpha and not doc[i - 1].is_lower)
        or (doc[i - 1].text == "-" and i >= 2 and doc[i - 2].is_title)  # "the Inter-American Convention"
        or _bracketed_acronym(doc, i)  # "the Intermediate-Range Nuclear Forces (INF) Treaty"
    ):
        i = _bracket_opened(doc, i) if doc[i - 1].text == ")" else i - 1  # to the start of the name
    if i >= 3 and doc[i - 1].lower_ == "or" and doc[i - 2].text == "," and doc[i - 3].ent_type_ == "TREATY":
        i -= 3  # "X's exit from the International Center ..., or ICSID came into effect": the name's other form
        while i > 0 and doc[i - 1].ent_type_ == "TREATY":
            i -= 1
    while i > 0 and doc[i - 1].lower_ in ("the", "this", "a", "landmark", "international", "global"):
        i -= 1
    if i == 0:
        return True
    left = doc[i - 1].lemma_ in WITHDRAW_LEMMAS  # "Hungary's decision to leave the Rome Statute, which takes effect"
    if doc[i - 1].lower_ == "of" and i >= 2 and _members_of(doc[i - 2]):
        return True  # "the last of the signatories of the Chemical Weapons Convention, which came into effect in 1997"
    return not (left or doc[i - 1].lower_ in ("from", "of", "for", "to", "leaving", "in", "quit", "left", "under"))


def _bracket_opened(doc: Doc, i: int) -> int:
    """The index of the '(' opening the bracket that closes right before ``i`` (``i`` itself when none is near)."""
    return next((j for j in range(i - 2, max(0, i - 5) - 1, -1) if doc[j].text == "("), i)


def _bracketed_acronym(doc: Doc, i: int) -> bool:
    """'(INF)' right before a treaty's noun: the acronym bracketed inside the name, part of it."""
    opened = _bracket_opened(doc, i)
    return doc[i - 1].text == ")" and opened < i and all(t.is_upper or t.is_punct for t in doc[opened + 1 : i - 1])


def made_then_in_force(conjunction: int, sentence: Span) -> bool:
    """'the agreement which was signed in 1992 and came into force in 2002': a relative on the treaty's name telling
    its making ('signed', 'adopted', 'concluded') and, after 'and', its coming into force: both are the treaty's own
    life, whatever verb of leaving governs the name (not the exit's effect)."""
    doc = sentence.doc
    for j in range(conjunction - 1, max(sentence.start, conjunction - 10) - 1, -1):
        if doc[j].text in (";", ":", "and"):
            return False
        if doc[j].lower_ not in ("which", "that"):
            continue
        k = j - 1
        while k >= sentence.start and doc[k].text == ",":
            k -= 1
        made = any(t.lower_ in MADE for t in doc[j + 1 : conjunction])
        return made and k >= sentence.start and (doc[k].ent_type_ == "TREATY" or doc[k].lower_ in GENERIC_TREATY)
    return False


_MEMBER_WORDS = {"signatories", "signatory", "parties", "party", "members", "member", "text", "provisions", "terms",
                 "articles", "states"}  # fmt: skip


def _members_of(noun: Token) -> bool:
    """'the signatories of', 'the parties of', 'the text of' the treaty: a noun for its members or its words, so a
    relative after the treaty's name ('..., which came into effect in 1997') is the treaty's own, not an exit's (as
    after 'the withdrawal of' or 'the denunciation of')."""
    return noun.lower_ in _MEMBER_WORDS


def _opening_treaty_subject(before: Span) -> bool:
    """The words before 'and <verb>' open with the treaty as subject ('The ICC treaty – which was signed by ... – has
    been signed by almost 140 countries and ratified by 66'): a treaty's name or noun within the first words, then a
    finite verb of its own, and no state named but as an agent after 'by' (no other subject to share the verb)."""
    doc = before.doc
    head = next((t for t in before[:5] if t.ent_type_ == "TREATY" or t.lower_ in GENERIC_TREATY), None)
    if head is None or any(t.lower_ not in ("the", "this", "a") and t.ent_type_ != "TREATY" and not t.is_title
                           for t in doc[before.start : head.i]):  # fmt: skip
        return False
    states = [t for t in before if t.ent_type_ in ("STATE", "CAPITAL") and t.i > head.i]
    if any(doc[t.i - 1].lower_ != "by" for t in states if not doc[t.i - 1].ent_type_):
        return False
    return any(t.lower_ in ("has", "have", "was", "is", "were") for t in before if t.i > head.i)


def _it_is_the_treaty(before: Span) -> bool:
    """'Although the deal was signed in April 2016, only in November 2016 did it take effect': 'it' after a clause
    about the treaty (named or 'the deal') and no withdrawal is the treaty taking effect, not an exit."""
    treaty = any(t.ent_type_ == "TREATY" or t.lower_ in GENERIC_TREATY for t in before)
    return treaty and not any(t.lower_ in WITHDRAWAL_NOUNS or t.lemma_ in ("withdraw", "leave") for t in before)


def annulled(verb: Span) -> bool:
    """'The treaty was annulled', 'was abandoned by Ankara': a passive exit, its subject the treaty."""
    passive = len(verb) > 1 and verb[0].lower_ in ("was", "were", "been")
    return passive and verb[-1].lower_ in (*ANNULLED, *PASSIVE_EXITS)


def state_agent(verb: Span, clause: Span) -> bool:
    """'was abandoned by Ankara', 'by the United States', 'by the Russian government': a state (or its capital or
    leader in office) is the passive's agent, right after 'by'."""
    doc = clause.doc
    if verb.end >= clause.end or doc[verb.end].lower_ != "by":
        return False
    after = doc[verb.end + 1 : min(verb.end + 4, clause.end)]
    for token in after:
        if token.ent_type_ in ("STATE", "CAPITAL"):
            return True
        if token.is_punct or token.lower_ not in ("the", "then"):
            return False
    return False


def clause_treaty(treaties: list[Span], generic: list[Token], clause: Span, context: Context) -> str | None:
    """The treaty a clause is about: the first it names, else the one its 'the convention' or its withdrawal
    (a notice, a waiting period) points to."""
    if treaties:
        return str(treaties[0].ent_id_)
    opening = [t for t in clause if not t.is_punct][:6]
    if opening and opening[0].lower_ == "it" and any(t.lower_ in ("ratified", "signed", "acceded") for t in opening):
        return context.refer("it")  # "It has since been ratified by 160 countries": the treaty, a passive's subject
    if generic or mentions_withdrawal(clause) or any(t.lower_ in ("notice", "waiting") for t in clause):
        return context.refer(generic[0].lower_) if generic else context.withdrawn_from()
    return None


def party_to(treaties: list[Span], generic: list[Token], clause: Span, context: Context) -> str | None:
    """'125 states that are party to the statute, including all EU countries': the treaty the counted states are
    party to (named, or 'the statute' for the treaty last named), not another the clause names later."""
    doc = clause.doc
    for token in clause:
        if token.lower_ not in ("party", "parties") or token.i + 2 >= clause.end or doc[token.i + 1].lower_ != "to":
            continue
        at = token.i + 2 + (doc[token.i + 2].lower_ in ("the", "this", "that"))
        named = next((e for e in treaties if e.start == at), None)
        if named is not None:
            return str(named.ent_id_)
        ref = next((t for t in generic if t.i == at), None)
        if ref is not None and ref.lower_ != "it":
            return context.refer(ref.lower_)
    return None


def _fronted_participle_subject(verb: Span, after: list[Span]) -> str | None:
    """A participle opening the sentence ('Signed in 1997, the Ottawa Convention bans ...', 'Ratified by 164
    States, the treaty ...') says what was done to the subject of the main clause: the treaty named right after
    the participle's comma."""
    doc = verb.doc
    first = next((t for t in verb.sent if not (t.is_quote or t.is_space)), None)
    if first is None or first.i != verb.start or not verb[0].lower_.endswith("ed") or not after:
        return None
    commas = [t.i for t in doc[verb.end : after[0].start] if t.text == ","]
    if len(commas) != 1 or any(t.lower_ not in ("the", "this") for t in doc[commas[0] + 1 : after[0].start]):
        return None
    return str(after[0].ent_id_)


_FRONTING = (["having"], ["after"], ["after", "having"], ["upon"], ["since"])


def _fronted_notice(verb: Span, treaty: Span) -> bool:
    """'Having notified the UN on 2 June 2025, Hungary will cease to be a party to the Rome Statute': a notice in a
    participle opening the sentence is of the treaty the main clause (after its one comma) tells the exit from."""
    doc = verb.doc
    opening = [t.lower_ for t in doc[verb.sent.start : verb.start] if not (t.is_quote or t.is_space)]
    commas = [t for t in doc[verb.end : treaty.start] if t.text in (",", ";")]
    if opening not in _FRONTING or len(commas) != 1 or commas[0].text != ",":
        return False
    main = doc[commas[0].i + 1 : verb.sent.end]  # not "Having notified the UN, Hungary hosted talks on the Statute"
    return mentions_withdrawal(main) or any(t.lemma_ == "cease" or t.lower_ == "longer" for t in main)


_DOMESTIC_ACTS = NOT_TREATY_OBJECTS | {"act", "statute", "ordinance"}


def _relative_of_a_domestic_act(verb: Span) -> bool:
    """'the National Defense Authorization Act for Fiscal Year 2020, which President Trump signed': the verb of a
    relative clause ('which' / 'that', its subject between) whose antecedent is a domestic act (a law, a bill, a
    decree; an Act of a legislature), not a treaty: the verb acts on that act."""
    doc = verb.doc
    sentence = doc[verb.start].sent
    lead = next((t.i for t in doc[max(sentence.start, verb.start - 5) : verb.start] if t.lower_ in ("which", "that")),
                None)  # fmt: skip
    if lead is None:
        return _act_then_its_signer(verb)
    if any(t.is_punct for t in doc[lead + 1 : verb.start]):
        return False
    end = lead - 1 if lead - 1 >= sentence.start and doc[lead - 1].text == "," else lead
    antecedent = doc[max(sentence.start, end - 8) : end]
    if any(t.ent_type_ == "TREATY" for t in antecedent):
        return False
    head = next((t for t in reversed(antecedent) if t.lower_ in _DOMESTIC_ACTS), None)
    if head is None:
        return False
    # the act's own name or number may follow its noun ('Act for Fiscal Year 2020', 'law No. 190/2014'), nothing
    # else: 'the memorandum to the draft stated that since Estonia ratified' is a complement clause, not a relative
    return all(t.is_title or t.like_num or t.lower_ in _NAME_GLUE for t in doc[head.i + 1 : end])


_NAME_GLUE = {"for", "of", "on", "no.", "no", "/"}
_SUBJECT_PRONOUNS = {"he", "she", "they", "we", "i"}


def _act_then_its_signer(verb: Span) -> bool:
    """'a decree he signed in January 2025 notifying the United Nations', 'the order Trump signed on his first day': a
    relative clause without 'which' or 'that' (its subject, a pronoun or a name, right after a domestic act's noun):
    the verb acts on that act."""
    doc = verb.doc
    if verb.end < len(doc) and (doc[verb.end].lower_ in ("the", "a", "an", "its", "it") or doc[verb.end].ent_type_):
        return False  # "Under the decree Lithuania signed the Ottawa Convention": the verb has an object of its own
    i = verb.start - 1
    start = doc[verb.start].sent.start
    if i > start and doc[i].lower_ in _SUBJECT_PRONOUNS:
        i -= 1
    else:
        while i > start and verb.start - i <= 3 and (doc[i].ent_type_ in ("LEADER", "STATE") or doc[i].is_title):
            i -= 1
    return i < verb.start - 1 and i >= start and doc[i].lower_ in _DOMESTIC_ACTS


_PAPERS_SIGNED = NOT_TREATY_OBJECTS | {"instrument", "instruments"}
_CONSENTS = {"ratification", "accession", "acceptance", "approval"}


def _signed_paper(label: str, verb: Span) -> bool:
    """A State's own paper is what was signed, not the treaty (VCLT Arts. 11-16: a signature of the treaty is one act,
    a head of state's signature of the instrument that consents, or of a decree, is another): 'signed a Cabinet
    resolution on ratifying the agreement', 'signed the Instrument of Accession for the Paris climate deal', an
    'Instrument of ratification signed by Indian President Pranab Mukherjee'."""
    if label != "SIGN":
        return False
    doc = verb.doc
    ahead = doc[verb.end : min(verb.end + 4, verb.sent.end)]
    for token in ahead:
        if token.lower_ in _PAPERS_SIGNED:
            return True
        if not (token.lower_ in ("a", "an", "the", "its", "his", "her", "their", "government") or token.is_title):
            break  # "signed the Paris Agreement": the treaty itself ('Agreement' names it, no paper)
    before = [t.lower_ for t in doc[max(verb.sent.start, verb.start - 3) : verb.start]]
    return before[-1:] in (["instrument"], ["instruments"]) or (
        len(before) == 3 and before[0] in ("instrument", "instruments") and before[1] == "of" and before[2] in _CONSENTS
    )


_IN_WORDS = {"-", "“", "”", '"', "‘", "’"}  # a hyphen, and quotation marks around a quoted verb: 'a decree that
# "denounced and accordingly terminated" the agreement'


def _paper_before(verb: Span) -> bool:
    """A paper right before the verb ('the decree signed by'), unless the paper's participle takes a state out of
    the treaty ('a law pulling Russia out of the convention')."""
    doc = verb.doc
    if act_participle(verb) or act_participle_now(verb):
        return False
    return verb.start > 0 and doc[verb.start - 1].lower_ in NOT_TREATY_OBJECTS


def _bare(verb: Span) -> bool:
    """The verb has no object: 'Italy, which left in 2016', 'formally withdrew at the end of 2025', 'who withdrew the
    United States during his first term' (the State inside the verb)."""
    doc = verb.doc
    return (
        verb.end >= len(doc)
        or doc[verb.end].is_punct
        or doc[verb.end].lower_ in ("too", "also", "in", "on", "last", "this", "by", "again", "include", "includes")
        or (doc[verb.end].lower_ == "during" and doc[verb.end - 1].ent_type_ == "STATE")
        or doc[verb.end : verb.end + 3].text in ("at the end", "at the start")
        or (doc[verb.end].lower_ in _TIME_ADVERBS and doc[verb.end + 1 : verb.end + 2].text in ("in", "on"))
    )


_TIME_ADVERBS = {"back", "only", "first", "originally", "initially", "already", "previously", "way"}  # "which Ukraine
# signed back in 2011", "which it first signed in 1998": a time adverb before the date, still no object


def stayed_out(verb: Span) -> bool:
    """'significant global players like the United States, Russia, and Israel have opted out': 'opt out' with no
    'of' after it (what is opted out of is the treaty in the reader's mind) tells states that chose not to take part,
    not an exit from a treaty they were parties to ('has opted out of the Rome Statute' is an exit)."""
    if verb[0].lemma_ != "opt":
        return False
    doc = verb.doc
    return verb.end >= len(doc) or not (doc[verb.end].lower_ in ("of", "from") or doc[verb.end].ent_type_ == "TREATY")


def treaty_for(verb: Span, treaties: list[Span], generic: list[Token], context: Context, label: str) -> str | None:
    """The treaty the verb is about: its object (named, or 'the convention' / 'it' for the treaty last
    named), the subject of a passive ('The convention was ratified by ...'), else the clause's treaty."""
    doc = verb.doc
    if verb[0].lower_.startswith("return") and not object_is_treaty(doc, verb.end):
        return _commitment_returned_to(verb, context)  # "returned to UNESCO", "returns to compliance with the treaty"
    if label != "NOTIFY" and (_paper_before(verb) or _relative_of_a_domestic_act(verb) or _signed_paper(label, verb)):
        return None  # "the decree signed by Erdogan", "the ... Act, which Trump signed" (not "his decree notifying")
    if _another_body_left(label, verb, treaties, generic, context):
        return None  # "are leaving the Organisation Internationale de la Francophonie (OIF)": a body of its own
    if label in OBJECT_VERBS and _an_unnamed_instrument(verb):
        return None  # "elevating the Rwanda deal to a treaty ratified in parliament": a treaty no name identifies
    if (inside := _named_inside(label, verb, treaties)) is not None:
        return inside  # "Article 50 triggered by ...", "triggering Brexit", "the entry into force of the Ottawa
        # Convention": the trigger's own words name the treaty
    if (antecedent := _relative_antecedent(label, verb, treaties)) is not None:
        return antecedent  # "Unlike the Paris Agreement, which Trump also exited, the UNFCCC is ..." (Newzino, 2026)
    after = [e for e in treaties if e.start >= verb.end]
    before = [e for e in treaties if e.end <= verb.start]
    if label == "NOTIFY" and len(after) > 1 and _names_an_office(after[0]):
        after = after[1:]  # "notified the OAS Secretary General of its denunciation of the American Convention"
    if consent_to_another(verb, treaties, label):
        return None  # "ratified an agreement on adaptation of the CFE Treaty", "signed a protocol to the Convention"
    if after and after[0].start - verb.end <= 6:
        return str(after[0].ent_id_)
    but_not = [t.lower_ for t in doc[verb.end : verb.end + 2]] in (["but", "not"], ["but", "never"])
    shared = 3 if but_not else _second_consent_after_and(verb)  # "The US joined and the Senate ratified the agreement"
    object_refs = [
        t for t in generic
        if verb.end <= t.i <= verb.end + (9 if label == "LEAVE" else 4 + shared)
        and not any(x.is_punct and x.text not in _IN_WORDS for x in doc[verb.end : t.i])
    ]  # fmt: skip  # "withdraws from Cold-War era nuclear treaty", "pullout from a key Cold War-era security deal";
    # "has signed but never ratified the 1996 treaty": the object the two verbs share
    if object_refs and (context.treaty or context.ahead):
        return _object_referred(object_refs[0], verb, before, generic, context)
    if label == "LEAVE" and (_own_membership(verb) or _signature_object(verb)) and (context.treaty or context.ahead):
        return context.refer(None)  # "withdrew from its membership", "Moscow in 2016 withdrew its signature": the last
    if label == "LEAVE" and annulled(verb):  # "The European treaty on ... was annulled"
        earlier = [t for t in generic if t.i < verb.start and t.lower_ != "it"]
        return str(before[-1].ent_id_) if before else context.refer(earlier[0].lower_) if earlier else None
    if label in ("SIGN", "RATIFY", "JOIN", "ACCEDE") and _outsiders_listed(verb) and (context.treaty or context.ahead):
        return context.refer(None)  # "The States in that group that have yet to ratify are China, ...": outsiders
    if label in OBJECT_VERBS:
        passive = any(
            doc[i].lower_ in ("was", "were", "been", "is", "be") for i in range(max(0, verb.start - 2), verb.start)
        )
        bare = _bare(verb)
        if bare and any(_among_states(e) for e in before):  # "after the EU, Canada, Bolivia and Nepal joined in"
            return _joined_with_states(before, context)
        if not (passive or bare) or (passive and _something_else_passive(verb)) or _a_protocol_before(verb, before):
            return None  # "The package was signed on D", "the 'Protocol on ...' signed in Brussels": not the treaty
        if bare and not before and (fronted := _fronted_participle_subject(verb, after)) is not None:
            return fronted  # "Signed in 1987 between the US and the USSR, the INF Treaty bans ...": the subject
        if before:
            return str(before[-1].ent_id_)
        if passive and not generic and any(t.lower_ == "it" for t in doc[max(0, verb.start - 3) : verb.start]):
            return context.refer("it")  # "It was signed in November 1990"
        if (passive and generic) or bare:  # "Italy, which left in 2016": the treaty last left; "X, Y and Z have
            if generic or stayed_out(verb):  # opted out": of the treaty discussed, not the one the last exit left
                return context.refer(generic[0].lower_ if generic else None)
            return context.withdrawn_from()
        return None
    if before:
        return str(before[-1].ent_id_)
    if after and not any(t.text in (",", ";") and not _in_a_date(t) for t in doc[verb.end : after[0].start]):
        return str(after[0].ent_id_)  # not "..., aligning with recent shifts by neighboring NATO allies" ('making
        # March 29, 2019 the date that Britain will be out of the EU': a date's own comma)
    if label == "NOTIFY" and after and _fronted_notice(verb, after[0]):
        return str(after[0].ent_id_)  # "Having notified the UN on D, Hungary will cease to be a party to the Statute"
    if verb[0].lower_ in ("this", "it") and not (_withdrawal_before(verb) or context.since_withdrawal < 3):
        return None  # "this would take place": only a withdrawal just named
    if context.deed_before and _measure_subject(verb):  # "... lodged its withdrawal from the Protocol. This measure
        return context.withdrawn_from()  # will take effect on 27 June 2000": the exit the sentence before told
    if (context.treaty or context.ahead) and (generic or mentions_withdrawal(verb.sent) or _it_subject(verb)):
        if generic:
            return context.refer(generic[0].lower_)
        return context.refer("it") if _it_subject(verb) else context.withdrawn_from()  # "Italy, which left in 2016"
    if (verb[0].lower_ in ("this", "it") or _holdouts_listed(label, verb)) and (context.treaty or context.ahead):
        return context.refer(None)  # "There are eight remaining holdouts -- China, ...": of the treaty named last
    return _status_until_after_an_exit(label, verb, context) or _notice_meant(label, verb, context)


def _named_inside(label: str, verb: Span, treaties: list[Span]) -> str | None:
    """The treaty named inside a notice's words ('Article 50 triggered by ...', 'triggering Brexit'), an entry into
    force's ('the entry into force of the Ottawa Convention') or an opening for signature's ('opened the Rome Statute
    for signature')."""
    named = verb[0].lower_ in ("article", "art.") or verb[0].lemma_ in INVOKING
    if (label == "NOTIFY" and named) or label == "FORCE" or (label == "SIGN" and verb[0].lemma_ == "open"):
        inside = _inside(verb, treaties)
        return str(inside[0].ent_id_) if inside else None
    return None


def _in_a_date(token: Token) -> bool:
    """The comma of 'March 29, 2019': between a day and a year."""
    doc = token.doc
    return token.text == "," and 0 < token.i < len(doc) - 1 and doc[token.i - 1].like_num and doc[token.i + 1].like_num


_SHARED_CONSENTS = {"ratified", "signed", "joined", "approved", "accepted", "acceded"}


def _second_consent_after_and(verb: Span) -> int:
    """'The US joined and the Senate ratified the agreement in 1992' (USA Exclusives, 8 January 2026): a verb of
    consent with no object of its own, 'and' and another verb of consent (its subject a body) right after it; the
    object after the second is both verbs'. How far past the first verb the second ends (0: no such verb)."""
    doc = verb.doc
    if verb.end >= len(doc) or doc[verb.end].lower_ != "and" or verb[-1].lower_ not in _SHARED_CONSENTS:
        return 0
    for i in range(verb.end + 1, min(verb.sent.end, verb.end + 5)):
        if doc[i].lower_ in _SHARED_CONSENTS:
            return i + 1 - verb.end
    return 0


def _inside(verb: Span, treaties: list[Span]) -> list[Span]:
    """The treaties named inside the trigger's own words ('Article 50 of the TEU', 'the entry into force of ...')."""
    return [e for e in treaties if verb.start <= e.start < verb.end]


def _joined_with_states(before: list[Span], context: Context) -> str | None:
    """The treaty a bare 'joined in' is about when a treaty-named organisation stands among its subjects: the last
    treaty named before that is not one of them, else the treaty the article last named."""
    others = [e for e in before if not _among_states(e)]
    if others:
        return str(others[-1].ent_id_)
    return context.refer(None) if context.treaty or context.ahead else None


def _among_states(entity: Span) -> bool:
    """'after the EU, Canada, Bolivia and Nepal joined in' (EUobserver, 5 October 2016; batch 50): an organisation
    named like a treaty ('the EU' for the TEU) and listed with States before the verb is one of those who join, not
    the treaty joined."""
    doc = entity.doc
    following = doc[entity.end : entity.end + 2]
    if len(following) == 2 and following[0].text in (",", "and") and following[1].ent_type_ == "STATE":
        return True  # "the EU, Canada, ..."
    i = entity.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    return i >= 1 and doc[i].text in (",", "and") and doc[i - 1].ent_type_ == "STATE"  # "..., India and the EU"


def _status_until_after_an_exit(label: str, verb: Span, context: Context) -> str | None:
    """'... notified on June 2. Hungary will remain a member until June 2 next year': a status told to last until a
    time (within three words), an exit told in this sentence or the one before: the treaty that exit left."""
    if label != "BOUND" or context.since_withdrawal > 1 or not (context.treaty or context.ahead):
        return None
    doc = verb.doc
    if not any(t.lower_ in ("until", "till") for t in doc[verb.end : min(verb.sent.end, verb.end + 3)]):
        return None
    return context.withdrawn_from()


_BEFORE_OBJECT = {"from", "out", "of", "the", "its", "their", "membership", "in"}


def _another_body_left(label: str, verb: Span, treaties: list[Span], generic: list[Token], context: Context) -> bool:
    """An exit (or its notice) from a body the rulebook lacks: its object is that body's name, or no treaty is named
    since an exit from one was read ('..., with formal notifications sent to the OIF leadership')."""
    if label in ("LEAVE", "NOTIFY") and leaves_a_named_other(verb):
        context.left_other = True
        return True
    return context.left_other and not treaties and not [t for t in generic if t.lower_ != "it"]


def leaves_a_named_other(verb: Span) -> bool:
    """The exit's object is a body named by a title the rulebook does not hold ('leaving the Organisation
    Internationale de la Francophonie', 'quit the Alliance Sahelienne'): not the treaty the article discusses."""
    doc = verb.doc
    for token in doc[verb.end : min(verb.end + 5, verb.sent.end)]:
        if token.lower_ in _BEFORE_OBJECT:
            continue
        return body_named_after(token)
    return False


def _notice_meant(label: str, verb: Span, context: Context) -> str | None:
    """'The notice was handed to the UN Secretary-General on 27 June.', 'It is dated ...': the treaty last named."""
    if label == "NOTIFY" and (near_noun(verb, verb.sent, NOTIFICATION_NOUNS) or verb[-1].lower_ == "dated"):
        return context.treaty
    return None


_CONSENT_LABELS = {"SIGN", "RATIFY", "ACCEDE", "JOIN"}
_OTHER_INSTRUMENTS = {"agreement", "amendment", "amendments", "protocol", "protocols", "annex", "adaptation"}
_OF_ANOTHER = {"on", "to", "of", "amending"}


def consent_to_another(verb: Span, treaties: list[Span], label: str) -> bool:
    """A consent verb whose object is another instrument of the treaty named right after it (see below)."""
    after = [e for e in treaties if e.start >= verb.end]
    return (
        label in _CONSENT_LABELS
        and bool(after)
        and after[0].start - verb.end <= 6
        and _amending_instrument(verb.doc[verb.end : after[0].start])
    )


def _amending_instrument(between: Span) -> bool:
    """'It also ratified an agreement on adaptation of the CFE Treaty' (Interfax, 2023), 'signed the amendment to the
    Rome Statute': the object is another instrument, one that adapts, amends or adds to the treaty named after it; the
    consent is to that instrument (VCLT Art. 40(4): an amending agreement binds only the States that consent to it),
    not to the treaty. The instrument is an unnamed noun before the treaty's name, joined to it by 'on', 'to', 'of'."""
    words = [t.lower_ for t in between]
    return any(w in _OTHER_INSTRUMENTS and nxt in _OF_ANOTHER for w, nxt in pairwise(words))


def _an_unnamed_instrument(verb: Span) -> bool:
    """'a treaty ratified in parliament', 'an agreement signed in 2010': a participle after an indefinite treaty
    noun is said of that unnamed instrument, not of a treaty the article names."""
    doc = verb.doc
    i = verb.start
    return i >= 2 and doc[i - 1].lower_ in GENERIC_TREATY and doc[i - 2].lower_ in ("a", "an")


_LISTING = {"--", "—", "–", ":", "are", "were", "include", "includes", "included", "remain"}
_LISTED_BY = {"are", "were", "include", "includes", "included"}
_GROUP_NOUNS = {"states", "countries", "nations", "ones", "signatories", "members"}
_STILL_OUT = {"yet", "not", "never", "still", "so", "far", "to"}


def _outsiders_listed(verb: Span) -> bool:
    """'The States in that group that have yet to ratify are China, ...', 'Among the countries that have not signed
    are Russia and China', 'Countries that have not yet joined include India': a relative clause on a group of States
    whose consent verb is denied or still to come and has no object, the States then listed by 'are' / 'include' —
    the outsiders of the treaty under discussion (the treaty named last)."""
    doc = verb.doc
    if verb.end >= len(doc) or doc[verb.end].lower_ not in _LISTED_BY:
        return False
    i = verb.start - 1
    denied = False
    while i > verb.sent.start and doc[i].lower_ in _STILL_OUT | {"have", "has", "had", "do", "did", "does", "n't"}:
        denied = denied or doc[i].lower_ in ("yet", "not", "never", "n't")
        i -= 1
    relative = doc[i].lower_ in ("that", "which", "who")
    return denied and relative and i > verb.sent.start and doc[i - 1].lower_ in _GROUP_NOUNS | {"group"}


def _holdouts_listed(label: str, verb: Span) -> bool:
    """'There are eight remaining holdouts -- China, Egypt, ...', 'Other holdouts include Iran', 'The remaining
    holdouts are India and Pakistan': the States not yet bound by the treaty under discussion, listed (after a dash
    or colon, or by 'be' / 'include'); not holdouts doing something else ('The holdouts had urged Argentina')."""
    if label != "HOLDOUT":
        return False
    doc = verb.doc
    after = [t.lower_ for t in doc[verb.end : min(len(doc), verb.end + 2)]]
    before = [t.lower_ for t in doc[max(0, verb.start - 4) : verb.start]]
    return verb[-1].text == ":" or bool(set(after) & _LISTING) or bool({"are", "were"} & set(before))


def _commitment_returned_to(verb: Span, context: Context) -> str | None:
    """'the US will officially return to the historic commitment to limit warming ... in 30 days': the treaty the
    article is about, described as 'the (adjectives) commitment' (one, definite) after a re-entry; None for another
    object ('returned to UNESCO', 'returns to compliance with the treaty', 'return to its commitments under')."""
    doc = verb.doc
    words = [t for t in doc[verb.end : min(len(doc), verb.end + 5)]]
    if not words or words[0].lower_ != "the":
        return None
    rest = words[1:]
    while rest and rest[0].is_alpha and rest[0].is_lower and rest[0].lower_ != "commitment" and not rest[0].ent_type_:
        rest = rest[1:]
    return context.refer(None) if rest[:1] and rest[0].lower_ == "commitment" else None


def _a_protocol_before(verb: Span, before: list[Span]) -> bool:
    """A protocol the rulebook does not hold ('Protocol on ...', no treaty name of its own) is named in the words
    before the verb, and no treaty the rulebook holds."""
    doc = verb.doc
    return not before and any(
        t.lower_ in ("protocol", "protocols") and not t.ent_type_
        for t in doc[max(verb.sent.start, verb.start - 15) : verb.start]
    )


def _names_an_office(name: Span) -> bool:
    """'the OAS Secretary General', 'the ECOWAS Commission': an organisation's name before one of its offices names
    who is notified, not the treaty the notice leaves (when another treaty follows)."""
    doc = name.doc
    return name.end < len(doc) and doc[name.end].lower_ in OFFICES


def _own_membership(verb: Span) -> bool:
    """'withdrew from its membership', 'quit their membership', 'excluded from membership at its own request':
    the verb's object is the state's membership."""
    words = [t.lower_ for t in verb.doc[verb.end : min(verb.end + 3, len(verb.doc))]]
    own = words[-2:] in (["its", "membership"], ["their", "membership"])
    return own or (len(verb) > 1 and verb[-1].lower_ == "request")  # "excluded from membership at its own request"


_PASSIVE_WORDS = {"was", "were", "been", "is", "be", "has", "have", "had", "also", "already", "formally", "officially"}


def _something_else_passive(verb: Span) -> bool:
    """'The package was signed', 'This law was ratified': the passive's subject is a noun with a determiner that is
    no treaty noun ('the deal', 'the convention' are), no state and no name: another instrument or paper."""
    doc = verb.doc
    i = verb.start - 1
    while i > 0 and doc[i].lower_ in _PASSIVE_WORDS:
        i -= 1
    if i < 1 or i == verb.start - 1 or not doc[i].is_alpha or not doc[i].is_lower or doc[i].ent_type_:
        return False
    return doc[i].lower_ not in GENERIC_TREATY and doc[i - 1].lower_ in ("the", "this", "that")
