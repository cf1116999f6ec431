"""Load and validate ``rules/`` into an immutable, content-hashed :class:`Rulebook`.

A malformed file stops the load with its path, the field and the reason (:class:`RulebookError`); the
same check runs from the command line (``python -m app rules check``).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Any, TypeVar

import pydantic
import yaml
from pydantic import BaseModel, ValidationError

from app.world.model import World
from schemas.rules import Depositary, Provision, RuleRef, StateProcedure, Treaty

GENERAL_LAW_ID = "vclt"
DEFAULT_RULES_DIR = Path(__file__).resolve().parent.parent / "rules"

M = TypeVar("M", bound=BaseModel)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml parses the rulebook ~10x faster than pure Python


class RulebookError(Exception):
    """A rule file that cannot be used: each problem names the file, the field and why."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        super().__init__("invalid rule files:\n" + "\n".join(f"  - {p}" for p in problems))


@dataclass(frozen=True)
class OwnedProvision:
    """A provision as it applies to one treaty: its typed reference, the file it comes from (the treaty's or
    the general law's) and the URL its text was read at."""

    ref: RuleRef
    provision: Provision
    owner: Treaty
    url: str | None


@dataclass(frozen=True)
class Rulebook:
    treaties: MappingProxyType[str, Treaty]
    states: MappingProxyType[str, StateProcedure]
    depositaries: MappingProxyType[str, Depositary]
    version: str
    files: tuple[str, ...] = field(default=())
    world: World = field(default_factory=World)
    """Facts about the world (world/: parties, records, situations); part of ``version``."""
    _owned: dict[str, dict[str, OwnedProvision]] = field(default_factory=dict, compare=False, repr=False)

    @property
    def general_law(self) -> Treaty:
        return self.treaties[GENERAL_LAW_ID]

    def provisions_for(self, treaty: Treaty) -> list[Provision]:
        """The treaty's own provisions plus the general-law defaults that apply to it (VCLT)."""
        own = list(treaty.withdrawal.provisions)
        if treaty.id == GENERAL_LAW_ID or treaty.nature == "political_commitment":
            return own  # the law of treaties does not govern an instrument that is not a treaty
        kinds = {p.about if p.kind == "needs_review" else p.kind for p in own}  # unread words are not silence
        defaults = [
            p
            for p in self.general_law.withdrawal.provisions
            if p.applies_to_other_treaties == "always"
            or (p.applies_to_other_treaties == "when_silent" and p.kind not in kinds)
        ]
        return own + defaults

    def owned_provisions(self, treaty: Treaty) -> dict[str, OwnedProvision]:
        """Every provision that applies to ``treaty`` keyed by its rule name (``owner/id``), built once."""
        found = self._owned.get(treaty.id)
        if found is None:
            found = {}
            for provision in self.provisions_for(treaty):
                owner, url = self.provision_source(treaty, provision)
                owned = OwnedProvision(RuleRef(owner.id, provision.id), provision, owner, url)
                found[str(owned.ref)] = owned
            self._owned[treaty.id] = found
        return found

    def provision_source(self, treaty: Treaty, provision: Provision) -> tuple[Treaty, str | None]:
        """Which file a provision comes from (the treaty's or the general law's) and its source URL."""
        own = any(p is provision for p in treaty.withdrawal.provisions)  # identity: equal texts may differ in owner
        owner = treaty if own else self.general_law
        url = provision.source or owner.withdrawal.source
        return owner, str(url) if url else None


def _location(loc: tuple[int | str, ...], data: Any) -> str:
    """Turn a pydantic location into a readable path, naming list items by their ``id`` when they have one."""
    parts: list[str] = []
    node = data
    for position, key in enumerate(loc):
        last = position == len(loc) - 1
        if isinstance(node, dict) and isinstance(key, str) and key not in node and not last:
            continue  # a union tag such as 'effect:after_period', not a field of the file
        if isinstance(key, int) and isinstance(node, list) and key < len(node):
            item = node[key]
            parts.append(f"[{item['id']}]" if isinstance(item, dict) and "id" in item else f"[{key}]")
            node = item
        elif isinstance(node, dict) and key in node:
            parts.append(f".{key}")
            node = node[key]
        else:
            parts.append(f".{key}")
            node = None
    return "".join(parts).lstrip(".")


def _read(path: Path, model: type[M], problems: list[str], root: Path) -> M | None:
    name = str(path.relative_to(root.parent)) if path.is_relative_to(root.parent) else str(path)
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problems.append(f"{name}: not valid YAML: {exc}")
        return None
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        for err in exc.errors():
            where = _location(err["loc"], data) or "(file)"
            problems.append(f"{name}: {where}: {err['msg']}")
        return None


read_model = _read
"""Read one YAML file as ``model``, adding each problem (file, field, reason) to ``problems``."""


def _read_folder(root: Path, folder: str, model: type[M], key: str, problems: list[str]) -> dict[str, M]:
    """Every file of ``root/folder``, validated as ``model`` and keyed by its ``key`` field (= the file name)."""
    found: dict[str, M] = {}
    for path in sorted((root / folder).glob("*.yaml")):
        item = _read(path, model, problems, root)
        if item is None:
            continue
        value = getattr(item, key)
        if value != path.stem:
            problems.append(f"{path.name}: {key}: '{value}' must equal the file name '{path.stem}'")
        found[value] = item
    return found


def load_rulebook(root: Path = DEFAULT_RULES_DIR, world_dir: Path | None = None) -> Rulebook:
    """Read every rule file under ``root`` and the world files (``world_dir``, default ``world/`` beside
    ``root``); raise :class:`RulebookError` listing every problem found."""
    from app.world.loader import load_world  # the loader reads files with this module's reader

    problems: list[str] = []
    digest = hashlib.sha256()
    files = sorted(p for p in root.rglob("*.yaml"))
    for path in files:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(path.read_bytes())

    key = hashlib.sha256(digest.digest() + _SCHEMA_KEY).hexdigest()[:32]
    cached = _from_cache(root.parent / ".cache" / "rulebook" / f"{key}.pickle")
    if cached is not None:
        treaties, states, depositaries = cached
    else:
        treaties = _read_folder(root, "treaties", Treaty, "id", problems)
        states = _read_folder(root, "states", StateProcedure, "iso3", problems)
        depositaries = _read_folder(root, "depositaries", Depositary, "id", problems)
        problems += [f"{root.name}/{p}" for p in _cross_checks(treaties, depositaries)]
    treaty_files = {p.stem for p in (root / "treaties").glob("*.yaml")}  # a malformed one is reported once
    world, world_problems = load_world(world_dir or root.parent / "world", treaty_ids=treaty_files)
    problems += world_problems
    if problems:
        raise RulebookError(problems)
    if cached is None:
        _to_cache(root.parent / ".cache" / "rulebook" / f"{key}.pickle", (treaties, states, depositaries))
    return Rulebook(
        treaties=MappingProxyType(treaties),
        states=MappingProxyType(states),
        depositaries=MappingProxyType(depositaries),
        version=_combined(digest.hexdigest()[:16], world),
        files=tuple(str(p.relative_to(root)) for p in files),
        world=world,
    )


_SCHEMA_KEY = hashlib.sha256(
    (Path(__file__).resolve().parent.parent / "schemas" / "rules.py").read_bytes()
    + pydantic.VERSION.encode()
    + sys.version.encode()
).digest()
"""Part of the cache key: a change to the rule-file schema (or to pydantic or Python) invalidates the cache."""

_Loaded = tuple[dict[str, Treaty], dict[str, StateProcedure], dict[str, Depositary]]


def _from_cache(path: Path) -> _Loaded | None:
    """The validated files of a rulebook version, as pickled by an earlier load of the same files and schema.

    The cache sits beside ``rules/`` (``.cache/rulebook/``, not in git) and is trusted only when it belongs to
    the user running the process and nobody else may write it; any failure reads the files again."""
    try:
        info = path.stat()
        if info.st_uid != os.getuid() or info.st_mode & 0o022:
            return None
        with path.open("rb") as handle:
            loaded: _Loaded = pickle.load(handle)  # our own file, checked above
        return loaded
    except (OSError, pickle.PickleError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        return None


def _to_cache(path: Path, loaded: _Loaded) -> None:
    """Write the cache atomically; a read-only checkout simply runs without it."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        with tempfile.NamedTemporaryFile("wb", dir=path.parent, delete=False) as handle:
            pickle.dump(loaded, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.chmod(handle.name, 0o600)
        os.replace(handle.name, path)
    except OSError:
        return


def _combined(rules_version: str, world: World) -> str:
    """The rules' hash alone when there are no world files, else a hash of both."""
    if not world.files:
        return rules_version
    return hashlib.sha256(f"{rules_version}:{world.version}".encode()).hexdigest()[:16]


def _cross_checks(treaties: dict[str, Treaty], depositaries: dict[str, Depositary]) -> list[str]:
    problems: list[str] = []
    if GENERAL_LAW_ID not in treaties:
        problems.append(f"treaties/{GENERAL_LAW_ID}.yaml: missing: the general law (VCLT defaults) is required")
    seen: dict[str, str] = {}
    for treaty in treaties.values():
        if treaty.depositary and depositaries and treaty.depositary not in depositaries:
            problems.append(
                f"treaties/{treaty.id}.yaml: depositary: '{treaty.depositary}' has no file in depositaries/"
            )
        for alias in [treaty.id, treaty.short_name, *treaty.aliases]:
            key = alias.casefold()
            if key in seen and seen[key] != treaty.id:
                problems.append(f"treaties/{treaty.id}.yaml: aliases: '{alias}' is also an alias of {seen[key]}")
            seen[key] = treaty.id
    return problems
