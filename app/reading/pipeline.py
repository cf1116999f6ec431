"""The spaCy pipeline of the reader, rule-based and built once per process and rulebook.

``spacy.blank("en")`` (tokenizer with its exceptions: "U.S.", "Dec."), the ``sentencizer``, the lookup
``lemmatizer`` (tables from ``spacy-lookups-data``), and an ``entity_ruler`` whose patterns are generated from
the gazetteers (:mod:`app.reading.names`): ``TREATY``, ``STATE`` and ``CAPITAL`` entities with the treaty id or
ISO3 code as entity id. No statistical model: the reader needs none of them to find what it looks for, and
nothing is downloaded at run time. The ``Matcher`` patterns for verbs, dates, durations and tallies live here
too, so the one vocabulary serves them all.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.util import compile_infix_regex, compile_suffix_regex

from app.memo import memoized
from app.reading.anchored import AnchoredMatcher
from app.reading.names import REGIONS, Gazetteer, build_gazetteer
from app.reading.vocabulary import ANNULLED, PASSIVE_EXITS, SUSPENDED_EXIT_WORDS, WITHDRAW_LEMMAS
from app.reading.when import MONTHS, SEASONS, WEEKDAYS
from app.rulebook import Rulebook

_MONTH = {"ORTH": {"IN": sorted(MONTHS)}}
# A month standing alone (no day, no year) is written in full or abbreviated with its stop: a bare "Jan", "Jun" or
# "Mar" is a name ("Zhang Jun deposited China's instrument", "Deputy Secretary-General Jan Eliasson said").
_MONTH_ALONE = {"ORTH": {"IN": sorted(m for m in MONTHS if m.endswith(".") or m in calendar.month_name[1:])}}
_DAY = {"TEXT": {"REGEX": r"^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th|er)?$"}}  # "1er January 2024" (French style)
_YEAR = {"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}
_COMMA = {"ORTH": ",", "OP": "?"}
_REL = {"LOWER": {"IN": ["last", "next", "this", "coming", "past", "previous", "current"]}}
_MOD = {"LOWER": {"IN": ["early", "late", "mid", "middle", "end", "beginning", "start", "close"]}}
_THE = {"LOWER": "the", "OP": "?"}
_OF = {"LOWER": "of", "OP": "?"}
_DASH = {"ORTH": {"IN": ["-", "–"]}, "OP": "?"}

DATE_PATTERNS: list[list[dict[str, Any]]] = [
    # "in the 1980s", "the mid-1980s", "the late 1990s": a decade, or its part
    [{"LOWER": {"IN": ["early", "mid", "late"]}, "OP": "?"}, {"ORTH": "-", "OP": "?"},
     {"TEXT": {"REGEX": r"^(?:mid-)?(?:18|19|20)\d0s$"}}],
    [_DAY, _MONTH, _COMMA, _YEAR],
    [_DAY, _MONTH],
    [_MONTH, _DAY, _COMMA, _YEAR],
    [_MONTH, _DAY],
    [_MONTH, _OF, _YEAR],
    [_MONTH, _DAY, _REL, {"LOWER": "year"}],
    [_DAY, _MONTH, _REL, {"LOWER": "year"}],  # "effective 3 March next year"
    [_MONTH, _REL, {"LOWER": "year"}],
    [_YEAR, _MONTH, _DAY],
    [_MOD, _DASH, _OF, _THE, _MONTH],
    [_MONTH_ALONE],
    [_REL, _MONTH],
    [_REL, _MONTH, _DAY],  # "last January 25th": the last such day before the report
    [_REL, _DAY, _MONTH],
    [_MOD, _DASH, _OF, _MONTH, _OF, _YEAR],
    [_MOD, _DASH, _OF, _YEAR],
    [{"TEXT": {"REGEX": r"^mid-(?:19|20)\d\d$"}}],
    [_YEAR],
    [{"TEXT": {"REGEX": r"^\d{4}-\d{2}-\d{2}$"}}],
    [{"LOWER": "by", "OP": "?"}, _THE, _MOD, {"LOWER": "of"}, _THE, {"LOWER": {"IN": ["year", "month", "week"]}}],
    [{"LOWER": "by", "OP": "?"}, _THE, _MOD, {"LOWER": "of"}, _THE, {"LOWER": "year"}, _YEAR],  # "... of the year 2018"
    [{"LOWER": "by", "OP": "?"}, _THE, _MOD, {"LOWER": "of"}, _MONTH, {**_YEAR, "OP": "?"}],
    [{"LOWER": "by", "OP": "?"}, _THE, _MOD, {"LOWER": "of"}, _YEAR],
    [{"LOWER": "by", "OP": "?"}, _THE, _MOD, {"LOWER": "of"}, _REL, _MONTH],  # "at the end of next January"
    [{"LOWER": "by"}, _DAY, _MONTH, {**_YEAR, "OP": "?"}],
    [{"LOWER": "by"}, _MONTH, _DAY, _COMMA, {**_YEAR, "OP": "?"}],
    [_REL, {"LOWER": {"IN": ["week", "month", "year"]}}],
    [_MOD, _REL, {"LOWER": "year"}],  # "early next year", "late last year": a third of that year
    [{"LOWER": "the"}, _DAY, {"LOWER": "of"}, _MONTH, _COMMA, {**_YEAR, "OP": "?"}],  # "the 27th of December"
    [{"LOWER": {"IN": ["last", "next", "this", "on"]}, "OP": "?"}, {"LOWER": {"IN": sorted(WEEKDAYS)}}],
    # "on Wednesday next week", "Friday last week": that weekday of the week named
    [{"LOWER": "on", "OP": "?"}, {"LOWER": {"IN": sorted(WEEKDAYS)}}, {"LOWER": {"IN": ["next", "last", "this"]}},
     {"LOWER": "week"}],
    # "on Wednesday 29 March", "next Wednesday, March 29, 2017": the weekday and its date, one day
    [{"LOWER": {"IN": ["last", "next", "this", "on"]}, "OP": "?"}, {"LOWER": {"IN": sorted(WEEKDAYS)}}, _COMMA,
     _DAY, _MONTH, _COMMA, {**_YEAR, "OP": "?"}],
    [{"LOWER": {"IN": ["last", "next", "this", "on"]}, "OP": "?"}, {"LOWER": {"IN": sorted(WEEKDAYS)}}, _COMMA,
     _MONTH, _DAY, _COMMA, {**_YEAR, "OP": "?"}],
    [{"LOWER": {"IN": ["in", "during", "by"]}, "OP": "?"}, _THE, {**_REL, "OP": "?"}, {**_MOD, "OP": "?"},
     {"LOWER": {"IN": sorted(SEASONS)}}, _OF, {**_YEAR, "OP": "?"}],
    [{"LOWER": {"IN": ["yesterday", "today", "tomorrow"]}}],
    # "From 11pm tonight Britain isn't a member", "from tonight": the evening of the report's day, that day
    [{"LOWER": {"IN": ["tonight", "tonite"]}}],
    # "effective from today January 29, 2024", "today, 5 March 2025": the day named beside the word is the day meant
    # (a stale 'today' copied from an older report names the day it gives, not the report's)
    [{"LOWER": {"IN": ["yesterday", "today", "tomorrow"]}}, _COMMA, _MONTH, _DAY, _COMMA, _YEAR],
    [{"LOWER": {"IN": ["yesterday", "today", "tomorrow"]}}, _COMMA, _DAY, _MONTH, _COMMA, _YEAR],
    # "six months ago", "a year ago", "a year from yesterday", "six months from today", "in a year's time"
    [{"LOWER": "in", "OP": "?"}, {"LIKE_NUM": True}, {"LEMMA": {"IN": ["month", "year", "week"]}},
     {"LOWER": {"IN": ["ago", "'s", "’s"]}}, {"LOWER": "time", "OP": "?"}],
    # "will officially return to the accord in 30 days", "in two weeks": so many days on from the report's day
    [{"LOWER": "in"}, {"LIKE_NUM": True}, {"LEMMA": {"IN": ["day", "week"]}, "LOWER": {"NOT_IN": ["weekend"]}}],
    # "three months later", "two years later", "a month later": after the date last read
    [{"LIKE_NUM": True}, {"LEMMA": {"IN": ["week", "month", "year"]}}, {"LOWER": "later"}],
    [{"LOWER": {"IN": ["a", "an"]}}, {"LOWER": {"IN": ["week", "month", "year"]}}, {"LOWER": "later"}],
    # "later that year", "earlier the same year": the year of the date last read
    [{"LOWER": {"IN": ["later", "earlier"]}}, {"LOWER": {"IN": ["that", "the"]}}, {"LOWER": "same", "OP": "?"},
     {"LOWER": "year"}],
    # "more than 20 years ago": at the latest then
    [{"LOWER": {"IN": ["more", "over"]}}, {"LOWER": "than", "OP": "?"}, {"LIKE_NUM": True},
     {"LEMMA": {"IN": ["month", "year", "week"]}}, {"LOWER": "ago"}],
    # "more than a decade ago", "two decades ago": ten years each
    [{"LOWER": {"IN": ["more", "over"]}, "OP": "?"}, {"LOWER": "than", "OP": "?"},
     {"LOWER": {"IN": ["a", "one", "two", "three", "four", "five"]}}, {"LOWER": {"IN": ["decade", "decades"]}},
     {"LOWER": "ago"}],
    [{"LOWER": {"IN": ["a", "an", "one"]}}, {"LOWER": {"IN": ["month", "year", "week"]}},
     {"LOWER": {"IN": ["ago", "'s", "’s"]}}, {"LOWER": "time", "OP": "?"}],
    # "with a letter exactly one year ago": that very day
    [{"LOWER": "exactly"}, {"LIKE_NUM": True}, {"LEMMA": {"IN": ["month", "year", "week"]}}, {"LOWER": "ago"}],
    [{"LOWER": "exactly"}, {"LOWER": {"IN": ["a", "an", "one"]}}, {"LOWER": {"IN": ["month", "year", "week"]}},
     {"LOWER": "ago"}],
    # "by April 2019": on or before the end of that month, a deadline
    [{"LOWER": "by"}, _MONTH, _OF, _YEAR],
    # "no earlier than November 4, 2020", "not before 2019": on or after that date, a lower bound
    *([{"LOWER": {"IN": ["no", "not"]}}, {"LOWER": "earlier"}, {"LOWER": "than"}, *form]
      for form in ([_MONTH, _DAY, _COMMA, _YEAR], [_DAY, _MONTH, _YEAR], [_MONTH, _OF, _YEAR], [_YEAR])),
    [{"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, {"LIKE_NUM": True, "OP": "?"},
     {"LEMMA": {"IN": ["month", "year", "week"]}}, {"LOWER": "from"},
     {"LOWER": {"IN": ["today", "now", "yesterday", "tomorrow"]}}],
    # "at 4:30 a.m. EST", "at approximately 1:20 p.m.": a time of day without a date is the day of the report
    [{"LOWER": "at"}, {"LOWER": {"IN": ["approximately", "about", "around"]}, "OP": "?"},
     {"TEXT": {"REGEX": r"^\d{1,2}(?::\d\d)?$"}}, {"LOWER": {"IN": ["a.m.", "p.m.", "am", "pm"]}}],
    # "in his first presidential term", "during her previous term": a leader's tenure (world/leaders)
    [{"LOWER": {"IN": ["in", "during"]}}, {"LOWER": {"IN": ["his", "her", "its", "their"]}},
     {"LOWER": {"IN": ["first", "second", "third", "previous", "earlier", "last"]}},
     {"LOWER": "presidential", "OP": "?"}, {"LOWER": {"IN": ["term", "tenure", "mandate"]}}],
    # "during Trump's earlier term as president": the leader named in the date itself
    [{"LOWER": {"IN": ["in", "during"]}}, {"IS_TITLE": True, "OP": "{1,2}"}, {"ORTH": {"IN": ["'s", "’s"]}},
     {"LOWER": {"IN": ["first", "second", "third", "previous", "earlier", "last"]}},
     {"LOWER": "presidential", "OP": "?"}, {"LOWER": {"IN": ["term", "tenure", "mandate"]}}],
    # "on the first day of his presidency in 2025", "on her first day in office": the day a leader's tenure began
    [{"LOWER": "on", "OP": "?"}, {"LOWER": "the"}, {"LOWER": "first"}, {"LOWER": "day"}, {"LOWER": "of"},
     {"LOWER": {"IN": ["his", "her"]}}, {"LOWER": {"IN": ["second", "new"]}, "OP": "?"},
     {"LOWER": {"IN": ["presidency", "term", "tenure", "administration", "mandate"]}},
     {"LOWER": "in", "OP": "?"}, {**_YEAR, "OP": "?"}],
    [{"LOWER": "on", "OP": "?"}, {"LOWER": {"IN": ["his", "her"]}}, {"LOWER": "first"}, {"LOWER": "day"},
     {"LOWER": {"IN": ["in", "back"]}}, {"LOWER": {"IN": ["office", "power"]}}, {"LOWER": "in", "OP": "?"},
     {**_YEAR, "OP": "?"}],
    # "on his first day back in office in January 2025": the day itself, not the month the words end on
    [{"LOWER": "on", "OP": "?"}, {"LOWER": {"IN": ["his", "her"]}}, {"LOWER": "first"}, {"LOWER": "day"},
     {"LOWER": "back"}, {"LOWER": "in"}, {"LOWER": {"IN": ["office", "power"]}}, {"LOWER": "in", "OP": "?"},
     {**_MONTH, "OP": "?"}, {**_YEAR, "OP": "?"}],
    [{"LOWER": "on", "OP": "?"}, {"LOWER": {"IN": ["his", "her"]}}, {"LOWER": "first"}, {"LOWER": "day"},
     {"LOWER": "in"}, {"LOWER": {"IN": ["office", "power"]}}, {"LOWER": "in"}, _MONTH, _YEAR],
    # "between January 29 and July 29, 2025", "between 1 June and 1 September 2025": one interval
    [{"LOWER": "between"}, _MONTH, _DAY, {"LOWER": "and"}, _MONTH, _DAY, _COMMA, {**_YEAR, "OP": "?"}],
    [{"LOWER": "between"}, _DAY, _MONTH, {"LOWER": "and"}, _DAY, _MONTH, {**_YEAR, "OP": "?"}],
    [{"LOWER": "between"}, _MONTH, {"LOWER": "and"}, _MONTH, {**_YEAR, "OP": "?"}],
    [{"LOWER": "between"}, _YEAR, {"LOWER": "and"}, _YEAR],  # "ratified it between 2000 and 2004": one span
    # "between January 29, 2025, and July 29, 2025", "between 29 January 2025 and 29 July 2025": each with its year
    [{"LOWER": "between"}, _MONTH, _DAY, _COMMA, _YEAR, _COMMA, {"LOWER": "and"}, _MONTH, _DAY, _COMMA, _YEAR],
    [{"LOWER": "between"}, _DAY, _MONTH, _YEAR, _COMMA, {"LOWER": "and"}, _DAY, _MONTH, _YEAR],
]  # fmt: skip


# "communicate": "have officially communicated their decision to withdraw from ECOWAS"
_NOTIFY = ["notify", "deposit", "submit", "lodge", "transmit", "deliver", "hand", "send", "present", "file", "inform",
           "communicate", "forward", "tell"]  # fmt: skip  # "forwarded these notifications", "told the UN Secretary
# General ... that it had decided to withdraw": a state's own, to the depositary (triggers.py, notices.py)

# "did not sign up to the deal", "signed on to the Paris Agreement", "signed onto it", "never signed on as reason to
# abandon the agreement": the idiom for joining (consenting to be bound), not a signature (VCLT Arts. 11-16); 'signed
# on Monday', 'signed on behalf of', 'signed on 3 December 1997' keep 'on' before a noun: signatures
SIGNED_ON: list[list[dict[str, Any]]] = [
    [{"LEMMA": "sign"}, {"LOWER": {"IN": ["up", "on"]}}, {"LOWER": {"IN": ["to", "for"]}}],
    [{"LEMMA": "sign"}, {"LOWER": "onto"}],
    [{"LEMMA": "sign"}, {"LOWER": {"IN": ["up", "on"]}},
     {"LOWER": {"IN": ["as", "because", "and", "but", "since", "when", "yet"]}}],
    [{"LEMMA": "sign"}, {"LOWER": {"IN": ["up", "on"]}}, {"IS_PUNCT": True}],
]  # fmt: skip

TRIGGER_PATTERNS: dict[str, list[list[dict[str, Any]]]] = {
    "EFFECT": [
        [{"LEMMA": {"IN": ["take", "go", "come"]}}, {"LOWER": {"IN": ["into", "legal", "full", "formal"]}, "OP": "?"},
         {"LOWER": "effect"}],
        # "Lithuania's withdrawal ... has officially come into legal effect as of Thursday" (LRT, 6 March 2025)
        [{"LEMMA": {"IN": ["come", "go"]}}, {"LOWER": "into"}, {"LOWER": {"IN": ["legal", "full", "formal"]}},
         {"LOWER": "effect"}],
        [{"LEMMA": "become"}, {"LOWER": "effective"}],
        [{"LOWER": {"IN": ["will", "would", "shall"]}}, {"LOWER": "be"}, {"LOWER": "effective"}],  # "This exit will be
        # effective, as provided for in the text, one year after its notification, i.e. on 1er January 2024"
        # "Turkey's withdrawal from the Istanbul Convention became official on Thursday" (a withdrawal's only)
        [{"LEMMA": "become"}, {"LOWER": {"IN": ["official", "final"]}}],
        # "the withdrawal became legally binding on March 6, 2025" (SeeNews, 6 March 2025; a withdrawal's only)
        [{"LEMMA": "become"}, {"LOWER": "legally", "OP": "?"}, {"LOWER": "binding"}],
        [{"LOWER": {"IN": ["is", "was"]}}, {"LOWER": {"IN": ["official", "final"]}}],  # "X's withdrawal ... is final"
        # "Today, ..., the United States withdrawal from the Treaty on Open Skies is now effective" (a withdrawal's)
        [{"LOWER": {"IN": ["is", "was"]}}, {"LOWER": {"IN": ["now", "officially", "formally"]}},
         {"LOWER": "effective"}],
        # "The formal withdrawal occurred on Sunday", "the US exit took place on 4 November"
        [{"LOWER": {"IN": ["withdrawal", "exit", "departure", "pullout"]}},
         {"LOWER": {"IN": ["occurred", "happened", "occurs", "happens"]}}],
        [{"LOWER": {"IN": ["withdrawal", "exit", "departure", "pullout"]}},
         {"LOWER": {"IN": ["took", "takes", "take", "will", "would"]}}, {"LOWER": "take", "OP": "?"},
         {"LOWER": "place"}],
        # "The formal exit will come on July 1" (Euractiv, 22 March 2021): the exit's coming on a day (kept only
        # before a date, triggers.py)
        [{"LOWER": {"IN": ["withdrawal", "exit", "departure", "pullout"]}},
         {"LOWER": {"IN": ["will", "would", "shall"]}, "OP": "?"}, {"LOWER": {"IN": ["come", "comes", "came"]}},
         {"LOWER": {"IN": ["on", "in"]}}],
        # "The US initially announced in February that this would take place on August 2" (the withdrawal just
        # named: the reader asks for one in the words before)
        [{"LOWER": {"IN": ["this", "it"]}}, {"LOWER": {"IN": ["would", "will"]}}, {"LOWER": "take"},
         {"LOWER": "place"}],
        [{"LOWER": {"IN": ["this", "it"]}}, {"LOWER": {"IN": ["would", "will"]}},
         {"LOWER": {"IN": ["occur", "happen"]}}],  # "Therefore, this will occur on December 18, 2021"
        # "The U.S. withdrawal from UNESCO is set to be completed by the end of 2026": a withdrawal's completion to come
        # (kept only after a withdrawal noun, triggers.py)
        [{"LOWER": {"IN": ["will", "would", "shall", "is", "was"]}},
         {"LOWER": {"IN": ["set", "due", "expected", "scheduled"]}, "OP": "?"}, {"LOWER": "to", "OP": "?"},
         {"LOWER": "be"}, {"LOWER": {"IN": ["completed", "finalized", "finalised"]}}],
        # "the United States started the withdrawal procedure, which was completed on November 22": the exit's
        # completion, its effect (kept only after a withdrawal noun, triggers.py)
        [{"LOWER": {"IN": ["which", "that"]}}, {"LOWER": {"IN": ["was", "were", "has", "had"]}},
         {"LOWER": "been", "OP": "?"}, {"LOWER": {"IN": ["completed", "finalized", "finalised"]}}],
        [{"LOWER": "effective"}, {"LOWER": {"IN": ["from", "on", "as", "in"]}}],  # "the departure, effective in 2025"
        [{"LOWER": "effective"}],  # "its withdrawal ... effective July 6, 2021" (kept only before a date)
        # "the effective date of withdrawal will be six months from today"
        [{"LOWER": "effective"}, {"LOWER": "date"}, {"LOWER": "of"}, {"LOWER": {"IN": ["withdrawal", "the"]}},
         {"LOWER": "withdrawal", "OP": "?"}, {"LOWER": {"IN": ["will", "is", "was"]}}, {"LOWER": "be"}],
        [{"LEMMA": "cease"}, {"LOWER": {"IN": ["to", "being"]}}, {"LOWER": "be", "OP": "?"},
         {"LOWER": {"IN": ["a", "an", "the"]}, "OP": "?"},
         {"LOWER": {"IN": ["state", "high", "contracting", "full"]}, "OP": "*"},
         {"LOWER": {"IN": ["party", "parties", "member", "members", "participant"]}}],
        # "Russia from September 16 will cease to be one of the participants in the European Convention" (TASS)
        [{"LEMMA": "cease"}, {"LOWER": {"IN": ["to", "being"]}}, {"LOWER": "be", "OP": "?"}, {"LOWER": "one"},
         {"LOWER": "of"}, {"LOWER": "the"}, {"LOWER": {"IN": ["state", "high", "contracting", "full"]}, "OP": "*"},
         {"LOWER": {"IN": ["parties", "members", "participants"]}}],
        # "Russia will lose status of party to ECHR from September 16" (TASS), "lose its status as a member of"
        [{"LEMMA": "lose"}, {"LOWER": {"IN": ["its", "their", "the"]}, "OP": "?"}, {"LOWER": "status"},
         {"LOWER": {"IN": ["of", "as"]}}, {"LOWER": {"IN": ["a", "an"]}, "OP": "?"},
         {"LOWER": {"IN": ["state", "full"]}, "OP": "?"}, {"LOWER": {"IN": ["party", "member", "participant"]}}],
        [{"LEMMA": "expire"}],
        # "Today marks the entry into force of Latvia's decision to withdraw from ...": a withdrawal's entry into force
        # (the treaty's own is FORCE: "the entry into force of the Convention")
        [{"LOWER": "the", "OP": "?"}, {"LOWER": "entry"}, {"LOWER": "into"}, {"LOWER": "force"}, {"LOWER": "of"},
         {"LOWER": {"IN": ["the", "its", "their"]}, "OP": "?"}, {"ENT_TYPE": {"IN": ["STATE", "CAPITAL"]}, "OP": "*"},
         {"ORTH": {"IN": ["'s", "’s", "'", "’"]}, "OP": "?"}, {"LOWER": {"IN": ["official", "formal"]}, "OP": "?"},
         {"LOWER": {"IN": ["withdrawal", "exit", "denunciation", "decision"]}}],  # "of the United States’ exit" (IDOS)
        # "the departure formally takes effect one year after notification, making 27 January 2026 the official
        # date" (kept only before a date and 'the official date')
        [{"LOWER": "making"}],
        [{"LOWER": "setting"}, {"LOWER": "up", "OP": "?"}],  # "setting up August 2 as the first day X could exit"
    ],
    "FORCE": [[{"LEMMA": {"IN": ["enter", "come", "go"]}}, {"LOWER": "into"}, {"LOWER": "force"}],  # "go into force"
              [{"LEMMA": "enter"}, {"LOWER": "in"}, {"LOWER": "force"}],  # "entering in force" (as 'entrer en vigueur')
              # "Since its entry into force in 1970", "this international agreement, in force since 1998": the
              # treaty's own entry into force as a noun or an adjective (the reader keeps them only before a date)
              [{"LOWER": {"IN": ["its", "the"]}}, {"LOWER": {"IN": ["initial", "original"]}, "OP": "?"},
               {"LOWER": "entry"}, {"LOWER": "into"}, {"LOWER": "force"}],  # "its initial entry into force in 1999"
              # "the Ottawa Convention's entry into force on 1 March 1999", "the entry into force of the Ottawa
              # Convention in March 1999": the same noun with the treaty as its possessor or its 'of'
              [{"ORTH": {"IN": ["'s", "’s"]}}, {"LOWER": "entry"}, {"LOWER": "into"}, {"LOWER": "force"}],
              [{"LOWER": "the"}, {"LOWER": "entry"}, {"LOWER": "into"}, {"LOWER": "force"}, {"LOWER": "of"},
               {"LOWER": "the", "OP": "?"}, {"ENT_TYPE": "TREATY", "OP": "+"}],
              [{"LOWER": "in"}, {"LOWER": {"IN": ["force", "effect"]}}, {"LOWER": "since"}]],  # "The agreement is
              # in effect since 4 November 2016" (DR1, 10 February 2017; batch 53)
    "LEAVE": [
        [{"LEMMA": {"IN": WITHDRAW_LEMMAS}}],
        # "Venezuela, which was excluded from membership at its own request in 2019": an exit the state asked for
        # (an expulsion without 'at its own request' is no withdrawal)
        [{"LOWER": {"IN": ["excluded", "removed", "released"]}}, {"LOWER": "from"}, {"LOWER": "the", "OP": "?"},
         {"LOWER": {"IN": ["membership", "organization", "organisation"]}}, {"LOWER": "at"},
         {"LOWER": {"IN": ["its", "their"]}}, {"LOWER": "own"}, {"LOWER": "request"}],
        [{"LEMMA": {"IN": ["pull", "walk", "drop", "opt", "back", "step"]}}, {"LOWER": {"IN": ["out", "away"]}}],
        # "Argentina Cuts Ties With WHO to Claim Health Independence" (LocalNews.ai, 17 March 2026): ties cut with a
        # treaty's body are its membership ended (kept only with a treaty as the object, as any exit verb: not "cut
        # ties with Russia")
        [{"LEMMA": {"IN": ["cut", "sever"]}}, {"LOWER": {"IN": ["all", "its", "their", "formal"]}, "OP": "*"},
         {"LOWER": "ties"}, {"LOWER": "with"}],
        # "the U.S. has officially escaped from the Paris Climate Agreement": a leaving told as an escape (kept only
        # with the treaty as its object, triggers.py: not "escaped from prison")
        [{"LEMMA": "escape"}, {"LOWER": "from"}],
        # "brought forward its planned withdrawal from the bloc": an exit made earlier than planned is made (the
        # statement's claim; 'forward' no forwarding of a notice, triggers.py)
        [{"LEMMA": "bring"}, {"LOWER": "forward"}, {"LOWER": {"IN": ["its", "their", "the"]}},
         {"LOWER": {"IN": ["planned", "scheduled", "announced", "formal", "official"]}, "OP": "?"},
         {"LOWER": {"IN": ["withdrawal", "exit", "departure"]}}],
        # "Gambia will be formally removed from the ICC on 10 November 2017": the day its exit takes effect (only
        # the future 'be removed': 'was removed from' may be an expulsion)
        [{"LOWER": {"IN": ["will", "would", "shall"]}}, {"LOWER": "be"},
         {"LOWER": {"IN": ["formally", "officially"]}, "OP": "?"}, {"LOWER": "removed"}, {"LOWER": "from"}],
        # "The European treaty on preventing ... violence was annulled with a decree on March 20": the treaty as the
        # subject of a state's act (the reader asks for the treaty before the verb and no state)
        [{"LOWER": {"IN": ["was", "were", "been"]}}, {"LOWER": {"IN": ["formally", "officially"]}, "OP": "?"},
         {"LOWER": {"IN": [*ANNULLED, *PASSIVE_EXITS]}}],
        # "Trump pulled the US out of the agreement", "pulled the country out of", "Drags U.S. Out of": the state
        # inside the verb
        [{"LEMMA": {"IN": ["pull", "take", "drag"]}}, {"LOWER": "the", "OP": "?"},
         {"ENT_TYPE": {"IN": ["STATE", "CAPITAL"]}, "OP": "+"}, {"LOWER": "out"}, {"LOWER": "of"}],
        [{"LEMMA": {"IN": ["pull", "take"]}}, {"LOWER": {"IN": ["the", "its", "his", "their"]}},
         {"LOWER": {"IN": ["country", "nation"]}}, {"LOWER": "out"}, {"LOWER": "of"}],
        # "former President Donald J. Trump, who withdrew the United States during his first term": a State as the
        # object of 'withdrew' (the State inside the verb; with no 'from' after it, the treaty named before it,
        # treaty_refs._bare)
        [{"LOWER": {"IN": ["withdrew", "withdrawn"]}}, {"LOWER": "the", "OP": "?"}, {"ENT_TYPE": "STATE", "OP": "+"}],
        # "Ortega and Murillo Pull Nicaragua from UNESCO": the same act with 'from' (the object must be a treaty)
        [{"LEMMA": "pull"}, {"LOWER": "the", "OP": "?"}, {"ENT_TYPE": {"IN": ["STATE", "CAPITAL"]}, "OP": "+"},
         {"LOWER": "from"}],
        # "will be out of the pact on November 4, 2020", "was officially out of the ICC on Sunday"
        [{"LOWER": {"IN": ["be", "was", "were", "is", "been"]}},
         {"LOWER": {"IN": ["officially", "formally"]}, "OP": "?"}, {"LOWER": "out"}, {"LOWER": "of"}],
        [{"LOWER": {"IN": ["officially", "formally"]}}, {"LOWER": "out"}, {"LOWER": "of"}],  # "X officially out of Y"
        [{"LOWER": "out"}, {"LOWER": "of"}],  # "US out of Paris pact": a verbless headline (triggers.py keeps it only
        # in a headline, right after a state)
        # "is no longer a member of the International Criminal Court", "Russia No Longer a Party to the ECHR"
        # "the US is no longer party to the Treaty": the singular without its article
        [{"LOWER": "no"}, {"LOWER": "longer"}, {"LEMMA": "be", "OP": "?"}, {"LOWER": {"IN": ["a", "an"]}, "OP": "?"},
         {"LOWER": {"IN": ["state", "full", "contracting", "high"]}, "OP": "*"},
         {"LOWER": {"IN": ["party", "member"]}}],
        # "will from today no longer be part of the treaty", "is no longer part of the Rome Statute": the same status
        [{"LOWER": "no"}, {"LOWER": "longer"}, {"LEMMA": "be", "OP": "?"}, {"LOWER": "part"}, {"LOWER": "of"}],
        # "Estonia, Latvia and Lithuania are no longer parties to the convention"
        [{"LOWER": "no"}, {"LOWER": "longer"}, {"LEMMA": "be", "OP": "?"},
         {"LOWER": {"IN": ["state", "full", "contracting", "high"]}, "OP": "*"},
         {"LOWER": {"IN": ["parties", "members"]}}],
        # "had ended the country's participation in the Istanbul Convention", "formally ended U.S. participation in
        # an agreement to create the world's first permanent tribunal" (the state's name inside)
        [{"LEMMA": {"IN": ["end", "terminate"]}}, {"LOWER": {"IN": ["its", "the", "their", "country", "'s", "’s",
                                                                     "nation", "state"]}, "OP": "*"},
         {"ENT_TYPE": "STATE", "OP": "*"}, {"LOWER": {"IN": ["participation", "membership"]}}],
        # "Japan ended its 68-year membership of the IWC", "ended its decades-long participation in": the same exit,
        # the membership's length before it (not the participle ', ending its 14-year participation', which restates
        # the effect the clause has told)
        [{"LOWER": {"IN": ["ended", "ends", "terminated", "terminates"]}}, {"LOWER": {"IN": ["its", "the", "their"]}},
         {"LIKE_NUM": True, "OP": "?"}, {"ORTH": "-", "OP": "?"},
         {"LOWER": {"IN": ["year", "years", "decade", "decades", "year-long", "decade-long", "decades-long"]}},
         {"ORTH": "-", "OP": "?"}, {"LOWER": {"IN": ["long", "old"]}, "OP": "?"},
         {"LOWER": {"IN": ["participation", "membership"]}}],
        [{"LEMMA": {"IN": ["finalize", "finalise", "complete", "formalize", "formalise"]}},
         {"LOWER": {"IN": ["its", "the", "their", "his", "a"]}, "OP": "?"},
         {"LOWER": {"IN": ["formal", "official", "final"]}, "OP": "?"},  # "completed its formal withdrawal from"
         {"LOWER": {"IN": ["withdrawal", "exit", "pullout", "departure"]}}],
        [{"LEMMA": {"IN": ["finalize", "finalise", "complete"]}}, {"LOWER": {"IN": ["its", "the", "their"]}},
         {"LOWER": {"IN": ["procedure", "process"]}}, {"LOWER": {"IN": ["for", "of"]}},
         {"LOWER": {"IN": ["withdrawing", "leaving", "exiting"]}}],
        # "Poland completed the process on 20 February this year, after submitting a notification of withdrawal":
        # the exit's process (kept only dated and in a sentence about a withdrawal, triggers.py)
        [{"LEMMA": {"IN": ["finalize", "finalise", "complete"]}}, {"LOWER": {"IN": ["its", "the", "their"]}},
         {"LOWER": {"IN": ["procedure", "process"]}}],
        # "has officially finalized all legal procedures necessary for its withdrawal from the CIS": the exit done
        [{"LEMMA": {"IN": ["finalize", "finalise", "complete"]}},
         {"LOWER": {"IN": ["all", "the", "its", "their", "legal", "formal", "necessary", "required"]}, "OP": "*"},
         {"LOWER": {"IN": ["procedures", "formalities", "steps"]}},
         {"LOWER": {"IN": ["necessary", "needed", "required"]}, "OP": "?"}, {"LOWER": "for"},
         {"LOWER": {"IN": ["its", "their", "the"]}}, {"LOWER": {"IN": ["withdrawal", "exit", "departure"]}}],
        # "the withdrawal process has now been completed"
        [{"LOWER": {"IN": ["withdrawal", "exit"]}}, {"LOWER": "process", "OP": "?"},
         {"LOWER": {"IN": ["has", "had", "was", "is"]}},
         {"LOWER": {"IN": ["now", "formally", "officially"]}, "OP": "?"}, {"LOWER": "been", "OP": "?"},
         {"LOWER": {"IN": ["completed", "finalized", "finalised"]}}],
        # "now that the withdrawal has become official": the exit done (the state the article names)
        [{"LOWER": {"IN": ["withdrawal", "exit"]}}, {"LOWER": {"IN": ["has", "had"]}},
         {"LOWER": {"IN": ["now", "formally", "officially"]}, "OP": "?"}, {"LOWER": "become"},
         {"LOWER": {"IN": ["official", "final"]}}],
        # "is becoming the first country to withdraw from": the deed, in the tense of the copula
        # "making the country the first in history to officially withdraw from the Rome Statute"
        # "The only other country worldwide to leave ... is Burundi": the same deed, its state after the copula
        # "the first EU member state to leave": a region's or a bloc's name and 'member state' between
        [{"LOWER": {"IN": ["first", "second", "third", "only", "latest", "last", "1st", "2nd", "3rd"]}},
         {"LOWER": "other", "OP": "?"}, {"TEXT": {"REGEX": r"^[A-Z][A-Za-z]+$"}, "OP": "?"},
         {"LOWER": {"IN": ["country", "state", "nation", "member"]}, "OP": "{0,2}"},
         {"LOWER": {"IN": ["worldwide", "ever"]}, "OP": "?"}, {"LOWER": "in", "OP": "?"},
         {"LOWER": "history", "OP": "?"}, {"LOWER": "to"}, {"LOWER": {"IN": ["officially", "formally"]}, "OP": "?"},
         {"LOWER": {"IN": ["withdraw", "leave", "quit", "exit"]}}],
    ],
    "NOTIFY": [[{"LEMMA": {"IN": _NOTIFY}}],
               # "The process of Venezuela's exit from the organization started in 2017", "the withdrawal process
               # began in July": the notice that starts the period (read only in the past tense)
               [{"LOWER": "process"}, {"LOWER": "of"}, {"IS_PUNCT": False, "OP": "{0,3}"},
                {"LOWER": {"IN": ["exit", "withdrawal", "withdrawing", "leaving"]}},
                {"IS_PUNCT": False, "OP": "{0,6}"}, {"LOWER": {"IN": ["started", "began"]}}],
               [{"LOWER": {"IN": ["withdrawal", "exit"]}}, {"LOWER": "process"},
                {"LOWER": {"IN": ["started", "began"]}}],
               # "In May 2020, the United States started the withdrawal procedure": the notice that starts it
               [{"LOWER": {"IN": ["began", "begun", "started", "initiated", "launched"]}},
                {"LOWER": {"IN": ["the", "its", "their", "a", "formal"]}, "OP": "*"},
                {"LOWER": {"IN": ["withdrawal", "exit", "denunciation"]}}, {"LOWER": {"IN": ["process", "procedure"]}}],
               # "started the two-year process to leave the OAS", "began steps to withdraw", "initiated the
               # process of withdrawing": the notification that starts the period (read only in the past tense)
               # "initiated actions to leave the WHO in 2020" (Prensa Latina, 2025): the notice that started it
               # "Theresa May is due to trigger the formal two-year process of leaving the EU on Wednesday next week"
               [{"LOWER": {"IN": ["began", "begun", "started", "initiated", "launched", "begin", "start", "trigger",
                                  "triggered", "triggering"]}},
                {"LOWER": {"IN": ["the", "its", "a", "formal"]}, "OP": "*"}, {"LIKE_NUM": True, "OP": "?"},
                {"ORTH": "-", "OP": "?"}, {"LEMMA": {"IN": ["year", "month"]}, "OP": "?"},
                {"LOWER": {"IN": ["process", "steps", "procedure", "actions", "moves"]}},
                {"LOWER": {"IN": ["to", "of", "for"]}},
                {"LOWER": {"IN": ["withdraw", "withdrawing", "leave", "leaving", "exit", "exiting", "quit",
                                  "quitting", "withdrawal", "pull", "pulling"]}}],  # "began the process of pulling
               # the United States out of WHO with an executive order" (The Telegraph India/PTI, 5 February 2025)
               # "South Africa said last month that it had initiated its withdrawal from the court": the notice that
               # starts the exit (read only in the past tense, as the process begun)
               [{"LOWER": {"IN": ["initiated", "begun", "began", "started", "launched"]}},
                {"LOWER": {"IN": ["its", "their", "the"]}}, {"LOWER": {"IN": ["formal", "official"]}, "OP": "?"},
                {"LOWER": {"IN": ["withdrawal", "exit", "pullout"]}}, {"LOWER": "from"}],
               # "US kicks off withdrawal from Paris Agreement" (Xinhua, 2019): the same, as a phrasal verb
               [{"LOWER": {"IN": ["kicks", "kicked"]}}, {"LOWER": "off"},
                {"LOWER": {"IN": ["its", "their", "the", "formal", "official"]}, "OP": "*"},
                {"LOWER": {"IN": ["pullout", "pull-out", "withdrawal", "exit"]}}, {"LOWER": "from"}],
               # "Venezuela begins pullout from American Convention on Human Rights": a headline's present, the notice
               # that starts the exit (the article's day)
               [{"LOWER": {"IN": ["begins", "starts", "initiates", "launches", "began", "started", "initiated"]}},
                {"LOWER": {"IN": ["formal", "official"]}, "OP": "?"},
                {"LOWER": {"IN": ["pullout", "pull-out", "withdrawal", "exit"]}}, {"LOWER": "from"}],
               # "gave a letter of official notification of the United Kingdom's withdrawal ... to Tusk"
               [{"LEMMA": {"IN": ["give", "hand", "deliver", "send"]}}, {"LOWER": {"IN": ["a", "the", "its"]}},
                {"LOWER": {"IN": ["letter", "note"]}}, {"LOWER": "of"},
                {"LOWER": {"IN": ["formal", "written", "official"]}, "OP": "?"},
                {"LOWER": {"IN": ["notice", "notification"]}}],
               # "as Article 50 has been triggered": the withdrawal article invoked, in the passive
               # "Article 50 process will be triggered next Wednesday", "Article 50 to be triggered by Theresa May"
               [{"LOWER": {"IN": ["article", "art."]}}, {"LIKE_NUM": True}, {"LOWER": "process", "OP": "?"},
                {"LOWER": {"IN": ["has", "have", "had", "was", "is", "been", "now", "formally", "officially", "will",
                                  "be", "to"]},
                 "OP": "+"},
                {"LOWER": {"IN": ["triggered", "invoked", "activated"]}}],
               [{"LOWER": {"IN": ["notice", "notification"]}}, {"LEMMA": "be"},
                {"LEMMA": {"IN": ["give", "deliver", "hand", "send", "submit", "transmit", "lodge", "deposit",
                                  "provide"]}}],
               # "gave formal notice", "provided notice to the Depositaries of its decision to withdraw"
               # "The UK gives its article 50 withdrawal notice" (Clifford Chance, 29 March 2017; batch 53): the
               # withdrawal article's number and the exit noun before the notice
               [{"LEMMA": {"IN": ["give", "serve", "issue", "provide"]}},
                {"LOWER": {"IN": ["a", "its", "the"]}, "OP": "?"},
                {"LOWER": {"IN": ["formal", "written", "official"]}, "OP": "?"},
                {"LOWER": {"IN": ["article", "art."]}, "OP": "?"}, {"LIKE_NUM": True, "OP": "?"},
                {"LOWER": {"IN": ["withdrawal", "exit", "denunciation"]}, "OP": "?"},
                {"LOWER": {"IN": ["notice", "notification"]}}],
               # "The US' withdrawal was formally set in motion by President Donald Trump with a letter exactly one
               # year ago": the notice that starts the exit (the exit noun its passive subject; 'set in motion the
               # withdrawal' its object)
               [{"LOWER": {"IN": ["withdrawal", "exit", "departure", "pullout"]}},
                {"LOWER": {"IN": ["was", "were", "had", "been"]}, "OP": "{1,2}"},
                {"LOWER": {"IN": ["formally", "officially", "first"]}, "OP": "?"}, {"LOWER": "set"},
                {"LOWER": "in"}, {"LOWER": "motion"}],
               [{"LOWER": {"IN": ["set", "sets"]}}, {"LOWER": "in"}, {"LOWER": "motion"},
                {"LOWER": {"IN": ["the", "its", "their", "a"]}}, {"IS_ALPHA": True, "OP": "{0,2}"},
                {"LOWER": {"IN": ["withdrawal", "exit", "departure", "pullout"]}}],
               # "Moscow gave treaty signatories six months' notice of its intention to withdraw on June 18": the
               # notice with the period it runs, its recipients (a few words) between
               [{"LEMMA": {"IN": ["give", "serve"]}}, {"IS_ALPHA": True, "ENT_TYPE": "", "OP": "{0,3}"},
                {"LOWER": {"IN": ["a", "an", "one", "two", "three", "six", "twelve", "1", "2", "3", "6", "12"]}},
                {"LOWER": {"IN": ["month", "months", "year", "years"]}}, {"ORTH": {"IN": ["'", "’", "'s", "’s"]}},
                {"LOWER": "notice"}],
               # "has given the United Nations notice of withdrawal": the recipient named before the notice
               [{"LEMMA": {"IN": ["give", "serve"]}}, {"LOWER": "the", "OP": "?"},
                {"TEXT": {"REGEX": r"^(?:[A-Z]|-$)"}, "OP": "{1,5}"},
                {"LOWER": {"IN": ["formal", "written", "official"]}, "OP": "?"},
                {"LOWER": {"IN": ["notice", "notification"]}}],
               [{"LEMMA": "receive"}],
               # "the country made its withdrawal official before the World Bank last January 25th": made formal
               # before (with, to) a recipient, the notice, not the effect
               [{"LEMMA": "make"}, {"LOWER": {"IN": ["its", "their", "the"]}},
                {"LOWER": {"IN": ["withdrawal", "exit", "denunciation"]}}, {"IS_PUNCT": False, "OP": "{0,8}"},
                {"LOWER": {"IN": ["official", "formal"]}}, {"LOWER": {"IN": ["before", "with", "to"]}}],
               # "issued its withdrawal notice in January 2024", "a one-year withdrawal notice issued by the three
               # countries in January 2024": 'issue' only with the notice it issues
               [{"LEMMA": "issue"}, {"LOWER": {"IN": ["a", "an", "its", "their", "the", "formal", "written",
                                                     "official", "withdrawal", "exit"]}, "OP": "*"},
                {"LOWER": {"IN": ["notice", "notification", "notices", "notifications"]}}],
               [{"LOWER": {"IN": ["notice", "notification", "notices", "notifications"]}}, {"LOWER": "issued"},
                {"LOWER": "by"}],
               # "The U.K. has officially triggered Article 50": invoking the treaty's withdrawal article (checked
               # against the rule file's article by the reader), the notification it makes
               [{"LEMMA": {"IN": ["trigger", "invoke", "activate"]}}, {"LOWER": {"IN": ["article", "art."]}}],
               # "Theresa May will trigger EU withdrawal talks under Article 50 on March 29": the exit's talks
               # triggered under an article (checked against the rule file's withdrawal article by the reader)
               [{"LEMMA": {"IN": ["trigger", "invoke"]}}, {"IS_PUNCT": False, "OP": "{0,2}"},
                {"LOWER": {"IN": ["withdrawal", "exit", "divorce", "brexit"]}},
                {"LOWER": {"IN": ["talks", "negotiations", "process", "procedure"]}}, {"LOWER": "under"},
                {"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["article", "art."]}}],
               # "the historic step of triggering Brexit on March 29": an exit's own name (rule files' exit_names)
               # triggered, the notice under the withdrawal article (checked against the exit names by the reader)
               [{"LEMMA": {"IN": ["trigger", "invoke"]}}, {"LOWER": "the", "OP": "?"},
                {"ENT_TYPE": "TREATY", "LOWER": {"NOT_IN": ["article", "art."]}}],
               # "Article 50 triggered by Theresa May": the same, in a headline's passive
               [{"LOWER": {"IN": ["article", "art."]}}, {"LIKE_NUM": True},
                {"LOWER": {"IN": ["triggered", "invoked", "activated"]}}],
               # "It is dated 22 January 2025" (the letter just named), "the notification was dated 6 July"
               [{"LOWER": {"IN": ["it", "letter", "notice", "notification", "note", "instrument"]}},
                {"LOWER": {"IN": ["is", "was"]}}, {"LOWER": "dated"}]],
    "JOIN": [
        [{"LEMMA": {"IN": ["join", "rejoin"]}}],
        # "in August 2006 the country reestablished its membership in the CSTO": a return
        [{"LOWER": {"IN": ["restored", "restores", "reestablished", "re-established", "reinstated", "reinstates",
                           "resumed", "resumes"]}}, {"LOWER": {"IN": ["its", "their"]}}, {"LOWER": "full", "OP": "?"},
         {"LOWER": "membership"}],
        [{"LEMMA": "adhere"}, {"LOWER": "to"}],  # "adhered to the Convention in 1993" (as 'adhérer', 'adherir')
        [{"LOWER": {"IN": ["returned", "returns", "return"]}}, {"LOWER": "to"}],  # "The US returned to UNESCO"
        # "The US re-entry into the Paris Agreement on 19 February 2021": the noun, kept only with its owner
        [{"LOWER": "re"}, {"ORTH": "-"}, {"LOWER": "entry"}, {"LOWER": {"IN": ["into", "to"]}}],
        [{"LOWER": "reentry"}, {"LOWER": {"IN": ["into", "to"]}}],
        # "Bolivia Officially Returns as a Party to the 1961 Single Convention", "returned as a member of": re-entry
        [{"LOWER": {"IN": ["returned", "returns", "return", "returning"]}}, {"LOWER": "as"},
         {"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, {"LOWER": {"IN": ["state", "full"]}, "OP": "?"},
         {"LOWER": {"IN": ["party", "member"]}}, {"LOWER": {"IN": ["to", "of"]}}],
        # "took the country back into the accord", "brought the US back into the Paris Agreement": a re-entry
        [{"LEMMA": {"IN": ["take", "bring"]}}, {"IS_ALPHA": True, "OP": "?"}, {"IS_ALPHA": True, "OP": "?"},
         {"LOWER": "back"}, {"LOWER": {"IN": ["into", "to"]}}],
        *SIGNED_ON,
        # "The US Re-Enters To the Paris Climate Accord", "re-entered the agreement": a re-entry
        [{"LOWER": "re"}, {"ORTH": "-"}, {"LOWER": {"IN": ["enter", "enters", "entered", "entering"]}}],
        [{"LOWER": {"IN": ["reenter", "reenters", "reentered", "reentering", "re-enter", "re-enters", "re-entered",
                           "re-entering"]}}],
        # "Bolivia said it had been re-admitted to the U.N. anti-narcotics convention": a rejoining
        [{"LOWER": "re"}, {"ORTH": "-"}, {"LOWER": {"IN": ["admitted", "admits"]}}, {"LOWER": {"IN": ["to", "into"]}}],
        [{"LOWER": {"IN": ["readmitted", "re-admitted"]}}, {"LOWER": {"IN": ["to", "into"]}}],
        # "was never a member of", "was not ever, ever a member of that ICC": a membership denied
        [{"LOWER": {"IN": ["not", "never"]}}, {"LOWER": {"IN": ["ever", ","]}, "OP": "*"},
         {"LOWER": {"IN": ["a", "the"]}, "OP": "?"}, {"LOWER": {"IN": ["state", "states"]}, "OP": "?"},
         {"LOWER": {"IN": ["party", "parties", "member", "members"]}}, {"LOWER": {"IN": ["to", "of"]}}],
        # "has never been a party to" ('has not been a party ... since 2017' is a status since a day, no denial)
        [{"LOWER": "never"}, {"LOWER": "been"}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
         {"LOWER": {"IN": ["state", "states"]}, "OP": "?"}, {"LOWER": {"IN": ["party", "parties", "member"]}},
         {"LOWER": {"IN": ["to", "of"]}}],
        # "became the 125th state party"; a headline's "Ukraine becomes party to the Rome Statute" drops the article
        [{"LEMMA": "become"}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"},
         {"TEXT": {"REGEX": r"^\d+(?:st|nd|rd|th)$"}, "OP": "?"},
         {"LOWER": {"IN": ["state", "full", "full-fledged"]}, "OP": "?"}, {"LOWER": {"IN": ["party", "member"]}}],
        # "will formally become an ICC member on 1 April", "UN confirms Palestine will be ICC member on 1 April": the
        # treaty's name before 'member' (as 'a member of the ICC'); 'will be' only with it (not 'is an ICC member')
        [{"LEMMA": "become"}, {"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, {"ENT_TYPE": "TREATY", "OP": "+"},
         {"LOWER": {"IN": ["member", "party"]}}],
        [{"LOWER": {"IN": ["will", "would"]}}, {"LOWER": {"IN": ["formally", "officially"]}, "OP": "?"},
         {"LOWER": "be"}, {"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, {"ENT_TYPE": "TREATY", "OP": "+"},
         {"LOWER": {"IN": ["member", "party"]}}],
        # "Finland becomes NATO's 31st member", "became the Council of Europe's 47th member state": the organisation's
        # possessive before the ordinal (the organisation names the treaty, as 'the 31st member of NATO' does)
        [{"LEMMA": "become"}, {"LOWER": "the", "OP": "?"}, {"IS_TITLE": True, "OP": "?"}, {"LOWER": "of", "OP": "?"},
         {"IS_UPPER": True, "OP": "?"}, {"IS_TITLE": True, "OP": "?"}, {"ORTH": {"IN": ["'s", "’s"]}},
         {"TEXT": {"REGEX": r"^\d+(?:st|nd|rd|th)$"}}, {"LOWER": {"IN": ["state", "full", "full-fledged"]}, "OP": "?"},
         {"LOWER": {"IN": ["party", "member"]}}],
    ],
    "BOUND": [
        [{"LOWER": "no"}, {"LOWER": "longer"}, {"LEMMA": "be", "OP": "?"}, {"LOWER": "legally", "OP": "?"},
         {"LOWER": "bound"}],
        # "With the denunciation law, Russia is no longer obliged to allow inspectors access": the treaty's duties
        # said to be gone (kept only where the clause tells a withdrawal or denunciation)
        [{"LOWER": "no"}, {"LOWER": "longer"}, {"LEMMA": "be", "OP": "?"}, {"LOWER": "legally", "OP": "?"},
         {"LOWER": {"IN": ["obliged", "obligated"]}}, {"LOWER": "to"}],
        # "ceased to be bound by the convention on 1 July", "stopped being bound": no longer bound from that day
        [{"LEMMA": {"IN": ["cease", "stop"]}}, {"LOWER": {"IN": ["to", "being"]}}, {"LOWER": "be", "OP": "?"},
         {"LOWER": "legally", "OP": "?"}, {"LOWER": "bound"}],
        [{"LEMMA": {"IN": ["remain", "be"]}}, {"LOWER": {"IN": ["still", "legally", "fully"]}, "OP": "*"},
         {"LOWER": "bound"}],
        [{"LEMMA": "remain"}, {"LOWER": {"IN": ["a", "the"]}, "OP": "?"}, {"LOWER": "full", "OP": "?"},
         {"LOWER": {"IN": ["party", "parties", "member", "members"]}}],
        [{"LEMMA": "remain"}, {"LOWER": "under"}],
        # "Tajikistan is a member of the International Criminal Court", "Mongolia is a state party to the Rome
        # Statute": a present copula with its article (not 'is not a member', not 'was a member')
        [{"LOWER": {"IN": ["is", "are"]}}, {"LOWER": {"IN": ["a", "an"]}},
         {"LOWER": {"IN": ["state", "full"]}, "OP": "?"}, {"LOWER": {"IN": ["party", "member"]}},
         {"LOWER": {"IN": ["of", "to"]}}],
        # "They are party to the Rome Statute", "Mongolia is also party to": the copula without its article (kept
        # only when its own subject is a State or a pronoun and its object a treaty, triggers._bare_party_of_a_treaty)
        [{"LOWER": {"IN": ["is", "are"]}}, {"LOWER": {"IN": ["also", "still", "now", "already", "both", "all"]},
                                            "OP": "*"},
         {"LOWER": {"IN": ["party", "parties"]}}, {"LOWER": "to"}],
        # "Gambia still considers itself (as) a state party to the Rome Statute": bound, as it says
        [{"LEMMA": "consider"}, {"LOWER": {"IN": ["itself", "herself", "himself", "themselves"]}},
         {"LOWER": "as", "OP": "?"}, {"LOWER": {"IN": ["a", "an"]}, "OP": "?"},
         {"LOWER": {"IN": ["state", "full"]}, "OP": "?"}, {"ORTH": "-", "OP": "?"},
         {"LOWER": {"IN": ["party", "member"]}}],
        # "the United States is once again a Party to the Paris Agreement": bound again, on the day it speaks of
        [{"LEMMA": "be"}, {"LOWER": {"IN": ["once", "now", "officially", "formally"]}, "OP": "*"}, {"LOWER": "again"},
         {"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, {"LOWER": {"IN": ["state", "full"]}, "OP": "?"},
         {"LOWER": {"IN": ["party", "member"]}}],
        # "North Korea as a state party continues to bear the legal obligations under the ICCPR": bound, as it says
        [{"LEMMA": {"IN": ["continue", "remain"]}}, {"LOWER": "to"}, {"LEMMA": {"IN": ["bear", "carry", "have"]}},
         {"LOWER": {"IN": ["the", "its", "all", "their"]}, "OP": "?"},
         {"LOWER": {"IN": ["legal", "treaty", "full"]}, "OP": "?"}, {"LOWER": "obligations"}],
        # "remains legally obligated to comply with all provisions of the Rome Statute until June 2, 2026"
        [{"LEMMA": {"IN": ["remain", "be"]}}, {"LOWER": {"IN": ["still", "legally"]}, "OP": "*"},
         {"LOWER": {"IN": ["obligated", "obliged"]}}, {"LOWER": "to"}, {"LOWER": {"IN": ["comply", "abide"]}}],
    ],
    "REVOKE": [[{"LEMMA": {"IN": ["revoke", "reverse", "rescind", "retract", "cancel"]}}],
               # "agreed to suspend its withdrawal", "Halts Pullout From", "suspended the effectuation of its
               # withdrawal": an exit stopped before it took effect (app/reading/undone.py), only with the exit as
               # the object (a suspended treaty or participation is no exit undone)
               [{"LEMMA": {"IN": ["suspend", "halt", "freeze", "pause"]}},
                {"LOWER": {"IN": SUSPENDED_EXIT_WORDS}, "OP": "*"}, {"ENT_TYPE": "STATE", "OP": "*"},
                {"ORTH": {"IN": ["'s", "’s"]}, "OP": "?"},
                {"LOWER": {"IN": ["planned", "announced", "formal"]}, "OP": "?"},
                {"LOWER": {"IN": ["withdrawal", "pullout", "pull-out", "exit", "departure", "denunciation"]}}]],
    "RATIFY": [[{"LEMMA": "ratify"}],
               [{"LOWER": "ratification"}, {"LOWER": "of"}],  # "Turkey's ratification of the Convention in 2012"
               # "welcomed today's ratification by Indonesia of the CTBT": the State inside, the treaty after 'of'
               [{"LOWER": "ratification"}, {"LOWER": "by"}, {"LOWER": "the", "OP": "?"},
                {"ENT_TYPE": "STATE", "OP": "+"}, {"LOWER": "of"}],
               # "became one of the first nations to ratify the Rome Statute": the deed, in the copula's tense
               [{"LOWER": {"IN": ["first", "second", "third", "only", "latest", "last"]}},
                {"TEXT": {"REGEX": r"^[A-Z][A-Za-z]+$"}, "OP": "?"},
                {"LOWER": {"IN": ["country", "state", "nation", "countries", "states", "nations", "member"]},
                 "OP": "{0,2}"},
                {"LOWER": "to"}, {"LOWER": "ratify"}],
               # "approved later that year by the US Senate", "the Saeima approved the Convention": a parliament's
               # approval of the treaty itself (the reader keeps it only with a parliament and the treaty approved)
               [{"LEMMA": "approve"}],
               # "expressed its consent to be bound by the Agreement by acceptance on 3 September 2016": the
               # depositary's words for a consent (its form, 'by accession', is read by the reader)
               [{"LEMMA": "express"}, {"LOWER": {"IN": ["its", "their", "his", "her"]}, "OP": "?"},
                {"LOWER": "consent"}, {"LOWER": "to"}, {"LOWER": "be"}, {"LOWER": "bound"}]],
    "HOLDOUT": [
        [{"LOWER": {"IN": ["holdouts", "holdout", "hold-outs"]}}],
        # "... must ratify the treaty before it can enter into force. Eight nations remain: China, Egypt, ...": the
        # States left to ratify, listed after a colon (kept only after a sentence about ratifying)
        [{"LIKE_NUM": True}, {"LOWER": {"IN": ["nations", "states", "countries"]}}, {"LOWER": "remain"}, {"ORTH": ":"}],
    ],
    "ACCEDE": [[{"LEMMA": "accede"}]],
    "SIGN": [
        [{"LEMMA": "sign"}],
        # "America's signature of the Rome Statute on 31 December 2000", "its signature on 31 December 2000": the
        # noun, kept only with its owner right before it (triggers.owned_consent_noun)
        [{"LOWER": "signature"}, {"LOWER": {"IN": ["of", "on"]}}],
        [{"LOWER": "been"}, {"LOWER": {"IN": ["signatories", "signatory"]}}],
        [{"LOWER": "been"}, {"LOWER": "a"}, {"LOWER": "signatory"}],
        # "Mongolia became a signatory of the Rome Statute in December 2000": the signature, dated by the clause
        [{"LOWER": {"IN": ["became", "becomes", "become"]}}, {"LOWER": {"IN": ["a", "an"]}, "OP": "?"},
         {"LOWER": {"IN": ["signatory", "signatories"]}}, {"LOWER": {"IN": ["of", "to"]}}],
        # "Turkey was among the first signatories of the Paris Agreement in 2015", "was one of the original
        # signatories to": a signature told as a role, dated by the clause
        [{"LOWER": {"IN": ["was", "were"]}}, {"LOWER": {"IN": ["among", "one"]}}, {"LOWER": "of", "OP": "?"},
         {"LOWER": "the"}, {"LOWER": {"IN": ["first", "original", "earliest", "founding"]}, "OP": "?"},
         {"LOWER": {"IN": ["signatories", "signatory"]}}, {"LOWER": {"IN": ["of", "to"]}}],
        [{"LEMMA": "open"}, {"LOWER": "for"}, {"LOWER": "signature"}],  # the treaty's own opening, no signer
        # "UN Secretary-General Boutros Ghali officially opened the Comprehensive Nuclear-Test-Ban Treaty (CTBT) for
        # signature" (News-Pravda, 24 September 2025): the treaty named between the verb and its purpose
        [{"LEMMA": "open"}, {"LOWER": "the", "OP": "?"}, {"ENT_TYPE": "TREATY", "OP": "+"}, {"ORTH": "(", "OP": "?"},
         {"ENT_TYPE": "TREATY", "OP": "*"}, {"ORTH": ")", "OP": "?"}, {"LOWER": "for"}, {"LOWER": "signature"}],
        # "the INF Treaty with Russia that was created by the Reagan administration in 1986": the instrument's making,
        # its signature (kept only after an instrument's name, ratification.made_instrument)
        [{"LOWER": {"IN": ["was", "were"]}}, {"LOWER": {"IN": ["created", "concluded"]}}],
    ],  # "have never been signatories": a signature denied ("has not been a party" is no signature)
}  # fmt: skip

_UNIT = {"LEMMA": {"IN": ["month", "year", "day", "week"]}}
_AMOUNT = {"LIKE_NUM": True}
DURATION_PATTERNS: list[list[dict[str, Any]]] = [
    [_AMOUNT, {"ORTH": "-", "OP": "?"}, _UNIT],
    [_AMOUNT, {"LOWER": "more"}, _UNIT],  # "It takes exactly one more year for the withdrawal notice to become"
    [{"LOWER": {"IN": ["yearlong", "year-long"]}}],
    [{"LOWER": {"IN": ["a", "an"]}}, _UNIT],
    [{"LOWER": "half"}, {"LOWER": {"IN": ["a", "an"]}}, {"LEMMA": "year"}],
    [_AMOUNT, {"ORTH": "-"}, _AMOUNT, {"ORTH": "-", "OP": "?"}, _UNIT],
]


def title_case_lemmas(doc: Doc) -> Doc:
    """Headlines write 'US Withdraws From WHO', 'US To Pull Out Of ...': the lookup table knows only lower-case
    inflected forms, so a capitalised word the table left as it is gets the lemma of its lower-case form."""
    table = _LEMMAS.get(str(doc.vocab.lang))
    if table is None:
        return doc
    for token in doc:
        if token.is_title and token.lemma_ == token.text and token.i > 0 and not token.ent_type_:  # a headline
            token.lemma_ = table.get(token.lower_) or token.lower_  # a base form is not in the table
    return doc


def sentence_initial_lemmas(doc: Doc) -> Doc:
    """'Signed in 1987, the INF Treaty ...', 'Ratified by 164 States, ...': a sentence's capitalised first word
    gets the lemma of its lower-case form, as a headline's words do (the lookup table knows lower case only)."""
    table = _LEMMAS.get(str(doc.vocab.lang))
    if table is None:
        return doc
    for sentence in doc.sents:
        token = next((t for t in sentence if not (t.is_punct or t.is_space)), None)
        if token is not None and token.is_title and token.lemma_ == token.text and not token.ent_type_:
            token.lemma_ = table.get(token.lower_) or token.lower_
    return doc


_LEMMAS: dict[str, Any] = {}


@dataclass(frozen=True)
class Reading:
    """What one rulebook version's reader needs: the pipeline, its matchers and the gazetteer behind them."""

    nlp: Language
    dates: Matcher
    triggers: Matcher
    durations: Matcher
    gazetteer: Gazetteer


_DOTTED = re.compile(r"(?<![\w.])(?:[a-z]\.){2,}")


def _dotted(name: str) -> str:
    """A case-folded name with its dotted abbreviation written in capitals ('u.n. industrial development organization'
    -> 'U.N. industrial ...'): the tokenizer keeps 'U.N.' whole, as in the text, but splits 'u.n.' ('u.n', '.'), so
    the lower-case pattern never matched 'the U.N. Industrial Development Organization' (CNSNews, March 2011)."""
    return _DOTTED.sub(lambda m: m.group().upper(), name)


def _entity_patterns(gazetteer: Gazetteer) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Phrase patterns (matched with a ``PhraseMatcher``, fast for thousands of names): treaty names by
    lower case; acronyms, states and capitals as written ('Turkey', not 'turkey'; 'WHO', not 'who')."""
    by_lower = [{"label": "TREATY", "pattern": _dotted(name), "id": i} for name, i in gazetteer.treaties.items()]
    by_lower += [{"label": "OTHER_INSTRUMENT", "pattern": name} for name in gazetteer.other_instruments]  # longer wins
    as_written = [{"label": "TREATY", "pattern": name, "id": i} for name, i in gazetteer.acronyms.items()]
    as_written += [{"label": "STATE", "pattern": name, "id": i} for name, i in gazetteer.states.items()]
    as_written += [{"label": "CAPITAL", "pattern": name, "id": i} for name, i in gazetteer.capitals.items()]
    as_written += [{"label": "LEADER", "pattern": name, "id": name} for name in gazetteer.leaders]
    as_written += [{"label": "MAYBE_STATE", "pattern": name, "id": i} for name, i in gazetteer.maybe_states.items()]
    as_written += [{"label": "REGION", "pattern": name} for name in REGIONS]  # longer than the state's name: wins
    return by_lower, as_written


def build_reading(rulebook: Rulebook) -> Reading:
    """Build the pipeline (about a second: the lemma tables and a few thousand entity patterns)."""
    nlp = spacy.blank("en")
    # "signed it on 2016 April 22.During the Trump administration": a full stop without its space still ends
    # the sentence (a digit or lower-case letter before, a capitalised word after; "U.S." is untouched).
    infixes = [
        *(nlp.Defaults.infixes or []),
        r"(?<=[0-9a-z])\.(?=[A-Z][a-z])",
        r"(?<=[a-z]{2})\.(?=[A-Z]{2})",
        r"(?<=[0-9])[–—](?=[0-9])",
        r"(?<=\.)[–—](?=[A-Za-z])",
    ]  # "56–44": a tally (or a span) with an en dash, as "56-44" is split; "the U.S.—signed": a dash after an
    # abbreviation's stop is a word of its own
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer  # type: ignore[union-attr]
    # "... even more, to 1.5C. Only Syria and Nicaragua did not sign up": a full stop after a number's unit in
    # capitals ends the sentence (the default suffixes keep a stop after a capital, for "U.S.")
    suffixes = [*(nlp.Defaults.suffixes or []), r"(?<=[0-9][A-Z])\.", r"(?<=[0-9][A-Z][A-Za-z])\."]
    nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search  # type: ignore[union-attr]
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
    gazetteer = build_gazetteer(rulebook)
    # Treaty names first (case-insensitive); then names as written, which never override a treaty name
    # ("the Paris Agreement" stays a treaty, "Paris" alone may be France's government).
    treaties = nlp.add_pipe("entity_ruler", name="treaty_names", config={"phrase_matcher_attr": "LOWER"})
    names = nlp.add_pipe("entity_ruler", name="names_as_written", config={"phrase_matcher_attr": "ORTH"})
    nlp.initialize()  # loads the lemma lookup table from spacy-lookups-data
    _LEMMAS[str(nlp.lang)] = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_lookup")  # type: ignore[attr-defined]
    by_lower, as_written = _entity_patterns(gazetteer)
    with nlp.select_pipes(enable=[]):
        treaties.add_patterns(by_lower)  # type: ignore[attr-defined]
        names.add_patterns(as_written)  # type: ignore[attr-defined]
    for ruler in (treaties, names):  # spaCy counts a ruler's patterns on every doc, only to warn when there are none:
        ruler._require_patterns = _patterns_added  # type: ignore[attr-defined]  # these have hundreds, never removed
    dates = AnchoredMatcher(nlp.vocab)  # each paragraph matched with the patterns whose words it holds
    dates.add("DATE", DATE_PATTERNS, greedy="LONGEST")
    triggers = AnchoredMatcher(nlp.vocab)
    for label, patterns in TRIGGER_PATTERNS.items():
        triggers.add(label, patterns, greedy="LONGEST")
    durations = AnchoredMatcher(nlp.vocab)
    durations.add("DURATION", DURATION_PATTERNS, greedy="LONGEST")
    return Reading(nlp, dates, triggers, durations, gazetteer)


def _patterns_added() -> None:
    """An entity ruler's check for patterns, once they are added (the reader's rulers never lose theirs)."""


@memoized(4, key=lambda rulebook: rulebook.version)  # a served process has one rulebook; tests load a few
def reading_for(rulebook: Rulebook) -> Reading:
    """The process's reader for this rulebook version, built once (as a served process starts, or on first use);
    a request arriving while it is built waits for it (app/memo.py)."""
    return build_reading(rulebook)
