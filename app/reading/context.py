"""What the article has said so far (the treaty 'the convention' refers to, the state last named, the date last
read), carried from clause to clause while the reader goes through the text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Span

from app.reading.groups import Groups
from app.reading.leaders import Tenures
from app.reading.recency import stands_for_an_instrument
from app.reading.vocabulary import BODY_NOUNS
from app.services.partial_dates import PartialDate


@dataclass
class Context:
    """What the article has named so far: the treaty "the convention" points to, the last actor."""

    published: dt.date
    treaty: str | None = None
    state: str | None = None
    states: list[str] = field(default_factory=list)
    mentions: dict[str, float] = field(default_factory=dict)  # treaty id -> times named so far
    called: list[tuple[str, frozenset[str]]] = field(default_factory=list)  # each treaty named so far (not in passing)
    # with what the mention calls it ('convention', 'treaty', ...), the last named last (recency.py)
    state_mentions: dict[str, int] = field(default_factory=dict)  # ISO3 -> times named so far
    nouns: dict[str, set[str]] = field(default_factory=dict)  # treaty id -> generic nouns in its names
    body: str | None = None  # the state whose parliament the article last named ("the Riigikogu")
    assembly: bool = False  # the parliament the article last named is no state's ("the European Parliament")
    ahead: str | None = None  # the treaty the article names first, for a headline that does not name it
    ahead_nouns: set[str] = field(default_factory=set)  # the generic nouns in its names
    ahead_named: list[tuple[str, set[str]]] = field(default_factory=list)  # every treaty the article names, in
    # order, with its generic nouns ('the agreement' before any is named: the first one called an agreement)
    ahead_treaties: list[str] = field(default_factory=list)  # the treaties the body names first ("quits two more
    # international organisations": those the body then names)
    ahead_states: list[str] = field(default_factory=list)  # the states the body names first, for a headline's
    # "Three West African countries quit ..." that names none
    ahead_most: str | None = None  # the state the body names most, for a headline's "Country neighboring Russia
    # withdraws from ..." (headline_caps.most_named)
    exited: str | None = None  # the treaty the last "withdrawal from X" leaves
    headline: bool = False  # reading the first line (a headline's present tense reports a done deed)
    since_withdrawal: int = 99  # sentences read since the last one that mentions a withdrawal
    exit_named: bool = False  # a sentence read so far mentions a withdrawal
    previous_states: list[str] = field(default_factory=list)  # the states the sentence before names
    deed_before: bool = False  # the sentence before told a notice or an exit as done (not a law, a decision)
    notices_before: list[tuple[str | None, str | None, str]] = field(default_factory=list)  # the sentence before's
    # notices with their day (treaty, state, day): what 'handing the withdrawal document to ...' restates
    exits_before: list[str] = field(default_factory=list)  # the states whose exit or notice the sentence before told
    # ('the three countries notified ECOWAS'): whose 'The withdrawal process ...' the next sentence tells
    last_exits: list[str] = field(default_factory=list)  # the states whose exit or notice the last sentence telling
    # one told ('... announced their decision to withdraw from ECOWAS by January 29, 2025. [...] While the decision
    # will take effect in January, ...')
    consents_before: list[tuple[str | None, str | None]] = field(default_factory=list)  # the sentence before's
    # consents (treaty, state): whose entry into force 'The convention will come into force on D' tells
    deposits_before: list[tuple[str | None, str | None]] = field(default_factory=list)  # the sentence before's
    # ratifications and accessions (treaty, state): what 'X's ambassador handed over the instrument' restates
    following: str = ""  # the next line of the text (an embedded post's signature line dates the post)
    lede: bool = False  # reading the headline or the first paragraph (the news of the day)
    last_when: PartialDate | None = None  # the date last read ("... in August 2011. ... three months later")
    weekdays: dict[str, PartialDate] = field(default_factory=dict)  # "Wednesday 29 March": the day a weekday names
    heading: Span | None = None  # a timeline's entry date, alone on the line above ("* November 16, 1945:")
    leaders: Tenures = field(default_factory=dict)  # a leader's name -> tenures ("in his first term")
    groups: Groups = field(default_factory=Groups)  # 'the three Baltic states' -> their members (world/groups)
    another: bool = False  # the text last named an instrument between organisations ('the EU-Mercosur agreement'),
    # which 'the agreement' refers to until a treaty is named
    listed_next: list[str] = field(default_factory=list)  # the states the next sentence lists for an unnamed
    # group ('Several dozen countries signed ... . These include Egypt, Iran, ...')
    lists: list[list[str]] = field(default_factory=list)  # every list of states named so far, in order ('the five
    # countries' of a later sentence: the last list of five)
    left_other: bool = False  # the last exit read left a body named by a title the rulebook lacks ('leaving the
    # Organisation Internationale de la Francophonie'): an exit told after it with no treaty is that one's
    sentence_before: Span | None = None  # the sentence read before this one (what 'did so' may repeat)

    def named(
        self, treaty: str, nouns: set[str], weight: float = 1.0, left: bool = False, kinds: frozenset[str] | None = None
    ) -> None:
        """``kinds``: what this mention calls the treaty; None for one in passing ('like the CCM': recency.py), which
        'the convention' and 'it' do not point back to."""
        self.another = self.another and weight == 0
        if weight > 0 and kinds:
            self.called.append((treaty, kinds))
        self.left_other = self.left_other and weight < 1
        if (weight >= 1 and kinds is not None) or self.treaty is None:  # "NATO said": an organisation acting, not the
            self.treaty = treaty  # treaty discussed
        elif weight > 0 and kinds and stands_for_an_instrument(kinds):  # "will leave the ECT": a treaty's acronym, not
            self.treaty = treaty  # an organisation's ("the tools of the CSTO")
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
        if self.left_other:
            return None  # "Niger is leaving the Organisation Internationale de la Francophonie. A note has been sent"
        return self.exited or self.refer(None)

    def refer(self, noun: str | None) -> str | None:
        """'the convention' -> the treaty last named as a convention, not in passing ('like the CCM': recency.py);
        none such, or a noun no treaty's names hold: the one named most often (ties: the latest); 'it' -> the treaty
        last named."""
        if self.another and noun in _INSTRUMENT_NOUNS:
            return None  # "The agreement was signed on Saturday" after "EU and Mercosur sign trade deal": that one
        if not self.mentions:
            return self._ahead(noun)
        if noun in ("it", None):  # a pronoun, or a withdrawal without a treaty, points to the treaty named last
            return self.treaty
        order = list(self.mentions)
        fits = [t for t in order if noun and noun in self.nouns.get(t, set())]
        last = next((t for t, kinds in reversed(self.called) if noun in kinds and t in fits), None)
        if last is not None:
            return last
        candidates = fits or order
        if noun in BODY_NOUNS and not fits:
            candidates = [t for t in candidates if not _convention_for_a_body(noun, self.nouns.get(t, set()))]
            if not candidates:
                return None
        return max(candidates, key=lambda t: (self.mentions[t], order.index(t)))

    def _ahead(self, noun: str | None) -> str | None:
        """'the agreement' before the article names a treaty: the one it names first, unless that one is not called an
        agreement and a later one is ('The exit of the USA from the agreement took effect on January 27 ... According to
        representatives of the UN Framework Convention on Climate Change secretariat': the Paris Agreement the article
        names further on, Gazeta.kg, 28 January 2026)."""
        if noun in _KIND_NOUNS and noun not in self.ahead_nouns:
            called = [treaty for treaty, nouns in self.ahead_named if noun in nouns]
            if called:
                return called[0]
        return None if _convention_for_a_body(noun, self.ahead_nouns) else self.ahead


_INSTRUMENT_NOUNS = {"agreement", "deal", "pact", "accord", "treaty"}
_KIND_NOUNS = {
    "agreement",
    "convention",
    "protocol",
    "statute",
    "charter",
    "covenant",
}  # what a treaty's title calls it


def _convention_for_a_body(noun: str | None, nouns: set[str]) -> bool:
    """'a member of the organization' cannot be a convention's whose names call it no organisation ('the Convention
    for the Protection of Human Rights' founds none; the Council of Europe is its Statute's)."""
    return noun in BODY_NOUNS and noun not in nouns and bool(nouns & {"convention", "protocol"})
