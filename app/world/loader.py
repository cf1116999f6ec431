"""Read and validate ``world/`` into a :class:`World`; every problem names the file, the field and why."""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from pathlib import Path
from types import MappingProxyType
from typing import TypeVar

import pycountry

from app.rulebook import read_model
from app.world.model import World
from schemas.world import (
    CountsFile,
    PartiesFile,
    RecordsFile,
    Situation,
    SituationsFile,
    TreatyFile,
    UnruledFile,
    UnruledInstrument,
)

M = TypeVar("M", bound=TreatyFile)

DEFAULT_WORLD_DIR = Path(__file__).resolve().parent.parent.parent / "world"


class WorldError(Exception):
    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid world files:\n" + "\n".join(f"  - {p}" for p in problems))


def _by_treaty(root: Path, folder: str, model: type[M], problems: list[str]) -> dict[str, M]:
    """Each file of ``root/folder`` keyed by its ``treaty`` field, which must be the file's name."""
    found: dict[str, M] = {}
    for path in sorted((root / folder).glob("*.yaml")):
        item = read_model(path, model, problems, root)
        if item is None:
            continue
        treaty = item.treaty
        if treaty != path.stem:
            problems.append(f"world/{folder}/{path.name}: treaty: '{treaty}' must equal the file name")
        found[treaty] = item
    return found


def _unruled(root: Path, problems: list[str], treaty_ids: Collection[str] | None) -> tuple[UnruledInstrument, ...]:
    """The instruments of ``root/unruled`` (no rule file): an id or a name used twice, or a rule file's id, is a
    problem (the rule file, once written, replaces the entry)."""
    found: list[UnruledInstrument] = []
    for path in sorted((root / "unruled").glob("*.yaml")):
        item = read_model(path, UnruledFile, problems, root)
        found += item.instruments if item is not None else []
    owner: dict[str, str] = {}
    for instrument in found:
        if treaty_ids is not None and instrument.id in treaty_ids:
            problems.append(f"world/unruled: '{instrument.id}' has a rule file (rules/treaties/): drop the entry")
        for name in (instrument.id, instrument.name, *instrument.aliases):
            if owner.setdefault(name.casefold(), instrument.id) != instrument.id:
                problems.append(f"world/unruled: the name '{name}' is used by two instruments")
    return tuple(found)


NON_ISO_CODES = frozenset({"XKX"})
"""Codes in use that ISO 3166-1 does not assign (Kosovo, as the EU and the World Bank write it)."""


def _unknown_states(
    parties: dict[str, PartiesFile], records: dict[str, RecordsFile], situations: list[Situation]
) -> list[str]:
    """Every state code must be an ISO 3166-1 alpha-3 code, current or historic (SUN, YUG, CSK...)."""
    codes = {(f"world/parties/{t}.yaml", p.state) for t, f in parties.items() for p in f.parties}
    codes |= {(f"world/records/{t}.yaml", r.state) for t, f in records.items() for r in f.records}
    codes |= {("world/situations", code) for s in situations for code in s.parties}
    return [
        f"{where}: '{code}' is not an ISO 3166-1 alpha-3 code"
        for where, code in sorted(codes)
        if code not in NON_ISO_CODES
        and pycountry.countries.get(alpha_3=code) is None
        and pycountry.historic_countries.get(alpha_3=code) is None
    ]


def load_world(root: Path = DEFAULT_WORLD_DIR, treaty_ids: Collection[str] | None = None) -> tuple[World, list[str]]:
    """The world files under ``root`` (absent folder: an empty world) and the problems found; with
    ``treaty_ids``, every file must name a treaty of the rulebook."""
    problems: list[str] = []
    if not root.is_dir():
        return World(), problems
    files = sorted(root.rglob("*.yaml"))
    digest = hashlib.sha256()
    for path in files:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())
    parties: dict[str, PartiesFile] = _by_treaty(root, "parties", PartiesFile, problems)
    records: dict[str, RecordsFile] = _by_treaty(root, "records", RecordsFile, problems)
    counts: dict[str, CountsFile] = _by_treaty(root, "counts", CountsFile, problems)
    situations: list[Situation] = []
    for path in sorted((root / "situations").glob("*.yaml")):
        item = read_model(path, SituationsFile, problems, root)
        if item is not None:
            situations += item.situations
    seen: set[str] = set()
    for situation in situations:
        if situation.id in seen:
            problems.append(f"world/situations: id '{situation.id}' is used twice")
        seen.add(situation.id)
    problems += _unknown_states(parties, records, situations)
    unruled = _unruled(root, problems, treaty_ids)
    if treaty_ids is not None:
        for folder, items in (("parties", parties), ("records", records), ("counts", counts)):
            for treaty in sorted(set(items) - set(treaty_ids)):
                problems.append(f"world/{folder}/{treaty}.yaml: no treaty '{treaty}' in rules/treaties/")
    for treaty, listing in records.items():
        keys = set()
        for record in listing.records:
            key = (record.state, record.act, record.notified)
            if key in keys:
                problems.append(f"world/records/{treaty}.yaml: {record.state} {record.act} {record.notified} twice")
            keys.add(key)
    world = World(
        parties=MappingProxyType(parties),
        records=MappingProxyType(records),
        counts=MappingProxyType(counts),
        situations=tuple(situations),
        unruled=unruled,
        version=digest.hexdigest()[:16],
        files=tuple(str(p.relative_to(root)) for p in files),
    )
    return world, problems
