"""Find every checkable withdrawal claim in article text: the reader behind ``POST /v1/checks/text``.

Paragraph by paragraph (the headline is the first), sentence by sentence, clause by clause: a verb from the
trigger patterns (take effect, withdraw / leave / quit / pull out, notify / deposit / hand, enter into force,
join / become a party, ratify, accede, sign, vote), its actors (the states named before it, a list giving one
claim each; a capital standing for its government), its treaty (named in the clause, or "the convention / the
treaty / the pact / the accord / the document / it" for the treaty last named in the article), its date (the
date expression nearest after the verb in the same clause, read against the publication date and the verb's
tense) and, for "respectively", states paired with dates in order. Tallies, party counts, notice periods and
statements of how the period is counted are read in the clauses that mention a treaty or a withdrawal.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from itertools import pairwise

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from app.numbers import number_from_words
from app.provisions.precondition import precondition_of
from app.reading.acts import act_subject
from app.reading.announced import Announcement, announcements
from app.reading.annual import annual_rule
from app.reading.bounds import not_before
from app.reading.consent import consent_rule, recipient_rule
from app.reading.coordinated import for_both
from app.reading.elapsed import entry_before
from app.reading.forwarded import done_notice, from_the_depositary
from app.reading.found import Found
from app.reading.freed import forbidden_by, permitted_acts
from app.reading.given_notice import given_notice_claims
from app.reading.immediate import deemed_immediate
from app.reading.leaders import state_on
from app.reading.membership_end import membership_end_claims
from app.reading.nominal import Nominal, nominals
from app.reading.other_effects import effect_of_a_measure
from app.reading.outsiders import outsider_claims
from app.reading.periods import about_exit, periods
from app.reading.pipeline import Reading, reading_for, title_case_lemmas
from app.reading.relative import relative_antecedent
from app.reading.signing import JoinedBySigning, joined_by_signing
from app.reading.status_day import nearest_status_day
from app.reading.tenure import membership_lengths
from app.reading.timeline import heading_date
from app.reading.undone import revokes_something_else
from app.reading.when import MONTHS as _MONTH_WORDS
from app.reading.when import Tense, claim_value, later_than, resolve
from app.rulebook import Rulebook
from app.services.partial_dates import PartialDate
from schemas.checks import Claim, ClaimKind, Comparator
from schemas.rules import EffectAnnualDateWithDeadline, Treaty

GENERIC_TREATY = {
    "convention", "treaty", "pact", "accord", "agreement", "document", "protocol", "statute", "charter",
    "covenant", "constitution", "deal", "organization", "organisation", "court", "institution", "body", "bloc",
    "alliance", "agency",
}  # fmt: skip
_NOTIFICATION_NOUNS = {
    "notice", "notification", "instrument", "letter", "note", "withdrawal", "denunciation", "decision", "request",
}  # fmt: skip
_WITHDRAWAL_NOUNS = {
    "withdrawal",
    "withdrawals",
    "exit",
    "exits",
    "departure",
    "denunciation",
    "pullout",
    "pull-out",
    "leaving",
}
_NOT_TREATY_OBJECTS = {"order", "decree", "law", "bill", "executive", "resolution", "legislation", "memorandum"}
_FUTURE = {"will", "shall", "'ll", "wo"}
_PERFECT = {"has", "have", "had", "'ve", "'d"}
_INTENDING = {"plan", "decide", "vote", "want", "seek", "aim", "move", "intend", "announce", "agree", "threaten",
              "begin", "start", "try", "hope", "recommend", "propose", "pledge", "promise", "vow", "urge", "call",
              "ask", "push", "consider", "prepare", "order", "allow", "approve", "bill", "law", "right", "step",
              "process", "decision", "intention", "bid", "effort", "plans", "need", "have", "able", "request",
              "instruct", "task", "authorize", "authorise", "mandate", "direct", "invite", "decree",
              "interest"}  # fmt: skip  # "no longer in its interest to remain a party": not a status
_OBJECT_VERBS = {"SIGN", "JOIN", "RATIFY", "ACCEDE", "LEAVE"}
_DUE = {"set", "due", "expected", "scheduled", "poised", "going", "about"}
_NEGATION = {"not", "n't", "never", "yet", "outside", "refused", "declined", "non"}
_COUNT_NOUNS = {"states", "countries", "nations", "parties", "signatories", "members", "governments", "allies",
                "adherents"}  # fmt: skip
_COMPARATORS: dict[str, Comparator] = {
    "more than": "more_than", "over": "more_than", "at least": "at_least", "fewer than": "fewer_than",
    "less than": "fewer_than", "nearly": "about", "almost": "about", "about": "about", "some": "about",
    "around": "about", "roughly": "about", "exactly": "exactly", "up to": "at_most", "at most": "at_most",
}  # fmt: skip
_LEGISLATION = {"bill", "law", "legislation", "motion", "act", "proposal", "plenary", "draft", "resolution",
                "denunciation", "reading", "decision"}  # fmt: skip
_BODIES = {"parliament", "lawmakers", "legislators", "deputies", "mps", "senators", "senate", "congress",
           "seimas", "saeima", "riigikogu", "sejm", "rada", "duma", "assembly", "house", "chamber", "eduskunta",
           "members", "bundestag", "lawmaker", "parliamentarians"}  # fmt: skip


@dataclass
class _Context:
    """What the article has named so far: the treaty "the convention" points to, the last actor."""

    published: dt.date
    treaty: str | None = None
    state: str | None = None
    states: list[str] = field(default_factory=list)
    mentions: dict[str, float] = field(default_factory=dict)  # treaty id -> times named so far
    state_mentions: dict[str, int] = field(default_factory=dict)  # ISO3 -> times named so far
    nouns: dict[str, set[str]] = field(default_factory=dict)  # treaty id -> generic nouns in its names
    body: str | None = None  # the state whose parliament the article last named ("the Riigikogu")
    ahead: str | None = None  # the treaty the article names first, for a headline that does not name it
    ahead_nouns: set[str] = field(default_factory=set)  # the generic nouns in its names
    exited: str | None = None  # the treaty the last "withdrawal from X" leaves
    headline: bool = False  # reading the first line (a headline's present tense reports a done deed)
    since_withdrawal: int = 99  # sentences read since the last one that mentions a withdrawal
    lede: bool = False  # reading the headline or the first paragraph (the news of the day)
    last_when: PartialDate | None = None  # the date last read ("... in August 2011. ... three months later")
    heading: Span | None = None  # a timeline's entry date, alone on the line above ("* November 16, 1945:")

    def named(self, treaty: str, nouns: set[str], weight: float = 1.0, left: bool = False) -> None:
        if weight >= 1 or self.treaty is None:  # "NATO said": an organisation acting, not the treaty discussed
            self.treaty = treaty
        if left:  # "a withdrawal from the UNFCCC": what "that move" leaves, whatever is named after it
            self.exited = treaty
        self.mentions[treaty] = self.mentions.get(treaty, 0) + weight
        self.nouns[treaty] = nouns

    def actor(self, states: list[str]) -> None:
        for state in states:
            self.state_mentions[state] = self.state_mentions.get(state, 0) + 1
        order = list(self.state_mentions)
        self.state = max(order, key=lambda s: (self.state_mentions[s], order.index(s)))

    def withdrawn_from(self) -> str | None:
        """A withdrawal with no treaty of its own ('Withdrawal to take 20 years', a subheading): the treaty the last
        'withdrawal from X' left, not a treaty named since in passing ('commitments to the 2015 Paris accord')."""
        return self.exited or self.refer(None)

    def refer(self, noun: str | None) -> str | None:
        """'the convention' -> the treaty named most often so far among those called a convention; 'it',
        'the document' -> the treaty named most often (ties: the latest)."""
        if not self.mentions:
            return None if _convention_for_a_body(noun, self.ahead_nouns) else self.ahead
        if noun in ("it", None):  # a pronoun, or a withdrawal without a treaty, points to the treaty named last
            return self.treaty
        order = list(self.mentions)
        candidates = [t for t in order if noun and noun in self.nouns.get(t, set())] or order
        if noun in _BODY_NOUNS and not any(noun in self.nouns.get(t, set()) for t in order):
            candidates = [t for t in candidates if not _convention_for_a_body(noun, self.nouns.get(t, set()))]
            if not candidates:
                return None
        return max(candidates, key=lambda t: (self.mentions[t], order.index(t)))


_BODY_NOUNS = {"organization", "organisation", "institution", "body", "bloc", "alliance", "court"}


def _convention_for_a_body(noun: str | None, nouns: set[str]) -> bool:
    """'a member of the organization' cannot be a convention's whose names call it no organisation ('the Convention
    for the Protection of Human Rights' founds none; the Council of Europe is its Statute's)."""
    return noun in _BODY_NOUNS and noun not in nouns and bool(nouns & {"convention", "protocol"})


class Reader:
    """The reader for one rulebook. The spaCy pipeline is built on first use, once per process."""

    def __init__(self, rulebook: Rulebook) -> None:
        self.rulebook = rulebook

    @property
    def reading(self) -> Reading:
        return reading_for(self.rulebook)

    def _nouns(self, treaty_id: str) -> set[str]:
        treaty = self.rulebook.treaties[treaty_id]
        words = {w.casefold() for n in (treaty.name, treaty.short_name, *treaty.aliases) for w in n.split()}
        nouns = words & GENERIC_TREATY
        if nouns & {"treaty", "convention", "agreement", "protocol", "statute", "charter", "covenant"}:
            nouns |= {"treaty", "pact", "accord", "document"}
        return nouns

    def _name(self, ent: Span, context: _Context) -> None:
        """An organisation's acronym ("NATO") says less about the treaty than its name; a treaty named as what a
        withdrawal leaves ("a withdrawal from the U.N. Framework Convention") is what "that move" refers to."""
        doc = ent.doc
        left = any(
            t.lower_ in _WITHDRAWAL_NOUNS or t.lemma_ in ("withdraw", "leave", "quit", "exit")
            for t in doc[max(0, ent.start - 4) : ent.start]
        ) and any(t.lower_ == "from" for t in doc[max(0, ent.start - 3) : ent.start])
        context.named(str(ent.ent_id_), self._nouns(str(ent.ent_id_)), _weight(ent), left)

    def _periods(self, reading: Reading, clause: Span, treaty: str | None, context: _Context) -> list[Claim]:
        """Notice periods and rule claims; a clause about the effect with no treaty of its own ('the revocation
        will take effect six months from the date of filing') is about the treaty named last, and 'That move ...'
        about the treaty the last withdrawal named leaves."""
        found = [m for m in _matches(reading.durations, clause.doc) if clause.start <= m[1] and m[2] <= clause.end]
        dates = [clause.doc[s:e] for _, s, e in _matches(reading.dates, clause.doc) if clause.start <= s < clause.end]
        if not found and len(dates) < 2:  # no period, and not the two days of a rule of fixed days
            if not (treaty or context.treaty):
                return []
            about = treaty or context.refer(None) or ""  # "the withdrawal needs the approval of the other parties"
            return [c for c in (consent_rule(clause, about), recipient_rule(clause, about)) if c]
        if not any(e.label_ == "TREATY" for e in clause.ents) and context.exited and _that_move(clause):
            treaty = context.exited
        treaty = treaty or (context.refer(None) if about_exit(clause) else None)
        if treaty is None:
            return []
        claims = list(periods(found, clause, treaty, context.treaty, self._waits(treaty))) if found else []
        if context.exited and not any(e.label_ == "TREATY" for e in clause.ents):  # "it remains subject to its
            claims = [_survives_in(c, context.exited) for c in claims]  # obligations for 20 years": the treaty left
        annual = annual_rule(dates, clause, treaty) if self._fixes_days(treaty) else None  # "on June 30 ... by Jan. 1"
        return claims + ([annual] if annual else [])

    def _freed(self, clause: Span, actors: list[Span], dates: list[Span], context: _Context) -> list[Claim]:
        """'from December 27, 2025, Latvia is legally permitted to acquire ... anti-personnel mines': not bound by
        the treaty (the one the article discusses) from that day (app/reading/freed.py)."""
        acts = permitted_acts(clause)
        treaty = context.withdrawn_from()
        if acts is None or treaty is None or not actors:
            return []
        rules = self.rulebook.treaties[treaty]
        if not forbidden_by(acts, [rules.name, rules.short_name, *rules.aliases]):
            return []
        dated = [d for d in dates if d.end <= acts.start and d.start > 0 and clause.doc[d.start - 1].lower_ in _FROM]
        when = resolve(_with_year(dated[-1]), context.published, "past") if dated else None
        on = when.start if when is not None and when.precision == "day" else context.published
        states = list(dict.fromkeys(str(e.ent_id_) for e in actors if e.end <= acts.start))
        return [
            Claim(kind="bound_on", treaty=treaty, state=one, value="false", on=on, as_of=context.published)
            for one in states
        ]

    def _not_before(self, verb: Span, context: _Context) -> str | None:
        """'unable to go into effect for another year': no sooner than a year after the report (bounds.py)."""
        durations = [verb.doc[s:e] for _, s, e in _matches(self.reading.durations, verb.doc)]
        return not_before(verb, durations, context.published)

    def _fixes_days(self, treaty_id: str) -> bool:
        """The treaty's exit takes effect on a fixed day of the year (ICRW Art. XI): only then do two days without a
        year state its rule rather than one exit's dates."""
        treaty = self.rulebook.treaties.get(treaty_id)
        owned = self.rulebook.owned_provisions(treaty).values() if treaty else []
        return any(isinstance(o.provision, EffectAnnualDateWithDeadline) for o in owned)

    def _waits(self, treaty_id: str) -> bool:
        """The treaty makes a party wait before it may give notice (a precondition, Paris Art. 28(1))."""
        treaty = self.rulebook.treaties.get(treaty_id)
        return treaty is not None and precondition_of(self.rulebook.owned_provisions(treaty).values()) is not None

    def find(self, text: str, published: dt.date) -> list[Found]:
        reading = self.reading
        context = _Context(published)
        found: list[Found] = []
        paragraphs = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", text) if m.group().strip()]
        docs = [
            _figures_dropped(_leaders_as_states(doc, reading, published))
            for doc in reading.nlp.pipe(p.replace("İ", "I") for _, p in paragraphs)  # "İstanbul": same offsets
        ]
        treaties = [e for doc in docs for e in doc.ents if e.label_ == "TREATY"]
        named = [e for e in treaties if not e.text.isupper()] or treaties  # else "the ... (ICSID) treaty"
        if named:  # a headline's "the convention" is the treaty the article goes on to name first
            context.ahead = str(named[0].ent_id_)
            context.ahead_nouns = self._nouns(context.ahead)
        for n, ((offset, _), doc) in enumerate(zip(paragraphs, docs, strict=True)):
            context.heading = heading_date(docs[n - 1], _matches(reading.dates, docs[n - 1])) if n else None
            context.headline = n == 0
            context.lede = n <= 1
            if n == 0 and sum(t.is_title for t in doc) > len(doc) / 2:
                title_case_lemmas(doc)  # "US To Pull Out Of Paris Climate Agreement In Jan 2026"
            for sentence in doc.sents:
                claims = list(self._sentence(reading, doc, sentence, context))
                if sentence.text.rstrip().endswith("?"):
                    claims = []  # "Which countries have already withdrawn from the Ottawa Convention?" asserts nothing
                context.since_withdrawal = 0 if _mentions_withdrawal(sentence) else context.since_withdrawal + 1
                if not claims:
                    continue
                start, end = offset + sentence.start_char, offset + sentence.end_char
                quote = text[start:end]
                seen: set[tuple[object, ...]] = set()
                for claim in claims:
                    key = (claim.kind, claim.treaty, claim.state, claim.value)
                    if key not in seen:
                        seen.add(key)
                        found.append(Found(start=start, end=end, quote=quote, claim=claim))
        return found

    # --- one sentence -------------------------------------------------------------------------------

    def _sentence(self, reading: Reading, doc: Doc, sentence: Span, context: _Context) -> Iterator[Claim]:
        for clause in _clauses(sentence):
            yield from self._clause(reading, doc, clause, context)

    def _clause(self, reading: Reading, doc: Doc, clause: Span, context: _Context) -> Iterator[Claim]:
        treaties = [e for e in clause.ents if e.label_ == "TREATY" and not _agent(e)]
        actors = _actors(clause)
        generic = _generic_references(clause)
        exiting = list(  # "Brexit": the treaty's exit names say whose exit it is (rule files, exit_names)
            dict.fromkeys(s for e in treaties if (s := self.rulebook.treaties[str(e.ent_id_)].exit_names.get(e.text)))
        )
        dates = _clause_dates(reading, clause)
        triggers = _longest(
            [(reading.nlp.vocab.strings[m], clause.doc[s:e]) for m, s, e in _matches(reading.triggers, clause.doc)
             if clause.start <= s and e <= clause.end],
        )  # fmt: skip
        triggers = _kept(triggers, dates, clause)
        claims: list[Claim] = []
        respectively = any(t.lower_ == "respectively" for t in clause)
        for n, (label, verb) in enumerate(triggers):
            if label == "LEAVE" and _followed_by_effective(triggers[n + 1 :], verb):
                continue  # "withdrew from the Agreement effective 2020 November 4": the date it took effect
            if label == "LEAVE" and n and triggers[n - 1][0] == "NOTIFY" and verb.start - triggers[n - 1][1].end < 8:
                continue  # "Finland has notified the United Nations it is leaving": what the notice says
            if _subordinate(verb, clause):
                continue  # "once the UK has left", "if Russia withdraws": not asserted
            treaty = self._treaty_for(verb, treaties, generic, context, label)
            if treaty is None:
                continue
            states = _subjects(verb, actors, clause, context) or exiting
            following = [v.start for _, v in triggers if v.start > verb.start]
            later = [d for d in dates if verb.end <= d.start < _reach(verb, min(following, default=len(doc)), dates)]
            if respectively and len(states) >= 2 and len(later) == len(states):
                for state, date in zip(states, later, strict=True):  # "... on 27 June and 1 July respectively"
                    claims += self._from_trigger(label, verb, treaty, [state], date, clause, context)
                continue
            dated = _date_for(verb, dates, triggers) or context.heading  # a timeline's entry date, on the line above
            if dated is None and label == "NOTIFY":  # "Finland has notified the UN ..., the ministry said on Thursday"
                reported = _reported_on(verb, dates, clause)
                claims += [_week_up_to(c) for c in self._from_trigger(label, verb, treaty, states, reported, clause,
                                                                      context)]  # fmt: skip
                continue
            claims += self._from_trigger(label, verb, treaty, states, dated, clause, context)
        claims += self._freed(clause, actors, dates, context)
        claims += _those_of(clause, actors, dates, claims, context)
        for nominal in nominals(clause, actors, dates, [v for _, v in triggers]):
            claims += self._from_nominal(nominal, clause, context)
        for item in announcements(clause, actors, dates, [v for _, v in triggers]):
            claims += self._from_announcement(item, context)
        treaty_here = _treaty_here(treaties, generic, clause, context)
        if treaty_here or context.treaty:
            claims += self._of_members(clause, treaty_here or context.refer("") or "", actors, context)
        if treaty_here:
            claims += list(self._counts(clause, treaty_here, dates))
        claims += self._periods(reading, clause, treaty_here, context)
        claims = self._joining_others(clause, actors, dates, treaty_here, claims, context)
        yield from for_both(clause, entry_before(clause, claims))
        for ent in treaties:
            self._name(ent, context)
        context.body = _body_state(clause, reading) or context.body
        states = [e.ent_id_ for e in actors]
        if states:
            context.actor(states)
            if len(set(states)) > 1:
                context.states = list(dict.fromkeys(states))

    def _joining_others(
        self, clause: Span, actors: list[Span], dates: list[Span], treaty: str | None, claims: list[Claim],
        context: _Context,
    ) -> list[Claim]:  # fmt: skip
        """The clause's claims, once 'join' has been read with whom it joins: 'joined other nations in signing'
        (a signature), 'will join A, B and C as nations not party to' (their status, not the joiner's, said once)."""
        if signing := joined_by_signing(clause):
            claims = self._joined_by_signing(signing, clause, actors, dates, claims, context)
        if treaty and (outside := outsider_claims(clause, actors, str(treaty), context.published)):
            claims = [c for c in claims if c.value != "false"] + outside
        if treaty and not any(c.kind in ("withdrew", "effective_date") for c in claims):
            claims += membership_end_claims(
                clause, actors, str(treaty), context.published, context.headline, bool(dates)
            )  # "The Philippines' membership in the ICC comes to an end"
        if treaty:  # "requires a year's notice, which Trump already gave": the notice named before its giver
            claims += given_notice_claims(clause, actors, str(treaty), context.published)
            claims += deemed_immediate(
                clause, actors, str(treaty), context.published
            )  # "consider ... effective at once"
        return claims

    def _joined_by_signing(
        self, signing: JoinedBySigning, clause: Span, actors: list[Span], dates: list[Span], claims: list[Claim],
        context: _Context,
    ) -> list[Claim]:  # fmt: skip
        """'Canada joined other nations in signing the Paris Agreement' (signed), 'it joined the WHO by signing its
        Constitution in 1946' (joined and signed): the states before 'join' (or the actor 'it' stands for), the
        treaty after it, the first date after it (none: 'true')."""
        states = [str(e.ent_id_) for e in actors if e.end <= signing.join.i][-1:] or (
            [context.state] if context.state and clause.doc[signing.join.i - 1].lower_ in ("it", "they") else []
        )
        named = [e for e in clause.ents if e.label_ == "TREATY" and e.start > signing.join.i]
        generic = [t for t in _generic_references(clause) if t.i > signing.signing.i]
        treaty = str(named[0].ent_id_) if named else (context.refer(generic[0].lower_) if generic else None)
        if not states or treaty is None:
            return claims
        stop = next((t.i for t in clause if t.i > signing.signing.i and t.lower_ in (",", "which", "that")), clause.end)
        own = [d for d in dates if d.end <= stop]  # not "..., which took effect in November 2016"
        later = [d for d in own if d.start > signing.join.i] or own  # "In 2016 Canada joined others in signing"
        when = _resolved(later[0], "past", context) if later else None
        value = claim_value(when) if when else "true"
        kept = [c for c in claims if not (c.kind in ("joined", "signed") and c.state in states)]
        return kept + [
            Claim(kind=kind, treaty=treaty, state=one, value=value, as_of=context.published, tense="past")
            for kind in signing.kinds
            for one in states
        ]

    def _from_nominal(self, nominal: Nominal, clause: Span, context: _Context) -> list[Claim]:
        """'the UK's 26 April 2024 withdrawal notification', 'Manila's withdrawal on Sunday'."""
        named = [str(e.ent_id_) for e in clause.ents if e.label_ == "TREATY"]
        treaty = nominal.treaty or (named[0] if named else None) or context.withdrawn_from()
        states = [str(e.ent_id_) for e in nominal.states]
        if not states:
            states = context.states if nominal.group else [context.state] if context.state else []
        if treaty is None or not states:
            return []
        future = any(t.lower_ in _FUTURE or t.lower_ in _DUE for t in clause)
        if nominal.date is None:  # "Nicaragua's formal withdrawal from the OAS": done by the day of the report
            return [] if future else _one_per_state({"treaty": treaty, "as_of": context.published}, "withdrew",
                                                    states, "true", "past")  # fmt: skip
        when = resolve([t.text for t in nominal.date], context.published, "future" if future else "past")
        if when is None:
            return []
        kind: ClaimKind = "notification_date" if nominal.kind == "notification" else "withdrew"
        done = when.start <= context.published and (when.precision == "day" or when.end < context.published)
        if nominal.kind == "effective" or (kind == "withdrew" and not done):
            kind = "effective_date"
        tense = "future" if when.start > context.published else "past"
        return [
            Claim(kind=kind, treaty=treaty, state=s, value=claim_value(when), as_of=context.published, tense=tense)
            for s in states
        ]

    def _from_announcement(self, item: Announcement, context: _Context) -> list[Claim]:
        """'I announced that the United States was withdrawing from the ABM Treaty' (app/reading/announced.py)."""
        named = [e for e in item.rest.ents if e.label_ == "TREATY"]
        generic = [t for t in item.rest if t.lower_ in GENERIC_TREATY and _determined(t)]
        treaty = str(named[0].ent_id_) if named else context.refer(generic[0].lower_) if generic else None
        states = list(dict.fromkeys(str(e.ent_id_) for e in item.states)) or ([context.state] if context.state else [])
        when = resolve(_with_year(item.date), context.published, "past")
        if treaty is None or when is None or when.start > context.published:
            return []
        return [
            Claim(kind="notification_date", treaty=treaty, state=s, value=claim_value(when), as_of=context.published,
                  tense="past")
            for s in states
        ]  # fmt: skip

    def _treaty_for(
        self, verb: Span, treaties: list[Span], generic: list[Token], context: _Context, label: str
    ) -> str | None:
        """The treaty the verb is about: its object (named, or 'the convention' / 'it' for the treaty last
        named), the subject of a passive ('The convention was ratified by ...'), else the clause's treaty."""
        doc = verb.doc
        if verb[0].lower_.startswith("return") and not _object_is_treaty(doc, verb.end):
            return None  # "returned to UNESCO", not "returns to compliance with the treaty"
        if verb.start > 0 and doc[verb.start - 1].lower_ in _NOT_TREATY_OBJECTS and label != "NOTIFY":
            return None  # "the decree signed by President Erdogan" (not "his decree notifying the UN")
        after = [e for e in treaties if e.start >= verb.end]
        before = [e for e in treaties if e.end <= verb.start]
        if after and after[0].start - verb.end <= 6:
            return str(after[0].ent_id_)
        object_refs = [
            t for t in generic
            if verb.end <= t.i <= verb.end + (9 if label == "LEAVE" else 4)
            and not any(x.is_punct and x.text != "-" for x in doc[verb.end : t.i])
        ]  # fmt: skip  # "withdraws from Cold-War era nuclear treaty", "pullout from a key Cold War-era security deal"
        if object_refs and (context.treaty or context.ahead):
            earlier = [t for t in generic if t.i < verb.start and t.lower_ != "it"]
            if object_refs[0].lower_ == "it" and (before or earlier):  # "The Convention ..., and X acceded to it"
                return str(before[-1].ent_id_) if before else context.refer(earlier[-1].lower_)
            return context.refer(object_refs[0].lower_)
        if label == "LEAVE" and _annulled(verb):  # "The European treaty on ... was annulled"
            earlier = [t for t in generic if t.i < verb.start and t.lower_ != "it"]
            return str(before[-1].ent_id_) if before else context.refer(earlier[0].lower_) if earlier else None
        if label in _OBJECT_VERBS:
            passive = any(
                doc[i].lower_ in ("was", "were", "been", "is", "be") for i in range(max(0, verb.start - 2), verb.start)
            )
            bare = (
                verb.end >= len(doc)
                or doc[verb.end].is_punct
                or doc[verb.end].lower_ in ("too", "also", "in", "on", "last", "this", "by", "again")
            )
            if not (passive or bare):
                return None
            if before:
                return str(before[-1].ent_id_)
            if passive and not generic and any(t.lower_ == "it" for t in doc[max(0, verb.start - 3) : verb.start]):
                return context.refer("it")  # "It was signed in November 1990"
            if (passive and generic) or bare:  # "Italy, which left in 2016": the treaty last left
                return context.refer(generic[0].lower_) if generic else context.withdrawn_from()
            return None
        if before:
            return str(before[-1].ent_id_)
        if after and not any(t.text in (",", ";") for t in doc[verb.end : after[0].start]):
            return str(after[0].ent_id_)  # not "..., aligning with recent shifts by neighboring NATO allies"
        if verb[0].lower_ in ("this", "it") and not (_withdrawal_before(verb) or context.since_withdrawal < 3):
            return None  # "this would take place": only a withdrawal just named
        if (context.treaty or context.ahead) and (generic or _mentions_withdrawal(verb.sent) or _it_subject(verb)):
            if generic:
                return context.refer(generic[0].lower_)
            return context.refer("it") if _it_subject(verb) else context.withdrawn_from()  # "Italy, which left in 2016"
        if verb[0].lower_ in ("this", "it") and (context.treaty or context.ahead):
            return context.refer(None)
        if (
            label == "NOTIFY"
            and context.treaty
            and (_near_noun(verb, verb.sent, _NOTIFICATION_NOUNS) or verb[-1].lower_ == "dated")
        ):
            return context.treaty  # "The notice was handed to the UN Secretary-General on 27 June.", "It is dated"
        return None

    def _from_trigger(
        self, label: str, verb: Span, treaty: str, states: list[str], date: Span | None, clause: Span,
        context: _Context,
    ) -> list[Claim]:  # fmt: skip
        if label == "EFFECT" and (bound := self._not_before(verb, context)) is not None and states:
            return _one_per_state({"treaty": treaty, "as_of": context.published}, "effective_date", states, bound,
                                  "future")  # fmt: skip  # "unable to go into effect for another year"
        until = date is not None and date.start > 0 and date.doc[date.start - 1].lower_ == "until"
        if _negated(verb) and not until:  # "will not go into effect until July 6, 2021", "did not ratify it until 2012"
            return _negative_claims(label, verb, treaty, states, _tense(verb), clause, context)
        if (tense := _asserted_tense(_tense(verb), label, verb, date, clause, context.headline)) is None:
            return []
        base: dict[str, object] = {"treaty": treaty, "as_of": context.published}
        if date is not None and label in ("SIGN", "RATIFY", "ACCEDE", "JOIN") and _status_date(date):
            date = None  # "As of February 2024, it has been signed by 45 countries": a count's date, not a signing
        when = _resolved(date, _reading_tense(tense, label), context)
        value = claim_value(when) if when else None
        kind: ClaimKind | None = None
        value = value or _headline_value(label, verb, tense, context) or _immediately(label, verb)
        if label == "FORCE" and verb[0].lower_ in ("its", "the", "in"):  # "since its entry into force in 1970"
            kind, states = "entry_into_force", []  # the treaty's own, whatever else the clause says
        elif label == "EFFECT" or (label == "FORCE" and _mentions_withdrawal(clause)):
            if (effect := _effect_kind(verb, clause, states, tense, date, context.headline, value)) is None:
                return []
            kind, states, value = effect
        elif label == "FORCE":
            kind, states = _in_force_for(verb, clause, states)
        elif label == "LEAVE":
            if not (_has_treaty_object(verb, clause) or verb[0].lower_ in ("withdrawal", "exit") or _annulled(verb)):
                return []
            kind, value = _left_kind(verb, tense, date, when, value, context, plural=len(states) > 1)
        elif label == "NOTIFY":
            kind = self._notice_kind(verb, clause, tense, when, context)
        elif label == "JOIN":
            kind = "joined"
        elif label == "HOLDOUT":  # "Other holdouts to the treaty include China, India, ...": not ratified
            kind, value, states = "ratified", "false", _named_here(states, clause)
        elif label in ("RATIFY", "ACCEDE"):
            kind = "ratified" if label == "RATIFY" else "acceded"
            if _by_others(verb):  # "must be ratified by all remaining 27 EU countries": not a state's ratification
                return _approval_rule(verb, treaty, clause)
            if house := _parliament_near(verb, clause):
                base["body"] = house  # "ratified in the Turkish Parliament in 2012": the parliament's approval
        elif label == "REVOKE":  # "South Africa's withdrawal was revoked in March": it did not withdraw
            if not _mentions_withdrawal(clause) or tense == "future" or revokes_something_else(verb):
                return []
            kind, value = "withdrew", "false"
            if when is not None and when.end < context.published:  # "Biden reversed the move in January 2021":
                base["as_of"] = when.end  # not withdrawn then (a later exit does not make the sentence wrong)
        elif label == "BOUND":  # "no longer legally bound by", "will remain under the Rome Statute"
            if _not_bound_by_a_treaty(verb, clause):
                return []
            return _bound_claims(verb, treaty, states, date, when, context)
        elif label == "SIGN":
            if any(t.lower_ == "into" for t in clause.doc[verb.end : verb.end + 3]) or _signed_paper(verb, clause):
                return []  # "signed it into force / into law", "a letter ... signed by Theresa May": not the treaty
            kind, states = "signed", _signers(verb, states, clause)
        if kind is None or value is None:
            return []
        if not states and kind not in ("entry_into_force", "signed"):
            return []
        return _one_per_state(base, kind, states, value, tense)

    def _notice_kind(
        self, verb: Span, clause: Span, tense: str, when: PartialDate | None, context: _Context
    ) -> ClaimKind | None:
        """'notified', 'handed the instrument', 'began steps to withdraw' (a past notification); 'deposited the
        instrument of ratification' is a consent; 'submit the denunciation motion to parliament' is no notice."""
        if _to_a_parliament(verb, clause, self.reading):
            return None
        started = any(t.lower_ in ("process", "steps", "procedure") for t in verb)
        if started and tense != "past" and not (tense == "future" and when is not None):
            return None  # "plans to begin the process" (intent); "Effective Saturday, ... will begin the process"
        if verb[-1].lower_ == "dated":  # "It is dated 22 January 2025": the letter the article has just named
            return "notification_date" if _letter_named(verb) else None
        if verb[0].lemma_ in _INVOKING:  # "triggered Article 50": only the treaty's own withdrawal article
            return "notification_date" if self._withdrawal_article(verb, clause) else None
        consent = _instrument_of_consent(verb, clause)
        if consent:
            return consent
        if verb.lemma_ == "receive" and from_the_depositary(verb, clause):
            return None  # "the ICC received notice from the United Nations": the depositary passing the notice on
        nouns = _NOTIFICATION_NOUNS - {"decision", "request"} if verb.lemma_ == "receive" else _NOTIFICATION_NOUNS
        if not (verb.lemma_ == "notify" or started or _near_noun(verb, clause, nouns)):
            return None
        if when and tense == "past" and when.start > context.published:
            return "effective_date"  # "has notified ... of its withdrawal from the pact on <a later day>"
        return "notification_date"

    def _withdrawal_article(self, verb: Span, clause: Span) -> bool:
        """'triggered Article 50' of a treaty whose withdrawal clause is its Article 50 (rule file's article)."""
        number = clause.doc[verb.end : min(verb.end + 1, clause.end)].text
        articles = {
            f"article {t.withdrawal.article.split()[-1]}".casefold()
            for t in self._named_here(clause)
            if t.withdrawal.article
        }
        return f"article {number}".casefold() in articles

    def _named_here(self, clause: Span) -> list[Treaty]:
        return [self.rulebook.treaties[str(e.ent_id_)] for e in clause.ents if e.label_ == "TREATY"]

    # --- tallies, counts, periods ------------------------------------------------------------------

    def _of_members(self, clause: Span, treaty: str, actors: list[Span], context: _Context) -> list[Claim]:
        """Vote tallies of the clause, and the joining a length of membership dates ("a 47-year membership")."""
        claims = list(self._tallies(clause, treaty, actors, context))
        for when, words in membership_lengths(clause, context.published):
            inside = [str(e.ent_id_) for e in actors if e.start >= words.start and e.end <= words.end]
            named = inside or [str(e.ent_id_) for e in actors if e.end <= words.start][:1]
            if not named and words.start > clause.start and clause.doc[words.start - 1].lower_ in ("than", "over"):
                named = [str(e.ent_id_) for e in actors if e.start >= words.end][:1]  # "After more than 70 years
                # of membership, the United States moved to quit": the subject that follows
            states = named or ([context.state] if context.state else [])
            claims += [
                Claim(kind="joined", treaty=treaty, state=s, value=when, as_of=context.published, tense="past")
                for s in states
            ]
        return claims

    def _tallies(self, clause: Span, treaty: str, actors: list[Span], context: _Context) -> Iterator[Claim]:
        """A tally is the state's whose parliament voted: named in the clause ('Latvia's withdrawal', 'the
        Seimas'), else the parliament the article last named, else the state it speaks of."""
        about_something = any(
            t.lower_ == "of" and t.i > 0 and t.nbor(-1).lower_ in ("favour", "favor") for t in clause
        )  # "19 voted in favor of the initiative": a vote on something named, not on a law or the withdrawal
        if about_something and not (
            _mentions_withdrawal(clause)
            or _body_state(clause, self.reading)
            or any(t.lower_ in _BODIES or t.lower_ in _LEGISLATION for t in clause)
        ):
            return
        acting = [e for e in actors if not _governed(e)] or actors
        state = acting[0].ent_id_ if acting else _body_state(clause, self.reading) or context.body or context.state
        if state is None:
            return
        body = next((t.text for t in clause if t.lower_ in _BODIES), None)
        needed = _required(clause)
        if needed:  # "at least 86 out of 141 members of the Seimas are required"
            yield Claim.model_validate(
                {"kind": "required_vote", "treaty": treaty or None, "state": state, "value": needed, "body": body,
                 "as_of": context.published}
            )  # fmt: skip
            return
        tally = _tally(clause)
        if tally is None:
            return
        yield Claim.model_validate(
            {"kind": "vote_tally", "treaty": treaty, "state": state, "value": tally, "body": body,
             "as_of": context.published, "tense": "past"}
        )  # fmt: skip

    def _counts(self, clause: Span, treaty: str, dates: list[Span]) -> Iterator[Claim]:
        ordinal = _ordinal_member(clause, treaty)
        if ordinal is not None:
            yield ordinal
            return
        for token in clause:
            if not (token.like_num and token.i + 1 < clause.end):
                continue
            at = token.i + 2 if clause.doc[token.i + 1].text == "-" else token.i + 1  # "34-nations"
            if at >= clause.end:
                continue
            noun = clause.doc[at]
            compound = (  # "the 34-nation Open Skies Treaty", "the 34-member group"; not "the 15-member Council"
                at == token.i + 2
                and noun.lower_ in ("nation", "country", "state", "member", "party")
                and at + 1 < clause.end
                and (clause.doc[at + 1].ent_type_ == "TREATY" or clause.doc[at + 1].lower_ in _GROUPS)
            )
            if (
                noun.lower_ not in _COUNT_NOUNS
                and not compound
                and not (
                    noun.lower_ in ("member", "state", "signatory", "contracting", "party")
                    and at + 1 < clause.end
                    and clause.doc[at + 1].lower_ in ("states", "countries", "nations", "parties", "governments")
                )
            ):
                continue
            number = number_from_words(token.text)
            if number is None or number < 10:
                continue
            rest = [t.lower_ for t in clause.doc[token.i + 1 : clause.end]]
            other = next((i for i, w in enumerate(rest) if w in _OTHER_CLAUSE), len(rest))
            rest = rest[:other]  # "the 34-member group, though ... the exit won't take effect": another clause's

            near = clause.doc[max(clause.start, token.i - 6) : min(clause.end, token.i + 7)]
            if any(t.lower_ in _NOT_PARTY_COUNTS for t in near):
                continue  # "adopted by 120 countries" (not "the 35-member OAS ... over the vote's fairness")
            if any(w in _NEGATION for w in rest):  # "33 states have not joined": judged as a count of non-members
                outside = _outside(clause.doc[at + 1 : min(clause.end, at + 12)])
                if outside is not None:
                    yield Claim(kind="parties_count", treaty=treaty, value=f"{number} {outside}")
                    return
                continue
            if token.i > clause.start and clause.doc[token.i - 1].lower_ in ("after", "once", "until", "before"):
                continue  # "came into force after 60 countries ratified it": a threshold, not the parties
            back = clause.doc[max(clause.start, token.i - 3) : token.i]
            if len(back) == 3 and back[0].like_num and [t.lower_ for t in back[1:]] == ["of", "the"]:
                continue  # "8 of the 44 states": a group the treaty names, not its parties
            before = " ".join(t.lower_ for t in clause.doc[max(clause.start, token.i - 2) : token.i])
            comparator: Comparator = "exactly"
            for words, value in _COMPARATORS.items():
                if before.endswith(words):
                    comparator = value
            named = [e for e in clause.ents if e.label_ == "TREATY"]
            named = [e for e in named if not _agent(e)] or named  # "signed ... by the EU and ...": a signer, no count
            owner = [e for e in named if e.end == token.i - 1 and clause.doc[e.end].text in ("'s", "’s")]
            if owner:  # "NATO's 31 allies"
                named = owner
                treaty = str(owner[0].ent_id_)
            before_by = [e for e in named if e.end <= token.i]
            if len(named) > 1 and before_by and _signed_by(token, clause):  # "X was signed by 160 countries,
                named = before_by[-1:]  # including all European Union countries": the subject of the passive
                treaty = str(named[0].ent_id_)
            if len(named) > 1:  # "27 EU countries are among the 125 signatories to ... the ICC": the one after
                after = [
                    e
                    for e in named
                    if 0 < e.start - token.i <= 10 and not any(t.is_punct for t in clause.doc[token.i : e.start])
                ]
                treaty = str((after or sorted(named, key=lambda e: abs(e.start - token.i)))[0].ent_id_)
            counted = _count_value(number, token, clause, dates)
            if counted.endswith("signatories") and comparator != "exactly" and not _signed_by(token, clause):
                return  # "more than 50 signatories", "nearly 200 signatories": loose ('signatories' may mean the
                # parties) and bounded, it holds under either reading; no checkable count is asserted
            yield Claim(kind="parties_count", treaty=treaty, value=counted, comparator=comparator)
            return


def _leaders_as_states(doc: Doc, reading: Reading, published: dt.date) -> Doc:
    """A leader's name in office on the publication date stands for the state, as a capital does ('Trump withdraws
    from Climate Agreement'); out of office, it names no one (app/reading/leaders.py)."""
    if not any(e.label_ == "LEADER" for e in doc.ents):
        return doc
    ents = []
    for ent in doc.ents:
        if ent.label_ != "LEADER":
            ents.append(ent)
        elif (state := state_on(reading.gazetteer.leaders, ent.text, published)) and not _under(ent):
            ents.append(Span(doc, ent.start, ent.end, label="CAPITAL", span_id=state))
    doc.ents = ents
    return doc


_VERSION = re.compile(r"^\d+\.\d+$")


def _figures_dropped(doc: Doc) -> Doc:
    """'Brexit 2.0: The United Kingdom Leaves the Energy Charter Treaty': a name with a version number is a figure
    of speech for another exit, not a mention of the treaty it names (the TEU)."""
    figures = [e for e in doc.ents if e.label_ == "TREATY" and e.end < len(doc) and _VERSION.match(doc[e.end].text)]
    if figures:
        doc.ents = [e for e in doc.ents if e not in figures]
    return doc


def _under(ent: Span) -> bool:
    """'under President Donald Trump', 'talks with Putin': the leader is not the one acting (over his titles)."""
    i = ent.start - 1
    while i >= 0 and (ent.doc[i].is_title or ent.doc[i].is_upper) and not ent.doc[i].is_sent_start:
        i -= 1
    return i >= 0 and ent.doc[i].lower_ in _GOVERNING - {"by"} | {"under", "of"}


def _weight(ent: Span) -> float:
    """How much a mention says which treaty the article discusses: a name 1; an organisation's acronym ('NATO's
    allies', 'leave the WHO') 0.5; the acronym as the organisation acting ('NATO said', 'NATO on Tuesday
    announced') nothing: it is the body speaking, not the treaty 'the deal' then refers to."""
    if not ent.text.isupper():
        return 1.0
    following = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    acting = (
        following is not None
        and following.is_lower
        and following.is_alpha
        and following.lower_ not in GENERIC_TREATY
        and following.lower_ not in ("and", "or", "of", "to", "in", "as")
        and not (ent.start > 0 and ent.doc[ent.start - 1].lower_ in ("from", "of", "to", "the", "with", "quit"))
    )
    return 0.0 if acting else 0.5


_SIGNING_VERBS = {"signed", "joined", "ratified", "acceded"}
_GROUPS = (GENERIC_TREATY - {"court", "body", "institution", "agency", "document"}) | {"group", "grouping", "union",
                                                                                       "community", "club"}  # fmt: skip


def _one_per_state(base: dict[str, object], kind: ClaimKind, states: list[str], value: str, tense: str) -> list[Claim]:
    """The claim, once per state (or once for the treaty itself), in the tense the verb gives."""
    claim_tense = "past" if tense == "past" else "future" if tense == "future" else "present"
    return [
        Claim.model_validate({**base, "kind": kind, "state": state, "value": value, "tense": claim_tense})
        for state in (states or [None])  # type: ignore[list-item]
    ]


def _resolved(date: Span | None, tense: Tense, context: _Context) -> PartialDate | None:
    """The interval a date names; 'three months later' counts from the date last read (kept in the context)."""
    if date is None:
        return None
    if date[-1].lower_ == "later":
        when = later_than(context.last_when, [t.lower_ for t in date])
    else:
        when = resolve(_with_year(date), context.published, tense)
    context.last_when = when or context.last_when
    return when


def _in_force_for(verb: Span, clause: Span, states: list[str]) -> tuple[ClaimKind, list[str]]:
    """'entered into force for Lithuania on ...' (the state's), 'came into force in the Philippines three months
    later' (a date it became bound); else the treaty's own entry into force."""
    if any(t.lower_ == "for" for t in clause.doc[verb.end : verb.end + 2]):
        return "entry_into_force", states[:1]
    inside = [e for e in _actors(clause) if e.start - verb.end in (1, 2) and _preposition(e) == "in"]
    if inside:
        return "bound_on", [str(inside[0].ent_id_)]
    consented = {"ratified", "acceded", "joined"} & {t.lower_ for t in clause.doc[clause.start : verb.start]}
    if states and consented:  # "The Philippines ratified the Rome Statute in August 2011 and it entered into
        return "entry_into_force", states[:1]  # force from November 2011": for the state that ratified
    return "entry_into_force", []


_OTHER_CLAUSE = {"though", "although", "but", "while", "whereas", "however"}
_MEMBER_NOUNS = {"member", "party", "state", "signatory", "ally"}


def _ordinal_member(clause: Span, treaty: str) -> Claim | None:
    """'became the 117th member', 'rejoined as UNESCO's 194th member state': the count of parties on the day the
    state named before it joined (the judge dates it by that state's entry into force)."""
    doc = clause.doc
    for token in clause:
        ordinal = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", token.lower_)
        if not ordinal or token.i + 1 >= clause.end or doc[token.i + 1].lower_ not in _MEMBER_NOUNS:
            continue
        if token.i + 2 < len(doc) and doc[token.i + 2].lower_ == "to":
            return None  # "the 40th state to ratify": the order of deposits, not the parties on a day
        before = [t.lower_ for t in doc[max(clause.start, token.i - 5) : token.i]]
        if not {"became", "becomes", "become", "becoming", "as"} & set(before):
            return None
        states = [e for e in _actors(clause) if e.end <= token.i]
        if not states or int(ordinal.group(1)) < 10:
            return None
        return Claim(kind="parties_count", treaty=treaty, state=str(states[-1].ent_id_), value=ordinal.group(1))
    return None


def _outside(words: Span) -> str | None:
    """What a counted group that 'has not signed' / 'has not joined' / 'remains outside' is: non-signatories or
    non-parties (a count of non-members, never a party count); None for any other negation ('not ratified')."""
    lowered = [t.lower_ for t in words]
    for i, word in enumerate(lowered):
        if any(t.like_num for t in words[:i]):
            return None  # another number: another group
        if word == "outside":
            return "non-parties"
        if word in ("not", "n't", "never", "yet"):
            following = lowered[i + 1 : i + 4]
            if any(w in ("signed", "sign") for w in following):
                return "non-signatories"
            if any(w in ("joined", "join", "party", "parties", "acceded", "members") for w in following):
                return "non-parties"
            return None
    return None


def _count_value(number: int, token: Token, clause: Span, dates: list[Span]) -> str:
    """'164 signatories in 1997': a count of signatories ('of 197 signatories', 'signed by 195 countries') and
    the day a past verb gives it ('was signed in 1997 by 164 countries', 'in 1999, when 164 states joined it');
    a count with a present verb ('has 164 parties') is of the article's date."""
    doc = clause.doc
    back = [t.lower_ for t in doc[max(clause.start, token.i - 8) : token.i]]
    by = len(back) - 1 - back[::-1].index("by") if "by" in back[-4:] else None
    signed_by = by is not None and "signed" in back[max(0, by - 6) : by]  # "ratified by 164 states": the parties
    ratified_by = by is not None and "ratified" in back[max(0, by - 6) : by]
    after = doc[token.i + 1 : min(clause.end, token.i + 9)]
    signatories = signed_by or any(t.lower_ in ("signatories", "signatory") for t in after[:3])
    what = f"{number} signatories" if signatories else str(number)
    verb = signed_by or ratified_by or any(t.lower_ in _SIGNING_VERBS for t in after)
    past = verb and not any(t.lower_ in _PERFECT or t.lower_ in _FUTURE for t in doc[clause.start : clause.end])
    start = by - len(back) + token.i - 6 if by is not None else clause.start  # after the verb 'signed'
    years = [d for d in dates if any(t.like_num and len(t.text) == 4 for t in d)]
    years = [d for d in years if start <= d.start and d.end <= token.i]  # "in 1997 by 164", not "finalized in 2015"
    if past and len(years) == 1:
        when = " ".join(t.text for t in years[0] if t.lower_ not in ("in", "on", "by"))
        return f"{what} (in {when})"
    return what


def _survives_in(claim: Claim, treaty: str) -> Claim:
    """A survival claim with no treaty named is about the treaty the article's withdrawal leaves."""
    return claim.model_copy(update={"treaty": treaty}) if " survival: " in claim.value else claim


def _signed_by(number: Token, clause: Span) -> bool:
    """'has since been signed by more than 160 countries': a passive 'signed by' before the count states how many
    signed, a checkable fact (the judge holds it against the signatories and says so when it is the parties')."""
    back = [t.lower_ for t in clause.doc[max(clause.start, number.i - 5) : number.i]]
    return "by" in back and "signed" in back[: back.index("by")]


def _kept(triggers: list[tuple[str, Span]], dates: list[Span], clause: Span) -> list[tuple[str, Span]]:
    """'effective' only before a date; 'presents a sad landmark' is no notification; 'notified the UN of its intent
    to withdraw in October': the withdrawal is what the notice says, the date is the notice's."""
    kept = []
    for n, (lb, v) in enumerate(triggers):
        if len(v) == 1 and v[0].lower_ == "effective" and not any(d.start == v.end for d in dates):
            continue
        if len(v) == 1 and v[0].lower_ == "effective" and _leading(v, clause):
            continue  # 'Effective Saturday, "the United States will ... begin the process of withdrawing"': the
            # date of what follows, not an effect
        if lb == "NOTIFY" and len(v) == 1 and v.lemma_ != "notify" and not _near_noun(v, clause, _NOTIFICATION_NOUNS):
            continue
        if lb == "EFFECT" and v[0].lower_ == "making" and not _official_date(v, dates):
            continue  # "making 27 January 2026 the official date" (of the exit just named), nothing else
        if lb == "FORCE" and v[0].lower_ in ("its", "the", "in") and not _entry_dated(v, dates):
            continue  # "since its entry into force in 1970", "in force since 1998": only with the date right after
        if lb == "LEAVE" and _annulled(v) and not _treaty_before(v, clause):
            continue  # "the law was denounced": only a treaty annulled or denounced is left
        now_effective = v[0].lower_ in ("is", "was") and v[-1].lower_ == "effective"  # "... is now effective"
        if lb == "EFFECT" and (v[-1].lower_ in ("official", "final") or now_effective) and not _withdrawal_subject(v):
            continue  # "the decree became official": only a withdrawal's becoming official is its effect
        if lb == "LEAVE" and n and triggers[n - 1][0] == "NOTIFY" and _intent_to(v, triggers[n - 1][1]):
            continue
        kept.append((lb, v))
    return kept


def _official_date(verb: Span, dates: list[Span]) -> bool:
    """'..., making 27 January 2026 the official date': a date right after, then 'the official/effective date'."""
    date = next((d for d in dates if d.start == verb.end), None)
    after = [t.lower_ for t in verb.doc[date.end : date.end + 3]] if date is not None else []
    return after in (["the", "official", "date"], ["the", "effective", "date"])


def _entry_dated(verb: Span, dates: list[Span]) -> bool:
    """'its entry into force in 1970' (the date after 'in' or 'on'), 'in force since 1998' (right after)."""
    doc = verb.doc
    gap = 1 if verb.end < len(doc) and doc[verb.end].lower_ in ("in", "on") and verb[0].lower_ != "in" else 0
    return any(d.start == verb.end + gap for d in dates)


_INVOKING = {"trigger", "invoke", "activate"}
_LETTERS = {"letter", "notice", "notification", "note", "instrument"}


def _letter_named(verb: Span) -> bool:
    """'the notification was dated ...', or 'It is dated ...' right after a sentence naming the letter ('we have
    now received the US letter on the WHO withdrawal. It is dated 22 January 2025.')."""
    if verb[0].lower_ != "it":
        return True
    doc = verb.doc
    return any(t.lower_ in _LETTERS for t in doc[max(0, verb.start - 30) : verb.start])


def _leading(verb: Span, clause: Span) -> bool:
    """'Effective Saturday, ...': the word opens the clause (over quotes) and its date ends at a comma."""
    doc = clause.doc
    opening = all(t.is_punct for t in doc[clause.start : verb.start])
    comma = next((t for t in doc[verb.end : min(verb.end + 6, clause.end)] if t.is_punct), None)
    return opening and comma is not None and comma.text == ","


def _intent_to(verb: Span, notice: Span) -> bool:
    """'notified the UN of its intent / intention / decision to withdraw', close after the notice."""
    doc = verb.doc
    return (
        verb.start - notice.end < 8
        and verb.start > 1
        and doc[verb.start - 1].lower_ == "to"
        and doc[verb.start - 2].lower_ in ("intent", "intention", "decision", "notice", "notification")
    )


def _body_state(clause: Span, reading: Reading) -> str | None:
    return next((reading.gazetteer.bodies[t.text] for t in clause if t.text in reading.gazetteer.bodies), None)


_CONSENTS: dict[str, ClaimKind] = {
    "ratification": "ratified", "accession": "acceded", "acceptance": "ratified", "approval": "ratified",
}  # fmt: skip


def _instrument_of_consent(verb: Span, clause: Span) -> ClaimKind | None:
    """'deposited its instrument of ratification / accession / acceptance': a consent to be bound."""
    words = [t.lower_ for t in clause.doc[verb.end : min(verb.end + 6, clause.end)]]
    for i, word in enumerate(words[:-2]):
        if word == "instrument" and words[i + 1] == "of":
            return _CONSENTS.get(words[i + 2])
    return None


_PAPERS = {"letter", "notification", "notice", "note", "decree", "order", "law", "bill", "memorandum", "statement"}


def _signed_paper(verb: Span, clause: Span) -> bool:
    """'a letter of official notification ... signed by UK Prime Minister Theresa May': a participle after a
    paper (no 'was'), so the paper is what was signed."""
    window = clause.doc[max(clause.start, verb.start - 12) : verb.start]
    return (
        not _passive(verb)
        and any(t.lower_ in _PAPERS for t in window)
        and verb.doc[verb.end : verb.end + 1].text == "by"
    )


def _by_others(verb: Span) -> bool:
    """'ratified by all remaining 27 EU countries', 'by parliament': a passive whose agent is no state."""
    doc = verb.doc
    if verb.end >= len(doc) or doc[verb.end].lower_ != "by":
        return False
    agent = [t for t in doc[verb.end + 1 : min(verb.end + 3, len(doc))] if t.lower_ not in ("the", "all")]
    return bool(agent) and agent[0].ent_type_ not in ("STATE", "CAPITAL")


def _that_move(clause: Span) -> bool:
    """'That move, announced earlier this month, carries ...': the clause's subject is the withdrawal just named."""
    first = [t.lower_ for t in clause[:2]]
    return first[:1] in (["that"], ["this"], ["the"]) and first[1:] in (["move"], ["step"], ["exit"], ["withdrawal"])


def _approval_rule(verb: Span, treaty: str, clause: Span) -> list[Claim]:
    """'Its withdrawal must be fully agreed upon and ratified by all remaining 27 EU countries': a claim that the
    other parties must approve the exit (the checks service judges it against the clause; VCLT Art. 54)."""
    doc = clause.doc
    modal = any(
        t.lower_ in ("must", "needs", "need", "has", "have")
        for t in doc[max(clause.start, verb.start - 8) : verb.start]
    )
    if not (modal and _mentions_withdrawal(clause)):
        return []
    agent = [t.text for t in doc[verb.end : min(verb.end + 8, clause.end)]]
    agent = agent[: next((i for i, w in enumerate(agent) if i > 1 and w in ("by", ",", ".", "to")), len(agent))]
    return [Claim(kind="rule", treaty=treaty, value=f"withdrawal {verb.text} {' '.join(agent)}")]


def _to_a_parliament(verb: Span, clause: Span, reading: Reading) -> bool:
    doc = clause.doc
    for token in doc[verb.end : min(verb.end + 8, clause.end)]:
        if token.lower_ == "to" and token.i + 1 < clause.end:
            following = [t for t in doc[token.i + 1 : min(token.i + 3, clause.end)] if t.lower_ != "the"]
            return bool(following) and (
                following[0].lower_ in _BODIES | _PRESS or following[0].text in reading.gazetteer.bodies
            )  # "submit the denunciation motion to parliament"; "in a note sent Friday night to correspondents"
    return False


_PRESS = {"correspondents", "reporters", "journalists", "press", "media", "newsrooms"}


def _subordinate(verb: Span, clause: Span) -> bool:
    """'once the UK has left', 'if Russia withdraws', 'no consensus that North Korea has withdrawn'."""
    window = clause.doc[max(clause.start, verb.start - 6) : verb.start]
    if any(t.lower_ in ("once", "if", "unless", "until", "whether") for t in window):
        return True
    if _inverted_condition(verb):
        return True
    that = [t.i for t in window if t.lower_ == "that"]
    return bool(that) and any(
        t.lower_ in ("not", "n't", "no", "doubt", "unclear") for t in clause.doc[clause.start : that[0]]
    )


def _not_bound_by_a_treaty(verb: Span, clause: Span) -> bool:
    """'remains under investigation' (not under a treaty); 'is bound to the policies set at EU level' (obliged to
    follow something else); 'expressed its consent to be bound by the agreement' (a ratification, not a statement of
    being bound)."""
    if verb[-1].lower_ == "under" and not _object_is_treaty(clause.doc, verb.end):
        return True
    doc = clause.doc
    if verb[-1].lower_ == "bound" and verb.end < len(doc) and doc[verb.end].lower_ == "to":
        return not _object_is_treaty(doc, verb.end + 1)  # "is bound to the policies set at EU level": no treaty
    return any(t.lower_ == "consent" for t in clause.doc[max(0, verb.start - 3) : verb.start])


def _inverted_condition(verb: Span) -> bool:
    """'Should Latvia leave the convention next year, ...', 'Had Poland notified the UN in 2024, ...': a condition
    written without 'if' (the auxiliary first), up to its comma."""
    sentence = verb.sent
    words = [t for t in sentence if not t.is_quote]
    if not words or words[0].text not in ("Should", "Had", "Were"):
        return False
    return not any(t.text in (",", ";") for t in verb.doc[words[0].i : verb.start])


def _quoted_intent(verb: Span) -> bool:
    """'"We will leave the Ottawa Convention on 1 July," the minister said': a speaker's own intent, in the first
    person inside a quotation, is not a claim the article makes (tests/data/articles/README.md: quotes of intent)."""
    doc = verb.doc
    before = doc[verb.sent.start : verb.start]
    inside = sum(1 for t in before if t.text in ('"', "“", "”")) % 2 == 1
    person = any(t.lower_ in ("we", "i") for t in doc[max(verb.sent.start, verb.start - 4) : verb.start])
    return inside and person


def _object_is_treaty(doc: Doc, i: int) -> bool:
    if i < len(doc) and doc[i].lower_ in ("the", "this"):
        i += 1
    return i < len(doc) and (doc[i].ent_type_ == "TREATY" or doc[i].lower_ in GENERIC_TREATY)


def _those_of(
    clause: Span, actors: list[Span], dates: list[Span], claims: list[Claim], context: _Context
) -> list[Claim]:
    """'the withdrawals of Luxembourg and Slovenia are set to become effective in 2024, and those of Portugal and
    Spain in 2025': the elided claim again, for the states and the date after 'those of'; and the earlier exit
    of 'follows that of Italy (in 2016)', 'Following Italy in 2016, the withdrawals of ...'."""
    return _that_of(clause, actors, dates, context) + _those_of_others(clause, actors, dates, claims, context)


def _those_of_others(
    clause: Span, actors: list[Span], dates: list[Span], claims: list[Claim], context: _Context
) -> list[Claim]:
    if not claims or claims[-1].state is None:
        return []
    for token in clause[:-2]:
        if token.lower_ == "those" and token.nbor().lower_ == "of":
            group = [e for e in actors if e.start == token.i + 2]
            if not group:
                continue
            states = _listed(actors, group[0], forward=True)
            date = next((d for d in dates if 0 <= d.start - states[-1].end <= 2), None)
            if date is None:
                continue
            last = claims[-1]
            tense: Tense = "future" if last.tense == "future" else "past"
            when = resolve([t.text for t in date], context.published, tense)
            if when is None:
                continue
            return [last.model_copy(update={"state": str(e.ent_id_), "value": claim_value(when)}) for e in states]
    return []


_FOLLOWING = {"follows", "followed", "follow", "following", "after"}


def _that_of(clause: Span, actors: list[Span], dates: list[Span], context: _Context) -> list[Claim]:
    """'France's withdrawal follows that of Italy (in 2016)': the earlier exit of the state after 'that of', on
    the past date right after it, from the treaty the withdrawal just named leaves."""
    doc = clause.doc
    lead = clause[0].lower_ in ("following", "after") and clause[-1].i > clause.start + 1  # "Following Italy in 2016,"
    for token in clause[:1] if lead else clause[2:-2]:
        if lead:
            state = next((e for e in actors if e.start == token.i + 1), None)
            date = next((d for d in dates if state is not None and 0 <= d.start - state.end <= 1), None)
            after = doc[date.end : date.end + 5] if date is not None else doc[0:0]
            if not any(t.lower_ in _WITHDRAWAL_NOUNS for t in after):  # ", the withdrawals of France ... became"
                continue
        else:
            if not (token.lower_ == "that" and token.nbor().lower_ == "of" and doc[token.i - 1].lower_ in _FOLLOWING):
                continue
            if not any(t.lower_ in _WITHDRAWAL_NOUNS for t in doc[max(clause.start, token.i - 4) : token.i]):
                continue
            state = next((e for e in actors if e.start == token.i + 2), None)
            date = next((d for d in dates if state is not None and 0 <= d.start - state.end <= 2), None)
        treaty = context.withdrawn_from()
        when = resolve([t.text for t in date], context.published, "past") if date is not None else None
        if state is None or treaty is None or when is None or when.end >= context.published:
            continue
        base: dict[str, object] = {"treaty": treaty, "as_of": context.published}
        kind: ClaimKind = "effective_date" if lead and any(t.lower_ == "effective" for t in clause) else "withdrew"
        return _one_per_state(base, kind, [str(state.ent_id_)], claim_value(when), "past")
    return []


def _signers(verb: Span, states: list[str], clause: Span) -> list[str]:
    """'The convention was signed in 1997', '..., signed in Washington on ...': the treaty's signature, not a
    state's."""
    if _passive(verb) or verb.doc[verb.start - 1].text == "," or not any(e.end <= verb.start for e in _actors(clause)):
        return []
    return states


def _treaty_before(verb: Span, clause: Span) -> bool:
    """'The European treaty on preventing ... was annulled': a treaty (named, or 'the treaty') is the subject, and
    no state is named before the verb (the state is the article's)."""
    before = clause.doc[clause.start : verb.start]
    named = any(t.ent_type_ == "TREATY" or (t.lower_ in GENERIC_TREATY and _determined(t)) for t in before)
    return named and not any(t.ent_type_ in ("STATE", "CAPITAL") for t in before)


def _withdrawal_subject(verb: Span) -> bool:
    """'Turkey's withdrawal from the Istanbul Convention became official': a withdrawal noun heads the words before
    the verb in its clause (over 'from the ...')."""
    doc = verb.doc
    before = doc[max(verb.sent.start, verb.start - 10) : verb.start]
    commas = [t.i for t in before if t.text in (",", ";")]  # "Today, as the law provides, X's withdrawal ... is"
    if any(t.lower_ in _WITHDRAWAL_NOUNS for t in doc[commas[-1] + 1 if commas else before.start : verb.start]):
        return True
    relative = [t for t in before if t.lower_ in ("which", "that")]  # "Turkey's withdrawal ..., which has become"
    return bool(relative) and any(t.lower_ in _WITHDRAWAL_NOUNS for t in doc[verb.sent.start : relative[-1].i])


def _withdrawal_before(verb: Span) -> bool:
    """'... it has formally withdrawn from the INF Treaty. The US initially announced in February that this would
    take place on August 2': a withdrawal in the words before (this sentence or the last)."""
    doc = verb.doc
    return _mentions_withdrawal(doc[max(0, verb.start - 40) : verb.start])


def _it_subject(verb: Span) -> bool:
    """'It would take effect ...', 'the decision will take effect': the withdrawal the article speaks of."""
    i = verb.start - 1
    while i >= 0 and verb.doc[i].lower_ in ("would", "will", "shall", "also", "then", "only", "formally"):
        i -= 1
    return i >= 0 and verb.doc[i].lower_ in ("it", "decision", "move")  # "the decision will take effect on ..."


def _treaty_subject_or_it(clause: Span) -> bool:
    """The clause is about the treaty itself: it names it or says 'the treaty' / 'it' before its verb."""
    return any(t.ent_type_ == "TREATY" or t.lower_ in GENERIC_TREATY for t in clause[:8])


def _status_date(date: Span) -> bool:
    doc = date.doc
    return date.start > 1 and doc[date.start - 1].lower_ == "of" and doc[date.start - 2].lower_ == "as"


def _agent(ent: Span) -> bool:
    """'signed by 45 countries and the European Union': an organisation among the signers is not the treaty."""
    doc = ent.doc
    i = ent.start - 1
    if i >= 0 and doc[i].lower_ == "the":
        i -= 1
    if i >= 0 and doc[i].lower_ == "by":
        return True
    return i >= 1 and doc[i].lower_ == "and" and doc[i - 1].lower_ in ("countries", "states", "nations", "members")


def _with_year(date: Span) -> list[str]:
    """'on 4 November that year' (or 'the same year'): the year the sentence named before, not the nearest 4
    November; without one, the words as written."""
    doc = date.doc
    words = [t.text for t in date]
    following = [t.lower_ for t in doc[date.end : min(date.end + 3, len(doc))]]
    if following[:2] == ["that", "year"] or following[:3] == ["the", "same", "year"]:
        years = [t.text for t in doc[date.sent.start : date.start] if re.fullmatch(r"(19|20)\d\d", t.text)]
        return [*words, years[-1]] if years else [*words, "0000"]  # no year named: read as no date
    return words


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
            any(_reporting(t) and t.lower_ != "that" for t in doc[clause.start : verb.start])
            and any(t.lower_ == "that" for t in doc[clause.start : verb.start])
            and any(t.like_num for t in date)
        )
    ):
        return False
    return not any(t.lower_ in ("if", "unless", "have", "otherwise", "only") for t in clause)


def _negative_claims(
    label: str, verb: Span, treaty: str, states: list[str], tense: str, clause: Span, context: _Context
) -> list[Claim]:
    """'Russia is not a party to it', 'has not acceded to', 'was not fully withdrawing from': for states the
    clause names (not one it leaves implicit), not about the future, and not a suspension. 'Burundi Is Officially
    Not a Member of the ICC': a status that changed, an exit done (as 'is no longer a member')."""
    if label == "FORCE" and tense != "future" and _treaty_subject_or_it(clause):
        # "the treaty has not entered into force", "CTBT never came into force": value "false" (not in force on
        # the publication date)
        return [Claim(kind="entry_into_force", treaty=treaty, value="false", as_of=context.published)]
    negative = _NEGATIVE_KINDS.get(label)
    named = {str(e.ent_id_) for e in _actors(clause)}
    if negative is None or not states or not set(states) <= named or tense == "future":
        return []
    changed = {t.lower_ for t in clause.doc[max(clause.start, verb.start - 2) : verb.start]} & {
        "officially",
        "formally",
    }
    if label == "JOIN" and changed:
        return [
            Claim(kind="withdrew", treaty=treaty, state=one, value="true", as_of=context.published) for one in states
        ]
    return [Claim(kind=negative, treaty=treaty, state=one, value="false", as_of=context.published) for one in states]


def _bound_claims(
    verb: Span, treaty: str, states: list[str], date: Span | None, when: PartialDate | None, context: _Context
) -> list[Claim]:
    """'no longer legally bound by', 'will remain under the Rome Statute'; 'will remain a party until 4 November
    2020' says when the withdrawal takes effect."""
    bound = not any(t.lower_ == "longer" for t in verb)
    until = date is not None and date.start > 0 and date.doc[date.start - 1].lower_ in ("until", "till")
    until = until or (date is not None and date[0].lower_ in ("until", "till"))
    party = any(t.lower_ in ("party", "parties", "member") for t in verb)
    if bound and party and until and when is not None and when.precision == "day":
        return [
            Claim(kind="effective_date", treaty=treaty, state=one, value=claim_value(when), as_of=context.published,
                  tense="future" if when.start > context.published else "past")
            for one in states
        ]  # fmt: skip
    on = when.start if when and not until else context.published  # "remains bound until ...": bound now
    return [
        Claim(kind="bound_on", treaty=treaty, state=one, value=str(bound).lower(), on=on, as_of=context.published)
        for one in states
    ]


_FROM = {"from", "since", "of"}  # "from December 27", "as of 27 December"
_NOT_PARTY_COUNTS = {"voted", "vote", "votes", "adopted", "reached", "negotiated", "drafted", "agreed"}
_NEGATIVE_KINDS: dict[str, ClaimKind] = {
    "JOIN": "joined", "SIGN": "signed", "ACCEDE": "joined", "RATIFY": "ratified", "LEAVE": "withdrew",
}  # fmt: skip


_SKIPPED_BEFORE_VERB = {"which", "that", ",", "has", "have", "had", "was", "finally", "only", "first", "formally",
                        "officially", "itself", "originally"}  # fmt: skip


def _names_treaty_before(verb: Span) -> bool:
    """'the agreement, which expires in 2026': the word before the verb (over 'which', commas) is the treaty."""
    i = verb.start - 1
    while i >= 0 and verb.doc[i].lower_ in _SKIPPED_BEFORE_VERB:
        i -= 1
    relative = any(t.lower_ in ("which", "that") for t in verb.doc[i + 1 : verb.start])
    return relative and i >= 0 and (verb.doc[i].ent_type_ == "TREATY" or verb.doc[i].lower_ in GENERIC_TREATY)


_MADE = {"signed", "adopted", "concluded", "agreed", "negotiated"}


def _treaty_subject(verb: Span) -> bool:
    """The treaty itself is the subject: 'the treaty, which came into effect', 'since the accord went into effect'."""
    doc = verb.doc
    if verb[0].lower_ == "effective":
        return False
    i = verb.start - 1
    while i >= 0 and doc[i].lower_ in _SKIPPED_BEFORE_VERB:
        i -= 1
    if (
        i >= 3
        and doc[i].like_num
        and doc[i - 1].lower_ == "in"
        and doc[i - 2].lower_ in _MADE
        and doc[i - 3].text == ","
    ):
        i -= 4  # "the Convention ..., signed in 1997, entered into force in 1999": over the participle
    if i >= 0 and doc[i].ent_type_ != "TREATY" and doc[i].is_title:  # a title not in the gazetteer
        words = doc[max(0, i - 10) : i + 1]  # "the Convention on the Prohibition of Anti-Personnel Mines"
        named = [t for t in words if t.lower_ in GENERIC_TREATY and t.is_title]
        if named and all(t.is_title or t.lower_ in ("of", "the", "on", "and", "-") for t in doc[named[-1].i : i + 1]):
            i = named[-1].i
    if i < 0 or not (doc[i].ent_type_ == "TREATY" or doc[i].lower_ in GENERIC_TREATY):
        return False
    while i > 0 and (doc[i - 1].ent_type_ == "TREATY" or (doc[i - 1].is_alpha and not doc[i - 1].is_lower)):
        i -= 1  # to the start of the name
    if i >= 3 and doc[i - 1].lower_ == "or" and doc[i - 2].text == "," and doc[i - 3].ent_type_ == "TREATY":
        i -= 3  # "X's exit from the International Center ..., or ICSID came into effect": the name's other form
        while i > 0 and doc[i - 1].ent_type_ == "TREATY":
            i -= 1
    while i > 0 and doc[i - 1].lower_ in ("the", "this", "a", "landmark", "international", "global"):
        i -= 1
    return i == 0 or doc[i - 1].lower_ not in ("from", "of", "for", "to", "leaving", "in", "quit", "left", "under")


def _matches(matcher: Matcher, doc: Doc) -> list[tuple[int, int, int]]:
    """A matcher's matches on a paragraph, computed once per paragraph (every clause reads them)."""
    cache: dict[int, list[tuple[int, int, int]]] = doc.user_data.setdefault("matches", {})
    key = id(matcher)
    if key not in cache:
        cache[key] = [(m, s, e) for m, s, e in matcher(doc)]
    return cache[key]


# --- helpers on tokens -----------------------------------------------------------------------------


def _clauses(sentence: Span) -> Iterator[Span]:
    start = sentence.start
    for token in sentence:
        if token.text == ";":
            if token.i > start:
                yield sentence.doc[start : token.i]
            start = token.i + 1
    if start < sentence.end:
        yield sentence.doc[start : sentence.end]


def _actors(clause: Span) -> list[Span]:
    """States named in the clause; a capital only as an actor (not after 'in', 'to', 'from', 'at')."""
    out = []
    for ent in clause.ents:
        if ent.label_ == "STATE":
            out.append(ent)
        elif ent.label_ == "CAPITAL":
            previous = clause.doc[ent.start - 1].lower_ if ent.start > 0 else ""
            following = clause.doc[ent.end].lower_ if ent.end < len(clause.doc) else ""
            ahead = {t.lower_ for t in clause.doc[ent.end : min(ent.end + 3, len(clause.doc))]}
            if (
                previous not in ("in", "to", "from", "at", "near", "of")
                and following not in ("post", "times")
                and not ahead & GENERIC_TREATY  # "the Paris climate agreement": a place in a treaty's name
                and not _named_after(ent)
            ):
                out.append(ent)
    return out


def _named_after(ent: Span) -> bool:
    """'the Rome Statue', 'the Vienna Document': a capital before a capitalised word (outside a title-case
    headline) is the first word of another name, not the government acting."""
    doc = ent.doc
    if ent.end >= len(doc) or sum(t.is_title for t in doc) > len(doc) / 2:
        return False
    following = doc[ent.end]
    return following.is_title and following.is_alpha and not following.ent_type_ and following.lower_ != "on"


def _generic_references(clause: Span) -> list[Token]:
    """'the convention', 'this treaty', 'the pact', 'the document' and 'it' after a verb."""
    refs = []
    for token in clause:
        if token.ent_type_ == "TREATY":
            continue
        if (token.lower_ in GENERIC_TREATY and _determined(token)) or (token.lower_ == "it" and token.i > clause.start):
            refs.append(token)
    return refs


def _determined(token: Token) -> bool:
    """'the convention', 'this treaty', 'the international treaty', '(withdrew) from convention', 'from a key
    Cold War-era security deal', 'withdraws from Cold-War era nuclear treaty' (a determiner, 'from a' or 'from'
    before a run of modifiers)."""
    doc = token.doc
    for back in range(1, 9):
        if token.i - back < 0:
            return False
        word = doc[token.i - back]
        if word.lower_ in ("the", "this", "that", "its", "their"):
            return True
        if back == 1 and word.lower_ in ("from", "of", "quit", "left", "leave", "leaves"):
            return True
        if word.lower_ in ("from", "quits", "exits", "leaves", "leave", "quit", "quitting", "leaving", "exiting"):
            return True  # "withdraws from international treaty protecting women", "exits investor protection treaty"
        if word.lower_ in ("a", "an") and token.i - back > 0 and doc[token.i - back - 1].lower_ in ("from", "of"):
            return True  # "withdrawn from a landmark international treaty"
        if (word.is_punct and word.text != "-") or word.like_num or word.ent_type_:
            return False
    return False


def _mentions_withdrawal(span: Span) -> bool:
    return any(t.lower_ in _WITHDRAWAL_NOUNS or t.lemma_ in ("withdraw", "leave", "quit", "exit") for t in span)


_OTHER_EVENTS = {"founding", "establishment", "creation", "inception", "adoption", "birth", "election", "invasion"}
_OTHER_ACTS = {
    "made",
    "concluded",
    "created",
    "established",
    "founded",
    "negotiated",
    "reached",
    "agreed",
    "born",
    "elected",
    "launched",
    "built",
}  # fmt: skip  "the pact made in 1987": that date is the pact's


def _anchored(doc: Doc, start: int) -> bool:
    """A date that anchors a period or another event: 'after 6 September', 'since 2004', 'since its founding in
    2002'."""
    if start > 0 and doc[start - 1].lower_ in ("after", "since", "following", "than"):
        return not (start > 2 and doc[start - 3 : start].text.lower() == "in force since")  # its entry's date
    return start > 1 and doc[start - 1].lower_ in ("in", "on") and doc[start - 2].lower_ in _OTHER_EVENTS | _OTHER_ACTS


def _followed_by_effective(rest: list[tuple[str, Span]], verb: Span) -> bool:
    if not rest:
        return False
    label, following = rest[0]
    return label == "EFFECT" and following[0].lower_ == "effective" and following.start - verb.end < 9


def _month_may(doc: Doc, i: int) -> bool:
    """'in May', 'last May', 'May 2025' are the month; 'Theresa May', a sentence-initial 'May' are not."""
    before = doc[i - 1].lower_ if i > 0 else ""
    after = doc[i + 1] if i + 1 < len(doc) else None
    return before in ("in", "on", "by", "since", "until", "last", "next", "this", "early", "late", "mid", "of") or (
        after is not None and after.like_num
    )


def _of_a_treaty(doc: Doc, start: int) -> bool:
    """'the Convention of 18 September 1997', 'the Treaty of 1972': a date in a treaty's title."""
    return (
        start > 1
        and doc[start - 1].lower_ == "of"
        and (doc[start - 2].ent_type_ == "TREATY" or doc[start - 2].lower_ in GENERIC_TREATY)
    )


def _clause_dates(reading: Reading, clause: Span) -> list[Span]:
    """The dates of a clause, in order, except those that anchor a period ("six months after 6 September"), a year in
    a treaty's name, a possessive ("at today's sitting") and the month May read as the verb."""
    doc = clause.doc
    dates = [
        doc[s:e]
        for _, s, e in _matches(reading.dates, doc)
        if clause.start <= s
        and e <= clause.end
        and not _anchored(doc, s)
        and not _names_a_treaty(doc, e)
        and not (e < len(doc) and doc[e].text in ("'s", "’s"))
        and not _of_a_treaty(doc, s)
        and not (e - s == 1 and doc[s].text == "May" and not _month_may(doc, s))
    ]
    return sorted(filter_spans(dates), key=lambda d: d.start)


def _effect_kind(
    verb: Span, clause: Span, states: list[str], tense: str, date: Span | None, headline: bool, value: str | None
) -> tuple[ClaimKind, list[str], str | None] | None:
    """What a 'took effect' / 'ceased' verb claims: the treaty's own entry into force, an exit done or the day an exit
    takes effect; None when it claims nothing about the treaty."""
    if verb[0].lemma_ == "expire" and _names_treaty_before(verb):
        return None  # "the agreement, which expires in 2026": the treaty's term, not an exit
    if effect_of_a_measure(verb, _WITHDRAWAL_NOUNS):
        return None  # "the ban went into effect globally in 1986": a measure's effect, not an exit
    if not (states or _mentions_withdrawal(clause)) or _treaty_subject(verb):
        return "entry_into_force", [], value  # "The treaty, which came into effect on 1 January 2002"
    kind, value = _cessation(verb, tense, date, headline, value)  # "France ceased to be a party on 8 December 2023"
    return kind, states, value


def _cessation(
    verb: Span, tense: str, date: Span | None, headline: bool, value: str | None
) -> tuple[ClaimKind, str | None]:
    """'France ceased to be a party on 8 December 2023': an exit done, as 'is no longer a party'; an undated
    headline's 'Russia ceases to be a party to ...' likewise (a headline's present reports a done deed); otherwise
    the day the exit takes effect."""
    if verb[0].lower_ == "ceased" and tense == "past":
        return "withdrew", value
    if verb[0].lower_ == "ceases" and headline and date is None:
        return "withdrew", "true"
    return "effective_date", value


def _names_a_treaty(doc: Doc, end: int) -> bool:
    """'the 1972 Anti-Ballistic Missile Treaty', 'the landmark 2015 global agreement': a year in a name (a
    number; not 'US today leaves Open Skies Treaty')."""
    if not doc[end - 1].like_num:
        return False
    for token in doc[end : min(end + 3, len(doc))]:
        if token.ent_type_ == "TREATY" or token.lower_ in GENERIC_TREATY:
            return True
        if not token.is_alpha or token.is_title or token.lower_ in _PREPOSITIONS:
            return token.ent_type_ == "TREATY"  # not "signed in 1994 by the EU": the EU signed in 1994
    return False


_PREPOSITIONS = {"by", "in", "on", "at", "from", "to", "with", "for", "of", "as"}


def _longest(matches: list[tuple[str, Span]]) -> list[tuple[str, Span]]:
    """Overlapping verb matches -> the longest, in text order ("take effect" over "take")."""
    out: list[tuple[str, Span]] = []
    end = -1
    for label, span in sorted(matches, key=lambda m: (m[1].start, -len(m[1]))):
        if span.start >= end:
            out.append((label, span))
            end = span.end
    return out


_REPORTING = {"said", "says", "announced", "stated", "confirmed", "told", "added", "declared", "reported",
              "according", "passed", "adopted", "approved", "endorsed", "decided", "stating", "saying", "announcing",
              "declaring", "confirming", "noting", "adding", "claiming", "insisting", "warning"}  # fmt: skip


def _reporting(token: Token) -> bool:
    """'said', 'announced'; 'that' before a subject ('that it will'), not 'that withdrawal' (a determiner)."""
    if token.lower_ == "that":
        following = token.nbor() if token.i + 1 < len(token.doc) else token
        return following.lower_ in ("it", "they", "he", "she", "we", "the", "its", "their") or (
            following.ent_type_ == "STATE"
        )
    return token.lower_ in _REPORTING


_DATE_LEAD = {"in", "on", "by", "from", "effective", "as", "at", "until", "starting", "beginning", "of", "to", "for",
              "about", "under", "i.e.", "ie", "namely"}  # fmt: skip
_CLAUSE_LEAD = {"after", "before", "when", "while", "because"}


def _reach(verb: Span, limit: int, dates: list[Span]) -> int:
    """How far after the verb its date may stand: not past the next verb, a coordinated verb ('will withdraw
    ... and will resume whaling from July'), a comma opening something other than a date ('Japan to leave
    IWC, resume commercial whaling in July') or a subordinate clause ('signed ... after it was finalized in
    December 2015'; not 'six months after the notification')."""
    doc = verb.doc
    starts = {d.start for d in dates}
    for i in range(verb.end, min(limit, len(doc) - 1)):
        word, following = doc[i].lower_, doc[i + 1]
        if word == "and" and following.lower_ in ("will", "would", "shall", "to", "has", "have", "had"):
            return i
        if word == "," and following.i not in starts and following.lower_ not in _DATE_LEAD and not following.like_num:
            if _apposition(doc, i, starts):
                continue  # "received by the treaty's depositary, Portugal, on 26 April 2024"
            return i
        if word in _CLAUSE_LEAD and following.i not in starts and doc[i - 1].lemma_ not in ("month", "year", "day"):
            return i
    return limit


_ANNULLED = ("annulled", "denounced", "abrogated", "renounced")  # "the treaty was annulled": its subject the treaty


def _annulled(verb: Span) -> bool:
    return len(verb) > 1 and verb[0].lower_ in ("was", "were", "been") and verb[-1].lower_ in _ANNULLED


def _noun_trigger(verb: Span) -> bool:
    """'This latest exit follows ...': a trigger word used as a noun (after a determiner) owns no date after it."""
    return len(verb) == 1 and previous_word(verb[0]) in ("this", "the", "a", "an", "its", "their", "his", "her",
                                                          "latest", "first", "second", "third")  # fmt: skip


def _apposition(doc: Doc, comma: int, starts: set[int]) -> bool:
    """', Portugal, on 26 April 2024': a name between commas, a date (or its preposition) after the second."""
    name = doc[comma + 1 : min(comma + 5, len(doc))]
    second = next((t.i for t in name if t.text == ","), None)
    if second is None or second + 1 >= len(doc) or not all(t.is_title or t.ent_type_ for t in doc[comma + 1 : second]):
        return False
    after = doc[second + 1]
    return after.i in starts or after.lower_ in ("on", "in")


def _date_for(verb: Span, dates: list[Span], triggers: list[tuple[str, Span]]) -> Span | None:
    """The date that belongs to this verb: the first after it before the next verb, else the last before it
    after the previous verb (sentence-initial "On March 6, Lithuania left ...")."""
    starts = sorted(t[1].start for t in triggers)
    following = [s for s in starts if s > verb.start]
    preceding = [s for s in starts if s < verb.start]
    limit = _reach(verb, following[0] if following else 10**9, dates)
    floor = preceding[-1] if preceding else -1
    after = [d for d in dates if verb.end <= d.start < limit]
    before = [
        d
        for d in dates
        if floor < d.start
        and d.end <= verb.start
        and not any(_reporting(t) for t in verb.doc[d.end : verb.start])  # "announced on D that it will"
        and not _dateline(d, verb)  # "(Sputnik - 08th July, 2020) X notified"; not "As of Saturday (April 27) X"
        and not _attributive_year(d)  # "In a repeat of his 2017 stance, Trump pulled out ...": the stance's year
    ]
    when = [d for d in before if d.end + 1 < verb.start and verb.doc[d.end + 1].lower_ == "when"]
    ends = [t[1].end for t in triggers if t[1].start < verb.start and not _noun_trigger(t[1])]
    if ends and not when:  # the date right after the previous verb is that verb's ("took effect Jan. 27, 2026,
        # following ..."), unless a 'when' clause follows it ("in 1999, when 164 states joined it": the time of both)
        theirs = next((d for d in dates if d.start >= ends[-1]), None)
        before = [d for d in before if d is not theirs]
    doc = verb.doc
    if verb.start > 1 and doc[verb.start - 1].lower_ == "and" and doc[verb.start - 2].text == ",":
        before = [d for d in before if d.end != verb.start - 2]  # "adopted on July 17, 1998, and came into force":
        # the date just before ', and' is the first predicate's ("On 27 June, X signed ..., and notified" keeps its)
    if not after and (caused := _caused_by(verb, triggers, dates)) is not None:
        return caused
    words = [t for t in verb.doc[verb.end : after[0].start] if not t.ent_type_] if after else []
    if after and (len(words) <= 8 or not before):  # "to the European Convention on Human Rights on 16 ..."
        counted = {"ago", "from", "time"} & {t.lower_ for t in after[0]}
        if (
            counted
            and len(after) > 1
            and after[1].start - after[0].end <= 3
            and verb.doc[after[1].start - 1].text in (",", "on")
        ):
            return after[1]  # "a year from yesterday, on 22 January 2026": the calendar date
        return after[0]
    return before[-1] if before else None  # "On 6 July 2020, the United States notified ..."


_PARLIAMENTS = {"parliament", "seimas", "saeima", "riigikogu", "sejm", "rada", "duma", "eduskunta", "bundestag",
                "congress", "senate", "lawmakers", "legislators", "mps", "deputies", "legislature"}  # fmt: skip


def _parliament_near(verb: Span, clause: Span) -> str | None:
    """The parliament a ratification is said to be made in or by ('ratified in the Turkish Parliament',
    'the Saeima ratified'): within a few words of the verb."""
    window = clause.doc[max(clause.start, verb.start - 4) : min(clause.end, verb.end + 5)]
    return next((t.text for t in window if t.lower_ in _PARLIAMENTS), None)


def _caused_by(verb: Span, triggers: list[tuple[str, Span]], dates: list[Span]) -> Span | None:
    """'came into force after 60 countries ratified it on July 1, 2002': the date after the clause that says what
    brought the entry into force is the entry into force's (the 60th ratification came before it)."""
    label = next((lb for lb, v in triggers if v.start == verb.start), None)
    following = [v for lb, v in triggers if v.start > verb.start and lb in ("RATIFY", "ACCEDE", "JOIN")]
    if label != "FORCE" or not following or verb.doc[verb.end].lower_ != "after":
        return None
    cause = following[0]
    if cause.start - verb.end > 5:
        return None
    later = [d for d in dates if cause.end <= d.start <= cause.end + 3]
    return later[0] if later else None


_REPORT_GLUE = {"on", "late", "early", "earlier", "this", "last", ","}


def _week_up_to(claim: Claim) -> Claim:
    """A deed reported on a day without its own date was done that day or in the days before ('has notified the
    Secretary-General ..., the spokesman said on Tuesday' of a notice received on Monday): the week up to it."""
    if claim.kind != "notification_date" or len(claim.value) != 10:
        return claim
    day = dt.date.fromisoformat(claim.value)
    return claim.model_copy(update={"value": f"{day - dt.timedelta(days=6)}/{day}"})


def _reported_on(verb: Span, dates: list[Span], clause: Span) -> Span | None:
    """A deed in the past or perfect without a date of its own, reported on a day: 'Finland has notified the UN it
    is leaving ..., its foreign ministry said late on Thursday', 'announced on Friday, Nov. 19, that the country
    has officially initiated the process': the report's day is the latest the deed can be, the day news gives."""
    if _tense(verb) != "past":
        return None
    doc = clause.doc
    for token in clause:
        if token.lower_ not in _REPORTING or token.lower_ == "according":
            continue
        dated = [d for d in dates if token.i < d.start <= token.i + 4 and all(
            t.lower_ in _REPORT_GLUE for t in doc[token.i + 1 : d.start])]  # fmt: skip
        if not dated:
            continue
        run = [dated[0]]  # "on Friday, Nov. 19": the most precise of a run of dates
        for d in dates:
            if d.start > run[-1].end and all(t.text == "," for t in doc[run[-1].end : d.start]):
                run.append(d)
        before = token.i < verb.start and any(t.lower_ == "that" for t in doc[run[-1].end : verb.start])
        if token.i > verb.end or before:
            return run[-1]
    return None


def _dateline(date: Span, verb: Span) -> bool:
    """A date in a parenthesis that says more than a date ('(Sputnik - 08th July, 2020)'), closed before the verb:
    the dispatch's date. A parenthesis holding only a date ('As of Saturday (April 27) Venezuela') restates it."""
    doc = verb.doc
    closing = [t.i for t in doc[date.end : verb.start] if t.text == ")"]
    if not closing:
        return False
    opening = next((i for i in range(closing[0] - 1, max(-1, closing[0] - 12), -1) if doc[i].text == "("), None)
    inside = doc[opening + 1 : closing[0]] if opening is not None else doc[0:0]
    return opening is None or any(t.is_alpha and not t.ent_type_ and t.i not in range(date.start, date.end)
                                  for t in inside if t.text not in _MONTH_WORDS)  # fmt: skip


def _attributive_year(date: Span) -> bool:
    """'his 2017 stance', 'the 2015 deal': a bare year between a determiner and a noun qualifies the noun."""
    doc = date.doc
    if len(date) != 1 or not date[0].like_num or date.start == 0 or date.end >= len(doc):
        return False
    return doc[date.start - 1].lower_ in ("his", "her", "its", "their", "the", "a", "this") and doc[date.end].is_lower


_LIST_GLUE = {",", "and", "&", "as", "well", "'s", "’s", "or", "the"}


def _listed(actors: list[Span], first: Span, forward: bool) -> list[Span]:
    """The list of states 'first' belongs to: 'Estonia, Poland and Latvia', 'Russia, the United States and
    China' (read backwards from the last name before a verb, or forwards from the first after it)."""
    doc = first.doc
    group = [first]
    pool = [e for e in actors if e.start >= first.end] if forward else [e for e in actors if e.end <= first.start][::-1]
    for ent in pool:
        between = doc[group[-1].end : ent.start] if forward else doc[ent.end : group[0].start]
        if not all(t.lower_ in _LIST_GLUE for t in between):
            break
        if forward:
            group.append(ent)
        else:
            group.insert(0, ent)
    return group


_GOVERNING = {"with", "to", "against", "from", "in", "on", "about", "than", "between", "over", "into", "at", "near",
              "toward", "towards", "like", "unlike", "by", "claiming", "accusing", "accused", "blaming", "urging",
              "urged", "warning", "warned", "telling", "told", "asking", "asked", "criticising",
              "criticizing"}  # fmt: skip


def _governed(ent: Span) -> bool:
    """A state after a preposition ('relations with Russia', 'the war in Ukraine') is not the one acting."""
    doc = ent.doc
    owned = doc[ent.end : min(ent.end + 2, len(doc))]
    if len(owned) == 2 and owned[0].text in ("'s", "’s") and owned[1].lower_ in _WITHDRAWAL_NOUNS:
        return False  # "leading to the UK's withdrawal becoming effective": the UK's own exit
    i = ent.start - 1
    while i >= 0 and (doc[i].lower_ in ("the", ",", "and", "or") or doc[i].ent_type_ == "STATE"):
        i -= 1
    return i >= 0 and doc[i].lower_ in _GOVERNING


def _subjects(verb: Span, actors: list[Span], clause: Span, context: _Context) -> list[str]:
    """The states that act: the list nearest before the verb; after it for a passive ('ratified by Lithuania'),
    for 'the withdrawal of Lithuania', or 'for Lithuania'; else the state the article last named."""
    if verb.lemma_ == "receive":  # "received notification from Washington": the sender acts
        senders = [e for e in actors if e.start > verb.end and _preposition(e) == "from"]
        if senders:
            return list(dict.fromkeys(str(e.ent_id_) for e in _listed(actors, senders[0], forward=True)))
    inside = [e for e in actors if verb.start < e.start and e.end <= verb.end]  # "pulled the US out of"
    if inside:
        return list(dict.fromkeys(str(e.ent_id_) for e in inside))
    if _generic_subject(verb, clause):
        return []  # "the withdrawing state has effectively terminated its membership": any state, none named
    if (antecedent := relative_antecedent(verb, actors)) is not None:  # "by Burundi and South Africa who notified"
        return list(dict.fromkeys(str(e.ent_id_) for e in _listed(actors, antecedent, forward=False)))
    before = [e for e in actors if e.end <= verb.start and not _governed(e)]
    if before:
        return list(dict.fromkeys(str(e.ent_id_) for e in _listed(actors, before[-1], forward=False)))
    receiving = {
        x.start
        for e in actors
        if e.start >= verb.end and _preposition(e) in ("to", "with", "against", "from")
        for x in _listed(actors, e, forward=True)
    }  # "to the governments of Ukraine, Kazakhstan and Belarus": all three receive it
    after = [
        e
        for e in actors
        if e.start >= verb.end
        and e.start not in receiving
        and (_preposition(e) in ("by", "of", "for") or _passive(verb) or not _has_subject(verb, clause))
    ]  # "gave notice to (the) Russia(n government)": Russia receives it; "The country exited ..., saying ...": no
    agents = [e for e in after if _preposition(e) == "by"]
    after = agents or after  # "notification was given to the Russian government ... by U.S. Ambassador ..."
    if after:
        return list(dict.fromkeys(str(e.ent_id_) for e in _listed(actors, after[0], forward=True)))
    before_words = {t.lower_ for t in clause.doc[clause.start : verb.start]}
    if before_words & {"countries", "states", "they", "nations", "governments"}:
        if before_words & _UNNAMED_GROUP:
            return []  # "Other EU states that have left", "several countries had withdrawn": not those named
        if len(context.states) > 1:
            return list(context.states)  # "the three countries will cease to be members"
    return [context.state] if context.state else []


def _generic_subject(verb: Span, clause: Span) -> bool:
    """'a state may withdraw', 'the withdrawing state has ... terminated', 'any party': no state in particular."""
    words = [t.lower_ for t in clause.doc[max(clause.start, verb.start - 5) : verb.start]]
    for i, word in enumerate(words[:-1]):
        if word in ("a", "any", "each", "every", "withdrawing", "another") and words[i + 1] in (
            "state", "party", "country", "member", "states", "parties", "countries", "nation"
        ):  # fmt: skip
            return True
    return _indefinite_member(verb, clause)


def _indefinite_member(verb: Span, clause: Span) -> bool:
    """'the first time a Council of Europe member has withdrawn from ...': the subject's head noun, over the
    auxiliaries, is a member / state / country whose determiner, over a name ('Council of Europe'), is indefinite."""
    doc = clause.doc
    i = verb.start - 1
    while i >= clause.start and doc[i].lower_ in ("has", "have", "had", "been", "ever", "is", "was", "would", "will"):
        i -= 1
    if i < clause.start or doc[i].lower_ not in ("member", "state", "country", "nation", "party"):
        return False
    i -= 1
    while i >= clause.start and (doc[i].is_title or doc[i].is_upper or doc[i].lower_ in ("of", "-", "member")):
        i -= 1
    return i >= clause.start and doc[i].lower_ in ("a", "an", "any", "each", "every", "another")


_UNNAMED_GROUP = {"other", "several", "some", "many", "few", "most", "which", "what", "more", "various", "numerous"}
_SUBJECT_NOUNS = {"country", "government", "state", "nation", "administration", "kingdom", "republic", "it", "he",
                  "she", "they", "president", "parliament", "ministry", "minister", "we"}  # fmt: skip


def _preposition(ent: Span) -> str:
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


def _has_subject(verb: Span, clause: Span) -> bool:
    """'The country exited ...', 'It withdrew ...': a subject other than a state is written before the verb."""
    return any(t.lower_ in _SUBJECT_NOUNS for t in clause.doc[max(clause.start, verb.start - 4) : verb.start])


_ORDINALS = {"first", "second", "third", "only", "latest", "last", "1st", "2nd", "3rd"}
# "would officially inform", "has formally withdrawn": the auxiliary is read over these adverbs
_ADVERBS = {"officially", "formally", "also", "then", "still", "soon", "finally", "now", "already", "effectively",
            "legally", "fully", "quietly", "eventually", "indeed", "automatically", "unilaterally"}  # fmt: skip


def _clause_tense(before: Span) -> str:
    words = [t.lower_ for t in before]
    if any(w in _FUTURE for w in words) or any(
        w.endswith("ing") and i and words[i - 1] in ("is", "are", "'s") for i, w in enumerate(words)
    ):
        return "future"
    if any(
        t.lower_ in _IRREGULAR_PAST - {"effective"} or (t.is_lower and t.lower_.endswith("ed") and t.lower_ != t.lemma_)
        for t in before
    ) or _perfect_participle(before):
        return "past"
    return "present"


def _perfect_participle(words: Span) -> bool:
    """'has officially withdrawn', 'have left': a perfect, whatever the participle's form (a deed done)."""
    tokens = [t for t in words if t.lower_ not in _ADVERBS]
    return any(
        t.lower_ in ("has", "have", "had") and nxt.is_lower and nxt.lower_.endswith(("ed", "en", "wn", "ft", "ne"))
        for t, nxt in pairwise(tokens)
    )


def _asserted_tense(tense: str, label: str, verb: Span, date: Span | None, clause: Span, headline: bool) -> str | None:
    """The tense a trigger asserts in, or None when it asserts nothing (an intention, a quoted future intent)."""
    if tense == "intention" and headline and _gerund_of_a_deed(verb):
        tense = "deed"  # a headline: "X sparks backlash in quitting OAS", "X angers allies by leaving the pact"
    if tense == "intention" and _reported_future(label, verb, date, clause):
        tense = "future"  # '"It would take effect a year from yesterday, on 22 January 2026," Haq said'
    if tense == "intention" or (tense == "future" and _quoted_intent(verb)):
        return None
    return tense


def _treaty_here(treaties: list[Span], generic: list[Token], clause: Span, context: _Context) -> str | None:
    """The treaty a clause is about: the first it names, else the one its 'the convention' or its withdrawal
    (a notice, a waiting period) points to."""
    if treaties:
        return str(treaties[0].ent_id_)
    if generic or _mentions_withdrawal(clause) or any(t.lower_ in ("notice", "waiting") for t in clause):
        return context.refer(generic[0].lower_) if generic else context.withdrawn_from()
    return None


def _left_kind(
    verb: Span,
    tense: str,
    date: Span | None,
    when: PartialDate | None,
    value: str | None,
    context: _Context,
    plural: bool = False,
) -> tuple[ClaimKind | None, str | None]:
    """What a leaving verb with a treaty object claims, and its value: an exit done or its effective date. A
    headline's present tells a deed in the third person: 'withdraws' for one state, 'withdraw' for a list of them
    ('Mali, Burkina Faso, Niger withdraw from ...')."""
    no_longer = verb[0].lower_ == "no"  # "is no longer a member of": the exit has happened, or happens then
    if no_longer and tense != "future" and date is not None:
        nearest = nearest_status_day(_with_year(date), context.published)
        when, value = (nearest, claim_value(nearest)) if nearest else (when, value)
    if no_longer and tense != "future" and when is not None and when.start > context.published:
        return "effective_date", value  # "As of 17 March, X is no longer a member" two days ahead: its exit's day
    if no_longer and tense != "future" and (when is None or when.start <= context.published):
        return "withdrew", value or "true"
    if tense == "present" and when and when.end <= context.published:
        return "withdrew", value  # "officially let the United States exit the Paris Agreement in November 2020";
        # "US today leaves Open Skies Treaty": the exit is done on the day of the report
    if tense in ("future", "present") and value:
        return "effective_date", value
    if tense in ("past", "deed") or (
        tense == "present" and (verb[0].lower_.endswith("s") or plural) and (context.headline or act_subject(verb))
    ):
        return "withdrew", value or "true"  # "Ukraine withdraws from ..." (a headline)
    return None, value


def _named_here(states: list[str], clause: Span) -> list[str]:
    """The states among ``states`` that the clause names itself (not one it leaves implicit)."""
    named = {str(e.ent_id_) for e in _actors(clause)}
    return [s for s in states if s in named]


def _ordinal_tense(verb: Span) -> str:
    """'became / is becoming the first country to withdraw': the tense of the copula before the ordinal."""
    head, doc = verb[0], verb.doc
    copula = {t.lower_ for t in doc[max(0, head.i - 4) : head.i]}
    if copula & {"became", "was", "were", "become"}:  # "has become the first country to withdraw"
        return "past"
    if copula & {"making", "makes", "made"} and {"officially", "formally"} & {t.lower_ for t in verb}:
        return "past" if "made" in copula else "deed"  # "making the country the first ... to officially
        # withdraw": an official exit done (not "makes Hungary the first ... to leave", a decision's effect)
    return "deed" if copula & {"is", "becomes", "becoming", "are"} else "intention"


def _tense(verb: Span) -> str:
    """past | future | present | intention (an infinitive after 'plans to', 'voted to'; a modal)."""
    head = verb[0]
    doc = verb.doc
    if head.lower_ in _ORDINALS:  # "became / is becoming the first country to withdraw": the copula's tense
        return _ordinal_tense(verb)
    if verb[-1].lower_ in ("completed", "finalized", "finalised") and head.lower_ in ("withdrawal", "exit"):
        return "past"  # "the withdrawal process has now been completed"
    if head.lower_ in ("officially", "formally") and verb[-1].lower_ == "of":
        return "deed"  # a headline without its copula: "Philippines officially out of the ICC"
    if head.lower_ == "no" and previous_word(head) in ("is", "are", "'s", "'re"):
        return "deed"  # "As of December 27, Estonia, Latvia and Lithuania are no longer parties": done by then
    if head.lower_ in ("withdrawal", "exit", "departure", "pullout", "this", "it") and len(verb) > 1:
        tenses = {"occurred": "past", "happened": "past", "took": "past", "will": "future", "would": "future"}
        return tenses.get(verb[1].lower_, "present")  # "the exit took place", "this would take place on August 2"
    if head.lower_ == "coming" and previous_word(head) == "the":  # "The coming into force next week of ..."
        return "present"
    if head.lower_ in ("process", "withdrawal", "exit") and verb[-1].lower_ in ("started", "began"):
        return "past"  # "The process of Venezuela's exit from the organization started in 2017"
    if head.lower_.endswith("ing") and previous_word(head) in _PAPERS:
        return "past"  # "his January 2025 decree notifying the UN of his intention to leave the treaty"
    if head.lower_ in ("becoming", "taking", "coming", "going") and previous_word(head) in _WITHDRAWAL_NOUNS:
        return "present"  # "leading to the UK's withdrawal becoming effective on 27 April 2025": said of a day
    if head.lower_.endswith("ing") and head.i > 0 and doc[head.i - 1].text == ",":  # ", becoming a party on ..."
        earlier = doc[head.sent.start : head.i]
        if any(t.lower_ in _IRREGULAR_PAST or (t.lower_.endswith("ed") and t.lower_ != t.lemma_) for t in earlier):
            return "past"
    if head.lower_ in ("effective", "making"):  # "is withdrawing ... effective 31 December": the clause's tense
        window = doc[max(head.sent.start, head.i - 25) : head.i]
        if _clause_tense(window) == "present" and _perfect_participle(doc[max(head.sent.start, head.i - 40) : head.i]):
            return "past"  # "has officially withdrawn from the Convention on ..., also known as ..., effective from"
        return _clause_tense(window)
    if head.lower_ in ("notice", "notification"):  # "the notice was handed": the tense of the auxiliary
        return "past" if verb[1].lower_ in ("was", "were") else "present"
    previous = [doc[i].lower_ for i in range(max(0, head.i - 6), head.i) if doc[i].lower_ not in _ADVERBS][-4:]
    ordinal = next((i for i in range(max(0, head.i - 7), head.i) if doc[i].lower_ in _ORDINALS), None)
    if previous[-1:] == ["to"] and ordinal is not None:  # "became the first country to ratify the convention"
        copula = {t.lower_ for t in doc[max(0, ordinal - 4) : ordinal]}
        if copula & {"became", "was", "were", "become"}:
            return "past"
        if copula & {"is", "are", "becomes"}:
            return "deed"  # "X is first Baltic nation to leave ...", as "X is the first country to leave"
        return "intention"  # "makes Hungary the first European Union member state to leave": no deed of its own
    if previous[-1:] == ["and"] and head.i > 0 and doc[head.i - 1].lower_ == "and":
        coordinated = _clause_tense(doc[max(head.sent.start, head.i - 15) : head.i])
        if coordinated == "future":  # "will suspend its obligations ... and begin the process": the first verb's
            return "future"
    if previous and previous[-1] == "to":
        around = previous[:-1]
        if any(w in _DUE for w in around) or (around and around[-1] in ("is", "are", "was")) or "will" in around:
            return "future"  # "is set to leave", "will have to leave"
        if any(doc[i].lemma_ in _INTENDING for i in range(max(0, head.i - 12, head.sent.start), head.i)):
            return "intention"  # "voted to leave", "plans to withdraw", "pledged on Monday – ... – to withdraw"
        if any(t.lemma_ in _INTENDING for t in doc[head.sent.start : head.i]) and "," in previous:
            return "intention"  # "introduced a bill in the Duma, the lower house of ..., to withdraw": its purpose
        return "future"  # a headline: "U.S. withdrawal from WHO to take effect July 2021"
    modals = ("would", "could", "may", "might", "should", "must", "can", "cannot")
    if previous and (
        previous[-1] in modals or (previous[-1] in ("be", "have") and previous[-2:-1] and previous[-2] in modals)
    ):
        return "intention"  # "could withdraw", "could be reversed", "might have left"
    text = head.lower_
    if text.endswith("ing"):  # "is leaving" (under way), "has begun leaving": not done yet
        return "future" if previous[-1:] in (["is"], ["are"]) else "intention"
    if any(w in _FUTURE for w in previous[-3:]):
        return "future"
    if any(w in _PERFECT for w in previous[-3:]):
        return "past"
    if text != head.lemma_.lower() and (text.endswith("ed") or text in _IRREGULAR_PAST):
        return "past"
    if text in _IRREGULAR_PAST:
        return "past"
    if not text.endswith("s") and any(doc[i].lemma_ in _INTENDING for i in range(max(0, head.i - 6), head.i)):
        return "intention"  # "recommended that their countries withdraw"
    return "present"


_IRREGULAR_PAST = {"took", "left", "withdrew", "quit", "came", "went", "became", "entered", "joined", "gave", "sent",
                   "began", "handed", "signed", "pulled", "walked", "dropped", "received", "effective", "was",
                   "were"}  # fmt: skip


def _gerund_of_a_deed(verb: Span) -> bool:
    """'in quitting', 'by leaving', 'after withdrawing': a gerund after a preposition, the deed the headline's own
    verb reports on (not 'plans on leaving', 'talks about quitting')."""
    head = verb[0]
    return (
        head.lower_.endswith("ing")
        and previous_word(head) in ("in", "by", "after")
        and not any(t.lemma_ in _INTENDING for t in head.doc[head.sent.start : head.i])
    )


def _reading_tense(tense: str, label: str) -> Tense:
    if tense in ("past", "deed"):  # a deed stated as done: "As of December 27, X is no longer a party"
        return "past"
    if tense == "future":
        return "future"
    return "future" if label == "EFFECT" else "present"


def _headline_value(label: str, verb: Span, tense: str, context: _Context) -> str | None:
    """An undated headline of one sentence: "X's Withdrawal ... Takes Legal Effect" (today); an undated notice in
    the past or perfect in the headline or the lede: "The U.K. has officially triggered Article 50", "The United
    States has formally notified UNESCO ...", "British Ambassador to Brussels handed over a letter" (done by the day
    of the report); a headline's present, "UK notifies withdrawal from ECT", for a notice given by then (weeks before,
    perhaps: the value says only 'by the day of the report')."""
    headline_present = context.headline and tense == "present"  # "UK notifies ...", "Mali, Burkina Faso send ..."
    if (
        label == "NOTIFY"
        and (((context.lede or done_notice(verb)) and tense == "past") or headline_present)
        and not _subordinate(verb, verb.sent)
    ):
        words = {t.lower_ for t in verb.sent}
        if words & _UNDOING or any(t.lower_ in ("before", "until") for t in verb.doc[verb.sent.start : verb.start]):
            return None  # "notified ... that the Instrument of Withdrawal was found invalid"; "before it gave notice"
        return f"0001-01-01/{context.published.isoformat()}"  # by the day of the report, at the latest
    if not context.headline or len(list(verb.doc.sents)) > 1:
        return None
    if label == "EFFECT" and tense == "present":
        return context.published.isoformat()
    return None


def _immediately(label: str, verb: Span) -> str | None:
    """'will take effect immediately', 'takes effect at once': a claim the judge reads against the treaty's
    clause (most count a period from the depositary's receipt of the notice, so nothing takes effect at once)."""
    following = [t.lower_ for t in verb.doc[verb.end : verb.end + 2]]
    if label == "EFFECT" and (following[:1] == ["immediately"] or following == ["at", "once"]):
        return "immediately"
    return None


_UNDOING = {"invalid", "unconstitutional", "revoke", "revoked", "revocation", "rescind", "rescinded", "reverse",
            "reversed", "retract", "retracted"}  # fmt: skip


def previous_word(token: Token) -> str:
    return token.doc[token.i - 1].lower_ if token.i > 0 else ""


def _perfect(verb: Span) -> bool:
    """'has officially triggered', 'have notified': the perfect, a deed just done as of the report."""
    doc = verb.doc
    before = [doc[i].lower_ for i in range(max(0, verb.start - 3), verb.start) if doc[i].lower_ not in _ADVERBS]
    return bool(before) and before[-1] in ("has", "have")


def _passive(verb: Span) -> bool:
    doc = verb.doc
    before = [doc[i].lower_ for i in range(max(0, verb.start - 2), verb.start)]
    return any(w in ("was", "were", "been", "is", "be", "being") for w in before)


def _negated(verb: Span) -> bool:
    doc = verb.doc
    previous = [doc[i].lower_ for i in range(max(0, verb.start - 3), verb.start)]
    return any(w in ("not", "n't", "never") for w in previous) or verb[0].lower_ in ("not", "never")


def _has_treaty_object(verb: Span, clause: Span) -> bool:
    """'left the convention', 'withdrew from it', 'pulled out of the Paris Agreement' (not 'left office')."""
    window = clause.doc[verb.end : min(verb.end + 9, clause.end)]  # "from a key Cold War-era security deal"
    left_as_is = window[:1] and window[0].ent_type_ != "TREATY" and window[0].lower_ in ("open", "room", "intact")
    if left_as_is or window[1:3].text == "door open":
        return False  # "left open the option of maintaining the treaty", "left the door open": nothing left
    again = [t.lower_ for t in clause.doc[verb.end : min(verb.end + 3, clause.end)]]
    if again[:2] in (["again", "in"], ["again", "on"]) and len(again) == 3 and clause.doc[verb.end + 2].like_num:
        return True  # "left in 1984, rejoined in 2003, withdrew again in 2018": the same organisation
    for token in window:
        if token.ent_type_ == "TREATY" or token.lower_ in GENERIC_TREATY or token.lower_ == "it":
            return True
        if token.lower_ in _NOT_TREATY_OBJECTS:
            return False
        if token.text in (",", ";"):
            if _relative_perfect(verb):
                return True  # "joined Italy, which has already withdrawn, whereas ...": the treaty of the article
            if _tense(verb) not in ("past", "deed") or previous_word(verb[0]) in ("which", "who", "that"):
                return False  # "the initiative to withdraw on 10 November, ...", "X, which left in 2019, remains"
            break  # "withdrew in 2021, a move ...": the past exit's date right after the verb
    if verb.end < clause.end and clause.doc[verb.end].lower_ in ("in", "on") and verb.end + 1 < clause.end:
        following = clause.doc[verb.end + 1]
        if following.like_num or following.text in _MONTH_WORDS:
            return True  # "The US had withdrawn in November 2020": the treaty the article is about
    return verb.end >= clause.end - 1  # "... have withdrawn." with the treaty named before


def _relative_perfect(verb: Span) -> bool:
    """'Italy, which has already withdrawn, ...': a relative clause in the perfect about a State's exit."""
    before = [t.lower_ for t in verb.doc[max(0, verb.start - 3) : verb.start]]
    relative = next((i for i, w in enumerate(before) if w in ("which", "who")), None)
    return relative is not None and any(w in ("has", "have", "had") for w in before[relative + 1 :])


def _near_noun(verb: Span, clause: Span, nouns: set[str]) -> bool:
    """A notice word in the clause, singular or plural ('have sent letters confirming that they are quitting')."""
    return any(t.lower_ in nouns or t.lemma_ in nouns for t in clause) and not any(
        t.lower_ in _NOT_TREATY_OBJECTS for t in clause.doc[verb.end : min(verb.end + 3, clause.end)]
    )


_REQUIRED = {"required", "needed", "need", "needs", "must", "necessary", "requires", "require", "least"}


def _required(clause: Span) -> str | None:
    """'at least 86 out of 141 members ... are required' -> '86/141' (a claim about the threshold)."""
    if not any(t.lower_ in _REQUIRED for t in clause):
        return None
    doc = clause.doc
    for t in clause:
        if not t.like_num or t.i + 3 >= clause.end:
            continue
        words = [w.lower_ for w in doc[t.i + 1 : t.i + 4]]
        size = doc[t.i + 3] if words[:2] == ["out", "of"] else doc[t.i + 2] if words[0] == "of" else None
        if size is not None and size.like_num:
            votes, members = number_from_words(t.text), number_from_words(size.text)
            if votes and members and members > 12:
                return f"{votes}/{members}"
    return None


_ROLES = {
    "abstain": ("abstain", "abstained", "abstaining", "abstention", "abstentions"),
    "against": ("against", "opposed", "nays", "objections", "no"),
    "for": ("favour", "favor", "for", "adopt", "support", "supported", "backed", "yes", "ayes"),
}


def _role(words: Span, where: str) -> str | None:
    """The first word naming a side: after a number ('98 in favour', '14 deputies ... voted against'), or
    before it ('supported by 68 lawmakers and opposed by 14'). 'For Stability' (a party's name) is no side."""
    for word in words:
        if word.lower_ == "for" and not word.is_lower:
            continue
        if where == "before" and not (
            word.lower_ in ("supported", "backed", "opposed")
            and word.i + 1 < len(word.doc)
            and word.nbor().lower_ == "by"
        ):
            continue  # only "supported by 68", "opposed by 14"
        for role, forms in _ROLES.items():
            if word.lower_ in forms and not (where == "after" and word.lower_ == "no"):
                return role
    return None


def _share(number: Token, clause: Span) -> str | None:
    """'103 out of 141 had voted in support', '103 of 141 members voted for the bill' -> '103 of 141': the votes in
    favour among the body's members (an 'against' in the words after it is no share in favour)."""
    doc = number.doc
    words = [w.lower_ for w in doc[number.i + 1 : min(number.i + 4, clause.end)]]
    skip = 2 if words[:2] == ["out", "of"] else 1 if words[:1] == ["of"] else 0
    if not skip or number.i + skip + 1 >= clause.end or not doc[number.i + skip + 1].like_num:
        return None
    total = doc[number.i + skip + 1]
    after = doc[total.i + 1 : min(total.i + 9, clause.end)]
    a, b = number_from_words(number.text), number_from_words(total.text)
    voted = any(w.lemma_ == "vote" or w.lower_ == "voted" for w in after)
    sides = {_role(after, "after")} - {None}
    if a is None or b is None or not 0 < a <= b or not voted or sides != {"for"}:
        return None
    return f"{a} of {b}"


def _after_number(number: Token, numbers: list[Token], clause: Span) -> Span:
    stop = next((n.i for n in numbers if n.i > number.i), clause.end)
    end = min(number.i + 11, stop, clause.end)
    cut = next((t.i for t in number.doc[number.i + 1 : end] if t.lower_ in ("while", "whereas", ";", "but")), end)
    return number.doc[number.i + 1 : cut]


_FILLER = {"votes", "vote", "lawmakers", "deputies", "members", "mps", "senators", "of", "parliament", "the",
           "voted", "were", "was", "had", "cast", "lawmaker", "legislators", "with", "only", "and", ","}  # fmt: skip
_FOR = {"in", "favour", "favor", "for", "yes", "ayes", "supported", "backed"}


_VOTERS = {"mps", "deputies", "lawmakers", "members", "legislators", "senators", "parliamentarians", "votes", "voted"}


def _voters_after(number: Token) -> bool:
    """'81 MPs voted', '81 voted': the number counts voters (not 'six months ... for the decision')."""
    return any(t.lower_ in _VOTERS for t in number.doc[number.i + 1 : number.i + 3])


_TALLY_WORDS = ("vote", "ballot", "abstain", "abstention", "approve", "pass", "adopt")


def _tally(clause: Span) -> str | None:
    """'voted 142 to 21', '142-21', 'by 142 votes to 21', '98 in favour, two against, four abstained',
    'with 98 votes for, 2 against and 4 abstentions' -> 'for-against[-abstain]'."""
    doc = clause.doc
    numbers = [
        t
        for t in clause
        if (t.like_num and number_from_words(t.text) is not None and not re.fullmatch(r"(19|20)\d\d", t.text))
        or t.lower_ == "none"
    ]
    if not any(
        t.lemma_ in _TALLY_WORDS or t.lower_ in ("favour", "favor", "against", "opposed", "majority") for t in clause
    ):
        return None
    roles: dict[str, int] = {}
    numbers = [t for t in numbers if not (t.i >= clause.start + 2 and t.nbor(-1).lower_ == "of" and (
        t.nbor(-2).like_num or (t.nbor(-2).lower_ == "out" and t.i >= clause.start + 3 and t.nbor(-3).like_num)
    ))]  # fmt: skip  # "103 of 141 voted for": 141 is the body's size, no side
    for t in numbers:
        value = 0 if t.lower_ == "none" else number_from_words(t.text)
        assert value is not None
        role = _role(doc[max(clause.start, t.i - 2) : t.i], "before") or _role(
            _after_number(t, numbers, clause), "after"
        )
        if role:
            roles.setdefault(role, value)
    if "for" in roles and "against" in roles:
        return "-".join(str(roles[k]) for k in ("for", "against", "abstain") if k in roles)
    for t in numbers:
        share = _share(t, clause)
        if share:
            return share
        nxt = doc[t.i + 1 : min(t.i + 4, clause.end)]
        words = [w.lower_ for w in nxt]
        if words and words[0] in ("to", "-", "–") and len(nxt) > 1 and nxt[1].like_num:
            a, b = number_from_words(t.text), number_from_words(nxt[1].text)
            prior = [w.lemma_ for w in doc[max(clause.start, t.i - 3) : t.i]]
            if (
                a is not None
                and b is not None
                and (  # "voted 56 to 32", "by 56 to 32", "approved the withdrawal 56–44", "a 56 to 32 majority"
                    any(w in prior for w in ("vote", "by", "approve", "pass", "adopt"))
                    or any(w.lemma_ in ("vote", "majority") for w in nxt[2:])
                )
            ):
                return f"{a}-{b}"
        if len(words) >= 3 and words[0] == "votes" and words[1] == "to" and nxt[2].like_num:
            a, b = number_from_words(t.text), number_from_words(nxt[2].text)
            if a is not None and b is not None:
                return f"{a}-{b}"
    if list(roles) == ["for"] and len(numbers) == 1 and _voters_after(numbers[0]):
        return f"{roles['for']} for"  # "Altogether 81 MPs voted in favor": the votes for, the rest not told
    return None
