"""Find a treaty by id or alias, and a state by its ISO 3166-1 alpha-3 code (pycountry)."""

from __future__ import annotations

import contextlib
import difflib
from dataclasses import dataclass

import pycountry

from app.rulebook import Rulebook
from app.services.budget import fuzzy_matching
from schemas.rules import Treaty


class NotFound(LookupError):
    def __init__(self, what: str, value: str, close_matches: list[str]) -> None:
        self.what = what
        self.value = value
        self.close_matches = close_matches
        hint = f"; did you mean: {', '.join(close_matches)}?" if close_matches else ""
        super().__init__(f"no {what} {value!r}{hint}")


def _key(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").replace("’", "'").split())


def alias_index(rulebook: Rulebook) -> dict[str, str]:
    index: dict[str, str] = {}
    for treaty in rulebook.treaties.values():
        for name in (treaty.id, treaty.name, treaty.short_name, *treaty.aliases):
            index[_key(name)] = treaty.id
    return index


def find_treaty(rulebook: Rulebook, index: dict[str, str], query: str) -> Treaty:
    """By id or any alias, case-insensitively; unknown -> :class:`NotFound` with close matches."""
    treaty_id = index.get(_key(query))
    if treaty_id:
        return rulebook.treaties[treaty_id]
    with fuzzy_matching() as allowed:  # bounded per request (app/services/budget.py)
        close = close_treaties(index, query) if allowed else []
    raise NotFound("treaty", query, close)


def close_treaties(index: dict[str, str], query: str) -> list[str]:
    """Ids whose names resemble ``query``: whole names, single words ('Otawa' ~ 'Ottawa') or substrings."""
    key = _key(query)
    words: dict[str, set[str]] = {}
    for name, treaty_id in index.items():
        for word in name.split():
            if len(word) > 3:
                words.setdefault(word, set()).add(treaty_id)
    ids = [index[c] for c in difflib.get_close_matches(key, list(index), n=5, cutoff=0.6)]
    for token in key.split():
        for word in difflib.get_close_matches(token, list(words), n=3, cutoff=0.8):
            if len(words[word]) <= 2:  # skip words such as 'convention' that name many treaties
                ids += sorted(words[word])
    ids += sorted({index[k] for k in index if key in k})
    return list(dict.fromkeys(ids))[:5]


def search_treaties(rulebook: Rulebook, query: str | None) -> list[Treaty]:
    """Treaties whose id, name or an alias contains ``query`` (case-insensitive), by id."""
    treaties = sorted(rulebook.treaties.values(), key=lambda t: t.id)
    if not query:
        return treaties
    q = _key(query)
    return [t for t in treaties if any(q in _key(n) for n in (t.id, t.name, t.short_name, *t.aliases))]


@dataclass(frozen=True)
class StateInfo:
    iso3: str
    name: str


def find_state(code: str) -> StateInfo:
    """An ISO 3166-1 alpha-3 code (case-insensitive) -> the state; otherwise :class:`NotFound`."""
    upper = code.strip().upper()
    country = pycountry.countries.get(alpha_3=upper) if len(upper) == 3 and upper.isalpha() else None
    if country is not None:
        return StateInfo(iso3=country.alpha_3, name=getattr(country, "common_name", None) or country.name)
    close = _close_states(" ".join(code.casefold().split())[:60])
    if not close and len(upper) in (2, 3):
        by_alpha2 = pycountry.countries.get(alpha_2=upper[:2])
        close = [by_alpha2.alpha_3] if by_alpha2 else []
    raise NotFound("ISO 3166-1 alpha-3 state", code, close)


_fuzzy_states: dict[str, list[str]] = {}


def _close_states(name: str) -> list[str]:
    """Close matches for an unknown state name: remembered per name (at most 4,096), and computed only while the
    request's fuzzy-matching budget lasts (app/services/budget.py) — past it, an unknown name gets none."""
    if name in _fuzzy_states:
        return _fuzzy_states[name]
    with fuzzy_matching() as allowed:
        if not allowed:
            return []
        close: list[str] = []
        with contextlib.suppress(LookupError):
            close = [c.alpha_3 for c in pycountry.countries.search_fuzzy(name)[:5]]
    if len(_fuzzy_states) >= 4096:
        _fuzzy_states.pop(next(iter(_fuzzy_states)))
    _fuzzy_states[name] = close
    return close
