"""Gazetteers for the reader: treaty names from the rulebook, state names from maintained country-name sources.

Treaties: every rule file's name, short name and aliases (acronyms matched case-sensitively, so the pronoun
"who" is never the WHO; other names case-insensitively, with hyphenated and spaced spellings alike).
States: ISO 3166 names from ``pycountry``; short names, alternative spellings, demonyms and capitals from
``countryinfo``; adjectives from the state files of the rulebook. A capital stands for its government
("Washington", "Moscow", "Kyiv") and is kept apart, so the reader uses it only as the actor of a sentence.
A demonym the sources give a State and its dependent territories alike ('American': the United States and the
Northern Mariana Islands; 'French', 'Chinese', 'Indian', 'Norwegian') names the one State among them, a State being
one of the 194 of the WHO Constitution's complete party list (world/parties/who-constitution.yaml).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
import yaml
from countryinfo import all_countries

from app.reading.described import compact
from app.reading.groups import Groups, load_groups
from app.reading.leaders import Tenures, load_leaders
from app.reading.protocols import Protocols, protocol_parents
from app.reading.vocabulary import IN_CONTEXT
from app.rulebook import Rulebook
from app.world.loader import DEFAULT_WORLD_DIR
from schemas.world import PartiesFile

# How English news writes some states, not found in the sources above (a language fact, not a legal one).
_COMMON_SHORT_NAMES = {
    "Britain": "GBR", "U.K.": "GBR", "America": "USA", "U.S.": "USA", "U.S": "USA", "U.S.A.": "USA", "Türkiye": "TUR",
    "Turkiye": "TUR", "Kiev": "UKR", "PH": "PHL",  # "PH still bound to ...": Philippine news's own short form
    "S'pore": "SGP", "Spore": "SGP",  # Singapore news's own short form ("S'pore rejoins Unesco")
    "Ecuadorian": "ECU",  # the common spelling; the sources give only "Ecuadorean"
    "N. Korea": "PRK", "S. Korea": "KOR",  # headline abbreviations ("N. Korea Halts Pullout From Nuclear Treaty")
    "N Korea": "PRK", "S Korea": "KOR",  # and without the stop ("N Korea Quits Nuclear Non-Proliferation Treaty", FT)
    "Micronesia": "FSM",  # the short name ("Micronesia signs Paris climate change agreement"); ISO's is inverted
    "DPRK": "PRK",  # the initials news and the UN write ("has not been signed by India, Pakistan and the DPRK")
    "B/Faso": "BFA", "B'Faso": "BFA", "B' Faso": "BFA",  # Nigerian headlines' short form ("Mali, B/Faso, Niger
    # officially exit bloc today", News Diary; "Mali, B' Faso, Niger yet to exit formally", Punch)
}  # fmt: skip
# Regions, and the adjectives of regions and peoples, whose names hold a state's short name or demonym ("In South
# America, Brazil has not ratified ...", "the Inter-American Court", "the Indian Ocean"): never the state
REGIONS = (
    "South America", "Latin America", "Central America", "North America", "South American", "Latin American",
    "Central American", "North American", "Inter-American", "Pan-American", "Pan American", "Native American",
    "African American", "African-American", "American Indian", "Indian Ocean", "West Indian", "Chinese Taipei",
)  # fmt: skip
# Seats of government news names for the government, as it names a capital ("the Kremlin withdrew from ...").
_SEATS = {"Kremlin": "RUS", "White House": "USA", "Downing Street": "GBR", "Élysée": "FRA", "Elysee": "FRA"}
_ALIAS_VERBS = ("leaving ", "withdrawal ")
# Names two treaties go by (a rule file's alias is one treaty's only: app/rulebook.py): read as the one the article
# names otherwise (app/reading/shared_names.py). "Washington Convention": CITES (its alias, rules/treaties/cites.yaml)
# and the ICSID Convention, "Short Title / Abbreviations: ICSID Convention, Washington Convention" (NUS Centre for
# International Law, https://cil.nus.edu.sg/databasecil/1965-convention-on-the-settlement-of-investment-disputes-
# between-states-and-nationals-of-other-states; the OAS SICE copy is headed "(Washington Convention)",
# http://sice.oas.org/dispute/comarb/icsid/w_conv1.asp).
# "Convention against Torture": the UN Convention of 1984 (cat) and, in news of Russia's denunciation of 2025, the
# European Convention for the Prevention of Torture of 1987 (cpt-convention): Ukraine's Foreign Ministry, "The
# decision to withdraw from the Convention against Torture" (RBC-Ukraine, https://newsukraine.rbc.ua/news/russia-aims-
# to-exit-torture-prevention-convention-1756293928.html), the NSDC's Center for Countering Disinformation, "its
# obligations under the Convention against Torture" (Interfax-Ukraine, https://en.interfax.com.ua/news/general/
# 1108404.html), "has remained a party to the Convention against Torture only formally" (https://zmi.st/?p=309616).
SHARED_NAMES: dict[str, tuple[str, ...]] = {
    "washington convention": ("cites", "icsid-convention"),
    "convention against torture": ("cat", "cpt-convention"),
}
# "Georgia" (a US state), "Jordan" and "Chad" (given names): read only in context (app/reading/ambiguous.py);
# "Congo" (two states): read only in its longer forms
_AMBIGUOUS_WORDS = {"Georgia", "Jordan", "Chad", "Congo", "Congolese", "Dominican", "Samoan"}


@dataclass(frozen=True)
class Gazetteer:
    treaties: dict[str, str] = field(default_factory=dict)  # name as written -> treaty id
    acronyms: dict[str, str] = field(default_factory=dict)  # case-sensitive names -> treaty id
    states: dict[str, str] = field(default_factory=dict)  # name, adjective, demonym -> ISO3
    capitals: dict[str, str] = field(default_factory=dict)  # capital -> ISO3 (the government)
    bodies: dict[str, str] = field(default_factory=dict)  # a parliament's own name -> ISO3 ("Seimas", "Rada")
    leaders: Tenures = field(default_factory=dict)  # a leader's name -> tenures (world/leaders)
    groups: Groups = field(default_factory=Groups)  # 'the Baltic states' -> their members (world/groups)
    other_instruments: set[str] = field(default_factory=set)  # names that contain an alias but are no treaty here
    described: dict[str, tuple[str, ...]] = field(default_factory=dict)  # treaty id -> names, compacted
    organisations: dict[str, str] = field(default_factory=dict)  # "Council of Europe" -> the treaty founding it
    maybe_states: dict[str, str] = field(default_factory=dict)  # "Georgia", "Jordan", "Chad": states in context
    shared: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a name two treaties go by -> their ids
    places: dict[str, str] = field(default_factory=dict)  # a capital one treaty's names begin with -> that treaty
    # ("Ottawa" -> the Ottawa Convention): read as the treaty only as what an exit leaves ("withdrew from Ottawa")
    place_treaties: dict[str, tuple[str, ...]] = field(default_factory=dict)  # a capital -> every treaty whose names
    # begin with it ("Paris" -> the Paris Agreement, the CWC's "Paris Convention"): the article's names choose
    protocols: Protocols = field(default_factory=dict)  # a treaty -> the protocols named as its own (protocols.py)


_FOUNDING = re.compile(r"^(?:Statute|Constitution|Charter|Constitutive Act|Articles of Agreement) of the (?P<org>.+)$")


def organisation_names(rulebook: Rulebook, taken: set[str]) -> dict[str, str]:
    """The organisations the rulebook's founding treaties name ('Statute of the Council of Europe' -> 'Council of
    Europe'), a name not already a treaty's: membership of the one is party status in the other, so an expulsion
    from the organisation ends the treaty for that state. Read only where an expulsion or a count of members is
    (app/reading/expulsions.py), never as the treaty a verb names ('notified the Council of Europe of its withdrawal
    from the Istanbul Convention')."""
    found: dict[str, set[str]] = defaultdict(set)
    for treaty in rulebook.treaties.values():
        for name in (treaty.name, treaty.short_name, *treaty.aliases):
            if (match := _FOUNDING.match(name or "")) and match.group("org").casefold() not in taken:
                found[match.group("org")].add(treaty.id)
    return {k: next(iter(v)) for k, v in found.items() if len(v) == 1}


def _is_acronym(name: str) -> bool:
    letters = [c for c in name if c.isalpha()]
    return bool(letters) and len(name) <= 8 and all(c.isupper() for c in letters) and " " not in name


# British and American spellings of words in treaty and organisation names (a language fact, not a legal one):
# "International Center for Settlement of Investment Disputes" is the Centre of the ICSID Convention.
_SPELLINGS = {"centre": "center", "organisation": "organization", "labour": "labor", "programme": "program",
              "defence": "defense", "harmonisation": "harmonization", "organise": "organize"}  # fmt: skip
_SPELLING_OF = {**_SPELLINGS, **{american: british for british, american in _SPELLINGS.items()}}


def _other_spelling(name: str) -> str:
    """'International Centre for ...' <-> 'International Center for ...' (each word of the table swapped)."""

    def swap(match: re.Match[str]) -> str:
        word = match.group(0)
        other = _SPELLING_OF[word.lower()]
        return other.capitalize() if word[0].isupper() else other

    pattern = r"\b(?:" + "|".join(_SPELLING_OF) + r")\b"
    return re.sub(pattern, swap, name, flags=re.IGNORECASE)


def _variants(name: str) -> set[str]:
    """'Mine Ban Treaty' -> also 'Mine-Ban Treaty'; 'Anti-Ballistic Missile' -> also 'Anti Ballistic Missile';
    British and American spellings alike ('Centre' and 'Center'); a list in the name with and without the serial
    comma ('Educational, Scientific and Cultural' and 'Educational, Scientific, and Cultural'); 'the' left out after
    a preposition ('for Prevention of Torture')."""
    out = _spelling_free_variants(name)
    out |= {variant for written in out for variant in _spelling_free_variants(_other_spelling(written))}
    out |= {_serial_comma(written) for written in out}
    return out | {_without_inner_articles(written) for written in out}


_INNER_ARTICLE = re.compile(r"\b(for|of|on|to|against) the (?=\w)", re.IGNORECASE)


def _without_inner_articles(name: str) -> str:
    """'European Convention for Prevention of Torture' (KG24, 18 September 2025), 'Treaty on Non-Proliferation of
    Nuclear Weapons': a name of four words or more with 'the' left out after its prepositions, as translated and wire
    copy often writes it (the name as written stays registered). A shorter name is left as it is."""
    if len(name.split()) < 4:
        return name
    return _INNER_ARTICLE.sub(lambda m: f"{m.group(1)} ", name)


_LIST_END = re.compile(r"(,[^,]+?)(,?) and ")


def _serial_comma(name: str) -> str:
    """A name's list of three or more written the other way: 'Educational, Scientific and Cultural' <->
    'Educational, Scientific, and Cultural' (the Oxford comma, a house style; Radio Cadena Agramonte, 2021). A name
    with 'and' but no list ('Law of the Sea and ...') is left as it is."""
    match = _LIST_END.search(name)
    if match is None:
        return name
    comma = "" if match.group(2) else ","
    return name[: match.start()] + match.group(1) + comma + " and " + name[match.end() :]


def _spelling_free_variants(name: str) -> set[str]:
    spaced = name.replace("-", " ")
    words = spaced.split()
    out = {name, spaced}
    out.update(" ".join([*words[:i], f"{words[i]}-{words[i + 1]}", *words[i + 2 :]]) for i in range(len(words) - 1))
    for noun in ("Treaty", "Convention", "Agreement"):  # news writes "Treaty of" for "Treaty on" and back
        for a, b in ((f"{noun} on ", f"{noun} of "), (f"{noun} of ", f"{noun} on ")):
            if name.startswith(a):
                out.add(b + name.removeprefix(a))
    if " for " in name and " for the " not in name:  # "International Centre for the Settlement of Investment
        out.add(name.replace(" for ", " for the ", 1))  # Disputes": news puts 'the' after 'for' in a body's name
    if name.startswith("United Nations "):  # "UN Educational, Scientific and Cultural Organization"
        out |= {"UN " + name.removeprefix("United Nations "), "U.N. " + name.removeprefix("United Nations ")}
    return out


def treaty_names(rulebook: Rulebook) -> tuple[dict[str, str], dict[str, str]]:
    """(names matched case-insensitively, acronyms matched as written) -> treaty id. Organisations as news names
    them ('ICC', 'EU', 'Energy Charter') are aliases of their constituent treaty in the rule files; instruments
    without a rule file (world/unruled: 'CIS', 'OPEC') are named too, after the rule files' names, so a claim about
    them is reported (and judged unverifiable for want of the rule) rather than given to a treaty named nearby."""
    names: dict[str, str] = {}
    acronyms: dict[str, str] = {}
    pairs = [(n, t.id) for t in rulebook.treaties.values() for n in (t.name, t.short_name, *t.aliases)]
    pairs += [(n, u.id) for u in rulebook.world.unruled for n in (u.name, *u.aliases)]  # no rule file: unverifiable
    for name, treaty_id in pairs:
        if name.casefold().startswith(_ALIAS_VERBS) or len(name) < 2:
            continue
        if _is_acronym(name):
            acronyms.setdefault(name, treaty_id)
            if len(name) >= 4 and name.isalpha():  # British style: "Unesco", "Nato" (never "Who")
                acronyms.setdefault(name.title(), treaty_id)
            if 3 <= len(name) <= 5 and name.isalpha():  # the older style with stops: "I.L.O." (never "U.N.": two
                acronyms.setdefault("".join(f"{c}." for c in name), treaty_id)  # letters dot too much else)
        else:
            for variant in _variants(name):
                names.setdefault(variant.casefold(), treaty_id)
    return {n: i for n, i in names.items() if not _ambiguous_description(n, i, pairs)}, acronyms


def _ambiguous_description(name: str, treaty_id: str, pairs: list[tuple[str, str]]) -> bool:
    """A lower-case description that ends another treaty's name ('ban treaty' of the TPNW, also the end of
    'mine ban treaty' and 'nuclear test ban treaty') says nothing about which treaty is meant."""
    if any(c.isupper() for c in next((n for n, i in pairs if n.casefold() == name and i == treaty_id), "X")):
        return False
    return any(i != treaty_id and n.casefold().endswith(" " + name) for n, i in pairs)


def _states(root: Path = DEFAULT_WORLD_DIR) -> set[str]:
    """The States of the WHO Constitution's complete party list (194, every UN member State and the Cook Islands
    and Niue), which no dependent territory is on."""
    path = root / "parties" / "who-constitution.yaml"
    listed = PartiesFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    if not listed.complete:
        raise ValueError(f"{path}: the reader needs the complete list of States here")
    return {party.state for party in listed.parties}


def state_names(rulebook: Rulebook) -> tuple[dict[str, str], dict[str, str]]:
    """(names, adjectives and demonyms; capitals) -> ISO3, dropping labels that name two states."""
    seen: dict[str, set[str]] = defaultdict(set)
    capitals: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        for attribute in ("name", "common_name", "official_name"):
            label = getattr(country, attribute, None)
            if isinstance(label, str):
                seen[label].add(country.alpha_3)
    for entry in all_countries():
        info = entry.info()
        iso3 = (info.get("ISO") or {}).get("alpha3")
        spellings = info.get("altSpellings")
        if not iso3 or not spellings:  # constituent countries (Wales) carry no spellings of their own
            continue
        for label in [info.get("name"), *spellings]:
            if isinstance(label, str) and (len(label) > 3 or label in ("US", "USA", "UK", "UAE", "DRC")):
                seen[label].add(iso3)
        demonym = info.get("demonym")
        if isinstance(demonym, str) and demonym:
            seen[demonym].add(iso3)
            if demonym[-1].isalpha() and not demonym.endswith(("s", "sh", "ch", "ese")):  # not "the French"
                for the in ("the", "The"):  # "the Palestinians delivered documents to join", "the Russians denied":
                    seen[f"{the} {demonym}s"].add(iso3)  # the people named for their government
        capital = info.get("capital")
        if isinstance(capital, str) and capital:
            capitals[capital.removesuffix(" D.C.").strip()].add(iso3)
    for procedure in rulebook.states.values():
        seen[procedure.name].add(procedure.iso3)
        for adjective in procedure.adjectives:
            seen[adjective].add(procedure.iso3)
    for label, iso3 in _COMMON_SHORT_NAMES.items():
        seen[label] = {iso3}
    for label, codes in list(seen.items()):  # "the Democratic People’s Republic of Korea": a typographic apostrophe
        if "'" in label:
            seen[label.replace("'", "’")] |= codes
    sovereign = _states()
    for label, codes in seen.items():
        if len(codes & sovereign) == 1 and label not in _AMBIGUOUS_WORDS:  # 'American': USA, not MNP
            seen[label] = codes & sovereign
    states = {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and k not in _AMBIGUOUS_WORDS and k.strip()}
    caps = {k: next(iter(v)) for k, v in capitals.items() if len(v) == 1 and k not in states}
    return states, caps | _SEATS


# English words of the rulebook's body names that name no one state ("Government", "National Assembly").
_GENERIC_BODY_WORDS = {
    "government", "ministry", "minister", "ministers", "of", "for", "and", "the", "foreign", "affairs", "president",
    "cabinet", "council", "senate", "national", "assembly", "house", "republic", "state", "department",
    "committee", "office", "federal", "parliament", "members", "deputies", "senators", "representatives",
    "congress", "lords", "provinces", "secretary", "trade", "europe", "international", "relations", "cooperation",
    "security", "defence", "or", "his", "majesty's", "royal", "assent", "chairman", "speaker", "executive",
    "responsible", "through", "united", "states", "composition", "constitutional", "one", "vote", "each", "nine",
    "provincial", "delegations", "development", "commonwealth", "federation",
}  # fmt: skip


def body_names(rulebook: Rulebook) -> dict[str, str]:
    """The own names of the bodies in the rulebook's state procedures ('Riigikogu', 'Seimas', 'Saeima', 'Sejm',
    'Eduskunta', 'Verkhovna Rada', 'Duma') -> ISO3: a tally read beside them is that state's."""
    seen: dict[str, set[str]] = defaultdict(set)
    for procedure in rulebook.states.values():
        for step in procedure.steps:
            for label in (step.body, step.actor):
                for part in re.split(r"[/;()]", label or ""):
                    for word in part.split():
                        if word.isalpha() and word[0].isupper() and word.lower() not in _GENERIC_BODY_WORDS:
                            seen[word].add(procedure.iso3)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and len(k) > 3}


def build_gazetteer(rulebook: Rulebook) -> Gazetteer:
    names, acronyms = treaty_names(rulebook)
    states, capitals = state_names(rulebook)
    bodies = {k: v for k, v in body_names(rulebook).items() if k not in states and k not in capitals}
    leaders = {k: v for k, v in load_leaders().items() if k not in states and k not in capitals}
    others = {name for treaty in rulebook.treaties.values() for name in treaty.not_names}
    described = {
        treaty.id: tuple(dict.fromkeys(compact(n) for n in (treaty.name, treaty.short_name, *treaty.aliases)))
        for treaty in rulebook.treaties.values()
    }
    organisations = organisation_names(rulebook, {n.casefold() for n in (*names, *acronyms)})
    places = place_names(rulebook, capitals)
    return Gazetteer(
        treaties=names, acronyms=acronyms, states=states, capitals=capitals, bodies=bodies, leaders=leaders,
        groups=load_groups(),
        other_instruments=others, described=described, organisations=organisations, maybe_states=dict(IN_CONTEXT),
        places={p: ids[0] for p, ids in places.items() if len(ids) == 1},
        place_treaties=places,
        shared={n: ids for n, ids in SHARED_NAMES.items() if all(i in rulebook.treaties for i in ids)},
        protocols=protocol_parents(rulebook),
    )  # fmt: skip


def place_names(rulebook: Rulebook, capitals: dict[str, str]) -> dict[str, tuple[str, ...]]:
    """The capitals that begin treaties' names, each with those treaties ('Ottawa Convention', 'Ottawa Treaty' ->
    apmbc; 'Vienna' begins several): the short name news gives the treaty after an exit ('withdrew from Ottawa')."""
    seen: dict[str, set[str]] = defaultdict(set)
    for treaty in rulebook.treaties.values():
        for name in (treaty.name, treaty.short_name, *treaty.aliases):
            first, _, rest = name.partition(" ")
            if rest and first in capitals:
                seen[first].add(treaty.id)
    return {place: tuple(sorted(ids)) for place, ids in seen.items()}
