"""Named groups of states as their members: 'the three Baltic states', 'Poland, Baltics quit ...', 'Sahel states
quit ICC'.

Which states a group holds, and since when, are world facts with their sources in ``world/groups/*.yaml``; the
reader gives a group's words its members only on a publication date the group existed on (the Alliance of Sahel
States from its charter's signature, 16 September 2023).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from app.world.loader import DEFAULT_WORLD_DIR
from schemas.world import GroupsFile, StateGroup


@dataclass(frozen=True)
class Groups:
    """The groups by the words that name them: an adjective before 'states' ('baltic'), a plural ('baltics')."""

    by_adjective: dict[str, StateGroup] = field(default_factory=dict)
    by_plural: dict[str, StateGroup] = field(default_factory=dict)

    def of_adjective(self, word: str, day: dt.date) -> tuple[str, ...]:
        return _members(self.by_adjective.get(word.lower()), day)

    def of_plural(self, word: str, day: dt.date) -> tuple[str, ...]:
        return _members(self.by_plural.get(word.lower()), day)


def _members(group: StateGroup | None, day: dt.date) -> tuple[str, ...]:
    if group is None or (group.start is not None and day < group.start):
        return ()
    return tuple(group.states)


def load_groups(root: Path = DEFAULT_WORLD_DIR) -> Groups:
    groups = Groups()
    for path in sorted((root / "groups").glob("*.yaml")):
        for group in GroupsFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8"))).groups:
            groups.by_adjective.update(dict.fromkeys(group.adjectives, group))
            groups.by_plural.update(dict.fromkeys(group.plurals, group))
    return groups
