"""Names as people write them: a treaty by id, name, acronym, common name or a misspelling; a state by ISO code,
name, short name, demonym, adjective or capital.

- Treaties: the rule files' ids, names and aliases (exact, case- and accent-insensitive), then a phrase that
  names exactly one treaty ("Istanbul", "Brexit"), then a misspelling close enough to one name and clearly
  closer than any other treaty's (``rapidfuzz``; "Istambul convention").
- States: ISO 3166-1 codes and names (``pycountry``), short names, alternative spellings, demonyms and capitals
  (``countryinfo``), and :data:`COMMON_NAMES`, the few names neither library has ("Britain", "America").
- A name that fits several treaties or states equally ("Vienna Convention", "Congo") raises
  :class:`Ambiguous` (a 300 problem listing the choices); no match raises :class:`NotFound` (404) with the
  closest names, the best first. The work is bounded: indexes and their matchers are built once per rules
  version, queries are cut to 200 characters, fuzzy matching scores only the names that can reach the cutoff
  (:mod:`app.services.fuzzy`) and keeps the 25 best, guesses are remembered (a name asked again costs a
  look-up), and a request's fuzzy matching stops at its budget (:mod:`app.services.budget`).
"""

from __future__ import annotations

import heapq
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass

import pycountry
from cachetools import LRUCache
from countryinfo import all_countries
from rapidfuzz import fuzz, process

from app.memo import memoized
from app.rulebook import Rulebook
from app.services.budget import fuzzy_matching
from app.services.fuzzy import SMALL, NameMatcher, ranked_ids
from schemas.rules import Treaty

MAX_QUERY = 200
FUZZY_ACCEPT = 88  # a misspelling is read as the name only when this close ...
FUZZY_MARGIN = 4  # ... and this much closer than any other treaty's or state's name
FUZZY_SUGGEST = 55
FUZZY_MIN_LENGTH = 4  # shorter queries are matched exactly (codes, acronyms) or not at all

COMMON_NAMES: dict[str, str] = {
    "Britain": "GBR", "U.K.": "GBR", "England": "GBR", "America": "USA", "U.S.": "USA", "U.S.A.": "USA",
    "the States": "USA", "Holland": "NLD", "Turkey": "TUR", "Turkiye": "TUR", "Kiev": "UKR", "Czechia": "CZE",
    "Burma": "MMR", "Swaziland": "SWZ", "Ivory Coast": "CIV", "East Timor": "TLS", "Cape Verde": "CPV",
}  # fmt: skip
"""How English writes some states, missing from pycountry and countryinfo or named there in another form (a
language fact, reviewed: each maps to the state every English dictionary gives; "England" is how news often
writes the United Kingdom's government)."""


class NotFound(LookupError):
    """No treaty or state has that name; ``close_matches`` are ids or ISO3 codes, the closest first."""

    status = 404

    def __init__(self, what: str, value: str, close_matches: list[str]) -> None:
        self.what = what
        self.value = value
        self.close_matches = close_matches
        hint = f"; did you mean: {', '.join(close_matches)}?" if close_matches else ""
        super().__init__(f"no {what} {value!r}{hint}")


class Ambiguous(NotFound):
    """The name fits several treaties or states: ``close_matches`` lists them to choose from (a 300)."""

    status = 300

    def __init__(self, what: str, value: str, choices: list[str]) -> None:
        super().__init__(what, value, choices)
        self.args = (f"{value!r} names several {what} entries: choose one of {', '.join(choices)}",)


@memoized(8192, key=lambda text: text)
def _key(text: str) -> str:
    """Case-, accent- and punctuation-insensitive form of a name ('Türkiye' = 'turkiye', 'U.S.' = 'u s')."""
    decomposed = unicodedata.normalize("NFKD", text.replace("’", "'").replace("&", " and "))
    letters = "".join(c if c.isalnum() or c == "'" else " " for c in decomposed if not unicodedata.combining(c))
    words = letters.casefold().split()
    if words and words[0] == "the" and len(words) > 1:
        words = words[1:]
    return " ".join(words)


# --- treaties ------------------------------------------------------------------------------------------


@memoized(8, key=lambda rulebook: rulebook.version)
def alias_index(rulebook: Rulebook) -> dict[str, str]:
    """Every id, name, short name and alias (as a key) -> treaty id; built once per rulebook version."""
    index: dict[str, str] = {}
    for treaty in rulebook.treaties.values():
        for name in (treaty.id, treaty.name, treaty.short_name, *treaty.aliases):
            index.setdefault(_key(name), treaty.id)
    return index


@memoized(16, key=lambda index: id(index))
def _matcher(index: dict[str, str]) -> NameMatcher:
    """The prepared matcher of an index, built once: keyed by the index's identity, which cannot be reused while
    the cached matcher holds the index."""
    return NameMatcher(index)


def _fuzzy(key: str, index: dict[str, str], cutoff: float = FUZZY_SUGGEST) -> list[tuple[str, float]]:
    """Ids whose names resemble ``key`` (WRatio ≥ ``cutoff``, the 25 best names), best score per id."""
    if len(index) <= SMALL:  # an ad hoc index (the holders of a phrase): scored whole, nothing kept
        found = process.extract(key, list(index), scorer=fuzz.WRatio, limit=25, score_cutoff=cutoff)
        return ranked_ids((index[name], score) for name, score, _ in found)
    return _matcher(index).ranked(key, cutoff)


def _closest(key: str, index: dict[str, str]) -> list[str]:
    """Ids for a 404, the closest first: each word of the query matched (fuzzily) to the words of the names,
    a rare word ('Ottawa') weighing more than a common one ('Convention'); whole-name similarity breaks ties."""
    matcher = _matcher(index)
    scores: dict[str, float] = defaultdict(float)
    weights = 0.0
    for token in [t for t in key.split() if len(t) >= 3][:12]:
        best, weight = matcher.word_scores(token)
        weights += weight
        for item, value in best.items():
            scores[item] += value
    if len(scores) >= 5:  # whole-name scores order those above the fifth word score, and pick among its ties
        fifth = sorted(scores.values(), reverse=True)[4]
        above = [item for item, score in scores.items() if score > fifth]
        tied = [item for item, score in scores.items() if score == fifth]
        whole = matcher.best_of(key, above, FUZZY_SUGGEST) | matcher.best_few(key, tied, 5 - len(above), FUZZY_SUGGEST)
    else:  # fewer than five share a word: the ids of the most similar names fill the list
        whole = matcher.best_of(key, scores, FUZZY_SUGGEST) | matcher.top_ids(key, FUZZY_SUGGEST, 5, frozenset(scores))
    return heapq.nsmallest(
        5, set(scores) | set(whole), key=lambda i: (-(scores.get(i, 0.0) / (weights or 1.0)), -whole.get(i, 0.0), i)
    )


def _confident(what: str, query: str, ranked: list[tuple[str, float]]) -> str | None:
    """The one id a misspelling means; :class:`Ambiguous` when several are as close; None when none is."""
    if not ranked or ranked[0][1] < FUZZY_ACCEPT or len(_key(query)) < FUZZY_MIN_LENGTH:
        return None  # a fragment ('0', 'U', 'eve') is no misspelling of a name: a 404 with the closest names
    tied = [item for item, score in ranked if score >= FUZZY_ACCEPT and ranked[0][1] - score < FUZZY_MARGIN]
    if len(tied) > 1:
        raise Ambiguous(what, query, tied[:12])
    return ranked[0][0]


@dataclass(frozen=True)
class _Guess:
    """What a name that is none of the names as written was read as: one id, several ids to choose from
    (``ambiguous``), or none, with the closest ids (``choices``)."""

    chosen: str | None = None
    choices: tuple[str, ...] = ()
    ambiguous: bool = False

    def resolve(self, what: str, query: str) -> str:
        if self.chosen is not None:
            return self.chosen
        if self.ambiguous:
            raise Ambiguous(what, query, list(self.choices))
        raise NotFound(what, query, list(self.choices))


_GUESSES: LRUCache[tuple[str, str], _Guess] = LRUCache(maxsize=16_384)
_GUESSES_LOCK = threading.Lock()  # requests resolve names in worker threads


def _guess(scope: str, key: str, compute: Callable[[], _Guess], budgeted: bool = True) -> _Guess:
    """``compute()``'s guess for ``key``, remembered (bounded, least recently used out): a name asked again, in
    the same request or another, costs a dictionary look-up. Past the request's fuzzy budget
    (app/services/budget.py) a name not remembered is not guessed (when ``budgeted``): no id, no close matches."""
    with _GUESSES_LOCK:
        known = _GUESSES.get((scope, key))
    if known is not None:
        return known
    with fuzzy_matching() as allowed:
        if budgeted and not allowed:
            return _Guess()
        guess = compute()
    with _GUESSES_LOCK:
        _GUESSES[(scope, key)] = guess
    return guess


def _read(what: str, query: str, ranked: list[tuple[str, float]], closest: Callable[[], list[str]]) -> _Guess:
    """The guess for a misspelling from its ranked matches (WRatio ≥ FUZZY_ACCEPT), else the closest ids."""
    try:
        chosen = _confident(what, query, ranked)
    except Ambiguous as several:
        return _Guess(choices=tuple(several.close_matches), ambiguous=True)
    return _Guess(chosen=chosen) if chosen is not None else _Guess(choices=tuple(closest()))


def find_treaty(rulebook: Rulebook, index: dict[str, str], query: str) -> Treaty:
    """The treaty a name means; :class:`Ambiguous` when it fits several, :class:`NotFound` when none."""
    key = _key(query[:MAX_QUERY])
    if key in index:
        return rulebook.treaties[index[key]]
    if key in unruled_keys(rulebook):  # a known instrument without a rule file: no other treaty's name is meant
        raise NotFound("treaty", query, [])
    if len(key) >= 3:
        held = _guess(f"phrase {rulebook.version}", key, lambda: _phrase(key, index), budgeted=False)
        if held.chosen is not None or held.ambiguous:
            return rulebook.treaties[held.resolve("treaty", query)]
    guess = _guess(
        f"treaty {rulebook.version}",
        key,
        lambda: _read("treaty", query, _fuzzy(key, index, FUZZY_ACCEPT), lambda: _closest(key, index)),
    )
    return rulebook.treaties[guess.resolve("treaty", query)]


@memoized(8, key=lambda rulebook: rulebook.version)
def unruled_keys(rulebook: Rulebook) -> frozenset[str]:
    """The ids and names of the instruments that exist but have no rule file (world/unruled: 'eccas-treaty',
    'OPEC'), as keys: read as themselves, never as a misspelling of a rule file's name ('eccas' is not 'ecowas')."""
    return frozenset(_key(n) for u in rulebook.world.unruled for n in (u.id, u.name, *u.aliases))


def _phrase(key: str, index: dict[str, str]) -> _Guess:
    """The treaty whose names alone hold the phrase ('Istanbul', 'Brexit'); the several that do, the most alike
    first (a choice); none (an empty guess)."""
    holders = sorted({index[name] for name in _matcher(index).holding(key)})
    if len(holders) == 1:
        return _Guess(chosen=holders[0])
    if not holders:
        return _Guess()
    named = [name for name, treaty_id in index.items() if treaty_id in holders]
    found = process.extract(key, named, scorer=fuzz.WRatio, limit=25, score_cutoff=FUZZY_SUGGEST)
    closest = [t for t, _ in ranked_ids((index[name], score) for name, score, _ in found)]
    return _Guess(choices=tuple(dict.fromkeys(closest + holders))[:12], ambiguous=True)


def close_treaties(index: dict[str, str], query: str) -> list[str]:
    """Ids whose names resemble ``query``, the closest first."""
    return _closest(_key(query[:MAX_QUERY]), index)


def read_as(index: dict[str, str], query: str) -> bool:
    """Whether ``query`` is one of the names as written (else it was read as the closest one)."""
    return _key(query[:MAX_QUERY]) in index


def search_treaties(rulebook: Rulebook, query: str | None) -> list[Treaty]:
    """Treaties whose id, name or an alias contains ``query`` (case- and accent-insensitive), by id; when none
    does, the names ``query`` is a misspelling of."""
    treaties = sorted(rulebook.treaties.values(), key=lambda t: t.id)
    if not query:
        return treaties
    q = _key(query[:MAX_QUERY])
    found = [t for t in treaties if any(q in _key(n) for n in (t.id, t.name, t.short_name, *t.aliases))]
    if found:
        return found
    ranked = _fuzzy(q, alias_index(rulebook), FUZZY_ACCEPT)
    return [rulebook.treaties[t] for t, score in ranked if score >= FUZZY_ACCEPT]


# --- states --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class StateInfo:
    iso3: str
    name: str


def _name(country: object) -> str:
    return str(getattr(country, "common_name", None) or getattr(country, "name", ""))


@memoized(1, key=lambda: ())  # built once
def state_labels() -> dict[str, frozenset[str]]:
    """Every way of writing a state that the libraries and :data:`COMMON_NAMES` know (as a key) -> ISO3 codes.
    A label that names two states (a shared demonym, 'Congo') keeps both."""
    labels: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            label = getattr(country, attribute, None)
            if isinstance(label, str):
                labels[_key(label)].add(country.alpha_3)
    for entry in all_countries():
        info = entry.info()
        iso3 = (info.get("ISO") or {}).get("alpha3")
        if not iso3 or pycountry.countries.get(alpha_3=iso3) is None:
            continue
        spellings = [s for s in info.get("altSpellings") or [] if isinstance(s, str) and len(s) > 1]
        for label in [info.get("name"), info.get("demonym"), *spellings]:
            if isinstance(label, str) and label:
                labels[_key(label)].add(iso3)
        capital = info.get("capital")
        if isinstance(capital, str) and capital:
            labels[_key(capital)].add(iso3)
            labels[_key(capital.removesuffix(" D.C."))].add(iso3)
    for label, iso3 in COMMON_NAMES.items():
        labels[_key(label)] = {iso3}
    return {label: frozenset(codes) for label, codes in labels.items() if label}


@memoized(1, key=lambda: ())  # built once
def _label_index() -> dict[str, str]:
    """Unambiguous labels of four letters or more -> ISO3 (what fuzzy matching reads: codes are matched exactly)."""
    return {label: next(iter(codes)) for label, codes in state_labels().items() if len(codes) == 1 and len(label) > 3}


def _by_code(text: str) -> StateInfo | None:
    upper = text.strip().upper()
    if not upper.isalpha() or len(upper) not in (2, 3):
        return None
    country = (
        pycountry.countries.get(alpha_3=upper) if len(upper) == 3 else pycountry.countries.get(alpha_2=upper)
    ) or (pycountry.historic_countries.get(alpha_3=upper) if len(upper) == 3 else None)
    return StateInfo(iso3=country.alpha_3, name=_name(country)) if country is not None else None


def state_info(iso3: str) -> StateInfo:
    found = _by_code(iso3)
    if found is None:
        raise NotFound("state", iso3, [])
    return found


@memoized(4096, key=lambda text: text)
def find_state(text: str) -> StateInfo:
    """The state a code or a name means ('TUR', 'Turkey', 'Turkish', 'Ankara'); :class:`Ambiguous` when the name
    fits several states, :class:`NotFound` with the closest otherwise."""
    text = text[:MAX_QUERY]
    by_code = _by_code(text)
    if by_code is not None:
        return by_code
    key = _key(text)
    codes = state_labels().get(key)
    if codes and len(codes) == 1:
        return state_info(next(iter(codes)))
    if codes and len(key) >= 3:  # 'Congo' fits two states; a letter or two fits none in particular
        raise Ambiguous("state", text, sorted(codes))
    return state_info(_guess("state", key, lambda: _state_guess(text, key)).resolve("state", text))


def _state_guess(text: str, key: str) -> _Guess:
    index = _label_index()
    ranked = _fuzzy(key, index, FUZZY_ACCEPT) if key else []
    if len(key) <= 3 and key.isalpha():  # a mistyped code: the codes one letter away, then names
        return _read("state", text, ranked, lambda: _near_codes(key))
    return _read("state", text, ranked, lambda: _closest(key, index))


def _near_codes(key: str) -> list[str]:
    return [c for c, _, _ in process.extract(key.upper(), _codes(), scorer=fuzz.ratio, limit=5, score_cutoff=30)]


@memoized(1, key=lambda: ())  # built once
def _codes() -> list[str]:
    return sorted(c.alpha_3 for c in pycountry.countries)
