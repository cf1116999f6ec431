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
from functools import cached_property
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from app.provisions.agreed_date import has_own_agreed_date
from app.provisions.precondition import precondition_of
from app.reading.admissions import admission_claims
from app.reading.after_others import acting_now, after_others_claims
from app.reading.again import earlier_exits
from app.reading.ambiguous import states_in_context
from app.reading.announced import announcement_claims, announcements
from app.reading.annual import annual_rule
from app.reading.applies import not_applied_claims
from app.reading.appositives import appositive_members, fronted_members, prefixed_members
from app.reading.as_signatory import signatory_claims
from app.reading.backoff import backoff_claims
from app.reading.bounds import not_before, notice_bound
from app.reading.but_not import not_by_claims
from app.reading.circulated import depositary_circulates
from app.reading.conflict_rule import conflict_rule_claims
from app.reading.consent import consent_rule, no_clause_rule, recipient_rule, right_rule
from app.reading.context import Context
from app.reading.coordinated import for_both
from app.reading.counted_exits import counted_exit_claims
from app.reading.counts import (
    body_count,
    counted_by_it,
    counted_out_of,
    counted_with_object_left_out,
    party_counts,
    ranked_consent,
)
from app.reading.dated_exits import dated_bare_exit
from app.reading.dated_letters import letter_notices
from app.reading.described import described_treaties
from app.reading.earlier_notice import earlier_notices
from app.reading.effective_exit import dated_by_effect
from app.reading.effective_named import effective_named_claims
from app.reading.effects import (
    decided_exit,
    effect_just_taken,
    effect_kind,
    headline_value,
    immediately,
    in_force_for,
    no_immediate_exit,
    owners_inside,
    treaty_just_in_force,
)
from app.reading.elapsed import anniversaries, anniversary_of_force, entry_before
from app.reading.elided import as_did, did_so, followed_by, followed_suit, those_of
from app.reading.excepted import excepted_claims
from app.reading.exit_done import exit_dated_claims, exit_done_claims
from app.reading.exits import (
    assessed_exit,
    bound_claims,
    has_treaty_object,
    left_kind,
    negative_claims,
    no_steps_taken,
    not_bound_by_a_treaty,
    signature_withdrawn,
)
from app.reading.expulsions import expulsion_claims, organisation_left, organisation_named, organisation_noticed
from app.reading.extensions import extension_claims
from app.reading.follows import followed_in
from app.reading.forwarded import from_the_depositary
from app.reading.found import Found
from app.reading.founded import founded_claims
from app.reading.freed import forbidden_by, permitted_acts
from app.reading.gerund_subjects import gerund_subject_claims
from app.reading.given_notice import given_notice_claims
from app.reading.headline_caps import demonym_states, initialism_states, most_named
from app.reading.immediate import deemed_immediate
from app.reading.in_force_periods import in_force_periods, period_from_deposit
from app.reading.last_day import last_day_claims
from app.reading.membership_end import day_of_ending, membership_end_claims
from app.reading.mentions import (
    LAW_OF_TREATIES,
    figures_dropped,
    groups_named,
    leaders_as_states,
    mention_weight,
    modifies_a_group,
    party_to_another,
    places_in_names,
    places_left,
    places_of_exits,
    protocol_to,
)
from app.reading.named_members import named_member_claims
from app.reading.neither import shared_denials, without_consent
from app.reading.nominal import nominal_claims, nominals
from app.reading.nonmembers import non_member_claims, non_member_predicates, non_participation_claims
from app.reading.notice_phrases import notice_phrase_claims
from app.reading.notices import (
    exit_in_view,
    letter_named,
    process_begun_undated,
    reported_on,
    said_on,
    tells_leaving,
    to_a_parliament,
    told_exit,
    week_up_to,
)
from app.reading.one_of import bodies_left
from app.reading.only_outsider import only_outsider_claims
from app.reading.organisation_titles import organisation_titles
from app.reading.others import the_others
from app.reading.outsiders import outsider_claims
from app.reading.periods import about_exit, no_period_rule, periods
from app.reading.person_names import places_in_person_names
from app.reading.pipeline import Reading, reading_for, sentence_initial_lemmas, title_case_lemmas
from app.reading.predecessors import predecessor_claims
from app.reading.pro_verbs import denied_did_so, done_so, lists_in
from app.reading.protocols import protocols_named
from app.reading.qualified import regional_names
from app.reading.questions import asks
from app.reading.ratification import (
    another_states_entry,
    approval_rule,
    by_others,
    consent_dated,
    consent_form,
    house_supports,
    instrument_of_consent,
    instruments_of_an_entry,
    made_instrument,
    parliament_near,
    refused_consent,
    signed_paper,
    signers,
    treaty_approved,
    undated_ratification,
    undated_signature,
)
from app.reading.recency import compared, in_passing, mention_kinds
from app.reading.repeated import REPEATING, repeated_moves
from app.reading.returns import return_claims
from app.reading.shared_names import shared_names_resolved
from app.reading.signatory_status import signatory_status_claims
from app.reading.signing import joined_by_signing, joined_by_signing_claims
from app.reading.since_notice import since_notices
from app.reading.spans import doc_text
from app.reading.status_since import status_since
from app.reading.subjects import (
    members_listed,
    named_here,
    numbered_group_subject,
    one_per_state,
    subjects,
    the_named_group,
)
from app.reading.tense import asserted_tense, decision_year, joining, reading_tense, tense_of, was_due
from app.reading.tenure import membership_lengths, of_which_it
from app.reading.terminations import termination_claims
from app.reading.timeline import heading_date, section_heading
from app.reading.treaty_refs import annulled, clause_treaty, left_by_relative, party_to, that_move, treaty_for
from app.reading.triggers import (
    counted_from,
    dated_until,
    first_day_states,
    followed_by_effective,
    kept_triggers,
    longest,
    reversal_restated,
    subordinate,
    suspension_dates,
)
from app.reading.undone import reversed_exit, reversed_under, revokes_something_else
from app.reading.unknown_titles import names_a_new_instrument, names_an_unknown_instrument
from app.reading.verb_dates import (
    clause_dates,
    date_for,
    first_day_in_office,
    leader_took_office,
    reach,
    resolved,
)
from app.reading.visited import visited_members
from app.reading.vocabulary import (
    ENTRY_NOUN_STARTS,
    EXIT_HEADS,
    FOUNDED_BODIES,
    FROM,
    GENERIC_TREATY,
    GIVEN_UP,
    INVOKING,
    NOTIFICATION_NOUNS,
    ORDINALS,
    PARTY_CONSENT_KINDS,
    WITHDRAWAL_NOUNS,
)
from app.reading.votes import vote_claims
from app.reading.walked import sentences_indexed, walked
from app.reading.when import claim_value, resolve
from app.reading.words import (
    actors_in,
    body_state,
    clauses,
    dateline_place,
    generic_references,
    house_subject,
    matches_of,
    mentions_withdrawal,
    near_noun,
    negated,
    set_aside,
    signing_agent,
    status_date,
    told_something_else,
    with_year,
)
from app.reading.years_after import deeds_years_before
from app.rulebook import Rulebook
from app.services.partial_dates import PartialDate
from schemas.checks import Claim, ClaimKind
from schemas.rules import EffectAnnualDateWithDeadline, Treaty

_BROKEN_DATE = re.compile(
    r"\b((?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)\n(?=\d{1,2}(?:st|nd|rd|th)?(?:[.,;:)]|,? \d{4}|$))", re.M
)


def _unbroken(text: str) -> str:
    """The text with a line break inside a date mended ('will become official on Jan.' / '20. The withdrawal ...':
    a stored copy cut at the abbreviation's period), same length so offsets hold."""
    return _BROKEN_DATE.sub(r"\1 ", text)


class Reader:
    """The reader for one rulebook. The spaCy pipeline is built on first use, once per process."""

    def __init__(self, rulebook: Rulebook, backoff: bool = True) -> None:
        self.rulebook = rulebook
        self.backoff = backoff  # the back-off reading after the construction readers (backoff.py)

    @property
    def reading(self) -> Reading:
        return reading_for(self.rulebook)

    @cached_property
    def _own_term(self) -> frozenset[str]:
        """The treaties that ended, by a term of their own or otherwise (`terminated` in the rule file): their
        'expiry' is theirs, no State's exit (New START Art. XIV(2))."""
        return frozenset(t.id for t in self.rulebook.treaties.values() if t.terminated is not None)

    def _nouns(self, treaty_id: str) -> set[str]:
        words = {w.casefold() for n in self._names(treaty_id) for w in n.split()}
        nouns = words & GENERIC_TREATY
        if nouns & {"treaty", "convention", "agreement", "protocol", "statute", "charter", "covenant"}:
            nouns |= {"treaty", "pact", "accord", "document"}
        if words & FOUNDED_BODIES:  # "International Centre for Settlement of ...": a body the treaty founds
            nouns |= {"body", "institution"}
        return nouns

    def _names(self, treaty_id: str) -> list[str]:
        """The treaty's names, from its rule file or, without one, from world/unruled."""
        treaty = self.rulebook.treaties.get(treaty_id)
        if treaty is not None:
            return [treaty.name, treaty.short_name, *treaty.aliases]
        return next(([u.name, *u.aliases] for u in self.rulebook.world.unruled if u.id == treaty_id), [])

    def _named_exits(
        self, clause: Span, treaties: list[Span], dates: list[Span], claims: list[Claim], context: Context
    ) -> list[Claim]:
        """The clause's claims with those of an exit told by its own name (rule files' exit_names): 'Brexit has
        finally happened' (done); 'Brexit will become official at 11pm on Friday, January 31' (the exit taking
        effect that day, not the treaty's entry into force, which is dropped)."""
        named_exits = {e.text: s for e in treaties if (s := self._exit_names(str(e.ent_id_)).get(e.text))}
        claims = claims + exit_done_claims(clause, treaties, named_exits, context)
        exits_due = exit_dated_claims(clause, treaties, named_exits, dates, context)
        owned = {c.treaty for c in exits_due}
        return [c for c in claims if not (c.kind == "entry_into_force" and c.treaty in owned)] + exits_due

    def _exit_names(self, treaty_id: str) -> dict[str, str]:
        treaty = self.rulebook.treaties.get(treaty_id)
        return dict(treaty.exit_names) if treaty is not None else {}

    def _name_all(self, treaties: list[Span], clause: Span, context: Context) -> None:
        for ent in treaties:
            self._name(ent, context)
        if context.headline and context.exited is None and _headline_exit(clause, treaties):
            context.exited = str(treaties[0].ent_id_)  # "What is the UNFCCC and why is the US pulling out": what a
            # later 'the withdrawal' with no treaty leaves, not the treaty named last ('the Paris Agreement')
        if any(e.label_ == "TREATY" and party_to_another(e) for e in clause.ents):
            context.another = True  # "the EU-Mercosur agreement": "the agreement" is that one until a treaty is named
        elif names_an_unknown_instrument(clause) or names_a_new_instrument(clause):
            context.another = True  # "the High Seas Treaty", "agreed to draft a new international treaty": "the
            # treaty" is that one until a known treaty is named

    def _name(self, ent: Span, context: Context) -> None:
        """An organisation's acronym ("NATO") says less about the treaty than its name; a treaty named as what a
        withdrawal leaves ("a withdrawal from the U.N. Framework Convention") is what "that move" refers to."""
        doc = ent.doc
        left = any(
            t.lower_ in WITHDRAWAL_NOUNS or t.lemma_ in ("withdraw", "leave", "quit", "exit")
            for t in doc[max(0, ent.start - 4) : ent.start]
        ) and any(t.lower_ == "from" for t in doc[max(0, ent.start - 3) : ent.start])
        if modifies_a_group(ent, ent.sent):
            return  # "EU lawmakers voted to refer the pact": the organisation's members or organs
        kinds = None if in_passing(ent) else mention_kinds(ent, self._names(str(ent.ent_id_)))
        context.named(str(ent.ent_id_), self._nouns(str(ent.ent_id_)), mention_weight(ent), left, kinds)

    def _periods(self, reading: Reading, clause: Span, treaty: str | None, context: Context) -> list[Claim]:
        """Notice periods and rule claims; a clause about the effect with no treaty of its own ('the revocation
        will take effect six months from the date of filing') is about the treaty named last, and 'That move ...'
        about the treaty the last withdrawal named leaves."""
        found = [m for m in matches_of(reading.durations, clause.doc) if clause.start <= m[1] and m[2] <= clause.end]
        dates = [clause.doc[s:e] for _, s, e in matches_of(reading.dates, clause.doc) if clause.start <= s < clause.end]
        if not found and len(dates) < 2:  # no period, and not the two days of a rule of fixed days
            if not (treaty or context.treaty):
                return []
            about = treaty or context.refer(None) or ""  # "the withdrawal needs the approval of the other parties"
            near_exit = context.since_withdrawal <= 2 or mentions_withdrawal(clause)  # "There is no time limit"
            rules = (
                right_rule(clause, about),
                consent_rule(clause, about),
                recipient_rule(clause, about),
                no_clause_rule(clause, about),  # "the WHO Constitution lacked a withdrawal provision"
                no_period_rule(clause, about, near_exit),
            )
            return [c for c in rules if c]
        if not any(e.label_ == "TREATY" for e in clause.ents) and context.exited and that_move(clause):
            treaty = context.exited
        treaty = treaty or (context.refer(None) if about_exit(clause) else None)
        if treaty is None:
            return []
        claims = list(periods(found, clause, treaty, context.treaty, self._waits(treaty))) if found else []
        told = recipient_rule(clause, treaty) if found else None  # "must notify the Council of Europe ... with six
        claims += [told] if told and not any(c.value.startswith("notification to") for c in claims) else []  # months'
        # notice": the recipient besides the period
        if context.exited and not any(e.label_ == "TREATY" for e in clause.ents):  # "it remains subject to its
            claims = [_survives_in(c, context.exited) for c in claims]  # obligations for 20 years": the treaty left
        annual = annual_rule(dates, clause, treaty) if self._fixes_days(treaty) else None  # "on June 30 ... by Jan. 1"
        return claims + ([annual] if annual else [])

    def _freed(self, clause: Span, actors: list[Span], dates: list[Span], context: Context) -> list[Claim]:
        """'from December 27, 2025, Latvia is legally permitted to acquire ... anti-personnel mines': not bound by
        the treaty (the one the article discusses) from that day (app/reading/freed.py)."""
        acts = permitted_acts(clause)
        treaty = context.withdrawn_from()
        if acts is None or treaty is None or not actors:
            return []
        if not forbidden_by(acts, self._names(treaty)):
            return []
        dated = [d for d in dates if d.end <= acts.start and d.start > 0 and clause.doc[d.start - 1].lower_ in FROM]
        if not dated and any(t.lower_ in ("will", "would", "shall") for t in clause.doc[acts.start - 6 : acts.start]):
            return []  # "will be allowed to start producing ... six months after it notifies": not the report's day
        when = resolve(with_year(dated[-1]), context.published, "past") if dated else None
        on = when.start if when is not None and when.precision == "day" else context.published
        states = list(dict.fromkeys(str(e.ent_id_) for e in actors if e.end <= acts.start))
        return [
            Claim(kind="bound_on", treaty=treaty, state=one, value="false", on=on, as_of=context.published)
            for one in states
        ]

    def _not_before(self, verb: Span, context: Context) -> str | None:
        """'unable to go into effect for another year': no sooner than a year after the report (bounds.py)."""
        durations = [verb.doc[s:e] for _, s, e in matches_of(self.reading.durations, verb.doc)]
        return not_before(verb, durations, context.published)

    def _fixes_days(self, treaty_id: str) -> bool:
        """The treaty's exit takes effect on a fixed day of the year (ICRW Art. XI): only then do two days without a
        year state its rule rather than one exit's dates."""
        treaty = self.rulebook.treaties.get(treaty_id)
        owned = self.rulebook.owned_provisions(treaty).values() if treaty else []
        return any(isinstance(o.provision, EffectAnnualDateWithDeadline) for o in owned)

    def _extended(
        self, clause: Span, actors: list[Span], treaties: list[Span], dates: list[Span], treaty: str | None,
        context: Context,
    ) -> list[Claim]:  # fmt: skip
        """'EU grants Article 50 extension to January 31 2020' (extensions.py): for a treaty whose own rules let the
        exit's date be agreed (TEU Art. 50(3)), the state leaving named in the clause, by the exit's name
        ('Brexit') or in the article."""
        rules = self.rulebook.treaties.get(treaty) if treaty else None
        if treaty is None or rules is None or not has_own_agreed_date(self.rulebook.owned_provisions(rules).values(),
                                                                        treaty):  # fmt: skip
            return []
        exiting = [self._exit_names(str(e.ent_id_)).get(e.text) or "" for e in treaties]  # "Brexit"
        named = [str(e.ent_id_) for e in actors] + exiting + [context.state or "", *context.ahead_states]
        return extension_claims(clause, dates, treaty, next((s for s in named if s), None), context.published)

    def _waits(self, treaty_id: str) -> bool:
        """The treaty makes a party wait before it may give notice (a precondition, Paris Art. 28(1))."""
        treaty = self.rulebook.treaties.get(treaty_id)
        return treaty is not None and precondition_of(self.rulebook.owned_provisions(treaty).values()) is not None

    def _marked(self, doc: Doc, reading: Reading, published: dt.date) -> Doc:
        """The paragraph with its names read in context: leaders and ambiguous names as states, descriptions as
        treaties, figures of speech dropped, places in names and capitals left as treaties."""
        doc = states_in_context(leaders_as_states(places_in_person_names(doc), reading, published))
        doc = figures_dropped(
            regional_names(described_treaties(doc, reading.gazetteer.described), reading.gazetteer.described)
        )
        doc = organisation_titles(doc, reading.gazetteer.described, reading.gazetteer.organisations)  # "the Council
        # of Europe Agreement on the Prevention of and Combating Violence Against Women": the Istanbul Convention
        return places_left(places_in_names(doc), reading.gazetteer.places)

    def find(self, text: str, published: dt.date) -> list[Found]:
        reading = self.reading
        context = Context(published, leaders=reading.gazetteer.leaders, groups=reading.gazetteer.groups)
        found: list[Found] = []
        paragraphs = [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", _unbroken(text)) if m.group().strip()]
        docs = [
            self._marked(sentences_indexed(doc), reading, published)
            for doc in reading.nlp.pipe(p.replace("İ", "I") for _, p in paragraphs)  # "İstanbul": same offsets
        ]
        docs = shared_names_resolved(docs, reading.gazetteer.shared)  # "the Washington Convention" of ICSID
        named_here = {str(e.ent_id_) for doc in docs for e in doc.ents if e.label_ == "TREATY"}
        docs = [places_of_exits(doc, reading.gazetteer.place_treaties, named_here) for doc in docs]  # "Paris exit"
        protocols, places = reading.gazetteer.protocols, reading.gazetteer.place_treaties
        docs = [protocols_named(doc, protocols, places, named_here) for doc in docs]  # "the Optional Protocol to the"
        treaties = [
            e for doc in docs for e in doc.ents if e.label_ == "TREATY" and not (party_to_another(e) or protocol_to(e))
        ]
        named = [e for e in treaties if not e.text.isupper()] or treaties  # else "the ... (ICSID) treaty"
        if named:  # a headline's "the convention" is the treaty the article goes on to name first
            context.ahead = str(named[0].ent_id_)
            context.ahead_nouns = self._nouns(context.ahead)
            context.ahead_named = [(t, self._nouns(t)) for t in dict.fromkeys(str(e.ent_id_) for e in named)]
        context.ahead_states = _first_states(docs[1:])
        context.ahead_most = most_named(docs[1:], {str(e.ent_id_) for e in docs[0].ents} if docs else set())
        context.ahead_treaties = _first_states(docs[1:], ("TREATY",))
        before: list[Claim] = []  # the claims of the sentence before ('Israel followed suit.')
        for n, ((offset, _), doc) in enumerate(zip(paragraphs, docs, strict=True)):
            context.heading = (
                heading_date(docs[n - 1], matches_of(reading.dates, docs[n - 1]), doc_text(doc)) if n else None
            )
            context.headline = n == 0 or section_heading(doc, n, len(docs))
            context.lede = n <= 1
            context.following = paragraphs[n + 1][1] if n + 1 < len(paragraphs) else ""
            if (n == 0 or (context.headline and _state_then_verb(doc))) and _title_case(doc):
                title_case_lemmas(doc)  # "US To Pull Out Of Paris Climate Agreement In Jan 2026"; a section's
                # heading too ("U.S. Exits UNFCCC" under 'What's the Big Deal?', LocalNews.digital, January 2026)
                initialism_states(doc, reading.gazetteer.states)  # "Uk Withdraws From Energy Charter Treaty"
            if n == 0:
                demonym_states(doc, reading.gazetteer.states)  # "North Koreans Withdraw From Nuclear Treaty"
            sentence_initial_lemmas(doc)  # "Signed in 1997, the Ottawa Convention ..."
            sentences = [walked(s) for s in doc.sents]
            for i, sentence in enumerate(sentences):
                after = sentences[i + 1] if i + 1 < len(sentences) else _first_sentence(docs[n + 1 :])
                context.listed_next = members_listed(after) if after is not None else []
                claims = list(self._sentence(reading, doc, sentence, context, before))
                before = claims
                if self.backoff:
                    claims = claims + backoff_claims(reading, sentence, claims, context)
                if asks(sentence):
                    claims = []  # "Which countries have already withdrawn from the Ottawa Convention?" asserts nothing
                claims = _without_undated_twins(claims, sentence)
                context.since_withdrawal = 0 if mentions_withdrawal(sentence) else context.since_withdrawal + 1
                context.exit_named = context.exit_named or context.since_withdrawal == 0
                context.previous_states = list(dict.fromkeys(str(e.ent_id_) for e in actors_in(sentence)))
                context.deed_before = any(c.kind in _DEEDS and c.state for c in claims)
                context.sentence_before = sentence
                context.consents_before = [
                    (c.treaty, c.state)
                    for c in claims
                    if c.kind in PARTY_CONSENT_KINDS and c.state and c.value != "false"
                ]
                context.deposits_before = [
                    (c.treaty, c.state) for c in claims if c.kind in ("ratified", "acceded") and c.value != "false"
                ]
                context.notices_before = [
                    (c.treaty, c.state, c.value) for c in claims if c.kind == "notification_date" and len(c.value) == 10
                ]
                context.exits_before = list(dict.fromkeys(c.state for c in claims if c.kind in _DEEDS and c.state))
                context.last_exits = context.exits_before or context.last_exits
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

    def _sentence(
        self, reading: Reading, doc: Doc, sentence: Span, context: Context, before: list[Claim]
    ) -> Iterator[Claim]:
        claims = [claim for clause in clauses(sentence) for claim in self._clause(reading, doc, clause, context)]
        claims = followed_in(sentence, claims, context, clause_dates(reading, sentence))  # "Russia follows US in
        # withdrawal from Open Skies Treaty"
        yield from claims
        if not any(c.kind == "rule" for c in claims):  # "... unless in armed conflict" with the period: that rule's
            yield from conflict_rule_claims(sentence, context)  # "cannot take effect until the conflict ends"
        yield from as_did(sentence, claims)
        yield from gerund_subject_claims(sentence, context.published)  # "Exiting ICSID ... are the measures taken"
        yield from followed_suit(sentence, claims, before)
        yield from the_others(
            sentence, before
        )  # "... one of three countries that informed ... The others were A and B"
        yield from did_so(sentence, clause_dates(reading, sentence), claims, before, context.published)
        yield from followed_by(sentence, clause_dates(reading, sentence), claims, context.published)  # "..., followed
        # by Italy in 2015"
        yield from done_so(reading, sentence, context.sentence_before, claims, context)  # "None ... have done so yet"
        yield from denied_did_so(sentence, claims)  # "while Russia ratified the CTBT in 2000, the United States failed
        # to do so"
        yield from repeated_moves(reading, sentence, claims, context)  # "..., repeating a move he had ordered in 2017"
        yield from visited_members(sentence, context.published)  # "Putin Arrives in Mongolia, His First Visit to ICC
        # Member"

    def _clause(self, reading: Reading, doc: Doc, clause: Span, context: Context) -> Iterator[Claim]:
        treaties = _treaties_in(clause, context)
        actors = acting_now(clause, actors_in(clause))  # not ", after Bolivia,"
        generic = generic_references(clause)
        exiting = list(  # "Brexit": the treaty's exit names say whose exit it is (rule files, exit_names)
            dict.fromkeys(s for e in treaties if (s := self._exit_names(str(e.ent_id_)).get(e.text)))
        )
        dates = suspension_dates(_counted_from(reading, clause, clause_dates(reading, clause), context), clause)
        triggers = longest(
            [(reading.nlp.vocab.strings[m], clause.doc[s:e]) for m, s, e in matches_of(reading.triggers, clause.doc)
             if clause.start <= s and e <= clause.end],
        )  # fmt: skip
        triggers = _deeds(kept_triggers(triggers, dates, clause, context.headline), clause)
        claims: list[Claim] = []
        respectively = any(t.lower_ == "respectively" for t in clause)
        for n, (label, verb) in enumerate(triggers):
            if label == "LEAVE" and followed_by_effective(triggers[n + 1 :], verb):
                continue  # "withdrew from the Agreement effective 2020 November 4": the date it took effect
            if label == "LEAVE" and (notice := _telling(triggers[:n], verb, clause)) is not None:
                claims += self._told_effect(notice, verb, triggers, treaties, generic, actors, dates, clause, context)
                continue  # "informed UNESCO that it would withdraw ... on 31 December 2018": the day the notice names
            if label == "LEAVE" and n and triggers[n - 1][0] == "NOTIFY" and verb.start - triggers[n - 1][1].end < 8:
                continue  # "Finland has notified the United Nations it is leaving": what the notice says
            if subordinate(verb, clause) and not dated_until(label, verb, clause, dates):
                continue  # "once the UK has left", "if Russia withdraws": not asserted
            if label == "BOUND" and any(dated_until(lb, v, clause, dates) for lb, v in triggers[n + 1 :]):
                continue  # "remains a member until its withdrawal takes effect on D": the effect says when
            treaty = self._treaty_of(label, verb, treaties, generic, clause, context)  # "quits Council of Europe"
            if treaty is None:  # "quits two more bodies"; "UNESCO was one of several bodies Trump withdrew from"
                claims += self._each_named_ahead(label, verb, actors, clause, context, date_for(verb, dates, triggers))
                continue
            house = house_subject(verb, actors, clause, reading) if label in ("RATIFY", "ACCEDE") else []
            states = first_day_states(verb, dates, actors) or house or subjects(verb, actors, clause, context)
            states = states or exiting or owners_inside(verb, actors)
            following = [v.start for _, v in triggers if v.start > verb.start]
            later = [d for d in dates if verb.end <= d.start < reach(verb, min(following, default=len(doc)), dates)]
            if pairs := _each_dated(actors, later, verb) or _respectively(respectively, states, later):
                for state, date in pairs:  # "...: Burundi in 2017 and the Philippines in 2019", "... respectively"
                    claims += self._from_trigger(label, verb, treaty, [state], date, clause, context)
                continue
            dated = date_for(verb, dates, triggers) or _headed(verb, context)  # a timeline's entry date, above
            dated = dated or leader_took_office(label, verb, dates)  # "gave notice ... on the first day of his term"
            dated = dated or status_since(label, verb, clause, _dates_in(reading, clause))  # "out of X since D"
            if label == "NOTIFY" and (dated is None or said_on(dated, verb)):  # "..., the ministry said on Thursday"
                reported = reported_on(verb, dates, clause) if dated is None else dated
                found = self._from_trigger(label, verb, treaty, states, reported, clause, context)
                claims += [week_up_to(c) if reported else c for c in found]  # a restated notice keeps its day
                continue
            claims += self._from_trigger(label, verb, treaty, states, dated, clause, context)
        claims += self._freed(clause, actors, dates, context)
        claims = self._named_exits(clause, treaties, dates, claims, context)  # "Brexit has finally happened"
        claims += last_day_claims(clause, actors, dates, context.published)  # "will mark X's final day as a member"
        claims += those_of(clause, actors, dates, claims, context) + deeds_years_before(clause, actors, context)
        claims += self._nominal(clause, actors, dates, [v for _, v in triggers], treaties, generic, claims, context)
        for item in announcements(clause, actors, dates, [v for _, v in triggers]):
            claims += announcement_claims(item, context)
        claims += expulsion_claims(clause, actors, dates, reading.gazetteer.organisations, context)  # "was expelled"
        treaty_here = clause_treaty(treaties, generic, clause, context)
        days = anniversaries(_dates_in(reading, clause))  # not "Yesterday" of "Yesterday marked 75 years since"
        claims += self._in_passing(clause, actors, treaties, days, treaty_here, context)  # "The ICC, founded in"
        claims += termination_claims(clause, actors, days, treaty_here or context.refer(None), context.published)
        claims += day_of_ending(clause, actors, reading.gazetteer.organisations, days, context.published)  # "after
        # March 15, the day the Russian Federation's membership in the Council of Europe ended"
        admitting = treaty_here or organisation_named(clause, reading.gazetteer.organisations) or context.refer(None)
        claims += admission_claims(clause, actors, days, admitting, context)  # "when the body admitted Palestine"
        claims += self._memberships(clause, treaty_here, actors, context)
        if treaty_here:  # "the date of ratification—in the case of the U.S., November 4, 2016"
            claims += consent_dated(clause, actors, dates, treaty_here, context.published)
        joiners = tuple(c.state for c in claims if c.kind == "joined" and c.state and c.value != "false")
        claims += self._counts(clause, treaties, generic, treaty_here, dates, context, joiners)
        claims += self._periods(reading, clause, treaty_here, context)
        claims += self._in_force_periods(clause, treaty_here, actors, context)
        claims = self._joining_others(clause, actors, dates, treaty_here, claims, context)
        claims += _denied_to(clause, actors, treaty_here, context.published)  # "but not by X", "not apply to X"
        claims = dated_by_effect(claims, clause, context.published)  # "has withdrawn ..., effective from December 27"
        yield from for_both(clause, entry_before(clause, claims))
        self._name_all(treaties, clause, context)
        _parliament_named(clause, reading, context)  # "the Riigikogu", "the European Parliament"
        _actors_named(actors, context)

    def _in_force_periods(
        self, clause: Span, treaty: str | None, actors: list[Span], context: Context
    ) -> list[Claim]:  # fmt: skip
        """'It will come into force 60 days after being received by the U.N. secretary general': when the treaty (the
        one 'it' refers to) enters into force for a State, where its rule file holds the clause that says so
        (app/reading/in_force_periods.py)."""
        about = treaty or (context.refer("it") if any(t.lower_ == "it" for t in clause) else None)
        held = self.rulebook.treaties.get(about) if about else None
        if held is None or held.state_entry_into_force is None:
            return []
        return list(in_force_periods(clause, self._durations(clause), about, actors))

    def _durations(self, clause: Span) -> list[tuple[int, int, int]]:
        return [m for m in matches_of(self.reading.durations, clause.doc) if clause.start <= m[1] < clause.end]

    def _nominal(
        self, clause: Span, actors: list[Span], dates: list[Span], verbs: list[Span], treaties: list[Span],
        generic: list[Token], claims: list[Claim], context: Context,
    ) -> list[Claim]:  # fmt: skip
        """Claims written as noun phrases: exits (nominal.py: "Manila's withdrawal on Sunday"), returns (returns.py:
        "the return of Ecuador to ICSID was carried out"), notices (notice_phrases.py: "October's notification to the
        United Nations of its intent to withdraw") and effects (effective_named.py: "January 29, 2025 is the effective
        date of Mali's withdrawal"), these two only for states the clause's other readers gave none of their kind."""
        found = [
            c for nominal in nominals(clause, actors, dates, verbs) for c in nominal_claims(nominal, clause, context)
        ]
        told = {(c.kind, c.treaty, c.state) for c in claims}  # "the return of Ecuador to ICSID" (returns.py)
        found += [c for c in return_claims(clause, actors, dates, context) if (c.kind, c.treaty, c.state) not in told]
        reading = self.reading
        spans = [clause.doc[s:e] for _, s, e in matches_of(reading.durations, clause.doc) if clause.start <= s]
        treaty = clause_treaty(treaties, generic, clause, context)
        notices = notice_phrase_claims(clause, actors, _dates_in(reading, clause), spans, treaty, context)
        given = {(c.treaty, c.state) for c in claims + found if c.kind == "notification_date"}
        found += [n for n in notices if (n.treaty, n.state) not in given]
        effects = effective_named_claims(clause, actors, _dates_in(reading, clause), treaty, context, self._own_term)
        dated = {(c.treaty, c.state) for c in claims + found if c.kind == "effective_date"}
        return found + [e for e in effects if (e.treaty, e.state) not in dated]  # "D is the effective date of"

    def _counts(
        self, clause: Span, treaties: list[Span], generic: list[Token], treaty: str | None, dates: list[Span],
        context: Context, joiners: tuple[str, ...] = (),
    ) -> list[Claim]:  # fmt: skip
        """The party counts of a clause: 'The Council of Europe, now with 46 member states', 'It has been ratified by
        101 countries' (the treaty last named); an ordinal member with no state named is the one the clause has read
        joining (``joiners``)."""
        counted = party_to(treaties, generic, clause, context) or treaty
        counted = counted or (context.refer("it") if counted_by_it(clause) else None)
        counted = counted or (context.refer("it") if counted_with_object_left_out(clause) else None)
        counted = counted or (context.refer("it") if counted_out_of(clause) else None)
        counted = counted or organisation_named(clause, self.reading.gazetteer.organisations)
        if (body := body_count(clause, self.reading.gazetteer.organisations)) is not None:
            return [body]  # "the 47-nation Council of Europe": the organisation's own members
        if not counted:
            return []
        in_force = self.rulebook.treaties[counted].entry_into_force if counted in self.rulebook.treaties else None
        return list(party_counts(clause, counted, dates, in_force, joiners, context.published))

    def _in_passing(
        self, clause: Span, actors: list[Span], treaties: list[Span], days: list[Span], treaty: str | None,
        context: Context,
    ) -> list[Claim]:  # fmt: skip
        """Facts told in passing: 'The ICC, established in 2002' (founded.py), 'extension to January 31 2020'
        (extensions.py), 'the third country to leave, following Burundi and the Philippines' (predecessors.py)."""
        founded = founded_claims(clause, treaties, days, context, self._names)
        founded += self._extended(clause, actors, treaties, days, treaty or context.refer(None), context)
        counted = counted_exit_claims(clause, actors, days, context)  # "the third agency Trump has exited"
        counted += signatory_claims(clause, actors, treaty, context)  # "Malaysia's withdrawal as a signatory of"
        counted += signatory_status_claims(clause, actors, treaty, context)  # "X is a signatory ..., but not a party"
        return founded + predecessor_claims(clause, actors, treaty, days, context) + counted

    def _leaves_something(self, verb: Span, clause: Span) -> bool:
        """'left the convention', 'quits Council of Europe', 'the withdrawal', 'was annulled', 'one of the bodies it
        left' (not 'left office')."""
        return bool(
            has_treaty_object(verb, clause)
            or verb[0].lower_ in ("withdrawal", "exit")
            or annulled(verb)
            or signature_withdrawn(verb)  # "Moscow withdrew its signature in 2016": of the treaty discussed
            or organisation_left(verb, clause, self.reading.gazetteer.organisations)
            or bodies_left(verb, clause)  # "one of several bodies Trump withdrew from"
            or (verb[0].lower_ in ("withdrew", "withdrawn") and any(t.ent_type_ == "STATE" for t in verb[1:]))
            or dated_bare_exit(verb)  # "the three countries officially withdrew this Saturday"
            or left_by_relative(verb)  # "Unlike the Paris Agreement, which Trump also exited, ..."
        )  # "who withdrew the United States during his first term": the State inside, the treaty named before

    def _treaty_of(
        self, label: str, verb: Span, treaties: list[Span], generic: list[Token], clause: Span, context: Context
    ) -> str | None:
        """The treaty a trigger is about: for a notice, an organisation its 'withdrawal from' names ('notified ... of
        its withdrawal from the organization', expulsions.organisation_noticed); else the treaty the verb names or
        refers to; else the founding treaty of an organisation an exit's object names ('quits Council of Europe')."""
        noticed = (
            organisation_noticed(verb, clause, self.reading.gazetteer.organisations) if label == "NOTIFY" else None
        )
        kept = [e for e in treaties if not set_aside(e, verb)]
        return (
            noticed
            or treaty_for(verb, kept, generic, context, label)
            or self._organisation_left(label, verb, clause, context)
        )

    def _organisation_left(self, label: str, verb: Span, clause: Span, context: Context) -> str | None:
        """'Russia quits Council of Europe': the founding treaty of the organisation an exit's object names, named
        for what 'the council' refers to next."""
        treaty = (
            organisation_left(verb, clause, self.reading.gazetteer.organisations)
            if label in ("LEAVE", "JOIN") or (label == "BOUND" and verb[-1].lower_ == "of")
            else None
        )  # "Turkey is a member of the Council of Europe": a member of the organisation its Statute founds
        if treaty is not None:
            context.named(treaty, self._nouns(treaty), 1.0, left=label != "BOUND", kinds=frozenset())
        return treaty

    def _each_named_ahead(
        self, label: str, verb: Span, actors: list[Span], clause: Span, context: Context, date: Span | None
    ) -> list[Claim]:
        """'Nicaragua quits two more international organisations' (a headline naming no treaty): the exit from each
        treaty the body goes on to name first; 'UNESCO was one of several international bodies Trump withdrew from
        during his first term, along with the WHO' (one_of.py): from each the clause names, on the verb's date."""
        left = bodies_left(verb, clause) if label == "LEAVE" else []
        if not left and (label != "LEAVE" or not context.headline or not _several_bodies(verb, clause)):
            return []
        states, dated = subjects(verb, actors, clause, context), date if left else None
        return [c for t in left or context.ahead_treaties
                for c in self._from_trigger(label, verb, t, states, dated, clause, context)]  # fmt: skip

    def _joining_others(
        self, clause: Span, actors: list[Span], dates: list[Span], treaty: str | None, claims: list[Claim],
        context: Context,
    ) -> list[Claim]:  # fmt: skip
        """The clause's claims, once 'join' has been read with whom it joins: 'joined other nations in signing'
        (a signature), 'will join A, B and C as nations not party to' (their status, not the joiner's, said once), and
        the denials the states after 'neither are' / 'nor has' share."""
        if signing := joined_by_signing(clause):
            claims = joined_by_signing_claims(signing, clause, actors, dates, claims, context)
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
        claims = since_notices(
            clause, actors, dates, treaty or context.treaty, context.published, claims, (context.state, context.states)
        )
        claims = earlier_notices(clause, actors, dates, treaty or context.treaty, context.published, claims)  # "...,
        # filed one year earlier, became effective"
        claims += without_consent(clause, claims)  # "signed the statute without ratification"
        claims += only_outsider_claims(clause, actors, treaty, context.published, claims)  # "the only country that"
        meant = treaty or context.refer(None)  # the last treaty named when the clause names none
        claims += anniversary_of_force(clause, meant, context.published)  # "the first anniversary of the entry
        # into force of the TPNW observed today"
        claims += after_others_claims(clause, actors_in(clause), meant, context.published)  # "the second country, after
        # Bolivia, to withdraw from ICSID"
        claims += non_member_claims(clause, actors, meant, context.published)  # "non-signatories including X, Y";
        # "Among the non-signatories are"
        claims += non_member_predicates(clause, actors, meant, context.published)  # "Israel is a non-signatory to"
        claims += named_member_claims(clause, actors, context.published)  # "Israel is not an ICC member"
        claims += non_participation_claims(clause, actors, meant, context.published)  # "Russia's non-participation
        # in the treaty"
        claims += appositive_members(clause, actors, context.published)  # "Mongolia, an ICC member state,"
        claims += prefixed_members(clause, actors, context.published)  # "Putin's visit to ICC member Mongolia"
        claims += fronted_members(clause, actors, context)  # "As a member of the ICC, South Africa is obliged"
        claims += letter_notices(clause, actors, dates, treaty or context.refer(None), context)  # "This letter,
        # dated 27 April 2017, ... presents ... the official notification of Venezuela's definitive withdrawal"
        return claims + shared_denials(clause, actors, claims)  # "..., and neither are China and Russia"

    def _from_trigger(
        self, label: str, verb: Span, treaty: str, states: list[str], date: Span | None, clause: Span,
        context: Context,
    ) -> list[Claim]:  # fmt: skip
        if label == "EFFECT" and (bound := self._not_before(verb, context)) is not None and states:
            return one_per_state({"treaty": treaty, "as_of": context.published}, "effective_date", states, bound,
                                 "future")  # fmt: skip  # "unable to go into effect for another year"
        if label == "LEAVE" and no_steps_taken(verb) and states:  # "has not yet taken any steps to leave"
            return one_per_state({"treaty": treaty, "as_of": context.published}, "withdrew", states, "false", "past")
        if (label == "EFFECT" and negated(verb) and immediately(label, verb)) or no_immediate_exit(label, verb):
            return [Claim(kind="rule", treaty=treaty, value="no immediate effect")]  # "Withdrawals cannot take
            # effect immediately", "no member state can withdraw ... 'with Immediate Effect'": a rule
        if label in ("RATIFY", "SIGN", "ACCEDE") and refused_consent(verb):  # "refused to ratify the document"
            return negative_claims(label, verb, treaty, states, "past", clause, context)
        until = date is not None and date.start > 0 and date.doc[date.start - 1].lower_ == "until"
        if negated(verb) and not (until or _waited_past(verb)):  # "will not go into effect until July 6, 2021"
            return negative_claims(label, verb, treaty, states, tense_of(verb), clause, context, date)
        if (tense := asserted_tense(tense_of(verb), label, verb, date, clause, context.headline)) is None:
            return earlier_exits(label, verb, treaty, states, context.published)  # "to withdraw once again": or none
        base: dict[str, object] = {"treaty": treaty, "as_of": context.published}
        if date is not None and label in ("SIGN", "RATIFY", "ACCEDE", "JOIN") and status_date(date):
            date = None  # "As of February 2024, it has been signed by 45 countries": a count's date, not a signing
        when = resolved(date, reading_tense(tense, label), context)
        value = claim_value(when) if when else None
        kind: ClaimKind | None = None
        value = value or _undated_value(label, verb, tense, treaty, states, context)
        if label == "NOTIFY" and when is not None and states and notice_bound(verb, until):  # "cannot notify until"
            return one_per_state(base, "rule", states, f"notice not before {claim_value(when)}", tense)
        if label == "FORCE" and verb[0].lower_ in ENTRY_NOUN_STARTS:  # "since its entry into force in 1970"
            kind, states = "entry_into_force", []  # the treaty's own, whatever else the clause says
        elif label == "EFFECT" or (label == "FORCE" and mentions_withdrawal(clause)):
            if (effect := effect_kind(verb, clause, states, tense, date, context.headline, value)) is None:
                return []
            kind, states, value = effect
        elif label == "FORCE" and (decided := decided_exit(verb, clause, context)):
            kind, states = "effective_date", decided  # "... announced its withdrawal. This decision will come into
            # force in January 2026": the exit of the state the sentence before names
        elif label == "FORCE":
            kind, states, value = self._in_force(verb, clause, states, treaty, tense, context, value)
        elif label == "LEAVE":
            if not self._leaves_something(verb, clause) or assessed_exit(verb, clause, date is not None):
                return []  # "Washington has in fact quit INF Treaty": conduct assessed, no act told
            kind, value = left_kind(verb, tense, date, when, value, context, plural=len(states) > 1)
        elif label == "NOTIFY":
            kind, value, states = self._notified(verb, clause, tense, when, context, date, value, states)
        elif label == "JOIN":  # "has officially become a full member again"; not "they will be joined by leaders of"
            kind, (value, tense) = "joined", (None, tense) if _joined_by(verb) else joining(verb, value, tense)
        elif label == "HOLDOUT":  # "Other holdouts to the treaty include China, India, ...": not ratified
            kind, value, states = _holdouts(verb, clause, states, context)
        elif label in ("RATIFY", "ACCEDE"):
            if (verb[0].lemma_ == "approve" and not treaty_approved(verb, clause)) or another_states_entry(verb):
                return []  # "the Seimas approved the bill on withdrawal", "ratified Finland's NATO membership"
            kind = consent_form(verb, "ratified" if label == "RATIFY" else "acceded")
            if by_others(verb):  # "must be ratified by all remaining 27 EU countries": not a state's ratification
                return approval_rule(verb, treaty, clause)
            value = value or decision_year(verb[0]) or _undated_consent(verb, clause, tense, bool(states))
            value = _consent_body(verb, clause, value, base, context.published)
        elif label == "REVOKE":  # "South Africa's withdrawal was revoked in March": it did not withdraw
            if (undone := _undone(verb, when, clause, tense, context, base)) is None:
                return []
            kind, value = undone
        elif label == "BOUND":  # "no longer legally bound by", "will remain under the Rome Statute"
            if not_bound_by_a_treaty(verb, clause):
                return []
            return bound_claims(verb, treaty, states, date, when, tense, context)
        elif label == "SIGN":
            if (signing := _signers_of(verb, states, clause, context)) is None:
                return []  # "signed it into law", "a letter ... signed by Theresa May", "The ICC was created in 2002"
            kind, (states, grouped) = "signed", signing
            if value is None and tense == "past" and states and undated_signature(verb, clause, grouped):
                value = "true"  # "Bulgaria and Armenia signed the document, but never ratified it": undated
        if kind is None or value is None:
            return []
        if kind == "effective_date" and tense == "future" and when and when.end <= context.published and was_due(verb):
            tense = "past"  # "had been due to take effect today": the would-be day, a claim about that day
        group = kind == "withdrew" and numbered_group_subject(verb)  # "five States that withdrew ... in 2025"
        if (not states and kind not in _STATELESS and not group) or _due_past(kind, tense, when, context.published):
            return []
        return one_per_state(base, kind, states, value, tense)

    def _notice_kind(
        self, verb: Span, clause: Span, tense: str, when: PartialDate | None, context: Context, date: Span | None
    ) -> ClaimKind | None:
        """'notified', 'handed the instrument', 'began steps to withdraw' (a past notification); 'deposited the
        instrument of ratification' is a consent; 'submit the denunciation motion to parliament' is no notice."""
        if told_something_else(verb):
            return None  # "Trump informed the director-general that his administration's review confirmed ...": no exit
        if to_a_parliament(verb, clause, self.reading) or process_begun_undated(verb, date, context.headline):
            return None  # "Spain has started the process of withdrawing ..., a spokesperson said on Thursday"
        if when is None and counted_from(verb, past_an_apposition=True):
            return None  # "The move comes exactly a year after its capital ... officially notified the UN": the event
            # a period runs from, a rule claim (README 'N months after <event>'), no notice dated by the report
        pulled = any(t.lower_ in ("pullout", "pull-out") for t in verb)  # "Venezuela begins pullout from the ACHR"
        started = pulled or any(t.lower_ in ("process", "steps", "procedure", "actions", "moves") for t in verb)
        ahead = (tense == "future" and when is not None) or (pulled and context.headline)
        if started and tense != "past" and not ahead:
            return None  # "plans to begin the process" (intent); "Effective Saturday, ... will begin the process"
        if verb[-1].lower_ == "dated":  # "It is dated 22 January 2025": the letter the article has just named
            return "notification_date" if letter_named(verb) else None
        invoking = verb[0].lemma_ in INVOKING or verb[-1].lemma_ in INVOKING
        if invoking and not (started and verb[0].lemma_ in INVOKING):  # "triggered Article 50", "Article 50 has
            # been triggered": only the treaty's own withdrawal article, or its exit's name ("triggering Brexit")
            invoked = self._withdrawal_article(verb, clause) or self._exit_invoked(verb)
            return "notification_date" if invoked else None
        if verb[0].lower_ in ("article", "art."):  # "Article 50 triggered by Theresa May": a passive with its agent
            by = verb.end < clause.end and clause.doc[verb.end].lower_ == "by"
            return "notification_date" if by and self._withdrawal_article(verb[:1], clause) else None
        consent = instrument_of_consent(verb, clause)
        if consent:
            return consent
        if verb.lemma_ == "receive" and from_the_depositary(verb, clause):
            return None  # "the ICC received notice from the United Nations": the depositary passing the notice on
        if reversal_restated(verb, clause, context.sentence_before):
            return None  # "... notice reversing its withdrawal ... . The world body received the letter on Friday"
        nouns = NOTIFICATION_NOUNS - {"decision", "request"} if verb.lemma_ == "receive" else NOTIFICATION_NOUNS
        told = tells_leaving(verb, clause) or told_exit(verb, clause) is not None  # "informed UNESCO that it would"
        bare = not (started or near_noun(verb, clause, nouns) or told)  # "It notified the UN on 12 May 2003"
        if bare and (verb.lemma_ != "notify" or not exit_in_view(verb.sent, context)):
            return None  # a notice with no content only where the article tells an exit (not after a joining)
        if when and tense == "past" and when.start > context.published:
            return "effective_date"  # "has notified ... of its withdrawal from the pact on <a later day>"
        return "notification_date"

    def _told_effect(
        self, notice: Span, verb: Span, triggers: list[tuple[str, Span]], treaties: list[Span], generic: list[Token],
        actors: list[Span], dates: list[Span], clause: Span, context: Context,
    ) -> list[Claim]:  # fmt: skip
        """The exit a notice tells, with its own day after it and a future ('that it would withdraw from the
        organization on 31 December 2018'): that day is when the notifying state's exit takes effect."""
        modal = clause.doc[max(clause.start, verb.start - 3) : verb.start]
        date = date_for(verb, [d for d in dates if d.start >= verb.end], triggers)
        if date is None or not any(t.lower_ in ("would", "will", "shall") for t in modal) or first_day_in_office(date):
            return []  # "on the first day of his presidency": the leader's act, the notice (leader_took_office)
        treaty = treaty_for(verb, treaties, generic, context, "LEAVE") or treaty_for(
            notice, treaties, generic, context, "NOTIFY"
        )
        states = subjects(notice, actors, clause, context)
        when = resolved(date, "future", context)
        if treaty is None or not states or when is None or (value := claim_value(when)) is None:
            return []
        return one_per_state({"treaty": treaty, "as_of": context.published}, "effective_date", states, value, "future")

    def _in_force(
        self, verb: Span, clause: Span, states: list[str], treaty: str, tense: str, context: Context, value: str | None
    ) -> tuple[ClaimKind, list[str], str | None]:
        """An entry into force: the treaty's own, or a state's (named, or the one whose consent came just before),
        undated for a state when told as a bare period, from its deposit ('will enter into force for China after 90
        days': in_force_periods)."""
        kind, states = in_force_for(verb, clause, states)
        states = states or self._consenting_before(treaty, clause, tense, context)
        if value is None and states and kind == "entry_into_force":
            value = period_from_deposit(verb, clause, self._durations(clause))
        return kind, states, value

    def _notified(
        self, verb: Span, clause: Span, tense: str, when: PartialDate | None, context: Context, date: Span | None,
        value: str | None, states: list[str],
    ) -> tuple[ClaimKind | None, str | None, list[str]]:  # fmt: skip
        """A notice's or a deposit's kind, the value of a passive deposit by named states ('true'), and the states
        whose act it is: not the depositary that received an instrument of consent (_not_the_receiver)."""
        kind = self._notice_kind(verb, clause, tense, when, context, date)
        if kind in ("ratified", "acceded") and instruments_of_an_entry(verb):
            return None, None, []  # "... to ratify the country's membership, and instruments of ratification were sent"
        if kind == "notification_date" and depositary_circulates(verb, clause):
            return None, value, states  # "The Secretary-General ... informed all concerned states that ...": the
            # depositary passing the notice on, not the State's notice
        states = _not_the_receiver(kind, verb, clause, states)
        value = value or _deposited_by(kind, verb, tense, states)  # "were deposited by Bulgaria, ..."
        return kind, value or _instrument_handed(kind, verb, tense, states, context), states

    def _consenting_before(self, treaty: str, clause: Span, tense: str, context: Context) -> list[str]:
        """'Angola deposited the instrument of accession on 16 September. The convention will come into force on
        October 16th': the one state whose consent to ``treaty`` the sentence before told, when the treaty is in
        force already (its own entry into force is past, so one still to come is the state's, VCLT Art. 24(3)) and
        the clause names no state of its own."""
        rules = self.rulebook.treaties.get(treaty)
        in_force = rules.entry_into_force if rules else None
        consenting = {s for t, s in context.consents_before if t == treaty and s}
        if tense != "future" or in_force is None or in_force >= context.published or len(consenting) != 1:
            return []
        if actors_in(clause):
            return []
        return list(consenting)

    def _withdrawal_article(self, verb: Span, clause: Span) -> bool:
        """'triggered Article 50' of a treaty whose withdrawal clause is its Article 50 (rule file's article)."""
        passive = verb[0].lower_ in ("article", "art.")  # "Article 50 has been triggered"
        number = verb[1].text if passive else clause.doc[verb.end : min(verb.end + 1, clause.end)].text
        articles = {
            f"article {t.withdrawal.article.split()[-1]}".casefold()
            for t in self._treaties_named_here(clause)
            if t.withdrawal.article
        }
        return f"article {number}".casefold() in articles

    def _exit_invoked(self, verb: Span) -> bool:
        """'triggering Brexit': an exit's own name (the rule file's exit_names) as what is triggered, the notice
        under the treaty's withdrawal article (TEU Art. 50(2))."""
        last = verb[-1]
        named = next((e for e in verb.doc.ents if e.start <= last.i < e.end and e.label_ == "TREATY"), None)
        return named is not None and named.text in self._exit_names(str(named.ent_id_))

    def _treaties_named_here(self, clause: Span) -> list[Treaty]:
        named = (self.rulebook.treaties.get(str(e.ent_id_)) for e in clause.ents if e.label_ == "TREATY")
        return [t for t in named if t is not None]  # an instrument without a rule file has no article to cite

    # --- tallies and lengths of membership ----------------------------------------------------------

    def _memberships(self, clause: Span, treaty_here: str | None, actors: list[Span], context: Context) -> list[Claim]:
        """Tallies and lengths of membership of the treaty the clause names, else of the organisation it names ('a
        member of the Council of Europe since 1996': the statute that founds it), else of the article's treaty."""
        member_of = treaty_here or organisation_named(clause, self.reading.gazetteer.organisations)
        if not (member_of or context.treaty):
            return []
        another = context.another or any(e.label_ == "TREATY" and party_to_another(e) for e in clause.ents)
        if treaty_here is None and another and _the_instrument(clause):
            return []  # "The EU free trade agreement came up in Vienna, where the Austrian parliament voted 120 to 30
            # in favour of the agreement": that agreement's tally, not the article's treaty's
        return self._of_members(clause, member_of or context.refer("") or "", actors, context)

    def _of_members(self, clause: Span, treaty: str, actors: list[Span], context: Context) -> list[Claim]:
        """Vote tallies of the clause, and the joining a length of membership dates ("a 47-year membership")."""
        claims = list(vote_claims(self.reading, clause, treaty, actors, context))
        ended = _event_day(self.reading, clause, context.published)
        for when, words in membership_lengths(clause, context.published, ended):
            inside = [str(e.ent_id_) for e in actors if e.start >= words.start and e.end <= words.end]
            if (whose := of_which_it(words, actors, self.reading.gazetteer.organisations)) is not None:
                claims += [Claim(kind="joined", treaty=whose[0], state=whose[1], value=when,
                                 as_of=context.published, tense="past")]  # fmt: skip
                continue  # "expelled from the Council of Europe, of which it had been a member for 26 years"
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


_DEEDS = {"notification_date", "withdrew", "effective_date"}  # what 'This measure will take effect' can follow
_SEVERAL = {"organisations", "organizations", "bodies", "treaties", "conventions", "agreements", "institutions"}


def _headed(verb: Span, context: Context) -> Span | None:
    """The date alone on the line above (a timeline's entry, a fact sheet's day) dates what happened on it, not an
    act told in the future ('September 12, 2002 / Today, President Bush announced ... that the United States will
    return to UNESCO': the announcement's day, the return still to come)."""
    if context.heading is None or tense_of(verb) == "future":
        return None
    return context.heading


def _event_day(reading: Reading, clause: Span, published: dt.date) -> dt.date | None:
    """The first day of the clause's first dated event ('in March 2022, Russia was expelled'), for a pluperfect
    length of membership that ends then."""
    dates = _dates_in(reading, clause)
    when = resolve(with_year(dates[0]), published, "past") if dates else None
    return when.start if when is not None else None


def _consent_body(
    verb: Span, clause: Span, value: str | None, base: dict[str, object], published: dt.date
) -> str | None:
    """The parliament a consent is made in ('ratified in the Turkish Parliament in 2012': its approval), into
    ``base``; and the value of a house's approval told undated as the day's news ('Ukraine's parliament supports
    ratification of', 'The Armenian Parliament ratifies the Rome Statute in a 60-22 vote'): by the report's day."""
    if house := parliament_near(verb, clause):
        base["body"] = house
    if value is None and (house := house_supports(verb)):
        value, base["body"] = f"{dt.date.min}/{published}", base.get("body") or house
    return value


def _dates_in(reading: Reading, clause: Span) -> list[Span]:
    """Every date the clause holds, those anchoring another event included ('since 1 July')."""
    return [clause.doc[s:e] for _, s, e in matches_of(reading.dates, clause.doc) if clause.start <= s < clause.end]


def _counted_from(reading: Reading, clause: Span, dates: list[Span], context: Context) -> list[Span]:
    """The clause's dates; 'a month later' counts from the date the clause named just before it ('announced in
    February last year, and a month later ... had issued a formal notice'), whatever that date belonged to, not
    from one read earlier; else from the last the sentence named before the clause ('announced the departure on Jan.
    20, 2025, ..., followed by a written statement one week later'), else the sentence before ('Trump signed the
    order on Jan. 20, 2025. The US notified the UN one week later')."""
    later = next((d for d in dates if d[-1].lower_ == "later"), None)
    if later is None:
        return dates
    earlier = [d for d in dates if d.end <= later.start and d[-1].lower_ != "later"]
    if not earlier:
        sentence = clause.doc[clause.sent.start : clause.start]
        before = context.sentence_before
        earlier = [d for d in _dates_in(reading, sentence) if d[-1].lower_ != "later"] or (
            [d for d in _dates_in(reading, before) if d[-1].lower_ != "later"] if before is not None else []
        )
    if not earlier and context.headline:
        context.last_when = None  # "Exit comes into force a year later", a heading: from no date read before it
    if earlier and (when := resolve(with_year(earlier[-1]), context.published, "past")) is not None:
        context.last_when = when
    return dates


def _several_bodies(verb: Span, clause: Span) -> bool:
    """'quits two more international organisations', 'leaves three UN bodies': a count of bodies as the object."""
    window = clause.doc[verb.end : min(clause.end, verb.end + 6)]
    counted = any(t.like_num or t.lower_ in ("several", "more") for t in window)
    return counted and any(t.lower_ in _SEVERAL for t in window)


def _first_states(docs: list[Doc], labels: tuple[str, ...] = ("STATE", "CAPITAL")) -> list[str]:
    """The states of the body's first sentence that names any (the states a headline's 'three countries' are); with
    ``labels`` ("TREATY",), the treaties (the bodies a headline's 'two more international organisations' are)."""
    for doc in docs:
        for sentence in doc.sents:
            states = [
                str(e.ent_id_) for e in sentence.ents if e.label_ in labels and not (dateline_place(e) or _place(e))
            ]
            if states:
                return list(dict.fromkeys(states))
    return []


def _place(entity: Span) -> bool:
    """'gathers in Vienna': a capital named as a place, not a government that acts."""
    doc = entity.doc
    return entity.label_ == "CAPITAL" and entity.start > 0 and doc[entity.start - 1].lower_ in ("in", "at", "near")


def _survives_in(claim: Claim, treaty: str) -> Claim:
    """A survival claim with no treaty named is about the treaty the article's withdrawal leaves."""
    return claim.model_copy(update={"treaty": treaty}) if " survival: " in claim.value else claim


def _telling(earlier: list[tuple[str, Span]], verb: Span, clause: Span) -> Span | None:
    """The notice before this exit verb that tells it in a 'that' clause ('informed UNESCO that it would withdraw')."""
    for label, notice in reversed(earlier):
        if label == "NOTIFY" and (told := told_exit(notice, clause)) is not None and told.start == verb.start:
            return notice
    return None


def _waited_past(verb: Span) -> bool:
    """'did not enter into force until Russia ratified it', 'was not ratified until after the election': a past
    denial with 'until' and an event after the verb tells when the act came, not that it never did."""
    doc = verb.doc
    if not any(t.lower_ in ("did", "was", "were", "had") for t in doc[max(0, verb.start - 3) : verb.start]):
        return False
    for token in doc[verb.end : min(len(doc), verb.end + 6)]:
        if token.is_punct:
            return False
        if token.lower_ in ("until", "till"):
            return True
    return False


def _denied_to(clause: Span, actors: list[Span], treaty: str | None, published: dt.date) -> list[Claim]:
    """States a consent or the treaty is denied to: 'ratified by 160 countries, but not by the US or China'
    (but_not.py), 'This agreement does not apply to Finland' (applies.py), 'has 164 adherents, including all NATO
    members (except the United States)' (excepted.py)."""
    denied = not_by_claims(clause, actors, treaty, published) + not_applied_claims(clause, actors, treaty, published)
    return denied + excepted_claims(clause, actors, treaty, published)  # "all NATO members (except the US)"


def _undone(
    verb: Span, when: PartialDate | None, clause: Span, tense: str, context: Context, base: dict[str, object]
) -> tuple[ClaimKind, str] | None:
    """What a revocation says: 'South Africa's withdrawal was revoked in March' (no exit: withdrew false, as of the
    revocation's day when told, a later exit not making the sentence wrong); 'withdrew ... in 2017, a decision
    reversed by the Biden administration in 2023' (the state's return, joined then); None for a future or other
    revocation, or 'a move that Biden later reversed' (undone at a day not told)."""
    under = reversed_under(verb, context.leaders, context.published) if reversed_exit(verb) else None
    told = mentions_withdrawal(clause) or under is not None  # "pulled the US out of ..., which had been reversed under"
    if not told or tense == "future" or (under is None and revokes_something_else(verb)):
        return None
    if when is None and "later" in {t.lower_ for t in clause.doc[max(0, verb.start - 2) : verb.start]}:
        return None
    when = under or when  # "reversed under Joe Biden": his tenure, not the date of the exit before it
    if when is not None and reversed_exit(verb):
        return "joined", claim_value(when)
    if when is not None and when.end < context.published:
        base["as_of"] = when.end
    return "withdrew", "false"


_ASSEMBLIES = (("european", "parliament"), ("parliamentary", "assembly"))  # no state's parliament


def _actors_named(actors: list[Span], context: Context) -> None:
    """The clause's states in the context: the last actor, the last list, and every list ('the five countries')."""
    states = [str(e.ent_id_) for e in actors]
    if states:
        context.actor(states)
        if len(set(states)) > 1:
            context.states = list(dict.fromkeys(states))
        context.lists += lists_in(actors)


def _parliament_named(clause: Span, reading: Reading, context: Context) -> None:
    """The parliament the clause names, for the tallies after it: a state's ('the Riigikogu': Estonia's), or an
    international assembly ('The European Parliament on Wednesday approved the Brexit deal': its tally is no
    state's)."""
    if state := body_state(clause, reading):
        context.body, context.assembly = state, False
    elif any((a.lower_, b.lower_) in _ASSEMBLIES for a, b in pairwise(clause)):
        context.assembly = True


def _undated_value(label: str, verb: Span, tense: str, treaty: str, states: list[str], context: Context) -> str | None:
    """The value of an undated trigger: a headline's deed ('true'), 'immediately', or the day of the notice the
    sentence before told for the same state and treaty, which a past participle of a notice with no date of its own
    restates ('... notified the United Nations on Thursday ... . Shingiro posted a photo of Kanyana handing the
    withdrawal document to Edmond Mulet')."""
    value = headline_value(label, verb, tense, context) if states or label != "SIGN" else None  # "Micronesia signs
    # Paris climate change agreement": a State's signature, never the treaty's opening for signature
    value = value or immediately(label, verb)
    value = value or effect_just_taken(label, verb, states, context.published)  # "has officially taken effect"
    value = value or treaty_just_in_force(label, verb, states, context)  # "The accord has come into force"
    if not value and label == "NOTIFY" and tense == "past" and the_named_group(verb, states):
        return f"0001-01-01/{context.published.isoformat()}"  # "after the three countries notified ECOWAS": the
        # States named before, their notice given by the day of the report
    if value or label != "NOTIFY" or tense != "past" or not states or not verb[0].lower_.endswith("ing"):
        return value  # in the lede, an undated notice is given by the day of the report; a finite verb's ('submitted
        # the formal notice to the chef de cabinet') is a restatement the corpus leaves unread
    if any(t.lower_ in ("later", "again", "then", "another", "second") for t in verb.sent):
        return None  # "later handed a second letter": another notice
    days = {day for t, s, day in context.notices_before if t == treaty and s in states}
    return days.pop() if len(days) == 1 else None


def _holdouts(
    verb: Span, clause: Span, states: list[str], context: Context
) -> tuple[ClaimKind | None, str | None, list[str]]:
    """The States a holdout phrase says have not ratified ('Other holdouts include China, India'); 'Eight nations
    remain:' only after a sentence about ratifying."""
    if verb[-1].text == ":" and not _remaining_listed(context.sentence_before):
        return None, None, []
    return "ratified", "false", named_here(states, clause)


def _remaining_listed(sentence: Span | None) -> bool:
    """'Eight nations remain: China, ...' after a sentence that tells of ratifying ('must ratify the treaty before it
    can enter into force'): the States left to ratify, listed after the colon."""
    return sentence is not None and any(t.lower_.startswith("ratif") for t in sentence)


def _not_the_receiver(kind: ClaimKind | None, verb: Span, clause: Span, states: list[str]) -> list[str]:
    """'Sweden officially became NATO's 32nd member as the US received accession instruments Thursday' (Anadolu, 7
    March 2024), 'The US State Department received Finland's instrument of accession': the State that receives an
    instrument of consent is its depositary (North Atlantic Treaty Art. 10: the United States), not a State
    consenting; the consent is the State's named as the instrument's owner, or none."""
    if kind not in PARTY_CONSENT_KINDS or verb[0].lemma_ != "receive":
        return states
    doc = clause.doc
    receivers = {
        str(e.ent_id_)
        for e in clause.ents
        if e.label_ == "STATE" and e.end <= verb.start and not (e.end < len(doc) and doc[e.end].lower_ in ("'s", "’s"))
    }
    return [s for s in states if s not in receivers]


def _deposited_by(kind: str | None, verb: Span, tense: str, states: list[str]) -> str | None:
    """'the ratification instruments were deposited by Bulgaria, Denmark ...': a consent done ('true'), its States
    the agents of a past passive (an active restatement, 'X handed over its instrument', stays unread)."""
    doc = verb.doc
    passive = verb.start > 0 and doc[verb.start - 1].lower_ in ("was", "were")
    by = passive and verb.end < len(doc) and doc[verb.end].lower_ == "by"
    return "true" if kind in ("ratified", "acceded") and tense == "past" and states and by else None


def _instrument_handed(kind: str | None, verb: Span, tense: str, states: list[str], context: Context) -> str | None:
    """'Ukraine's Permanent Representative ... officially deposited the instrument of ratification of the Rome
    Statute' (UNN, 25 October 2024), 'Finnish Foreign Minister Pekka Haavisto handed over Finland's instrument of
    accession' (BizWatchNigeria, 5 April 2023): one State's instrument of consent handed over in the simple past,
    undated, wherever the article tells it: done by the day of the report. Not where the sentence before told that
    State's ratification ('India on Sunday ratified ... by depositing the instrument. India's ambassador ... handed
    over Instrument of ratification': a restatement, as the corpus leaves it unlabelled)."""
    if kind not in ("ratified", "acceded") or tense != "past" or len(states) != 1:
        return None
    if verb[0].lower_ not in ("deposited", "handed", "delivered", "submitted", "gave", "presented", "lodged"):
        return None
    if any(s == states[0] for _, s in context.deposits_before):
        return None
    return f"0001-01-01/{context.published.isoformat()}"


_STATELESS = ("entry_into_force", "signed")  # the kinds a claim may have with no state: the treaty's own


def _due_past(kind: str, tense: str, when: PartialDate | None, published: dt.date) -> bool:
    """'Arms Trade Treaty to Enter into Force with 50th Ratification (September 28, 2014)' on 3 October: an entry
    into force still to come cannot fall on a day before the report; the day is another event's (the deposit's)."""
    return kind == "entry_into_force" and tense == "future" and when is not None and when.end < published


def _signers_of(verb: Span, states: list[str], clause: Span, context: Context) -> tuple[list[str], bool] | None:
    """Who signed, and whether they are the group the next sentence lists: none for the treaty's own opening or
    making ('that was created by the Reagan administration in 1986', an instrument's). None when no treaty was
    signed: 'signed it into force / into law', 'a letter ... signed by Theresa May' (not the treaty), a body created
    ('The ICC was created in 2002', founded.py's)."""
    if any(t.lower_ == "into" for t in clause.doc[verb.end : verb.end + 3]) or signed_paper(verb, clause):
        return None
    if _by_an_organisation(verb):
        return None  # "was signed by the EU in June 2017": an organisation's signature, no State's nor the treaty's
    made = verb[-1].lower_ in ("created", "concluded")
    if made and not made_instrument(verb, clause):
        return None
    grouped = bool(states) and states == context.listed_next  # "Several countries signed ... . These include"
    unsigned = verb[0].lemma_ == "open" or made or _by_counted_states(verb)
    return ([] if unsigned else _signing(verb, states, clause, grouped)), grouped


_BLOC = {"eu", "bloc", "union", "commission"}
_COUNTED = {"dozens", "scores", "hundreds", "many", "several", "most", "some", "about", "around", "over", "nearly",
            "almost", "more", "than", "of", "other", "all"}  # fmt: skip
_COUNTED_STATES = {"countries", "states", "nations", "governments"}


def _by_counted_states(verb: Span) -> bool:
    """'negotiated in Turkey's largest city and signed in 2011 by dozens of countries', 'signed in 1997 by 122
    states': the signers are counted, none named, so the signing told is the treaty's own (labelled with no State),
    not that of a State the sentence names elsewhere."""
    doc = verb.doc
    end = min(verb.end + 8, verb.sent.end)
    at = next((t.i for t in doc[verb.end : end] if t.lower_ == "by"), None)
    if at is None or any(t.is_punct for t in doc[verb.end : at]):
        return False
    i = at + 1
    while i < end and (doc[i].lower_ in _COUNTED or doc[i].like_num):
        i += 1
    return i > at + 1 and i < len(doc) and doc[i].lower_ in _COUNTED_STATES


def _by_an_organisation(verb: Span) -> bool:
    """'was signed by the EU in June 2017', 'signed by the European Union': the agent after 'by' is an
    organisation (a name the gazetteer holds as a treaty's, or 'the bloc'), a party that is no State; its signature
    is neither a State's nor the treaty's own opening for signature (VCLT Art. 2(1)(a) counts States)."""
    doc = verb.doc
    i = verb.end
    if i >= len(doc) or doc[i].lower_ != "by":
        return False
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    return j < len(doc) and (doc[j].ent_type_ == "TREATY" or (doc[j].lower_ in _BLOC and not doc[j].ent_type_))


def _signing(verb: Span, states: list[str], clause: Span, grouped: bool) -> list[str]:
    """The states that signed: those the next sentence lists for a group ('Several countries signed ... . These
    include ...'), else those named before the active verb."""
    return states if grouped else signers(verb, states, clause)


def _undated_consent(verb: Span, clause: Span, tense: str, named: bool) -> str | None:
    """'became one of the first nations to ratify it' (an ordinal), 'Honduras had become the 50th state party to ratify
    the pact' (a numbered rank, counts.ranked_consent), 'Lithuania has ratified the convention',
    'China, which has ratified it,': a ratification done, undated ('true'); None otherwise."""
    ordinal = verb[0].lower_ in ORDINALS or ranked_consent(verb)
    if tense != "past" and not (tense == "deed" and ordinal):  # "Turkey, the first country to ratify it,"
        return None
    return "true" if ordinal or (named and undated_ratification(verb, clause)) else None


def _respectively(respectively: bool, states: list[str], later: list[Span]) -> list[tuple[str, Span]]:
    """'... on 27 June and 1 July respectively': the states and the dates in order, as many of each."""
    return (
        list(zip(states, later, strict=True)) if respectively and len(states) >= 2 and len(later) == len(states) else []
    )


def _each_dated(actors: list[Span], later: list[Span], verb: Span) -> list[tuple[str, Span]]:
    """'withdrawn from the ICC: Burundi in 2017 and the Philippines in 2019': two or more states after the verb,
    each with its own date right after its name ('in 2017', '(2017)'); the pairs, else none."""
    doc = verb.doc
    pairs = []
    for ent in (e for e in actors if e.start >= verb.end):
        date = next((d for d in later if 0 <= d.start - ent.end <= 2), None)
        if date is None or any(t.lower_ not in ("in", "on", "(") for t in doc[ent.end : date.start]):
            return []
        pairs.append((str(ent.ent_id_), date))
    return pairs if len(pairs) >= 2 and len({d.start for _, d in pairs}) == len(pairs) else []


def _first_sentence(docs: list[Doc]) -> Span | None:
    """The first sentence of the next paragraph, if any."""
    return next(iter(docs[0].sents), None) if docs else None


def _title_case(headline: Doc) -> bool:
    """A headline in title case: most of its words capitalised, acronyms and punctuation not counted ('ICC: Gambia
    Officially Notifies UN of Withdrawal')."""
    words = [t for t in headline if t.is_alpha and not (t.is_upper and len(t) > 1) and t.lower_ not in _MINOR_WORDS]
    return bool(words) and sum(t.is_title for t in words) > len(words) / 2


def _state_then_verb(heading: Doc) -> bool:
    """A section heading that opens with a State and a capitalised word after it ('U.S. Exits UNFCCC'): a sentence
    whose subject is the State, not a label ('UNFCCC Withdrawal Takes Effect' in a timeline, 'Venezuelan Government
    Withdraws from ICSID' over a press release quoted)."""
    first = next((e for e in heading.ents if e.start == 0), None)
    if first is None or first.label_ != "STATE" or first.end >= len(heading):
        return False
    after = heading[first.end]
    return after.is_title and after.lower_ not in _ORGANS  # not 'Venezuelan Government Withdraws ...'


_ORGANS = {"government", "ministry", "parliament", "cabinet", "senate", "president", "authorities", "foreign"}


# The short words title case leaves in lower case (AP, Chicago): not counted either way ('U.K. Withdraws from UNIDO':
# one capitalised word of one, not one of two).
_MINOR_WORDS = {"a", "an", "the", "of", "from", "to", "in", "on", "for", "and", "or", "at", "by", "with", "as", "but"}


def _deeds(triggers: list[tuple[str, Span]], clause: Span) -> list[tuple[str, Span]]:
    """The triggers less a paper's signing ('a letter ... signed by Theresa May to Tusk earlier on Wednesday': its
    date the handing's) and an exit verb whose object is a plan ('abandoned its plan to leave': no exit)."""
    return [
        (label, verb)
        for label, verb in triggers
        if not (label == "SIGN" and signed_paper(verb, clause)) and not (label == "LEAVE" and _gives_up_a_plan(verb))
    ]


def _gives_up_a_plan(verb: Span) -> bool:
    """'abandoned its plan to leave', 'ditched the idea of leaving': the object is an intention, not the treaty."""
    doc = verb.doc
    return verb[0].lemma_ in ("abandon", "ditch") and any(
        t.lower_ in GIVEN_UP for t in doc[verb.end : min(verb.end + 4, verb.sent.end)]
    )


_TWINNED = ("withdrew", "signed", "ratified", "joined")


def _without_undated_twins(claims: list[Claim], sentence: Span) -> list[Claim]:
    """'Lithuania completed its withdrawal from the Convention on 6 March 2025', 'Ecuador signed the ICSID Convention
    on 21 June 2021 and became the 164th State to sign the Convention': one deed, told with its date; the undated
    reading of the same deed in the same sentence says nothing more. A sentence with two exit nouns tells two
    ('announced the formal exit of ... following their withdrawal last year': the exit done, and the year of the
    notice called a withdrawal), each read."""
    if sum(t.lower_ in EXIT_HEADS for t in sentence) > 1 or any(t.lower_ in REPEATING for t in sentence):
        return claims  # "pulled the United States out of ... UNESCO, repeating a move he had already ordered during
        # his first term": the exit of the report and the earlier one it repeats, two deeds (repeated.py)
    dated = {(c.kind, c.treaty, c.state) for c in claims if c.kind in _TWINNED and c.value not in ("true", "false")}
    claims = [c for c in claims if not (c.value == "true" and (c.kind, c.treaty, c.state) in dated)]
    if not any(t.lower_.startswith(("complet", "finali")) for t in sentence):
        return claims
    effects = {(c.treaty, c.state, c.value) for c in claims if c.kind == "effective_date"}  # "completed its
    # withdrawal from the WHO on 22 January 2026": one day, the exit's effect, not also an exit dated by it
    return [c for c in claims if not (c.kind == "withdrew" and (c.treaty, c.state, c.value) in effects)]


def _the_instrument(clause: Span) -> bool:
    """'the agreement', 'this deal': an instrument the clause refers to by its noun (what 'the agreement' refers to
    while the text last named an instrument between organisations, Context.another)."""
    return any(
        t.lower_ in ("agreement", "deal", "pact", "accord") and t.i > 0 and t.nbor(-1).lower_ in ("the", "this", "that")
        for t in clause
    )


def _treaties_in(clause: Span, context: Context) -> list[Span]:
    """The treaties a clause names, less those it names as something else: a signer among the signers ('signed by 45
    countries and the European Union'), the states' groups ('members of both the EU and NATO', 'in several EU
    countries' beside the treaty the clause is about), and the Vienna
    Convention on the Law of Treaties as the law applied ('In line with the Vienna Convention ..., the withdrawal
    has now taken effect'), which governs the treaty the article discusses and is not the treaty left."""
    return [
        e
        for e in clause.ents
        if e.label_ == "TREATY"
        and not signing_agent(e)
        and not groups_named(e)
        and not modifies_a_group(e, clause)
        and not party_to_another(e)
        and not protocol_to(e)
        and not (str(e.ent_id_) in LAW_OF_TREATIES and context.treaty not in (None, str(e.ent_id_)))
        and not (compared(e) and not _described_after(e))
    ]


def _described_after(ent: Span) -> bool:
    """'Unlike the CCM, which has 111 States Parties, ...': a relative clause tells of the treaty named before it."""
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ in ("which", "that")


def _joined_by(verb: Span) -> bool:
    """'they will be joined by leaders of Armenia, Azerbaijan and Belarus', 'was joined by the foreign minister': a
    passive 'joined by' tells who came along (the subject is joined), not a state's consent to a treaty; with a
    treaty before it ('The Istanbul Convention was joined by Turkey in 2012') it is the State's joining."""
    doc = verb.doc
    passive = verb.start > 0 and doc[verb.start - 1].lemma_ == "be"
    if not (passive and verb[-1].lower_ == "joined" and verb.end < len(doc) and doc[verb.end].lower_ == "by"):
        return False
    return not any(e.label_ == "TREATY" and verb.sent.start <= e.start < verb.start for e in doc.ents)


def _headline_exit(clause: Span, treaties: list[Span]) -> bool:
    """A headline naming one treaty and an exit ('why is the US pulling out', 'Trump to quit the WHO'); not an
    organisation opening it, the one acting ('NATO announces suspension of ... treaty after Russia's pullout')."""
    if any(e.start == clause.start for e in treaties):
        return False
    exit_told = mentions_withdrawal(clause) or any(
        t.lemma_ == "pull" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ == "out" for t in clause
    )
    return exit_told and len({str(e.ent_id_) for e in treaties}) == 1
