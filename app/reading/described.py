"""Treaties named by what they do or what body they found: 'an international agreement that bans the use of
antipersonnel mines', 'the United Nations health agency'. The describing words must all stand in the names of one
treaty only (its name, short name and aliases, spaces and hyphens dropped): a description two treaties fit (nuclear
weapons: the NPT and the TPNW) names neither. The description becomes a ``TREATY`` entity, so every reading of a
named treaty applies to it."""

from __future__ import annotations

import re
from collections.abc import Hashable

from spacy.tokens import Doc, Span, Token

from app.memo import memoized
from app.reading.spans import doc_text
from app.reading.vocabulary import FUTURE, MODALS

_NOUNS = {"agreement", "treaty", "convention", "pact", "accord"}
_PLACE_NOUNS = _NOUNS | {"deal"}  # "Trump quits Paris deal"
_BANS = {"ban", "bans", "banning", "banned", "prohibit", "prohibits", "prohibiting", "outlaw", "outlaws", "outlawing"}
_BAN_NOUNS = {"prohibition", "ban", "banning"}  # "the treaty on the prohibition of nuclear tests"
_ARTICLES = ("the", "a", "an", "all")
_AUXILIARIES = FUTURE | MODALS | {"is", "are", "was", "were", "has", "have", "had"}
_ANAPHORIC = (
    "such",
    "these",
    "those",
)  # "the treaty banning ... such mines": the mines the text named, read as 'mines'
_BODIES = {"agency", "body", "organization", "organisation"}
_UN = {"un", "u.n.", "nations"}  # "the UN health agency", "the United Nations health agency"
_ABOUT = {"on", "against", "for", "to"}  # "the treaty on combating violence against women"
_STOP = {"and", "or", "in", "by", "for", "since", "which", "that", "who", "as", "with", "to", "on", "at", "from"}
_ORGANISATION = ("organization", "organisation")
_EXIT_WORDS = {"withdrawal", "exit", "leaving", "departure", "divorce", "termination"}
_PASSED = {"un", "u.n.", "united", "nations", "world", "body", "global", "international", "intergovernmental",
           "bilateral", "multilateral", "trilateral"}  # fmt: skip  # of any UN treaty; of any treaty between states
_DETERMINERS = {"the", "a", "an", "its", "their", "this", "that", "his", "her", "our", "new", "old", "key", "landmark",
                "historic", "former", "same", "whole", "entire"}  # fmt: skip
_YEAR = re.compile(r"^(?:18|19|20)\d\d$")


def compact(name: str) -> str:
    """'Anti-Personnel Mines' -> 'antipersonnelmines': the form descriptions are looked up in."""
    return re.sub(r"[\s\-–.,']", "", name.casefold())


def described_treaties(doc: Doc, names: dict[str, tuple[str, ...]]) -> Doc:
    """The doc with its descriptions of treaties read as ``TREATY`` entities (``names``: treaty id -> compact
    names)."""
    found: list[Span] = []
    other_named = _names_another(doc)
    for token in doc:
        span = None
        placed = token.lower_ in _PLACE_NOUNS and token.ent_type_ != "TREATY"
        if placed and (span := _by_its_place(doc, token.i, names)):
            found.append(span)  # "US out of Paris pact": the capital is the treaty's first word, not the government
            continue
        if _the_ban_on(doc, token) and (span := _by_its_subject(doc, token.i, names)):
            found.append(span)  # "are not members of the ban on chemical weapons": the treaty that bans them
            continue
        if token.lower_ in _NOUNS and token.ent_type_ != "TREATY":
            span = (
                _by_what_it_bans(doc, token.i, names)
                or _by_its_subject(doc, token.i, names)
                or (None if other_named else _by_its_modifiers(doc, token.i, names))
            )  # not "the ocean agreement" beside "the High Seas Treaty", a treaty the rulebook lacks
        elif token.lower_ in _BODIES:
            span = _by_its_field(doc, token.i, names)
        elif token.lower_ == "ban" and token.ent_type_ != "TREATY" and not other_named and not _named_noun_next(token):
            span = _ban_by_its_modifiers(doc, token.i, names)  # "Lithuania withdraws from cluster munitions ban"
        if span is not None and not any(doc[i].ent_type_ not in ("", "TREATY") for i in range(span.start, span.end)):
            found.append(span)
    if not found:
        return doc
    covered = {i for span in found for i in range(span.start, span.end)}
    kept = [ent for ent in doc.ents if not any(i in covered for i in range(ent.start, ent.end))]
    doc.ents = sorted(kept + found, key=lambda e: e.start)
    return doc


_TITLED = re.compile(r"\b(?:[A-Z][a-z]+\s+){1,4}(?:Treaty|Agreement|Convention|Accord|Pact)\b")
_NOT_NAMES = {"The", "A", "An", "This", "That", "Its", "Their", "Our", "New", "Under", "In", "On", "With", "By"}


def _names_another(doc: Doc) -> bool:
    """'Eighteen countries ratified the High Seas Treaty ... the 60 needed for the ocean agreement to enter into
    force': the paragraph names by its title a treaty the rulebook lacks, which a description in it ('the ocean
    agreement') may well be; a description read by its modifiers alone would take another treaty."""
    for match in _TITLED.finditer(doc_text(doc)):
        words = match.group().split()[:-1]
        while words and words[0] in _NOT_NAMES:
            words = words[1:]
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if words and span is not None and not any(t.ent_type_ for t in span):
            return True
    return False


def _by_what_it_bans(doc: Doc, noun: int, names: dict[str, tuple[str, ...]]) -> Span | None:
    """'an agreement that bans the use of antipersonnel mines', 'the treaty banning cluster munitions'."""
    i = noun + 1
    if i < len(doc) and doc[i].lower_ in ("that", "which"):
        i += 1
    if i >= len(doc) or doc[i].lower_ not in _BANS:
        return None
    ahead = doc[i + 1 : min(i + 14, len(doc))]
    of = next((t.i for t in ahead if t.lower_ == "of"), None)
    start = of + 1 if of is not None and doc[i + 1].lower_ in ("the", "their", "its") else i + 1
    words = tuple(_words(doc, start))
    for n in range(len(words), 0, -1):  # "the treaty banning such mines takes effect": the object, not the verb after
        treaty = _only_named(words[:n], names) or _only_named(words[:n], _banning_names(names))
        if treaty:
            return Span(doc, noun, noun + 1, label="TREATY", span_id=treaty)
    return None


def _the_ban_on(doc: Doc, token: Token) -> bool:
    """'the ban on chemical weapons', 'the international ban on anti-personnel mines': a definite ban named by what it
    bans, which stands for the treaty whose names hold those words (one treaty only)."""
    if token.lower_ != "ban" or token.i < 1 or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "on":
        return False
    before = doc[token.i - 1].lower_
    return before == "the" or (before in ("international", "global", "worldwide") and doc[token.i - 2].lower_ == "the")


def _by_its_subject(doc: Doc, noun: int, names: dict[str, tuple[str, ...]]) -> Span | None:
    """'the treaty on combating violence against women', 'the convention to prevent violence against women': the
    words after 'on / against / for / to' (two at least) all stand in the names of one treaty. The span runs to the
    last describing word, so nothing inside is read as something else."""
    i = noun + 1
    if i >= len(doc) or doc[i].lower_ not in _ABOUT:
        return None
    tokens = _word_tokens(doc, i + 1)
    words = _what_is_banned([w for w in (_compact_word(t.lower_) for t in tokens) if w and w not in _ARTICLES])
    if len(words) < 2:
        return None
    treaty = _only_named(tuple(words), names)
    return Span(doc, noun, tokens[-1].i + 1, label="TREATY", span_id=treaty) if treaty else None


def _by_its_place(doc: Doc, noun: int, names: dict[str, tuple[str, ...]]) -> Span | None:
    """'Paris pact', 'Ottawa treaty': a capital right before the noun, and one treaty only has a name that begins
    with the capital and holds the noun ('Paris climate pact'; not 'Paris convention' where two would fit)."""
    place = doc[noun - 1] if noun > 0 else None
    if place is None or place.ent_type_ != "CAPITAL" or place.ent_iob_ != "B" or not place.is_title:
        return None
    if noun + 1 < len(doc) and doc[noun + 1].ent_iob_ == "I":
        return None
    start, word = compact(place.text), doc[noun].lower_
    fits = [t for t, ns in names.items() if any(n.startswith(start) and word in n[len(start) :] for n in ns)]
    return Span(doc, noun - 1, noun + 1, label="TREATY", span_id=fits[0]) if len(fits) == 1 else None


def _what_is_banned(words: list[str]) -> list[str]:
    """'the Treaty on the Prohibition of Nuclear Tests' is the nuclear test ban treaty: after a ban's noun ('the
    prohibition of', 'banning') the words are what the treaty bans, read as '... that bans nuclear tests' is."""
    if len(words) > 2 and words[0] in _BAN_NOUNS and words[1] == "of":
        return words[2:]
    if len(words) > 1 and words[0] in _BANS:
        return words[1:]
    return words


def _word_tokens(doc: Doc, start: int) -> list[Token]:
    """Up to four words from ``start``, to the first punctuation or connective (a hyphen joins)."""
    taken: list[Token] = []
    for token in doc[start : min(start + 8, len(doc))]:
        if token.lower_ in _STOP or (token.is_punct and token.text not in ("-", "–")) or token.like_num:
            break
        taken.append(token)
    return [t for t in taken if t.text not in ("-", "–")][:5]


def _compact_word(word: str) -> str:
    return word.replace("-", "").replace("–", "")


def _by_its_modifiers(doc: Doc, noun: int, names: dict[str, tuple[str, ...]]) -> Span | None:
    """'the 1961 UN narcotics convention', 'the cluster bomb convention', 'the anti-torture convention': the words
    before the noun (a year, lower-case words, hyphened compounds; 'UN', 'the world body's' said of any UN treaty
    are passed over) all stand in one treaty's names. Read from the noun back, the longest run one treaty fits wins:
    'Bolivia renounces 1961 UN narcotics convention' drops 'renounces', which no name holds."""
    runs: list[tuple[int, str]] = []  # (first token, compact word), nearest the noun first
    i = noun - 1
    while i >= 0 and len(runs) < 4:
        token = doc[i]
        if token.lower_ in _PASSED or token.text in ("'s", "'"):
            i -= 1
            continue
        first = i
        while first >= 2 and doc[first - 1].text in ("-", "–") and doc[first - 2].is_alpha:
            first -= 2  # "mine-ban", "anti-drug": one word
        word = "".join(t.lower_ for t in doc[first : i + 1] if t.text not in ("-", "–"))
        written = word.isdigit() or doc[first].is_lower  # a capitalised word is a name of its own
        if token.ent_type_ or not (word.isalpha() or _YEAR.match(word)) or not written:
            break
        if doc[first].lower_ in _DETERMINERS or word in _EXIT_WORDS:
            break  # "the UK-EU withdrawal agreement": an exit's agreement, not a treaty named for its exit
        runs.append((first, word))
        i = first - 1
    for n in range(len(runs), 0, -1):
        if _cut_coordination(runs, n):
            continue  # "plutonium management and disposition agreement": not 'disposition' alone, nor 'and ...'
        if all(w in _FIELDS for _, w in runs[:n]):
            return None  # "the 187-nation arms-control pact": a field many treaties share, not one's name
        words = [_variant_named(w, names) for _, w in runs[:n]]
        if any(w is None for w in words):
            continue
        treaty = _only_named(tuple(w for w in words if w), names)
        if treaty:
            return Span(doc, runs[n - 1][0], noun + 1, label="TREATY", span_id=treaty)
        if _fitting_any(tuple(w for w in words if w), names):
            return None  # several treaties fit: fewer words fit as many
        # none fits all: a word farther back ('leaves landmine ban treaty') is the sentence's, not the name's
    return None


# Fields of treaty-making rather than one treaty's subject: 'the arms-control pact' (the NPT, New START, the CFE
# Treaty ... alike), though one short name holds the words ('Seabed Arms Control Treaty').
_FIELDS = {"armscontrol", "armsreduction", "armslimitation", "disarmament", "nonproliferation"}


def _named_noun_next(token: Token) -> bool:
    """'landmine ban treaty': the treaty's noun follows, and describes the treaty with the ban in it."""
    doc = token.doc
    return token.i + 1 < len(doc) and doc[token.i + 1].lower_ in _PLACE_NOUNS


def _ban_by_its_modifiers(doc: Doc, noun: int, names: dict[str, tuple[str, ...]]) -> Span | None:
    """'cluster munitions ban', 'the landmine ban': a ban named by what it bans, the words before it fitting one
    treaty's names as :func:`_by_its_modifiers` reads them; two words at least, or one in the names of a treaty that
    speaks of a ban ('Mine Ban Treaty'): not 'the travel ban' (a word an agreement on travel documents holds)."""
    span = _by_its_modifiers(doc, noun, names)
    if span is None or (noun - span.start < 2 and span.id_ not in _banning_names(names)):
        return None
    return span


def _cut_coordination(runs: list[tuple[int, str]], n: int) -> bool:
    """The first ``n`` describing words end at 'and' / 'or', or stop right before one: a coordinated modifier
    ('management and disposition') cut in two, whose other half names the instrument too."""
    coordinators = ("and", "or")
    return runs[n - 1][1] in coordinators or (n < len(runs) and runs[n][1] in coordinators)


def _variant(word: str, names: dict[str, tuple[str, ...]]) -> str | None:
    """The form of a describing word some treaty's names hold: as written, singular, or without 'anti' ('antidrug'
    -> 'drug'); None if no name holds it."""
    for form in (word, word.removesuffix("s"), word.removeprefix("anti"), word.removeprefix("anti").removesuffix("s")):
        if form and any(form in n for ns in names.values() for n in ns):
            return form
    return None


def _by_its_field(doc: Doc, body: int, names: dict[str, tuple[str, ...]]) -> Span | None:
    """'the United Nations health agency', 'the U.N. cultural agency': the field stands in one organisation's name."""
    field = body - 1
    if field < 1 or not doc[field].is_alpha or not doc[field].is_lower or doc[field - 1].lower_ not in _UN:
        return None
    start = field - 2 if doc[field - 1].lower_ == "nations" and doc[field - 2].lower_ == "united" else field - 1
    bodies = {t: tuple(n for n in ns if any(o in n for o in _ORGANISATION)) for t, ns in names.items()}
    treaty = _only([doc[field].lower_], {t: ns for t, ns in bodies.items() if ns})
    return Span(doc, start, body + 1, label="TREATY", span_id=treaty) if treaty else None


def _words(doc: Doc, start: int) -> list[str]:
    """The object's words: up to four, to the first punctuation or connective ('anti-personnel mines')."""
    text = []
    for token in doc[start : min(start + 8, len(doc))]:
        if token.lower_ in _STOP or (token.is_punct and token.text not in ("-", "–")) or token.lower_ in _AUXILIARIES:
            break  # "... of such mines will take effect": the object ends at the clause's verb
        text.append(token.text_with_ws)
    words = [w for w in re.split(r"\s+", "".join(text).casefold().replace("-", "").replace("–", "")) if w]
    return [w for w in words if w not in _ARTICLES + _ANAPHORIC][:4]


def _only(words: list[str], names: dict[str, tuple[str, ...]]) -> str | None:
    """The one treaty whose names hold every word (a plural also as its singular)."""
    fits = _fits(words, names)
    return fits[0] if len(fits) == 1 else None


def _fits(words: list[str], names: dict[str, tuple[str, ...]]) -> list[str]:
    """The treaties whose names hold every word: in one name, else spread over the treaty's names."""
    if not words or not any(len(w) >= 5 for w in words):
        return []
    fits = [
        treaty
        for treaty, compacts in names.items()
        if any(all(w in n or w.removesuffix("s") in n for w in words) for n in compacts)
    ]
    if not fits and len(words) > 1:  # "landmine ban treaty": 'landmine treaty' and 'Mine Ban Treaty', one treaty
        fits = [t for t, compacts in names.items() if all(_names_the_noun(w, compacts) for w in words)]
    return fits


def _names_the_noun(word: str, compacts: tuple[str, ...]) -> bool:
    """A describing word spread over a treaty's names stands right before the treaty's noun in one of them ('landmine
    treaty', 'Mine Ban Treaty'): a generic word of a long title ('nuclear' in '... of Nuclear Weapons ... on the
    Sea-Bed') read with another name's words ('Seabed Arms Control Treaty') would make 'the global nuclear arms control
    treaty' that treaty."""
    return any(form + noun in n for form in {word, word.removesuffix("s")} for noun in _NOUNS for n in compacts)


# The gazetteer's descriptions are read for every treaty noun of every paragraph, each word against every name: what
# a word (or words) fits is remembered per gazetteer. The gazetteer's names are keyed by identity and each entry keeps
# them alive, so an id in a key is always the names it was computed from.


def _by_names(words: tuple[str, ...], names: dict[str, tuple[str, ...]]) -> Hashable:
    return (words, id(names))


def _by_names_of(word: str, names: dict[str, tuple[str, ...]]) -> Hashable:
    return (word, id(names))


@memoized(8192, key=_by_names)
def _fitting(words: tuple[str, ...], names: dict[str, tuple[str, ...]]) -> tuple[str | None, object]:
    return _only(list(words), names), names


@memoized(8192, key=_by_names_of)
def _form(word: str, names: dict[str, tuple[str, ...]]) -> tuple[str | None, object]:
    return _variant(word, names), names


def _banning_names(names: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """The names that speak of a ban ('Mine Ban Treaty', 'Convention on the Prohibition of ...'): when an object fits
    several treaties ('mines': the Ottawa Convention and an ILO convention on work underground in mines), the treaty
    that bans it is the one whose names say it bans."""
    return _bans_of(names)[0]


@memoized(64, key=lambda names: id(names))
def _bans_of(names: dict[str, tuple[str, ...]]) -> tuple[dict[str, tuple[str, ...]], object]:
    banning = {t: tuple(n for n in ns if "ban" in n or "prohibit" in n) for t, ns in names.items()}
    return {t: ns for t, ns in banning.items() if ns}, names


@memoized(8192, key=_by_names)
def _fitting_some(words: tuple[str, ...], names: dict[str, tuple[str, ...]]) -> tuple[bool, object]:
    return bool(_fits(list(words), names)), names


def _fitting_any(words: tuple[str, ...], names: dict[str, tuple[str, ...]]) -> bool:
    """Some treaty's names hold every word, remembered."""
    return _fitting_some(words, names)[0]


def _only_named(words: tuple[str, ...], names: dict[str, tuple[str, ...]]) -> str | None:
    """:func:`_only` on the gazetteer's names, remembered."""
    return _fitting(words, names)[0]


def _variant_named(word: str, names: dict[str, tuple[str, ...]]) -> str | None:
    """:func:`_variant` on the gazetteer's names, remembered."""
    return _form(word, names)[0]
