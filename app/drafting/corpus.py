"""Draft many treaties at once from the reference corpus (``treatyexit rules draft-corpus``).

Each multilateral text with English articles and an upstream address becomes ``rules/treaties/<id>.yaml``
unless a file already covers it (its BWBV number is cited there) or a file of that id exists. Ids and
aliases come from the title: a curated id and names for the treaties most asked about
(``refugee-convention``, ``unclos``), otherwise a slug of the title's significant words; the title becomes an
alias, never one that another treaty already has.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from app.drafting.draft import DraftError, TextInfo, draft, to_yaml

# The treaties of the corpus most asked about, with the ids and aliases people use (titles as in the corpus).
CURATED: dict[str, tuple[str, list[str]]] = {
    "BWBV0001002": (
        "refugee-convention",
        [
            "1951 Refugee Convention",
            "Refugee Convention",
            "Convention relating to the Status of Refugees",
            "Geneva Refugee Convention",
        ],
    ),
    "BWBV0006107": (
        "refugee-protocol",
        ["1967 Protocol", "1967 Refugee Protocol", "Protocol relating to the Status of Refugees", "New York Protocol"],
    ),
    "BWBV0002508": (
        "crc",
        ["CRC", "Convention on the Rights of the Child", "UN Convention on the Rights of the Child", "UNCRC"],
    ),
    "BWBV0001752": ("crc-opsc", ["OPSC", "Optional Protocol on the sale of children"]),
    "BWBV0004034": ("crc-opac", ["OPAC", "Optional Protocol on children in armed conflict", "child soldiers protocol"]),
    "BWBV0002507": (
        "cat",
        ["Convention against Torture", "UN Convention against Torture", "UNCAT", "Torture Convention"],
    ),
    "BWBV0004712": ("opcat", ["OPCAT", "Optional Protocol to the Convention against Torture"]),
    "BWBV0002911": (
        "icerd",
        ["ICERD", "CERD", "Convention on the Elimination of Racial Discrimination", "Race Convention"],
    ),
    "BWBV0001537": ("cedaw-op", ["OP-CEDAW", "Optional Protocol to CEDAW"]),
    "BWBV0004027": ("icescr-op", ["OP-ICESCR", "Optional Protocol to the ICESCR"]),
    "BWBV0003172": (
        "unclos",
        [
            "UNCLOS",
            "Law of the Sea Convention",
            "UN Convention on the Law of the Sea",
            "LOSC",
            "Montego Bay Convention",
        ],
    ),
    "BWBV0005507": (
        "chicago-convention",
        ["Chicago Convention", "Convention on International Civil Aviation", "ICAO Convention"],
    ),
    "BWBV0005565": ("geneva-convention-i", ["First Geneva Convention", "Geneva Convention I", "GC I"]),
    "BWBV0005410": ("geneva-convention-ii", ["Second Geneva Convention", "Geneva Convention II", "GC II"]),
    "BWBV0005584": (
        "geneva-convention-iii",
        ["Third Geneva Convention", "Geneva Convention III", "GC III", "Prisoners of War Convention"],
    ),
    "BWBV0005569": (
        "geneva-convention-iv",
        ["Fourth Geneva Convention", "Geneva Convention IV", "GC IV", "Civilians Convention"],
    ),
    "BWBV0004091": ("gc-ap1", ["Additional Protocol I", "AP I", "First Additional Protocol"]),
    "BWBV0003921": ("gc-ap2", ["Additional Protocol II", "AP II", "Second Additional Protocol"]),
    "BWBV0005596": (
        "hague-1954",
        [
            "1954 Hague Convention",
            "Hague Convention for the Protection of Cultural Property",
            "Cultural Property Convention",
        ],
    ),
    "BWBV0005313": ("hague-1954-protocol-1", ["First Protocol to the 1954 Hague Convention", "1954 Hague Protocol"]),
    "BWBV0001962": ("hague-1954-protocol-2", ["Second Protocol to the 1954 Hague Convention", "1999 Second Protocol"]),
    "BWBV0002010": (
        "hague-child-abduction",
        [
            "Hague Child Abduction Convention",
            "Hague Abduction Convention",
            "Child Abduction Convention",
            "1980 Hague Convention",
        ],
    ),
    "BWBV0002030": (
        "apostille-convention",
        ["Apostille Convention", "Hague Apostille Convention", "Legalisation Convention"],
    ),
    "BWBV0002086": (
        "montreal-protocol",
        ["Montreal Protocol", "Montreal Protocol on Substances that Deplete the Ozone Layer"],
    ),
    "BWBV0003693": ("ramsar", ["Ramsar Convention", "Convention on Wetlands", "Wetlands Convention"]),
    "BWBV0003833": ("cites", ["CITES", "Washington Convention", "Endangered Species Convention"]),
    "BWBV0001160": (
        "wto-agreement",
        [
            "WTO Agreement",
            "Marrakesh Agreement",
            "Marrakesh Agreement Establishing the World Trade Organization",
            "WTO",
        ],
    ),
    "BWBV0001504": (
        "itu-constitution",
        ["ITU Constitution", "Constitution of the ITU", "International Telecommunication Union"],
    ),
    "BWBV0005631": ("nagoya-protocol", ["Nagoya Protocol"]),
    "BWBV0001839": (
        "budapest-cybercrime-convention",
        ["Budapest Convention", "Cybercrime Convention", "Convention on Cybercrime", "ETS 185"],
    ),
    "BWBV0001830": ("uncac", ["UNCAC", "UN Convention against Corruption", "Merida Convention"]),
    "BWBV0001668": ("untoc", ["UNTOC", "Palermo Convention", "UN Convention against Transnational Organized Crime"]),
    "BWBV0001749": ("palermo-trafficking-protocol", ["Trafficking in Persons Protocol", "Palermo Protocol"]),
    "BWBV0001750": ("migrant-smuggling-protocol", ["Smuggling of Migrants Protocol"]),
    "BWBV0001710": ("firearms-protocol", ["Firearms Protocol"]),
    "BWBV0001021": ("european-social-charter", ["European Social Charter", "Turin Charter"]),
    "BWBV0001800": (
        "european-social-charter-revised",
        ["Revised European Social Charter", "European Social Charter (revised)"],
    ),
    "BWBV0001714": ("fcnm", ["FCNM", "Framework Convention for the Protection of National Minorities"]),
    "BWBV0002785": ("cpt-convention", ["European Convention for the Prevention of Torture", "ECPT"]),
    "BWBV0002783": ("convention-108", ["Convention 108", "Data Protection Convention", "ETS 108"]),
    "BWBV0001010": ("european-extradition-convention", ["European Convention on Extradition", "ETS 24"]),
    "BWBV0001009": (
        "european-mutual-assistance-convention",
        ["European Convention on Mutual Assistance in Criminal Matters", "ETS 30"],
    ),
    "BWBV0001103": (
        "vienna-drugs-convention-1988",
        ["1988 Convention", "Vienna Drug Convention", "UN Convention against Illicit Traffic"],
    ),
    "BWBV0003241": ("marpol", ["MARPOL", "MARPOL 73/78"]),
    "BWBV0001256": ("nuclear-safety-convention", ["Convention on Nuclear Safety"]),
    "BWBV0006220": ("maritime-labour-convention", ["Maritime Labour Convention", "MLC 2006"]),
    "BWBV0006316": ("gatt", ["GATT", "GATT 1947", "General Agreement on Tariffs and Trade"]),
    "BWBV0001644": ("montreal-convention-1999", ["Montreal Convention", "Montreal Convention 1999"]),
    "BWBV0001829": ("unesco-doping-convention", ["International Convention against Doping in Sport"]),
    "BWBV0003886": ("seabed-treaty", ["Seabed Arms Control Treaty", "Seabed Treaty"]),
}

NAMES = {
    "BWBV0002507": "Convention against Torture and Other Cruel, Inhuman or Degrading Treatment or Punishment",
    "BWBV0005313": "Protocol for the Protection of Cultural Property in the Event of Armed Conflict",
}
"""Full titles where the corpus index gives only a word ('Convention', 'Protocol')."""

REVIEWED_TEXTS = {
    "apmbc": "BWBV0001384",
    "att": "BWBV0006233",
    "ect": "BWBV0001155",
    "gc-ap3": "BWBV0001988",
    "iccpr": "BWBV0001017",
}
"""Reviewed treaties whose corpus text their file does not name (matched by title); never drafted again."""

_SMALL = {
    "the",
    "of",
    "on",
    "and",
    "for",
    "in",
    "to",
    "a",
    "an",
    "at",
    "by",
    "with",
    "its",
    "their",
    "or",
    "as",
    "from",
}
_BILATERAL = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:Government\s+of\s+)?(?:the\s+)?Kingdom\s+of\s+the\s+Netherlands\b|"
    r"\bbetween\s+the\s+Governments?\s+of\b|\bbetween\s+the\s+Benelux|\bExchange\s+of\s+(?:Notes|letters)|"
    r"\bAdministrative\s+Arrangement\b|\bbetween\s+[A-Z][a-z]+\s+and\s+",
    re.I,
)


@dataclass(frozen=True)
class Drafted:
    treaty_id: str
    path: Path
    needs_review: int
    clause: str | None


def slug(title: str, limit: int = 60) -> str:
    words = [w for w in re.findall(r"[a-z0-9]+", title.lower()) if w not in _SMALL]
    out = ""
    for word in words:
        candidate = f"{out}-{word}" if out else word
        if len(candidate) > limit:
            break
        out = candidate
    return out or "treaty"


def aliases_for(title: str, curated: list[str]) -> list[str]:
    """The curated names, and the title without its parenthesised acronym ("... (ADR)"): acronyms alone are
    left out, as the claim finder would meet them in unrelated news ("ATP", "ADR")."""
    found = list(curated)
    bare = re.sub(r"\s*\([A-Z][A-Z0-9-]{1,9}\)", "", title).strip()
    if bare != title:
        found.append(bare)
    return found


def covered_texts(rules_dir: Path) -> set[str]:
    """BWBV numbers that a reviewed file already cites as its text (not VCLT citations elsewhere)."""
    covered: set[str] = set()
    for path in (rules_dir / "treaties").glob("*.yaml"):
        head = path.read_text(encoding="utf-8")
        for line in head.splitlines():
            if line.lstrip().startswith(("source:", "url:", "text:")) and (m := re.search(r"BWBV\d{7}", line)):
                covered.add(m.group(0))
    covered.discard("BWBV0003441")  # the VCLT, cited by several files about other treaties
    return covered


def draft_corpus(
    texts: Path, rules_dir: Path, *, skip: Iterable[str] = (), limit: int | None = None
) -> tuple[list[Drafted], list[str]]:
    """Draft every eligible text of ``texts`` into ``rules_dir/treaties``; return what was written and why
    the others were skipped."""
    index = json.loads((texts / "index.json").read_text(encoding="utf-8"))
    covered = covered_texts(rules_dir) | set(skip) | set(REVIEWED_TEXTS.values())
    existing = {p.stem for p in (rules_dir / "treaties").glob("*.yaml")}
    taken_aliases = _aliases_in(rules_dir)
    written: list[Drafted] = []
    skipped: list[str] = []
    index.sort(key=lambda entry: entry["id"] not in CURATED)  # the curated ids and aliases first
    for entry in index:
        if limit is not None and len(written) >= limit:
            break
        text_id = entry["id"]
        path = texts / f"{text_id}.md"
        if text_id in covered or not path.exists() or not entry.get("upstream"):
            skipped.append(f"{text_id}: covered or no text")
            continue
        info = TextInfo.of(path)
        try:
            data = draft(path, "pending", info=info)
        except (DraftError, ValueError) as exc:
            skipped.append(f"{text_id}: {exc}")
            continue
        title = data["name"] = NAMES.get(text_id, data["name"])
        if _BILATERAL.search(title) or (info.title or "").lower().startswith("agreement between"):
            skipped.append(f"{text_id}: bilateral ({title[:60]})")
            continue
        if text_id not in CURATED and _generic(title):
            skipped.append(f"{text_id}: title too generic to name it ({title})")
            continue
        treaty_id, curated = CURATED.get(text_id, _ilo(title) or (slug(title), []))
        if treaty_id in existing:
            treaty_id = f"{slug(title, 48)}-{text_id[-4:]}"
        if treaty_id in existing:
            skipped.append(f"{text_id}: id {treaty_id} exists")
            continue
        data["id"] = treaty_id
        aliases = [a for a in aliases_for(title, curated) if a.casefold() not in taken_aliases]
        if {_bare(title), _bare(data["short_name"])} & {_bare(a) for a in taken_aliases}:
            skipped.append(f"{text_id}: its title is already an alias of another treaty ({title[:60]})")
            continue
        if curated:
            data["short_name"] = curated[0]
        data["aliases"] = [a for a in dict.fromkeys([title, *aliases]) if a != data["short_name"]]
        taken_aliases |= {a.casefold() for a in [treaty_id, data["short_name"], *data["aliases"]]}
        existing.add(treaty_id)
        out = rules_dir / "treaties" / f"{treaty_id}.yaml"
        out.write_text(to_yaml(data), encoding="utf-8")
        unread = sum(p["kind"] == "needs_review" for p in data["withdrawal"]["provisions"])
        written.append(Drafted(treaty_id, out, unread, data["withdrawal"]["article"]))
    return written, skipped


_GENERIC_TITLES = {
    "convention", "protocol", "general act", "scope of the convention", "additional protocol i",
    "additional protocol ii", "regional agreement", "obligations of parties to the convention", "article 1",
}  # fmt: skip


def _generic(title: str) -> bool:
    """A title that names no treaty in particular ('Protocol', 'Regional Agreement')."""
    return title.casefold().strip(" .") in _GENERIC_TITLES or len(re.findall(r"[A-Za-z]{3,}", title)) < 2


def _ilo(title: str) -> tuple[str, list[str]] | None:
    """ILO conventions by their number where the title gives it: ``ilo-c81``, 'ILO Convention No. 81'."""
    m = re.match(r"Convention\s*\(No\.\s*(\d{1,3})\)", title)
    if not m:
        return None
    number = m.group(1)
    return f"ilo-c{number}", [f"ILO Convention No. {number}", f"ILO C{number}", f"C{number} ILO convention"]


def _bare(name: str) -> str:
    return re.sub(r"^the\s+", "", name.casefold()).strip(" .")


def _aliases_in(rules_dir: Path) -> set[str]:
    import yaml

    taken: set[str] = set()
    for path in (rules_dir / "treaties").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        taken |= {str(a).casefold() for a in [data["id"], data["short_name"], *(data.get("aliases") or [])]}
    return taken
