"""The tense a trigger verb asserts in: past (a deed done), present, future, a deed stated as done, or an
intention (a plan, a modal, a quoted intent) that claims nothing checkable.
"""

from __future__ import annotations

import re
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from app.reading.acts import act_participle, act_participle_now
from app.reading.spans import doc_text
from app.reading.undone import agreed_undoing
from app.reading.vocabulary import (
    ADVERBS,
    CONSENT_ACTS,
    CONSENT_DONE,
    DUE,
    FUTURE,
    INTENDING,
    IRREGULAR_PAST,
    LETTERS,
    ORDINALS,
    PAPERS,
    PERFECT,
    WITHDRAW_LEMMAS,
    WITHDRAWAL_NOUNS,
)
from app.reading.when import Tense
from app.reading.words import house_voted, previous_word, reporting, surname_may

_SAID = {"said", "stated", "pledged", "promised", "vowed"}
_EARLIER = {"last", "ago", "earlier", "previously"}


def said_on_an_earlier_occasion(verb: Span) -> bool:
    """'During the Conservative Party Conference last year, Prime Minister Theresa May said she will trigger Article
    50 in March 2017': a future said on an occasion the sentence places before the report ('last year', 'months
    ago') is the speaker's intention then, an announcement (tests/data/articles/README.md 'Announcements'), not
    the report's own claim; 'said on Monday it will leave' (no earlier occasion) stays a claim."""
    doc, sentence = verb.doc, verb.sent
    say = next((t for t in reversed(doc[sentence.start : verb.start]) if t.lower_ in _SAID), None)
    if say is None:
        return False
    between = [t.lower_ for t in doc[say.i + 1 : verb.start]]
    if "will" not in between or len(between) > 4:
        return False
    return any(t.lower_ in _EARLIER for t in doc[sentence.start : say.i])


def _quoted_intent(verb: Span) -> bool:
    """'"We will leave the Ottawa Convention on 1 July," the minister said': a speaker's own intent, in the first
    person inside a quotation, is not a claim the article makes (tests/data/articles/README.md: quotes of intent)."""
    doc = verb.doc
    before = doc[verb.sent.start : verb.start]
    inside = sum(1 for t in before if t.text in ('"', "“", "”")) % 2 == 1
    person = any(t.lower_ in ("we", "i") for t in doc[max(verb.sent.start, verb.start - 4) : verb.start])
    return inside and person


_DENIED = {"denied", "denies", "deny", "denying", "refuted", "retracted", "false", "untrue", "incorrect", "wrong"}


def quoted_denied(verb: Span) -> bool:
    """'"Today, X is leaving the treaty," a minister wrote, a claim the ministry later denied': words quoted by the
    article to be denied are not its claim (a denial after the closing quote)."""
    doc = verb.doc
    if not any(mark in doc_text(doc) for mark in ('"', "“", "”")):
        return False  # no quotation mark in the paragraph
    start = verb.sent.start - (verb.sent.start > 0 and doc[verb.sent.start - 1].text in ('"', "“"))  # the opening
    marks = [t.i for t in doc[start : verb.sent.end] if t.text in ('"', "“", "”")]  # quote the sentencizer left
    opened = [i for i in marks if i < verb.start]
    if len(opened) % 2 == 0:
        return False
    closing = next((i for i in marks if i > verb.start), None)
    if closing is None:
        return False
    rest = doc[closing + 1 : verb.sent.end]  # "..., X has not yet taken any steps to leave": the deed denied
    same = {verb[0].lemma_} | (set(WITHDRAW_LEMMAS) if verb[0].lemma_ in WITHDRAW_LEMMAS else set())
    undone = any(t.lower_ in ("not", "never", "n't") for t in rest) and any(t.lemma_ in same for t in rest)
    return undone or any(t.lower_ in _DENIED for t in rest)


_DENYING = {"deny", "denied", "denies", "denying", "refute", "refuted", "refutes", "dismiss", "dismissed", "dismisses",
            "reject", "rejected", "rejects"}  # fmt: skip
_CLAIMED = {"that", "reports", "report", "claims", "claim", "suggestions", "rumours", "rumors", "allegations",
            "speculation", "having"}  # fmt: skip


def reported_denial(verb: Span) -> bool:
    """'Finland denied that it had notified its withdrawal', 'Turkey dismissed reports that it had left': the
    deed a denial governs is what the article says did not happen, or at least what it does not assert ('denied
    the court's jurisdiction and left the treaty' is no such denial: nothing reported stands between)."""
    doc = verb.doc
    for token in doc[verb.sent.start : verb.start]:
        if token.lower_ not in _DENYING and token.lemma_ not in _DENYING:
            continue
        following = [t.lower_ for t in doc[token.i + 1 : min(token.i + 4, verb.start)]]
        between = doc[token.i + 1 : verb.start]
        if any(w in _CLAIMED for w in following) and not any(
            t.text in (";", ":") or t.lower_ == "but" for t in between
        ):
            return True
    return False


def _reported_future(label: str, verb: Span, date: Span | None, clause: Span) -> bool:
    """'would take effect on <a day>' in reported speech, not a condition ('would have', 'if', 'unless')."""
    doc = verb.doc
    if label not in ("EFFECT", "LEAVE") or date is None or date.start < verb.end or verb.start == 0:
        return False
    if doc[verb.start - 1].lower_ != "would":
        return False
    if (
        label == "LEAVE"
        and not (  # "announced in early April that his nation would leave the OAS on April 27"
            any(reporting(t) and t.lower_ != "that" for t in doc[clause.start : verb.start])
            and any(t.lower_ == "that" for t in doc[clause.start : verb.start])
            and any(t.like_num for t in date)
        )
    ):
        return False
    return not any(t.lower_ in ("if", "unless", "have", "otherwise", "only") for t in clause)


_STEPS = {"step", "steps", "formality", "formalities", "hurdle", "hurdles"}
_REQUIRED = {"required", "needed", "necessary", "last", "final", "remaining"}


def _purpose_of_steps(label: str, verb: Span, date: Span | None) -> bool:
    """'approved the Brexit deal, one of the last formal steps required, ..., to take Britain out of the European
    Union on January 31': an exit on a day, the purpose of the steps required for it (the day set), not a wish."""
    doc = verb.doc
    if (
        label != "LEAVE"
        or date is None
        or date.start < verb.end
        or verb.start < 1
        or doc[verb.start - 1].lower_ != "to"
    ):
        return False
    before = [t.lower_ for t in doc[max(verb.sent.start, verb.start - 20) : verb.start]]
    return bool(set(before) & _STEPS) and bool(set(before) & _REQUIRED)


def _scheduled(label: str, verb: Span, date: Span | None, clause: Span) -> bool:
    """'Therefore, the United Kingdom should leave the European Union on March 29, 2019': 'should' with the day a
    rule sets is the expected date, not advice (without a day, 'X should leave the pact' is an opinion)."""
    doc = verb.doc
    if label not in ("EFFECT", "LEAVE") or date is None or date.start < verb.end or verb.start == 0:
        return False
    if doc[verb.start - 1].lower_ != "should" or sum(t.like_num for t in date) < 2:
        return False  # a day and a year: "on March 29, 2019"
    return not any(t.lower_ in ("if", "unless", "have", "otherwise") for t in clause)


_APPROVED = {"ratify", "ratification", "accede", "accession"}


def _house_approved(head: Token) -> bool:
    """'the Rada voted for the ratification of', 'has voted in favor of ratifying': a parliament's approval of the
    consent, done (not 'will vote to ratify'; not 'voted to withdraw': a decision, no exit)."""
    doc = head.doc
    voted = head.lemma_ in _APPROVED and house_voted(doc, head.i)
    return voted and _clause_tense(doc[head.sent.start : head.i]) != "future"


_TOLD_NOUNS = {"ratification", "signature", "deposit", "receipt"}


def _ranked_or_re_done(verb: Span) -> str | None:
    """'became / is becoming the first country to withdraw': the copula's tense; 're-entered the Paris Agreement on
    19 February', 'was re-admitted to the convention': a participle after 're-' is past ('will be re-admitted':
    future), not the bare 're' the tagger reads."""
    head = verb[0]
    if head.lower_ in ORDINALS:
        return _ordinal_tense(verb)
    if head.lower_ == "re" and len(verb) > 2 and verb[1].text == "-" and verb[2].lower_.endswith("ed"):
        return "future" if _clause_tense(verb.doc[head.sent.start : head.i]) == "future" else "past"
    return None


def _noun_told(verb: Span) -> Tense | None:
    """'The deposit of Ukraine's instrument of ratification took place on D', 'The ratification by Indonesia of the
    CTBT on 6 December was welcomed': a consent or its deposit told as a noun (its object after 'of' or its State
    after 'by') takes the tense of the clause's verb after it."""
    doc, head = verb.doc, verb[0]
    if head.lower_ not in _TOLD_NOUNS or head.i + 1 >= len(doc) or doc[head.i + 1].lower_ not in ("of", "by"):
        return None
    told = _clause_tense(doc[verb.end : head.sent.end])
    return "past" if told == "past" else "future" if told == "future" else None


def _clause_tense(before: Span) -> str:
    words = [t.lower_ for t in before]
    if any(w in FUTURE for w in words) or any(
        w.endswith("ing") and i and words[i - 1] in ("is", "are", "'s") for i, w in enumerate(words)
    ):
        return "future"
    if any(
        t.lower_ in IRREGULAR_PAST - {"effective"} or (t.is_lower and t.lower_.endswith("ed") and t.lower_ != t.lemma_)
        for t in before
    ) or _perfect_participle(before):
        return "past"
    return "present"


def _perfect_participle(words: Span) -> bool:
    """'has officially withdrawn', 'have left': a perfect, whatever the participle's form (a deed done)."""
    tokens = [t for t in words if t.lower_ not in ADVERBS]
    return any(
        t.lower_ in ("has", "have", "had") and nxt.is_lower and nxt.lower_.endswith(("ed", "en", "wn", "ft", "ne"))
        for t, nxt in pairwise(tokens)
    )


def asserted_tense(tense: str, label: str, verb: Span, date: Span | None, clause: Span, headline: bool) -> str | None:
    """The tense a trigger asserts in, or None when it asserts nothing (an intention, a quoted future intent)."""
    if tense == "intention" and headline and _gerund_of_a_deed(verb):
        tense = "deed"  # a headline: "X sparks backlash in quitting OAS", "X angers allies by leaving the pact"
    if tense == "intention" and (_reported_future(label, verb, date, clause) or _scheduled(label, verb, date, clause)):
        tense = "future"  # '"It would take effect a year from yesterday, on 22 January 2026," Haq said'
    if tense == "intention" and _plans_carried_out(label, verb, date):
        tense = "future"  # "are moving ahead with plans to leave ECOWAS by January 29, 2025": the exit under way
    if tense == "intention" and _decision_by_a_day(label, verb, date):
        tense = "future"  # "announced their decision to withdraw from ECOWAS by January 29, 2025": the exit's day
    if tense == "intention" and _purpose_of_steps(label, verb, date):
        tense = "future"  # "one of the last formal steps required ... to take Britain out of the EU on January 31"
    if tense in ("intention", "future") and label == "JOIN" and date is None and reentry_under_way(verb):
        tense = "present"  # "Singapore is re-joining the organisation": a return reported as it happens
    if tense == "intention" and _choice_made_over_a_span(verb):
        tense = "past"  # "are amongst those who have chosen to leave the organization over the past few decades"
    if tense == "future" and said_on_an_earlier_occasion(verb):
        return None  # "During the Conservative Party Conference last year, ... May said she will trigger Article 50"
    if tense == "intention" or (tense == "future" and _quoted_intent(verb)) or quoted_denied(verb):
        return None
    if reported_denial(verb):
        return None
    if tense == "future" and label in ("RATIFY", "ACCEDE", "JOIN") and date is not None and set_by_an_event(date):
        return None  # "Turkey to ratify Paris Agreement by Glasgow summit in November": a deadline, not its day
    return tense


_AHEAD = {"ahead", "forward", "on"}  # "moving ahead with", "pressing forward with", "pushing on with"
_PROCEEDING = {"moving", "move", "moves", "moved", "going", "go", "goes", "went", "pressing", "press", "presses",
               "pressed", "pushing", "push", "pushes", "pushed", "proceeding", "proceed", "proceeds",
               "proceeded"}  # fmt: skip


def _decision_by_a_day(label: str, verb: Span, date: Span | None) -> bool:
    """'have officially announced their decision to withdraw from ECOWAS by January 29, 2025' (Afripost, 15 December
    2024): a decision taken, to leave by a day after the verb, tells the exit to come by that day (not 'plans to leave',
    'intends to withdraw': an intention; not 'decided on Monday to withdraw', the decision's own day)."""
    doc = verb.doc
    if label != "LEAVE" or date is None or date.start < verb.end or doc[date.start].lower_ != "by" or verb.start < 2:
        return False
    return doc[verb.start - 1].lower_ == "to" and doc[verb.start - 2].lower_ in ("decision", "decisions")


def _plans_carried_out(label: str, verb: Span, date: Span | None) -> bool:
    """'are moving ahead with plans to leave ECOWAS by January 29, 2025', 'proceeded with its plan to withdraw on D':
    a plan carried out, its exit dated after the verb, is the exit to come on that day (not 'plans to leave' alone,
    an intention; not 'abandoned plans to')."""
    doc = verb.doc
    if label not in ("LEAVE", "EFFECT") or date is None or date.start < verb.end or verb.start < 3:
        return False
    words = [t.lower_ for t in doc[max(verb.sent.start, verb.start - 7) : verb.start]]
    if words[-1:] != ["to"] or not any(w in ("plan", "plans") for w in words[-3:]):
        return False
    at = max(i for i, w in enumerate(words) if w in ("plan", "plans"))
    before = words[:at]
    while before and before[-1] in ("its", "their", "the", "his", "her"):
        before.pop()
    if before[-1:] != ["with"]:
        return False
    before.pop()
    if before[-1:] and before[-1] in _AHEAD:
        before.pop()
    return bool(before) and before[-1] in _PROCEEDING


def reentry_under_way(verb: Span) -> bool:
    """'is re-joining', 'are rejoining', 'is re-entering': a return in the present progressive ('is to rejoin',
    'is planning to rejoin' are plans, not this)."""
    doc, head = verb.doc, verb[0]
    reentry = head.lower_ in ("rejoining", "reentering", "re-entering") or (
        head.lower_ in ("joining", "entering") and head.i >= 2 and doc[head.i - 1].text == "-"
        and doc[head.i - 2].lower_ == "re"
    )  # fmt: skip
    before = [t.lower_ for t in doc[max(verb.sent.start, head.i - 4) : head.i] if t.text not in ("re", "-")]
    return reentry and before[-1:] in (["is"], ["are"])


_CHOSEN = {"chosen", "opted", "elected"}
_ELAPSED_SPANS = (("over", "the", "past"), ("over", "the", "last"), ("over", "the", "years"), ("in", "recent", "years"),
                  ("in", "the", "past"), ("over", "recent", "decades"))  # fmt: skip


def _choice_made_over_a_span(verb: Span) -> bool:
    """'have chosen to leave the organization over the past few decades': a perfect choice to leave, dated by a span
    that has elapsed, reports exits made (not 'has chosen to leave', a decision; not 'will choose to leave')."""
    doc = verb.doc
    head = verb[0].i
    if head < 3 or doc[head - 1].lower_ != "to" or doc[head - 2].lower_ not in _CHOSEN:
        return False
    if doc[head - 3].lower_ not in ("have", "has", "had"):
        return False
    rest = [t.lower_ for t in doc[verb.end : verb.sent.end]]
    return any(tuple(rest[i : i + len(span)]) == span for span in _ELAPSED_SPANS for i in range(len(rest)))


def _ordinal_tense(verb: Span) -> str:
    """'became / is becoming the first country to withdraw': the tense of the copula before the ordinal."""
    head, doc = verb[0], verb.doc
    reach = 4 + (3 if [t.lower_ for t in doc[max(0, head.i - 3) : head.i]] == ["one", "of", "the"] else 0)
    copula = {t.lower_ for t in doc[max(0, head.i - reach) : head.i]}  # "will become one of the first to ..."
    if copula & {"will", "would", "could", "may", "might"} or _to_become(doc[max(0, head.i - reach) : head.i]):
        return "future"  # "it will become / is to become the first EU country to pull out of the treaty": not yet
    if copula & {"became", "was", "were", "become"}:  # "has become the first country to withdraw"
        return "past"
    if head.i > 0 and doc[head.i - 1].lower_ == "the" and head.i - 1 == head.sent.start:
        after = next((t.lower_ for t in doc[verb.end : head.sent.end] if t.lower_ in _COPULAS), None)
        if after is not None:  # "The only other country to leave ... is Burundi": the copula after the phrase
            return "past" if after in ("was", "were", "became") else "deed"
    if head.i > 2 and [t.text for t in doc[head.i - 2 : head.i]] == [",", "the"] and doc[head.i - 3].ent_type_:
        return "deed"  # "Burundi, the first state to leave the Rome Statute, ...": an appositive of the state
    if copula & _MAKING:  # "making the country the first ... to officially withdraw", "making it the only country to
        return _made_ranked(doc[max(0, head.i - reach) : head.i], head)  # leave the UNFCCC": an exit told
    return "deed" if copula & {"is", "becomes", "becoming", "are"} else "intention"


def by_means(head: Token) -> bool:
    """'The government argued that by withdrawing from the Convention, ... death sentences would be imposed more
    swiftly', 'by leaving the Rome Statute, Burundi could protect its sovereignty': a 'by'-gerund whose sentence goes
    on in a modal tells a means to a hoped-for end, not a deed ('By withdrawing its ratification ..., Trinidad and
    Tobago has indicated ...' asserts one); so does one after a modal in its own clause ('could follow Washington's
    example by withdrawing')."""
    doc = head.doc
    if not head.lower_.endswith("ing") or previous_word(head) != "by":
        return False
    before = doc[max(head.sent.start, head.i - 9) : head.i - 1]
    comma = max((t.i for t in before if t.text in (",", ";")), default=before.start - 1)
    return (
        any(_hedge(t) for t in doc[head.i + 1 : head.sent.end])
        or any(_hedge(t) for t in doc[comma + 1 : head.i - 1])  # "Moscow could follow Washington's example by
        # withdrawing its ratification": the modal governs the means
        or _means_of_an_intent(head)
    )


def _means_of_an_intent(head: Token) -> bool:
    """'had asked Ortega on Thursday, Nov. 18, to initiate the process of withdrawal from the OAS by denouncing the
    Democratic Charter': the 'by'-gerund is the means of an infinitive a word of intent governs (asked, urged, plans
    ... to): the means of something wanted, nothing done."""
    doc = head.doc
    before = doc[max(head.sent.start, head.i - 15) : head.i - 1]
    infinitive = (t.i for t in reversed(before) if t.lower_ == "to" and doc[t.i + 1].is_alpha and doc[t.i + 1].is_lower)
    to = next(infinitive, None)
    return to is not None and any(doc[k].lower_ in _ASKING for k in range(max(head.sent.start, to - 12), to))


# verbs that ask for or plan a deed, inflected (not the nouns 'its right to', 'the plan to' before an infinitive)
_ASKING = {"asked", "asks", "urged", "urges", "called", "calls", "planned", "plans", "wants", "wanted", "seeks",
           "sought", "intends", "intended", "decided", "decides", "threatened", "threatens", "vowed", "pledged",
           "promised", "aims", "hopes", "hoped", "pushed", "pressed", "invited", "instructed", "ordered", "requested",
           "requests", "proposed", "proposes", "recommended", "recommends"}  # fmt: skip


def _hedge(token: Token) -> bool:
    """'would', 'could', 'might', 'may' (not 'Theresa May will trigger ... by invoking Article 50')."""
    return token.lower_ in ("would", "could", "might", "may") and not surname_may(token)


_MAIN_VERB_REACH = 8  # "Trinidad and Tobago has indicated": the main clause's subject and verb after the comma


_SUBJECT_REACH = 6  # "The Prime Minister's letter": the words a paper opening the sentence stands after
_SUBJECT_WORDS = {"the", "a", "an", "its", "his", "her", "their", "this", "that", "formal", "official", "written",
                  "withdrawal", "exit"}  # fmt: skip


def _paper_subject_clause(head: Token) -> Span | None:
    """'The Prime Minister's letter notifying the European Council of the UK's intention to quit will set in train a
    two-year negotiation process': when the paper the gerund follows opens the sentence (its subject: no comma, no
    verb and only a few words before it), the words after the gerund up to the first comma, which hold the main verb
    whose tense the notice takes (a future one: a notice still to come); None otherwise."""
    doc, sentence = head.doc, head.sent
    opening = doc[sentence.start : head.i - 1]
    if previous_word(head) not in PAPERS or len(opening) > _SUBJECT_REACH:
        return None
    if not all(t.lower_ in _SUBJECT_WORDS or t.text in ("'s", "’s") or t.is_title or t.is_upper for t in opening):
        return None  # "will deliver her letter triggering Article 50": a verb before the paper governs it
    comma = next((t.i for t in doc[head.i : sentence.end] if t.text in (",", ";")), sentence.end)
    return doc[head.i + 1 : comma]


def _governing_words(head: Token) -> Span:
    """The words whose tense a governed gerund takes: those before it, or for a sentence opening 'By withdrawing its
    ratification of the American Convention, Trinidad and Tobago has indicated ...' (HRW, 1 June 1998) the main clause
    after the comma (a means told of a deed done: 'has indicated')."""
    doc, sentence = head.doc, head.sent
    if (main_clause := _paper_subject_clause(head)) is not None:
        return main_clause  # "The Prime Minister's letter notifying ... will set in train": the paper's own verb
    if head.i - 1 != sentence.start or doc[sentence.start].lower_ != "by":
        return doc[sentence.start : head.i]
    comma = next((t.i for t in doc[head.i : sentence.end] if t.text == ","), None)
    if comma is None:
        return doc[sentence.start : head.i]
    main = doc[comma + 1 : min(sentence.end, comma + _MAIN_VERB_REACH)]
    done = next((t.i for t in main if t.lower_ in IRREGULAR_PAST or (t.is_lower and t.lower_.endswith("ed"))), None)
    return doc[comma + 1 : done + 1] if done is not None else main  # up to its own verb: not 'has indicated it will'


def _governed_gerund(head: Token) -> bool:
    """'will trigger the process by invoking Article 50', 'his decree notifying the UN', 'pulled out ..., eight
    years after joining it in 2011': a gerund that takes the tense of the verb it depends on ('after' only with
    the gerund's own date: 'after withdrawing, Latvia could ...' tells no deed)."""
    if not head.lower_.endswith("ing"):
        return False
    before = previous_word(head)
    if before in (*_TIME_PREPOSITIONS, "despite"):  # "left in 2017 before rejoining in 2023", "never ratified it,
        # despite signing it back in 1996": a deed dated in passing
        dated = []  # the gerund's own date, before the next punctuation ("after submitting a notification of
        for t in head.doc[head.i + 1 : min(head.i + 13, head.sent.end)]:  # withdrawal to the United Nations on 20
            if t.is_punct:  # August 2025"; not "after withdrawing, Latvia could ... in 2026"); "after giving notice a
                break  # year ago" (a date counted back from the report's day)
            dated.append(t.like_num or t.lower_ == "ago")
        return any(dated) or any(t.like_num for t in head.doc[head.i + 1 : min(head.i + 7, head.sent.end)])
    return before in {"by", *PAPERS} or _state_before_gerund(head) or _step_of(head)


def _step_of(head: Token) -> bool:
    """'will take the historic step of triggering Brexit on March 29': the act named as the step taken, whose tense
    is the verb's that takes it."""
    doc = head.doc
    return head.i > 1 and previous_word(head) == "of" and doc[head.i - 2].lower_ in ("step", "steps", "move")


_TIME_PREPOSITIONS = ("after", "before", "since", "despite")  # "despite signing it back in 1996": a deed


def _fronted_time_clause(head: Token) -> str | None:
    """'After quitting the Paris Agreement in November 2020, the US ...', 'Before leaving the convention on D,
    Turkey had ...': a dated gerund after a time preposition that opens the sentence is a deed, past unless the
    main clause after its comma is future ('After leaving it in 2026, Hungary will ...')."""
    doc = head.doc
    opening = [t.lower_ for t in doc[head.sent.start : head.i] if not (t.is_quote or t.is_space)]
    if not head.lower_.endswith("ing") or len(opening) != 1 or opening[0] not in _TIME_PREPOSITIONS:
        return None
    comma = next((t.i for t in doc[head.i : head.sent.end] if t.text == ","), None)
    if comma is None or not any(t.like_num for t in doc[head.i + 1 : comma]):
        return None  # "After leaving, Latvia could lay mines": no deed dated
    return "future" if _clause_tense(doc[comma + 1 : head.sent.end]) == "future" else "past"


_GERUND_GOVERNORS = {"by", "from", "despite", "following", "after", "before"}  # not "of", "about", "with": "warned
# of Hungary leaving", "with Hungary leaving in 2026" tell no deed
_CAUSES = {"due", "owing", "thanks", "attributed", "attributable", "led", "leading"}  # "due to X leaving ..."


def _state_before_gerund(head: Token) -> bool:
    """'attributed to the country joining the ICC in 2011', 'due to Lithuania leaving the convention in 2025': a
    gerund whose subject, a state or 'the country', follows a preposition; with its own date, a deed told in
    passing."""
    doc = head.doc
    i = head.i - 1
    if i < 0 or not any(t.like_num for t in doc[head.i + 1 : min(head.i + 11, head.sent.end)]):
        return False
    if doc[i].ent_type_ in ("STATE", "CAPITAL"):
        while i > 0 and doc[i - 1].ent_type_ == doc[i].ent_type_:
            i -= 1
    elif doc[i].lower_ in ("country", "nation", "state"):
        i -= 1
    else:
        return False
    if i > 0 and doc[i - 1].lower_ == "the":
        i -= 1
    if i > 1 and doc[i - 1].lower_ == "to":
        return doc[i - 2].lower_ in _CAUSES
    return i > 0 and doc[i - 1].lower_ in _GERUND_GOVERNORS


def _infinitive_between(doc: Doc, ordinal: int, head: int) -> bool:
    """'Greenland was the last country to vote to leave the bloc' (The Guardian, 27 March 2017; batch 56), 'the first
    country to decide to withdraw': another infinitive between the rank and the verb's 'to' is what the rank counts
    (a vote, a decision), the verb its aim; not 'the first country to formally leave', 'will only be able to formally
    begin' (one 'to')."""
    return sum(t.lower_ == "to" for t in doc[ordinal + 1 : head]) > 1


def _copula_before(words: Span) -> str:
    """The tense of 'became / is / will become' before 'the first country to ...'."""
    copula = {t.lower_ for t in words}
    if copula & {"will", "would", "could", "may", "might"} or _to_become(words):
        return "future"  # "Hungary will become / is set to become the first EU country to pull out": not done yet
    if copula & {"became", "was", "were", "become"}:
        return "past"
    if copula & {"is", "are", "becomes"}:
        return "deed"  # "X is first Baltic nation to leave ...", as "X is the first country to leave"
    if copula & _MAKING:  # "this makes Hungary the first EU member state to leave the ICC", as _ordinal_tense
        return _made_ranked(words, words.doc[words.end])
    return "intention"


_MAKING = {"making", "makes", "made", "make"}
_HEDGES = {"will", "would", "could", "may", "might", "shall", "if", "unless", "once"}
_DECIDING = {"decision", "decided", "decides", "decide", "plan", "plans", "planned", "announced", "announces",
             "announcement", "vote", "voted", "votes", "bill", "law", "order", "memorandum", "move", "this",
             "intention"}  # fmt: skip


def _made_ranked(words: Span, rank: Token) -> str:
    """'making it the only country to leave the UNFCCC' after 'The U.S. has also exited the Paris climate
    agreement', 'The South American country's withdrawal makes it the first country ... to leave the organization':
    what makes the State the first (only) one to leave is an exit told, so the State is ranked among those that left
    (a notice so called is partly right, README 'Announcements'); 'making Burundi the first in history to officially
    withdraw' too. Not when a decision makes it so ('The decision makes Hungary the first EU member state to leave',
    'has decided to withdraw ..., making it the latest donor to abandon': an intention) or the clause hedges ('would
    make the US the first', 'will take effect on D, making it the third to quit': one to come)."""
    make = next(t for t in words if t.lower_ in _MAKING)
    doc = make.doc
    if doc[rank.i - 1].lower_ != "the" or rank.i - make.i < 3:
        return "intention"  # "after making moves last year to leave": no State ranked
    governing = doc[make.sent.start : make.i]
    if make.lower_ == "made" and doc[make.i - 1].lower_ == "have":
        return "intention"  # "a divorce period that would have made South Africa the first to quit": counterfactual
    if make.lower_ == "make" or any(t.lower_ in _HEDGES for t in governing):
        return "future"
    after = doc[make.i : min(make.sent.end, make.i + 14)]
    official = any(t.lower_ in ("officially", "formally") for t in after)
    told = not any(t.lower_ in _DECIDING for t in governing)  # the participle's clause tells an exit ("has exited")
    if make.lower_ != "making":  # "X's withdrawal makes it": the subject is the exit noun
        told = told and any(t.lower_ in WITHDRAWAL_NOUNS for t in governing)
    if not (told or official):
        return "intention"
    return "past" if make.lower_ == "made" else "deed"


def _to_become(words: Span) -> bool:
    """'is to become', 'is set to become', 'is expected to become' the first to leave: an infinitive, a step to come."""
    return any(t.lower_ == "become" and t.i > 0 and t.doc[t.i - 1].lower_ == "to" for t in words)


_COPULAS = {"is", "are", "was", "were", "became"}
_SKIPPED = ADVERBS | {"no", "longer"}  # "can no longer remain bound": the modal before 'no longer' is the verb's


_PICTURES = {"photo", "photograph", "picture", "image", "video", "footage", "photos", "pictures", "images"}


def _depicted_act(head: Token) -> bool:
    """'posted a photo on Twitter of Kanyana handing the withdrawal document to ...': a participle whose subject is a
    name after 'of', in a sentence told in the past: the act the picture shows, done then."""
    doc = head.doc
    if not head.lower_.endswith("ing") or head.i < 3:
        return False
    i = head.i - 1
    while i > head.sent.start and doc[i].is_title and doc[i].lower_ != "of":
        i -= 1  # over the name ("Aimée Laurentine Kanyana")
    named = i < head.i - 1 and doc[i].lower_ == "of"
    pictured = any(t.lower_ in _PICTURES for t in doc[max(head.sent.start, i - 4) : i])  # "a photo on Twitter of";
    return named and pictured and _clause_tense(doc[head.sent.start : i]) == "past"  # not "warned of X leaving"


def _absolute_perfect(head: Token) -> bool:
    """'..., the withdrawal having taken effect on March 17, 2019': an absolute participle, its subject an exit noun,
    a perfect (a deed done by then)."""
    doc = head.doc
    if head.i < 2 or doc[head.i - 1].lower_ != "having":
        return False
    i = head.i - 2  # over the exit's treaty: "Burundi's withdrawal from the Rome Statute having taken effect"
    while i > max(head.sent.start, head.i - 10) and (doc[i].ent_type_ == "TREATY" or doc[i].lower_ in ("from", "the")):
        i -= 1
    return doc[i].lower_ in WITHDRAWAL_NOUNS


def _participle_of_a_past_deed(head: Token) -> bool:
    """', becoming a party on ...', 'denounced it on 2 May 2007 (taking effect on 3 November 2007)', 'signed
    Executive Order 14155, formally notifying the United Nations ...': a participle set off after a past verb."""
    doc = head.doc
    opening = head.i - 1
    while opening > head.sent.start and doc[opening].lower_ in ("formally", "officially", "thereby", "thus"):
        opening -= 1  # over the adverb
    if not head.lower_.endswith("ing") or opening < 0 or doc[opening].text not in (",", "("):
        return False
    if gerund_subject(head):
        return False  # ", withdrawing from the convention is a clear signal that ...": the act judged, not told
    earlier = doc[head.sent.start : head.i]
    return any(t.lower_ in IRREGULAR_PAST or (t.lower_.endswith("ed") and t.lower_ != t.lemma_) for t in earlier)


_SUBJECT_COPULAS = {"is", "was", "would", "will", "could", "might", "may", "can", "remains", "sends", "signals"}


def gerund_subject(head: Token) -> bool:
    """'withdrawing from the convention is a clear signal that ...', 'leaving the treaty would be a mistake': a
    gerund whose phrase (no comma, at most eight words) runs into a finite verb is that verb's subject, the act
    named as a thing judged; its tense is that verb's, not a deed told by the clause before."""
    doc = head.doc
    for t in doc[head.i + 1 : min(head.i + 10, head.sent.end)]:
        if t.is_punct or t.lower_ in ("that", "which", "who", "where", "when", "and"):
            return False  # ", becoming a party that is bound by ...": a relative clause's verb
        if t.lower_ in _SUBJECT_COPULAS:
            return True
    return False


_DONE = ("completed", "finalized", "finalised", "official", "final")
_COMPLETED = {"withdrawal", "exit", "which", "that"}  # what 'completed' ends: an exit ("..., which was completed")


def _coordinated_tense(head: Token) -> str | None:
    """The tense a verb after 'and' takes from the first: 'will suspend its obligations ... and begin the process'
    (future), 'Signed in 1992 and entering into force in 2002, the treaty ...' (a participle joined to a past one
    tells a past deed too), an intention shared with an infinitive before it; None otherwise."""
    doc = head.doc
    if doc[head.i - 1].lower_ != "and":
        return None
    coordinated = _clause_tense(doc[max(head.sent.start, head.i - 15) : head.i])
    if coordinated == "future":
        return "future"
    if coordinated == "past" and head.lower_.endswith("ing"):
        return "past"
    return "intention" if _shares_an_intended_to(head) else None  # "urged all remaining States to seize the moment
    # and sign and ratify the CTBT"


def _shares_an_intended_to(head: Token) -> bool:
    """'urged all remaining States to seize the moment and sign and ratify the CTBT', 'plans to hold a vote and
    withdraw': a bare verb after 'and' shares the 'to' of the infinitive before it (no punctuation between), and so
    that infinitive's governing word of intent (an urging, a plan): no deed told."""
    doc = head.doc
    if head.lower_ != head.lemma_.lower() or doc[head.i - 1].lower_ != "and":
        return False
    i = head.i - 2
    while i > max(head.sent.start, head.i - 10) and not doc[i].is_punct and doc[i].lower_ != "to":
        i -= 1
    if doc[i].lower_ != "to" or not (doc[i + 1].is_alpha and doc[i + 1].is_lower):
        return False
    return any(_intending(doc[k]) for k in range(max(head.sent.start, i - 12), i))


def _notice_subject_tense(verb: Span) -> str:
    """'the notice was handed', 'Article 50 has been triggered' (past), 'Article 50 process will be triggered next
    Wednesday', 'Article 50 to be triggered by Theresa May' (future), else present."""
    words = {t.lower_ for t in verb[1:5]}
    if words & {"was", "were", "has", "have", "had"}:
        return "past"
    return "future" if words & {"will", "to"} else "present"


def _previous_words(head: Token) -> list[str]:
    """The last four words before the verb, skipped words and 'Theresa May' (not the modal) left out."""
    doc = head.doc
    return [
        doc[i].lower_
        for i in range(max(0, head.i - 6), head.i)
        if doc[i].lower_ not in _SKIPPED and not surname_may(doc[i])
    ][-4:]


def tense_of(verb: Span) -> str:
    """past | future | present | intention (an infinitive after 'plans to', 'voted to'; a modal)."""
    head = verb[0]
    doc = verb.doc
    if (ranked_or_re := _ranked_or_re_done(verb)) is not None:  # "became the first country to withdraw",
        return ranked_or_re  # "re-entered the Paris Agreement on 19 February"
    if verb[-1].lower_ in _DONE and head.lower_ in _COMPLETED:
        return "past"  # "the withdrawal process has now been completed", "the procedure, which was completed"
    if head.lower_ in ("officially", "formally", "out") and verb[-1].lower_ == "of":
        return "deed"  # a headline without its copula: "Philippines officially out of the ICC", "US out of Paris pact"
    if head.lower_ == "no" and previous_word(head) in ("is", "are", "'s", "'re"):
        return "deed"  # "As of December 27, Estonia, Latvia and Lithuania are no longer parties": done by then
    if head.lower_ in ("withdrawal", "exit", "departure", "pullout", "this", "it") and len(verb) > 1:
        tenses = {"occurred": "past", "happened": "past", "took": "past", "will": "future", "would": "future"}
        return tenses.get(verb[1].lower_, "present")  # "the exit took place", "this would take place on August 2"
    if head.lower_ == "coming" and previous_word(head) == "the":  # "The coming into force next week of ..."
        return "present"
    if head.lower_ in ("process", "withdrawal", "exit") and verb[-1].lower_ in ("started", "began"):
        return "past"  # "The process of Venezuela's exit from the organization started in 2017"
    if (fronted := _fronted_time_clause(head) or _act_made(verb)) is not None:
        return fronted  # "Since joining the Ottawa Convention in 2003, Lithuania has destroyed ...": a deed
    if _governed_gerund(head):
        governing = "intention" if by_means(head) else _clause_tense(_governing_words(head))  # "will trigger
        if governing in ("future", "intention"):  # the process by invoking Article 50 on ...", "will deliver her
            return governing  # letter triggering Article 50": the finite verb's; 'by'-means before a modal: none
        if previous_word(head) in _TIME_PREPOSITIONS:  # "did not arrest him despite ratifying the Statute in 2001"
            return "past"
        if previous_word(head) in PAPERS or governing == "past" or _state_before_gerund(head):
            return "past"  # "his January 2025 decree notifying the UN of his intention to leave the treaty"
    if head.lower_ in ("becoming", "taking", "coming", "going", "entering") and previous_word(head) in WITHDRAWAL_NOUNS:
        return "present"  # "leading to the UK's withdrawal becoming effective on 27 April 2025": said of a day
    if _told_as_past(head):
        return "past"
    if head.lower_ in ("effective", "making"):  # "is withdrawing ... effective 31 December": the clause's tense
        window = doc[max(head.sent.start, head.i - 25) : head.i]
        if _clause_tense(window) == "present" and _perfect_participle(doc[max(head.sent.start, head.i - 40) : head.i]):
            return "past"  # "has officially withdrawn from the Convention on ..., also known as ..., effective from"
        return _clause_tense(window)
    if head.lower_ in ("notice", "notification", "article", "art."):
        return _notice_subject_tense(verb)
    previous = _previous_words(head)
    ordinal = next((i for i in range(max(0, head.i - 7), head.i) if _ordinal(doc[i])), None)
    if previous[-1:] == ["to"] and ordinal is not None and not _infinitive_between(doc, ordinal, head.i):
        return _copula_before(doc[max(0, ordinal - 4) : ordinal])  # "became the first country to ratify the convention"
    if previous[-1:] == ["and"] and head.i > 0 and (coordinated := _coordinated_tense(head)) is not None:
        return coordinated
    if previous and previous[-1] == "to" and (done := _infinitive_deed(head)) is not None:
        return done  # "succeeded in convincing X to pull out in 1999", "issued a letter on D to inform ..."
    if previous and previous[-1] == "to":
        around = previous[:-1]
        if any(w in DUE for w in around) or (around and around[-1] in ("is", "are", "was")) or "will" in around:
            return "future"  # "is set to leave", "will have to leave"
        if any(_intending(doc[i]) for i in range(max(0, head.i - 12, head.sent.start), head.i)):
            return "intention"  # "voted to leave", "plans to withdraw", "pledged on Monday – ... – to withdraw"
        if any(t.lemma_ in INTENDING for t in doc[head.sent.start : head.i]) and "," in previous:
            return "intention"  # "introduced a bill in the Duma, the lower house of ..., to withdraw": its purpose
        return "future"  # a headline: "U.S. withdrawal from WHO to take effect July 2021"
    modals = ("would", "could", "may", "might", "should", "must", "can", "cannot")
    if previous and (
        previous[-1] in modals or (previous[-1] in ("be", "have") and previous[-2:-1] and previous[-2] in modals)
    ):
        return "intention"  # "could withdraw", "could be reversed", "might have left"
    if _bare_intent(head, previous) or _second_alternative(head, previous):
        return "intention"  # "still intends quit ICC"; "are in the process of withdrawing ... or have already left"
    text = head.lower_
    if text.endswith("ing"):  # "is leaving" (under way), "has begun leaving": not done yet; a dated absolute: its day
        return "present" if dated_absolute(head) else "future" if previous[-1:] in (["is"], ["are"]) else "intention"
    if any(w in FUTURE for w in previous[-3:]):
        return "future"
    if any(w in PERFECT for w in previous[-3:]):
        return "past"
    if text != head.lemma_.lower() and (text.endswith("ed") or text in IRREGULAR_PAST):
        return "past"
    if text in IRREGULAR_PAST:
        return "past"
    intending = _intending if text in _CONSENT_NOUNS else lambda t: t.lemma_ in INTENDING  # "Turkey's ratification"
    if not text.endswith("s") and any(intending(doc[i]) for i in range(max(0, head.i - 6), head.i)):
        return "intention"  # "recommended that their countries withdraw"
    return _consent_done(text, previous) or _noun_told(verb) or "present"


_ABSOLUTE_SUBJECT = 5  # words of the subject between 'with' and the participle ('the three countries')


def _act_made(verb: Span) -> Tense | None:
    """The tense of the act whose participle takes a State out: 'signed a decree on Sunday withdrawing from the Ottawa
    Convention' (past), a headline's 'Trump signs executive order withdrawing from Paris climate agreement'
    (present)."""
    return "past" if act_participle(verb) else "present" if act_participle_now(verb) else None


def dated_absolute(head: Token) -> bool:
    """', with the countries officially leaving the organisation on 29 January 2025': a participle after 'with'
    and its own subject, closing a clause after a comma, with its own date before the next punctuation; it says
    what happens on that day (not 'with a view to leaving', nor an undated 'with the countries leaving')."""
    if not head.lower_.endswith("ing"):
        return False
    doc = head.doc
    i = head.i - 1
    while i > head.sent.start and doc[i].lower_.endswith("ly"):
        i -= 1  # "officially", "formally"
    subject_end = i
    while i > head.sent.start and head.i - i <= _ABSOLUTE_SUBJECT + 2 and doc[i].lower_ != "with":
        if doc[i].is_punct or doc[i].lower_.endswith("ing") or doc[i].lower_ in ("to", "view", "and", "of"):
            return False
        i -= 1
    if doc[i].lower_ != "with" or i == subject_end or i == head.sent.start or doc[i - 1].text != ",":
        return False
    for t in doc[head.i + 1 : min(head.i + 13, head.sent.end)]:
        if t.is_punct:
            break
        if t.like_num:
            return True
    return False


_CONSENT_NOUNS = {"signature", "ratification", "re", "reentry"}  # a state's consent told as a noun (triggers.py)


def _consent_done(text: str, previous: list[str]) -> Tense | None:
    """'the Rada supported the ratification of', 'Moldova completed the ratification of': the consent noun after
    a past verb of completion or of a parliament's vote is done ('past')."""
    done = text in _CONSENT_NOUNS and previous[-1:] == ["the"] and previous[-2:-1] and previous[-2] in CONSENT_DONE
    return "past" if done else None


_COUNTED_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)|\w+(?:tieth|teenth)|fourth|fifth|sixth|seventh|eighth|ninth|tenth")


def _ordinal(token: Token) -> bool:
    """'the first', 'the 50th', 'the fiftieth' (state to ratify)."""
    return token.lower_ in ORDINALS or bool(_COUNTED_ORDINAL.fullmatch(token.lower_))


def _intending(token: Token) -> bool:
    """A word of intent ('plans', 'voted', 'has to'); not a possessive "'s" the lemmatizer reads as 'have' ("Hungary's
    withdrawal from ICC to take effect in June 2026": a headline's future)."""
    return token.lemma_ in INTENDING and token.text not in ("'s", "’s")


_BARE_INTENTS = {"intends", "intend", "plans", "plan", "wants", "want", "seeks", "aims", "hopes", "vows", "pledges",
                 "threatens"}  # fmt: skip


def _bare_intent(head: Token, previous: list[str]) -> bool:
    """A headline's 'South Africa still intends quit ICC': the 'to' dropped, still a plan."""
    return bool(previous) and previous[-1] in _BARE_INTENTS and head.lower_ == head.lemma_.lower()


def set_by_an_event(date: Span) -> bool:
    """'to ratify Paris Agreement by Glasgow summit in November': the date is an event's that sets a deadline ('by'
    and a few words before it, no state among them), not the day of the act."""
    doc = date.doc
    window = doc[max(date.sent.start, date.start - 5) : date.start]
    by = next((t.i for t in window if t.lower_ == "by"), None)
    return (
        by is not None
        and date.start - by > 1
        and not any(t.ent_type_ in ("STATE", "CAPITAL") for t in doc[by + 1 : date.start])
    )


def _second_alternative(head: Token, previous: list[str]) -> bool:
    """'are in the process of withdrawing from the agreement or have already left': a verb that is the second of
    two alternatives ('or' before its auxiliary, no subject of its own between) asserts neither for any state."""
    if "or" not in previous[-3:]:
        return False
    doc = head.doc
    alternative = next(
        (i for i in range(head.i - 1, max(head.sent.start, head.i - 7) - 1, -1) if doc[i].lower_ == "or"), None
    )
    if alternative is None:
        return False
    between = doc[alternative + 1 : head.i]
    return bool(between) and not any(t.ent_type_ or t.is_punct for t in between) and between[0].lower_ in PERFECT


def _infinitive_deed(head: Token) -> str | None:
    """The tense an infinitive takes from the act it depends on: a letter's purpose is told in the tense of its
    sending ('had issued a withdrawal letter ... on April 29 to inform ...'), a persuaded exit was done, an exit
    agreed to be suspended or revoked is not in effect (app/reading/undone.py)."""
    if _purpose_of_a_sent_paper(head) or agreed_undoing(head) or _dated_decision(head) or _return_decided_in(head):
        return "past"
    return _caused(head)


_REJOINING = {"rejoin", "re-join", "return"}
_DECIDING = {"decided", "chose", "opted", "voted"}


def _return_decided_in(head: Token) -> bool:
    """'Britain also withdrew from the organisation in the 1980s but decided to rejoin in 1997' (The Guardian, 13
    September 2002): a past decision to return with the year right after it tells the return of that year (a State's
    rejoining is its deposit, made in the year of the decision; the corpus labels it 'joined' then). Only a return and
    only a bare year ('decided to withdraw in 2016' is a decision, told as announced, README 'Announcements')."""
    doc = head.doc
    if head.lower_ not in _REJOINING or head.i < 2 or doc[head.i - 1].lower_ != "to":
        return False
    if doc[head.i - 2].lower_ not in _DECIDING:
        return False
    i = head.i + 1
    while i < head.sent.end and (doc[i].ent_type_ == "TREATY" or doc[i].lower_ in _RETURNED_TO):
        i += 1  # "decided to rejoin the organisation in 1997", "decided to rejoin Unesco in 1997"
    after = doc[i : min(head.sent.end, i + 2)]
    return len(after) == 2 and after[0].lower_ == "in" and bool(re.fullmatch(r"(1[89]|20)\d\d", after[1].text))


_RETURNED_TO = {"the", "it", "organisation", "organization", "body", "agency", "treaty", "convention", "to"}


def _dated_decision(head: Token) -> bool:
    return decision_year(head) is not None


def decision_year(head: Token) -> str | None:
    """'could revoke its 2000 decision to ratify the treaty': a consent a possessive dates by its year is told as
    given that year, whatever is said of it now (the revocation's modal is not the consent's): the year, else None."""
    doc = head.doc
    if head.lemma_ not in CONSENT_ACTS or head.i < head.sent.start + 4:
        return None
    owner, year, decision, to = doc[head.i - 4 : head.i]
    dated = (
        to.lower_ == "to"
        and decision.lower_ == "decision"
        and bool(re.fullmatch(r"(1[89]|20)\d\d", year.text))
        and owner.lower_ in ("its", "their", "his", "her", "'s", "’s")
    )
    return year.text if dated else None


def _purpose_of_a_sent_paper(head: Token) -> bool:
    """'had issued a withdrawal letter ... on April 29 to inform the body of ...', 'sent a note to inform': a notifying
    infinitive after a past verb whose object is a letter or note (LETTERS)."""
    if head.lemma_ not in ("inform", "notify", "tell", "announce", "confirm"):
        return False
    doc = head.doc
    before = doc[head.sent.start : head.i - 1]
    paper = next((t for t in reversed(before) if t.lower_ in LETTERS), None)
    if paper is None or any(t.lower_ in (",", ";") or t.lemma_ in INTENDING for t in doc[paper.i : head.i]):
        return False
    return _clause_tense(doc[head.sent.start : paper.i]) == "past"


_CAUSING = {"convince", "persuade", "lead", "prompt"}  # not "had compelled Russia to exit", "forced it to leave": a
# pressure that may not have been acted on yet
_LEADING = {"lead", "prompt"}  # "which led the United States to leave the organization" (Novinite, October 2017), "the
# drug war probe that prompted Duterte to withdraw from the ICC" (Manila Bulletin, March 2018): with the State (its
# leader, a pronoun) right between, the exit it brought about; not "led to calls for X to leave"


def _caused(head: Token) -> str | None:
    """'persuaded Mauritania to pull out', 'succeeded in convincing X to leave': a past persuasion that brought the
    exit about (the object between), so the exit was done ('past'); 'will persuade', 'failed to convince', 'tried
    to persuade' bring nothing about ('intention'); None without such an act."""
    doc = head.doc
    for token in doc[max(head.sent.start, head.i - 7) : head.i - 1]:
        if token.lemma_ not in _CAUSING or (token.lemma_ in _LEADING and not _led_state(token, head)):
            continue
        before = {t.lower_ for t in doc[max(head.sent.start, token.i - 4) : token.i]}
        if before & (FUTURE | {"not", "never", "failed", "tried", "trying", "sought", "seeking", "to"}):
            return "intention"  # "will persuade", "failed to convince": no exit done
        past = token.lower_ != token.lemma_ and token.lower_.endswith("ed")  # "convinced", "persuaded"
        succeeded = token.lower_.endswith("ing") and doc[token.i - 2 : token.i].text.lower() == "succeeded in"
        return "past" if past or succeeded else None
    return None


def _led_state(token: Token, head: Token) -> bool:
    """'led the United States to leave', 'prompted Duterte to withdraw', 'led it to quit': only the State, its leader
    or a pronoun between the verb and 'to' (not 'led to calls for X to leave', 'prompted a debate on whether to')."""
    between = token.doc[token.i + 1 : head.i]
    if len(between) < 2 or between[-1].lower_ != "to" or any(t.lower_ in ("to", "for", "on") for t in between[:-1]):
        return False
    words = [t for t in between[:-1] if t.lower_ not in ("the", "its", "their")]
    named = all(t.ent_type_ in ("STATE", "CAPITAL", "LEADER") for t in words)
    return bool(words) and (named or (len(words) == 1 and words[0].lower_ in ("it", "them", "him", "her")))


def _gerund_of_a_deed(verb: Span) -> bool:
    """'in quitting', 'by leaving', 'after withdrawing': a gerund after a preposition, the deed the headline's own
    verb reports on (not 'plans on leaving', 'talks about quitting')."""
    head = verb[0]
    return (
        head.lower_.endswith("ing")
        and previous_word(head) in ("in", "by", "after")
        and not any(t.lemma_ in INTENDING for t in head.doc[head.sent.start : head.i])
    )


def reading_tense(tense: str, label: str) -> Tense:
    if tense in ("past", "deed"):  # a deed stated as done: "As of December 27, X is no longer a party"
        return "past"
    if tense == "future":
        return "future"
    return "future" if label == "EFFECT" else "present"


def _perfect(verb: Span) -> bool:
    """'has officially triggered', 'have notified': the perfect, a deed just done as of the report."""
    doc = verb.doc
    before = [doc[i].lower_ for i in range(max(0, verb.start - 3), verb.start) if doc[i].lower_ not in ADVERBS]
    return bool(before) and before[-1] in ("has", "have")


def was_due(verb: Span) -> bool:
    """'had been due to take effect today', 'was scheduled to take effect on 12 June': an expectation told in the
    past, so the day it names is the would-be day, a claim about that day (tests/data/articles/README.md, 'An effect
    that had been due'), not an effect still to come. The past auxiliary comes just before the word of expectation."""
    doc = verb.doc
    words = [t.lower_ for t in doc[max(verb.sent.start, verb.start - 5) : verb.start] if t.lower_ not in ADVERBS]
    if words[-1:] != ["to"]:
        return False
    due = next((i for i in range(len(words) - 2, -1, -1) if words[i] in DUE), None)
    return due is not None and due > 0 and words[due - 1] in ("was", "were", "been")


def member_by_now(verb: Span) -> str | None:
    """'the United States has officially become a full member again', 'Armenia has joined the Rome Statute': an
    undated joining in the present perfect asserts the state a member on the day of the report ('true', as 'is
    a member' would). Only with the state as the subject right before the auxiliary: 'more than 160 countries have
    joined it' counts parties."""
    if not _perfect(verb) or verb[0].lemma_ not in _JOINING:
        return None
    return "true" if _state_subject(verb) else None


def _told_as_past(head: Token) -> bool:
    """A participle or gerund that tells a past deed: one of a past deed, an absolute perfect, a depicted act, a
    house's approval, or a fronted entry into force ('Adopted in 2017 and coming into force in 2021, TPNW bans ...',
    The Astana Times, October 2025)."""
    readers = (_participle_of_a_past_deed, _absolute_perfect, _depicted_act, _house_approved, _fronted_entry)
    return any(read(head) for read in readers)


def _fronted_entry(head: Token) -> bool:
    """'Coming into force in 2021, the treaty ...', 'Adopted in 2017 and coming into force in 2021, TPNW bans ...': a
    participle of entry into force fronted before the sentence's subject, opening the sentence or coordinated with
    a fronted past participle ('Adopted ... and'), tells the treaty's past; its clause closes with a comma."""
    doc = head.doc
    start = head.sent.start
    if head.lower_ not in ("coming", "entering") or [t.lower_ for t in doc[head.i + 1 : head.i + 3]] != [
        "into",
        "force",
    ]:
        return False
    opens = head.i == start or (doc[start].lower_.endswith("ed") and previous_word(head) == "and")
    return opens and any(t.text == "," for t in doc[head.i + 3 : min(head.sent.end, head.i + 9)])


def joining(verb: Span, value: str | None, tense: str) -> tuple[str | None, str]:
    """The value and tense of a joining: its date where it has one; undated, the perfect's membership on the
    report's day ('has joined': 'true', present) or the simple past's ('Armenia officially became a party to the
    Rome Statute', 'Canada's former Liberal government signed on to Kyoto': 'true', past), which a fact-checker
    checks as a joining done by the report's day, whether or not the state has left since (tests/data/articles/
    README.md, 'Label decisions (h-left, session 13)'). A count as the subject claims no state's joining."""
    if value is not None:
        return value, tense
    if member_by_now(verb):
        return "true", "present"
    past = tense == "past" and verb[0].lower_ in ("joined", "rejoined", "became", "signed")
    told = past and _state_subject(verb) and not (joins_a_deed(verb) or _counted(verb) or _time_clause(verb))
    told = told or (tense == "past" and _becoming_after_consent(verb) and not _counted(verb))
    return ("true", "past") if told else (None, tense)


_CONSENTED = {"ratified", "acceded", "joined"}


def _becoming_after_consent(verb: Span) -> bool:
    """'Sri Lanka has ratified the CTBT, becoming a full party to this document': the participle after a comma
    tells what the consent just told made the State (a party, the membership the judge weighs against the treaty's
    entry into force)."""
    doc = verb.doc
    if verb[0].lower_ != "becoming" or verb.start < 2 or doc[verb.start - 1].text != ",":
        return False
    return any(t.lower_ in _CONSENTED for t in doc[verb.sent.start : verb.start - 1])


_TIME_WORDS = frozenset({"since", "after", "before", "when", "until", "once", "as", "because", "if"})


def _time_clause(verb: Span) -> bool:
    """'since Latvia joined the Convention': a time or a reason told in passing, not the sentence's news."""
    doc = verb.doc
    return any(t.lower_ in _TIME_WORDS for t in doc[max(verb.sent.start, verb.start - 4) : verb.start])


def _counted(verb: Span) -> bool:
    """'Armenia became the 24th state party', 'one of the first': the count is the claim (its parties_count)."""
    return any(_ordinal(t) or t.lower_ == "one" for t in verb.doc[verb.start + 1 : min(len(verb.doc), verb.end + 3)])


def joins_a_deed(verb: Span) -> bool:
    """'Hungary joined the US in leaving the ICC': joining others in a deed, not a treaty."""
    doc = verb.doc
    return any(
        t.lower_ == "in" and t.i + 1 < len(doc) and doc[t.i + 1].lower_.endswith("ing")
        for t in doc[verb.end : min(verb.sent.end, verb.end + 6)]
    )


_JOINING = frozenset({"join", "rejoin", "become"})


_SEQUENCE = frozenset({"later", "subsequently", "eventually", "afterwards"})


def _state_subject(verb: Span) -> bool:
    """The state is the subject right before the verb (its auxiliary and adverbs skipped), or its government is
    ('Canada's former Liberal government signed on to Kyoto')."""
    doc = verb.doc
    i = verb.start - 1
    while i > 0 and (doc[i].lower_ in ADVERBS or doc[i].lower_ in ("has", "have") or doc[i].lower_ in _SEQUENCE):
        i -= 1  # "Then-President Joe Biden later rejoined the agreement": after the exit told before
    if doc[i].lower_ == "government":  # "Canada's former Liberal government"
        owner = next((j - 1 for j in range(i - 1, max(verb.sent.start, i - 5), -1) if doc[j].lower_ in ("'s", "’s")), i)
        i = owner if doc[owner].ent_type_ in ("STATE", "CAPITAL") else i
    return doc[i].ent_type_ in ("STATE", "CAPITAL")
